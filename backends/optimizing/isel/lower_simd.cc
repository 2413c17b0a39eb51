// SIMD: the `simd` instructions (ir/simd_ops.h). Each
// operator is one Simd MInst whose sequence emission expands
// (emit_simd*.cc); isel only gives it registers: the result reusing
// argument 1 where both are xmm (the two-address forms), the other
// arguments read late, and the temporaries its sequence needs under the
// ISA flags (isel/simd_needs.h). An operator with no sequence under the
// flags is refused as Unsupported, naming it.
#include <algorithm>

#include <fmt/format.h>

#include "backends/optimizing/ir/simd_ops.h"
#include "backends/optimizing/isel/lower.h"
#include "backends/optimizing/isel/simd_needs.h"

namespace tandem::optimizing::isel {

using namespace ir;

Status Lowering::lower_simd(Inst inst) {
  const InstData& d = f_->inst(inst);
  wasm::Opcode op = static_cast<wasm::Opcode>(d.index1);
  SimdNeeds needs = simd_needs(op, *settings_);
  if (!needs.supported) {
    return make_error(ErrorKind::Unsupported, fmt::format("unsupported feature: simd ({})", wasm::op_name(op)),
                      d.wasm_offset);
  }
  if (Inst load = sunk_load(f_->inst_args(inst)[0]); load.valid()) {
    // The load and the operator in one instruction, the load's trap site.
    ops_.clear();
    ops_.push_back(Operand::def(def(f_->first_result(inst))));
    mach::MemArg mem = lower_address(load, ops_, 1);
    MInst m = make(MOp::SimdLoad);
    m.imm = static_cast<int64_t>(op);
    m.mem = mem;
    m.wasm_offset = f_->inst(load).wasm_offset;
    mark_if_guarded(m, f_->inst(load).bounds_check());
    push(m, ops_);
    return {};
  }
  // Swizzle without pshufb looks its bytes up in frame memory.
  if (op == wasm::Opcode::I8X16Swizzle && !settings_->isa.has_ssse3) {
    code_->scratch_area_bytes = std::max(code_->scratch_area_bytes, kSwizzleScratchBytes);
  }
  std::span<const Value> args = f_->inst_args(inst);
  uint8_t lane = static_cast<uint8_t>(d.index2);
  int64_t count = 0;
  if (is_simd_shift(op) && constant(args[1], &count)) {
    // A constant count is the shift's immediate (in the lane field),
    // taken modulo the lane width as wasm says; no xmm register carries it.
    lane = static_cast<uint8_t>(count & (8 * 16 / wasm::op_info(op).lanes - 1));
    args = args.first(1);
    needs.xmm_temps = 0;
  }
  if (op == wasm::Opcode::I8X16Shuffle) {
    // Operands known to be zero, for emission (in the unused lane field).
    for (uint32_t k = 0; k < 2; ++k) {
      uint32_t zero = 0;
      if (v128_constant(args[k], &zero) && f_->v128(zero) == ir::Function::V128Bits{0, 0}) lane |= 1 << k;
    }
  }
  // A constant second operand of a one-instruction operator is read from
  // the constant pool, whose entries are 16-byte aligned as SSE memory
  // operands must be. (Never a wasm load: it promises no alignment.)
  uint32_t pool = 0;
  uint32_t v128_operand = MInst::kNoV128Operand;
  if (args.size() == 2 && simd_reads_constant_operand(op) && v128_constant(args[1], &pool)) {
    v128_operand = pool;
    args = args.first(1);
  }
  vtmp_.clear();
  for (Value a : args) vtmp_.push_back(use(a));
  Value result = f_->first_result(inst);
  bool reuse = is_xmm_type(d.type) && !args.empty() && is_xmm_type(f_->value_type(args[0]));
  ops_.clear();
  ops_.push_back(reuse ? Operand::def_reuse(def(result), 1) : Operand::def(def(result)));
  for (size_t k = 0; k < vtmp_.size(); ++k) {
    ops_.push_back(Operand::use(vtmp_[k], k == 0 ? Operand::Pos::Early : Operand::Pos::Late));
  }
  for (uint8_t k = 0; k < needs.xmm_temps; ++k) ops_.push_back(Operand::temp(temp(RegClass::Float)));
  for (uint8_t k = 0; k < needs.gpr_temps; ++k) ops_.push_back(Operand::temp(temp(RegClass::Int)));
  MInst m = make(MOp::Simd, compile::x64::S64, static_cast<uint8_t>(args.size()));
  m.imm = mach::simd_imm(static_cast<uint16_t>(op), lane, static_cast<uint32_t>(d.imm));
  m.v128_operand = v128_operand;
  push(m, ops_);
  return {};
}

}  // namespace tandem::optimizing::isel
