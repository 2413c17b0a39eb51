// Each compile stage of a backend as text, function by function: what
// `tandem compile --stage` prints and what the file tests
// (tests/tools/filetests/) compare. The optimizing compiler shows its SSA
// IR after translation and after the passes, its VCode before and after
// register allocation, and both backends their machine code, disassembled
// with the trap sites, relocations and (optionally) wasm offsets marked.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared_compile/compiler.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::oracle {

// A compiler's IR stages (compile::IrStage), then its machine code.
enum class Stage : uint8_t { Translate, Optimize, VCode, Allocated, Asm };
const char* stage_name(Stage stage);                      // "translate", ..., "asm"
std::optional<Stage> parse_stage(std::string_view name);  // the inverse; "compile" is also Asm
// "translate | optimize | vcode | allocated | asm"
std::string stage_names();

struct StageTextOptions {
  compile::Backend backend = compile::Backend::Baseline;
  std::vector<std::string> settings;  // "name=value"; one the backend refuses is a Usage error
  Stage stage = Stage::Asm;
  std::optional<uint32_t> only_func;  // index space; every defined function when empty
  // Asm: mark each instruction at which the code of a wasm operator starts
  // with its offset in the module ("; @0x2a").
  bool wasm_offsets = true;
};

struct StageText {
  std::string text;
  uint32_t failures = 0;  // functions that did not compile
};

// The text of `options.stage` for each defined function of a validated
// module, in index order; asm and VCode texts start with a line
// "function N" (the IR names its function itself). A function that does not
// compile shows "function N: error: ..." in its place, and the rest still
// compile. Errors: Usage for a stage the backend does not have ("the
// baseline compiler is single-pass: its only stage is asm") or a function
// the module does not define.
Result<StageText> stage_text(const wasm::Module& module, const StageTextOptions& options);

}  // namespace tandem::oracle
