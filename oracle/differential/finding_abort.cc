#include "oracle/differential/finding_abort.h"

#include <cstdio>
#include <cstdlib>
#include <iterator>

// The frames a finding aborts through: one plain function per (kind, blamed
// backend), named after both, e.g.
// tandem::oracle::finding_frames::result_in_optimizing.
// ClusterFuzz's crash state is the top frames cut at their first '(' or '[':
// a template (finding_abort<Kind, Blame>) or a frame in an anonymous
// namespace would cut to one name for every finding, so these are neither.
// Their names are checked against that rule on the built binary
// (tests/oracle/differential/abort_frames_test.py).

// clang-format off
// X(Kind, name): every MismatchKind, in its order.
#define TANDEM_FINDING_KINDS(X)                                   \
  X(Instantiate, instantiate)                                     \
  X(Result, result)                                               \
  X(Trap, trap)                                                   \
  X(TrapOffset, trap_offset)                                      \
  X(HostTrace, host_trace)                                        \
  X(Memory, memory)                                               \
  X(Global, global)                                               \
  X(Crash, crash)                                                 \
  X(CompilerError, compiler_error)                                \
  X(CompileBlowup, compile_blowup)                                \
  X(Determinism, determinism)                                     \
  X(Tables, tables)                                               \
  X(Metamorphic, metamorphic)                                     \
  X(Hang, hang)

// Y(Kind, kind, Blame, blame): every blamed backend, for one kind.
#define TANDEM_BLAMES_OF(Y, Kind, kind)                           \
  Y(Kind, kind, Baseline, baseline)                               \
  Y(Kind, kind, Optimizing, optimizing)                           \
  Y(Kind, kind, OptimizingPasses, optimizing_passes)              \
  Y(Kind, kind, BaselineAndOptimizing, baseline_and_optimizing)   \
  Y(Kind, kind, Mixed, mixed)                                     \
  Y(Kind, kind, Other, other_engine)
// clang-format on

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

}  // namespace

// In a named namespace: a symbolizer prints
// tandem::oracle::finding_frames::result_in_optimizing(), no "(anonymous
// namespace)::" before the name.
namespace finding_frames {

// Stores a constant of its own, so that identical-code folding cannot merge
// two frames.
static volatile int last_site;

#define TANDEM_FINDING_FRAME(Kind, kind, Blame_, blame)                                                                \
  [[noreturn, gnu::noinline]] static void kind##_in_##blame() {                                                        \
    last_site = static_cast<int>(MismatchKind::Kind) * static_cast<int>(kNumBlames) + static_cast<int>(Blame::Blame_); \
    std::abort();                                                                                                      \
  }
#define TANDEM_FRAMES_OF_KIND(Kind, kind) TANDEM_BLAMES_OF(TANDEM_FINDING_FRAME, Kind, kind)
TANDEM_FINDING_KINDS(TANDEM_FRAMES_OF_KIND)
#undef TANDEM_FRAMES_OF_KIND
#undef TANDEM_FINDING_FRAME

}  // namespace finding_frames

namespace {

using AbortFn = void (*)();

// Indexed by kind * kNumBlames + blame, in the enums' order (checked below).
#define TANDEM_FRAME_ENTRY(Kind, kind, Blame_, blame) &finding_frames::kind##_in_##blame,
#define TANDEM_ENTRIES_OF_KIND(Kind, kind) TANDEM_BLAMES_OF(TANDEM_FRAME_ENTRY, Kind, kind)
constexpr AbortFn kAborts[] = {TANDEM_FINDING_KINDS(TANDEM_ENTRIES_OF_KIND)};
#undef TANDEM_ENTRIES_OF_KIND
#undef TANDEM_FRAME_ENTRY

// The table lists every blame once, in Blame's order, and every kind
// once, in MismatchKind's: an entry is found by its enumerators.
#define TANDEM_BLAME_ENTRY(Kind, kind, Blame_, blame) Blame::Blame_,
constexpr Blame kBlameOrder[] = {TANDEM_BLAMES_OF(TANDEM_BLAME_ENTRY, Result, result)};
#undef TANDEM_BLAME_ENTRY
constexpr bool blames_in_enum_order() {
  for (size_t i = 0; i < std::size(kBlameOrder); ++i)
    if (static_cast<size_t>(kBlameOrder[i]) != i) return false;
  return std::size(kBlameOrder) == kNumBlames && static_cast<size_t>(Blame::Other) + 1 == kNumBlames;
}
static_assert(blames_in_enum_order(), "TANDEM_BLAMES_OF must list every Blame in its order");

#define TANDEM_KIND_ENTRY(Kind, kind) MismatchKind::Kind,
constexpr MismatchKind kKindOrder[] = {TANDEM_FINDING_KINDS(TANDEM_KIND_ENTRY)};
#undef TANDEM_KIND_ENTRY
constexpr bool in_enum_order() {
  for (size_t i = 0; i < std::size(kKindOrder); ++i)
    if (static_cast<size_t>(kKindOrder[i]) != i) return false;
  return std::size(kKindOrder) == kNumKinds && std::size(kAborts) == kNumKinds * kNumBlames;
}
static_assert(in_enum_order(), "TANDEM_FINDING_KINDS must list every MismatchKind in its order");

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
