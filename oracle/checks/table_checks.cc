#include "oracle/checks/table_checks.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "oracle/checks/disassembler.h"
#include "wasm/op_reader.h"

namespace tandem::oracle {
namespace {

using compile::CompiledFunction;
using compile::LibCall;
using compile::RelocKind;
using compile::RelocTarget;
using compile::TrapCode;
using wasm::Opcode;

// What a function's body may legitimately ask of the tables: its operators
// by offset, the functions it calls directly, the libcalls its operators use.
struct BodyFacts {
  std::unordered_map<uint32_t, Opcode> op_at;
  std::set<uint32_t> direct_calls;
  std::set<uint32_t> libcalls;
};

void add_libcalls(Opcode op, std::set<uint32_t>& out) {
  auto add = [&out](LibCall c) { out.insert(static_cast<uint32_t>(c)); };
  switch (op) {
    case Opcode::MemoryGrow: add(LibCall::MemoryGrow); break;
    case Opcode::MemoryFill: add(LibCall::MemoryFill); break;
    case Opcode::MemoryCopy: add(LibCall::MemoryCopy); break;
    case Opcode::MemoryInit: add(LibCall::MemoryInit); break;
    case Opcode::DataDrop: add(LibCall::DataDrop); break;
    case Opcode::TableGrow: add(LibCall::TableGrow); break;
    case Opcode::TableFill: add(LibCall::TableFill); break;
    case Opcode::TableCopy: add(LibCall::TableCopy); break;
    case Opcode::TableInit: add(LibCall::TableInit); break;
    case Opcode::ElemDrop: add(LibCall::ElemDrop); break;
    case Opcode::F32Ceil: add(LibCall::CeilF32); break;
    case Opcode::F32Floor: add(LibCall::FloorF32); break;
    case Opcode::F32Trunc: add(LibCall::TruncF32); break;
    case Opcode::F32Nearest: add(LibCall::NearestF32); break;
    case Opcode::F64Ceil: add(LibCall::CeilF64); break;
    case Opcode::F64Floor: add(LibCall::FloorF64); break;
    case Opcode::F64Trunc: add(LibCall::TruncF64); break;
    case Opcode::F64Nearest: add(LibCall::NearestF64); break;
    default: break;
  }
}

Result<BodyFacts> body_facts(const wasm::Module& m, uint32_t func_index) {
  BodyFacts facts;
  const wasm::Function& f = m.defined_func(func_index);
  wasm::OpReader reader(m.bytes, f.code_start, f.code_end);
  while (!reader.done()) {
    TANDEM_TRY(wasm::Op op, reader.next());
    facts.op_at.emplace(op.offset, op.opcode);
    if (op.opcode == Opcode::Call && !m.is_imported_func(op.index)) facts.direct_calls.insert(op.index);
    add_libcalls(op.opcode, facts.libcalls);
  }
  return facts;
}

// Whether an operator can raise `code`. The stack check belongs to the
// function, so any offset in the body may carry it.
bool op_can_raise(Opcode op, TrapCode code) {
  const wasm::OpInfo& info = wasm::op_info(op);
  switch (code) {
    case TrapCode::Unreachable: return op == Opcode::Unreachable;
    case TrapCode::IntegerDivideByZero: return info.cls == wasm::OpClass::IntDivRem;
    case TrapCode::IntegerOverflow:
      return op == Opcode::I32DivS || op == Opcode::I64DivS || info.cls == wasm::OpClass::Truncate;
    case TrapCode::BadConversionToInteger: return info.cls == wasm::OpClass::Truncate;
    case TrapCode::OutOfBoundsMemory:
      return info.cls == wasm::OpClass::Load || info.cls == wasm::OpClass::Store ||
             info.cls == wasm::OpClass::SimdMemory || op == Opcode::MemoryFill || op == Opcode::MemoryCopy ||
             op == Opcode::MemoryInit;
    case TrapCode::OutOfBoundsTable:
      return op == Opcode::TableGet || op == Opcode::TableSet || op == Opcode::TableFill || op == Opcode::TableCopy ||
             op == Opcode::TableInit;
    case TrapCode::IndirectCallOutOfBounds:
    case TrapCode::IndirectCallNull:
    case TrapCode::IndirectCallTypeMismatch: return op == Opcode::CallIndirect;
    case TrapCode::StackOverflow: return true;
    case TrapCode::HostError: return false;
  }
  return false;
}

// Whether an instruction can be the faulting instruction of a trap site.
bool insn_can_raise(const DecodedInsn& insn, TrapCode code) {
  if (insn.is_ud2) return true;
  if (code == TrapCode::OutOfBoundsMemory) return insn.accesses_memory;
  if (code == TrapCode::IntegerDivideByZero || code == TrapCode::IntegerOverflow) return insn.is_divide;
  return false;
}

TableProblem problem(const CompiledFunction& f, const char* check, std::string what,
                     std::optional<uint32_t> code_offset = std::nullopt,
                     std::optional<uint32_t> wasm_offset = std::nullopt) {
  return TableProblem{f.backend, f.func_index, check, std::move(what), wasm_offset, code_offset};
}

}  // namespace

std::string TableProblem::to_string() const {
  return fmt::format("{} backend, function {}: {}", compile::backend_name(backend), func_index, what);
}

std::optional<TableProblem> check_tables(const wasm::Module& module, std::span<const CompiledFunction> functions,
                                         const compile::CodeImage& image) {
  static Result<Disassembler> dis_or = Disassembler::create();
  TANDEM_CHECK(dis_or.ok(), "Capstone does not open");
  Disassembler& dis = *dis_or;
  // Kept across calls: their storage is reused for every function of every input.
  static thread_local std::vector<DecodedInsn> insns;
  static thread_local std::unordered_map<uint32_t, size_t> insn_at;

  for (const CompiledFunction& f : functions) {
    Result<BodyFacts> facts_or = body_facts(module, f.func_index);
    if (!facts_or) return problem(f, "body-decode", "the body does not decode: " + facts_or.error().to_string());
    const BodyFacts& facts = *facts_or;

    size_t decoded = 0;
    size_t count = dis.decode_all_into(std::span<const uint8_t>(f.code).first(f.code_size), 0, insns, &decoded);
    if (decoded != f.code_size)
      return problem(f, "code-decode", fmt::format("the code does not decode at offset {:#x}", decoded),
                     static_cast<uint32_t>(decoded));
    insn_at.clear();
    for (size_t i = 0; i < count; ++i) insn_at.emplace(static_cast<uint32_t>(insns[i].address), i);

    for (const compile::Relocation& r : f.relocations) {
      auto it = insn_at.find(r.insn_offset);
      if (it == insn_at.end())
        return problem(f, "reloc-insn",
                       fmt::format("relocation at {:#x} claims an instruction at {:#x}, which is not one", r.offset,
                                   r.insn_offset),
                       r.insn_offset);
      const DecodedInsn& insn = insns[it->second];
      bool lands = r.kind == RelocKind::CallRel32
                       ? insn.is_call && insn.imm_size == 4 && r.insn_offset + insn.imm_offset == r.offset
                       : insn.mnemonic == "movabs" && insn.imm_size == 8 && r.insn_offset + insn.imm_offset == r.offset;
      if (!lands)
        return problem(f, "reloc-field",
                       fmt::format("{} relocation at {:#x} does not land on the field of '{}' at {:#x}",
                                   compile::reloc_kind_name(r.kind), r.offset, insn.text(), r.insn_offset),
                       r.insn_offset);
      if (r.target.kind == RelocTarget::Kind::Function) {
        if (r.kind != RelocKind::CallRel32 || !facts.direct_calls.count(r.target.index))
          return problem(f, "reloc-callee",
                         fmt::format("relocation names {}, which the body does not call", r.target.to_string()),
                         r.insn_offset);
      } else if (!facts.libcalls.count(r.target.index)) {
        return problem(f, "reloc-libcall",
                       fmt::format("relocation names {}, which no operator of the body needs", r.target.to_string()),
                       r.insn_offset);
      }
    }

    for (const compile::TrapSite& t : f.trap_sites) {
      auto it = insn_at.find(t.code_offset);
      if (it == insn_at.end())
        return problem(f, "trap-insn",
                       fmt::format("trap site {} at {:#x} is not the start of an instruction",
                                   compile::trap_code_name(t.code), t.code_offset),
                       t.code_offset);
      const DecodedInsn& insn = insns[it->second];
      if (!insn_can_raise(insn, t.code))
        return problem(f, "trap-insn-raise",
                       fmt::format("trap site {} at {:#x} is '{}', which cannot raise it",
                                   compile::trap_code_name(t.code), t.code_offset, insn.text()),
                       t.code_offset, t.wasm_offset);
      const wasm::Function& body = module.defined_func(f.func_index);
      if (t.code == TrapCode::StackOverflow) {
        if (t.wasm_offset < body.body_start || t.wasm_offset > body.code_end)
          return problem(
              f, "trap-frame",
              fmt::format("stack-overflow trap site names wasm offset {:#x}, outside the function", t.wasm_offset),
              t.code_offset);
        continue;
      }
      auto op = facts.op_at.find(t.wasm_offset);
      if (op == facts.op_at.end())
        return problem(f, "trap-operator",
                       fmt::format("trap site {} names wasm offset {:#x}, which is not an operator of the function",
                                   compile::trap_code_name(t.code), t.wasm_offset),
                       t.code_offset);
      if (!op_can_raise(op->second, t.code))
        return problem(f, "trap-operator-raise",
                       fmt::format("trap site {} names {} at {:#x}, which cannot raise it",
                                   compile::trap_code_name(t.code), wasm::op_name(op->second), t.wasm_offset),
                       t.code_offset, t.wasm_offset);
    }
  }
  return check_linked_calls(functions, image);
}

std::optional<TableProblem> check_linked_calls(std::span<const CompiledFunction> functions,
                                               const compile::CodeImage& image) {
  static Result<Disassembler> dis_or = Disassembler::create();
  TANDEM_CHECK(dis_or.ok(), "Capstone does not open");
  Disassembler& dis = *dis_or;
  for (const CompiledFunction& f : functions) {
    // In the linked image, every relocated call reaches its callee's entry.
    const uint8_t* entry = static_cast<const uint8_t*>(image.function_entry(f.func_index));
    if (!entry) return problem(f, "linked-image", "the function is not in the linked image");
    for (const compile::Relocation& r : f.relocations) {
      if (r.kind != RelocKind::CallRel32 || r.target.kind != RelocTarget::Kind::Function) continue;
      DecodedInsn linked;
      uint64_t at = reinterpret_cast<uint64_t>(entry) + r.insn_offset;
      if (!dis.decode_one(std::span<const uint8_t>(entry + r.insn_offset, 16), at, linked) || !linked.branch_target)
        return problem(f, "linked-call", fmt::format("the linked call at {:#x} does not decode", r.insn_offset),
                       r.insn_offset);
      uint64_t callee = reinterpret_cast<uint64_t>(image.function_entry(r.target.index));
      if (*linked.branch_target != callee)
        return problem(f, "linked-call",
                       fmt::format("the linked call at {:#x} reaches {:#x}, not the entry of function {} at {:#x}",
                                   r.insn_offset, *linked.branch_target, r.target.index, callee),
                       r.insn_offset);
    }
  }
  return std::nullopt;
}

std::optional<TableProblem> check_trap_subset(std::span<const CompiledFunction> baseline,
                                              std::span<const CompiledFunction> optimizing) {
  for (const CompiledFunction& o : optimizing) {
    auto b = std::find_if(baseline.begin(), baseline.end(),
                          [&o](const CompiledFunction& f) { return f.func_index == o.func_index; });
    if (b == baseline.end()) continue;
    std::set<std::pair<uint32_t, TrapCode>> allowed;
    for (const compile::TrapSite& t : b->trap_sites) allowed.emplace(t.wasm_offset, t.code);
    for (const compile::TrapSite& t : o.trap_sites) {
      if (t.code == TrapCode::StackOverflow) continue;  // a property of the frame, not of an operator
      if (!allowed.count({t.wasm_offset, t.code}))
        return TableProblem{o.backend,
                            o.func_index,
                            "trap-subset",
                            fmt::format("trap site ({:#x}, {}) has no counterpart in the baseline's table",
                                        t.wasm_offset, compile::trap_code_name(t.code)),
                            t.wasm_offset,
                            t.code_offset};
    }
  }
  return std::nullopt;
}

}  // namespace tandem::oracle
