#include "wasm/body_structure.h"

#include <vector>

#include "wasm/op_reader.h"

namespace tandem::wasm {
namespace {

Status check_body(const Module& m, const Function& f, std::vector<bool>& frame_is_if) {
  OpReader reader(m.bytes, f.code_start, f.code_end);
  frame_is_if.assign(1, false);  // the function's own frame
  while (!reader.done()) {
    if (frame_is_if.empty())
      return make_error(ErrorKind::Malformed, "operators remaining after the end of the function", reader.position());
    Result<Op> op = reader.next();
    if (!op.ok()) {
      if (op.error().kind == ErrorKind::Malformed) return op.take_error();
      return {};
    }
    switch (op->opcode) {
      case Opcode::Block:
      case Opcode::Loop: frame_is_if.push_back(false); break;
      case Opcode::If: frame_is_if.push_back(true); break;
      case Opcode::Else:
        if (!frame_is_if.back()) return make_error(ErrorKind::Malformed, "else without a matching if", op->offset);
        frame_is_if.back() = false;  // a second else is as wrong as a stray one
        break;
      case Opcode::End: frame_is_if.pop_back(); break;
      case Opcode::MemoryInit:
      case Opcode::DataDrop:
        if (!m.data_count) return make_error(ErrorKind::Malformed, "data count section required", op->offset);
        break;
      default: break;
    }
  }
  if (!frame_is_if.empty()) return make_error(ErrorKind::Malformed, "END opcode expected", f.code_end);
  return {};
}

}  // namespace

Status find_malformed_body(const Module& module) {
  std::vector<bool> frame_is_if;
  for (const Function& f : module.functions) TANDEM_TRY_STATUS(check_body(module, f, frame_is_if));
  return {};
}

}  // namespace tandem::wasm
