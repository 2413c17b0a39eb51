// Addressing-mode folding, the IR half: a memory access computes
// heap_base + zext32(index) + offset, and x86 reads
// [base + index*1 + disp32] in one operand. A constant addend of the index
// moves into the offset when that changes no address:
//
//   index = c            offset += c, index = 0 (if the offset stays a u32)
//   index = y + c        offset += c, index = y, when y + c cannot wrap 32
//                        bits: y is (z & m) with m + c < 2^32, or (z >>u k)
//                        with k >= 1 and 2^(32-k) - 1 + c < 2^32
//
// Isel then folds heap_base, index and offset into one address.
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

// The largest value y can hold, as far as its definition tells.
uint64_t max_value(const Function& f, Value y) {
  Inst def = f.value_inst(y);
  if (!def.valid()) return 0xffffffffu;
  const InstData& d = f.inst(def);
  int64_t c = 0;
  switch (d.opcode) {
    case Opcode::Band:
      if (int_constant(f, f.inst_args(def)[1], &c)) return static_cast<uint32_t>(c);
      break;
    case Opcode::Ushr:
      if (int_constant(f, f.inst_args(def)[1], &c) && (c & 31) != 0) return 0xffffffffu >> (c & 31);
      break;
    case Opcode::Uload8: return 0xff;
    case Opcode::Uload16: return 0xffff;
    default: break;
  }
  return 0xffffffffu;
}

}  // namespace

bool address_folding(Function& f, PassContext& ctx) {
  bool changed = false;
  // The zero that constant indices become, placed at the top of the entry
  // block before the walk (inserting during it would move the walk's feet).
  Value zero;
  for (Block b : f.layout()) {
    for (Inst inst : f.block_insts(b)) {
      const InstData& d = f.inst(inst);
      int64_t c = 0;
      if ((is_load(d.opcode) || is_store(d.opcode)) &&
          int_constant(f, f.inst_args(inst)[is_load(d.opcode) ? 1 : 2], &c) && c != 0 && !zero.valid()) {
        InstData z;
        z.opcode = Opcode::Iconst;
        z.type = Type::I32;
        z.wasm_offset = f.wasm_offset;
        Inst zi = f.create_inst(z);
        zero = f.append_result(zi, Type::I32);
      }
    }
  }
  if (zero.valid()) f.insert_inst(f.entry_block(), 0, f.value_inst(zero));
  for (Block b : f.layout()) {
    for (Inst inst : f.block_insts(b)) {
      InstData& d = f.inst(inst);
      if (!is_load(d.opcode) && !is_store(d.opcode)) continue;
      size_t at = is_load(d.opcode) ? 1 : 2;
      Value index = f.inst_args(inst)[at];
      uint64_t offset = static_cast<uint64_t>(d.imm);
      int64_t c = 0;
      if (int_constant(f, index, &c)) {
        uint64_t folded = offset + static_cast<uint32_t>(c);
        if (c == 0 || folded > 0xffffffffu) continue;
        f.inst(inst).imm = static_cast<int64_t>(folded);
        f.inst_args(inst)[at] = zero;
        changed = true;
        continue;
      }
      Inst def = f.value_inst(index);
      if (!def.valid() || f.inst(def).opcode != Opcode::Iadd) continue;
      if (!int_constant(f, f.inst_args(def)[1], &c)) continue;
      Value y = f.inst_args(def)[0];
      uint64_t addend = static_cast<uint32_t>(c);
      if (max_value(f, y) + addend > 0xffffffffu || offset + addend > 0xffffffffu) continue;
      f.inst(inst).imm = static_cast<int64_t>(offset + addend);
      f.inst_args(inst)[at] = y;
      changed = true;
    }
  }
  (void)ctx;
  return changed;
}

}  // namespace tandem::optimizing::passes
