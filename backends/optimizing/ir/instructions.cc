#include "backends/optimizing/ir/instructions.h"

#include <array>
#include <cstring>

#include "wasm/result.h"

namespace tandem::optimizing::ir {
namespace {

using namespace opflag;
using InstFormat::Binary, InstFormat::Brif, InstFormat::BrTable, InstFormat::Call,
    InstFormat::CallIndirect, InstFormat::CondTrap, InstFormat::Const, InstFormat::FloatCompare,
    InstFormat::IndexArgs, InstFormat::IntCompare, InstFormat::Jump, InstFormat::Load,
    InstFormat::Nullary, InstFormat::Return, InstFormat::Select, InstFormat::Store,
    InstFormat::Trap, InstFormat::Unary;
constexpr ResultRule None = ResultRule::None, Ctrl = ResultRule::Ctrl, I32 = ResultRule::I32,
                     Sig = ResultRule::Sig;

constexpr std::array<OpcodeInfo, kNumOpcodes> kInfo = {{
#define IR_OPCODE(name, text, format, result, flags, idx1, idx2) {text, format, result, flags, idx1, idx2},
#include "backends/optimizing/ir/opcodes.def"
#undef IR_OPCODE
}};

}  // namespace

const OpcodeInfo& opcode_info(Opcode op) { return kInfo[static_cast<uint8_t>(op)]; }

uint32_t memory_access_size(Opcode op, Type type) {
  switch (op) {
    case Opcode::Uload8: case Opcode::Sload8: case Opcode::Istore8: return 1;
    case Opcode::Uload16: case Opcode::Sload16: case Opcode::Istore16: return 2;
    case Opcode::Uload32: case Opcode::Sload32: case Opcode::Istore32: return 4;
    case Opcode::Load: case Opcode::Store: return type_bits(type) / 8;
    default: TANDEM_UNREACHABLE("memory_access_size of a non-memory opcode");
  }
}

bool load_is_signed(Opcode op) {
  return op == Opcode::Sload8 || op == Opcode::Sload16 || op == Opcode::Sload32;
}

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
