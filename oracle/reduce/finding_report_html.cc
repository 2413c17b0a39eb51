// The page model as report.html: one file, inline CSS, no script. Both
// backends' code of a function sit in two grid columns (`asm-baseline`,
// `asm-optimizing`); the instructions of the operator at the first
// difference carry the class `differs`, one-sided table rows `one-sided`.
#include <algorithm>

#include <fmt/format.h>

#include "oracle/reduce/finding_report.h"
#include "oracle/reduce/html.h"

namespace tandem::oracle {
namespace {

constexpr std::string_view kReportCss = R"css(
.verdict-mismatch { color: #a40000; }
.scroll { overflow-x: auto; }
table.outcomes td.outcome { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; overflow-wrap: anywhere; }
.verdict-agree { color: #1a7f37; }
.side-by-side { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; }
.side-by-side > section { overflow-x: auto; border: 1px solid #d0d7de; padding: .4rem .6rem; }
table.asm td { border: none; padding: 0 .6rem 0 0; white-space: pre; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
table.asm td.addr { color: #6a737d; text-align: right; }
table.asm td.wasm { color: #0550ae; }
table.asm td.wasm.cont { color: #b6c2cf; }
table.asm td.note { color: #8250df; }
table.asm tr.differs td { background: #ffd8d8; }
table.asm tr.differs td.insn { font-weight: bold; }
table.traps td, table.relocs td { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
tr.one-sided td { background: #fff1c2; }
td.only { font-weight: bold; color: #7d4e00; }
details { margin: .5rem 0; }
summary { cursor: pointer; font-weight: 600; }
h4 { font-size: .9rem; margin: .8rem 0 .2rem; }
)css";

std::string esc(std::string_view s) { return html_escape(s); }

std::string outcomes_html(const ReportPage& page) {
  std::string out = "<h2>Outcomes</h2>\n<div class=\"scroll\">\n<table class=\"outcomes\">\n<thead><tr><th>call</th>";
  for (size_t i = 0; i < page.engines.size(); ++i)
    out +=
        fmt::format("<th>{}{}</th>", esc(page.engines[i]), i == 0 ? " <span class=\"muted\">(reference)</span>" : "");
  out += "</tr></thead>\n<tbody>\n";
  for (const OutcomeRow& row : page.outcomes) {
    out += fmt::format("<tr><td><code>{}</code></td>", esc(row.call));
    for (const OutcomeCell& c : row.cells)
      out += fmt::format("<td class=\"outcome{}\">{}</td>", c.differs ? " differs" : "", esc(c.text));
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n</div>\n";
  if (page.outcomes.empty()) out += "<p class=\"muted\">No engine ran the case.</p>\n";
  out += "<p class=\"muted\">A highlighted cell differs from the reference engine's outcome of that call.</p>\n";
  return out;
}

// A reduced module is a screenful; one that the reducer could not shrink
// (a slice of a real program) is folded, so the code is not pages below.
std::string module_html(const std::string& text) {
  constexpr size_t kUnfoldedLines = 80;
  size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  std::string pre = "<pre class=\"module\">" + esc(text) + "</pre>\n";
  if (lines <= kUnfoldedLines) return "<h2>Module</h2>\n" + pre;
  return fmt::format("<h2>Module</h2>\n<details>\n<summary>{} lines</summary>\n{}</details>\n", lines, pre);
}

std::string asm_table(const BackendCode& b) {
  if (!b.error.empty()) return fmt::format("<p class=\"differs\">did not compile: {}</p>\n", esc(b.error));
  std::string out;
  if (!b.rejected.empty()) {
    out += fmt::format(
        "<p class=\"differs\">rejected by the allocation checker (the code below is compiled "
        "without it): {}</p>\n",
        esc(b.rejected));
  }
  if (!b.marked_note.empty()) out += fmt::format("<p class=\"muted\">{}</p>\n", esc(b.marked_note));
  out += "<table class=\"asm\">\n";
  for (const AsmRow& row : b.rows) {
    std::string wasm;
    if (row.wasm_offset) wasm = fmt::format("@{:#x}{}", *row.wasm_offset, row.op.empty() ? "" : " " + row.op);
    std::string notes;
    for (const std::string& n : row.notes) notes += (notes.empty() ? "" : "; ") + n;
    out += fmt::format(
        "<tr{}><td class=\"addr\">{:x}</td><td class=\"insn\">{}</td><td class=\"wasm{}\">{}</td>"
        "<td class=\"note\">{}</td></tr>\n",
        row.differs ? " class=\"differs\"" : "", row.address, esc(row.insn), row.starts_operator ? "" : " cont",
        esc(wasm), esc(notes));
  }
  if (b.undecodable_at)
    out += fmt::format("<tr><td colspan=\"4\">undecodable bytes at {:#x}</td></tr>\n", *b.undecodable_at);
  out += "</table>\n";
  return out;
}

std::string tables_html(const BackendCode& b, const char* other) {
  if (!b.error.empty()) return {};
  std::string only = fmt::format("<td class=\"only\">not in {}</td>", other);
  bool any_traps_one_sided = std::any_of(b.traps.begin(), b.traps.end(), [](const TrapRow& t) { return t.one_sided; });
  bool any_relocs_one_sided =
      std::any_of(b.relocs.begin(), b.relocs.end(), [](const RelocRow& r) { return r.one_sided; });
  std::string out = "<h4>Trap sites</h4>\n";
  if (b.traps.empty()) {
    out += "<p class=\"muted\">none</p>\n";
  } else {
    out += fmt::format("<table class=\"traps\">\n<tr><th>code offset</th><th>trap</th><th>wasm</th>{}</tr>\n",
                       any_traps_one_sided ? "<th></th>" : "");
    for (const TrapRow& t : b.traps)
      out +=
          fmt::format("<tr{}><td>{:#x}</td><td>{}</td><td>@{:#x} {}</td>{}</tr>\n",
                      t.one_sided ? " class=\"one-sided\"" : "", t.code_offset, esc(t.code), t.wasm_offset, esc(t.op),
                      t.one_sided           ? only
                      : any_traps_one_sided ? "<td></td>"
                                            : "");
    out += "</table>\n";
  }
  out += "<h4>Relocations</h4>\n";
  if (b.relocs.empty()) return out + "<p class=\"muted\">none</p>\n";
  out += fmt::format("<table class=\"relocs\">\n<tr><th>instruction</th><th>kind</th><th>target</th>{}</tr>\n",
                     any_relocs_one_sided ? "<th></th>" : "");
  for (const RelocRow& r : b.relocs)
    out += fmt::format("<tr{}><td>{:#x}</td><td>{}</td><td>{}</td>{}</tr>\n", r.one_sided ? " class=\"one-sided\"" : "",
                       r.insn_offset, esc(r.kind), esc(r.target),
                       r.one_sided            ? only
                       : any_relocs_one_sided ? "<td></td>"
                                              : "");
  return out + "</table>\n";
}

std::string function_label(const FunctionCode& f) {
  return fmt::format("function {}{}", f.func_index, f.exports.empty() ? "" : " (export " + f.exports + ")");
}

std::string side_by_side(const FunctionCode& f) {
  std::string out = "<div class=\"side-by-side\">\n";
  const char* names[] = {"baseline", "optimizing"};
  for (size_t k = 0; k < 2; ++k) {
    out += fmt::format("<section class=\"asm-{}\">\n<h3>{}</h3>\n", names[k], names[k]);
    out += asm_table(f.backends[k]) + tables_html(f.backends[k], names[1 - k]);
    out += "</section>\n";
  }
  return out + "</div>\n";
}

std::string code_html(const ReportPage& page) {
  if (page.functions.empty()) return "<h2>Machine code</h2>\n<p class=\"muted\">The module defines no function.</p>\n";
  const FunctionCode& first = page.functions.front();
  std::string out = fmt::format("<h2>Machine code: {}</h2>\n<p>Shown first because {}.", esc(function_label(first)),
                                esc(page.focus_reason));
  if (page.code_spot)
    out += " The instruction the table check names is highlighted, and the same operator's code in the other column.";
  else if (page.op_offset)
    out += fmt::format(
        " The instructions of the operator at the first difference, <code>@{:#x} {}</code>, are highlighted.",
        *page.op_offset, esc(page.op));
  out +=
      " Each instruction shows the wasm operator whose code it is (pale where that operator's code continues);"
      " table rows that the other backend lacks are marked.</p>\n";
  out += side_by_side(first);
  if (page.functions.size() > 1) {
    out += "<h2>Other functions</h2>\n";
    for (size_t i = 1; i < page.functions.size(); ++i)
      out += fmt::format("<details>\n<summary>{}</summary>\n{}</details>\n", esc(function_label(page.functions[i])),
                         side_by_side(page.functions[i]));
  }
  return out;
}

std::string reproduce_html(const ReportPage& page) {
  std::string out = "<h2>Reproduce</h2>\n<table class=\"commands\">\n";
  for (const ReportCommand& c : page.commands)
    out += fmt::format("<tr><th>{}</th><td><code>{}</code></td></tr>\n", esc(c.what), esc(c.line));
  std::string settings;
  for (const std::string& s : page.settings) settings += fmt::format("<code>{}</code> ", esc(s));
  if (page.settings.empty()) settings = "the defaults, ISA flags as the replaying CPU has them";
  out += fmt::format("<tr><th>Settings</th><td>{}</td></tr>\n", settings);
  if (page.mixed_mask)
    out += fmt::format("<tr><th>Mixed mask</th><td><code>{:#x}</code></td></tr>\n", *page.mixed_mask);
  return out + "</table>\n";
}

}  // namespace

std::string render_html(const ReportPage& page) {
  std::string body = fmt::format("<h1>{}</h1>\n", esc(page.title));
  if (!page.recorded.empty()) body += fmt::format("<p><b>Recorded:</b> {}</p>\n", esc(page.recorded));
  body += fmt::format("<p><b>Now:</b> <strong class=\"verdict-{}\">{}</strong>{}</p>\n", esc(page.verdict),
                      esc(page.verdict), page.verdict_note.empty() ? "" : " &mdash; " + esc(page.verdict_note));
  body += outcomes_html(page);
  body += module_html(page.module_text);
  body += code_html(page);
  body += reproduce_html(page);
  return html_document(page.title, kReportCss, body);
}

}  // namespace tandem::oracle
