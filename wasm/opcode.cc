#include "wasm/opcode.h"

#include <array>

namespace tandem::wasm {
namespace {

constexpr SigType __ = SigType::None;
constexpr SigType XX = SigType::Special;
constexpr SigType I32 = SigType::I32;
constexpr SigType I64 = SigType::I64;
constexpr SigType F32 = SigType::F32;
constexpr SigType F64 = SigType::F64;
constexpr SigType V128 = SigType::V128;
constexpr bool T = true;
constexpr bool _ = false;
constexpr bool C = true;  // commutative
constexpr bool N = true;  // NaN results nondeterministic

constexpr OpInfo kOps[] = {
#define WASM_OP(name, prefix, code, text, imm, in0, in1, in2, out, traps, cls, width, comm, nan, lanes) \
  {Opcode::name, prefix, code, text, ImmKind::imm, {in0, in1, in2}, out, traps, OpClass::cls, width, comm, nan, lanes},
#include "wasm/opcodes.def"
#undef WASM_OP
};
static_assert(std::size(kOps) == kNumOpcodes);

constexpr uint16_t kNone = 0xffff;

struct DecodeTables {
  std::array<uint16_t, 256> single{};
  std::array<uint16_t, 32> misc{};
  std::array<uint16_t, 256> simd{};
  constexpr DecodeTables() {
    single.fill(kNone);
    misc.fill(kNone);
    simd.fill(kNone);
    for (const OpInfo& op : kOps) {
      if (op.prefix == 0)
        single[op.code] = static_cast<uint16_t>(op.opcode);
      else if (op.is_simd())
        simd[op.code] = static_cast<uint16_t>(op.opcode);
      else
        misc[op.code] = static_cast<uint16_t>(op.opcode);
    }
  }
};
constexpr DecodeTables kDecode;

}  // namespace

bool OpInfo::has_fixed_signature() const {
  if (out == SigType::Special) return false;
  for (SigType t : in)
    if (t == SigType::Special) return false;
  return true;
}

uint32_t OpInfo::num_operands() const {
  uint32_t n = 0;
  for (SigType t : in) n += t != SigType::None;
  return n;
}

const OpInfo& op_info(Opcode op) { return kOps[static_cast<uint16_t>(op)]; }
std::span<const OpInfo> all_ops() { return kOps; }

std::optional<Opcode> opcode_from_byte(uint8_t byte) {
  uint16_t v = kDecode.single[byte];
  if (v == kNone || byte == 0xfc) return std::nullopt;
  return static_cast<Opcode>(v);
}

std::optional<Opcode> opcode_from_misc(uint32_t sub) {
  if (sub >= kDecode.misc.size() || kDecode.misc[sub] == kNone) return std::nullopt;
  return static_cast<Opcode>(kDecode.misc[sub]);
}

std::optional<Opcode> opcode_from_simd(uint32_t sub) {
  if (sub >= kDecode.simd.size() || kDecode.simd[sub] == kNone) return std::nullopt;
  return static_cast<Opcode>(kDecode.simd[sub]);
}

ValType sig_val_type(SigType t) {
  switch (t) {
    case SigType::I32: return ValType::I32;
    case SigType::I64: return ValType::I64;
    case SigType::F32: return ValType::F32;
    case SigType::F64: return ValType::F64;
    case SigType::V128: return ValType::V128;
    default: break;
  }
  return ValType::I32;
}

const char* op_class_name(OpClass cls) {
  static constexpr const char* kNames[] = {
      "control",   "call",          "parametric",  "variable",    "table",       "load",         "store",
      "memory",    "bulk_memory",   "const",       "int_compare", "int_unary",   "int_arith",    "int_divrem",
      "int_shift", "float_compare", "float_unary", "float_round", "float_arith", "float_minmax", "convert",
      "truncate",  "trunc_sat",     "reinterpret", "sign_extend", "reference",   "simd_memory",  "simd_const",
      "simd_lane", "simd_int",      "simd_float",  "simd_convert"};
  static_assert(std::size(kNames) == kNumOpClasses);
  return kNames[static_cast<uint8_t>(cls)];
}

const char* unsupported_feature_for_byte(uint8_t byte) {
  switch (byte) {
    case 0x06:
    case 0x07:
    case 0x08:
    case 0x09:
    case 0x18:
    case 0x19: return "exception handling";
    case 0x12:
    case 0x13: return "tail calls";
    case 0x14:
    case 0x15:
    case 0xd3:
    case 0xd4:
    case 0xd5:
    case 0xd6: return "function references";
    case 0xfb: return "gc";
    case 0xfe: return "threads";
    default: return nullptr;
  }
}

}  // namespace tandem::wasm
