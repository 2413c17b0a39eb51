// Builds the page model; finding_report_markdown.cc and
// finding_report_html.cc lay it out.
#include "oracle/reduce/finding_report.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

const char* verdict_name(DiffVerdict::Kind kind) {
  switch (kind) {
    case DiffVerdict::Kind::Agree: return "agree";
    case DiffVerdict::Kind::Mismatch: return "mismatch";
    case DiffVerdict::Kind::Inconclusive: return "inconclusive";
  }
  return "?";
}

// Every operator of one function by its offset: the rows of a listing
// name theirs without reading the body once per instruction.
std::map<uint32_t, wasm::Opcode> operators_of(const wasm::Module& module, uint32_t func_index) {
  std::map<uint32_t, wasm::Opcode> out;
  const wasm::Function& f = module.defined_func(func_index);
  wasm::OpReader reader(module.bytes, f.code_start, f.code_end);
  while (!reader.done()) {
    Result<wasm::Op> op = reader.next();
    if (!op) break;  // a validated module reads to its end; a listing without names is still a listing
    out.emplace(op->offset, op->opcode);
  }
  return out;
}

bool holds(const wasm::Function& f, uint32_t offset) { return offset >= f.code_start && offset < f.code_end; }

std::string exports_of(const wasm::Module& module, uint32_t func_index) {
  std::string out;
  for (const wasm::Export& e : module.exports)
    if (e.kind == wasm::ExternKind::Func && e.index == func_index) out += (out.empty() ? "" : ", ") + e.name;
  return out;
}

// The engines as they ran the case now: the verdict and a row per call.
// `differing_call`: the index of the call that differs, if one does.
Status run_engines(const Regression& r, ReportPage& page, std::string& export_name,
                   std::optional<size_t>& differing_call) {
  DiffOptions o = r.diff_options();
  o.keep_transcript = true;
  TANDEM_TRY(std::unique_ptr<DifferentialOracle> oracle, DifferentialOracle::create(o));
  DiffVerdict v = oracle->run(r.diff_case);
  page.verdict = verdict_name(v.kind);
  if (v.finding) {
    page.verdict_note = fmt::format("{} (signature {})", v.finding->to_string(), v.finding->signature());
    page.op_offset = v.finding->op_offset;
    page.code_spot = v.finding->code_spot;
    if (v.finding->op) page.op = wasm::op_name(*v.finding->op);
    export_name = v.finding->export_name;
    if (v.calls_compared < r.diff_case.calls.size()) differing_call = v.calls_compared;
  } else if (v.kind == DiffVerdict::Kind::Inconclusive) {
    page.verdict_note = v.inconclusive_reason;
  } else if (!v.not_instantiated.empty()) {
    page.verdict_note = "not instantiated on any engine: " + v.not_instantiated;
  }
  page.engines = oracle->engine_names();
  page.outcomes = outcome_rows(v.transcript);
  return {};
}

// `tandem diff` on the regression file (its header is comments to the text
// parser) with what the header says: the settings, the NaN policy and the
// call that differs. Only where that reproduces the finding: the call is
// the first (no state of earlier calls), and neither the mixed image's mask
// nor the unoptimized engine, which diff does not take, is to blame.
std::optional<std::string> diff_command(const Regression& r, const std::string& path, size_t call) {
  if (call != 0 || call >= r.diff_case.calls.size()) return std::nullopt;
  if (r.signature.find("/mixed/") != std::string::npos || r.signature.find("/optimizing-passes/") != std::string::npos)
    return std::nullopt;
  const DiffCall& c = r.diff_case.calls[call];
  std::string line = "tandem diff " + path + " --nan " + (r.nan_policy == NanPolicy::Spec ? "spec" : "exact");
  for (const std::string& s : r.settings) line += " -s " + s;
  line += " --invoke " + c.export_name;
  if (!c.args.empty()) line += " --";
  for (const Value& v : c.args) line += " " + value_to_arg_text(v);
  return line;
}

}  // namespace

std::vector<OutcomeRow> outcome_rows(const std::vector<TranscriptRow>& transcript) {
  std::vector<OutcomeRow> out;
  for (const TranscriptRow& t : transcript) {
    OutcomeRow row{t.label, {}};
    for (size_t i = 0; i < t.outcomes.size(); ++i)
      row.cells.push_back({t.outcomes[i], i < t.differs.size() && t.differs[i]});
    out.push_back(std::move(row));
  }
  return out;
}

BackendCode backend_code(const wasm::Module& module, const FunctionAsm& code, compile::Backend backend,
                         std::optional<uint32_t> op_offset) {
  BackendCode out;
  out.backend = backend;
  if (!code.compiled) {
    out.error = code.error;
    return out;
  }
  std::map<uint32_t, wasm::Opcode> ops = operators_of(module, code.func_index);
  uint32_t body_start = module.defined_func(code.func_index).body_start;
  auto op_name = [&](uint32_t offset) {
    auto it = ops.find(offset);
    if (it != ops.end()) return std::string(wasm::op_name(it->second));
    // The backends tag the prologue and the locals' zeroing with the body's own offset.
    return offset == body_start ? std::string("(entry)") : std::string();
  };
  for (const AsmLine& line : code.listing.lines) {
    AsmRow row;
    row.address = line.address;
    row.insn = line.text;
    // The row's wasm offset is its trap site's: the note need not repeat it.
    for (const compile::TrapSite& t : line.traps)
      row.notes.push_back("trap " + std::string(compile::trap_code_name(t.code)));
    for (const compile::Relocation& r : line.relocs) row.notes.push_back(reloc_note(r));
    row.wasm_offset = line.wasm_offset;
    if (line.wasm_offset) row.op = op_name(*line.wasm_offset);
    row.starts_operator = line.starts_operator;
    row.differs = op_offset && line.wasm_offset == op_offset;
    out.rows.push_back(std::move(row));
  }
  out.undecodable_at = code.listing.undecodable_at;
  for (const compile::TrapSite& t : code.compiled->trap_sites)
    out.traps.push_back({t.code_offset, compile::trap_code_name(t.code), t.wasm_offset, op_name(t.wasm_offset)});
  for (const compile::Relocation& r : code.compiled->relocations)
    out.relocs.push_back({r.insn_offset, compile::reloc_kind_name(r.kind), r.target.to_string()});
  return out;
}

void mark_next_operator(BackendCode& b, uint32_t op_offset, const std::string& op) {
  auto differs = [](const AsmRow& row) { return row.differs; };
  if (!b.error.empty() || std::any_of(b.rows.begin(), b.rows.end(), differs)) return;
  std::optional<uint32_t> next;
  for (const AsmRow& row : b.rows)
    if (row.wasm_offset && *row.wasm_offset > op_offset && (!next || *row.wasm_offset < *next)) next = row.wasm_offset;
  if (!next) {
    b.marked_note = fmt::format("{} @{:#x} has no code of its own here, nor has any operator after it", op, op_offset);
    return;
  }
  std::string next_op;
  for (AsmRow& row : b.rows) {
    if (row.wasm_offset != next) continue;
    row.differs = true;
    if (next_op.empty()) next_op = row.op;
  }
  b.marked_note = fmt::format(
      "{} @{:#x} has no code of its own here (folded into a constant or merged with another value): marked is "
      "the code of the next operator that has some, {} @{:#x}",
      op, op_offset, next_op, *next);
}

void mark_code_spot(FunctionCode& f, const CodeSpot& spot) {
  if (spot.func_index != f.func_index) return;
  size_t k = static_cast<size_t>(spot.backend);
  BackendCode& named = f.backends[k];
  BackendCode& other = f.backends[1 - k];
  // The row that holds the offset: the last one starting at or before it.
  AsmRow* holder = nullptr;
  for (AsmRow& row : named.rows)
    if (row.address <= spot.code_offset) holder = &row;
  if (!holder) return;
  holder->differs = true;
  if (!holder->wasm_offset) return;
  for (AsmRow& row : other.rows)
    if (row.wasm_offset == holder->wasm_offset) row.differs = true;
  mark_next_operator(other, *holder->wasm_offset, holder->op);
}

void mark_one_sided(BackendCode& a, BackendCode& b) {
  // A backend that did not compile the function has no tables to compare.
  if (!a.error.empty() || !b.error.empty()) return;
  auto mark_traps = [](std::vector<TrapRow>& mine, const std::vector<TrapRow>& theirs) {
    for (TrapRow& t : mine)
      t.one_sided = std::none_of(theirs.begin(), theirs.end(),
                                 [&](const TrapRow& o) { return o.code == t.code && o.wasm_offset == t.wasm_offset; });
  };
  auto mark_relocs = [](std::vector<RelocRow>& mine, const std::vector<RelocRow>& theirs) {
    for (RelocRow& r : mine)
      r.one_sided = std::none_of(theirs.begin(), theirs.end(), [&](const RelocRow& o) { return o.target == r.target; });
  };
  mark_traps(a.traps, b.traps);
  mark_traps(b.traps, a.traps);
  mark_relocs(a.relocs, b.relocs);
  mark_relocs(b.relocs, a.relocs);
}

std::optional<uint32_t> function_that_differs(const wasm::Module& module, std::optional<uint32_t> op_offset,
                                              const std::string& export_name, std::string* reason) {
  if (module.num_funcs() == module.num_imported_funcs) return std::nullopt;
  for (uint32_t i = module.num_imported_funcs; op_offset && i < module.num_funcs(); ++i) {
    const wasm::Function& f = module.defined_func(i);
    if (holds(f, *op_offset)) {
      *reason = fmt::format("it holds the operator at the first difference (@{:#x})", *op_offset);
      return i;
    }
  }
  for (const wasm::Export& e : module.exports) {
    if (e.kind != wasm::ExternKind::Func || e.name != export_name || e.index < module.num_imported_funcs) continue;
    *reason = fmt::format("it is the export \"{}\" that was called", export_name);
    return e.index;
  }
  *reason = "it is the first the module defines (the finding names no operator, and no call an export of it)";
  return module.num_imported_funcs;
}

Result<ReportPage> build_report_page(const Regression& r, const std::string& path) {
  ReportPage page;
  page.title = r.signature.empty() ? "module " + path : r.signature;
  page.recorded = r.finding;
  page.commands = {{"Replay (the recorded verdict again?)", "tandem replay " + path},
                   {"Replay as a regression (once fixed)", "tandem regress " + path},
                   {"Reduce further", "tandem reduce " + path}};
  page.settings = r.settings;
  page.mixed_mask = r.mixed_mask;
  page.module_text = r.module_text;

  std::string export_name;
  std::optional<size_t> differing_call;
  TANDEM_TRY_STATUS(run_engines(r, page, export_name, differing_call));
  // An agreeing case names no export: the first call's is the one to look at.
  if (export_name.empty() && !r.diff_case.calls.empty()) export_name = r.diff_case.calls.front().export_name;
  if (differing_call)
    if (std::optional<std::string> diff = diff_command(r, path, *differing_call))
      page.commands.push_back({"Every engine side by side on the call that differs", *diff});

  // The backends compile only valid modules.
  TANDEM_TRY(wasm::Module module, wasm::decode_and_validate(r.diff_case.wasm));
  std::array<std::vector<FunctionAsm>, 2> listed;
  for (compile::Backend b : {compile::Backend::Baseline, compile::Backend::Optimizing}) {
    TANDEM_TRY(listed[static_cast<size_t>(b)],
               list_module_asm(module, b, compile::settings_for_backend(b, r.settings)));
  }
  // A function the allocation checker rejected has no code under the
  // recorded settings: compiled again without the checker, the page shows
  // the code it rejected, the instruction it names marked.
  const auto opt = static_cast<size_t>(compile::Backend::Optimizing);
  std::vector<FunctionAsm> unchecked;
  if (std::any_of(listed[opt].begin(), listed[opt].end(), [](const FunctionAsm& f) { return !f.compiled; })) {
    std::vector<std::string> settings = compile::settings_for_backend(compile::Backend::Optimizing, r.settings);
    settings.push_back("regalloc_checker=false");
    TANDEM_TRY(unchecked, list_module_asm(module, compile::Backend::Optimizing, settings));
  }
  std::optional<uint32_t> focus = function_that_differs(module, page.op_offset, export_name, &page.focus_reason);
  if (page.code_spot) {
    focus = page.code_spot->func_index;
    page.focus_reason = fmt::format("a table check names its instruction at {:#x} of the {} code",
                                    page.code_spot->code_offset, compile::backend_name(page.code_spot->backend));
  }
  for (size_t i = 0; i < listed[0].size(); ++i) {
    FunctionCode fc;
    fc.func_index = listed[0][i].func_index;
    fc.exports = exports_of(module, fc.func_index);
    for (compile::Backend b : {compile::Backend::Baseline, compile::Backend::Optimizing}) {
      size_t k = static_cast<size_t>(b);
      fc.backends[k] = backend_code(module, listed[k][i], b, page.op_offset);
    }
    if (i < unchecked.size() && !listed[opt][i].compiled && unchecked[i].compiled) {
      fc.backends[opt] = backend_code(module, unchecked[i], compile::Backend::Optimizing, page.op_offset);
      fc.backends[opt].rejected = listed[opt][i].error;
    }
    if (page.code_spot) {
      mark_code_spot(fc, *page.code_spot);
    } else if (page.op_offset && holds(module.defined_func(fc.func_index), *page.op_offset)) {
      for (BackendCode& b : fc.backends) mark_next_operator(b, *page.op_offset, page.op);
    }
    mark_one_sided(fc.backends[0], fc.backends[1]);
    page.functions.push_back(std::move(fc));
  }
  // The function that differs first, the others in index order.
  std::stable_partition(page.functions.begin(), page.functions.end(),
                        [&](const FunctionCode& f) { return f.func_index == focus; });
  return page;
}

}  // namespace tandem::oracle
