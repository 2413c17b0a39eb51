#include "tests/optimizing/test_util.h"

#include "backends/optimizing/ir/parser.h"
#include "backends/optimizing/ir/translator.h"
#include "backends/optimizing/ir/verifier.h"
#include "oracle/engines/text_format.h"
#include "wasm/validator.h"

namespace tandem::optimizing::test {

std::unique_ptr<wasm::Module> module_from_wat(std::string_view wat) {
  Result<std::vector<uint8_t>> bytes = oracle::wat_to_wasm(wat);
  if (!bytes.ok()) {
    ADD_FAILURE() << bytes.error().to_string();
    return nullptr;
  }
  Result<wasm::Module> m = wasm::decode_and_validate(*bytes);
  if (!m.ok()) {
    ADD_FAILURE() << m.error().to_string();
    return nullptr;
  }
  return std::make_unique<wasm::Module>(std::move(m).value());
}

::testing::AssertionResult translate(const wasm::Module& m, uint32_t func_index, ir::Function& out,
                                     bool explicit_bounds_checks) {
  compile::ModuleEnv env(m);
  compile::Settings settings;
  settings.bounds_checks = explicit_bounds_checks ? compile::BoundsChecks::Explicit : compile::BoundsChecks::Guard;
  ir::Translator t;
  Status st = t.translate(env, settings, func_index, out);
  if (!st.ok()) return ::testing::AssertionFailure() << st.error().to_string();
  Status v = ir::verify_function(out);
  if (!v.ok()) return ::testing::AssertionFailure() << v.error().to_string();
  return ::testing::AssertionSuccess();
}

::testing::AssertionResult parse_ir(std::string_view text, ir::Function& out) {
  Status st = ir::parse_function(text, out);
  if (!st.ok()) return ::testing::AssertionFailure() << st.error().to_string();
  return ::testing::AssertionSuccess();
}

std::string source_path(std::string_view relative) {
  return std::string(TANDEM_SOURCE_DIR) + "/" + std::string(relative);
}

}  // namespace tandem::optimizing::test
