#include "oracle/differential/finding_abort.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace tandem::oracle {
namespace {

enum class Blame : uint8_t { Baseline, Optimizing, OptimizingPasses, BaselineAndOptimizing, Mixed, Other };
constexpr size_t kNumBlames = 6;
constexpr size_t kNumKinds = static_cast<size_t>(MismatchKind::Hang) + 1;  // Hang is the last kind

Blame blame_of(const Finding& f) {
  std::string b = f.blamed_backend();
  if (b == "baseline") return Blame::Baseline;
  if (b == "optimizing") return Blame::Optimizing;
  if (b == "optimizing-passes") return Blame::OptimizingPasses;
  if (b == "baseline+optimizing") return Blame::BaselineAndOptimizing;
  if (b == "mixed") return Blame::Mixed;
  return Blame::Other;
}

// One function per (kind, blame), never inlined or merged: its name, with
// the two template arguments, is the top frame a crash bucket keys on.
volatile int g_last_abort_site;

template <MismatchKind K, Blame B>
[[noreturn, gnu::noinline]] void finding_abort() {
  // A store of its own constant keeps each body distinct, so identical-code
  // folding cannot merge the frames.
  g_last_abort_site = static_cast<int>(K) * static_cast<int>(kNumBlames) + static_cast<int>(B);
  std::abort();
}

using AbortFn = void (*)();

template <size_t... I>
constexpr auto make_table(std::index_sequence<I...>) {
  return std::array<AbortFn, sizeof...(I)>{
      &finding_abort<static_cast<MismatchKind>(I / kNumBlames), static_cast<Blame>(I % kNumBlames)>...};
}

constexpr auto kAborts = make_table(std::make_index_sequence<kNumKinds * kNumBlames>{});

AbortFn abort_fn_of(const Finding& finding) {
  auto kind = static_cast<size_t>(finding.kind);
  return kind < kNumKinds ? kAborts[kind * kNumBlames + static_cast<size_t>(blame_of(finding))] : nullptr;
}

}  // namespace

std::string finding_header(const Finding& finding) {
  return "tandem: signature " + finding.signature() + "\ntandem: " + finding.to_string() + "\n";
}

const void* abort_site_of(const Finding& finding) { return reinterpret_cast<const void*>(abort_fn_of(finding)); }

void abort_with_finding(const Finding& finding) {
  std::fflush(stderr);
  if (AbortFn fn = abort_fn_of(finding)) fn();
  std::abort();  // not reached for a known kind: each entry aborts
}

}  // namespace tandem::oracle
