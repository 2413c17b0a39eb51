// tandem report FILE.wat [-o report.md]: a regression file (a reduced
// finding) as a Markdown page: outcomes per engine and call with the
// differences in bold, the module, both backends' code side by side, and
// the commands that replay and reduce it.
#include <filesystem>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_report.h"
#include "oracle/reduce/regression.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct ReportArgs {
  std::string input;
  std::string output;
};

int run_report(const ReportArgs& a) {
  if (!a.output.empty() && std::filesystem::exists(a.output)) {
    fmt::print(stderr, "tandem: {} exists; choose another name\n", a.output);
    return 2;
  }
  Result<std::vector<uint8_t>> data = oracle::read_file(a.input);
  if (!data) {
    fmt::print(stderr, "tandem: {}\n", data.error().to_string());
    return 2;
  }
  Result<oracle::Regression> r =
      oracle::parse_regression(std::string_view(reinterpret_cast<const char*>(data->data()), data->size()), a.input);
  if (!r) {
    fmt::print(stderr, "tandem: {}\n", r.error().to_string());
    return 2;
  }
  Result<std::string> page = oracle::markdown_report(*r, a.input);
  if (!page) {
    fmt::print(stderr, "tandem: {}\n", page.error().to_string());
    return 2;
  }
  if (a.output.empty()) {
    fmt::print("{}", *page);
    return 0;
  }
  Status st = oracle::write_file(
      a.output, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(page->data()), page->size()));
  if (!st) {
    fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    return 2;
  }
  fmt::print("wrote {}\n", a.output);
  return 0;
}

}  // namespace

void register_report_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<ReportArgs>();
  auto* cmd = app.add_subcommand("report", "A regression file (a reduced finding) as a Markdown page");
  cmd->add_option("input", args->input, "A regression .wat (what tandem reduce writes)")->required();
  cmd->add_option("-o,--output", args->output, "The page to write (default: standard output); must not exist");
  cmd->callback([args, &exit] { exit.value = run_report(*args); });
}

}  // namespace tandem::tools
