// Assembler: one method per x86-64 instruction form of encodings.def,
// writing into a CodeBuffer.
//
// Methods are overloaded on operand types and take operands in Intel order
// (destination first) and, for GPR forms, the operation Size last:
//
//   a.add(rcx, rdx, S64);                  // 48 01 d1      add rcx, rdx
//   a.add(rax, Mem(rbp, -8), S32);         // 03 45 f8      add eax, dword ptr [rbp - 8]
//   a.add(rax, Imm8(1), S64);              // 48 83 c0 01   add rax, 1
//   a.movss(xmm0, Mem::rip(buf.constant_f32(1.0f)));
//   a.pshufd(xmm1, xmm2, UImm8(0x1b));     // 66 0f 70 ca 1b
//   a.vpaddb(xmm1, xmm2, xmm12);           // c4 c1 69 fc cc  (has_avx: the VEX twin of paddb)
//
// The Assembler never chooses between forms: Imm8 and Imm32 are different
// forms, short and near branches are chosen by an explicit JumpRange (whose
// Auto rule is documented on jmp), and a form that needs an ISA extension
// the Assembler was not allowed (IsaFlags) aborts, so a backend that emits
// lzcnt under has_lzcnt=false is caught at once.
//
// Trap sites are recorded by the caller on the buffer, just before the
// faulting instruction: `buf.add_trap_site(code, wasm_offset); a.mov(...)`.
#pragma once

#include <cstdint>
#include <span>

#include "shared_compile/alu_op.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/libcall.h"
#include "shared_compile/settings.h"
#include "shared_compile/x64/encoding.h"
#include "shared_compile/x64/operands.h"
#include "shared_compile/x64/registers.h"

namespace tandem::compile::x64 {

// How a branch to a label is encoded.
enum class JumpRange : uint8_t {
  Auto,   // a bound (backward) label: rel8 if it reaches, else rel32; an unbound one: rel32
  Short,  // rel8; aborts (now, or when the label is bound) if it does not reach
  Near,   // rel32
};

// One operand as the generic encoder sees it.
struct EncOperand {
  enum class Kind : uint8_t { None, Gpr, Xmm, Mem };
  Kind kind = Kind::None;
  uint8_t reg = 0;
  const Mem* mem = nullptr;

  static EncOperand gpr(Gpr r) { return {Kind::Gpr, r.enc, nullptr}; }
  static EncOperand xmm(Xmm r) { return {Kind::Xmm, r.enc, nullptr}; }
  static EncOperand memory(const Mem& m) { return {Kind::Mem, 0, &m}; }
};

// The size a form without a Size parameter runs at (its single legal size).
constexpr Size fixed_size(const FormInfo& f) {
  if (f.sizes & size_mask::B) return S8;
  if (f.sizes & size_mask::W) return S16;
  if (f.sizes & (size_mask::Q | size_mask::D64)) return S64;
  return S32;  // L, or no GPR operation size at all
}

class Assembler {
 public:
  Assembler(CodeBuffer& buffer, const IsaFlags& allowed) : buf_(&buffer), isa_(allowed) {}

  CodeBuffer& buffer() { return *buf_; }
  uint32_t offset() const { return buf_->offset(); }
  const IsaFlags& allowed_isa() const { return isa_; }
  bool allows(FormId id) const { return isa_allows(isa_, form_info(id).isa); }

  // ---- generated: one method per form (row of encodings.def, or VEX twin) --
#define TANDEM_X64_G(x) EncOperand::gpr(x)
#define TANDEM_X64_X(x) EncOperand::xmm(x)
#define TANDEM_X64_M(x) EncOperand::memory(x)
#define TANDEM_X64_FIXED(Id) fixed_size(form_info(FormId::Id))
#define TANDEM_X64_SIG_R_R(Id, name) \
  void name(Gpr a, Gpr b, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_G(b)); }
#define TANDEM_X64_SIG_R_M(Id, name) \
  void name(Gpr a, const Mem& b, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_M(b)); }
#define TANDEM_X64_SIG_M_R(Id, name) \
  void name(const Mem& a, Gpr b, Size s) { emit(FormId::Id, s, TANDEM_X64_M(a), TANDEM_X64_G(b)); }
#define TANDEM_X64_SIG_R_I8(Id, name) \
  void name(Gpr a, Imm8 i, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), {}, {}, i.value); }
#define TANDEM_X64_SIG_R_I32(Id, name) \
  void name(Gpr a, Imm32 i, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), {}, {}, i.value); }
#define TANDEM_X64_SIG_M_I8(Id, name) \
  void name(const Mem& a, Imm8 i, Size s) { emit(FormId::Id, s, TANDEM_X64_M(a), {}, {}, i.value); }
#define TANDEM_X64_SIG_M_I32(Id, name) \
  void name(const Mem& a, Imm32 i, Size s) { emit(FormId::Id, s, TANDEM_X64_M(a), {}, {}, i.value); }
#define TANDEM_X64_SIG_R(Id, name) \
  void name(Gpr a, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a)); }
#define TANDEM_X64_SIG_M(Id, name) \
  void name(const Mem& a, Size s) { emit(FormId::Id, s, TANDEM_X64_M(a)); }
#define TANDEM_X64_SIG_R_CL(Id, name) \
  void name(Gpr a, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a)); }
#define TANDEM_X64_SIG_R_R_I8(Id, name) \
  void name(Gpr a, Gpr b, Imm8 i, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_G(b), {}, i.value); }
#define TANDEM_X64_SIG_R_M_I8(Id, name) \
  void name(Gpr a, const Mem& b, Imm8 i, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_M(b), {}, i.value); }
#define TANDEM_X64_SIG_R_R_I32(Id, name) \
  void name(Gpr a, Gpr b, Imm32 i, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_G(b), {}, i.value); }
#define TANDEM_X64_SIG_R_M_I32(Id, name)                                \
  void name(Gpr a, const Mem& b, Imm32 i, Size s) {                     \
    emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_M(b), {}, i.value); \
  }
#define TANDEM_X64_SIG_R_R_R(Id, name) \
  void name(Gpr a, Gpr b, Gpr c, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_G(b), TANDEM_X64_G(c)); }
#define TANDEM_X64_SIG_R_M_R(Id, name)                                      \
  void name(Gpr a, const Mem& b, Gpr c, Size s) {                           \
    emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_M(b), TANDEM_X64_G(c)); \
  }
#define TANDEM_X64_SIG_R_R_M(Id, name)                                      \
  void name(Gpr a, Gpr b, const Mem& c, Size s) {                           \
    emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_G(b), TANDEM_X64_M(c)); \
  }
#define TANDEM_X64_SIG_R64_R(Id, name) \
  void name(Gpr a, Gpr b) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a), TANDEM_X64_G(b)); }
#define TANDEM_X64_SIG_R64_M(Id, name) \
  void name(Gpr a, const Mem& b) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a), TANDEM_X64_M(b)); }
#define TANDEM_X64_SIG_R64(Id, name) \
  void name(Gpr a) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a)); }
#define TANDEM_X64_SIG_M64(Id, name) \
  void name(const Mem& a) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_M(a)); }
#define TANDEM_X64_SIG_R64_I64(Id, name) \
  void name(Gpr a, Imm64 i) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a), {}, {}, i.value); }
#define TANDEM_X64_SIG_CC_R8(Id, name) \
  void name(Cond c, Gpr a) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a), {}, {}, 0, c); }
#define TANDEM_X64_SIG_CC_R_R(Id, name) \
  void name(Cond c, Gpr a, Gpr b, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_G(b), {}, 0, c); }
#define TANDEM_X64_SIG_CC_R_M(Id, name) \
  void name(Cond c, Gpr a, const Mem& b, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_M(b), {}, 0, c); }
#define TANDEM_X64_SIG_NONE(Id, name) \
  void name() { emit(FormId::Id, TANDEM_X64_FIXED(Id)); }
#define TANDEM_X64_SIG_X_X(Id, name) \
  void name(Xmm a, Xmm b) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b)); }
#define TANDEM_X64_SIG_X_M(Id, name) \
  void name(Xmm a, const Mem& b) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_M(b)); }
#define TANDEM_X64_SIG_M_X(Id, name) \
  void name(const Mem& a, Xmm b) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_M(a), TANDEM_X64_X(b)); }
#define TANDEM_X64_SIG_X_X_FCMP(Id, name)                                                              \
  void name(Xmm a, Xmm b, FloatCmp p) {                                                                \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), {}, static_cast<int>(p)); \
  }
#define TANDEM_X64_SIG_X_M_FCMP(Id, name)                                                              \
  void name(Xmm a, const Mem& b, FloatCmp p) {                                                         \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_M(b), {}, static_cast<int>(p)); \
  }
#define TANDEM_X64_SIG_X_X_RND(Id, name)                                                               \
  void name(Xmm a, Xmm b, RoundMode r) {                                                               \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), {}, static_cast<int>(r)); \
  }
#define TANDEM_X64_SIG_X_M_RND(Id, name)                                                               \
  void name(Xmm a, const Mem& b, RoundMode r) {                                                        \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_M(b), {}, static_cast<int>(r)); \
  }
#define TANDEM_X64_SIG_X_R(Id, name) \
  void name(Xmm a, Gpr b, Size s) { emit(FormId::Id, s, TANDEM_X64_X(a), TANDEM_X64_G(b)); }
#define TANDEM_X64_SIG_X_M_S(Id, name) \
  void name(Xmm a, const Mem& b, Size s) { emit(FormId::Id, s, TANDEM_X64_X(a), TANDEM_X64_M(b)); }
#define TANDEM_X64_SIG_R_X(Id, name) \
  void name(Gpr a, Xmm b, Size s) { emit(FormId::Id, s, TANDEM_X64_G(a), TANDEM_X64_X(b)); }
#define TANDEM_X64_SIG_R32_X(Id, name) \
  void name(Gpr a, Xmm b) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a), TANDEM_X64_X(b)); }
#define TANDEM_X64_SIG_X_X_U8(Id, name)                                                    \
  void name(Xmm a, Xmm b, UImm8 i) {                                                       \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), {}, i.value); \
  }
#define TANDEM_X64_SIG_X_M_U8(Id, name)                                                    \
  void name(Xmm a, const Mem& b, UImm8 i) {                                                \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_M(b), {}, i.value); \
  }
#define TANDEM_X64_SIG_X_U8(Id, name) \
  void name(Xmm a, UImm8 i) { emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), {}, {}, i.value); }
#define TANDEM_X64_SIG_X_R_U8(Id, name)                                                    \
  void name(Xmm a, Gpr b, UImm8 i) {                                                       \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_G(b), {}, i.value); \
  }
#define TANDEM_X64_SIG_R_X_U8(Id, name)                                                    \
  void name(Gpr a, Xmm b, UImm8 i) {                                                       \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_G(a), TANDEM_X64_X(b), {}, i.value); \
  }
#define TANDEM_X64_SIG_M_X_U8(Id, name)                                                    \
  void name(const Mem& a, Xmm b, UImm8 i) {                                                \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_M(a), TANDEM_X64_X(b), {}, i.value); \
  }
// The blend mask is xmm0 by the encoding; naming it keeps the call honest.
#define TANDEM_X64_SIG_X_X_XMM0(Id, name)                                     \
  void name(Xmm a, Xmm b, Xmm mask) {                                         \
    TANDEM_CHECK(mask == xmm0, "the mask of a legacy blendv is xmm0");        \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b)); \
  }
#define TANDEM_X64_SIG_X_M_XMM0(Id, name)                                     \
  void name(Xmm a, const Mem& b, Xmm mask) {                                  \
    TANDEM_CHECK(mask == xmm0, "the mask of a legacy blendv is xmm0");        \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_M(b)); \
  }
#define TANDEM_X64_SIG_X_X_X(Id, name)                                                         \
  void name(Xmm a, Xmm b, Xmm c) {                                                             \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_X(c)); \
  }
#define TANDEM_X64_SIG_X_X_M(Id, name)                                                         \
  void name(Xmm a, Xmm b, const Mem& c) {                                                      \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_M(c)); \
  }
#define TANDEM_X64_SIG_X_X_X_U8(Id, name)                                                               \
  void name(Xmm a, Xmm b, Xmm c, UImm8 i) {                                                             \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_X(c), i.value); \
  }
#define TANDEM_X64_SIG_X_X_M_U8(Id, name)                                                               \
  void name(Xmm a, Xmm b, const Mem& c, UImm8 i) {                                                      \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_M(c), i.value); \
  }
#define TANDEM_X64_SIG_X_X_R_U8(Id, name)                                                               \
  void name(Xmm a, Xmm b, Gpr c, UImm8 i) {                                                             \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_G(c), i.value); \
  }
#define TANDEM_X64_SIG_X_X_X_FCMP(Id, name)                                                                         \
  void name(Xmm a, Xmm b, Xmm c, FloatCmp p) {                                                                      \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_X(c), static_cast<int>(p)); \
  }
#define TANDEM_X64_SIG_X_X_M_FCMP(Id, name)                                                                         \
  void name(Xmm a, Xmm b, const Mem& c, FloatCmp p) {                                                               \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_M(c), static_cast<int>(p)); \
  }
// is4: the fourth register rides in imm8[7:4].
#define TANDEM_X64_SIG_X_X_X_X(Id, name)                                                                   \
  void name(Xmm a, Xmm b, Xmm c, Xmm d) {                                                                  \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_X(c), d.enc << 4); \
  }
#define TANDEM_X64_SIG_X_X_M_X(Id, name)                                                                   \
  void name(Xmm a, Xmm b, const Mem& c, Xmm d) {                                                           \
    emit(FormId::Id, TANDEM_X64_FIXED(Id), TANDEM_X64_X(a), TANDEM_X64_X(b), TANDEM_X64_M(c), d.enc << 4); \
  }
// Hand-written below.
#define TANDEM_X64_SIG_LABEL(Id, name)
#define TANDEM_X64_SIG_CC_LABEL(Id, name)
#define TANDEM_X64_SIG_FUNC(Id, name)
#define TANDEM_X64_SIG_R64_LIBCALL(Id, name)
#define TANDEM_X64_SIG_NOP_LEN(Id, name)

#define X64_ROW(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa, Vex) \
  TANDEM_X64_SIG_##Sig(Id, method)
#include "shared_compile/x64/all_forms.inc"
#undef X64_ROW
#undef TANDEM_X64_SIG_R_R
#undef TANDEM_X64_SIG_R_M
#undef TANDEM_X64_SIG_M_R
#undef TANDEM_X64_SIG_R_I8
#undef TANDEM_X64_SIG_R_I32
#undef TANDEM_X64_SIG_M_I8
#undef TANDEM_X64_SIG_M_I32
#undef TANDEM_X64_SIG_R
#undef TANDEM_X64_SIG_M
#undef TANDEM_X64_SIG_R_CL
#undef TANDEM_X64_SIG_R_R_I8
#undef TANDEM_X64_SIG_R_M_I8
#undef TANDEM_X64_SIG_R_R_I32
#undef TANDEM_X64_SIG_R_M_I32
#undef TANDEM_X64_SIG_R_R_R
#undef TANDEM_X64_SIG_R_M_R
#undef TANDEM_X64_SIG_R_R_M
#undef TANDEM_X64_SIG_R64_R
#undef TANDEM_X64_SIG_R64_M
#undef TANDEM_X64_SIG_R64
#undef TANDEM_X64_SIG_M64
#undef TANDEM_X64_SIG_R64_I64
#undef TANDEM_X64_SIG_CC_R8
#undef TANDEM_X64_SIG_CC_R_R
#undef TANDEM_X64_SIG_CC_R_M
#undef TANDEM_X64_SIG_NONE
#undef TANDEM_X64_SIG_X_X
#undef TANDEM_X64_SIG_X_M
#undef TANDEM_X64_SIG_M_X
#undef TANDEM_X64_SIG_X_X_FCMP
#undef TANDEM_X64_SIG_X_M_FCMP
#undef TANDEM_X64_SIG_X_X_RND
#undef TANDEM_X64_SIG_X_M_RND
#undef TANDEM_X64_SIG_X_R
#undef TANDEM_X64_SIG_X_M_S
#undef TANDEM_X64_SIG_R_X
#undef TANDEM_X64_SIG_R32_X
#undef TANDEM_X64_SIG_X_X_U8
#undef TANDEM_X64_SIG_X_M_U8
#undef TANDEM_X64_SIG_X_U8
#undef TANDEM_X64_SIG_X_R_U8
#undef TANDEM_X64_SIG_R_X_U8
#undef TANDEM_X64_SIG_M_X_U8
#undef TANDEM_X64_SIG_X_X_XMM0
#undef TANDEM_X64_SIG_X_M_XMM0
#undef TANDEM_X64_SIG_X_X_X
#undef TANDEM_X64_SIG_X_X_M
#undef TANDEM_X64_SIG_X_X_X_U8
#undef TANDEM_X64_SIG_X_X_M_U8
#undef TANDEM_X64_SIG_X_X_R_U8
#undef TANDEM_X64_SIG_X_X_X_FCMP
#undef TANDEM_X64_SIG_X_X_M_FCMP
#undef TANDEM_X64_SIG_X_X_X_X
#undef TANDEM_X64_SIG_X_X_M_X
#undef TANDEM_X64_SIG_LABEL
#undef TANDEM_X64_SIG_CC_LABEL
#undef TANDEM_X64_SIG_FUNC
#undef TANDEM_X64_SIG_R64_LIBCALL
#undef TANDEM_X64_SIG_NOP_LEN
#undef TANDEM_X64_G
#undef TANDEM_X64_X
#undef TANDEM_X64_M
#undef TANDEM_X64_FIXED

  // ---- one method per AluOp, over the rows of encodings.def ------------------
  // The row of the named operation for these operand kinds: alu(Sub, rax,
  // Imm8(1), S64) is sub(rax, Imm8(1), S64). Immediate widths stay the
  // caller's choice, as everywhere. Mul is imul, whose immediate rows are
  // the three-operand ones: they get the destination as the source.
  void alu(AluOp op, Gpr dst, Gpr src, Size s);
  void alu(AluOp op, Gpr dst, const Mem& src, Size s);
  void alu(AluOp op, Gpr dst, Imm8 imm, Size s);
  void alu(AluOp op, Gpr dst, Imm32 imm, Size s);

  // ---- control flow through labels and relocations -------------------------
  // jmp rel8 / rel32 to `target` (JumpRange::Auto: rel8 for a bound label
  // within reach, rel32 otherwise).
  void jmp(Label target, JumpRange range = JumpRange::Auto);
  // jcc rel8 / rel32, same rule.
  void jcc(Cond cond, Label target, JumpRange range = JumpRange::Auto);
  // call rel32 to a wasm function (index space), with a CallRel32 relocation
  // the linker resolves.
  void call_function(uint32_t func_index);
  // movabs dst, <address of callee>, with an Abs64 relocation; then
  // `call(dst)`. A rel32 call cannot reach a libcall from a code mapping
  // placed anywhere in the address space.
  void movabs_libcall(Gpr dst, LibCall callee);
  // The recommended single-instruction nop of 1 to 9 bytes.
  void nop(int length);

  // ---- sequences -------------------------------------------------------------
  // Pads with nops to a multiple of `alignment` (a power of two <= 64) from
  // the function's start (loop headers; the function itself is 16-aligned).
  void align(uint32_t alignment);
  void bind(Label label) { buf_->bind(label); }
  // The br_table dispatch through a table from CodeBuffer::add_jump_table:
  //
  //   lea    scratch, [rip + table]
  //   movsxd index, dword ptr [scratch + index*4]
  //   add    scratch, index
  //   jmp    scratch
  //
  // `index` must hold a zero-extended 32-bit value already checked against
  // the table's length. Clobbers index and scratch (which must differ).
  void jump_table_dispatch(Gpr index, Gpr scratch, Label table);

  // The generic encoder behind every generated method: operands in Intel
  // order, the immediate (or predicate/rounding byte; for an is4 form the
  // fourth register's number << 4) and, for condition forms, the condition.
  // Public for tools that drive the table directly.
  void emit(FormId id, Size size, EncOperand op0 = {}, EncOperand op1 = {}, EncOperand op2 = {}, int64_t imm = 0,
            Cond cond = Cond::O);

 private:
  void emit_alu_imm(FormId id, Gpr dst, int64_t imm, Size s);
  void emit_branch(FormId rel8_form, FormId rel32_form, Cond cond, Label target, JumpRange range);

  CodeBuffer* buf_;
  IsaFlags isa_;
};

}  // namespace tandem::compile::x64
