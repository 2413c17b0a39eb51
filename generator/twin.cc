#include "generator/twin.h"

#include "wasm/validator.h"

namespace tandem::generator {

using wasm::ValType;

namespace {

constexpr MutationKind kSiteRewrites[] = {
    MutationKind::CommuteOperands,
    MutationKind::AddZero,
    MutationKind::DoubleNegate,
    MutationKind::WrapInBlock,
};
constexpr uint32_t kNumSiteRewrites = sizeof kSiteRewrites / sizeof kSiteRewrites[0];

constexpr uint32_t kDensities[] = {8, 32, 96, 255};

uint64_t fnv1a(std::span<const uint8_t> bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint8_t b : bytes) h = (h ^ b) * 0x100000001b3ull;
  return h;
}

}  // namespace

bool TwinPolicy::choose(const EditSite& site, Edit& edit) {
  const uint64_t r = rng_.next();
  if ((r & 255) >= density_) return false;
  MutationKind fitting[kNumSiteRewrites];
  uint32_t num_fitting = 0;
  for (MutationKind kind : kSiteRewrites)
    if (edit_fits(kind, site)) fitting[num_fitting++] = kind;
  if (num_fitting == 0) return false;
  edit.kind = fitting[(r >> 8) % num_fitting];
  return true;
}

uint32_t TwinPolicy::redirect_call(uint32_t source_callee, uint32_t mapped) {
  // Either copy will do: they are the same function.
  return source_callee == dup_source_ && (rng_.next() & 1) ? dup_copy_ : mapped;
}

// Per function, by the policy's stream: its declared locals rotated and
// reversed, and one i32 local made i64.
void TwinBuilder::plan_locals(const wasm::Module& m, const wasm::Function& f, MutationCounts& counts) {
  local_order_.clear();
  retype_local_ = -1;
  const uint32_t n = f.num_locals;
  if (n == 0) return;
  const uint64_t r = policy_.next();
  if ((r & 3) == 0 && n > 1) {
    const uint32_t rotate = static_cast<uint32_t>((r >> 8) % n);
    const bool reverse = (r >> 40) & 1;
    local_order_.resize(n);
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t pos = (i + rotate) % n;
      local_order_[i] = reverse ? n - 1 - pos : pos;
    }
    ++counts[MutationKind::RenumberLocals];
  }
  if (((r >> 2) & 3) == 0) {
    const uint32_t num_params = static_cast<uint32_t>(m.types[f.type_index].params.size());
    const uint32_t first = static_cast<uint32_t>((r >> 16) % n);
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t index = num_params + (first + i) % n;
      if (m.local_type(f, index) == ValType::I32) {
        retype_local_ = index;
        ++counts[MutationKind::RetypeLocal];
        break;
      }
    }
  }
}

Status TwinBuilder::rewrite(std::span<const uint8_t> wasm, std::span<const uint8_t> fuzz, std::vector<uint8_t>& out,
                            MutationCounts& counts) {
  TANDEM_TRY(wasm::Module m, wasm::decode_and_validate(wasm));
  FuzzReader in(fuzz);
  policy_.reset(fnv1a(fuzz), kDensities[in.below(4)]);

  spec_.clear();
  copy_module_fields(m, spec_);

  remap_.resize(m.num_funcs());
  for (uint32_t f = 0; f < m.num_funcs(); ++f) remap_[f] = FuncRemap{f, true};

  // A copy of one defined function, appended; its callers pick either.
  uint32_t dup_source = UINT32_MAX;
  if (!m.functions.empty() && in.chance(96)) {
    dup_source = m.num_imported_funcs + in.below(static_cast<uint32_t>(m.functions.size()));
    spec_.func_types.push_back(m.func_type_indices[dup_source]);
    policy_.set_duplicate(dup_source, m.num_funcs());
    ++counts[MutationKind::DuplicateFunction];
  }

  BodyRewriter rewriter(m);
  BodyPlan plan;
  plan.funcs = remap_;
  const uint32_t num_bodies = static_cast<uint32_t>(m.functions.size()) + (dup_source != UINT32_MAX);
  for (uint32_t k = 0; k < num_bodies; ++k) {
    plan.source_func = k < m.functions.size() ? k : dup_source - m.num_imported_funcs;
    plan_locals(m, m.functions[plan.source_func], counts);
    plan.local_order = local_order_;
    plan.retype_local = retype_local_;
    TANDEM_TRY_STATUS(rewriter.rewrite(plan, &policy_, spec_, counts));
    plan.ordinal_base += rewriter.ops_rewritten();
  }
  write_module(spec_, out, scratch_);
  return {};
}

}  // namespace tandem::generator
