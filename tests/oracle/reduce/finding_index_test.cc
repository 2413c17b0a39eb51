// The findings index: every finding of the store, most seen first, linked
// to its report page when it has one and to its smallest input until then.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_index.h"
#include "tests/oracle/reduce/temp_folder_test.h"

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

class FindingIndexTest : public testing::TempFolderTest {
 protected:
  FindingIndexTest() : TempFolderTest("tandem-index") {}
};

TEST_F(FindingIndexTest, LinksTheReportWhenThereIsOneElseTheSmallestInput) {
  FindingStore store(dir_.string());
  bool is_new = false;
  std::vector<uint8_t> input(12, 7);
  ASSERT_TRUE(store.add("trap/optimizing/i32.div_s", input, "2026-12-03T10:00:00Z", &is_new).ok());
  ASSERT_TRUE(store.add("trap/optimizing/i32.div_s", input, "2026-12-03T11:00:00Z", &is_new).ok());
  ASSERT_TRUE(store.add("result/baseline+optimizing/-", input, "2026-12-03T12:00:00Z", &is_new).ok());
  std::string page = "<html></html>";
  ASSERT_TRUE(write_file((dir_ / "trap__optimizing__i32.div_s" / "report.html").string(),
                         std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(page.data()), page.size()))
                  .ok());

  Result<std::vector<IndexEntry>> entries = index_entries(dir_.string());
  ASSERT_TRUE(entries.ok()) << entries.error().to_string();
  ASSERT_EQ(entries->size(), 2u);
  EXPECT_EQ((*entries)[0].finding.signature, "trap/optimizing/i32.div_s");  // seen twice: first
  EXPECT_TRUE((*entries)[0].has_report);
  EXPECT_FALSE((*entries)[1].has_report);

  std::string html = render_findings_index(*entries, "findings");
  EXPECT_NE(html.find("<a href=\"findings/trap__optimizing__i32.div_s/report.html\">trap/optimizing/i32.div_s</a>"),
            std::string::npos)
      << html;
  // '+' is percent-encoded in the link, kept in the text.
  EXPECT_NE(html.find("<a href=\"findings/result__baseline%2Boptimizing__-/smallest.input\">"
                      "result/baseline+optimizing/-</a>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("not reduced yet"), std::string::npos);
  EXPECT_LT(html.find("trap/optimizing/i32.div_s"), html.find("result/baseline+optimizing/-"));
  EXPECT_NE(html.find("<td class=\"count\">2</td>"), std::string::npos);
  EXPECT_NE(html.find("2026-12-03T10:00:00Z"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"size\">12 B</td>"), std::string::npos);
}

TEST_F(FindingIndexTest, SignaturesAreEscaped) {
  std::vector<IndexEntry> entries = {{{"crash/<b>&/-", 1, "t0", "t1", 3}, "crash__<b>&__-", false}};
  std::string html = render_findings_index(entries, "");
  EXPECT_EQ(html.find("<b>"), std::string::npos) << html;
  EXPECT_NE(html.find("crash/&lt;b&gt;&amp;/-"), std::string::npos) << html;
  EXPECT_NE(html.find("href=\"crash__%3Cb%3E%26__-/smallest.input\""), std::string::npos) << html;
}

TEST_F(FindingIndexTest, AnEmptyOrMissingStoreIsAnEmptyPage) {
  Result<std::vector<IndexEntry>> entries = index_entries((dir_ / "none").string());
  ASSERT_TRUE(entries.ok());
  EXPECT_TRUE(entries->empty());
  EXPECT_NE(render_findings_index(*entries, "findings").find("No findings yet"), std::string::npos);
}

}  // namespace
}  // namespace tandem::oracle
