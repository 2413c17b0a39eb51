#include "runner/sandbox.h"

#include <seccomp.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace tandem::runner {
namespace {

enum class Who { Any, ChannelOnly, NotStdio };

struct AllowedSyscall {
  const char* name;
  Who who;
};

constexpr AllowedSyscall kAllowed[] = {
#define TANDEM_SANDBOX_SYSCALL(name, who, why) {#name, Who::who},
#include "runner/sandbox_syscalls.def"
#undef TANDEM_SANDBOX_SYSCALL
};

// Bytes of address space mapped now, from /proc/self/statm (no allocation
// worth the name: this runs in the executor just before the filter).
uint64_t mapped_bytes() {
  FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long long pages = 0;
  if (std::fscanf(f, "%llu", &pages) != 1) pages = 0;
  std::fclose(f);
  return pages * static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
}

Status set_limit(int resource, const char* name, rlim_t soft, rlim_t hard) {
  rlimit r{soft, hard};
  if (setrlimit(resource, &r) != 0)
    return make_error(ErrorKind::Internal, fmt::format("setrlimit({}): {}", name, std::strerror(errno)));
  return {};
}

}  // namespace

Status apply_resource_limits(const SandboxLimits& limits) {
  TANDEM_TRY_STATUS(set_limit(RLIMIT_CORE, "RLIMIT_CORE", 0, 0));
  TANDEM_TRY_STATUS(set_limit(RLIMIT_CPU, "RLIMIT_CPU", limits.cpu_seconds, limits.cpu_seconds + 5));
  uint64_t mapped = mapped_bytes();
  if (mapped == 0) return make_error(ErrorKind::Internal, "cannot read /proc/self/statm");
  rlim_t as = mapped + limits.address_space_headroom;
  return set_limit(RLIMIT_AS, "RLIMIT_AS", as, as);
}

Status apply_seccomp_filter(int channel_fd) {
  scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_TRAP);
  if (!ctx) return make_error(ErrorKind::Internal, "seccomp_init failed");
  int rc = 0;
  for (const AllowedSyscall& s : kAllowed) {
    int nr = seccomp_syscall_resolve_name(s.name);
    if (nr == __NR_SCMP_ERROR) continue;  // not on this architecture
    switch (s.who) {
      case Who::Any: rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0); break;
      case Who::ChannelOnly:
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 1, SCMP_A0(SCMP_CMP_EQ, static_cast<scmp_datum_t>(channel_fd)));
        break;
      case Who::NotStdio: rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 1, SCMP_A0(SCMP_CMP_GT, 2)); break;
    }
    if (rc < 0) break;
  }
  if (rc >= 0) rc = seccomp_load(ctx);
  seccomp_release(ctx);
  if (rc < 0) return make_error(ErrorKind::Internal, fmt::format("seccomp filter: {}", std::strerror(-rc)));
  return {};
}

std::string syscall_name(int number) {
  char* name = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, number);
  if (!name) return fmt::format("syscall {}", number);
  std::string out = name;
  std::free(name);
  return out;
}

}  // namespace tandem::runner
