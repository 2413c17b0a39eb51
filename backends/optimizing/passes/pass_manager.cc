// The pass pipeline. The order matters: cfg_simplify and const_fold first
// expose constants and straight-line code; gvn merges what translation
// duplicated (one heap_base per access); licm then hoists what is
// invariant; strength reduction runs after constants are known; bounds
// check elimination after gvn has made equal indices the same value;
// const_fold and cfg_simplify again to clean up; the isel-facing passes
// (branch_fusion, address_folding) and dce last.
#include "backends/optimizing/passes/passes.h"

#include <fmt/format.h>

#include "backends/optimizing/ir/verifier.h"

namespace tandem::optimizing::passes {

void PassContext::analyze(const ir::Function& f, bool with_loops) {
  cfg.compute(f);
  dom.compute(f, cfg);
  if (with_loops) loops.compute(f, cfg, dom);
}

namespace {

constexpr PassInfo kPasses[] = {
    {"cfg_simplify", &cfg_simplify},
    {"const_fold", &const_fold},
    {"gvn", &gvn},
    {"licm", &licm},
    {"strength_reduce", &strength_reduce},
    {"bounds_check_elim", &bounds_check_elim},
    {"branch_fusion", &branch_fusion},
    {"address_folding", &address_folding},
    {"dce", &dce},
};

constexpr const char* kSpeedPipeline[] = {
    "cfg_simplify",
    "const_fold",
    "dce",
    "gvn",
    "licm",
    "strength_reduce",
    "bounds_check_elim",
    "const_fold",
    "cfg_simplify",
    "address_folding",
    "branch_fusion",
    "dce",
};

#ifdef TANDEM_VERIFY_IR
constexpr bool kVerifyAlways = true;
#else
constexpr bool kVerifyAlways = false;
#endif

}  // namespace

std::span<const PassInfo> all_passes() { return kPasses; }

const PassInfo* find_pass(std::string_view name) {
  for (const PassInfo& p : kPasses) {
    if (name == p.name) return &p;
  }
  return nullptr;
}

Status run_pass(const PassInfo& pass, ir::Function& f, PassContext& ctx, bool verify) {
  pass.run(f, ctx);
  if (verify || kVerifyAlways) {
    Status st = ir::verify_function(f);
    if (!st.ok()) {
      return make_error(ErrorKind::Internal, fmt::format("after pass {}: {}", pass.name, st.error().message));
    }
  }
  return {};
}

Status run_pipeline(compile::OptLevel level, ir::Function& f, PassContext& ctx) {
  if (level == compile::OptLevel::None) return {};
  for (const char* name : kSpeedPipeline) {
    TANDEM_TRY_STATUS(run_pass(*find_pass(name), f, ctx));
    if (ctx.budget && ctx.budget->exceeded()) return ctx.budget->status();
  }
  return {};
}

}  // namespace tandem::optimizing::passes
