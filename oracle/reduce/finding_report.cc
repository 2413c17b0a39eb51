#include "oracle/reduce/finding_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "oracle/checks/stage_text.h"
#include "oracle/differential/differential.h"
#include "wasm/decoder.h"

namespace tandem::oracle {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    size_t j = std::min(text.find('\n', i), text.size());
    out.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// Markdown table cells: a '|' would end the cell.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

Status append_outcomes(const Regression& r, std::string& out) {
  DiffOptions o = r.diff_options();
  o.keep_transcript = true;
  TANDEM_TRY(std::unique_ptr<DifferentialOracle> oracle, DifferentialOracle::create(o));
  DiffVerdict v = oracle->run(r.diff_case);
  out += fmt::format(
      "## Outcomes\n\nVerdict now: **{}**{}\n\n",
      v.kind == DiffVerdict::Kind::Agree      ? "agree"
      : v.kind == DiffVerdict::Kind::Mismatch ? "mismatch"
                                              : "inconclusive",
      v.finding ? fmt::format(" ({}, signature `{}`)", cell(v.finding->to_string()), v.finding->signature()) : "");
  std::vector<std::string> engines = oracle->engine_names();
  out += "| call |";
  for (const std::string& e : engines) out += " " + e + " |";
  out += "\n|---|";
  for (size_t i = 0; i < engines.size(); ++i) out += "---|";
  out += "\n";
  // A cell that differs from the reference (the first engine) is bold.
  for (const TranscriptRow& row : v.transcript) {
    out += "| `" + cell(row.label) + "` |";
    for (size_t i = 0; i < row.outcomes.size(); ++i) {
      bool differs = i > 0 && row.outcomes[i] != row.outcomes[0];
      out += differs ? " **" + cell(row.outcomes[i]) + "** |" : " " + cell(row.outcomes[i]) + " |";
    }
    out += "\n";
  }
  out += "\n";
  return {};
}

// Both backends' code of each function, line by line in two columns.
Status append_code(const Regression& r, std::string& out) {
  TANDEM_TRY(wasm::Module module, wasm::decode(r.diff_case.wasm));
  out +=
      "## Machine code\n\nTrap sites, relocations and the wasm offset where each operator's code starts are "
      "marked.\n\n";
  for (uint32_t f = module.num_imported_funcs; f < module.num_funcs(); ++f) {
    std::vector<std::string> columns[2];
    for (compile::Backend b : {compile::Backend::Baseline, compile::Backend::Optimizing}) {
      StageTextOptions so{b, compile::settings_for_backend(b, r.settings), Stage::Asm, f, /*wasm_offsets=*/true};
      TANDEM_TRY(StageText text, stage_text(module, so));
      columns[static_cast<int>(b)] = lines_of(text.text);
    }
    out += fmt::format("### function {}\n\n| baseline | optimizing |\n|---|---|\n", f);
    size_t n = std::max(columns[0].size(), columns[1].size());
    for (size_t i = 1; i < n; ++i) {  // line 0 is "function N"
      auto at = [&](int c) { return i < columns[c].size() ? "`" + cell(columns[c][i]) + "`" : std::string(); };
      out += "| " + at(0) + " | " + at(1) + " |\n";
    }
    out += "\n";
  }
  return {};
}

}  // namespace

Result<std::string> markdown_report(const Regression& r, const std::string& path) {
  std::string out = fmt::format("# {}\n\n", r.signature.empty() ? "module " + path : "`" + r.signature + "`");
  if (!r.finding.empty()) out += r.finding + "\n\n";
  out += fmt::format(
      "Replay: `tandem regress {}`  \nReduce: `tandem reduce {} -o reduced.wat`  \nRun alone: "
      "`tandem diff {}`\n\n",
      path, path, path);
  out += "Settings: ";
  for (const std::string& s : r.settings) out += "`" + s + "` ";
  if (r.settings.empty()) out += "the defaults, ISA flags as the replaying CPU has them";
  if (r.mixed_mask) out += fmt::format("\nMixed mask: `{:#x}`", *r.mixed_mask);
  out += "\n\n";
  TANDEM_TRY_STATUS(append_outcomes(r, out));
  out += "## Module\n\n```wat\n" + r.module_text;
  if (!r.module_text.ends_with('\n')) out += '\n';
  out += "```\n\n";
  TANDEM_TRY_STATUS(append_code(r, out));
  return out;
}

}  // namespace tandem::oracle
