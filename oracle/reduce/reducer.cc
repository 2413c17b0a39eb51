#include "oracle/reduce/reducer.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <fmt/format.h>

#include "oracle/engines/wabt_features.h"
#include "oracle/reduce/forked_verdict.h"
#include "wabt/apply-names.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/binary-writer.h"
#include "wabt/cast.h"
#include "wabt/generate-names.h"
#include "wabt/ir.h"
#include "wabt/resolve-names.h"
#include "wabt/stream.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

// One edit of a module, applied to a fresh copy of it.
struct Edit {
  enum class Kind : uint8_t {
    RemoveFields,         // a run of module fields: types, imports, functions, tables, memories, globals, exports,
                          // element and data segments
    BodiesToUnreachable,  // the bodies of a run of functions
    BodyToUnreachable,
    RemoveRun,
    RunToUnreachable,  // always valid: what follows runs on an unreachable (polymorphic) stack
    ToUnreachable,
    ConstToZero,
    ConstToOne,
    Unwrap,
  };
  Kind kind;
  size_t index;  // which list / expression in walk order
  size_t start = 0, length = 0;
};

void clear_labels(wabt::ExprList& list) {
  for (wabt::Expr& e : list) {
    if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) {
      b->block.label.clear();
      clear_labels(b->block.exprs);
    } else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) {
      l->block.label.clear();
      clear_labels(l->block.exprs);
    } else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      i->true_.label.clear();
      clear_labels(i->true_.exprs);
      clear_labels(i->false_);
    }
  }
}

std::unique_ptr<wabt::Module> read_ir(const std::vector<uint8_t>& wasm) {
  auto m = std::make_unique<wabt::Module>();
  wabt::Errors errors;
  wabt::Features features = all_wabt_features();
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  if (wabt::Failed(wabt::ReadBinaryIr("<reduce>", wasm.data(), wasm.size(), options, &errors, m.get()))) return nullptr;
  // References by name, not index, so that removing a function, global or
  // type moves the others' references with them (write_ir resolves them
  // again). Branch targets stay depths: labels would make every block
  // that an edit unwraps an unresolvable target.
  if (wabt::Failed(wabt::GenerateNames(m.get()))) return nullptr;
  for (wabt::Func* f : m->funcs) clear_labels(f->exprs);
  if (wabt::Failed(wabt::ApplyNames(m.get()))) return nullptr;
  return m;
}

std::optional<std::vector<uint8_t>> write_ir(wabt::Module& m) {
  wabt::Errors errors;
  if (wabt::Failed(wabt::ResolveNamesModule(&m, &errors))) return std::nullopt;  // a reference to a removed field
  wabt::MemoryStream stream;
  wabt::WriteBinaryOptions options;
  options.features = all_wabt_features();
  options.write_debug_names = false;
  if (wabt::Failed(wabt::WriteBinaryModule(&stream, &m, options))) return std::nullopt;
  const auto& data = stream.output_buffer().data;
  return std::vector<uint8_t>(data.begin(), data.end());
}

// Visits every expression list (function bodies first, then nested blocks,
// pre-order) and every expression, in one deterministic order.
void walk_lists(wabt::ExprList& list, const std::function<void(wabt::ExprList&)>& on_list) {
  on_list(list);
  for (wabt::Expr& e : list) {
    if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e))
      walk_lists(b->block.exprs, on_list);
    else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e))
      walk_lists(l->block.exprs, on_list);
    else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      walk_lists(i->true_.exprs, on_list);
      walk_lists(i->false_, on_list);
    }
  }
}

void for_each_list(wabt::Module& m, const std::function<void(wabt::ExprList&)>& on_list) {
  for (wabt::Func* f : m.funcs) walk_lists(f->exprs, on_list);
}

// All edits of a module, in order: cheap and large first.
std::vector<Edit> enumerate(wabt::Module& m) {
  std::vector<Edit> edits;
  // Bodies by halves first: one function of a thousand that the finding
  // needs is found in some twenty kept edits, not a thousand tries (and
  // every candidate after them compiles one function, not all of them).
  auto is_unreachable = [&](size_t f) {  // or imported: nothing to replace
    if (f < m.num_func_imports) return true;
    const wabt::ExprList& body = m.funcs[f]->exprs;
    return body.size() == 1 && body.front().type() == wabt::ExprType::Unreachable;
  };
  const size_t funcs = m.funcs.size();
  for (size_t len = funcs / 2; len >= 2; len /= 2)
    for (size_t start = 0; start + len <= funcs; start += len) {
      bool any = false;
      for (size_t f = start; f < start + len && !any; ++f) any = !is_unreachable(f);
      if (any) edits.push_back({Edit::Kind::BodiesToUnreachable, 0, start, len});
    }
  const size_t fields = m.fields.size();
  for (size_t len = fields / 2; len >= 1; len /= 2)
    for (size_t start = 0; start + len <= fields; start += len)
      edits.push_back({Edit::Kind::RemoveFields, 0, start, len});
  for (size_t f = 0; f < funcs; ++f)
    if (!is_unreachable(f)) edits.push_back({Edit::Kind::BodyToUnreachable, f});
  size_t list_index = 0;
  for_each_list(m, [&](wabt::ExprList& list) {
    size_t n = list.size();
    // Removing a run rarely validates in a body that leaves values on the
    // stack; replacing it by `unreachable` always does, and the code after
    // it is dead to both compilers. That halves a 30 KB function per kept
    // edit where removals alone crawled.
    for (size_t len = n; len >= 1; len /= 2)
      for (size_t start = 0; start + len <= n; start += len) {
        edits.push_back({Edit::Kind::RemoveRun, list_index, start, len});
        if (len > 1) edits.push_back({Edit::Kind::RunToUnreachable, list_index, start, len});
      }
    ++list_index;
  });
  size_t expr_index = 0;
  for_each_list(m, [&](wabt::ExprList& list) {
    for (wabt::Expr& e : list) {
      if (e.type() != wabt::ExprType::Unreachable) edits.push_back({Edit::Kind::ToUnreachable, expr_index});
      if (auto* c = wabt::dyn_cast<wabt::ConstExpr>(&e)) {
        wabt::Type t = c->const_.type();
        const bool narrow = t == wabt::Type::I32 || t == wabt::Type::F32;
        const uint64_t bits = narrow ? c->const_.u32() : c->const_.u64();
        const uint64_t one = t == wabt::Type::F32 ? 0x3f800000u : t == wabt::Type::F64 ? 0x3ff0000000000000ull : 1;
        // Towards zero only: 0 stays, 1 may become 0, anything else 0 or 1.
        // Offering 0 -> 1 too made the two edits flip one constant forever.
        if (bits != 0) edits.push_back({Edit::Kind::ConstToZero, expr_index});
        if (bits != 0 && bits != one) edits.push_back({Edit::Kind::ConstToOne, expr_index});
      }
      if (e.type() == wabt::ExprType::Block || e.type() == wabt::ExprType::Loop)
        edits.push_back({Edit::Kind::Unwrap, expr_index});
      ++expr_index;
    }
  });
  return edits;
}

void set_const(wabt::Const& c, uint64_t v) {
  wabt::Type t = c.type();
  if (t == wabt::Type::I32)
    c = wabt::Const::I32(static_cast<uint32_t>(v));
  else if (t == wabt::Type::I64)
    c = wabt::Const::I64(v);
  else if (t == wabt::Type::F32)
    c = wabt::Const::F32(v ? 0x3f800000u : 0);
  else if (t == wabt::Type::F64)
    c = wabt::Const::F64(v ? 0x3ff0000000000000ull : 0);
}

// The module without fields [start, start + length): the others appended to
// a new module in order, so that wabt rebuilds every index space. Later
// items move down; a candidate whose references no longer fit fails
// validation and is not kept.
std::unique_ptr<wabt::Module> without_fields(wabt::Module& m, size_t start, size_t length) {
  auto rebuilt = std::make_unique<wabt::Module>();
  for (size_t i = 0; !m.fields.empty(); ++i) {
    std::unique_ptr<wabt::ModuleField> f = m.fields.extract_front();
    if (i < start || i >= start + length) rebuilt->AppendField(std::move(f));
  }
  return rebuilt;
}

bool apply(std::unique_ptr<wabt::Module>& module, const Edit& edit) {
  wabt::Module& m = *module;
  if (edit.kind == Edit::Kind::RemoveFields) {
    if (edit.start + edit.length > m.fields.size()) return false;
    module = without_fields(m, edit.start, edit.length);
    return true;
  }
  if (edit.kind == Edit::Kind::BodiesToUnreachable) {
    if (edit.start + edit.length > m.funcs.size()) return false;
    for (size_t f = std::max<size_t>(edit.start, m.num_func_imports); f < edit.start + edit.length; ++f) {
      m.funcs[f]->exprs.clear();
      m.funcs[f]->exprs.push_back(std::make_unique<wabt::UnreachableExpr>());
    }
    return true;
  }
  if (edit.kind == Edit::Kind::BodyToUnreachable) {
    if (edit.index >= m.funcs.size()) return false;
    m.funcs[edit.index]->exprs.clear();
    m.funcs[edit.index]->exprs.push_back(std::make_unique<wabt::UnreachableExpr>());
    return true;
  }
  bool done = false;
  if (edit.kind == Edit::Kind::RemoveRun || edit.kind == Edit::Kind::RunToUnreachable) {
    size_t list_index = 0;
    for_each_list(m, [&](wabt::ExprList& list) {
      if (done || list_index++ != edit.index) return;
      if (edit.start + edit.length > list.size()) return;
      auto first = list.begin();
      std::advance(first, edit.start);
      auto last = first;
      std::advance(last, edit.length);
      last = list.erase(first, last);
      if (edit.kind == Edit::Kind::RunToUnreachable) list.insert(last, std::make_unique<wabt::UnreachableExpr>());
      done = true;
    });
    return done;
  }
  size_t expr_index = 0;
  for_each_list(m, [&](wabt::ExprList& list) {
    if (done) return;
    for (auto it = list.begin(); it != list.end(); ++it) {
      if (expr_index++ != edit.index) continue;
      switch (edit.kind) {
        case Edit::Kind::ToUnreachable:
          it = list.erase(it);
          list.insert(it, std::make_unique<wabt::UnreachableExpr>());
          break;
        case Edit::Kind::ConstToZero:
        case Edit::Kind::ConstToOne:
          if (auto* c = wabt::dyn_cast<wabt::ConstExpr>(&*it))
            set_const(c->const_, edit.kind == Edit::Kind::ConstToOne);
          break;
        case Edit::Kind::Unwrap: {
          wabt::ExprList inner;
          if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&*it))
            inner = std::move(b->block.exprs);
          else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&*it))
            inner = std::move(l->block.exprs);
          it = list.erase(it);
          list.splice(it, inner);
          break;
        }
        default: break;
      }
      done = true;
      return;
    }
  });
  return done;
}

}  // namespace

Result<ReduceResult> reduce(const DiffCase& original, const ReduceOptions& options) {
  TANDEM_TRY(std::unique_ptr<DifferentialOracle> oracle, DifferentialOracle::create(options.diff));
  // The parent's oracle never runs a case itself: every run is in a child,
  // so that no candidate's state reaches the next one.
  const auto started = std::chrono::steady_clock::now();
  TANDEM_TRY(ForkedVerdict first,
             run_forked(*oracle, original, std::max(options.candidate_deadline, std::chrono::milliseconds(60000))));
  if (first.outcome == ForkedVerdict::Outcome::TimedOut)
    return make_error(ErrorKind::Usage, "the case gave no verdict within 60 s; nothing to reduce");
  if (first.outcome == ForkedVerdict::Outcome::Died)
    return make_error(ErrorKind::Usage,
                      fmt::format("the case kills the harness (signal {}) instead of giving a verdict; "
                                  "it cannot be reduced until it runs in the sandboxed executor",
                                  first.signal));
  if (first.verdict.kind != DiffVerdict::Kind::Mismatch)
    return make_error(ErrorKind::Usage, "the case does not reproduce a mismatch with these settings");
  const std::string signature = first.verdict.finding->signature();
  std::chrono::milliseconds deadline = options.candidate_deadline;
  if (deadline.count() == 0) {
    auto took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    deadline = std::max(std::chrono::milliseconds(2000), 20 * took);
  }

  ReduceResult result;
  result.original_size = original.wasm.size();
  result.reduced = original;
  result.finding = *first.verdict.finding;
  auto holds = [&](const DiffCase& candidate) -> bool {
    ++result.attempts;
    Result<ForkedVerdict> run = run_forked(*oracle, candidate, deadline);
    if (!run) return false;
    if (run->outcome == ForkedVerdict::Outcome::TimedOut) ++result.timed_out;
    if (run->outcome == ForkedVerdict::Outcome::Died) ++result.died;
    const DiffVerdict& v = run->verdict;
    if (run->outcome != ForkedVerdict::Outcome::Done || v.kind != DiffVerdict::Kind::Mismatch ||
        v.finding->signature() != signature)
      return false;
    result.finding = *v.finding;
    ++result.accepted;
    return true;
  };

  // Calls: a finding at instantiation (a compile that blows up, a compiler
  // error) needs none, and without them no candidate can run a call that
  // never ends (modules from elsewhere have no fuel). Otherwise drop every
  // one that the mismatch does not need, latest first.
  if (!result.reduced.calls.empty()) {
    DiffCase candidate{result.reduced.wasm, {}};
    if (holds(candidate)) result.reduced = std::move(candidate);
  }
  for (size_t i = result.reduced.calls.size(); i-- > 0 && result.attempts < options.max_attempts;) {
    if (result.reduced.calls.size() == 1) break;
    DiffCase candidate = result.reduced;
    candidate.calls.erase(candidate.calls.begin() + static_cast<long>(i));
    if (holds(candidate)) result.reduced = std::move(candidate);
  }

  // The module: edits until none is accepted or the budget is spent. After
  // an accepted edit the list is made anew (indices moved), and the walk
  // goes on where it was: at the same kind of edit, the same run length,
  // the same place (wrapping around), as delta debugging does. Starting
  // over from the first edit each time would try the edits before it again
  // and again, quadratic in a large function.
  bool progress = true;
  std::optional<Edit> last;
  while (progress && result.attempts < options.max_attempts) {
    progress = false;
    std::unique_ptr<wabt::Module> current = read_ir(result.reduced.wasm);
    if (!current) break;
    std::vector<Edit> edits = enumerate(*current);
    size_t resume = 0;
    if (last) {
      auto is_run = [](const Edit& e) {
        return e.kind == Edit::Kind::RemoveRun || e.kind == Edit::Kind::RunToUnreachable;
      };
      auto same_place = [&](const Edit& e) {
        if (is_run(e) && is_run(*last))
          return e.index == last->index && e.length == last->length && e.start >= last->start;
        if (e.kind != last->kind) return false;
        if (e.kind == Edit::Kind::RemoveFields || e.kind == Edit::Kind::BodiesToUnreachable)
          return e.length == last->length && e.start >= last->start;
        return e.index >= last->index;
      };
      auto it = std::find_if(edits.begin(), edits.end(), same_place);
      if (it != edits.end()) resume = static_cast<size_t>(it - edits.begin());
    }
    for (size_t k = 0; k < edits.size(); ++k) {
      if (result.attempts >= options.max_attempts) break;
      const size_t at = (resume + k) % edits.size();
      const Edit& edit = edits[at];
      std::unique_ptr<wabt::Module> copy = read_ir(result.reduced.wasm);
      if (!copy || !apply(copy, edit)) continue;
      std::optional<std::vector<uint8_t>> bytes = write_ir(*copy);
      if (!bytes || *bytes == result.reduced.wasm || bytes->size() > result.reduced.wasm.size()) continue;
      if (!wasm::decode_and_validate(*bytes).ok()) continue;
      DiffCase candidate{std::move(*bytes), result.reduced.calls};
      if (holds(candidate)) {
        result.reduced = std::move(candidate);
        progress = true;
        last = edit;
        break;  // indices changed: enumerate again
      }
    }
  }
  return result;
}

}  // namespace tandem::oracle
