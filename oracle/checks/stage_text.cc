#include "oracle/checks/stage_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "oracle/checks/asm_listing.h"
#include "oracle/checks/compiler_for.h"

namespace tandem::oracle {
namespace {

constexpr const char* kStageNames[] = {"translate", "optimize", "vcode", "allocated", "asm"};

// Keeps the text of the one stage asked for.
class StageCapture final : public compile::StageListener {
 public:
  explicit StageCapture(compile::IrStage wanted) : wanted_(wanted) {}
  void on_stage(compile::IrStage stage, uint32_t, std::string_view text) override {
    if (stage == wanted_) text_.assign(text);
  }
  std::string take() { return std::move(text_); }

 private:
  compile::IrStage wanted_;
  std::string text_;
};

std::string disassemble(const compile::CompiledFunction& f, Disassembler& dis, bool wasm_offsets) {
  AsmListing listing = list_asm(f, dis);
  std::string out = fmt::format("function {}\n", f.func_index);
  for (const AsmLine& insn : listing.lines) {
    std::string line = fmt::format("{:4x}: {}", insn.address, insn.text);
    for (const compile::TrapSite& t : insn.traps) line += "   ; " + trap_note(t);
    for (const compile::Relocation& r : insn.relocs) line += "   ; " + reloc_note(r);
    // A trap site names its operator already.
    if (wasm_offsets && insn.starts_operator && insn.traps.empty())
      line += fmt::format("   ; @{:#x}", *insn.wasm_offset);
    // Trailing spaces would make expectation files fragile under editors.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  if (listing.undecodable_at) out += fmt::format("<undecodable bytes at {:#x}>\n", *listing.undecodable_at);
  return out;
}

}  // namespace

const char* stage_name(Stage stage) { return kStageNames[static_cast<size_t>(stage)]; }

std::optional<Stage> parse_stage(std::string_view name) {
  if (name == "compile") return Stage::Asm;
  for (size_t i = 0; i < std::size(kStageNames); ++i)
    if (name == kStageNames[i]) return static_cast<Stage>(i);
  return std::nullopt;
}

std::string stage_names() {
  std::string out;
  for (const char* name : kStageNames) out += (out.empty() ? "" : " | ") + std::string(name);
  return out;
}

Result<StageText> stage_text(const wasm::Module& module, const StageTextOptions& options) {
  TANDEM_TRY(std::unique_ptr<compile::Compiler> compiler, compiler_for(options.backend, options.settings));
  const char* backend = compile::backend_name(options.backend);

  // The IR stages are numbered as compile::IrStage, which they mirror.
  auto ir_stage = static_cast<compile::IrStage>(options.stage);
  std::optional<StageCapture> capture;
  if (options.stage != Stage::Asm) {
    std::span<const compile::IrStage> has = compiler->ir_stages();
    if (std::find(has.begin(), has.end(), ir_stage) == has.end()) {
      std::string stages;
      for (compile::IrStage s : has) stages += std::string(compile::ir_stage_name(s)) + ", ";
      return make_error(ErrorKind::Usage,
                        has.empty() ? fmt::format("the {} compiler is single-pass: its only stage is asm", backend)
                                    : fmt::format("the {} compiler has no {} stage (it has {}asm)", backend,
                                                  stage_name(options.stage), stages));
    }
    capture.emplace(ir_stage);
    compiler->set_stage_listener(&*capture);
  }
  if (options.only_func && (*options.only_func < module.num_imported_funcs || *options.only_func >= module.num_funcs()))
    return make_error(ErrorKind::Usage,
                      fmt::format("function {} is not a defined function (the module defines {} to {})",
                                  *options.only_func, module.num_imported_funcs, module.num_funcs() - 1));
  TANDEM_TRY(Disassembler dis, Disassembler::create());

  compile::ModuleEnv env(module);
  StageText result;
  std::string& out = result.text;
  for (uint32_t i = module.num_imported_funcs; i < module.num_funcs(); ++i) {
    if (options.only_func && i != *options.only_func) continue;
    Result<compile::CompiledFunction> f = compiler->compile_function(env, i);
    if (!f) {
      out += fmt::format("function {}: error: {}\n", i, f.error().to_string());
      ++result.failures;
      continue;
    }
    if (capture) {
      if (options.stage == Stage::VCode || options.stage == Stage::Allocated) out += fmt::format("function {}\n", i);
      out += capture->take();
    } else {
      out += disassemble(*f, dis, options.wasm_offsets);
    }
  }
  return result;
}

}  // namespace tandem::oracle
