#include "wasm/func_validator.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>

#include "wasm/limits.h"

namespace tandem::wasm {
namespace {

// One-element type sequences for `block (result t)`, indexed by encoding.
constexpr std::array<ValType, 256> kSingleTypes = [] {
  std::array<ValType, 256> a{};
  for (size_t i = 0; i < a.size(); ++i) a[i] = static_cast<ValType>(i);
  return a;
}();

std::span<const ValType> single_type(ValType t) { return {&kSingleTypes[static_cast<uint8_t>(t)], 1}; }

// The table's fixed signatures, unpacked once: operand types first pushed
// first, and the result if any.
struct FixedSignature {
  bool fixed = false;  // typed by the table alone
  uint8_t num_in = 0;
  bool has_out = false;
  ValType in[3] = {};
  ValType out = ValType::I32;
  // What the immediates must meet: loads and stores need a memory and at
  // most their natural alignment (log2 of the bytes they access); a lane
  // index is below the lane count, a shuffle's indices below twice it.
  bool accesses_memory = false;
  uint8_t max_align_log2 = 0;
  uint8_t lane_limit = 0;  // 0: no lane immediate
  bool shuffle = false;
};

// Built on first use rather than at static initialization, so that a
// validation run from another file's static initializer still sees it.
const std::array<FixedSignature, kNumOpcodes>& fixed_signatures() {
  static const std::array<FixedSignature, kNumOpcodes> table = [] {
    std::array<FixedSignature, kNumOpcodes> sigs{};
    for (const OpInfo& info : all_ops()) {
      if (!info.has_fixed_signature()) continue;
      FixedSignature& s = sigs[static_cast<uint16_t>(info.opcode)];
      s.fixed = true;
      for (SigType t : info.in)
        if (t != SigType::None) s.in[s.num_in++] = sig_val_type(t);
      s.has_out = info.out != SigType::None;
      if (s.has_out) s.out = sig_val_type(info.out);
      s.accesses_memory = info.access_bytes != 0;
      s.max_align_log2 = static_cast<uint8_t>(std::countr_zero(info.access_bytes));
      s.shuffle = info.imm == ImmKind::Shuffle;
      if (info.imm == ImmKind::Lane || info.imm == ImmKind::MemArgLane) s.lane_limit = info.lanes;
      if (s.shuffle) s.lane_limit = static_cast<uint8_t>(2 * info.lanes);
    }
    return sigs;
  }();
  return table;
}

// The types untyped `select` takes: numbers and vectors (not references).
bool is_num_or_vec(ValType t) {
  return t == ValType::I32 || t == ValType::I64 || t == ValType::F32 || t == ValType::F64 || t == ValType::V128;
}

const char* type_name(ValType t) { return t == static_cast<ValType>(0) ? "unknown" : val_type_name(t); }

}  // namespace

FuncValidator::FuncValidator(const Module& module, const std::vector<bool>& declared_funcs)
    : m_(module), declared_funcs_(declared_funcs) {
  stack_.reserve(64);
  ctrls_.reserve(16);
}

// --- Errors ------------------------------------------------------------------

bool FuncValidator::fail(const Op& op, std::string message) {
  error_ = make_error(ErrorKind::Invalid, fmt::format("{} in {}", message, op_name(op.opcode)), op.offset);
  return false;
}

bool FuncValidator::type_mismatch(const Op& op, ValType expected, ValType actual) {
  return fail(op, fmt::format("type mismatch: expected {}, found {}", type_name(expected), type_name(actual)));
}

// --- Operand stack ---------------------------------------------------------------

bool FuncValidator::pop(const Op& op, ValType* out) {
  const ControlFrame& frame = ctrls_.back();
  if (stack_.size() == frame.height) {
    if (frame.unreachable) {
      *out = kUnknown;
      return true;
    }
    return fail(op, "type mismatch: operand stack underflow");
  }
  *out = stack_.back();
  stack_.pop_back();
  return true;
}

bool FuncValidator::pop_expect(const Op& op, ValType expected, ValType* out) {
  ValType actual;
  if (!pop(op, &actual)) return false;
  if (actual != expected && actual != kUnknown && expected != kUnknown) return type_mismatch(op, expected, actual);
  if (out) *out = actual;
  return true;
}

bool FuncValidator::pop_vals(const Op& op, std::span<const ValType> types) {
  for (size_t i = types.size(); i-- > 0;)
    if (!pop_expect(op, types[i])) return false;
  return true;
}

// --- Control stack -----------------------------------------------------------------

void FuncValidator::push_ctrl(Opcode opcode, std::span<const ValType> params, std::span<const ValType> results) {
  ctrls_.push_back(ControlFrame{opcode, false, static_cast<uint32_t>(stack_.size()), params, results});
  push_vals(params);
}

bool FuncValidator::pop_ctrl(const Op& op, ControlFrame* out) {
  const ControlFrame& frame = ctrls_.back();
  if (!pop_vals(op, frame.results)) return false;
  if (stack_.size() != frame.height) return fail(op, "type mismatch: values remaining on the stack at end of block");
  *out = frame;
  ctrls_.pop_back();
  return true;
}

void FuncValidator::set_unreachable() {
  ControlFrame& frame = ctrls_.back();
  stack_.resize(frame.height);
  frame.unreachable = true;
}

// --- Immediates that name module entities ------------------------------------------

bool FuncValidator::block_signature(const Op& op, std::span<const ValType>* params, std::span<const ValType>* results) {
  switch (op.block.kind) {
    case BlockType::Kind::Empty:
      *params = {};
      *results = {};
      return true;
    case BlockType::Kind::Value:
      *params = {};
      *results = single_type(op.block.value);
      return true;
    case BlockType::Kind::TypeIndex:
      if (op.block.type_index >= m_.types.size()) return fail(op, fmt::format("unknown type {}", op.block.type_index));
      *params = m_.types[op.block.type_index].params;
      *results = m_.types[op.block.type_index].results;
      return true;
  }
  return false;
}

bool FuncValidator::label(const Op& op, uint32_t depth, const ControlFrame** frame) {
  if (depth >= ctrls_.size()) return fail(op, fmt::format("unknown label {}", depth));
  *frame = &ctrls_[ctrls_.size() - 1 - depth];
  return true;
}

bool FuncValidator::local_type(const Op& op, uint32_t index, ValType* out) {
  if (index < params_.size()) {
    *out = params_[index];
    return true;
  }
  if (index >= num_locals_) return fail(op, fmt::format("unknown local {}", index));
  auto it = std::upper_bound(local_runs_.begin(), local_runs_.end(), uint64_t{index},
                             [](uint64_t i, const std::pair<uint64_t, ValType>& run) { return i < run.first; });
  *out = it->second;
  return true;
}

bool FuncValidator::check_memory(const Op& op) {
  if (m_.memories.empty()) return fail(op, "unknown memory 0");
  return true;
}

bool FuncValidator::check_table(const Op& op, uint32_t index) {
  if (index >= m_.tables.size()) return fail(op, fmt::format("unknown table {}", index));
  return true;
}

bool FuncValidator::check_data_count(const Op& op) {
  if (m_.data_count) return true;
  // The binary format requires the data count section before the code that
  // names data segments, so that bodies validate in one pass: a missing one
  // is malformed, not invalid.
  error_ = make_error(ErrorKind::Malformed, "data count section required", op.offset);
  return false;
}

// --- The body ------------------------------------------------------------------------

void FuncValidator::begin(const Function& func) {
  const FuncType& type = m_.types[func.type_index];
  params_ = type.params;
  local_runs_.clear();
  num_locals_ = params_.size();
  for (const LocalRun& run : func.locals) {
    num_locals_ += run.count;
    local_runs_.emplace_back(num_locals_, run.type);
  }
  stack_.clear();
  ctrls_.clear();
  error_.reset();

  // The function's own frame: a block whose label is a return.
  push_ctrl(Opcode::Block, {}, type.results);
}

Status FuncValidator::step_one(const Op& op) {
  if (ctrls_.empty())
    return make_error(ErrorKind::Malformed, "operators remaining after the end of the function", op.offset);
  if (!step(op)) return std::move(*error_);
  // One operator pushes at most one type's worth of values, so checking
  // after each keeps the stack within the limit plus the input's size.
  if (exceeds(Limit::OperandStackHeight, stack_.size()))
    return limit_exceeded(Limit::OperandStackHeight, "the body holds", stack_.size(), op.offset);
  return {};
}

Status FuncValidator::validate(const Function& func) {
  begin(func);
  OpReader reader(m_.bytes, func.code_start, func.code_end);
  while (!reader.done()) {
    if (ctrls_.empty())
      return make_error(ErrorKind::Malformed, "operators remaining after the end of the function", reader.position());
    Result<Op> op = reader.next();  // used in place: an Op is copied nowhere
    if (!op.ok()) return op.take_error();
    TANDEM_TRY_STATUS(step_one(*op));
  }
  if (!ctrls_.empty()) return make_error(ErrorKind::Malformed, "END opcode expected", func.code_end);
  return {};
}

// Each check records its error in error_ and fails the step.
#define CHECK(cond)            \
  do {                         \
    if (!(cond)) return false; \
  } while (0)

bool FuncValidator::step(const Op& op) {
  switch (op.opcode) {
    case Opcode::Unreachable: set_unreachable(); return true;

    case Opcode::Nop: return true;

    case Opcode::Block:
    case Opcode::Loop:
    case Opcode::If: {
      std::span<const ValType> params, results;
      CHECK(block_signature(op, &params, &results));
      if (op.opcode == Opcode::If) CHECK(pop_expect(op, ValType::I32));
      CHECK(pop_vals(op, params));
      push_ctrl(op.opcode, params, results);
      return true;
    }

    case Opcode::Else: {
      if (ctrls_.back().opcode != Opcode::If) {
        error_ = make_error(ErrorKind::Malformed, "else without a matching if", op.offset);
        return false;
      }
      ControlFrame frame;
      CHECK(pop_ctrl(op, &frame));
      push_ctrl(Opcode::Else, frame.params, frame.results);
      return true;
    }

    case Opcode::End: {
      ControlFrame frame;
      CHECK(pop_ctrl(op, &frame));
      // An `if` without `else` passes its parameters through the missing branch.
      if (frame.opcode == Opcode::If &&
          !std::equal(frame.params.begin(), frame.params.end(), frame.results.begin(), frame.results.end()))
        CHECK(fail(op, "type mismatch: if without else must have matching parameter and result types"));
      push_vals(frame.results);
      return true;
    }

    case Opcode::Br: {
      const ControlFrame* target;
      CHECK(label(op, op.index, &target));
      CHECK(pop_vals(op, target->label_types()));
      set_unreachable();
      return true;
    }

    case Opcode::BrIf: {
      const ControlFrame* target;
      CHECK(pop_expect(op, ValType::I32));
      CHECK(label(op, op.index, &target));
      std::span<const ValType> types = target->label_types();
      CHECK(pop_vals(op, types));
      push_vals(types);
      return true;
    }

    case Opcode::BrTable: {
      CHECK(pop_expect(op, ValType::I32));
      const ControlFrame* default_target;
      CHECK(label(op, op.index, &default_target));
      std::span<const ValType> default_types = default_target->label_types();
      for (size_t i = 0; i + 1 < op.br_targets.size(); ++i) {
        const ControlFrame* target;
        CHECK(label(op, op.br_targets[i], &target));
        std::span<const ValType> types = target->label_types();
        if (types.size() != default_types.size())
          CHECK(fail(op, "type mismatch: br_table targets have different arities"));
        // Pop and push back what was found, so Unknowns stay Unknown.
        scratch_.resize(types.size());
        for (size_t j = types.size(); j-- > 0;) CHECK(pop_expect(op, types[j], &scratch_[j]));
        push_vals(scratch_);
      }
      CHECK(pop_vals(op, default_types));
      set_unreachable();
      return true;
    }

    case Opcode::Return:
      CHECK(pop_vals(op, ctrls_.front().results));
      set_unreachable();
      return true;

    case Opcode::Call: {
      if (op.index >= m_.num_funcs()) CHECK(fail(op, fmt::format("unknown function {}", op.index)));
      const FuncType& callee = m_.func_type(op.index);
      CHECK(pop_vals(op, callee.params));
      push_vals(callee.results);
      return true;
    }

    case Opcode::CallIndirect: {
      CHECK(check_table(op, op.index2));
      if (m_.tables[op.index2].elem != ValType::FuncRef)
        CHECK(fail(op, "type mismatch: call_indirect through a table of externref"));
      if (op.index >= m_.types.size()) CHECK(fail(op, fmt::format("unknown type {}", op.index)));
      const FuncType& callee = m_.types[op.index];
      CHECK(pop_expect(op, ValType::I32));
      CHECK(pop_vals(op, callee.params));
      push_vals(callee.results);
      return true;
    }

    case Opcode::Drop: {
      ValType t;
      CHECK(pop(op, &t));
      return true;
    }

    case Opcode::Select: {
      ValType t1, t2;
      CHECK(pop_expect(op, ValType::I32));
      CHECK(pop(op, &t1));
      CHECK(pop(op, &t2));
      // Without a type annotation select only takes numbers and vectors.
      if ((t1 != kUnknown && !is_num_or_vec(t1)) || (t2 != kUnknown && !is_num_or_vec(t2)))
        CHECK(fail(op, "type mismatch: select without a type needs numeric or vector operands"));
      if (t1 != t2 && t1 != kUnknown && t2 != kUnknown) CHECK(type_mismatch(op, t1, t2));
      push(t1 == kUnknown ? t2 : t1);
      return true;
    }

    case Opcode::SelectT:
      CHECK(pop_expect(op, ValType::I32));
      CHECK(pop_expect(op, op.type));
      CHECK(pop_expect(op, op.type));
      push(op.type);
      return true;

    case Opcode::LocalGet: {
      ValType t;
      CHECK(local_type(op, op.index, &t));
      push(t);
      return true;
    }

    case Opcode::LocalSet: {
      ValType t;
      CHECK(local_type(op, op.index, &t));
      CHECK(pop_expect(op, t));
      return true;
    }

    case Opcode::LocalTee: {
      ValType t;
      CHECK(local_type(op, op.index, &t));
      CHECK(pop_expect(op, t));
      push(t);
      return true;
    }

    case Opcode::GlobalGet:
      if (op.index >= m_.globals.size()) CHECK(fail(op, fmt::format("unknown global {}", op.index)));
      push(m_.globals[op.index].type.type);
      return true;

    case Opcode::GlobalSet: {
      if (op.index >= m_.globals.size()) CHECK(fail(op, fmt::format("unknown global {}", op.index)));
      const GlobalType& global = m_.globals[op.index].type;
      if (!global.mutable_) CHECK(fail(op, fmt::format("global {} is immutable", op.index)));
      CHECK(pop_expect(op, global.type));
      return true;
    }

    case Opcode::TableGet:
      CHECK(check_table(op, op.index));
      CHECK(pop_expect(op, ValType::I32));
      push(m_.tables[op.index].elem);
      return true;

    case Opcode::TableSet:
      CHECK(check_table(op, op.index));
      CHECK(pop_expect(op, m_.tables[op.index].elem));
      CHECK(pop_expect(op, ValType::I32));
      return true;

    case Opcode::TableSize:
      CHECK(check_table(op, op.index));
      push(ValType::I32);
      return true;

    case Opcode::TableGrow:
      CHECK(check_table(op, op.index));
      CHECK(pop_expect(op, ValType::I32));
      CHECK(pop_expect(op, m_.tables[op.index].elem));
      push(ValType::I32);
      return true;

    case Opcode::TableFill:
      CHECK(check_table(op, op.index));
      CHECK(pop_expect(op, ValType::I32));
      CHECK(pop_expect(op, m_.tables[op.index].elem));
      CHECK(pop_expect(op, ValType::I32));
      return true;

    case Opcode::TableCopy:
      CHECK(check_table(op, op.index));
      CHECK(check_table(op, op.index2));
      if (m_.tables[op.index].elem != m_.tables[op.index2].elem)
        CHECK(type_mismatch(op, m_.tables[op.index].elem, m_.tables[op.index2].elem));
      break;  // operands from the table

    case Opcode::TableInit:
      if (op.index >= m_.elems.size()) CHECK(fail(op, fmt::format("unknown elem segment {}", op.index)));
      CHECK(check_table(op, op.index2));
      if (m_.tables[op.index2].elem != m_.elems[op.index].type)
        CHECK(type_mismatch(op, m_.tables[op.index2].elem, m_.elems[op.index].type));
      break;

    case Opcode::ElemDrop:
      if (op.index >= m_.elems.size()) CHECK(fail(op, fmt::format("unknown elem segment {}", op.index)));
      return true;

    case Opcode::MemorySize:
    case Opcode::MemoryGrow:
    case Opcode::MemoryFill:
    case Opcode::MemoryCopy: CHECK(check_memory(op)); break;

    case Opcode::MemoryInit:
      CHECK(check_data_count(op));
      CHECK(check_memory(op));
      if (op.index >= *m_.data_count) CHECK(fail(op, fmt::format("unknown data segment {}", op.index)));
      break;

    case Opcode::DataDrop:
      CHECK(check_data_count(op));
      if (op.index >= *m_.data_count) CHECK(fail(op, fmt::format("unknown data segment {}", op.index)));
      return true;

    case Opcode::RefNull: push(op.type); return true;

    case Opcode::RefIsNull: {
      ValType t;
      CHECK(pop(op, &t));
      if (t != kUnknown && !is_ref(t))
        CHECK(fail(op, fmt::format("type mismatch: expected a reference, found {}", type_name(t))));
      push(ValType::I32);
      return true;
    }

    case Opcode::RefFunc:
      if (op.index >= m_.num_funcs()) CHECK(fail(op, fmt::format("unknown function {}", op.index)));
      if (!declared_funcs_[op.index]) CHECK(fail(op, fmt::format("undeclared function reference {}", op.index)));
      push(ValType::FuncRef);
      return true;

    default: break;
  }

  // Everything left is typed by the opcode table alone, and so are its
  // immediates' bounds.
  const FixedSignature& sig = fixed_signatures()[static_cast<uint16_t>(op.opcode)];
  TANDEM_CHECK(sig.fixed, "an operator with special typing has no case in FuncValidator::step");
  if (sig.accesses_memory) {
    CHECK(check_memory(op));
    if (op.mem.align_log2 > sig.max_align_log2) CHECK(fail(op, "alignment must not be larger than natural"));
  }
  if (sig.lane_limit != 0) {
    if (sig.shuffle) {
      for (uint8_t lane : op.v128)
        if (lane >= sig.lane_limit) CHECK(fail(op, fmt::format("invalid lane index {}", lane)));
    } else if (op.lane >= sig.lane_limit) {
      CHECK(fail(op, fmt::format("invalid lane index {}", op.lane)));
    }
  }
  for (int i = sig.num_in - 1; i >= 0; --i) CHECK(pop_expect(op, sig.in[i]));
  if (sig.has_out) push(sig.out);
  return true;
}

#undef CHECK

}  // namespace tandem::wasm
