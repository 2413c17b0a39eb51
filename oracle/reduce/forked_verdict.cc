#include "oracle/reduce/forked_verdict.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

namespace tandem::oracle {
namespace {

// The wire format from child to parent: a verdict kind, then for a
// mismatch the finding's fields, strings length-prefixed.
void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void put_str(std::string& out, std::string_view s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}

bool write_all(int fd, std::string_view s) {
  while (!s.empty()) {
    ssize_t n = ::write(fd, s.data(), s.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    s.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string encode_verdict(const DiffVerdict& v) {
  std::string out;
  put_u32(out, static_cast<uint32_t>(v.kind));
  put_str(out, v.inconclusive_reason);
  put_u32(out, v.calls_compared);
  put_u32(out, v.finding ? 1 : 0);
  if (v.finding) {
    const Finding& f = *v.finding;
    put_u32(out, static_cast<uint32_t>(f.kind));
    put_u32(out, f.op_class ? static_cast<uint32_t>(*f.op_class) : UINT32_MAX);
    put_u32(out, f.op ? static_cast<uint32_t>(*f.op) : UINT32_MAX);
    put_u32(out, f.op_offset ? *f.op_offset : UINT32_MAX);
    put_str(out, f.culprit);
    put_str(out, f.export_name);
    put_str(out, f.detail);
    put_str(out, f.stage);
    put_u32(out, f.needs_passes ? 1 : 0);
  }
  return out;
}

struct Reader {
  std::string_view in;
  bool ok = true;
  uint32_t u32() {
    uint32_t v = 0;
    if (in.size() < sizeof v) {
      ok = false;
      return 0;
    }
    std::memcpy(&v, in.data(), sizeof v);
    in.remove_prefix(sizeof v);
    return v;
  }
  std::string str() {
    uint32_t n = u32();
    if (!ok || in.size() < n) {
      ok = false;
      return {};
    }
    std::string s(in.substr(0, n));
    in.remove_prefix(n);
    return s;
  }
};

std::optional<DiffVerdict> decode_verdict(std::string_view bytes) {
  Reader r{bytes};
  DiffVerdict v;
  v.kind = static_cast<DiffVerdict::Kind>(r.u32());
  v.inconclusive_reason = r.str();
  v.calls_compared = r.u32();
  if (r.u32()) {
    Finding f;
    f.kind = static_cast<MismatchKind>(r.u32());
    uint32_t cls = r.u32();
    if (cls != UINT32_MAX) f.op_class = static_cast<wasm::OpClass>(cls);
    uint32_t op = r.u32();
    if (op != UINT32_MAX) {
      if (op >= wasm::kNumOpcodes) return std::nullopt;
      f.op = static_cast<wasm::Opcode>(op);
    }
    if (uint32_t at = r.u32(); at != UINT32_MAX) f.op_offset = at;
    f.culprit = r.str();
    f.export_name = r.str();
    f.detail = r.str();
    f.stage = r.str();
    f.needs_passes = r.u32() != 0;
    v.finding = std::move(f);
  }
  if (!r.ok || !r.in.empty()) return std::nullopt;
  return v;
}

Result<ForkedBytes> run_in_child(const std::function<std::string()>& work, std::chrono::milliseconds deadline) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return make_error(ErrorKind::Io, fmt::format("pipe: {}", std::strerror(errno)));
  std::fflush(nullptr);  // the child must not flush the parent's buffered output a second time
  pid_t pid = ::fork();
  if (pid < 0) {
    int e = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return make_error(ErrorKind::Io, fmt::format("fork: {}", std::strerror(e)));
  }
  if (pid == 0) {
    ::close(fds[0]);
    bool sent = write_all(fds[1], work());
    ::_exit(sent ? 0 : 3);
  }
  ::close(fds[1]);

  ForkedBytes out;
  const auto end = std::chrono::steady_clock::now() + deadline;
  bool timed_out = false;
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    int r = ::poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), 1000)));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) continue;
    char buf[4096];
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // end of file: the child is done (or dead)
    out.bytes.append(buf, static_cast<size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out) {
    out.outcome = ForkedVerdict::Outcome::TimedOut;
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    out.outcome = ForkedVerdict::Outcome::Died;
    out.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  }
  return out;
}

Result<ForkedVerdict> run_forked(DifferentialOracle& oracle, const DiffCase& c, std::chrono::milliseconds deadline) {
  TANDEM_TRY(ForkedBytes run, run_in_child([&] { return encode_verdict(oracle.run(c)); }, deadline));
  ForkedVerdict out;
  out.outcome = run.outcome;
  out.signal = run.signal;
  if (run.outcome != ForkedVerdict::Outcome::Done) return out;
  std::optional<DiffVerdict> v = decode_verdict(run.bytes);
  if (!v) {
    out.outcome = ForkedVerdict::Outcome::Died;
    return out;
  }
  out.verdict = std::move(*v);
  return out;
}

}  // namespace tandem::oracle
