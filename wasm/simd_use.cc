#include "wasm/simd_use.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

#include "wasm/op_reader.h"

namespace tandem::wasm {
namespace {

bool has_v128(std::span<const ValType> types) { return std::ranges::find(types, ValType::V128) != types.end(); }
bool has_v128(const FuncType& t) { return has_v128(t.params) || has_v128(t.results); }

Error simd_error(std::string where, std::optional<uint64_t> offset = std::nullopt) {
  return make_error(ErrorKind::Unsupported, fmt::format("unsupported feature: simd ({})", where), offset);
}

// The v128 an operator's immediates name, if any: its own encoding (0xfd),
// a block or select type, a callee's type, a global's.
bool names_v128(const Module& m, const Op& op) {
  if (is_simd(op.opcode)) return true;
  switch (op.opcode) {
    case Opcode::Block:
    case Opcode::Loop:
    case Opcode::If:
      if (op.block.kind == BlockType::Kind::Value) return op.block.value == ValType::V128;
      return op.block.kind == BlockType::Kind::TypeIndex && op.block.type_index < m.types.size() &&
             has_v128(m.types[op.block.type_index]);
    case Opcode::SelectT: return op.type == ValType::V128;
    case Opcode::Call: return op.index < m.num_funcs() && has_v128(m.func_type(op.index));
    case Opcode::CallIndirect: return op.index < m.types.size() && has_v128(m.types[op.index]);
    case Opcode::GlobalGet:
    case Opcode::GlobalSet: return op.index < m.globals.size() && m.globals[op.index].type.type == ValType::V128;
    default: return false;
  }
}

}  // namespace

Status refuse_simd_declarations(const Module& m) {
  for (size_t i = 0; i < m.types.size(); ++i)
    if (has_v128(m.types[i])) return simd_error(fmt::format("type {} has a v128", i));
  for (const Import& imp : m.imports)
    if (imp.kind == ExternKind::Global && imp.global.type == ValType::V128)
      return simd_error(fmt::format("v128 global import \"{}\" \"{}\"", imp.module, imp.name));
  for (size_t i = 0; i < m.globals.size(); ++i)
    if (m.globals[i].type.type == ValType::V128) return simd_error(fmt::format("v128 global {}", i));
  return {};
}

bool function_uses_simd(const Module& m, uint32_t func_index) { return !refuse_simd_function(m, func_index).ok(); }

Status refuse_simd_function(const Module& m, uint32_t func_index) {
  if (has_v128(m.func_type(func_index)))
    return simd_error(fmt::format("function {} takes or returns a v128", func_index));
  const Function& f = m.defined_func(func_index);
  for (const LocalRun& run : f.locals)
    if (run.type == ValType::V128) return simd_error(fmt::format("function {} has a v128 local", func_index));
  OpReader reader(m.bytes, f.code_start, f.code_end);
  while (!reader.done()) {
    TANDEM_TRY(Op op, reader.next());
    if (names_v128(m, op))
      return simd_error(fmt::format("{} in function {}", op_name(op.opcode), func_index), op.offset);
  }
  return {};
}

}  // namespace tandem::wasm
