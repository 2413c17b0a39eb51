// Encoding check: emit one instruction form of the Assembler with concrete
// operands, decode it with Capstone, and compare. The instruction must decode
// as exactly one instruction consuming every byte, with the table's
// mnemonic and the very operands that were asked for (register names at the
// right width, memory base/index/scale/displacement and width, immediate
// value, branch target), and label uses, relocations and trap-free side
// tables must say what the call did. The assembler fuzz target drives it
// from fuzz bytes; tests drive it over every form.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "oracle/checks/disassembler.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/libcall.h"
#include "shared_compile/x64/assembler.h"

namespace tandem::oracle {

// One form with concrete operands. Which fields matter depends on the form's
// signature (encodings.def): registers are taken in Intel operand order from
// `regs` (as Gpr or Xmm), the memory operand from `mem_*`.
struct FormCase {
  compile::x64::FormId form = compile::x64::FormId::Ret;
  compile::x64::Size size = compile::x64::S64;  // ignored by forms without a Size
  uint8_t regs[4] = {0, 0, 0, 0};               // the fourth: an is4 operand (vpblendvb's mask)
  // Memory operand shape.
  enum class MemShape : uint8_t { Base, BaseIndex, Rip };
  MemShape mem_shape = MemShape::Base;
  uint8_t mem_base = 0;
  uint8_t mem_index = 0;  // never 4 (rsp)
  compile::x64::Scale mem_scale = compile::x64::Scale::x1;
  int32_t mem_disp = 0;  // the addend for Rip
  int64_t imm = 0;       // also the predicate / rounding mode byte
  compile::x64::Cond cond = compile::x64::Cond::E;
  // A label (branch target or RIP-relative operand) this many bytes of
  // filler before the instruction (label_forward = false: bound before it)
  // or after its end (label_forward = true: bound after it).
  bool label_forward = false;
  uint16_t label_gap = 0;
  uint32_t func_index = 0;
  compile::LibCall libcall = compile::LibCall::MemoryGrow;
  int nop_length = 1;

  std::string to_string() const;  // the form and operands, for reports
};

// Whether the form's operands include a memory operand (the mem_* fields).
bool form_has_memory_operand(const compile::x64::FormInfo& f);

// Whether `c` is a case the Assembler must accept (legal size, immediate in
// range, short branches within reach, ...). Invalid cases are refused by the
// Assembler with an abort, so the checker only runs valid ones.
bool form_case_is_valid(const FormCase& c);

// Builds a valid case from bytes (the fuzz target's input): every form and
// every operand shape is reachable, with values biased to encoding edges.
FormCase form_case_from_bytes(std::span<const uint8_t> bytes);

// Emits `c` into `buffer` (cleared first) and checks it against Capstone.
// Returns nullopt when they agree, otherwise a report naming the case, the
// bytes, and what Capstone decoded.
std::optional<std::string> check_form_case(const FormCase& c, compile::CodeBuffer& buffer, Disassembler& disassembler);

}  // namespace tandem::oracle
