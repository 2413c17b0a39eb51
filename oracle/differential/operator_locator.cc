#include "oracle/differential/operator_locator.h"

#include <algorithm>
#include <deque>
#include <set>
#include <string_view>
#include <unordered_map>

#include "generator/probes.h"
#include "oracle/differential/value_sources.h"

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

uint32_t walk_back(const std::vector<generator::ProbeSite>& sites, const ValueSources& sources, uint32_t offset,
                   const ProbeRun& probe) {
  // A load's sources hold every store's operands: looked up often.
  std::unordered_map<uint32_t, uint32_t> ordinals_by_offset;
  for (uint32_t k = 0; k < sites.size(); ++k) ordinals_by_offset.emplace(sites[k].offset, k);
  auto ordinal_of = [&](uint32_t at) -> std::optional<uint32_t> {
    auto it = ordinals_by_offset.find(at);
    if (it == ordinals_by_offset.end()) return std::nullopt;
    return it->second;
  };
  // Operators are visited once: a global's sources may lead back to where
  // the walk has been (a checksum folded into itself).
  std::set<uint32_t> visited{offset};
  // The ordinals of `at`'s sources that can be probed; through one that
  // cannot (no probe site), its own sources in its place.
  auto candidates = [&](uint32_t at) {
    std::set<uint32_t> out;
    std::vector<uint32_t> pending{at};
    std::set<uint32_t> expanded;
    while (!pending.empty()) {
      const uint32_t next = pending.back();
      pending.pop_back();
      auto it = sources.of.find(next);
      if (it == sources.of.end() || !expanded.insert(next).second) continue;
      for (uint32_t s : it->second) {
        if (visited.contains(s)) continue;
        if (std::optional<uint32_t> k = ordinal_of(s))
          out.insert(*k);
        else
          pending.push_back(s);
      }
    }
    return std::vector<uint32_t>(out.begin(), out.end());
  };
  auto one_of = [&](const std::vector<uint32_t>& ordinals) -> std::optional<uint32_t> {
    generator::ProbeRange r{ordinals.front(), ordinals.back() + 1, ordinals};
    std::optional<uint32_t> got = probe(r);
    if (got && std::any_of(ordinals.begin(), ordinals.end(), [&](uint32_t k) { return sites[k].offset == *got; }))
      return got;
    return std::nullopt;
  };
  uint32_t current = offset;
  bool sources_agree = false;  // every source of `current` a probe sees was probed and agreed
  for (int runs = 0; runs < kMaxWalkBackRuns && !sources_agree;) {
    const std::vector<uint32_t> ordinals = candidates(current);
    // All of them in one run: the first that differs in the trace is where
    // the difference came from first (a checksum read back and a value
    // folded into it may both differ; the value did so earlier). When
    // their probes together hide it, each alone.
    std::optional<uint32_t> next;
    size_t alone = 0;
    if (!ordinals.empty()) {
      ++runs;
      next = one_of(ordinals);
      for (; !next && ordinals.size() > 1 && alone < ordinals.size() && runs < kMaxWalkBackRuns; ++alone, ++runs)
        next = one_of({ordinals[alone]});
    }
    if (next) {
      current = *next;
      visited.insert(current);
    } else {
      sources_agree = ordinals.size() <= 1 || alone == ordinals.size();
      if (!sources_agree) break;  // out of runs
    }
  }
  if (!sources_agree) return current;
  return call_of_several_results(sources, current).value_or(current);
}

std::optional<uint32_t> call_of_several_results(const ValueSources& sources, uint32_t offset) {
  auto it = sources.of.find(offset);
  if (it == sources.of.end()) return std::nullopt;
  for (uint32_t s : it->second)
    if (sources.several_values.contains(s)) return s;
  return std::nullopt;
}

namespace {

// A probed run compares probe traces, and two engines that part are
// enough for that: one the finding blames and one it does not. When a
// native engine agrees with the interpreter, it is the reference (the
// first engine when the interpreter is out) and the interpreter stays out:
// it is slower than every native engine together, the more so with a
// host call for every value, and a finding's located verdict pays for up
// to kMaxProbedRuns + kMaxWalkBackRuns probed runs. Engines that are
// neither stay out too. A finding that blames every native engine keeps
// the interpreter.
void keep_two_engines(const Finding& f, DiffOptions& o) {
  const std::vector<std::string_view> blamed = culprit_names(f.culprit);
  auto is_blamed = [&](std::string_view name) { return std::find(blamed.begin(), blamed.end(), name) != blamed.end(); };
  // The native engines other than the baseline, which always runs.
  struct Optional {
    std::string_view name;
    bool on;
  };
  const Optional natives[] = {{"optimizing", o.with_optimizing},
                              {"optimizing-none", o.with_optimizing && o.with_optimizing_unoptimized},
                              {"mixed", o.with_mixed}};
  std::string_view keep;  // the one besides the baseline
  for (const Optional& e : natives)
    if (e.on && keep.empty() && is_blamed("baseline") != is_blamed(e.name)) keep = e.name;
  if (keep.empty()) return;
  o.with_interp = false;
  o.with_optimizing_unoptimized = keep == "optimizing-none";
  o.with_mixed = keep == "mixed";
}

}  // namespace

void locate_operator(const DiffCase& c, const DiffOptions& options, const wasm::Module& m, Finding& f,
                     const OracleFactory& make) {
  DiffOptions probed_options = options.verdict_only();  // no probes of probes
  keep_two_engines(f, probed_options);
  probed_options.limits.max_host_calls = kMaxProbeCalls;
  // Every call of the case ended without probes, and the probes end at
  // kMaxProbeCalls: a call deadline would only cut probed runs by how fast
  // the host answers a probe, and name another operator on a slower
  // machine or under the reducer's short deadlines (a bundle whose replay
  // then disagreed with it). The reducer's forked candidates keep their own
  // wall-clock deadline.
  probed_options.limits.call_deadline_ms = 0;
  probed_options.stub_unknown_imports = true;  // the probe imports
  probed_options.mixed_mask = generator::mixed_mask_with_probes(options.mixed_mask);
  Result<std::unique_ptr<DifferentialOracle>> oracle =
      make ? make(probed_options) : DifferentialOracle::create(probed_options);
  if (!oracle) return;

  // Whether probing `range` shows the first differing value; its offset.
  bool ended_early = false;
  std::vector<generator::ProbeSite> sites;
  auto probe = [&](generator::ProbeRange range) -> std::optional<uint32_t> {
    Result<generator::ProbedModule> probed = generator::add_probes(c.wasm, range);
    if (!probed) return std::nullopt;
    if (sites.empty()) sites = std::move(probed->sites);
    if (probed->num_probes == 0) return std::nullopt;
    DiffVerdict v = (*oracle)->run(DiffCase{std::move(probed->wasm), c.calls});
    if (v.kind != DiffVerdict::Kind::Mismatch || !v.finding) return std::nullopt;
    ended_early |= v.finding->probes_end_early;
    return v.finding->probe_offset;
  };

  std::optional<uint32_t> offset = probe({});
  std::deque<generator::ProbeRange> ranges;
  auto split = [&ranges](generator::ProbeRange r) {
    if (r.last - r.first < 2) return;
    const uint32_t mid = r.first + (r.last - r.first) / 2;
    ranges.push_back({r.first, mid});
    ranges.push_back({mid, r.last});
  };
  split({0, static_cast<uint32_t>(sites.size())});
  const bool every_operator_probed = offset.has_value();
  for (int runs = 1; !offset && !ranges.empty() && runs < kMaxProbedRuns; ++runs) {
    generator::ProbeRange r = ranges.front();
    ranges.pop_front();
    offset = probe(r);
    split(r);
  }
  if (offset) {
    const ValueSources sources = value_sources(m);
    // A whole-module run probed every source before the operator it named,
    // and they agreed; a bisection run may have left them out.
    offset = every_operator_probed ? call_of_several_results(sources, *offset).value_or(*offset)
                                   : walk_back(sites, sources, *offset, probe);
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
