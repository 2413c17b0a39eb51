#include "oracle/differential/pass_dependence.h"

#include <algorithm>
#include <string_view>

namespace tandem::oracle {

bool needs_pass_check(const Finding& f, const DiffOptions& options) {
  switch (f.kind) {
    case MismatchKind::Result:
    case MismatchKind::Memory:
    case MismatchKind::Global:
    case MismatchKind::HostTrace:
    case MismatchKind::Trap: break;
    default: return false;
  }
  if (f.needs_passes || !options.with_optimizing || f.blamed_backend() != "optimizing") return false;
  // The last opt_level given is the one the backend takes.
  auto last = std::find_if(options.settings.rbegin(), options.settings.rend(),
                           [](const std::string& s) { return s.starts_with("opt_level="); });
  return last == options.settings.rend() || *last != "opt_level=none";
}

void check_pass_dependence(const DiffCase& c, const DiffOptions& options, Finding& f) {
  DiffOptions o = options.verdict_only();
  o.settings.push_back("opt_level=none");
  // The baseline agreed with the interpreter: it is the reference.
  o.with_interp = false;
  o.with_mixed = false;
  o.with_optimizing_unoptimized = false;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(o);
  if (!oracle) return;
  const DiffVerdict v = (*oracle)->run(c);
  // Only an agreement says the passes are needed: a mismatch of any kind
  // shows a bug without them, and an inconclusive run (a call that ran out
  // of time without the passes' speed) says nothing either way.
  f.needs_passes = v.kind == DiffVerdict::Kind::Agree;
}

}  // namespace tandem::oracle
