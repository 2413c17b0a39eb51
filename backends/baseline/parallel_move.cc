#include "backends/baseline/parallel_move.h"

#include <algorithm>

namespace tandem::baseline {

bool MoveLocation::same_place(const MoveLocation& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case Kind::Reg: return reg == o.reg;
    case Kind::Mem: return mem == o.mem;
    case Kind::Const: return false;  // not a place
    case Kind::Temp: return true;
  }
  return false;
}

void ParallelMove::add(wasm::ValType type, const MoveLocation& src, const MoveLocation& dst) {
  TANDEM_CHECK(dst.kind == MoveLocation::Kind::Reg || dst.kind == MoveLocation::Kind::Mem,
               "a move must go to a register or a slot");
  if (src.same_place(dst)) return;
  if (dst.kind == MoveLocation::Kind::Reg) {
    TANDEM_CHECK(dst.reg.cls() == reg_class_of(type), "move to a register of the wrong class");
  }
#ifdef TANDEM_VERIFY_IR
  for (const Move& m : moves_) TANDEM_CHECK(!m.dst.same_place(dst), "two moves write one place");
#endif
  moves_.push_back(Move{type, src, dst, false});
}

bool ParallelMove::is_read_by_pending(const MoveLocation& loc) const {
  if (loc.kind == MoveLocation::Kind::Reg) return reg_reads_[loc.reg.index()] > 0;
  for (const Move& m : moves_)
    if (!m.done && m.src.same_place(loc)) return true;
  return false;
}

void ParallelMove::emit_one(MoveEmitter& masm, const Move& m) {
  const Reg temp = masm.move_temp();
  const bool narrow = m.type == wasm::ValType::I32 || m.type == wasm::ValType::F32;
  if (m.dst.kind == MoveLocation::Kind::Reg) {
    const Reg dst = m.dst.reg;
    switch (m.src.kind) {
      case MoveLocation::Kind::Reg: masm.move(dst, m.src.reg, m.type); break;
      case MoveLocation::Kind::Mem: masm.load(dst, m.src.mem, load_kind_of(m.type)); break;
      case MoveLocation::Kind::Const: masm.load_constant(dst, m.src.bits, m.type); break;
      case MoveLocation::Kind::Temp:
        if (dst.is_fpr()) {
          masm.move(dst, temp, m.type);
        } else {
          // A 32-bit move keeps an i32's upper bits zero whatever the slot held.
          masm.reinterpret_to_int(narrow ? FloatWidth::F32 : FloatWidth::F64, dst, temp);
        }
        break;
    }
    return;
  }
  const Address& dst = m.dst.mem;
  switch (m.src.kind) {
    case MoveLocation::Kind::Reg: masm.store(dst, m.src.reg, store_kind_of(m.type)); break;
    case MoveLocation::Kind::Mem: masm.copy_value(dst, m.src.mem, m.type); break;
    case MoveLocation::Kind::Const: masm.store_constant(dst, m.src.bits, store_kind_of(m.type)); break;
    case MoveLocation::Kind::Temp:
      masm.store(dst, temp, m.type == wasm::ValType::V128 ? StoreKind::V128 : StoreKind::F64);
      break;
  }
}

void ParallelMove::emit(MoveEmitter& masm) {
  std::fill(std::begin(reg_reads_), std::end(reg_reads_), 0u);
  for (const Move& m : moves_)
    if (m.src.kind == MoveLocation::Kind::Reg) ++reg_reads_[m.src.reg.index()];

  size_t remaining = moves_.size();
  while (remaining > 0) {
    // A round scans every move, and a slot destination every pending source.
    compile::spend(budget_, compile::CompileStage::ParallelMoves, moves_.size() * remaining);
    bool progress = false;
    for (Move& m : moves_) {
      if (m.done || is_read_by_pending(m.dst)) continue;
      emit_one(masm, m);
      m.done = true;
      --remaining;
      progress = true;
      if (m.src.kind == MoveLocation::Kind::Reg) --reg_reads_[m.src.reg.index()];
    }
    if (progress) continue;
    // Only cycles are left: park one destination's value in the temp.
    Move* blocked = nullptr;
    for (Move& m : moves_) {
      if (m.done) continue;
      TANDEM_CHECK(m.src.kind != MoveLocation::Kind::Temp, "a cycle while the move temp is still in use");
      if (!blocked) blocked = &m;
    }
    const MoveLocation parked = blocked->dst;
    const Reg temp = masm.move_temp();
    // The parked value has the type of the moves that read it (a v128 needs
    // all 16 bytes); the temp holds any value.
    bool parked_v128 = false;
    for (const Move& m : moves_)
      if (!m.done && m.src.same_place(parked) && m.type == wasm::ValType::V128) parked_v128 = true;
    if (parked.kind == MoveLocation::Kind::Mem) {
      masm.load(temp, parked.mem, parked_v128 ? LoadKind::V128 : LoadKind::F64);
    } else if (parked.reg.is_fpr()) {
      masm.move(temp, parked.reg, parked_v128 ? wasm::ValType::V128 : wasm::ValType::F64);
    } else {
      masm.reinterpret_to_float(FloatWidth::F64, temp, parked.reg);
    }
    for (Move& m : moves_) {
      if (m.done || !m.src.same_place(parked)) continue;
      if (m.src.kind == MoveLocation::Kind::Reg) --reg_reads_[m.src.reg.index()];
      m.src = MoveLocation{MoveLocation::Kind::Temp, Reg(), {}, 0};
    }
  }
  moves_.clear();
}

}  // namespace tandem::baseline
