// The campaign page: read from a campaign's folder as scripts/fuzz leaves
// it (summary.json, the timeline, the filed findings), with a plot per
// series, the operator classes, the findings new and known linked into
// the store, and the settings.
#include "oracle/reduce/campaign_page.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "oracle/engines/text_format.h"
#include "tests/oracle/reduce/temp_folder_test.h"

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

class CampaignPage : public testing::TempFolderTest {
 protected:
  CampaignPage() : TempFolderTest("tandem-campaign-test") {}
  void put(const fs::path& file, std::string_view text) {
    fs::create_directories(file.parent_path());
    ASSERT_TRUE(
        write_file(file.string(), std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()))
            .ok());
  }
  // A campaign of the differential target with two findings, one of them
  // reduced (it has a report page in the store).
  void write_campaign() {
    put(dir_ / "c" / "summary.json", R"({"campaign":"20261204-120000","seconds":60,"jobs":2,"preset":"fuzz",
      "targets":[{"target":"differential","executions":6000,"exec_per_s":100,"coverage":9000,"features":30000,
      "resumed_from":40,"corpus":55,"findings":3,
      "stats":{"inputs":5000,"agree":4900,"mismatches":3,"class.int_arith":2500,"class.memory":1250}}]})");
    put(dir_ / "c" / "differential.timeline.tsv",
        "seconds\texecutions\tcoverage\tfeatures\tcorpus\texec_per_s\n"
        "0\t2\t8000\t20000\t40\t0\n30\t3000\t8800\t28000\t50\t100\n60\t6000\t9000\t30000\t55\t100\n");
    put(dir_ / "c" / "findings-differential.filed",
        "new   trap/optimizing/i32.div_s (1 seen, smallest input 12 B): crash-1\n"
        "known memory/baseline/i64.store (4 seen, smallest input 30 B): crash-2\n"
        "known memory/baseline/i64.store (5 seen, smallest input 30 B): crash-3\n"
        "findings: 3 filed, 1 under new signatures, in reports/findings\n");
    put(dir_ / "store" / "trap__optimizing__i32.div_s" / "report.html", "<html></html>");
  }
};

TEST_F(CampaignPage, ReadsTheCampaignsFolder) {
  write_campaign();
  Result<Campaign> c = read_campaign((dir_ / "c").string(), (dir_ / "store").string());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  EXPECT_EQ(c->name, "20261204-120000");
  ASSERT_EQ(c->targets.size(), 1u);
  const CampaignTarget& t = c->targets[0];
  EXPECT_EQ(t.resumed_from, 40u);
  EXPECT_EQ(t.corpus, 55u);
  ASSERT_EQ(t.timeline.size(), 3u);
  EXPECT_EQ(t.timeline[1].seconds, 30u);
  EXPECT_EQ(t.timeline[1].coverage, 8800u);
  ASSERT_EQ(t.filed.size(), 2u) << "one row per signature";
  EXPECT_TRUE(t.filed[0].is_new);
  EXPECT_TRUE(t.filed[0].has_report);
  EXPECT_FALSE(t.filed[1].is_new);
  EXPECT_FALSE(t.filed[1].has_report);
}

TEST_F(CampaignPage, PlotsListsAndLinks) {
  write_campaign();
  Result<Campaign> c = read_campaign((dir_ / "c").string(), (dir_ / "store").string());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  const std::string page = render_campaign_page(*c, "../findings");
  for (const char* plot :
       {"aria-label=\"exec/s\"", "aria-label=\"coverage (edges)\"", "aria-label=\"corpus (inputs)\""})
    EXPECT_NE(page.find(plot), std::string::npos) << plot;
  EXPECT_NE(page.find("1 new and 1 known signatures"), std::string::npos);
  EXPECT_NE(page.find("href=\"../findings/trap__optimizing__i32.div_s/report.html\""), std::string::npos);
  EXPECT_NE(page.find("href=\"../findings/memory__baseline__i64.store/smallest.input\""), std::string::npos);
  EXPECT_NE(page.find("<td>int_arith</td><td class=\"num\">50.0%</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>jobs</td><td>2</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>preset</td><td>fuzz</td>"), std::string::npos);
}

TEST_F(CampaignPage, AddsUpTheTimelinesOfEveryJob) {
  write_campaign();
  fs::remove(dir_ / "c" / "differential.timeline.tsv");
  const std::string header = "seconds\texecutions\tcoverage\tfeatures\tcorpus\texec_per_s\n";
  put(dir_ / "c" / "differential.job-1.timeline.tsv",
      header + "10\t1000\t8000\t20000\t40\t100\n30\t3000\t8800\t28000\t50\t100\n");
  // Job 2 restarts after a finding at 25 s: its count starts from 0 again.
  put(dir_ / "c" / "differential.job-2.timeline.tsv",
      header + "20\t1800\t8500\t21000\t45\t90\n25\t100\t8600\t22000\t46\t50\n30\t900\t9100\t29000\t52\t80\n");
  Result<Campaign> c = read_campaign((dir_ / "c").string(), (dir_ / "store").string());
  ASSERT_TRUE(c.ok()) << c.error().to_string();
  const CampaignTarget& t = c->targets[0];
  EXPECT_EQ(t.jobs, 2u);
  ASSERT_EQ(t.timeline.size(), 4u);  // 10, 20, 25 and 30 s
  EXPECT_EQ(t.timeline[0].executions, 1000u) << "job 2 had no sample yet";
  EXPECT_EQ(t.timeline[1].executions, 2800u);
  EXPECT_EQ(t.timeline[1].exec_per_s, 190u);
  EXPECT_EQ(t.timeline[2].executions, 2900u) << "1,000 + 1,800 before the restart + 100";
  const CampaignSample& last = t.timeline[3];
  EXPECT_EQ(last.seconds, 30u);
  EXPECT_EQ(last.executions, 3000u + 1800u + 900u);
  EXPECT_EQ(last.exec_per_s, 180u);
  EXPECT_EQ(last.coverage, 9100u) << "the larger of the two";
  EXPECT_EQ(last.corpus, 52u);
  EXPECT_NE(render_campaign_page(*c, "../findings").find("2 jobs over one corpus"), std::string::npos);
}

TEST_F(CampaignPage, APlotSpansItsSeries) {
  const std::string svg = svg_line_plot("coverage", {0, 50, 100}, {0, 10, 20});
  // The last point at the right end and the top of the plot area; the
  // first at the origin.
  EXPECT_NE(svg.find("points=\"56.0,172.0 "), std::string::npos) << svg;
  EXPECT_NE(svg.find(" 348.0,24.0\""), std::string::npos) << svg;
  EXPECT_NE(svg_line_plot("empty", {}, {}).find("no samples"), std::string::npos);
}

TEST_F(CampaignPage, ABrokenFolderIsAnError) {
  EXPECT_FALSE(read_campaign((dir_ / "none").string(), (dir_ / "store").string()).ok());
  put(dir_ / "c" / "summary.json", R"({"targets":[{"target":"differential"}]})");
  put(dir_ / "c" / "differential.timeline.tsv", "seconds\texecutions\tcoverage\tfeatures\tcorpus\texec_per_s\n1\t2\n");
  Result<Campaign> c = read_campaign((dir_ / "c").string(), (dir_ / "store").string());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().to_string().find("expected six numbers"), std::string::npos) << c.error().to_string();
  put(dir_ / "c" / "summary.json", "not json");
  EXPECT_FALSE(read_campaign((dir_ / "c").string(), (dir_ / "store").string()).ok());
}

}  // namespace
}  // namespace tandem::oracle
