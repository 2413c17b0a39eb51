// Conformance of the decoder and validator against the WebAssembly spec
// testsuite: every .wast file is split into its modules by wast2json, then
//
//   - every binary module of assert_malformed / assert_invalid is rejected;
//   - every other module (module commands and the modules of
//     assert_unlinkable / assert_uninstantiable) is accepted;
//   - the simd_*.wast files alike: SIMD is in the scope.
//
// Text-only assert_malformed modules (`module quote`) test the text format
// and are not ours to check. The `tandem spec` runner counts the same
// verdicts over the whole suite; this is the unit-level guard.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "wasm/validator.h"

namespace tandem::wasm {
namespace {

namespace fs = std::filesystem;

const fs::path kTestsuite = TANDEM_SPEC_TESTSUITE;

std::vector<std::string> wast_files() {
  std::vector<std::string> names;
  std::error_code ec;
  if (kTestsuite.empty() || !fs::is_directory(kTestsuite, ec)) return names;
  for (const auto& entry : fs::directory_iterator(kTestsuite, ec))
    if (entry.path().extension() == ".wast") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct Counts {
  int rejected_as_expected = 0;
  int accepted_as_expected = 0;
  int wrong = 0;

  Counts& operator+=(const Counts& o) {
    rejected_as_expected += o.rejected_as_expected;
    accepted_as_expected += o.accepted_as_expected;
    wrong += o.wrong;
    return *this;
  }
};

Counts g_totals;

// Prints the totals when the whole suite runs in one process.
class TotalsReporter : public ::testing::Environment {
 public:
  void TearDown() override {
    std::printf(
        "spec testsuite totals: rejected-as-expected %d, accepted-as-expected %d, "
        "wrong %d\n",
        g_totals.rejected_as_expected, g_totals.accepted_as_expected, g_totals.wrong);
  }
};
[[maybe_unused]] ::testing::Environment* const kReporter = ::testing::AddGlobalTestEnvironment(new TotalsReporter);

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "tandem-spec-XXXXXX").string();
    if (mkdtemp(pattern.data())) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::vector<uint8_t> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// assert_malformed wants Malformed and assert_invalid wants Invalid (a
// construct of a later proposal too: wasm/out_of_scope.h gives it the kind
// this revision of the spec does), with one exception: a module whose text
// uses memory.init or data.drop without data segments becomes a binary
// without a data count section, which the binary format calls malformed.
bool kind_as_expected(const std::string& type, const Error& error) {
  if (type == "assert_malformed") return error.kind == ErrorKind::Malformed;
  return error.kind == ErrorKind::Invalid ||
         (error.kind == ErrorKind::Malformed && error.message == "data count section required");
}

TEST(SpecTestsuite, IsPresent) {
  ASSERT_FALSE(kTestsuite.empty()) << "configure with -DTANDEM_SPEC_TESTSUITE=<dir of .wast files>";
  ASSERT_TRUE(fs::is_directory(kTestsuite)) << kTestsuite << " is not a directory";
  EXPECT_GT(wast_files().size(), 100u) << "expected the core testsuite's .wast files in " << kTestsuite;
}

class SpecFile : public ::testing::TestWithParam<std::string> {};

TEST_P(SpecFile, ModulesAreJudgedAsTheTestsuiteSays) {
  const std::string& name = GetParam();
  TempDir dir;
  ASSERT_FALSE(dir.path().empty()) << "cannot create a temporary directory";

  fs::path json_path = dir.path() / "out.json";
  std::string command = std::string(TANDEM_WAST2JSON) + " --enable-all '" + (kTestsuite / name).string() + "' -o '" +
                        json_path.string() + "' > '" + (dir.path() / "log").string() + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << "wast2json failed: " << command;

  std::ifstream json_in(json_path);
  nlohmann::json script = nlohmann::json::parse(json_in, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(script.is_discarded()) << "unreadable wast2json output";

  Counts counts;
  int modules = 0;
  for (const auto& command : script["commands"]) {
    if (!command.contains("filename")) continue;
    std::string type = command["type"];
    bool expect_reject = type == "assert_malformed" || type == "assert_invalid";
    if (expect_reject && command.value("module_type", "binary") != "binary") continue;  // text format tests

    std::string file = command["filename"];
    int line = command.value("line", 0);
    std::vector<uint8_t> bytes = read_file(dir.path() / file);
    ++modules;
    Result<Module> result = decode_and_validate(bytes);

    if (expect_reject) {
      if (result.ok()) {
        ++counts.wrong;
        ADD_FAILURE() << name << ":" << line << ": " << type << " module accepted (expected \""
                      << command.value("text", "") << "\")";
      } else if (!kind_as_expected(type, result.error())) {
        ++counts.wrong;
        ADD_FAILURE() << name << ":" << line << ": " << type << " module rejected as " << result.error().to_string()
                      << " (expected \"" << command.value("text", "") << "\")";
      } else {
        ++counts.rejected_as_expected;
      }
    } else if (result.ok()) {
      ++counts.accepted_as_expected;
    } else {
      ++counts.wrong;
      ADD_FAILURE() << name << ":" << line << ": " << type << " module rejected: " << result.error().to_string();
    }
  }
  g_totals += counts;
  std::printf("%s: %d modules, rejected-as-expected %d, accepted-as-expected %d, wrong %d\n", name.c_str(), modules,
              counts.rejected_as_expected, counts.accepted_as_expected, counts.wrong);
  EXPECT_FALSE(script["commands"].empty()) << name << " yielded no commands";
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s = info.param.substr(0, info.param.size() - 5);  // without ".wast"
  for (char& c : s)
    if (!isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
}

INSTANTIATE_TEST_SUITE_P(Spec, SpecFile, ::testing::ValuesIn(wast_files()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SpecFile);

}  // namespace
}  // namespace tandem::wasm
