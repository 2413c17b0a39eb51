// A finding as a page a person reads: what differs, on which call and
// engine, the module, the function that differs compiled by both backends
// side by side (each instruction with its wasm operator, the instructions
// of the operator at the first difference marked), both backends' trap
// and relocation tables of it with the rows only one backend has marked,
// and the commands that replay and reduce it.
//
// The page is built once as a ReportPage from a regression file (the form
// every reduced finding takes) and rendered twice, as report.md and as a
// self-contained report.html: the renderers only lay out what the model
// decided (which cells differ, which rows are one-sided, which function is
// shown first).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "oracle/checks/asm_listing.h"
#include "oracle/differential/differential.h"
#include "oracle/reduce/regression.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::oracle {

struct OutcomeCell {
  std::string text;      // Outcome::to_string()
  bool differs = false;  // from the reference engine's (the first column's) outcome of the call
};

struct OutcomeRow {
  std::string call;                // "f(i32:1)" or "(instantiate)"
  std::vector<OutcomeCell> cells;  // in engine order
};

struct AsmRow {
  uint32_t address = 0;
  std::string insn;                // "idiv ecx"
  std::vector<std::string> notes;  // "trap integer_overflow", "reloc func 1"
  std::optional<uint32_t> wasm_offset;
  std::string op;  // the operator at wasm_offset ("i32.div_s"), when it names one
  bool starts_operator = false;
  bool differs = false;  // its operator is the one at the finding's first difference
};

struct TrapRow {
  uint32_t code_offset = 0;
  std::string code;  // "integer_divide_by_zero"
  uint32_t wasm_offset = 0;
  std::string op;
  bool one_sided = false;  // no trap site of the other backend has this code at this operator
};

struct RelocRow {
  uint32_t insn_offset = 0;
  std::string kind;        // "call_rel32"
  std::string target;      // "func 3", "libcall tandem_memory_grow"
  bool one_sided = false;  // the other backend has no relocation to this target
};

// One function's code from one backend.
struct BackendCode {
  compile::Backend backend = compile::Backend::Baseline;
  std::string error;  // when it did not compile
  // When the allocation checker rejected the function: its verdict. The
  // rows are then the code it rejected, compiled again without it.
  std::string rejected;
  std::vector<AsmRow> rows;
  std::optional<uint32_t> undecodable_at;
  std::vector<TrapRow> traps;
  std::vector<RelocRow> relocs;
  // Why the marked rows are not the operator's own, when they are not
  // ("i32.shr_u @0x2a has no code of its own here ...").
  std::string marked_note;
};

struct FunctionCode {
  uint32_t func_index = 0;
  std::string exports;                  // its export names, "f, g", for the reader
  std::array<BackendCode, 2> backends;  // baseline, optimizing
};

struct ReportCommand {
  std::string what;  // "Replay"
  std::string line;  // "tandem regress FILE.wat"
};

struct ReportPage {
  std::string title;     // the recorded signature, else "module FILE"
  std::string recorded;  // the regression file's one-line finding
  std::vector<ReportCommand> commands;
  std::vector<std::string> settings;  // as recorded; empty: the defaults
  std::optional<uint64_t> mixed_mask;

  // What the engines do now.
  std::string verdict;               // "agree", "mismatch", "inconclusive"
  std::string verdict_note;          // the finding now and its signature, or why inconclusive
  std::vector<std::string> engines;  // the first is the reference
  std::vector<OutcomeRow> outcomes;

  std::string module_text;
  // The operator at the first difference, when the finding locates one.
  std::optional<uint32_t> op_offset;
  std::string op;
  // The instruction a table check names, when it names one.
  std::optional<CodeSpot> code_spot;
  // Every defined function; the first is the one that differs, and
  // focus_reason says how it was chosen.
  std::vector<FunctionCode> functions;
  std::string focus_reason;
};

// `path` is where the regression file is, for the commands shown. Runs the
// case on every engine (the outcome table) and compiles every function
// with both backends. Errors: settings a backend refuses, a module that
// does not decode or validate.
Result<ReportPage> build_report_page(const Regression& r, const std::string& path);

// The parts of the build, each a pure function of what the engines and
// compilers produced (the unit tests give them made-up inputs).
std::vector<OutcomeRow> outcome_rows(const std::vector<TranscriptRow>& transcript);
BackendCode backend_code(const wasm::Module& module, const FunctionAsm& code, compile::Backend backend,
                         std::optional<uint32_t> op_offset);
// Marks what differs in a column that has no instruction of the operator
// at the first difference (a folded constant, a merged value): the code of
// the next operator after it that has some, with a note saying so.
void mark_next_operator(BackendCode& b, uint32_t op_offset, const std::string& op);
// Marks the instruction a table check names (the row holding
// `spot.code_offset` in its backend's column) and, in the other column,
// the instructions of the same operator.
void mark_code_spot(FunctionCode& f, const CodeSpot& spot);
// Marks the trap rows (by trap code and wasm offset) and relocation rows
// (by target) that one backend has and the other has not.
void mark_one_sided(BackendCode& a, BackendCode& b);
// The defined function whose code contains `op_offset`, else the one
// exported as `export_name`, else the first; nullopt when the module
// defines none. `*reason` says which rule chose it.
std::optional<uint32_t> function_that_differs(const wasm::Module& module, std::optional<uint32_t> op_offset,
                                              const std::string& export_name, std::string* reason);

std::string render_markdown(const ReportPage& page);
// One self-contained file: inline CSS, no script, every text escaped.
std::string render_html(const ReportPage& page);

}  // namespace tandem::oracle
