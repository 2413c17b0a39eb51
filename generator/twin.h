// The work of TwinRewriter (private to generator/): decode the module,
// choose semantics-preserving rewrites with a TwinPolicy, re-encode it.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "generator/body_rewriter.h"
#include "generator/fuzz_reader.h"
#include "generator/module_spec.h"
#include "generator/real_module.h"

namespace tandem::generator {

// At each site, with a fuzz-drawn density, one of the rewrites that fit;
// calls to the duplicated function go to either copy.
class TwinPolicy final : public EditPolicy {
 public:
  void reset(uint64_t seed, uint32_t density_of_256) {
    rng_ = SplitMix64(seed);
    density_ = density_of_256;
    dup_source_ = UINT32_MAX;
  }
  void set_duplicate(uint32_t source, uint32_t copy) {
    dup_source_ = source;
    dup_copy_ = copy;
  }
  uint64_t next() { return rng_.next(); }
  bool choose(const EditSite& site, Edit& edit) override;
  uint32_t redirect_call(uint32_t source_callee, uint32_t mapped) override;

 private:
  SplitMix64 rng_;
  uint32_t density_ = 0;
  uint32_t dup_source_ = UINT32_MAX, dup_copy_ = 0;
};

class TwinBuilder {
 public:
  Status rewrite(std::span<const uint8_t> wasm, std::span<const uint8_t> fuzz, std::vector<uint8_t>& out,
                 MutationCounts& counts);

 private:
  void plan_locals(const wasm::Module& m, const wasm::Function& f, MutationCounts& counts);

  TwinPolicy policy_;
  ModuleSpec spec_;
  Encoder scratch_;
  std::vector<FuncRemap> remap_;
  std::vector<uint32_t> local_order_;
  int64_t retype_local_ = -1;
};

}  // namespace tandem::generator
