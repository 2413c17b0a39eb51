#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <fmt/format.h>

#include "runner/executor.h"
#include "runner/executor_process.h"

namespace tandem::runner {
namespace {

using protocol::Header;
using protocol::Request;

std::string signal_name(int sig) {
  const char* abbrev = sigabbrev_np(sig);
  return abbrev ? fmt::format("SIG{}", abbrev) : fmt::format("signal {}", sig);
}

}  // namespace

Result<std::unique_ptr<ExecutorClient>> ExecutorClient::create(const ExecutorOptions& options) {
  std::unique_ptr<ExecutorClient> c(new ExecutorClient(options));
  TANDEM_TRY(c->arena_, SharedArena::create());
  c->owner_ = getpid();
  return c;
}

ExecutorClient::~ExecutorClient() {
  adopt_if_forked();
  stop();
}

void ExecutorClient::adopt_if_forked() {
  if (owner_ == getpid()) return;
  // The executor and the arena are the parent's: forget both, here only.
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  pid_ = -1;
  lost_ = recycle_ = reset_pending_ = false;
  images_.clear();
  state_id_ = UINT32_MAX;
  owner_ = getpid();
  Result<std::unique_ptr<SharedArena>> arena = SharedArena::create();
  TANDEM_CHECK(arena.ok(), "a forked harness cannot map its own executor arena");
  arena_ = std::move(arena).value();
}

Status ExecutorClient::start() {
  arena_->discard();  // a previous executor's memories and last words
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0)
    return make_error(ErrorKind::Internal, fmt::format("socketpair: {}", std::strerror(errno)));
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid < 0) {
    close(sv[0]);
    close(sv[1]);
    return make_error(ErrorKind::Internal, fmt::format("fork of the executor: {}", std::strerror(errno)));
  }
  if (pid == 0) {
    close(sv[0]);
    run_executor(sv[1], parent, *arena_, options_);  // never returns
  }
  close(sv[1]);
  pid_ = pid;
  fd_ = sv[0];
  ++starts_;
  instantiations_ = 0;
  lost_ = recycle_ = reset_pending_ = false;
  // The executor says hello once it is confined, or why it could not be.
  wire::Reader hello({});
  if (!exchange(Request::Hello, 0, 30000, hello)) {
    std::string why = failure_;
    stop();
    return make_error(ErrorKind::Internal, fmt::format("the executor did not start: {}", why));
  }
  return {};
}

void ExecutorClient::stop() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
}

int ExecutorClient::call_timeout_ms() const {
  uint32_t d = limits_.call_deadline_ms;
  return d ? static_cast<int>(d + options_.answer_grace_ms) : -1;
}

bool ExecutorClient::exchange(Request type, size_t payload, int timeout_ms, wire::Reader& reply) {
  if (type != Request::Hello) {
    Header h{static_cast<uint32_t>(type), reset_pending_ ? protocol::kResetFirst : 0u, payload};
    reset_pending_ = false;
    if (send(fd_, &h, sizeof h, MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof h)) {
      on_death(false, 0);
      return false;
    }
  }
  pollfd p{fd_, POLLIN, 0};
  int r;
  do {
    r = poll(&p, 1, timeout_ms);
  } while (r < 0 && errno == EINTR);
  if (r == 0) {
    on_death(true, timeout_ms);
    return false;
  }
  Header answer;
  ssize_t n;
  do {
    n = recv(fd_, &answer, sizeof answer, 0);
  } while (n < 0 && errno == EINTR);
  std::span<uint8_t> buffer = arena_->transfer();
  if (n != static_cast<ssize_t>(sizeof answer) || answer.size > buffer.size()) {
    on_death(false, 0);
    return false;
  }
  reply = wire::Reader({buffer.data(), answer.size});
  if (answer.type != static_cast<uint32_t>(protocol::Reply::Ok)) {
    failure_ = fmt::format("the executor refused the request: {}", reply.str());
    return false;
  }
  return true;
}

void ExecutorClient::on_death(bool timed_out, int timeout_ms) {
  timed_out_ = timed_out;
  if (timed_out) kill(pid_, SIGKILL);
  int status = 0;
  pid_t w;
  do {
    w = waitpid(pid_, &status, 0);
  } while (w < 0 && errno == EINTR);
  close(fd_);
  fd_ = -1;
  pid_ = -1;
  lost_ = true;

  // Its last words, read as untrusted data: wild code may have written them.
  ExecutorLastWords& words = arena_->last_words();
  uint32_t kind = words.kind.load(std::memory_order_acquire);
  const compile::CodeImage* image = nullptr;
  uintptr_t pc = to_harness_pc(static_cast<uintptr_t>(words.pc), &image);
  std::string where = fmt::format("pc {:#x} outside generated code", pc);
  if (image) {
    const compile::ImageFunction* fn = image->function_containing(pc);
    where = fn ? fmt::format("pc {:#x} in function {} ({} backend)", pc, fn->func_index,
                             compile::backend_name(fn->backend))
               : fmt::format("pc {:#x} in a code image, between functions", pc);
  }
  if (timed_out) {
    failure_ = fmt::format("the executor did not answer within {} ms and was killed", timeout_ms);
  } else if (kind == ExecutorLastWords::Sandbox) {
    failure_ = fmt::format("the sandbox killed the executor: forbidden system call {} at {}",
                           syscall_name(words.syscall), where);
  } else if (kind == ExecutorLastWords::Fault) {
    failure_ = fmt::format("the executor died of {} at {}, fault address {:#x}", signal_name(words.signal), where,
                           words.fault_address);
  } else if (w > 0 && WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    failure_ = fmt::format("the executor was killed by {}{}", signal_name(sig),
                           sig == SIGKILL   ? " (out of memory?)"
                           : sig == SIGXCPU ? " (its CPU time limit)"
                                            : "");
  } else if (w > 0 && WIFEXITED(status)) {
    failure_ = fmt::format("the executor exited with status {}", WEXITSTATUS(status));
  } else {
    failure_ = "the executor broke the protocol";
  }
  lost_detail_ = failure_;
}

uintptr_t ExecutorClient::to_harness_pc(uintptr_t pc, const compile::CodeImage** image) const {
  *image = nullptr;
  for (const LoadedImage& li : images_) {
    if (pc >= li.executor_base && pc - li.executor_base < li.size) {
      *image = li.image;
      return reinterpret_cast<uintptr_t>(li.image->base()) + (pc - li.executor_base);
    }
  }
  return pc;
}

CallResult ExecutorClient::lost_result() const {
  CallResult r;
  r.status = CallResult::Status::Crashed;
  return r;
}

CallResult ExecutorClient::death_result() const {
  CallResult out = lost_result();
  if (timed_out_) out.status = CallResult::Status::TimedOut;
  const ExecutorLastWords& words = arena_->last_words();
  if (words.kind.load(std::memory_order_acquire) == ExecutorLastWords::None) return out;
  const compile::CodeImage* image = nullptr;
  out.pc = to_harness_pc(static_cast<uintptr_t>(words.pc), &image);
  out.signal = words.signal;
  out.fault_address = static_cast<uintptr_t>(words.fault_address);
  if (image) {
    if (const compile::ImageFunction* fn = image->function_containing(out.pc)) {
      out.func_index = fn->func_index;
      out.backend = fn->backend;
    }
  }
  return out;
}

Instantiation ExecutorClient::instantiate(const wasm::Module&, std::span<const uint8_t> wasm_bytes,
                                          const compile::CodeImage& image, std::span<const ImportBinding> imports) {
  adopt_if_forked();
  failure_.clear();
  timed_out_ = false;
  Instantiation out;
  out.status = Instantiation::Status::Refused;
  if (lost_) {
    out.message = failure_ = fmt::format("the executor was lost earlier: {}", lost_detail_);
    return out;
  }
  if (pid_ < 0) {
    if (Status st = start(); !st) {
      out.message = failure_ = st.error().message;
      lost_ = true;
      lost_detail_ = failure_;
      return out;
    }
  }
  wire::Writer w(arena_->transfer());
  w.put(limits_);
  w.bytes(wasm_bytes);
  w.bytes({image.base(), image.size()});
  w.array(image.functions());
  w.array(image.trap_sites());
  w.put<uint64_t>(imports.size());
  for (const ImportBinding& b : imports) protocol::put_binding(w, b);
  if (!w.ok()) {
    out.message = "limit exceeded: the module and its code are larger than the executor's transfer buffer";
    return out;
  }
  ++instantiations_;
  wire::Reader r({});
  if (!exchange(Request::Instantiate, w.size(), call_timeout_ms(), r)) {
    out.status = Instantiation::Status::Uninstantiable;
    out.start = lost_ ? death_result() : CallResult{};
    if (!lost_) out.status = Instantiation::Status::Refused;
    out.message = failure_;
    return out;
  }
  out.status = r.get<Instantiation::Status>();
  out.id = r.get<uint32_t>();
  out.message = r.str();
  out.start = r.get<CallResult>();
  uint64_t base = r.get<uint64_t>();
  uint64_t size = r.get<uint64_t>();
  protocol::get_host_calls(r, host_calls_);
  if (!r.ok()) {
    out.status = Instantiation::Status::Refused;
    out.message = failure_ = "the executor's answer was malformed";
    recycle_ = true;
    return out;
  }
  images_.push_back({&image, static_cast<uintptr_t>(base), size});
  const compile::CodeImage* in = nullptr;
  out.start.pc = to_harness_pc(out.start.pc, &in);
  if (out.start.status == CallResult::Status::Crashed) recycle_ = true;
  return out;
}

CallResult ExecutorClient::call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args,
                                std::span<uint64_t> results) {
  failure_.clear();
  timed_out_ = false;
  state_id_ = UINT32_MAX;
  if (lost_ || pid_ < 0) {
    failure_ = fmt::format("the executor was lost earlier: {}", lost_detail_);
    return lost_result();
  }
  wire::Writer w(arena_->transfer());
  w.put(id);
  w.put(func_index);
  w.array(args);
  w.put<uint64_t>(results.size());
  TANDEM_CHECK(w.ok(), "a call's arguments do not fit the transfer buffer");
  wire::Reader r({});
  if (!exchange(Request::Call, w.size(), call_timeout_ms(), r)) {
    return lost_ ? death_result() : lost_result();
  }
  CallResult out = r.get<CallResult>();
  std::vector<uint64_t> words;
  r.array(words);
  protocol::get_host_calls(r, host_calls_);
  protocol::get_state(r, state_);
  if (!r.ok() || words.size() != results.size()) {
    failure_ = "the executor's answer was malformed";
    recycle_ = true;
    return lost_result();
  }
  std::copy(words.begin(), words.end(), results.begin());
  state_id_ = id;
  const compile::CodeImage* image = nullptr;
  out.pc = to_harness_pc(out.pc, &image);
  if (out.status == CallResult::Status::Crashed) recycle_ = true;
  return out;
}

bool ExecutorClient::refresh_state(uint32_t id) {
  if (state_id_ == id) return true;
  if (lost_ || pid_ < 0) return false;
  wire::Writer w(arena_->transfer());
  w.put(id);
  wire::Reader r({});
  if (!exchange(Request::State, w.size(), 10000, r)) return false;
  protocol::get_state(r, state_);
  if (!r.ok()) return false;
  state_id_ = id;
  return true;
}

uint64_t ExecutorClient::global_bits(uint32_t id, uint32_t global_index) {
  if (!refresh_state(id) || global_index >= state_.globals.size()) return 0;
  return state_.globals[global_index];
}

std::span<const uint8_t> ExecutorClient::memory(uint32_t id) {
  if (!refresh_state(id) || state_.memory_length == 0) return {};
  const auto* base = reinterpret_cast<const uint8_t*>(state_.memory_base);
  // The executor says where; the harness checks it is a shared slot.
  if (!arena_->holds_memory(base, state_.memory_length)) return {};
  return {base, state_.memory_length};
}

void ExecutorClient::take_host_calls(std::vector<HostCallWords>& out) {
  for (HostCallWords& c : host_calls_) out.push_back(std::move(c));
  host_calls_.clear();
}

void ExecutorClient::reset() {
  adopt_if_forked();
  images_.clear();
  host_calls_.clear();
  state_id_ = UINT32_MAX;
  failure_.clear();
  if (lost_ || recycle_ || instantiations_ >= options_.recycle_after) {
    stop();
    lost_ = recycle_ = false;
    return;
  }
  reset_pending_ = pid_ > 0;
}


namespace {

struct IdleExecutors {
  std::mutex mu;
  std::vector<std::unique_ptr<ExecutorClient>> idle;
};
IdleExecutors& idle_executors() {
  static auto* p = new IdleExecutors;  // never destroyed: engines may outlive statics
  return *p;
}

}  // namespace

Result<std::unique_ptr<ExecutorClient>> ExecutorPool::acquire(const InstanceLimits& limits) {
  std::unique_ptr<ExecutorClient> c;
  {
    std::lock_guard<std::mutex> lock(idle_executors().mu);
    if (!idle_executors().idle.empty()) {
      c = std::move(idle_executors().idle.back());
      idle_executors().idle.pop_back();
    }
  }
  if (!c) {
    TANDEM_TRY(c, ExecutorClient::create(ExecutorOptions{}));
  }
  c->set_limits(limits);
  return c;
}

void ExecutorPool::release(std::unique_ptr<ExecutorClient> client) {
  if (!client) return;
  client->reset();
  std::lock_guard<std::mutex> lock(idle_executors().mu);
  // More idle executors than any harness runs engines at once: let it go.
  if (idle_executors().idle.size() < 8) idle_executors().idle.push_back(std::move(client));
}

}  // namespace tandem::runner
