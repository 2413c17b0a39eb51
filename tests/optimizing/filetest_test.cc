// IR file tests, in the manner of Cranelift's filetests: each file under
// tests/optimizing/filetests/ names what to run in its header and holds
// cases, a function followed by the expected result in comments.
//
//   ; passes: const_fold dce        run these passes, in order, on each case
//   ; test: verify                  expect the verifier to reject each case
//
//   function fn0(i32) -> i32 {
//   ...
//   }
//   ; expected:                     (passes) the printed result
//   ; function fn0(i32) -> i32 {
//   ; ...
//   ; error: does not dominate      (verify) a substring of the error
//
// Every case is verified before the passes run (verify files excepted),
// and after each pass. With TANDEM_BLESS=1 in the environment, the test
// rewrites each file's expectations with what the compiler produced
// instead of comparing: review the diff, then commit it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "backends/optimizing/ir/parser.h"
#include "backends/optimizing/ir/printer.h"
#include "backends/optimizing/ir/verifier.h"
#include "backends/optimizing/passes/passes.h"
#include "tests/optimizing/test_util.h"

namespace tandem::optimizing::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct Case {
  size_t first_line = 0;  // of `function`
  size_t end_line = 0;    // of the closing `}`
  std::string text;
  // The comment block after the function: [expect_begin, expect_end) lines.
  size_t expect_begin = 0, expect_end = 0;
  std::string expected;  // without the "; " prefixes and the "expected:" line
  std::string error;     // verify files: the "; error: " text
};

struct FileTest {
  std::vector<std::string> lines;
  std::vector<std::string> passes;
  bool verify = false;
  std::vector<Case> cases;
};

std::string strip_comment(const std::string& line) {
  if (line.rfind("; ", 0) == 0) return line.substr(2);
  if (line == ";") return "";
  return line.substr(1);
}

FileTest load(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  FileTest t;
  t.lines = split_lines(ss.str());
  for (size_t i = 0; i < t.lines.size(); ++i) {
    const std::string& line = t.lines[i];
    if (line.rfind("; passes:", 0) == 0) {
      std::istringstream names(line.substr(9));
      for (std::string n; names >> n;) t.passes.push_back(n);
    } else if (line.rfind("; test: verify", 0) == 0) {
      t.verify = true;
    } else if (line.rfind("function", 0) == 0) {
      Case c;
      c.first_line = i;
      while (i < t.lines.size() && t.lines[i] != "}") c.text += t.lines[i++] + "\n";
      c.text += "}\n";
      c.end_line = i;
      size_t j = i + 1;
      c.expect_begin = c.expect_end = j;
      if (j < t.lines.size() && t.lines[j] == "; expected:") {
        ++j;
        while (j < t.lines.size() && !t.lines[j].empty() && t.lines[j][0] == ';') {
          c.expected += strip_comment(t.lines[j]) + "\n";
          ++j;
        }
        c.expect_end = j;
      } else if (j < t.lines.size() && t.lines[j].rfind("; error: ", 0) == 0) {
        c.error = t.lines[j].substr(9);
        c.expect_end = j + 1;
      }
      t.cases.push_back(std::move(c));
    }
  }
  return t;
}

// What the case produces: the printed function after the passes, or the
// first error.
std::string run_case(const FileTest& t, const Case& c, std::string* failure) {
  ir::Function f;
  Status parsed = ir::parse_function(c.text, f);
  if (!parsed.ok()) {
    *failure = parsed.error().to_string();
    return "";
  }
  Status verified = ir::verify_function(f);
  if (t.verify) return verified.ok() ? "(accepted)" : verified.error().message;
  if (!verified.ok()) {
    *failure = "input does not verify: " + verified.error().message;
    return "";
  }
  passes::PassContext ctx;
  ctx.min_memory_bytes = 65536;  // file tests assume a one-page memory
  for (const std::string& name : t.passes) {
    const passes::PassInfo* pass = passes::find_pass(name);
    if (!pass) {
      *failure = "unknown pass " + name;
      return "";
    }
    Status st = passes::run_pass(*pass, f, ctx, /*verify=*/true);
    if (!st.ok()) {
      *failure = st.error().message;
      return "";
    }
  }
  return ir::print_function(f);
}

std::vector<std::string> filetest_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(source_path("tests/optimizing/filetests"))) {
    if (e.path().extension() == ".ir") names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class FileTestRun : public ::testing::TestWithParam<std::string> {};

TEST_P(FileTestRun, Matches) {
  fs::path path = source_path("tests/optimizing/filetests") + "/" + GetParam();
  FileTest t = load(path);
  ASSERT_FALSE(t.cases.empty()) << "no cases in " << path;
  ASSERT_TRUE(t.verify || !t.passes.empty()) << path << ": no '; passes:' or '; test: verify' header";
  const char* bless_env = std::getenv("TANDEM_BLESS");
  bool bless = bless_env && std::string(bless_env) == "1";

  std::vector<std::string> out_lines;
  size_t copied = 0;
  for (const Case& c : t.cases) {
    std::string failure;
    std::string actual = run_case(t, c, &failure);
    ASSERT_TRUE(failure.empty()) << path << ":" << c.first_line + 1 << ": " << failure;
    if (t.verify) {
      ASSERT_FALSE(c.error.empty()) << path << ":" << c.first_line + 1 << ": a verify case needs '; error: '";
      EXPECT_NE(actual.find(c.error), std::string::npos)
          << path << ":" << c.first_line + 1 << ": expected an error containing '" << c.error << "', got: " << actual;
      continue;
    }
    if (!bless) {
      EXPECT_EQ(actual, c.expected) << path << ":" << c.first_line + 1 << " (TANDEM_BLESS=1 to update)";
      continue;
    }
    for (; copied <= c.end_line; ++copied) out_lines.push_back(t.lines[copied]);
    out_lines.push_back("; expected:");
    for (const std::string& line : split_lines(actual)) out_lines.push_back(line.empty() ? ";" : "; " + line);
    copied = c.expect_end;
  }
  if (bless && !t.verify) {
    for (; copied < t.lines.size(); ++copied) out_lines.push_back(t.lines[copied]);
    std::ofstream out(path);
    for (const std::string& line : out_lines) out << line << "\n";
  }
}

INSTANTIATE_TEST_SUITE_P(Files, FileTestRun, ::testing::ValuesIn(filetest_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.find('.'));
                           for (char& ch : name) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace tandem::optimizing::test
