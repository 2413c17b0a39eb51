// Compare-and-branch fusion, the IR half: shapes the IR so that isel can
// emit `cmp; jcc` (or `test; jcc`, `cmp; cmovcc`) with no setcc between.
//
//   brif (icmp ne x, 0), A, B     brif x, A, B
//   brif (icmp eq x, 0), A, B     brif x, B, A
//   trapz/trapnz (icmp eq/ne x, 0) a trap on x itself, the sense flipped for eq
//   a compare whose only use is the branch, select or conditional trap of
//   its block moves to just before that use, so that nothing that writes
//   the flags comes between them
//
// The compares left unused go to dce.
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

bool is_flag_user(Opcode op) {
  return op == Opcode::Brif || op == Opcode::Select || op == Opcode::Trapz || op == Opcode::Trapnz;
}

// x when v is (icmp eq/ne x, 0): sets *eq for eq.
Value compared_with_zero(const Function& f, Value v, bool* eq) {
  Inst def = f.value_inst(v);
  if (!def.valid() || f.inst(def).opcode != Opcode::Icmp) return Value();
  IntCC cc = f.inst(def).int_cc();
  if (cc != IntCC::Eq && cc != IntCC::Ne) return Value();
  int64_t c = 0;
  if (!int_constant(f, f.inst_args(def)[1], &c) || c != 0) return Value();
  *eq = cc == IntCC::Eq;
  return f.inst_args(def)[0];
}

}  // namespace

bool branch_fusion(Function& f, PassContext& ctx) {
  bool changed = false;
  // Tests against zero.
  for (Block b : f.layout()) {
    for (Inst inst : f.block_insts(b)) {
      InstData& d = f.inst(inst);
      if (d.opcode != Opcode::Brif && d.opcode != Opcode::Trapz && d.opcode != Opcode::Trapnz) continue;
      bool eq = false;
      Value x = compared_with_zero(f, f.inst_args(inst)[0], &eq);
      if (!x.valid()) continue;
      f.inst_args(inst)[0] = x;
      d.type = f.value_type(x);
      if (eq) {
        if (d.opcode == Opcode::Brif) {
          BlockCall t0 = f.inst_targets(inst)[0], t1 = f.inst_targets(inst)[1];
          f.inst_targets(inst)[0] = t1;
          f.inst_targets(inst)[1] = t0;
        } else {
          d.opcode = d.opcode == Opcode::Trapz ? Opcode::Trapnz : Opcode::Trapz;
        }
      }
      changed = true;
    }
  }
  // Compares next to their only user.
  count_uses(f, ctx.use_counts);
  for (Block b : f.layout()) {
    std::vector<Inst>& insts = f.block_insts(b);
    for (size_t i = 0; i < insts.size(); ++i) {
      Inst user = insts[i];
      if (!is_flag_user(f.inst(user).opcode)) continue;
      Inst cmp = f.value_inst(f.inst_args(user)[0]);
      if (!cmp.valid() || f.inst(cmp).block != b) continue;
      Opcode op = f.inst(cmp).opcode;
      if (op != Opcode::Icmp && op != Opcode::Fcmp) continue;
      if (ctx.use_counts[f.first_result(cmp).index] != 1) continue;
      if (i > 0 && insts[i - 1] == cmp) continue;
      size_t at = 0;
      ctx.spend(compile::CompileStage::Passes, insts.size());
      while (insts[at] != cmp) ++at;
      insts.erase(insts.begin() + at);
      insts.insert(insts.begin() + (i - 1), cmp);
      changed = true;
    }
  }
  return changed;
}

}  // namespace tandem::optimizing::passes
