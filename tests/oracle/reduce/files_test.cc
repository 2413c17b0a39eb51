// Files the harness writes and reads: a file is replaced whole or not at
// all (written under a temporary name, renamed into place), special files
// are written in place, and only a binary module or text that starts like
// one reaches the parsers.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

std::span<const uint8_t> bytes_of(const std::string& s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

TEST(Files, WriteReplacesTheFileWholeAndLeavesNoTemporary) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("tandem-files-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "finding.wat").string();
  ASSERT_TRUE(write_file(path, bytes_of(std::string(10000, 'a'))).ok());
  ASSERT_TRUE(write_file(path, bytes_of("short")).ok());
  Result<std::vector<uint8_t>> back = read_file(path);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(std::string(back->begin(), back->end()), "short");
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u);  // no "finding.wat.tmp-PID" left behind
  std::filesystem::remove_all(dir);
}

TEST(Files, ASpecialFileIsWrittenInPlace) { EXPECT_TRUE(write_file("/dev/null", bytes_of("x")).ok()); }

TEST(Files, AWriteThatCannotHappenSaysWhere) {
  Status st = write_file("/nonexistent-dir/x.wat", bytes_of("x"));
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.error().message.find("/nonexistent-dir/x.wat"), std::string::npos);
}

TEST(Files, OnlyTextThatStartsLikeAModuleIsText) {
  EXPECT_TRUE(looks_like_text_module("(module)"));
  EXPECT_TRUE(looks_like_text_module(";; a comment\n  (; block ;) (module (func))"));
  EXPECT_FALSE(looks_like_text_module("module"));
  EXPECT_FALSE(looks_like_text_module(""));
  EXPECT_FALSE(looks_like_text_module(";; only a comment"));
  EXPECT_FALSE(looks_like_text_module(std::string("(module\x01\x02)") + '\0'));
}

}  // namespace
}  // namespace tandem::oracle

#include "oracle/reduce/regression.h"

namespace tandem::oracle {
namespace {

TEST(Files, RegressionTextCapsItsIndentationAndKeepsTheModule) {
  // A block nested sixty deep: the text format indents each level.
  std::string text = "(module (func (export \"f\") (result i32)";
  for (int i = 0; i < 60; ++i) text += " (block (result i32)";
  text += " (i32.const 7)";
  for (int i = 0; i < 60; ++i) text += ")";
  text += "))";
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(text);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  Regression r;
  r.diff_case.wasm = *wasm;
  r.diff_case.calls = {DiffCall{"f", {}}};
  r.expected = {"returned (i32:7)"};
  Result<std::string> file = format_regression(r);
  ASSERT_TRUE(file.ok());
  size_t widest = 0;
  for (size_t i = 0; i < file->size();) {
    size_t end = file->find('\n', i);
    if (end == std::string::npos) end = file->size();
    size_t indent = file->find_first_not_of(' ', i) - i;
    widest = std::max(widest, std::min(indent, end - i));
    i = end + 1;
  }
  EXPECT_LE(widest, kMaxIndent);
  Result<Regression> back = parse_regression(*file, "nested.wat");
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back->diff_case.wasm, *wasm);
  EXPECT_EQ(cap_indentation("      a\n  b\nc", 4), "    a\n  b\nc");
}

}  // namespace
}  // namespace tandem::oracle
