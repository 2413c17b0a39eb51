// The translator's SIMD operators (ir/simd_ops.h): v128.const, the pure
// operators as `simd` instructions, and the memory operators as scalar (or
// whole-vector) loads and stores around them.
#include <cstring>

#include "backends/optimizing/ir/simd_ops.h"
#include "backends/optimizing/ir/translator.h"
#include "wasm/result.h"

namespace tandem::optimizing::ir {

using WasmOp = wasm::Opcode;
using IrOp = ir::Opcode;

namespace {

Function::V128Bits bits_of(const std::array<uint8_t, 16>& bytes) {
  Function::V128Bits bits;
  std::memcpy(bits.data(), bytes.data(), 16);
  return bits;
}

// A lane load or store's scalar access, by the lane's bytes: the load
// that reads the lane (as an i32 or i64), the store that writes it, and
// the lane operators around them.
struct LaneAccess {
  uint32_t bytes;
  IrOp load;
  IrOp store;
  Type type;
  WasmOp splat;
  WasmOp replace;
  WasmOp extract;
};

// clang-format off
constexpr LaneAccess kLaneAccesses[] = {
    {1, IrOp::Uload8,  IrOp::Istore8,  Type::I32, WasmOp::I8X16Splat, WasmOp::I8X16ReplaceLane, WasmOp::I8X16ExtractLaneU},
    {2, IrOp::Uload16, IrOp::Istore16, Type::I32, WasmOp::I16X8Splat, WasmOp::I16X8ReplaceLane, WasmOp::I16X8ExtractLaneU},
    {4, IrOp::Load,    IrOp::Store,    Type::I32, WasmOp::I32X4Splat, WasmOp::I32X4ReplaceLane, WasmOp::I32X4ExtractLane},
    {8, IrOp::Load,    IrOp::Store,    Type::I64, WasmOp::I64X2Splat, WasmOp::I64X2ReplaceLane, WasmOp::I64X2ExtractLane},
};
// clang-format on

// The access of a lane (or splat) load or store: its lane's bytes are
// the operator's access width (opcodes.def's Width column).
const LaneAccess& lane_access(WasmOp op) {
  for (const LaneAccess& a : kLaneAccesses) {
    if (a.bytes == wasm::op_info(op).access_bytes) return a;
  }
  TANDEM_UNREACHABLE("a lane access of no lane width");
}

}  // namespace

Status Translator::translate_simd(const wasm::Op& op) {
  if (op.opcode == WasmOp::V128Const) {
    push(b_.vconst(bits_of(op.v128)));
    return {};
  }
  SimdSignature sig;
  if (!simd_signature(op.opcode, &sig)) return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
  Value args[3];
  for (uint32_t k = sig.num_args; k-- > 0;) args[k] = pop();
  uint32_t shuffle = sig.has_shuffle ? f_->intern_v128(bits_of(op.v128)) : 0;
  push(b_.simd(op.opcode, sig.result, std::span<const Value>(args, sig.num_args), sig.has_lane ? op.lane : 0, shuffle));
  return {};
}

Status Translator::translate_simd_memory(const wasm::Op& op) {
  BoundsCheck check = bounds_check();
  uint64_t offset = op.mem.offset;
  const wasm::OpInfo& info = wasm::op_info(op.opcode);
  switch (op.opcode) {
    case WasmOp::V128Load: {
      Value index = pop();
      push(b_.load(IrOp::Load, Type::V128, heap_base(), index, offset, check));
      return {};
    }
    case WasmOp::V128Store: {
      Value value = pop();
      Value index = pop();
      b_.store(IrOp::Store, value, heap_base(), index, offset, check);
      return {};
    }
    case WasmOp::V128Load8X8S:
    case WasmOp::V128Load8X8U:
    case WasmOp::V128Load16X4S:
    case WasmOp::V128Load16X4U:
    case WasmOp::V128Load32X2S:
    case WasmOp::V128Load32X2U:
    case WasmOp::V128Load32Zero:
    case WasmOp::V128Load64Zero: {
      // The loaded bits, then the operator that widens or places them.
      Type t = info.access_bytes == 4 ? Type::I32 : Type::I64;
      Value index = pop();
      Value bits = b_.load(IrOp::Load, t, heap_base(), index, offset, check);
      Value args[] = {bits};
      push(b_.simd(op.opcode, Type::V128, args));
      return {};
    }
    case WasmOp::V128Load8Splat:
    case WasmOp::V128Load16Splat:
    case WasmOp::V128Load32Splat:
    case WasmOp::V128Load64Splat: {
      const LaneAccess& a = lane_access(op.opcode);
      Value index = pop();
      Value lane = b_.load(a.load, a.type, heap_base(), index, offset, check);
      Value args[] = {lane};
      push(b_.simd(a.splat, Type::V128, args));
      return {};
    }
    case WasmOp::V128Load8Lane:
    case WasmOp::V128Load16Lane:
    case WasmOp::V128Load32Lane:
    case WasmOp::V128Load64Lane: {
      const LaneAccess& a = lane_access(op.opcode);
      Value vec = pop();
      Value index = pop();
      Value lane = b_.load(a.load, a.type, heap_base(), index, offset, check);
      Value args[] = {vec, lane};
      push(b_.simd(a.replace, Type::V128, args, op.lane));
      return {};
    }
    case WasmOp::V128Store8Lane:
    case WasmOp::V128Store16Lane:
    case WasmOp::V128Store32Lane:
    case WasmOp::V128Store64Lane: {
      const LaneAccess& a = lane_access(op.opcode);
      Value vec = pop();
      Value index = pop();
      Value args[] = {vec};
      Value lane = b_.simd(a.extract, a.type, args, op.lane);
      b_.store(a.store, lane, heap_base(), index, offset, check);
      return {};
    }
    default: return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
  }
}

}  // namespace tandem::optimizing::ir
