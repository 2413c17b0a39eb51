#include <iterator>

#include <fmt/format.h>

#include "backends/optimizing/regalloc/regalloc.h"

namespace tandem::optimizing::regalloc {

namespace {

std::string loc_name(Loc l) {
  if (l.is_reg()) return mach::preg_name(l.preg());
  if (l.is_stack()) return fmt::format("slot{}", l.slot());
  return "none";
}

void print_moves(std::string& out, std::span<const Move> moves) {
  for (const Move& m : moves) {
    if (m.from == m.to) continue;
    fmt::format_to(std::back_inserter(out), "         move {} <- {}  (v{})\n", loc_name(m.to), loc_name(m.from),
                   m.to_vreg);
  }
}

}  // namespace

std::string print_allocated(const mach::VCode& code, const Output& out) {
  std::string s;
  auto it = std::back_inserter(s);
  for (uint32_t b : code.order()) {
    fmt::format_to(it, "block{}:\n", b);
    const mach::VBlock& vb = code.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      print_moves(s, out.moves_before(i));
      const mach::MInst& m = code.inst(i);
      fmt::format_to(it, "  {:4}: {}", i, mach::mop_name(m.op));
      std::span<const mach::Operand> ops = code.operands(i);
      for (uint32_t k = 0; k < ops.size(); ++k) {
        const char* kind = ops[k].kind == mach::Operand::Kind::Use   ? ""
                           : ops[k].kind == mach::Operand::Kind::Def ? "="
                                                                     : "~";
        fmt::format_to(it, " {}v{}:{}", kind, ops[k].vreg, mach::preg_name(out.alloc(code, i, k)));
      }
      s += '\n';
      print_moves(s, out.moves_after(i));
    }
  }
  fmt::format_to(it, "spill slots: {}\n", out.num_spill_slots);
  return s;
}

}  // namespace tandem::optimizing::regalloc
