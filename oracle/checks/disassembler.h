// Disassembler: a small Capstone wrapper for x86-64 (Intel syntax as
// Capstone prints it). It decodes compiled code into instructions with
// their operands in plain terms (register names, memory shapes,
// immediates), so callers never touch Capstone's types: the assembler's
// fuzz target and tests, the oracle's relocation and trap-table checks, and
// golden disassembly tests.
//
// shared_compile never depends on this; only oracle/, tests and fuzz
// targets do.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "wasm/result.h"

namespace tandem::oracle {

struct DecodedOperand {
  enum class Kind : uint8_t { Reg, Imm, Mem };
  Kind kind = Kind::Reg;
  uint8_t size = 0;  // bytes, as Capstone reports it (16 for an xmm register)
  std::string reg;   // Reg: "rax", "sil", "xmm3"
  int64_t imm = 0;   // Imm (for a direct branch: the target address)
  // Mem: [base + index*scale + disp]; base is "rip" for RIP-relative, and
  // base/index are empty when absent.
  std::string base;
  std::string index;
  int scale = 1;
  int64_t disp = 0;
  std::string segment;  // "" unless a segment override is present

  std::string to_string() const;  // "R(rax,8)", "I(-1,8)", "M([rbp + rax*4 - 0x10],8)"
};

struct DecodedInsn {
  uint64_t address = 0;  // of the first byte (base + offset into the span)
  uint8_t size = 0;
  std::string mnemonic;  // "add"
  std::string op_str;    // "rax, qword ptr [rbp - 8]"
  std::vector<DecodedOperand> operands;

  bool is_call = false;         // call rel32 / call r/m
  bool is_jump = false;         // jmp or jcc, direct or indirect
  bool is_conditional = false;  // jcc
  bool is_ret = false;
  bool is_ud2 = false;
  bool is_divide = false;                 // div / idiv (integer divide traps)
  bool accesses_memory = false;           // an explicit memory operand that is read or written (not lea/nop)
  std::optional<uint64_t> branch_target;  // direct call/jmp/jcc

  // Byte offsets within the instruction of its displacement and immediate
  // fields (0 when absent), and their sizes: where a relocation must point.
  uint8_t disp_offset = 0, disp_size = 0;
  uint8_t imm_offset = 0, imm_size = 0;

  std::string text() const;  // "add rax, qword ptr [rbp - 8]"
};

class Disassembler {
 public:
  // An error value if Capstone cannot be opened (never in practice).
  static Result<Disassembler> create();

  Disassembler(Disassembler&& other) noexcept;
  Disassembler& operator=(Disassembler&& other) noexcept;
  Disassembler(const Disassembler&) = delete;
  Disassembler& operator=(const Disassembler&) = delete;
  ~Disassembler();

  // Decodes one instruction at the start of `code`, whose first byte is at
  // `address`. Returns false when the bytes do not start a valid instruction.
  bool decode_one(std::span<const uint8_t> code, uint64_t address, DecodedInsn& out);

  // Decodes `code` linearly from its start until its end or the first byte
  // that does not decode; `*decoded_bytes` (if given) tells how far it got.
  std::vector<DecodedInsn> decode_all(std::span<const uint8_t> code, uint64_t address = 0,
                                      size_t* decoded_bytes = nullptr);

  // The same into `out`, whose first N elements (N returned) are valid:
  // elements beyond N are kept, so their strings and operand vectors keep
  // their storage for the next call (the oracle decodes every function of
  // every input).
  size_t decode_all_into(std::span<const uint8_t> code, uint64_t address, std::vector<DecodedInsn>& out,
                         size_t* decoded_bytes = nullptr);

 private:
  struct Handle;
  explicit Disassembler(std::unique_ptr<Handle> handle);
  std::unique_ptr<Handle> handle_;
};

}  // namespace tandem::oracle
