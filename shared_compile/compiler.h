// The compiler interface both backends implement, and the shared half of
// their builders. The oracle creates a backend's builder, sets settings by
// name (the builder refuses what its backend does not accept), builds a
// Compiler and compiles functions one by one, so that a mixed image can
// take each function from either backend.
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "shared_compile/compile_budget.h"
#include "shared_compile/compiled_function.h"
#include "shared_compile/settings.h"
#include "shared_compile/vmcontext.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::compile {

// What a compiler needs to know about the module around a function.
struct ModuleEnv {
  const wasm::Module* module = nullptr;
  VMContextLayout layout;

  explicit ModuleEnv(const wasm::Module& m) : module(&m), layout(m) {}
};

// The intermediate forms a compiler can show as text, in pipeline order
// (`tandem compile --stage`, the file tests). The baseline compiler, being
// single-pass, has none: its one text is the machine code.
enum class IrStage : uint8_t {
  Translate,  // the SSA IR as translated from wasm
  Optimize,   // the SSA IR after the passes of the opt_level
  VCode,      // machine instructions on virtual registers
  Allocated,  // the same with registers assigned and moves inserted
};
inline constexpr IrStage kIrStages[] = {IrStage::Translate, IrStage::Optimize, IrStage::VCode, IrStage::Allocated};
const char* ir_stage_name(IrStage stage);  // "translate", "optimize", "vcode", "allocated"

// Told each stage's text of every function compiled while it listens. The
// text is made only for a listener: compiling without one costs nothing.
class StageListener {
 public:
  virtual ~StageListener() = default;
  virtual void on_stage(IrStage stage, uint32_t func_index, std::string_view text) = 0;
};

class Compiler {
 public:
  virtual ~Compiler() = default;
  virtual Backend backend() const = 0;
  virtual const Settings& settings() const = 0;

  // Compiles the defined function `func_index` (index space) of a validated
  // module. Errors: ErrorKind::Unsupported, "unsupported operator f32.add",
  // for what this backend does not compile yet (a fuzzer skips it);
  // ErrorKind::Internal for a compiler bug (a fuzzer reports it);
  // ErrorKind::CompileBlowup when a stage went past its work budget (a
  // finding too). The same input always gives the same bytes and tables. A
  // Compiler keeps its scratch storage between calls: reuse one per thread
  // on the hot path.
  virtual Result<CompiledFunction> compile_function(const ModuleEnv& env, uint32_t func_index) = 0;

  // The work the last compile_function spent per stage, and the limits.
  const CompileBudget& budget() const { return budget_; }
  // To scale the limits (CompileBudget::set_scale_percent).
  CompileBudget& mutable_budget() { return budget_; }

  // The stages this compiler can show, and who is told them (none: null).
  virtual std::span<const IrStage> ir_stages() const { return {}; }
  void set_stage_listener(StageListener* listener) { stage_listener_ = listener; }

 protected:
  // Each backend starts it at the top of compile_function and returns
  // budget_.status() when a stage went past its limit.
  void begin_budget(const ModuleEnv& env, uint32_t func_index);

  CompileBudget budget_;
  StageListener* stage_listener_ = nullptr;
};

class CompilerBuilder {
 public:
  explicit CompilerBuilder(Backend backend) : settings_(backend) {}
  virtual ~CompilerBuilder() = default;

  Backend backend() const { return settings_.backend(); }
  Status set(std::string_view name, std::string_view value) { return settings_.set(name, value); }
  Status set_assignment(std::string_view assignment) { return settings_.set_assignment(assignment); }
  Status set_if_accepted(std::string_view name, std::string_view value) {
    return settings_.set_if_accepted(name, value);
  }
  const Settings& settings() const { return settings_.settings(); }
  Settings& mutable_settings() { return settings_.mutable_settings(); }

  virtual std::unique_ptr<Compiler> build() const = 0;

 private:
  SettingsBuilder settings_;
};

// The "unsupported operator X" error both backends return.
Error unsupported_operator(const char* op_text, uint32_t wasm_offset);

}  // namespace tandem::compile
