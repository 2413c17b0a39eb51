// The finding page's model and its two renderings: the cells that differ
// from the reference are the ones marked, the instructions of the operator
// at the first difference are highlighted in both backends' columns, a
// table row one backend lacks is marked, and nothing the module, the code
// or an outcome says can break out of the HTML.
#include <gtest/gtest.h>

#include <algorithm>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_report.h"
#include "wasm/decoder.h"
#include "wasm/op_reader.h"

namespace tandem::oracle {
namespace {

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

size_t count_of(const std::string& haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// The section of a rendered page between the opening of `cls`'s element
// and the next section: one backend's column.
std::string column(const std::string& html, std::string_view cls) {
  size_t start = html.find(fmt::format("<section class=\"{}\">", cls));
  if (start == std::string::npos) return {};
  return html.substr(start, html.find("</section>", start) - start);
}

ReportPage page_with_outcomes() {
  ReportPage page;
  page.title = "trap/optimizing/i32.div_s";
  page.verdict = "mismatch";
  page.engines = {"interp", "baseline", "optimizing"};
  // The texts differ in all three (an interpreter's trap names its message,
  // a native engine's its offset); the oracle says which differ.
  TranscriptRow row{"f(i32:1)",
                    {"trapped: integer_overflow (integer overflow)", "trapped: integer_overflow at 0x2a",
                     "returned (i32:-2147483648)"},
                    {false, false, true}};
  page.outcomes = outcome_rows({row});
  return page;
}

TEST(FindingReport, OnlyTheCellsTheOracleFoundDifferentAreMarked) {
  ReportPage page = page_with_outcomes();
  ASSERT_EQ(page.outcomes.size(), 1u);
  ASSERT_EQ(page.outcomes[0].cells.size(), 3u);
  EXPECT_FALSE(page.outcomes[0].cells[0].differs);
  EXPECT_FALSE(page.outcomes[0].cells[1].differs);
  EXPECT_TRUE(page.outcomes[0].cells[2].differs);

  std::string html = render_html(page);
  EXPECT_EQ(count_of(html, "<td class=\"outcome differs\">"), 1u) << html;
  EXPECT_TRUE(contains(html, "<td class=\"outcome differs\">returned (i32:-2147483648)</td>"));
  std::string md = render_markdown(page);
  EXPECT_TRUE(contains(md, "| **returned (i32:-2147483648)** |")) << md;
  EXPECT_TRUE(contains(md, "| trapped: integer_overflow at 0x2a |")) << md;
}

TEST(FindingReport, HtmlEscapesEveryText) {
  ReportPage page = page_with_outcomes();
  page.title = "result/<optimizing>/-";
  page.recorded = "a & b";
  page.module_text = "(module) ;; <script>alert(1)</script>\n";
  page.outcomes[0].cells[2].text = "returned <&>";
  FunctionCode f;
  f.func_index = 0;
  f.exports = "\"<f>\"";
  f.backends[0].rows.push_back({0, "mov eax, <weird> & 'x'", {"reloc <x>"}, 0x20, "i32.lt_s", true, false});
  f.backends[1].backend = compile::Backend::Optimizing;
  page.functions.push_back(f);
  page.focus_reason = "x < y";
  std::string html = render_html(page);
  EXPECT_FALSE(contains(html, "<script>")) << html;
  EXPECT_FALSE(contains(html, "<weird>"));
  EXPECT_FALSE(contains(html, "<optimizing>"));
  EXPECT_FALSE(contains(html, "<&>"));
  EXPECT_FALSE(contains(html, "<x>"));
  EXPECT_FALSE(contains(html, "<f>"));
  EXPECT_TRUE(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_TRUE(contains(html, "<title>result/&lt;optimizing&gt;/-</title>"));
  EXPECT_TRUE(contains(html, "mov eax, &lt;weird&gt; &amp; &#39;x&#39;"));
  EXPECT_TRUE(contains(html, "returned &lt;&amp;&gt;"));
  EXPECT_TRUE(contains(html, "a &amp; b"));
  EXPECT_FALSE(contains(html, "<script"));  // and no script of our own
}

// A module whose function 1 divides: compiled by both backends and listed,
// as the page builder does.
struct Compiled {
  wasm::Module module;
  std::vector<FunctionAsm> baseline, optimizing;
  uint32_t div_offset = 0;  // of the i32.div_s
};

Compiled compile_divider() {
  constexpr const char* kWat = R"((module
    (func $id (param i32) (result i32) local.get 0)
    (func (export "f") (param i32 i32) (result i32)
      (i32.div_s (call $id (local.get 0)) (local.get 1))))
  )";
  Compiled c;
  Result<std::vector<uint8_t>> bytes = wat_to_wasm(kWat);
  EXPECT_TRUE(bytes.ok());
  Result<wasm::Module> m = wasm::decode(*bytes);
  EXPECT_TRUE(m.ok());
  c.module = std::move(*m);
  const wasm::Function& f = c.module.defined_func(1);
  wasm::OpReader reader(c.module.bytes, f.code_start, f.code_end);
  while (!reader.done()) {
    Result<wasm::Op> op = reader.next();
    if (op && op->opcode == wasm::Opcode::I32DivS) c.div_offset = op->offset;
    if (!op) break;
  }
  Result<std::vector<FunctionAsm>> b = list_module_asm(c.module, compile::Backend::Baseline, {});
  Result<std::vector<FunctionAsm>> o = list_module_asm(c.module, compile::Backend::Optimizing, {});
  EXPECT_TRUE(b.ok() && o.ok());
  c.baseline = std::move(*b);
  c.optimizing = std::move(*o);
  return c;
}

TEST(FindingReport, TheOperatorAtTheFirstDifferenceIsHighlightedInBothColumns) {
  Compiled c = compile_divider();
  ASSERT_NE(c.div_offset, 0u);
  FunctionCode f;
  f.func_index = 1;
  f.backends[0] = backend_code(c.module, c.baseline[1], compile::Backend::Baseline, c.div_offset);
  f.backends[1] = backend_code(c.module, c.optimizing[1], compile::Backend::Optimizing, c.div_offset);
  for (const BackendCode& b : f.backends) {
    ASSERT_TRUE(b.error.empty()) << b.error;
    size_t highlighted = 0;
    for (const AsmRow& row : b.rows) {
      EXPECT_EQ(row.differs, row.wasm_offset == c.div_offset) << row.insn;
      if (row.differs) {
        ++highlighted;
        EXPECT_EQ(row.op, "i32.div_s");
      }
    }
    EXPECT_GT(highlighted, 0u) << compile::backend_name(b.backend);
    // Its trap sites (divide by zero, overflow) name the operator too.
    EXPECT_TRUE(std::any_of(b.traps.begin(), b.traps.end(),
                            [&](const TrapRow& t) { return t.wasm_offset == c.div_offset && t.op == "i32.div_s"; }));
  }
  ReportPage page;
  page.op_offset = c.div_offset;
  page.op = "i32.div_s";
  page.functions.push_back(f);
  std::string html = render_html(page);
  EXPECT_TRUE(contains(column(html, "asm-baseline"), "<tr class=\"differs\">")) << html;
  EXPECT_TRUE(contains(column(html, "asm-optimizing"), "<tr class=\"differs\">")) << html;
  EXPECT_TRUE(contains(html, fmt::format("@{:#x} i32.div_s", c.div_offset)));
  // report.md names the offset and operator on every instruction of its
  // code, not only where that code starts (and on its trap-table rows).
  size_t named = 0;
  for (const BackendCode& b : f.backends) {
    named += static_cast<size_t>(
        std::count_if(b.rows.begin(), b.rows.end(), [&](const AsmRow& r) { return r.wasm_offset == c.div_offset; }));
    named += static_cast<size_t>(
        std::count_if(b.traps.begin(), b.traps.end(), [&](const TrapRow& t) { return t.wasm_offset == c.div_offset; }));
  }
  // (+1: the sentence above the columns names it too.)
  EXPECT_EQ(count_of(render_markdown(page), fmt::format("@{:#x} i32.div_s", c.div_offset)), named + 1);
}

TEST(FindingReport, WithoutAnOperatorNothingIsHighlighted) {
  Compiled c = compile_divider();
  BackendCode b = backend_code(c.module, c.baseline[1], compile::Backend::Baseline, std::nullopt);
  EXPECT_TRUE(std::none_of(b.rows.begin(), b.rows.end(), [](const AsmRow& r) { return r.differs; }));
  // The call's relocation is in the table and on its instruction.
  ASSERT_EQ(b.relocs.size(), 1u);
  EXPECT_EQ(b.relocs[0].target, "func 0");
  EXPECT_TRUE(std::any_of(b.rows.begin(), b.rows.end(), [](const AsmRow& r) {
    return std::find(r.notes.begin(), r.notes.end(), "reloc func 0") != r.notes.end() && r.op == "call";
  }));
}

// An operator the optimizing backend folded has no instruction of its own:
// that column marks the next operator's code and says so, the baseline's
// keeps its own.
TEST(FindingReport, AFoldedOperatorMarksTheNextOperatorsCodeAndSaysSo) {
  BackendCode base, opt;
  opt.backend = compile::Backend::Optimizing;
  base.rows = {{0x0, "mov eax, 7", {}, 0x20, "i32.const", true, false},
               {0x5, "shr eax, 1", {}, 0x24, "i32.shr_u", true, true},
               {0x7, "mov [rdi], eax", {}, 0x25, "global.set", true, false}};
  opt.rows = {{0x0, "mov eax, 3", {}, 0x25, "global.set", true, false},
              {0x5, "mov [rdi], eax", {}, 0x25, "global.set", false, false},
              {0x8, "ret", {}, 0x28, "end", true, false}};
  mark_next_operator(base, 0x24, "i32.shr_u");
  mark_next_operator(opt, 0x24, "i32.shr_u");
  EXPECT_TRUE(base.marked_note.empty());  // its own code is marked already
  EXPECT_FALSE(base.rows[2].differs);
  EXPECT_TRUE(opt.rows[0].differs);
  EXPECT_TRUE(opt.rows[1].differs);
  EXPECT_FALSE(opt.rows[2].differs);
  EXPECT_TRUE(contains(opt.marked_note, "i32.shr_u @0x24 has no code of its own")) << opt.marked_note;
  EXPECT_TRUE(contains(opt.marked_note, "global.set @0x25")) << opt.marked_note;

  ReportPage page;
  page.op_offset = 0x24;
  page.op = "i32.shr_u";
  FunctionCode f;
  f.backends = {base, opt};
  page.functions.push_back(f);
  std::string html = render_html(page);
  EXPECT_TRUE(contains(column(html, "asm-optimizing"), "has no code of its own")) << html;
  EXPECT_FALSE(contains(column(html, "asm-baseline"), "has no code of its own")) << html;
  EXPECT_TRUE(contains(render_markdown(page), "optimizing: i32.shr_u @0x24 has no code of its own"));

  // Nothing after it has code either: nothing is marked, and the note says so.
  BackendCode tail;
  tail.rows = {{0x0, "ret", {}, 0x10, "end", true, false}};
  mark_next_operator(tail, 0x10, "end");
  EXPECT_FALSE(tail.rows[0].differs);
  EXPECT_TRUE(contains(tail.marked_note, "nor has any operator after it")) << tail.marked_note;
}

// A table check names one instruction of one backend's code (a relocation
// that misses its field): it is marked, and the other column's code of the
// same operator.
TEST(FindingReport, TheInstructionATableCheckNamesIsMarkedWithTheOperatorsCodeOpposite) {
  FunctionCode f;
  f.func_index = 2;
  BackendCode& base = f.backends[0];
  BackendCode& opt = f.backends[1];
  opt.backend = compile::Backend::Optimizing;
  base.rows = {{0x00, "push rbp", {}, 0x10, "(entry)", true, false},
               {0x10, "movsd xmm0, [rsp]", {}, 0x14, "f64.floor", true, false},
               {0x20, "movabs r11, 0", {"reloc libcall tandem_floor_f64"}, 0x14, "f64.floor", false, false},
               {0x2a, "call r11", {}, 0x14, "f64.floor", false, false},
               {0x2d, "ud2", {}, 0x15, "unreachable", true, false}};
  opt.rows = {{0x00, "push rbp", {}, 0x10, "(entry)", true, false},
              {0x04, "roundsd xmm0, xmm0, 9", {}, 0x14, "f64.floor", true, false},
              {0x0a, "ud2", {}, 0x15, "unreachable", true, false}};
  // Another function's spot marks nothing here.
  mark_code_spot(f, CodeSpot{compile::Backend::Baseline, 1, 0x21});
  EXPECT_TRUE(std::none_of(base.rows.begin(), base.rows.end(), [](const AsmRow& r) { return r.differs; }));
  // An offset inside the instruction at 0x20 (the relocated field) marks it.
  mark_code_spot(f, CodeSpot{compile::Backend::Baseline, 2, 0x22});
  std::vector<bool> base_marks, opt_marks;
  for (const AsmRow& r : base.rows) base_marks.push_back(r.differs);
  for (const AsmRow& r : opt.rows) opt_marks.push_back(r.differs);
  EXPECT_EQ(base_marks, (std::vector<bool>{false, false, true, false, false}));
  EXPECT_EQ(opt_marks, (std::vector<bool>{false, true, false}));
  EXPECT_TRUE(opt.marked_note.empty()) << opt.marked_note;
}

TEST(FindingReport, RowsOneBackendLacksAreMarked) {
  BackendCode base, opt;
  opt.backend = compile::Backend::Optimizing;
  base.traps = {{0x10, "integer_divide_by_zero", 0x2a, "i32.div_s"}, {0x20, "out_of_bounds_memory", 0x30, "i32.load"}};
  // Same code and operator at another code offset: the same trap.
  opt.traps = {{0x08, "integer_divide_by_zero", 0x2a, "i32.div_s"}, {0x18, "integer_overflow", 0x2a, "i32.div_s"}};
  base.relocs = {{0x05, "call_rel32", "func 1"}};
  opt.relocs = {{0x07, "call_rel32", "func 1"}, {0x12, "abs64", "libcall tandem_memory_grow"}};
  mark_one_sided(base, opt);
  EXPECT_FALSE(base.traps[0].one_sided);
  EXPECT_TRUE(base.traps[1].one_sided);
  EXPECT_FALSE(opt.traps[0].one_sided);
  EXPECT_TRUE(opt.traps[1].one_sided);
  EXPECT_FALSE(base.relocs[0].one_sided);
  EXPECT_FALSE(opt.relocs[0].one_sided);
  EXPECT_TRUE(opt.relocs[1].one_sided);

  ReportPage page;
  FunctionCode f;
  f.backends = {base, opt};
  page.functions.push_back(f);
  std::string html = render_html(page);
  std::string left = column(html, "asm-baseline"), right = column(html, "asm-optimizing");
  EXPECT_EQ(count_of(left, "<tr class=\"one-sided\">"), 1u) << left;
  EXPECT_TRUE(contains(left, "not in optimizing"));
  EXPECT_EQ(count_of(right, "<tr class=\"one-sided\">"), 2u) << right;
  EXPECT_TRUE(contains(right, "not in baseline"));
  std::string md = render_markdown(page);
  EXPECT_TRUE(contains(md, "**| reloc | 0x12 | abs64 libcall tandem_memory_grow | |**")) << md;
}

TEST(FindingReport, TheFunctionThatDiffersHoldsTheOperatorElseIsTheCalledExport) {
  Compiled c = compile_divider();
  std::string reason;
  EXPECT_EQ(function_that_differs(c.module, c.div_offset, "", &reason), std::optional<uint32_t>(1));
  EXPECT_TRUE(contains(reason, "operator at the first difference")) << reason;
  EXPECT_EQ(function_that_differs(c.module, std::nullopt, "f", &reason), std::optional<uint32_t>(1));
  EXPECT_TRUE(contains(reason, "export \"f\"")) << reason;
  EXPECT_EQ(function_that_differs(c.module, std::nullopt, "nope", &reason), std::optional<uint32_t>(0));
}

// The whole build on the browser test's regression file: an agreeing case
// renders too, with the called export's function first and the others
// folded away.
TEST(FindingReport, AnAgreeingRegressionFileBuildsAPage) {
  std::string path = std::string(TANDEM_SOURCE_DIR) + "/tests/tools/cli/report-page-case.wat";
  Result<std::vector<uint8_t>> text = read_file(path);
  ASSERT_TRUE(text.ok()) << text.error().to_string();
  Result<Regression> r =
      parse_regression(std::string_view(reinterpret_cast<const char*>(text->data()), text->size()), path);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  Result<ReportPage> page = build_report_page(*r, path);
  ASSERT_TRUE(page.ok()) << page.error().to_string();
  EXPECT_EQ(page->verdict, "agree");
  EXPECT_FALSE(page->op_offset.has_value());
  ASSERT_EQ(page->functions.size(), 2u);
  EXPECT_EQ(page->functions[0].func_index, 1u);  // export "f"
  EXPECT_EQ(page->functions[0].exports, "f");
  EXPECT_EQ(page->outcomes.size(), 3u);  // instantiation and two calls
  for (const OutcomeRow& row : page->outcomes)
    for (const OutcomeCell& cell : row.cells) EXPECT_FALSE(cell.differs) << row.call << ": " << cell.text;
  std::string html = render_html(*page);
  EXPECT_EQ(count_of(html, "<details>"), 1u);
  EXPECT_EQ(count_of(html, "<section class=\"asm-baseline\">"), 2u);
  EXPECT_EQ(count_of(html, "<section class=\"asm-optimizing\">"), 2u);
  std::string md = render_markdown(*page);
  EXPECT_LT(md.find("### function 1 (export f)"), md.find("### function 0")) << md;
}

// The diff command a page offers reproduces the finding: the settings, the
// NaN policy and the call that differs, and only when that call is the
// first (a later one may need the state the calls before it left).
TEST(FindingReport, TheDiffCommandRunsTheCallThatDiffers) {
  Regression r;
  r.diff_case.wasm = *wat_to_wasm(R"((module (func (export "f") (param f32) (result f32)
      local.get 0 local.get 0 f32.div)))");
  r.settings = {"opt_level=speed"};
  r.signature = "result/baseline+optimizing/f32.div";
  const DiffCall nan_call{"f", {Value::f32_bits(0)}}, one_call{"f", {Value::f32_bits(0x3f800000)}};
  r.diff_case.calls = {nan_call};
  Result<ReportPage> page = build_report_page(r, "b/finding.wat");
  ASSERT_TRUE(page.ok()) << page.error().to_string();
  auto diff_line = [](const ReportPage& p) {
    for (const ReportCommand& c : p.commands)
      if (c.line.starts_with("tandem diff")) return c.line;
    return std::string();
  };
  EXPECT_EQ(diff_line(*page), "tandem diff b/finding.wat --nan exact -s opt_level=speed --invoke f -- bits:0x0");
  // 1/1 agrees, then 0/0 differs: the second call alone is not the case.
  r.diff_case.calls = {one_call, nan_call};
  page = build_report_page(r, "b/finding.wat");
  ASSERT_TRUE(page.ok()) << page.error().to_string();
  EXPECT_EQ(page->verdict, "mismatch");
  EXPECT_EQ(diff_line(*page), "");
}

}  // namespace
}  // namespace tandem::oracle
