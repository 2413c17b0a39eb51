#include "backends/optimizing/ir/instructions.h"

#include <array>
#include <cstring>

#include "wasm/result.h"

namespace tandem::optimizing::ir {
namespace {

using namespace opflag;

constexpr std::array<OpcodeInfo, kNumOpcodes> kInfo = {{
#define IR_OPCODE(name, text, format, result, ctrl, operands, flags, idx1, idx2) \
  {text, InstFormat::format, ResultRule::result, CtrlTypes::ctrl, operands, flags, idx1, idx2},
#include "backends/optimizing/ir/opcodes.def"
#undef IR_OPCODE
}};

#define IR_OPCODE(name, text, format, result, ctrl, operands, flags, idx1, idx2) \
  static_assert(is_operand_rule(operands), #name ": an unknown letter in its Operands rule");
#include "backends/optimizing/ir/opcodes.def"
#undef IR_OPCODE

}  // namespace

const OpcodeInfo& opcode_info(Opcode op) { return kInfo[static_cast<uint8_t>(op)]; }

bool ctrl_type_allowed(CtrlTypes allowed, Type t) {
  switch (allowed) {
    case CtrlTypes::Any: return true;
    case CtrlTypes::Int: return is_int(t);
    case CtrlTypes::Flt: return is_float(t);
    case CtrlTypes::I32: return t == Type::I32;
    case CtrlTypes::I64: return t == Type::I64;
    case CtrlTypes::F32: return t == Type::F32;
    case CtrlTypes::F64: return t == Type::F64;
    case CtrlTypes::Ref: return t == Type::Ref;
    case CtrlTypes::V128: return t == Type::V128;
    case CtrlTypes::Num: return t != Type::Ref && t != Type::V128 && t != Type::None;
    case CtrlTypes::Mem: return t != Type::Ref && t != Type::None;
    case CtrlTypes::Val: return t != Type::None;
  }
  return false;
}

uint32_t memory_access_size(Opcode op, Type type) {
  switch (op) {
    case Opcode::Uload8:
    case Opcode::Sload8:
    case Opcode::Istore8: return 1;
    case Opcode::Uload16:
    case Opcode::Sload16:
    case Opcode::Istore16: return 2;
    case Opcode::Uload32:
    case Opcode::Sload32:
    case Opcode::Istore32: return 4;
    case Opcode::Load:
    case Opcode::Store: return type_bits(type) / 8;
    default: TANDEM_UNREACHABLE("memory_access_size of a non-memory opcode");
  }
}

bool load_is_signed(Opcode op) { return op == Opcode::Sload8 || op == Opcode::Sload16 || op == Opcode::Sload32; }

bool opcode_from_name(const char* text, size_t len, Opcode* out) {
  for (uint32_t i = 0; i < kNumOpcodes; ++i) {
    const char* name = kInfo[i].text;
    if (std::strlen(name) == len && std::memcmp(name, text, len) == 0) {
      *out = static_cast<Opcode>(i);
      return true;
    }
  }
  return false;
}

}  // namespace tandem::optimizing::ir
