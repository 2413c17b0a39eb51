// The page model as report.md: GitHub-flavoured Markdown, what the model
// marks in bold.
#include <algorithm>

#include <fmt/format.h>

#include "oracle/reduce/finding_report.h"

namespace tandem::oracle {
namespace {

// Markdown table cells: a '|' would end the cell.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string code(std::string_view s) { return "`" + cell(s) + "`"; }

std::string bold_if(bool b, const std::string& s) { return b ? "**" + s + "**" : s; }

void append_outcomes(const ReportPage& page, std::string& out) {
  out += fmt::format("## Outcomes\n\nVerdict now: **{}**{}\n\n", page.verdict,
                     page.verdict_note.empty() ? "" : " (" + cell(page.verdict_note) + ")");
  out += "| call |";
  for (const std::string& e : page.engines) out += " " + e + " |";
  out += "\n|---|";
  for (size_t i = 0; i < page.engines.size(); ++i) out += "---|";
  out += "\n";
  for (const OutcomeRow& row : page.outcomes) {
    out += "| " + code(row.call) + " |";
    for (const OutcomeCell& c : row.cells) out += " " + bold_if(c.differs, cell(c.text)) + " |";
    out += "\n";
  }
  out += "\n";
}

// One instruction as the stage text shows it, with its trap site or
// relocation, and the wasm offset and operator it is code of.
std::string asm_line(const AsmRow& row) {
  std::string line = fmt::format("{:4x}: {}", row.address, row.insn);
  for (const std::string& n : row.notes) line += "   ; " + n;
  if (row.wasm_offset) line += fmt::format("   ; @{:#x}{}", *row.wasm_offset, row.op.empty() ? "" : " " + row.op);
  return bold_if(row.differs, code(line));
}

void append_tables(const FunctionCode& f, std::string& out) {
  for (const BackendCode& b : f.backends) {
    if (b.traps.empty() && b.relocs.empty()) continue;
    out += fmt::format("{} tables (rows the other backend lacks in bold):\n\n", compile::backend_name(b.backend));
    out += "| kind | code offset | what | wasm |\n|---|---|---|---|\n";
    for (const TrapRow& t : b.traps)
      out += bold_if(t.one_sided,
                     fmt::format("| trap | {:#x} | {} | @{:#x} {} |", t.code_offset, t.code, t.wasm_offset, t.op)) +
             "\n";
    for (const RelocRow& r : b.relocs)
      out += bold_if(r.one_sided, fmt::format("| reloc | {:#x} | {} {} | |", r.insn_offset, r.kind, r.target)) + "\n";
    out += "\n";
  }
}

void append_function(const FunctionCode& f, std::string& out) {
  out += fmt::format("### function {}{}\n\n", f.func_index, f.exports.empty() ? "" : " (export " + f.exports + ")");
  const BackendCode& base = f.backends[0];
  const BackendCode& opt = f.backends[1];
  for (const BackendCode& b : f.backends) {
    if (!b.rejected.empty()) {
      out += fmt::format("The {} code below was rejected by the allocation checker and is compiled without it: {}\n\n",
                         compile::backend_name(b.backend), b.rejected);
    }
  }
  out += "| baseline | optimizing |\n|---|---|\n";
  auto at = [](const BackendCode& b, size_t i) {
    if (!b.error.empty()) return i == 0 ? "error: " + cell(b.error) : std::string();
    if (i < b.rows.size()) return asm_line(b.rows[i]);
    if (i == b.rows.size() && b.undecodable_at) return fmt::format("undecodable bytes at {:#x}", *b.undecodable_at);
    return std::string();
  };
  size_t n = std::max(base.rows.size(), opt.rows.size()) + 1;
  for (size_t i = 0; i < n; ++i) {
    std::string left = at(base, i), right = at(opt, i);
    if (left.empty() && right.empty()) continue;
    out += "| " + left + " | " + right + " |\n";
  }
  out += "\n";
  for (const BackendCode& b : f.backends)
    if (!b.marked_note.empty()) out += fmt::format("{}: {}.\n\n", compile::backend_name(b.backend), b.marked_note);
  append_tables(f, out);
}

}  // namespace

std::string render_markdown(const ReportPage& page) {
  std::string out = fmt::format("# {}\n\n", page.title.starts_with("module ") ? page.title : code(page.title));
  if (!page.recorded.empty()) out += page.recorded + "\n\n";
  for (const ReportCommand& c : page.commands) out += c.what + ": " + code(c.line) + "  \n";
  out += "\nSettings: ";
  for (const std::string& s : page.settings) out += code(s) + " ";
  if (page.settings.empty()) out += "the defaults, ISA flags as the replaying CPU has them";
  if (page.mixed_mask) out += fmt::format("\nMixed mask: `{:#x}`", *page.mixed_mask);
  out += "\n\n";
  append_outcomes(page, out);
  out += "## Module\n\n```wat\n" + page.module_text;
  if (!page.module_text.ends_with('\n')) out += '\n';
  out += "```\n\n## Machine code\n\n";
  if (!page.functions.empty()) {
    out += fmt::format("Function {} first: {}. ", page.functions.front().func_index, page.focus_reason);
    if (page.code_spot)
      out += "The instruction the table check names is in bold, and the same operator's code in the other column. ";
    else if (page.op_offset)
      out += fmt::format("The instructions of the operator at the first difference (@{:#x} {}) are in bold. ",
                         *page.op_offset, page.op);
  }
  out += "Each instruction names its trap site or relocation, and the wasm offset and operator it is code of.\n\n";
  for (const FunctionCode& f : page.functions) append_function(f, out);
  return out;
}

}  // namespace tandem::oracle
