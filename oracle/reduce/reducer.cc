#include "oracle/reduce/reducer.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <random>

#include <fmt/format.h>
#include <xxhash.h>

#include "oracle/differential/operator_locator.h"
#include "oracle/reduce/forked_verdict.h"
#include "oracle/reduce/module_edits.h"
#include "oracle/reduce/regression.h"
#include "shared_compile/settings.h"
#include "wabt/ir.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

using reduce_ir::Edit;
using reduce_ir::Measure;

// Walks after the first, each from the original case with the edits in
// another order, while the smallest case so far has more operators than a
// person reads at a glance and the budget lasts. A greedy walk stops at
// the first case no single edit shrinks, and which one that is depends on
// the order: a register allocation bug keeps only in the few shapes that
// allocate alike, and one order finds a smaller such shape than another
// (a parallel-move finding's walks ended at 18 to 28 operators).
// Restarting later, from where the first walk came down to 48 or 100
// operators, kept too little of that choice: those walks ended where the
// first one did.
constexpr uint32_t kRestarts = 32;
constexpr size_t kRestartAboveOperators = 12;

class Reducer {
 public:
  Reducer(const DiffCase& c, const CandidateJudge& holds, const ReduceLimits& limits)
      : holds_(holds), limits_(limits), started_(std::chrono::steady_clock::now()), original_(c) {
    result_.reduced = c;
  }

  // A walk: rounds until one keeps nothing (the fixed point) or the budget
  // ends. Every candidate it keeps is strictly smaller than the one before,
  // so its current case is always the smallest it found.
  //
  // Two kinds of edit wait for the first fixed point (the late edits):
  // reads of a local or global replaced by the value they always gave, which
  // leave the case as long as it was (only the measure's count of reads
  // goes down) and, taken early, steer the greedy walk to other, often
  // larger, fixed points (a GVN finding stopped at 40 operators instead of
  // 20); and integer constants halved, a chain of up to 63 kept candidates
  // for one constant, each paying for a located verdict and an observation
  // (a third of the parallel-move finding's 60 s went to them). After it,
  // they can only take the case further down.
  //
  // Then the restarts (kRestarts), each seeded by its number, so that a
  // reduction that the budget does not stop is deterministic; the smallest
  // case of all the walks is the result.
  Reduction run() {
    result_.converged = walk();
    for (uint32_t k = 1; k <= kRestarts && too_large(result_.reduced) && !out_of_budget(); ++k) {
      DiffCase best = std::move(result_.reduced);
      const bool best_converged = result_.converged;
      result_.reduced = original_;
      late_edits_ = false;
      order_seed_ = k;
      const bool converged = walk();
      if (measure_of(result_.reduced) < measure_of(best)) {
        result_.converged = converged;
      } else {
        result_.reduced = std::move(best);
        result_.converged = best_converged;
      }
    }
    return std::move(result_);
  }

 private:
  // Rounds until one keeps nothing (true: a fixed point) or the budget ends.
  bool walk() {
    while (!out_of_budget()) {
      ++result_.rounds;
      bool kept = drop_calls();
      kept = sweep_module() || kept;
      if (kept) continue;
      if (!late_edits_) {
        late_edits_ = true;
        continue;
      }
      return true;
    }
    return false;
  }

  static Measure measure_of(const DiffCase& c) {
    std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
    return m ? reduce_ir::measure(*m, c.wasm.size()) : Measure{SIZE_MAX};
  }
  static bool too_large(const DiffCase& c) { return measure_of(c).operators > kRestartAboveOperators; }

  bool out_of_budget() {
    const bool attempts_spent = limits_.max_attempts && result_.attempts >= limits_.max_attempts;
    const bool time_spent =
        limits_.time_budget.count() > 0 && std::chrono::steady_clock::now() - started_ >= limits_.time_budget;
    return attempts_spent || time_spent;
  }

  bool keep_if_holds(DiffCase candidate) {
    const bool holds = judge(candidate);
    if (holds) {
      result_.reduced = std::move(candidate);
      ++result_.accepted;
    }
    // After every verdict, kept or not: long stretches of rejected
    // candidates (a restart's walk) are progress a person wants to see.
    if (limits_.on_progress) limits_.on_progress(result_);
    return holds;
  }

  // The candidate's verdict: the one it had when a walk met it before, or
  // the judge's. Every restart takes the same first steps from the
  // original (fields and bodies in one order), and walks meet the same
  // small cases near their ends; a verdict of the same bytes and calls
  // does not change (a judge only ever widens what holds).
  bool judge(const DiffCase& candidate) {
    const std::pair<uint64_t, uint64_t> key = key_of(candidate);
    if (auto seen = judged_.find(key); seen != judged_.end()) {
      ++result_.repeated;
      return seen->second;
    }
    ++result_.attempts;
    const bool holds = holds_(candidate);
    judged_.emplace(key, holds);
    return holds;
  }

  static std::pair<uint64_t, uint64_t> key_of(const DiffCase& c) {
    std::string bytes(c.wasm.begin(), c.wasm.end());
    for (const DiffCall& call : c.calls) {
      bytes += '\0' + call.export_name + '\0';
      for (const Value& v : call.args)
        bytes += fmt::format("{}:{}:{}:{};", static_cast<int>(v.type), v.bits, v.hi, v.null);
    }
    const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
    return {h.high64, h.low64};
  }

  // Calls: a finding at instantiation (a compile that blows up, a compiler
  // error) needs none, and without them no candidate can run a call that
  // never ends (modules from elsewhere have no fuel). Otherwise drop every
  // one that the mismatch does not need, latest first.
  bool drop_calls() {
    std::vector<DiffCall>& calls = result_.reduced.calls;
    if (calls.empty() || out_of_budget()) return false;
    if (keep_if_holds(DiffCase{result_.reduced.wasm, {}})) return true;
    bool kept = false;
    for (size_t i = calls.size(); i-- > 0 && calls.size() > 1 && !out_of_budget();) {
      DiffCase candidate = result_.reduced;
      candidate.calls.erase(candidate.calls.begin() + static_cast<long>(i));
      kept = keep_if_holds(std::move(candidate)) || kept;
    }
    return kept;
  }

  // The case with `edit` applied, when its module is valid and strictly
  // smaller than `current`: both are checked here, before any candidate is
  // judged, because judging forks and compiles and these do neither.
  std::optional<DiffCase> candidate(const Edit& edit, const Measure& current) const {
    std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(result_.reduced.wasm);
    std::vector<DiffCall> calls = result_.reduced.calls;
    if (!copy || !reduce_ir::apply_edit(copy, edit, calls)) return std::nullopt;
    std::optional<std::vector<uint8_t>> bytes = reduce_ir::write_ir(*copy);
    if (!bytes || !(reduce_ir::measure(*copy, bytes->size()) < current)) return std::nullopt;
    if (!wasm::decode_and_validate(*bytes).ok()) return std::nullopt;
    return DiffCase{std::move(*bytes), std::move(calls)};
  }

  // Edits until a whole pass over them keeps nothing. After a kept edit the
  // list is made anew (indices moved), and the walk goes on where it was:
  // at the same kind of edit, the same run length, the same place
  // (wrapping around), as delta debugging does. Starting over from the
  // first edit each time would try the edits before it again and again,
  // quadratic in a large function.
  bool sweep_module() {
    bool kept_any = false;
    std::optional<Edit> last;
    while (!out_of_budget()) {
      std::unique_ptr<wabt::Module> current = reduce_ir::read_ir(result_.reduced.wasm);
      if (!current) break;
      const Measure size = reduce_ir::measure(*current, result_.reduced.wasm.size());
      const ObservedValues observed = limits_.observe ? limits_.observe(result_.reduced) : ObservedValues{};
      std::vector<Edit> edits = reduce_ir::enumerate_edits(*current, result_.reduced.calls, observed, late_edits_);
      if (order_seed_ != 0) {
        // A restart's order: the module's fields and bodies first, as in
        // the first walk (they take the bulk away the same way in any
        // order, and fast); then the run and expression edits shuffled
        // anew after every kept edit, from the walk's number and how many
        // edits it kept.
        std::mt19937 rng(order_seed_ * 0x9e3779b9u + result_.accepted);
        auto runs =
            std::find_if(edits.begin(), edits.end(), [](const Edit& e) { return e.kind >= Edit::Kind::RemoveRun; });
        std::shuffle(runs, edits.end(), rng);
      }
      const size_t resume = resume_index(edits, last);
      bool kept = false;
      for (size_t k = 0; k < edits.size() && !kept && !out_of_budget(); ++k) {
        const Edit& edit = edits[(resume + k) % edits.size()];
        std::optional<DiffCase> next = candidate(edit, size);
        if (!next) continue;
        kept = keep_if_holds(std::move(*next));
        if (kept) last = edit;
      }
      if (!kept) break;
      kept_any = true;
    }
    return kept_any;
  }

  static size_t resume_index(const std::vector<Edit>& edits, const std::optional<Edit>& last) {
    if (!last) return 0;
    auto it =
        std::find_if(edits.begin(), edits.end(), [&](const Edit& e) { return reduce_ir::resumes_after(e, *last); });
    return it == edits.end() ? 0 : static_cast<size_t>(it - edits.begin());
  }

  const CandidateJudge& holds_;
  const ReduceLimits limits_;
  const std::chrono::steady_clock::time_point started_;
  const DiffCase original_;
  bool late_edits_ = false;
  std::map<std::pair<uint64_t, uint64_t>, bool> judged_;  // by key_of
  uint32_t order_seed_ = 0;  // 0: the first walk's order (cheap and large edits first); k: restart k's
  Reduction result_;
};

}  // namespace

namespace {

// The options candidates run with, for a finding like `target`. Most
// candidates lose the bug, and then the native engines agree; many lose a
// loop's fuel, and then they run for ever. Unless the finding is a hang or
// blames every native engine, neither needs the interpreter, which costs
// more than all of them together: it runs on demand. It is also some
// twenty times slower than native code, so a candidate whose native calls
// run past a sixteenth of the deadline would not end in time on it: those
// calls stop there, and the reference never starts. Only a finding of the
// target's kind and culprit is worth locating.
DiffOptions candidate_options(const DiffOptions& diff, const Finding& target, const std::vector<std::string>& engines,
                              std::chrono::milliseconds deadline) {
  DiffOptions o = diff;
  const std::string signature = target.signature();
  o.locate_only_signatures_starting = signature.substr(0, signature.rfind('/') + 1);
  // A compile-time finding of one backend: the mixed image compiles each
  // function with one of the same two backends, so it can only repeat the
  // finding, and a blowup costs its whole budget again there.
  const bool at_compile_time = target.kind == MismatchKind::CompileBlowup || target.kind == MismatchKind::CompilerError;
  if (at_compile_time && target.blamed_backend() != "mixed") o.with_mixed = false;
  Finding every_native{target.kind, "", "", "", std::nullopt};
  for (const std::string& name : engines)
    if (name != "interp") every_native.culprit += (every_native.culprit.empty() ? "" : "+") + name;
  if (target.kind == MismatchKind::Hang || target.blamed_backend() == every_native.blamed_backend()) return o;
  o.reference_on_demand = true;
  const auto native_deadline = static_cast<uint32_t>(std::max<int64_t>(5, deadline.count() / 16));
  uint32_t& call_deadline = o.limits.call_deadline_ms;
  call_deadline = call_deadline == 0 ? native_deadline : std::min(call_deadline, native_deadline);
  return o;
}

}  // namespace

SignatureHold::SignatureHold(const Finding& original)
    : signature_(original.signature()),
      kind_and_culprit_(signature_.substr(0, signature_.rfind('/') + 1)),
      unplaced_(needs_operator(original)) {}

bool SignatureHold::holds(const Finding& f) {
  std::string got = f.signature();
  if (got == signature_) return true;
  if (!unplaced_ || !got.starts_with(kind_and_culprit_)) return false;
  signature_ = std::move(got);
  return true;
}

Reduction reduce_case(const DiffCase& c, const CandidateJudge& holds, const ReduceLimits& limits) {
  return Reducer(c, holds, limits).run();
}

Result<ReduceResult> reduce(const DiffCase& original, const ReduceOptions& options) {
  auto make_oracle = [&options](const DiffOptions& o) {
    return options.make_oracle ? options.make_oracle(o) : DifferentialOracle::create(o);
  };
  TANDEM_TRY(std::unique_ptr<DifferentialOracle> oracle, make_oracle(options.diff));
  // The parent's oracle never runs a case itself: every run is in a child,
  // so that no candidate's state reaches the next one.
  const auto started = std::chrono::steady_clock::now();
  TANDEM_TRY(ForkedVerdict first,
             run_forked(*oracle, original, std::max(options.candidate_deadline, std::chrono::milliseconds(60000))));
  if (first.outcome == ForkedVerdict::Outcome::TimedOut)
    return make_error(ErrorKind::Usage, "the case gave no verdict within 60 s; nothing to reduce");
  if (first.outcome == ForkedVerdict::Outcome::Died)
    return make_error(ErrorKind::Usage,
                      fmt::format("the case kills the harness (signal {}) instead of giving a verdict; "
                                  "it cannot be reduced until it runs in the sandboxed executor",
                                  first.signal));
  if (first.verdict.kind != DiffVerdict::Kind::Mismatch)
    return make_error(ErrorKind::Usage, "the case does not reproduce a mismatch with these settings");
  SignatureHold target(*first.verdict.finding);
  std::chrono::milliseconds deadline = options.candidate_deadline;
  if (deadline.count() == 0) {
    auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    deadline = std::max(kMinCandidateDeadline, 10 * took);
  }
  const std::vector<std::string> engines = oracle->engine_names();
  TANDEM_TRY(oracle, make_oracle(candidate_options(options.diff, *first.verdict.finding, engines, deadline)));

  ReduceResult result;
  result.original_size = original.wasm.size();
  result.finding = *first.verdict.finding;
  result.target_signature = target.signature();
  auto holds = [&](const DiffCase& candidate) -> bool {
    Result<ForkedVerdict> run = run_forked(*oracle, candidate, deadline);
    if (!run) return false;
    if (run->outcome == ForkedVerdict::Outcome::TimedOut) ++result.timed_out;
    if (run->outcome == ForkedVerdict::Outcome::Died) ++result.died;
    const DiffVerdict& v = run->verdict;
    if (run->outcome != ForkedVerdict::Outcome::Done || v.kind != DiffVerdict::Kind::Mismatch ||
        !target.holds(*v.finding))
      return false;
    result.finding = *v.finding;
    return true;
  };
  auto observe = [deadline](const DiffCase& c) { return observe_values_within(c, deadline); };
  Reduction r = reduce_case(original, holds,
                            ReduceLimits{options.max_attempts, options.time_budget, options.on_progress, observe});
  // The ISA flags the finding needs. Its settings are written out with
  // every flag as this CPU has it, and a bundle is refused on a CPU that
  // lacks one of them: each flag this CPU has is turned off where the
  // finding holds without it, so that the bundle asks only for the flags
  // its code paths need (has_avx, which no backend reads, never).
  TANDEM_TRY(const std::vector<std::string> as_this_cpu, explicit_settings(options.diff.settings));
  result.settings = as_this_cpu;
  auto judge_with = [&](const std::vector<std::string>& settings) -> Status {
    DiffOptions o = options.diff;
    o.settings = settings;
    TANDEM_TRY(oracle, make_oracle(candidate_options(o, result.finding, engines, deadline)));
    return {};
  };
  for (std::string& setting : result.settings) {
    const size_t eq = setting.find('=');
    const compile::SettingInfo* info = compile::find_setting(std::string_view(setting).substr(0, eq));
    if (!info || !info->is_isa_flag || std::string_view(setting).substr(eq + 1) != "true") continue;
    const std::string on = setting;
    const std::string flag = on.substr(0, eq);
    setting = flag + "=false";
    ++result.flag_verdicts;
    if (judge_with(result.settings).ok() && holds(r.reduced)) {
      result.flags_not_needed.push_back(flag);
    } else {
      setting = on;
    }
  }
  TANDEM_TRY_STATUS(judge_with(result.settings));
  // The finding as the reduced case reports it, under those settings: a
  // case kept on a verdict it had earlier was not run last. Should it not
  // hold without those flags after all (a flaky finding), the bundle asks
  // for the flags as this CPU has them.
  if (!holds(r.reduced) && !result.flags_not_needed.empty()) {
    result.settings = as_this_cpu;
    result.flags_not_needed.clear();
    TANDEM_TRY_STATUS(judge_with(result.settings));
    holds(r.reduced);
  }
  result.reduced = std::move(r.reduced);
  result.attempts = r.attempts;
  result.repeated = r.repeated;
  result.accepted = r.accepted;
  result.rounds = r.rounds;
  result.converged = r.converged;
  return result;
}

}  // namespace tandem::oracle
