// The side tables of every function the baseline compiles from the spec
// testsuite's modules, checked against the code with Capstone
// (oracle/checks/table_checks.h: every trap site on an instruction that can raise
// it and on an operator that can trap so, every relocation on its field and
// naming a callee or libcall the body needs), and compiled twice to check
// that the same input gives the same bytes and tables.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "oracle/checks/table_checks.h"
#include "oracle/engines/host_env.h"
#include "oracle/engines/native_engine.h"
#include "tests/baseline/spec_files.h"

namespace tandem::baseline::testing {
namespace {

struct TablesCase {
  std::string file;
  std::vector<std::string> settings;
  std::string label;
};

std::vector<TablesCase> tables_cases() {
  std::vector<TablesCase> cases;
  for (const std::string& file : non_simd_files()) {
    cases.push_back({file, {}, "default"});
    cases.push_back({file,
                     {"bounds_checks=explicit", "stack_limit_checks=false", "has_sse41=false", "has_popcnt=false",
                      "has_lzcnt=false", "has_bmi1=false"},
                     "explicit_no_isa"});
  }
  return cases;
}

class BaselineTables : public ::testing::TestWithParam<TablesCase> {};

TEST_P(BaselineTables, CheckAndDeterminism) {
  const TablesCase& c = GetParam();
  Result<oracle::spec::Script> script = oracle::spec::read_script((kTestsuite / c.file).string());
  ASSERT_TRUE(script.ok()) << script.error().to_string();
  oracle::HostEnv host = oracle::HostEnv::spectest();
  oracle::NativeConfig config;
  config.settings = c.settings;
  Result<std::unique_ptr<oracle::NativeEngine>> engine_or = oracle::NativeEngine::create(&host, config);
  ASSERT_TRUE(engine_or.ok()) << engine_or.error().to_string();
  oracle::NativeEngine& engine = **engine_or;

  uint32_t functions = 0;
  for (const oracle::spec::Script& piece : split_script(*script)) {
    engine.reset();
    std::vector<oracle::InstanceId> ids(piece.commands.size(), 0);
    std::vector<bool> live(piece.commands.size(), false);
    for (size_t i = 0; i < piece.commands.size(); ++i) {
      const oracle::spec::Command& cmd = piece.commands[i];
      if (cmd.kind == oracle::spec::CommandKind::Register && cmd.register_module && live[*cmd.register_module]) {
        EXPECT_TRUE(engine.register_instance(ids[*cmd.register_module], cmd.register_as).ok());
        continue;
      }
      if (cmd.kind != oracle::spec::CommandKind::Module || !cmd.module || cmd.module->bytes.empty()) continue;
      const oracle::InstantiateResult r = engine.instantiate(cmd.module->bytes);
      EXPECT_NE(r.status, oracle::InstantiateResult::Status::CompilerError)
          << c.file << ":" << cmd.line << ": " << r.message;
      if (r.status != oracle::InstantiateResult::Status::Ok) continue;
      ids[i] = r.id;
      live[i] = true;
      const std::vector<compile::CompiledFunction>* compiled = engine.compiled_functions(r.id);
      ASSERT_NE(compiled, nullptr);
      functions += static_cast<uint32_t>(compiled->size());
      if (std::optional<oracle::TableProblem> p =
              oracle::check_tables(*engine.module(r.id), *compiled, *engine.code_image(r.id))) {
        ADD_FAILURE() << c.file << ":" << cmd.line << ": " << p->to_string();
      }
      Result<std::vector<compile::CompiledFunction>> again = engine.compile_again(r.id);
      ASSERT_TRUE(again.ok()) << again.error().to_string();
      EXPECT_TRUE(*again == *compiled) << c.file << ":" << cmd.line << ": compiling again gave other bytes or tables";
    }
  }
  std::printf("tables %-32s %-16s %6u functions\n", c.file.c_str(), c.label.c_str(), functions);
}

std::string case_name(const ::testing::TestParamInfo<TablesCase>& info) {
  std::string name = std::filesystem::path(info.param.file).stem().string() + "_" + info.param.label;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Testsuite, BaselineTables, ::testing::ValuesIn(tables_cases()), case_name);

}  // namespace
}  // namespace tandem::baseline::testing
