// The optimization passes, one per file, and the pipeline that runs them.
// What each does (the order they run in is kSpeedPipeline in
// pass_manager.cc, the one list of it; some run twice):
//
//   cfg_simplify        fold constant branches, drop unreachable blocks,
//                       thread jumps through empty blocks, merge a block into
//                       its only predecessor
//   const_fold          evaluate instructions on constants with wasm's
//                       semantics (wrapping arithmetic, shift counts mod the
//                       width, a trapping division is never folded) and
//                       simplify algebraic identities
//   gvn                 global value numbering over the dominator tree: a pure
//                       instruction equal to a dominating one is replaced by it;
//                       loads and other reads of state equal to an earlier one
//                       in their block with no effect in between, too
//   licm                hoist loop-invariant pure instructions into a preheader
//   strength_reduce     multiplies by powers of two to shifts; divisions and
//                       remainders by constants to multiply-high sequences
//   bounds_check_elim   mark memory accesses in bounds when a dominating access
//                       to the same index reached at least as far, or a
//                       constant address lies below the memory's minimum size
//   branch_fusion       brif/trapz on (icmp eq/ne x, 0) to a test of x; sink a
//                       compare next to its only user so isel fuses the two
//   address_folding     fold constant addends of a memory index into the
//                       access's offset where no 32-bit wrap is possible
//   dce                 remove instructions and block parameters nothing live
//                       uses (a possibly trapping instruction is live)
//
// A pass may remove a trap only when it proves the trap impossible.
//
// opt_level=none runs no pass; speed runs the pipeline in pass_manager.cc.
// With TANDEM_VERIFY_IR defined, the verifier runs after every pass and a
// failure names the pass.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "backends/optimizing/ir/cfg.h"
#include "backends/optimizing/ir/dominator_tree.h"
#include "backends/optimizing/ir/function.h"
#include "backends/optimizing/ir/loops.h"
#include "shared_compile/compile_budget.h"
#include "shared_compile/settings.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::optimizing::passes {

// What passes share: facts about the module (optional: IR parsed from text
// has none) and analysis storage reused from function to function.
struct PassContext {
  const wasm::Module* module = nullptr;
  // Bytes memory 0 has at least (its minimum size); 0 when unknown.
  uint64_t min_memory_bytes = 0;

  ir::ControlFlowGraph cfg;
  ir::DominatorTree dom;
  ir::LoopAnalysis loops;
  std::vector<uint32_t> use_counts;
  std::vector<bool> dead;

  // Fixpoint rounds and scans that can grow faster than the function count
  // against the stages `passes` and `gvn` (null: uncounted). A pass whose
  // loop could run on stops when spend() says no; the pipeline then
  // returns the compile_blowup.
  compile::CompileBudget* budget = nullptr;
  bool spend(compile::CompileStage stage, uint64_t units) { return compile::spend(budget, stage, units); }

  // Recomputes the CFG and dominator tree (and loops when asked).
  void analyze(const ir::Function& f, bool with_loops = false);
};

// A pass returns whether it changed the function.
using PassFn = bool (*)(ir::Function& f, PassContext& ctx);

struct PassInfo {
  const char* name;
  PassFn run;
};

bool cfg_simplify(ir::Function& f, PassContext& ctx);
bool const_fold(ir::Function& f, PassContext& ctx);
bool gvn(ir::Function& f, PassContext& ctx);
bool licm(ir::Function& f, PassContext& ctx);
bool strength_reduce(ir::Function& f, PassContext& ctx);
bool bounds_check_elim(ir::Function& f, PassContext& ctx);
bool branch_fusion(ir::Function& f, PassContext& ctx);
bool address_folding(ir::Function& f, PassContext& ctx);
bool dce(ir::Function& f, PassContext& ctx);

std::span<const PassInfo> all_passes();
const PassInfo* find_pass(std::string_view name);

// Runs one pass, then the verifier when TANDEM_VERIFY_IR is defined (or
// `verify` is set). An Internal error names the pass.
Status run_pass(const PassInfo& pass, ir::Function& f, PassContext& ctx, bool verify = false);

// The pipeline for an opt level: none runs nothing; speed runs kSpeedPipeline.
Status run_pipeline(compile::OptLevel level, ir::Function& f, PassContext& ctx);

}  // namespace tandem::optimizing::passes
