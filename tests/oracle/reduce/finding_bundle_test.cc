// Finding bundles: every file is written, a bundle is never overwritten,
// a bundle folder and its finding.wat read alike, and a replay tells the
// recorded verdict from another one and from a case this machine cannot run.
#include "oracle/reduce/finding_bundle.h"
#include "tests/oracle/reduce/temp_folder_test.h"

#include <gtest/gtest.h>

#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <thread>
#include <vector>

#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

// Under the exact NaN policy, 0/0 is x86's default NaN (sign set) on the
// backends and the canonical NaN in the interpreter: a reproducible finding.
Regression nan_finding() {
  Regression r;
  r.diff_case.wasm = *wat_to_wasm(R"((module (func (export "f") (param f32) (result f32)
      local.get 0 local.get 0 f32.div)))");
  r.diff_case.calls = {DiffCall{"f", {Value::f32_bits(0)}}};
  r.settings = {"opt_level=speed"};
  r.signature = "result/baseline+optimizing/f32.div";
  r.expected = {"returned (f32:nan:0x400000)"};
  return r;
}

class FindingBundle : public testing::TempFolderTest {
 protected:
  FindingBundle() : TempFolderTest("tandem-bundle-test") {}
};

TEST_F(FindingBundle, HoldsEverythingAndIsNeverOverwritten) {
  const Regression r = nan_finding();
  Status st = write_bundle(dir_.string(), r, "0123abc");
  ASSERT_TRUE(st.ok()) << st.error().to_string();
  for (const char* f : {"finding.wat", "reduced.wasm", "reduced.wat", "bundle.json", "report.md", "report.html"})
    EXPECT_GT(fs::file_size(dir_ / f), 0u) << f;
  Result<std::vector<uint8_t>> json = read_file((dir_ / "bundle.json").string());
  std::string text(json->begin(), json->end());
  EXPECT_NE(text.find("\"tandem_commit\": \"0123abc\""), std::string::npos);
  EXPECT_NE(text.find("\"verdict_when_written\": \"mismatch result/baseline+optimizing/f32.div\""), std::string::npos)
      << text;
  Result<std::vector<uint8_t>> page = read_file((dir_ / "report.html").string());
  const std::string html(page->begin(), page->end());
  EXPECT_NE(html.find("f32.div"), std::string::npos) << "the module's text and the differing operator";
  EXPECT_NE(html.find("(module"), std::string::npos) << "the module's text";
  EXPECT_NE(html.find("asm-baseline"), std::string::npos);
  Status again = write_bundle(dir_.string(), r, "0123abc");
  ASSERT_FALSE(again.ok());
  EXPECT_NE(again.error().message.find("never overwritten"), std::string::npos);
}

TEST_F(FindingBundle, ReplaysTheRecordedVerdict) {
  ASSERT_TRUE(write_bundle(dir_.string(), nan_finding(), "x").ok());
  for (const std::string& path : {dir_.string(), (dir_ / "finding.wat").string()}) {
    Result<Regression> r = read_bundle(path);
    ASSERT_TRUE(r.ok()) << r.error().to_string();
    BundleReplay replay = replay_bundle(*r);
    EXPECT_EQ(replay.status, BundleReplay::Status::Same) << replay.now;
    EXPECT_EQ(replay.now, "result/baseline+optimizing/f32.div");
  }
}

TEST_F(FindingBundle, AnotherVerdictIsDifferentAndAnUnrunnableOneSaysWhy) {
  Regression fixed = nan_finding();
  fixed.signature = "result/optimizing/i32.add";
  EXPECT_EQ(replay_bundle(fixed).status, BundleReplay::Status::Different);

  Regression unrunnable = nan_finding();
  unrunnable.settings = {"opt_levle=speed"};
  BundleReplay replay = replay_bundle(unrunnable);
  EXPECT_EQ(replay.status, BundleReplay::Status::CannotRun);
  EXPECT_NE(replay.why.find("opt_levle"), std::string::npos) << replay.why;
}

TEST(FindingBundleSignature, AnUnplacedRecordHoldsForAnyOperatorOfItsKindAndBackend) {
  EXPECT_TRUE(same_signature("result/optimizing/i32.add", "result/optimizing/i32.add"));
  EXPECT_FALSE(same_signature("result/optimizing/i32.add", "result/optimizing/i32.sub"));
  EXPECT_TRUE(same_signature("result/optimizing/-", "result/optimizing/i32.sub"));
  EXPECT_FALSE(same_signature("result/optimizing/-", "result/baseline/i32.sub"));
  EXPECT_FALSE(same_signature("result/optimizing/-", "agree"));
}

TEST_F(FindingBundle, ASecondBundleOfASignatureGoesBesideTheFirst) {
  const std::string home = (dir_ / "result__optimizing__i32.add").string();
  Result<std::string> first = claim_bundle_dir(home);
  ASSERT_TRUE(first.ok()) << first.error().to_string();
  EXPECT_EQ(*first, home);
  ASSERT_TRUE(write_bundle(*first, nan_finding(), "x").ok());
  Result<std::string> second = claim_bundle_dir(home);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*second, home + "/reduced-2");
  // A claimed folder is taken before its bundle is written.
  Result<std::string> third = claim_bundle_dir(home);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(*third, home + "/reduced-3");
}

TEST_F(FindingBundle, ReductionsEndingAtOnceClaimFoldersOfTheirOwn) {
  // Eight writers reach one signature's folder together, as parallel
  // reductions of one bug do: each gets a folder nobody else got.
  const std::string home = (dir_ / "result__optimizing__i32.add").string();
  std::vector<std::string> claimed(8);
  std::vector<std::thread> writers;
  for (std::string& out : claimed)
    writers.emplace_back([&home, &out] {
      Result<std::string> dir = claim_bundle_dir(home);
      out = dir.ok() ? *dir : "error: " + dir.error().to_string();
    });
  for (std::thread& t : writers) t.join();
  std::set<std::string> distinct(claimed.begin(), claimed.end());
  EXPECT_EQ(distinct.size(), claimed.size());
  for (const std::string& dir : claimed) EXPECT_TRUE(dir.starts_with(home)) << dir;
}

}  // namespace
}  // namespace tandem::oracle
