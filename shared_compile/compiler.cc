#include "shared_compile/compiler.h"

#include <fmt/format.h>

namespace tandem::compile {

void Compiler::begin_budget(const ModuleEnv& env, uint32_t func_index) {
  // A function's size: its body's bytes and its locals (a few bytes can
  // declare thousands of locals, and every stage sees each of them).
  const wasm::Function& f = env.module->defined_func(func_index);
  budget_.begin_function(func_index, f.code_end - f.body_start, f.num_locals);
}

const char* ir_stage_name(IrStage stage) {
  switch (stage) {
    case IrStage::Translate: return "translate";
    case IrStage::Optimize: return "optimize";
    case IrStage::VCode: return "vcode";
    case IrStage::Allocated: return "allocated";
  }
  return "?";
}

Error unsupported_operator(const char* op_text, uint32_t wasm_offset) {
  return make_error(ErrorKind::Unsupported, fmt::format("unsupported operator {}", op_text), wasm_offset);
}

}  // namespace tandem::compile
