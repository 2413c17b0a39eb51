// reports/<campaign>/index.html: what one `scripts/fuzz` campaign did, on
// one self-contained page. Per target, exec/s, coverage and corpus size
// over time as plots (the campaign's <target>.timeline.tsv), the share of
// generated modules per operator class and the verdicts (summary.json's
// statistics), and the findings it filed, new and known, each linked to
// its entry in the findings store; then the settings the campaign ran
// with. Derived from the campaign's folder: rewritten at will.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wasm/result.h"

namespace tandem::oracle {

// One status line of libFuzzer, at `seconds` since the target started.
struct CampaignSample {
  uint64_t seconds = 0, executions = 0, coverage = 0, features = 0, corpus = 0, exec_per_s = 0;
};

// One line of `tandem findings add` (findings-<target>.filed).
struct FiledFinding {
  bool is_new = false;
  std::string signature;
  std::string folder;       // FindingStore::folder_name(signature)
  bool has_report = false;  // the store's <folder>/report.html exists
};

struct CampaignTarget {
  std::string name;
  uint64_t executions = 0, exec_per_s = 0, coverage = 0, features = 0, corpus = 0, resumed_from = 0, findings = 0;
  uint64_t jobs = 1;                                    // timelines found: one per fuzzing job
  std::vector<std::pair<std::string, uint64_t>> stats;  // summary.json's "stats", in its order
  std::vector<CampaignSample> timeline;
  std::vector<FiledFinding> filed;
};

struct Campaign {
  std::string name;
  std::vector<std::pair<std::string, std::string>> settings;  // summary.json's scalars, as text
  std::vector<CampaignTarget> targets;
};

// Reads `dir` (summary.json, <target>.timeline.tsv or one
// <target>.job-K.timeline.tsv per job, added up; findings-<target>.filed)
// and looks up report pages in `store_dir`. Errors: no readable summary.json,
// a timeline row that is not six numbers.
Result<Campaign> read_campaign(const std::string& dir, const std::string& store_dir);

// The page. `store_href` is the findings store's folder as seen from the
// page ("../findings" for reports/<campaign>/index.html).
std::string render_campaign_page(const Campaign& c, std::string_view store_href);

// An inline SVG line plot of `ys` over `xs` (seconds), with the extremes
// of both axes labelled; an empty series is a plot saying so.
std::string svg_line_plot(std::string_view title, const std::vector<uint64_t>& xs, const std::vector<uint64_t>& ys);

}  // namespace tandem::oracle
