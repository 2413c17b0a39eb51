// Regression files are read strictly: a misspelt directive, a call without
// its expectation or a file without calls is an error, never a pass that
// checks nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "oracle/reduce/regression.h"
#include "shared_compile/settings.h"

namespace tandem::oracle {
namespace {

constexpr const char* kModule = "(module (func (export \"f\") (param i32) (result i32) local.get 0))\n";

Result<Regression> parse(const std::string& header) {
  return parse_regression(";; tandem regression\n" + header + kModule, "r.wat");
}

std::string error_of(const Result<Regression>& r) { return r.ok() ? "" : r.error().to_string(); }

TEST(Regression, AWellFormedFileParses) {
  Result<Regression> r = parse(
      ";; finding: mismatch result\n;; a note for the reader: kept\n;; signature: result/optimizing/i32.add\n"
      ";; settings: opt_level=none\n;; mixed-mask: 0x5\n;; call: f 7\n;; expect: returned (i32:7)\n");
  ASSERT_TRUE(r.ok()) << error_of(r);
  EXPECT_EQ(r->diff_case.calls.size(), 1u);
  EXPECT_EQ(r->expected, std::vector<std::string>{"returned (i32:7)"});
  EXPECT_EQ(r->mixed_mask, std::optional<uint64_t>(5));
  EXPECT_EQ(r->settings, std::vector<std::string>{"opt_level=none"});
}

TEST(Regression, TheNanPolicyRoundTrips) {
  Result<Regression> spec = parse(";; nan: spec\n;; call: f 7\n;; expect: returned (i32:7)\n");
  ASSERT_TRUE(spec.ok()) << error_of(spec);
  EXPECT_EQ(spec->nan_policy, NanPolicy::Spec);
  EXPECT_EQ(spec->diff_options().nan_policy, NanPolicy::Spec);
  Result<std::string> text = format_regression(*spec);
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find(";; nan: spec\n"), std::string::npos);
  Result<Regression> exact = parse(";; call: f 7\n;; expect: returned (i32:7)\n");
  EXPECT_EQ(exact->nan_policy, NanPolicy::Exact);
  EXPECT_NE(error_of(parse(";; nan: loose\n;; call: f 7\n;; expect: returned (i32:7)\n")).find("nan takes"),
            std::string::npos);
}

TEST(Regression, AMisspeltDirectiveIsAnError) {
  std::string e = error_of(parse(";; call: f 7\n;; expct: returned (i32:7)\n"));
  EXPECT_NE(e.find("r.wat:3: unknown directive 'expct'"), std::string::npos) << e;
}

TEST(Regression, AHeaderLineThatAlmostNamesADirectiveIsAnError) {
  // Each would pass as a comment and drop the settings or the call it meant.
  for (const char* slip : {";; Settings: opt_level=none\n", ";; settings opt_level=none\n", ";; SIGNATURE: x/y/z\n",
                           ";; mixed_mask: 0x1\n", ";; cal: f 7\n", ";; Expected: returned (i32:7)\n"}) {
    std::string e = error_of(parse(std::string(slip) + ";; call: f 7\n;; expect: returned (i32:7)\n"));
    EXPECT_NE(e.find("r.wat:2: unknown directive"), std::string::npos) << slip << ": " << e;
  }
  // A slip after the call: the expectation it meant is missing too, but the
  // slip is what is reported.
  std::string e = error_of(parse(";; call: f 7\n;; expcet returned (i32:7)\n"));
  EXPECT_NE(e.find("r.wat:3: unknown directive 'expcet'"), std::string::npos) << e;
  // Sentences are the reader's, even those that start with a capital and
  // a colon.
  Result<Regression> r = parse(
      ";; All calls return their argument.\n;; Found by the fuzzer: the wide_branch shape\n;; Fixed in 0123abc\n"
      ";; Calls f twice. Expected to agree, except with Exact NaNs.\n;; Settings of the finding below.\n"
      ";; Findings like it: none\n;; call: f 7\n;; expect: returned (i32:7)\n");
  EXPECT_TRUE(r.ok()) << error_of(r);
}

TEST(Regression, ACallWithoutItsExpectationIsAnError) {
  std::string e = error_of(parse(";; call: f 7\n"));
  EXPECT_NE(e.find("call 0 (f) has no expect line"), std::string::npos) << e;
}

TEST(Regression, AFileWithoutCallsMustSaySo) {
  std::string e = error_of(parse(";; finding: mismatch compile_blowup\n"));
  EXPECT_NE(e.find("no call"), std::string::npos) << e;
  Result<Regression> none = parse(";; calls: none\n");
  ASSERT_TRUE(none.ok()) << error_of(none);
  EXPECT_TRUE(none->diff_case.calls.empty());
  EXPECT_FALSE(parse(";; calls: none\n;; call: f 1\n;; expect: returned (i32:1)\n").ok());
  EXPECT_FALSE(parse(";; calls: some\n").ok());
}

TEST(Regression, AMaskThatIsNotANumberIsAnError) {
  std::string e = error_of(parse(";; mixed-mask: 0xzz\n;; calls: none\n"));
  EXPECT_NE(e.find("mixed-mask '0xzz' is not a number"), std::string::npos) << e;
}

TEST(Regression, WhatIsWrittenReadsBack) {
  Result<Regression> r = parse(";; mixed-mask: 0xaaaa\n;; call: f 3\n;; expect: returned (i32:3)\n");
  ASSERT_TRUE(r.ok()) << error_of(r);
  Result<std::string> text = format_regression(*r);
  ASSERT_TRUE(text.ok());
  EXPECT_NE(text->find(";; mixed-mask: 0xaaaa\n"), std::string::npos) << *text;
  Result<Regression> back = parse_regression(*text, "back.wat");
  ASSERT_TRUE(back.ok()) << error_of(back);
  EXPECT_EQ(back->mixed_mask, r->mixed_mask);
  EXPECT_EQ(back->expected, r->expected);
  EXPECT_EQ(back->diff_case.wasm, r->diff_case.wasm);

  r->diff_case.calls.clear();
  r->expected.clear();
  Result<std::string> none = format_regression(*r);
  ASSERT_TRUE(none.ok());
  EXPECT_NE(none->find(";; calls: none\n"), std::string::npos);
  EXPECT_TRUE(parse_regression(*none, "none.wat").ok());
}

TEST(Regression, SettingsAreWrittenOutWithTheIsaFlags) {
  Result<std::vector<std::string>> s = explicit_settings({"opt_level=none", "has_lzcnt=false"});
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  EXPECT_EQ(s->size(), compile::all_settings().size());
  auto has = [&](const std::string& a) { return std::find(s->begin(), s->end(), a) != s->end(); };
  EXPECT_TRUE(has("opt_level=none"));
  EXPECT_TRUE(has("has_lzcnt=false"));
  EXPECT_TRUE(has("bounds_checks=guard"));
  for (const std::string& a : *s) EXPECT_EQ(a.find("host"), std::string::npos) << a;
  EXPECT_FALSE(explicit_settings({"opt_levle=none"}).ok());
}

}  // namespace
}  // namespace tandem::oracle
