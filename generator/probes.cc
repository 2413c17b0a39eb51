#include "generator/probes.h"

#include <array>
#include <utility>

#include "generator/body_rewriter.h"
#include "generator/module_spec.h"
#include "wasm/validator.h"

namespace tandem::generator {
namespace {

using wasm::ValType;

constexpr std::array<ValType, 4> kProbeTypes = {ValType::I32, ValType::I64, ValType::F32, ValType::F64};
constexpr uint32_t kNumProbes = kNumProbeImports;
static_assert(kProbeTypes.size() == kNumProbes);

// Every reachable operator whose numeric value can differ between engines
// (a constant cannot), within the range. The range counts only such
// operators: a reducer's edit of dead code, a constant or a store does not
// move the halves a bisection probes, so it names the same operator.
class ProbePolicy final : public EditPolicy {
 public:
  explicit ProbePolicy(ProbeRange range) : range_(std::move(range)) {}
  void enter_function(uint32_t func) { func_ = func; }
  bool choose(const EditSite& site, Edit& edit) override {
    edit.kind = MutationKind::Probe;
    if (!edit_fits(edit.kind, site)) return false;
    const auto ordinal = static_cast<uint32_t>(sites_.size());
    sites_.push_back({site.op->offset, func_});
    return range_.contains(ordinal);
  }
  std::vector<ProbeSite> take_sites() { return std::move(sites_); }

 private:
  ProbeRange range_;
  uint32_t func_ = 0;
  std::vector<ProbeSite> sites_;
};

uint32_t moved(const wasm::Module& m, uint32_t func) { return func < m.num_imported_funcs ? func : func + kNumProbes; }

void move_ref_func(const wasm::Module& m, wasm::ConstExpr& e) {
  if (e.kind == wasm::ConstExpr::Kind::RefFunc) e.index = moved(m, e.index);
}

}  // namespace

Result<ProbedModule> add_probes(std::span<const uint8_t> wasm, ProbeRange range) {
  TANDEM_TRY(wasm::Module m, wasm::decode_and_validate(wasm));
  ModuleSpec spec;
  copy_module_fields(m, spec);

  // The module's imports, then the probes: function imports come before
  // every defined function, so the defined ones move up by kNumProbes.
  std::vector<wasm::Import> imports = m.imports;
  BodyPlan plan;
  for (uint32_t k = 0; k < kNumProbes; ++k) {
    const ValType params[] = {kProbeTypes[k], ValType::I32};
    wasm::Import probe;
    probe.module = kProbeModule;
    probe.name = wasm::val_type_name(kProbeTypes[k]);
    probe.kind = wasm::ExternKind::Func;
    probe.type_index = spec.intern_type(params, {});
    imports.push_back(std::move(probe));
    plan.probe_funcs[k] = m.num_imported_funcs + k;
  }
  spec.verbatim_imports = imports;
  for (wasm::Export& e : spec.exports)
    if (e.kind == wasm::ExternKind::Func) e.index = moved(m, e.index);
  if (spec.start) spec.start = moved(m, *spec.start);
  for (wasm::ConstExpr& item : spec.elem_items) move_ref_func(m, item);
  for (wasm::Global& g : spec.globals) move_ref_func(m, g.init);

  std::vector<FuncRemap> remap(m.num_funcs());
  for (uint32_t f = 0; f < m.num_funcs(); ++f) remap[f] = FuncRemap{moved(m, f), true};
  plan.funcs = remap;

  ProbePolicy policy(std::move(range));
  BodyRewriter rewriter(m);
  MutationCounts counts;
  for (uint32_t f = 0; f < m.functions.size(); ++f) {
    plan.source_func = f;
    policy.enter_function(f);
    TANDEM_TRY_STATUS(rewriter.rewrite(plan, &policy, spec, counts));
  }
  ProbedModule out;
  Encoder scratch;
  write_module(spec, out.wasm, scratch);
  out.sites = policy.take_sites();
  out.num_ordinals = static_cast<uint32_t>(out.sites.size());
  out.num_probes = counts[MutationKind::Probe];
  return out;
}

}  // namespace tandem::generator
