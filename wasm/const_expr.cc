// Constant expressions (global initializers, segment offsets, element
// items). The binary grammar is any instruction sequence ending in `end`, so
// the reader walks operators with OpReader, tracking block nesting to find
// the `end` that closes the expression. What the feature scope allows is one
// constant instruction; anything else is well-formed but invalid, and is
// deferred so that a malformed byte later in the module still wins.
#include "wasm/module_decoder.h"
#include "wasm/op_reader.h"
#include "wasm/out_of_scope.h"

namespace tandem::wasm {
namespace {

bool is_constant_instruction(Opcode op) {
  switch (op) {
    case Opcode::I32Const:
    case Opcode::I64Const:
    case Opcode::F32Const:
    case Opcode::F64Const:
    case Opcode::V128Const:
    case Opcode::RefNull:
    case Opcode::RefFunc:
    case Opcode::GlobalGet: return true;
    default: return false;
  }
}

// The arithmetic that the extended-const proposal admits in constant expressions.
bool is_extended_const_instruction(Opcode op) {
  switch (op) {
    case Opcode::I32Add:
    case Opcode::I32Sub:
    case Opcode::I32Mul:
    case Opcode::I64Add:
    case Opcode::I64Sub:
    case Opcode::I64Mul: return true;
    default: return false;
  }
}

}  // namespace

Result<ConstExpr> ModuleDecoder::read_const_expr(ByteReader& r) {
  ConstExpr expr;
  expr.offset = r.pos();
  OpReader ops(r.bytes(), r.pos(), r.limit());

  uint32_t depth = 0;
  uint32_t num_constants = 0;
  std::optional<uint32_t> first_non_constant;
  bool uses_extended_const = false;
  for (;;) {
    if (ops.done()) return r.error(ops.position(), "unexpected end of section or function");
    TANDEM_TRY(Op op, ops.next());
    if (op.opcode == Opcode::End) {
      if (depth == 0) break;
      --depth;
      continue;
    }
    if (op.opcode == Opcode::Block || op.opcode == Opcode::Loop || op.opcode == Opcode::If) ++depth;
    if (is_constant_instruction(op.opcode)) {
      if (num_constants++ == 0) {
        expr.offset = op.offset;
        switch (op.opcode) {
          case Opcode::I32Const:
            expr.kind = ConstExpr::Kind::I32;
            expr.type = ValType::I32;
            expr.bits = static_cast<uint64_t>(static_cast<int64_t>(op.i32()));
            break;
          case Opcode::I64Const:
            expr.kind = ConstExpr::Kind::I64;
            expr.type = ValType::I64;
            expr.bits = op.bits;
            break;
          case Opcode::F32Const:
            expr.kind = ConstExpr::Kind::F32;
            expr.type = ValType::F32;
            expr.bits = op.bits;
            break;
          case Opcode::F64Const:
            expr.kind = ConstExpr::Kind::F64;
            expr.type = ValType::F64;
            expr.bits = op.bits;
            break;
          case Opcode::V128Const:
            expr.kind = ConstExpr::Kind::V128;
            expr.type = ValType::V128;
            for (size_t i = 0; i < 8; ++i) {
              expr.bits |= uint64_t{op.v128[i]} << (8 * i);
              expr.bits_hi |= uint64_t{op.v128[8 + i]} << (8 * i);
            }
            break;
          case Opcode::RefNull:
            expr.kind = ConstExpr::Kind::RefNull;
            expr.type = op.type;
            break;
          case Opcode::RefFunc:
            expr.kind = ConstExpr::Kind::RefFunc;
            expr.type = ValType::FuncRef;
            expr.index = op.index;
            break;
          case Opcode::GlobalGet:
            expr.kind = ConstExpr::Kind::GlobalGet;
            expr.index = op.index;
            // The validator checks the index; the type is filled when known.
            if (op.index < m_.globals.size()) expr.type = m_.globals[op.index].type.type;
            break;
          default: break;
        }
      }
    } else if (is_extended_const_instruction(op.opcode)) {
      uses_extended_const = true;
    } else if (!first_non_constant) {
      first_non_constant = op.offset;
    }
  }
  r.skip_to(ops.position());

  if (first_non_constant) {
    defer(make_error(ErrorKind::Invalid, "constant expression required", *first_non_constant));
  } else if (uses_extended_const) {
    defer(out_of_scope(expr.offset, "extended-const", ErrorKind::Invalid));  // 2.0: "constant expression required"
  } else if (num_constants != 1) {
    // No value, or more than one: the expression's type is not one value.
    defer(make_error(ErrorKind::Invalid, "type mismatch", expr.offset));
  }
  return expr;
}

}  // namespace tandem::wasm
