#include "oracle/checks/stage_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "backends/baseline/baseline.h"
#include "backends/optimizing/optimizing.h"
#include "oracle/checks/disassembler.h"

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
  std::string out = fmt::format("function {}\n", f.func_index);
  size_t decoded = 0;
  auto loc = f.source_locs.begin();
  for (const DecodedInsn& insn : dis.decode_all(std::span<const uint8_t>(f.code).first(f.code_size), 0, &decoded)) {
    std::string line = fmt::format("{:4x}: {}", insn.address, insn.text());
    bool offset_shown = false;
    for (const compile::TrapSite& t : f.trap_sites) {
      if (t.code_offset != insn.address) continue;
      line += fmt::format("   ; trap {} @{:#x}", compile::trap_code_name(t.code), t.wasm_offset);
      offset_shown = true;
    }
    for (const compile::Relocation& r : f.relocations)
      if (r.insn_offset == insn.address) line += fmt::format("   ; reloc {}", r.target.to_string());
    if (wasm_offsets) {
      while (loc != f.source_locs.end() && loc->code_end <= insn.address) ++loc;
      if (loc != f.source_locs.end() && loc->code_start == insn.address && !offset_shown)
        line += fmt::format("   ; @{:#x}", loc->wasm_offset);
    }
    // Trailing spaces would make expectation files fragile under editors.
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  if (decoded != f.code_size) out += fmt::format("<undecodable bytes at {:#x}>\n", decoded);
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
  std::unique_ptr<compile::CompilerBuilder> builder =
      options.backend == compile::Backend::Baseline ? baseline::make_builder() : optimizing::make_builder();
  for (const std::string& s : options.settings) TANDEM_TRY_STATUS(builder->set_assignment(s));
  std::unique_ptr<compile::Compiler> compiler = builder->build();
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
