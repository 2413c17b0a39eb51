// tandem report FILE.wat [-o DIR | -o page.md | -o page.html]: a regression
// file (a reduced finding) as a page: outcomes per engine and call with
// the differences marked, the module, the function that differs from both
// backends side by side with their trap and relocation tables, and the
// commands that replay and reduce it. Without -o the Markdown goes to
// standard output; -o DIR writes DIR/report.md and DIR/report.html (a
// finding's folder in reports/findings/, which `tandem findings index`
// links to). Nothing is ever overwritten.
#include <filesystem>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_report.h"
#include "oracle/reduce/regression.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

namespace fs = std::filesystem;

struct ReportArgs {
  std::string input;
  std::string output;
};

struct PageFile {
  fs::path path;
  bool html = false;
};

// Where -o puts the pages: one file when it names one by its extension,
// else both in a folder.
std::vector<PageFile> page_files(const std::string& output) {
  fs::path out(output);
  if (out.extension() == ".md") return {{out, false}};
  if (out.extension() == ".html") return {{out, true}};
  return {{out / "report.md", false}, {out / "report.html", true}};
}

// Checked before any work: running the engines and compiling is the slow
// part, and a finding's page is never overwritten.
Status check_output(const std::string& output, const std::vector<PageFile>& files) {
  std::error_code ec;
  if (files.size() == 2 && fs::exists(output, ec) && !fs::is_directory(output, ec))
    return make_error(ErrorKind::Usage, fmt::format("{} exists and is not a folder", output));
  for (const PageFile& f : files)
    if (fs::exists(f.path, ec))
      return make_error(ErrorKind::Usage, fmt::format("{} exists; pages are never overwritten", f.path.string()));
  fs::path dir(output);
  if (!dir.has_filename()) dir = dir.parent_path();  // "new/" names the folder "new"
  fs::path folder = files.size() == 2 ? dir.parent_path() : files[0].path.parent_path();
  if (!folder.empty() && !fs::is_directory(folder, ec))
    return make_error(ErrorKind::Usage, fmt::format("no folder {}", folder.string()));
  return {};
}

Status write_text(const fs::path& path, const std::string& text) {
  return oracle::write_file(path.string(),
                            std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

Status run_report(const ReportArgs& a) {
  std::vector<PageFile> files;
  if (!a.output.empty()) {
    files = page_files(a.output);
    TANDEM_TRY_STATUS(check_output(a.output, files));
  }
  TANDEM_TRY(std::vector<uint8_t> data, oracle::read_file(a.input));
  TANDEM_TRY(
      oracle::Regression r,
      oracle::parse_regression(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()), a.input));
  TANDEM_TRY(oracle::ReportPage page, oracle::build_report_page(r, a.input));
  if (files.empty()) {
    fmt::print("{}", oracle::render_markdown(page));
    return {};
  }
  std::error_code ec;
  if (files.size() == 2 && !fs::create_directory(a.output, ec) && ec)
    return make_error(ErrorKind::Io, fmt::format("cannot make {}: {}", a.output, ec.message()));
  for (const PageFile& f : files) {
    TANDEM_TRY_STATUS(write_text(f.path, f.html ? oracle::render_html(page) : oracle::render_markdown(page)));
    fmt::print("wrote {}\n", f.path.string());
  }
  return {};
}

}  // namespace

void register_report_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<ReportArgs>();
  auto* cmd = app.add_subcommand("report", "A regression file (a reduced finding) as Markdown and HTML pages");
  cmd->add_option("input", args->input, "A regression .wat (what tandem reduce writes)")->required();
  cmd->add_option("-o,--output", args->output,
                  "A folder to write report.md and report.html in, or one page (*.md, *.html); "
                  "default: Markdown on standard output. Never overwrites");
  cmd->callback([args, &exit] {
    Status st = run_report(*args);
    if (!st) fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    exit.value = st ? 0 : 2;
  });
}

}  // namespace tandem::tools
