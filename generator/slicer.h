// The per-input work of RealModuleMutator (private to generator/): pick a
// seed, a root and a budget; keep the root and the functions it reaches by
// direct calls within the budget; rebuild the module around them (see
// real_module.h) with the bodies rewritten under a MutationPolicy.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "generator/body_rewriter.h"
#include "generator/edge_values.h"
#include "generator/fuzz_reader.h"
#include "generator/module_spec.h"
#include "generator/real_module.h"

namespace tandem::generator {

// Chooses the mutations: fuzz-chosen positions among the slice's
// operators, and at each a fuzz-chosen kind among those that fit there.
class MutationPolicy final : public EditPolicy {
 public:
  void reset(FuzzReader* in, const EdgeContext& edges, std::span<const uint32_t> positions) {
    in_ = in;
    edges_ = edges;
    positions_ = positions;
    next_ = 0;
    dup_source_ = UINT32_MAX;
  }
  // Calls to `source` may go to the copy at `copy` instead.
  void set_duplicate(uint32_t source, uint32_t copy) {
    dup_source_ = source;
    dup_copy_ = copy;
  }
  bool choose(const EditSite& site, Edit& edit) override;
  uint32_t redirect_call(uint32_t source_callee, uint32_t mapped) override;

 private:
  FuzzReader* in_ = nullptr;
  EdgeContext edges_;
  std::span<const uint32_t> positions_;
  size_t next_ = 0;
  uint32_t dup_source_ = UINT32_MAX, dup_copy_ = 0;
};

class SliceBuilder {
 public:
  SliceBuilder(const SeedPool& pool, const RealModuleConfig& config);
  Status build(std::span<const uint8_t> fuzz, GeneratedModule& out, RealModuleInfo* info);

 private:
  uint32_t pick_root(const Seed& seed);
  void collect(const Seed& seed, uint32_t root, uint32_t budget);
  void plan_imports(const wasm::Module& m);
  void plan_memory_and_data(const wasm::Module& m);
  void plan_globals(const wasm::Module& m);
  void plan_tables_and_elems(const wasm::Module& m);
  void plan_exports(GeneratedModule& out);
  Status write_bodies(const Seed& seed, GeneratedModule& out, MutationCounts& counts);
  void draw_invocations(std::span<const uint8_t> fuzz, GeneratedModule& out);
  uint64_t draw_value(FuzzReader& in, wasm::ValType t);
  FuzzReader& arg_reader(std::span<const uint8_t> fuzz);

  const SeedPool& pool_;
  const RealModuleConfig& config_;
  FuzzReader in_;
  MutationPolicy policy_;
  ModuleSpec spec_;
  Encoder scratch_;
  std::vector<std::unique_ptr<BodyRewriter>> rewriters_;  // per seed, made on first use

  // The slice of the current input.
  const Seed* current_seed_ = nullptr;
  uint32_t current_seed_index_ = 0;
  std::vector<uint32_t> kept_;            // source function indices, root first
  std::vector<uint8_t> is_kept_;          // by source function index
  std::vector<FuncRemap> remap_;          // by source function index
  std::vector<uint32_t> import_of_type_;  // by source type index: host import, or UINT32_MAX
  std::vector<uint32_t> positions_;
  uint32_t slice_bytes_ = 0;
  uint32_t dup_source_ = UINT32_MAX;  // a kept function copied, or none
  int64_t retype_local_ = -1;         // in kept_[retype_func_]
  uint32_t retype_func_ = 0;
  uint32_t num_imports_ = 0;
  uint32_t fuel_global_ = 0;
  uint32_t fuel_ = 0;
  uint32_t memory_bytes_ = 0;
  EdgeContext edges_;

  SplitMix64 arg_rng_;
  bool arg_rng_seeded_ = false;
  std::vector<uint8_t> arg_bytes_;
  FuzzReader arg_fallback_;
};

}  // namespace tandem::generator
