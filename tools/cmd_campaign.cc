// tandem campaign page DIR [-o FILE] [--store DIR]: the page of one
// scripts/fuzz campaign (oracle/reduce/campaign_page.h), written to
// DIR/index.html unless -o says where. scripts/fuzz writes it at the end of
// every campaign; run it again on an older campaign folder at will.
#include <filesystem>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/campaign_page.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

namespace fs = std::filesystem;

struct CampaignArgs {
  std::string dir;
  std::string output;
  std::string store = "reports/findings";
};

int run_page(const CampaignArgs& a) {
  std::error_code ec;
  if (!fs::is_directory(a.dir, ec)) {
    fmt::print(stderr, "tandem: no campaign folder {}\n", a.dir);
    return 2;
  }
  const fs::path page = a.output.empty() ? fs::path(a.dir) / "index.html" : fs::path(a.output);
  const fs::path page_dir = page.parent_path().empty() ? fs::path(".") : page.parent_path();
  if (!fs::is_directory(page_dir, ec)) {
    fmt::print(stderr, "tandem: no folder {}\n", page_dir.string());
    return 2;
  }
  Result<oracle::Campaign> c = oracle::read_campaign(a.dir, a.store);
  if (!c) {
    fmt::print(stderr, "tandem: {}\n", c.error().to_string());
    return 2;
  }
  // The store's folder as a link from where the page is.
  std::string href = fs::weakly_canonical(a.store, ec).lexically_relative(fs::weakly_canonical(page_dir, ec)).string();
  std::string html = oracle::render_campaign_page(*c, href == "." ? "" : href);
  Status st = oracle::write_file(page.string(),
                                 std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(html.data()), html.size()));
  if (!st) {
    fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    return 2;
  }
  size_t samples = 0;
  for (const oracle::CampaignTarget& t : c->targets) samples += t.timeline.size();
  fmt::print("wrote {}: {} targets, {} samples\n", page.string(), c->targets.size(), samples);
  return 0;
}

}  // namespace

void register_campaign_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<CampaignArgs>();
  auto* cmd = app.add_subcommand("campaign", "What a scripts/fuzz campaign did");
  cmd->require_subcommand(1);
  auto* page = cmd->add_subcommand("page", "Write a campaign's page (exec/s, coverage, corpus, findings, settings)");
  page->add_option("dir", args->dir, "The campaign's folder (reports/CAMPAIGN)")->required();
  page->add_option("-o,--output", args->output, "The page (default: DIR/index.html)");
  page->add_option("--store", args->store, "The findings store the page links to (default: reports/findings)");
  page->callback([args, &exit] { exit.value = run_page(*args); });
}

}  // namespace tandem::tools
