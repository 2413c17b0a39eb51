#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

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

// ---- the process -------------------------------------------------------------

Result<std::shared_ptr<ExecutorProcess>> ExecutorProcess::create(const ExecutorOptions& options) {
  std::shared_ptr<ExecutorProcess> p(new ExecutorProcess(options));
  TANDEM_TRY(p->arena_, SharedArena::create());
  p->owner_ = getpid();
  return p;
}

Result<std::shared_ptr<ExecutorProcess>> ExecutorProcess::shared() {
  // Never destroyed: engines in static objects may outlive it otherwise. The
  // executor ends with the harness (its socket closes, and PDEATHSIG).
  static auto* shared = new std::shared_ptr<ExecutorProcess>;
  if (!*shared) {
    TANDEM_TRY(*shared, create(ExecutorOptions{}));
  }
  return *shared;
}

ExecutorProcess::~ExecutorProcess() {
  adopt_if_forked();
  stop();
}

void ExecutorProcess::adopt_if_forked() {
  if (owner_ == getpid()) return;
  // The executor and the arena are the parent's: forget both, here only.
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  pid_ = -1;
  lost_ = recycle_ = false;
  live_stores_ = 0;
  ++generation_;  // every store's instances were the parent's
  owner_ = getpid();
  Result<std::unique_ptr<SharedArena>> arena = SharedArena::create();
  TANDEM_CHECK(arena.ok(), "a forked harness cannot map its own executor arena");
  arena_ = std::move(arena).value();
}

Status ExecutorProcess::start() {
  arena_->discard();  // a previous executor's memories, doorbells and last words
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
  ++generation_;
  instantiations_ = live_stores_ = 0;
  lost_ = recycle_ = false;
  requests_ = replies_ = 0;
  drops_.clear();
  // The executor says hello once it is confined, or why it could not be.
  wire::Reader hello({});
  if (!exchange(Request::Hello, 0, 0, 30000, hello)) {
    std::string why = failure_;
    stop();
    return make_error(ErrorKind::Internal, fmt::format("the executor did not start: {}", why));
  }
  return {};
}

void ExecutorProcess::stop() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    while (waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  pid_ = -1;
}

bool ExecutorProcess::exchange(Request type, uint32_t store, size_t payload, int timeout_ms, wire::Reader& reply) {
  failure_.clear();
  timed_out_ = false;
  auto& channel = *static_cast<protocol::Channel*>(arena_->channel());
  if (type != Request::Hello) {
    channel.request.header = Header{static_cast<uint32_t>(type), store, payload};
    channel.num_drops = static_cast<uint32_t>(drops_.size());
    std::copy(drops_.begin(), drops_.end(), channel.drops);
    drops_.clear();
    if (!protocol::ring(channel.request, ++requests_, fd_)) {
      on_death(false, 0);
      return false;
    }
  }
  const uint64_t want = ++replies_;  // the hello is reply 1
  protocol::Doorbell& bell = channel.reply;
  if (!protocol::spin_for(bell, want, options_.harness_spin_ns)) {
    const uint64_t start = protocol::now_ns();
    for (;;) {
      bell.sleeping.store(1, std::memory_order_seq_cst);
      if (bell.seq.load(std::memory_order_seq_cst) >= want) break;
      int wait_ms = -1;
      if (timeout_ms >= 0) {
        uint64_t waited_ms = (protocol::now_ns() - start) / 1000000u;
        wait_ms = waited_ms >= static_cast<uint64_t>(timeout_ms) ? 0 : timeout_ms - static_cast<int>(waited_ms);
      }
      pollfd p{fd_, POLLIN, 0};
      int r = poll(&p, 1, wait_ms);
      if (r < 0 && errno == EINTR) continue;
      if (r == 0) {
        bell.sleeping.store(0);
        on_death(true, timeout_ms);
        return false;
      }
      char ring[16];
      ssize_t n = (p.revents & POLLIN) ? recv(fd_, ring, sizeof ring, MSG_DONTWAIT) : 0;
      if (n == 0 && bell.seq.load(std::memory_order_seq_cst) < want) {  // hung up: the executor is gone
        bell.sleeping.store(0);
        on_death(false, 0);
        return false;
      }
    }
    bell.sleeping.store(0, std::memory_order_relaxed);
  }
  // The header is the executor's word: read once, then checked.
  Header answer = bell.header;
  std::span<uint8_t> buffer = arena_->transfer();
  if (answer.size > buffer.size()) {
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

void ExecutorProcess::on_death(bool timed_out, int timeout_ms) {
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

  const ExecutorLastWords& words = arena_->last_words();
  uint32_t kind = words.kind.load(std::memory_order_acquire);
  if (timed_out) {
    failure_ = fmt::format("the executor did not answer within {} ms and was killed", timeout_ms);
  } else if (kind == ExecutorLastWords::Sandbox) {
    failure_ = fmt::format("the sandbox killed the executor: forbidden system call {}", syscall_name(words.syscall));
  } else if (kind == ExecutorLastWords::Fault) {
    failure_ = fmt::format("the executor died of {}", signal_name(words.signal));
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

// What the request in flight ended with when the executor died: its last
// words, read as untrusted data (wild code may have written them), with the
// PC mapped into the harness's copy of the image it was in.
CallResult ExecutorProcess::death_result(const ExecutorClient& client) const {
  CallResult out;
  out.status = timed_out_ ? CallResult::Status::TimedOut : CallResult::Status::Crashed;
  const ExecutorLastWords& words = arena_->last_words();
  if (words.kind.load(std::memory_order_acquire) == ExecutorLastWords::None) return out;
  const compile::CodeImage* image = nullptr;
  out.pc = client.to_harness_pc(static_cast<uintptr_t>(words.pc), &image);
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

// ---- one store ----------------------------------------------------------------

ExecutorClient::ExecutorClient(std::shared_ptr<ExecutorProcess> process) : process_(std::move(process)) {
  store_ = process_->next_store_++;
}

Result<std::unique_ptr<ExecutorClient>> ExecutorClient::create(const ExecutorOptions& options) {
  TANDEM_TRY(std::shared_ptr<ExecutorProcess> p, ExecutorProcess::create(options));
  return std::unique_ptr<ExecutorClient>(new ExecutorClient(std::move(p)));
}

std::unique_ptr<ExecutorClient> ExecutorClient::on(std::shared_ptr<ExecutorProcess> process) {
  return std::unique_ptr<ExecutorClient>(new ExecutorClient(std::move(process)));
}

Result<std::unique_ptr<ExecutorClient>> ExecutorClient::of_shared_executor() {
  TANDEM_TRY(std::shared_ptr<ExecutorProcess> p, ExecutorProcess::shared());
  return std::unique_ptr<ExecutorClient>(new ExecutorClient(std::move(p)));
}

ExecutorClient::~ExecutorClient() { reset(); }

int ExecutorClient::call_timeout_ms() const {
  uint32_t d = limits_.call_deadline_ms;
  return d ? static_cast<int>(d + process_->options_.answer_grace_ms) : -1;
}

bool ExecutorClient::lost() {
  ExecutorProcess& p = *process_;
  if (has_instances_ && (p.lost_ || generation_ != p.generation_)) {
    failure_ = fmt::format("the executor was lost earlier: {}", p.lost_detail_);
    return true;
  }
  return false;
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

CallResult ExecutorClient::died() {
  ExecutorProcess& p = *process_;
  CallResult out = p.death_result(*this);
  failure_ = p.failure_;
  if (p.arena_->last_words().kind.load(std::memory_order_acquire) != ExecutorLastWords::None) {
    std::string where = fmt::format("pc {:#x} outside generated code", out.pc);
    for (const LoadedImage& li : images_) {
      if (!li.image->contains(out.pc)) continue;
      const compile::ImageFunction* fn = li.image->function_containing(out.pc);
      where = fn ? fmt::format("pc {:#x} in function {} ({} backend)", out.pc, fn->func_index,
                               compile::backend_name(fn->backend))
                 : fmt::format("pc {:#x} in a code image, between functions", out.pc);
    }
    failure_ += " at " + where;
    if (out.signal != SIGSYS) failure_ += fmt::format(", fault address {:#x}", out.fault_address);
  }
  p.lost_detail_ = failure_;
  return out;
}

namespace {

CallResult lost_result() {
  CallResult r;
  r.status = CallResult::Status::Crashed;
  return r;
}

}  // namespace

Instantiation ExecutorClient::instantiate(const wasm::Module&, std::span<const uint8_t> wasm_bytes,
                                          const compile::CodeImage& image, std::span<const ImportBinding> imports) {
  ExecutorProcess& p = *process_;
  p.adopt_if_forked();
  failure_.clear();
  Instantiation out;
  out.status = Instantiation::Status::Refused;
  if (lost()) {
    out.message = failure_;
    return out;
  }
  if (p.pid_ < 0) {
    if (p.lost_) {
      out.message = failure_ = fmt::format("the executor was lost earlier: {}", p.lost_detail_);
      return out;
    }
    if (Status st = p.start(); !st) {
      out.message = failure_ = st.error().message;
      return out;
    }
  }
  if (generation_ != p.generation_) {
    generation_ = p.generation_;
    has_instances_ = false;
  }
  wire::Writer w(p.arena_->transfer());
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
  ++p.instantiations_;
  if (!has_instances_) {
    has_instances_ = true;
    ++p.live_stores_;
  }
  wire::Reader r({});
  if (!p.exchange(Request::Instantiate, store_, w.size(), call_timeout_ms(), r)) {
    failure_ = p.failure_;
    if (p.lost_) {
      out.status = Instantiation::Status::Uninstantiable;
      out.start = died();
    }
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
    p.recycle_ = true;
    return out;
  }
  images_.push_back({&image, static_cast<uintptr_t>(base), size});
  const compile::CodeImage* in = nullptr;
  out.start.pc = to_harness_pc(out.start.pc, &in);
  if (out.start.status == CallResult::Status::Crashed) p.recycle_ = true;
  return out;
}

CallResult ExecutorClient::call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args,
                                std::span<uint64_t> results) {
  ExecutorProcess& p = *process_;
  failure_.clear();
  state_id_ = UINT32_MAX;
  if (lost() || p.pid_ < 0) {
    if (failure_.empty()) failure_ = "the executor is not running";
    return lost_result();
  }
  wire::Writer w(p.arena_->transfer());
  w.put(id);
  w.put(func_index);
  w.array(args);
  w.put<uint64_t>(results.size());
  TANDEM_CHECK(w.ok(), "a call's arguments do not fit the transfer buffer");
  wire::Reader r({});
  if (!p.exchange(Request::Call, store_, w.size(), call_timeout_ms(), r)) {
    failure_ = p.failure_;
    return p.lost_ ? died() : lost_result();
  }
  CallResult out = r.get<CallResult>();
  r.array_into(results);
  protocol::get_host_calls(r, host_calls_);
  protocol::get_state(r, state_);
  if (!r.ok()) {
    failure_ = "the executor's answer was malformed";
    p.recycle_ = true;
    return lost_result();
  }
  state_id_ = id;
  const compile::CodeImage* image = nullptr;
  out.pc = to_harness_pc(out.pc, &image);
  if (out.status == CallResult::Status::Crashed) p.recycle_ = true;
  // Code compiled without stack-limit checks can run out of stack inside a
  // libcall, which the fault then abandons, maybe holding a lock of the
  // allocator: that executor is not trusted with another module.
  if (out.status == CallResult::Status::StackOverflow && out.signal != 0 && !image) p.recycle_ = true;
  return out;
}

bool ExecutorClient::refresh_state(uint32_t id) {
  if (state_id_ == id) return true;
  ExecutorProcess& p = *process_;
  if (lost() || p.pid_ < 0) return false;
  wire::Writer w(p.arena_->transfer());
  w.put(id);
  wire::Reader r({});
  if (!p.exchange(Request::State, store_, w.size(), 10000, r)) return false;
  protocol::get_state(r, state_);
  if (!r.ok()) return false;
  state_id_ = id;
  return true;
}

std::array<uint64_t, 2> ExecutorClient::global_words(uint32_t id, uint32_t global_index) {
  if (!refresh_state(id) || 2 * uint64_t{global_index} + 1 >= state_.globals.size()) return {0, 0};
  return {state_.globals[2 * global_index], state_.globals[2 * global_index + 1]};
}

std::span<const uint8_t> ExecutorClient::memory(uint32_t id) {
  if (!refresh_state(id) || state_.memory_length == 0) return {};
  const auto* base = reinterpret_cast<const uint8_t*>(state_.memory_base);
  // The executor says where; the harness checks it is a shared slot.
  if (!process_->arena_->holds_memory(base, state_.memory_length)) return {};
  return {base, state_.memory_length};
}

void ExecutorClient::take_host_calls(std::vector<HostCallWords>& out) {
  for (HostCallWords& c : host_calls_) out.push_back(std::move(c));
  host_calls_.clear();
}

void ExecutorClient::reset() {
  ExecutorProcess& p = *process_;
  p.adopt_if_forked();
  images_.clear();
  host_calls_.clear();
  state_id_ = UINT32_MAX;
  failure_.clear();
  if (has_instances_ && generation_ == p.generation_ && p.pid_ > 0) {
    if (p.live_stores_ > 0) --p.live_stores_;
    if (p.drops_.size() < protocol::Channel::kMaxDrops)
      p.drops_.push_back(store_);
    else
      p.recycle_ = true;  // too many at once: a fresh executor drops them all
  }
  has_instances_ = false;
  // A dead executor is replaced now; one that may be damaged (a crash in
  // generated code) or has served long once no engine holds instances in it.
  if (p.lost_ || ((p.recycle_ || p.instantiations_ >= p.options_.recycle_after) && p.live_stores_ == 0)) {
    p.stop();
    p.lost_ = p.recycle_ = false;
  }
}

}  // namespace tandem::runner
