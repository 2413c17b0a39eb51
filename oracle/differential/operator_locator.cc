#include "oracle/differential/operator_locator.h"

#include <deque>

#include "generator/probes.h"

namespace tandem::oracle {

bool needs_operator(const Finding& f) {
  if (f.op) return false;
  switch (f.kind) {
    case MismatchKind::Result:
    case MismatchKind::Memory:
    case MismatchKind::Global:
    case MismatchKind::HostTrace: return true;
    default: return false;
  }
}

void locate_operator(const DiffCase& c, const DiffOptions& options, const wasm::Module& m, Finding& f) {
  DiffOptions probed_options = options;
  probed_options.locate_operators = false;  // no probes of probes
  probed_options.reference_on_demand = false;
  probed_options.limits.max_host_calls = kMaxProbeCalls;
  probed_options.check_determinism = false;
  probed_options.check_tables = false;
  probed_options.keep_transcript = false;
  probed_options.record_for_twins = false;
  probed_options.stub_unknown_imports = true;  // the probe imports
  probed_options.mixed_mask = generator::mixed_mask_with_probes(options.mixed_mask);
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(probed_options);
  if (!oracle) return;

  // Whether probing `range` shows the first differing value; its offset.
  bool ended_early = false;
  auto probe = [&](generator::ProbeRange range, uint32_t* num_ordinals) -> std::optional<uint32_t> {
    Result<generator::ProbedModule> probed = generator::add_probes(c.wasm, range);
    if (!probed) return std::nullopt;
    if (num_ordinals) *num_ordinals = probed->num_ordinals;
    if (probed->num_probes == 0) return std::nullopt;
    DiffVerdict v = (*oracle)->run(DiffCase{std::move(probed->wasm), c.calls});
    if (v.kind != DiffVerdict::Kind::Mismatch || !v.finding) return std::nullopt;
    ended_early |= v.finding->probes_end_early;
    return v.finding->probe_offset;
  };

  uint32_t num_ordinals = 0;
  std::optional<uint32_t> offset = probe({}, &num_ordinals);
  std::deque<generator::ProbeRange> ranges;
  auto split = [&ranges](generator::ProbeRange r) {
    if (r.last - r.first < 2) return;
    const uint32_t mid = r.first + (r.last - r.first) / 2;
    ranges.push_back({r.first, mid});
    ranges.push_back({mid, r.last});
  };
  split({0, num_ordinals});
  for (int runs = 1; !offset && !ranges.empty() && runs < kMaxProbedRuns; ++runs) {
    generator::ProbeRange r = ranges.front();
    ranges.pop_front();
    offset = probe(r, nullptr);
    split(r);
  }
  if (offset) {
    locate_at(f, m, *offset);
  } else if (ended_early && f.trap_offset) {
    // No value differed, in any probed run, before one engine stopped: it
    // trapped at the same operator as the other, only earlier (a trapping
    // operator hoisted above a store). That operator is where the two
    // part. Only when the bisection found nothing: a probed run can end
    // early for other reasons (a loop that ran fewer times), and a value
    // that differs is the better witness.
    locate_at(f, m, *f.trap_offset);
  }
}

}  // namespace tandem::oracle
