// The baseline compiler against the WebAssembly spec testsuite: every
// non-SIMD .wast file runs on a native engine whose functions the baseline
// compiles, under several settings, and must have no failed assertion and
// no unsupported one but those of features outside tandem's scope. The counts per file are printed, so that a run
// doubles as the report of where the backend stands.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "oracle/engines/host_env.h"
#include "oracle/engines/native_engine.h"
#include "oracle/spec/spec_runner.h"
#include "oracle/spec/spec_script.h"
#include "tests/baseline/spec_files.h"

namespace tandem::baseline::testing {
namespace {

namespace fs = std::filesystem;

struct SpecCase {
  std::string file;
  std::vector<std::string> settings;
  std::string label;
};

std::vector<SpecCase> spec_cases() {
  // Default settings (ISA extensions from the host, guard pages), then the
  // explicit bounds checks and every ISA extension switched off.
  const std::vector<std::pair<std::string, std::vector<std::string>>> configs = {
      {"default", {}},
      {"explicit_no_isa",
       {"bounds_checks=explicit", "has_sse41=false", "has_popcnt=false", "has_lzcnt=false", "has_bmi1=false"}},
  };
  std::vector<SpecCase> cases;
  for (const std::string& file : non_simd_files())
    for (const auto& [label, settings] : configs) cases.push_back(SpecCase{file, settings, label});
  return cases;
}

class BaselineSpec : public ::testing::TestWithParam<SpecCase> {};

TEST_P(BaselineSpec, NoFailures) {
  const SpecCase& c = GetParam();
  Result<oracle::spec::Script> script = oracle::spec::read_script((kTestsuite / c.file).string());
  ASSERT_TRUE(script.ok()) << script.error().to_string();

  oracle::HostEnv host = oracle::HostEnv::spectest();
  oracle::NativeConfig config;
  config.mode = oracle::NativeConfig::Mode::Baseline;
  config.settings = c.settings;
  Result<std::unique_ptr<oracle::NativeEngine>> engine = oracle::NativeEngine::create(&host, config);
  ASSERT_TRUE(engine.ok()) << engine.error().to_string();

  oracle::spec::FileReport report;
  for (const oracle::spec::Script& piece : split_script(*script))
    report += oracle::spec::run_script(piece, **engine, oracle::spec::RunOptions{});
  const oracle::spec::Counts total = report.total();
  std::printf("spec %-32s %-16s %6u passed %4u failed %4u unsupported\n", c.file.c_str(), c.label.c_str(), total.passed,
              total.failed, total.unsupported);
  for (const oracle::spec::Failure& f : report.failures) {
    if (f.text) continue;
    ADD_FAILURE() << c.file << ":" << f.line << ": " << oracle::spec::command_kind_name(f.kind) << ": expected "
                  << f.expected << "; got " << f.actual;
  }
  // Modules that need a proposal outside the scope (or SIMD, which no
  // native backend compiles yet) are refused by name, for every native
  // engine alike; anything else the baseline refuses is a gap in it.
  uint32_t out_of_scope = 0;
  for (const auto& [why, n] : report.unsupported_reasons) {
    if (why.find("unsupported feature:") != std::string::npos) {
      out_of_scope += n;
    } else {
      ADD_FAILURE() << c.file << ": " << n << " unsupported: " << why;
    }
  }
  EXPECT_EQ(total.failed, 0u);
  EXPECT_EQ(total.unsupported, out_of_scope);
}

std::string case_name(const ::testing::TestParamInfo<SpecCase>& info) {
  std::string name = fs::path(info.param.file).stem().string() + "_" + info.param.label;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Testsuite, BaselineSpec, ::testing::ValuesIn(spec_cases()), case_name);

}  // namespace
}  // namespace tandem::baseline::testing
