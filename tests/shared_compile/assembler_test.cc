// The Assembler's hand-written forms (branches to labels, calls with
// relocations, libcall addresses, nops, alignment, the jump-table sequence),
// RIP-relative operands, and the invariants it enforces. Expected bytes were
// checked with `llvm-mc-14 -filetype=obj` + llvm-objdump on the same code.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "shared_compile/code_buffer.h"
#include "shared_compile/x64/assembler.h"
#include "tests/shared_compile/assembler_golden.h"

namespace tandem::compile::x64 {
namespace {

std::string hex_range(const CodeBuffer& buf, uint32_t begin, uint32_t end) {
  return hex_bytes(buf.bytes().subspan(begin, end - begin));
}

void int3s(Assembler& a, int n) {
  for (int i = 0; i < n; ++i) a.int3();
}

TEST_F(AssemblerGolden, BackwardBranchesAreShortWhenTheyReach) {
  // back: int3 x3; jmp back; je back; int3 x200; jmp back; jne back
  Label back = buf.new_label();
  a.bind(back);
  int3s(a, 3);
  a.jmp(back);
  a.jcc(Cond::E, back);
  EXPECT_EQ("ebfb74f9", hex_range(buf, 3, 7));
  int3s(a, 200);
  const uint32_t far = buf.offset();
  a.jmp(back);
  a.jcc(Cond::NE, back);
  EXPECT_EQ("e92cffffff0f8526ffffff", hex_range(buf, far, buf.offset()));
}

TEST_F(AssemblerGolden, BackwardBranchAtTheRel8Edge) {
  Label back = buf.new_label();
  a.bind(back);
  int3s(a, 126);
  a.jmp(back);  // -128 from the end of a 2-byte jmp: still short
  EXPECT_EQ("eb80", hex_range(buf, 126, 128));
  Label back2 = buf.new_label();
  a.bind(back2);
  int3s(a, 127);
  const uint32_t at = buf.offset();
  a.jmp(back2);                                               // -129: near
  EXPECT_EQ("e97cffffff", hex_range(buf, at, buf.offset()));  // 128 - 260
}

TEST_F(AssemblerGolden, ForwardBranchesAreNearUnlessAskedShort) {
  Label fwd = buf.new_label();
  a.jmp(fwd);                    // near: the distance is unknown
  a.jmp(fwd, JumpRange::Short);  // short: checked when bound
  a.jcc(Cond::L, fwd);           // near jcc
  a.jcc(Cond::GE, fwd, JumpRange::Short);
  EXPECT_EQ(4u, buf.num_pending_uses());
  int3s(a, 5);
  a.bind(fwd);  // at 5 + 2 + 6 + 2 + 5 = 20
  EXPECT_EQ(0u, buf.num_pending_uses());
  EXPECT_EQ(
      "e90f000000"    // jmp +15
      "eb0d"          // jmp +13
      "0f8c07000000"  // jl +7
      "7d05",         // jge +5
      hex_range(buf, 0, 15));
}

TEST_F(AssemblerGolden, NearBranchOnABoundLabelStaysNear) {
  Label l = buf.new_label();
  a.bind(l);
  a.jmp(l, JumpRange::Near);
  EXPECT_EQ("e9fbffffff", hex_bytes(buf.bytes()));
}

TEST_F(AssemblerGolden, ManyLabelsWithManyUses) {
  // 300 labels, each used by three forward and three backward branches of
  // mixed ranges; every displacement is checked against its label.
  struct Use {
    uint32_t field;
    bool short_form;
    Label label;
  };
  std::vector<Use> uses;
  std::vector<Label> labels;
  for (int i = 0; i < 300; ++i) labels.push_back(buf.new_label());
  auto branch = [&](Label l, int kind) {
    const bool bound = buf.is_bound(l);
    const JumpRange range = kind == 0 ? JumpRange::Near : kind == 1 ? JumpRange::Auto : JumpRange::Short;
    const uint32_t start = buf.offset();
    if (kind == 2 && !bound) {
      a.jcc(Cond::B, l, range);
    } else {
      a.jmp(l, range);
    }
    const uint32_t len = buf.offset() - start;
    const bool short_form = len == 2;
    uses.push_back({start + (short_form ? 1u : len - 4), short_form, l});
  };
  for (int i = 0; i < 300; ++i) {
    for (int k = 0; k < 3; ++k) branch(labels[i], k);  // forward uses
    a.bind(labels[i]);
    a.nop(1 + i % 9);
    for (int k = 0; k < 3; ++k) branch(labels[i], k % 2);  // backward uses
  }
  const FinishedCode& done = buf.finalize();
  for (const Use& u : uses) {
    const uint32_t target = buf.label_offset(u.label);
    int64_t rel;
    if (u.short_form) {
      rel = static_cast<int8_t>(done.bytes[u.field]);
      rel += u.field + 1;
    } else {
      int32_t v;
      std::memcpy(&v, &done.bytes[u.field], 4);
      rel = int64_t{v} + u.field + 4;
    }
    ASSERT_EQ(rel, int64_t{target});
  }
  EXPECT_EQ(300u * 6, uses.size());
}

TEST_F(AssemblerGolden, RipRelativeOperandsCountFromTheInstructionEnd) {
  // Label 0x10 bytes after the end of each instruction; the cmpss one has an
  // immediate after its displacement, which the displacement counts past.
  Label l1 = buf.new_label();
  a.cmpss(xmm1, Mem::rip(l1), FloatCmp::Lt);
  int3s(a, 0x10);
  a.bind(l1);
  EXPECT_EQ("f30fc20d1000000001", hex_range(buf, 0, 9));  // cmpltss xmm1, dword ptr [rip + 0x10]
  buf.clear();
  Label back = buf.new_label();
  a.bind(back);
  int3s(a, 0x18);
  a.movsd(xmm0, Mem::rip(back));                                      // 0x18 + 8 bytes back
  EXPECT_EQ("f20f1005e0ffffff", hex_range(buf, 0x18, buf.offset()));  // movsd xmm0, qword ptr [rip - 0x20]
}

TEST_F(AssemblerGolden, RipRelativeAddend) {
  Label l = buf.new_label();
  a.mov(rax, Mem::rip(l, 8), S64);  // the high half of a 16-byte entry
  a.bind(l);
  EXPECT_EQ("488b0508000000", hex_bytes(buf.bytes()));
}

TEST_F(AssemblerGolden, ConstantPoolLoadsResolveAtFinalize) {
  a.movss(xmm0, Mem::rip(buf.constant_f32(1.0f)));                                   // 8 bytes
  a.andpd(xmm1, Mem::rip(buf.constant128(0x7fffffffffffffff, 0x7fffffffffffffff)));  // 8 bytes
  a.ret();
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(17u, done.code_size);
  // Data at 32 (aligned to 16): the 16-byte entry, then the 4-byte one at 48.
  EXPECT_EQ(52u, done.bytes.size());
  EXPECT_EQ("f30f100528000000", hex_bytes(done.bytes.subspan(0, 8)));  // 48 - 8
  EXPECT_EQ("660f540d10000000", hex_bytes(done.bytes.subspan(8, 8)));  // 32 - 16
  EXPECT_EQ("0000803f", hex_bytes(done.bytes.subspan(48, 4)));
  EXPECT_EQ("cccccccccccccccccccccccccccccc", hex_bytes(done.bytes.subspan(17, 15)));  // pad
}

TEST_F(AssemblerGolden, CallFunctionRecordsACallRelocation) {
  a.nop(3);
  a.call_function(7);
  EXPECT_EQ("0f1f00e800000000", hex_bytes(buf.bytes()));
  const FinishedCode& done = buf.finalize();
  ASSERT_EQ(1u, done.relocations.size());
  EXPECT_EQ((Relocation{4, 3, RelocKind::CallRel32, RelocTarget::function(7)}), done.relocations[0]);
}

TEST_F(AssemblerGolden, MovabsLibcallRecordsAnAbs64Relocation) {
  a.movabs_libcall(r11, LibCall::MemoryGrow);
  a.call(r11);
  EXPECT_EQ("49bb000000000000000041ffd3", hex_bytes(buf.bytes()));  // movabs r11, 0; call r11
  const FinishedCode& done = buf.finalize();
  ASSERT_EQ(1u, done.relocations.size());
  EXPECT_EQ((Relocation{2, 0, RelocKind::Abs64, RelocTarget::libcall(LibCall::MemoryGrow)}), done.relocations[0]);
}

TEST_F(AssemblerGolden, RecommendedNops) {
  const char* expected[] = {"90",           "6690",           "0f1f00",           "0f1f4000",          "0f1f440000",
                            "660f1f440000", "0f1f8000000000", "0f1f840000000000", "660f1f840000000000"};
  for (int n = 1; n <= 9; ++n) EXPECT_ENC(expected[n - 1], a.nop(n));
}

TEST_F(AssemblerGolden, AlignPadsWithFewNops) {
  a.int3();
  a.align(16);
  EXPECT_EQ(16u, buf.offset());
  EXPECT_EQ(
      "cc"
      "660f1f840000000000"
      "660f1f440000",
      hex_bytes(buf.bytes()));
  a.align(16);  // already aligned: nothing
  EXPECT_EQ(16u, buf.offset());
  a.int3();
  a.align(64);
  EXPECT_EQ(64u, buf.offset());
}

TEST_F(AssemblerGolden, JumpTableDispatchSequence) {
  Label case0 = buf.new_label(), case1 = buf.new_label();
  const Label targets[] = {case0, case1, case0};
  Label table = buf.add_jump_table(targets);
  a.jump_table_dispatch(rax, r11, table);  // 7 + 4 + 3 + 3 = 17 bytes
  a.bind(case0);
  a.ret();
  a.bind(case1);
  a.ud2();
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(20u, done.code_size);
  // lea r11, [rip + 0xd] (table at 20 -> aligned 20, from 7); movsxd rax, dword ptr [r11 + rax*4];
  // add r11, rax; jmp r11
  EXPECT_EQ(
      "4c8d1d0d000000"
      "49630483"
      "4901c3"
      "41ffe3",
      hex_bytes(done.bytes.subspan(0, 17)));
  // Entries: target - table = 17 - 20, 18 - 20, 17 - 20.
  EXPECT_EQ("fdfffffffefffffffdffffff", hex_bytes(done.bytes.subspan(20, 12)));
}

// alu(op, ...) is the named method of op's row, for every operation and
// operand kind; Mul's immediate rows read the destination.
TEST_F(AssemblerGolden, AluIsTheNamedMethodOfItsOperation) {
  const Mem m(rbp, -8);
  struct Case {
    AluOp op;
    void (Assembler::*rr)(Gpr, Gpr, Size);
    void (Assembler::*rm)(Gpr, const Mem&, Size);
  };
  const Case cases[] = {
      {AluOp::Add, &Assembler::add, &Assembler::add},   {AluOp::Sub, &Assembler::sub, &Assembler::sub},
      {AluOp::Mul, &Assembler::imul, &Assembler::imul}, {AluOp::And, &Assembler::and_, &Assembler::and_},
      {AluOp::Or, &Assembler::or_, &Assembler::or_},    {AluOp::Xor, &Assembler::xor_, &Assembler::xor_},
  };
  static_assert(std::size(cases) == kNumAluOps);
  auto bytes_of = [&](auto&& emit) {
    buf.clear();
    emit();
    return hex_bytes(buf.bytes());
  };
  for (const Case& c : cases) {
    for (Size s : {S32, S64}) {
      SCOPED_TRACE(testing::Message() << "op " << static_cast<int>(c.op) << ", size " << static_cast<int>(s));
      EXPECT_EQ(bytes_of([&] { (a.*c.rr)(r9, rcx, s); }), bytes_of([&] { a.alu(c.op, r9, rcx, s); }));
      EXPECT_EQ(bytes_of([&] { (a.*c.rm)(rdx, m, s); }), bytes_of([&] { a.alu(c.op, rdx, m, s); }));
    }
  }
  EXPECT_ENC("4883c001", a.alu(AluOp::Add, rax, Imm8(1), S64));                 // add rax, 1
  EXPECT_ENC("81e900010000", a.alu(AluOp::Sub, rcx, Imm32(256), S32));          // sub ecx, 256
  EXPECT_ENC("4d6bc003", a.alu(AluOp::Mul, r8, Imm8(3), S64));                  // imul r8, r8, 3
  EXPECT_ENC("69c0e8030000", a.alu(AluOp::Mul, rax, Imm32(1000), S32));         // imul eax, eax, 1000
  EXPECT_ENC("83e0f0", a.alu(AluOp::And, rax, Imm8(-16), S32));                 // and eax, -16
  EXPECT_ENC("4881f200000080", a.alu(AluOp::Xor, rdx, Imm32(INT32_MIN), S64));  // xor rdx, 0xffffffff80000000
}

// ---- invariants the Assembler enforces ---------------------------------------

using AssemblerDeathTest = AssemblerGolden;

TEST_F(AssemblerDeathTest, RefusesFormsTheSettingsDoNotAllow) {
  IsaFlags none;
  Assembler strict(buf, none);
  EXPECT_FALSE(strict.allows(FormId::LzcntRR));
  EXPECT_TRUE(strict.allows(FormId::BsrRR));
  strict.bsr(rax, rcx, S32);  // base x86-64 is always fine
  EXPECT_DEATH(strict.lzcnt(rax, rcx, S32), "lzcnt needs lzcnt");
  EXPECT_DEATH(strict.tzcnt(rax, rcx, S64), "tzcnt needs bmi1");
  EXPECT_DEATH(strict.popcnt(rax, rcx, S64), "popcnt needs popcnt");
  EXPECT_DEATH(strict.roundsd(xmm0, xmm1, RoundMode::Up), "roundsd needs sse4.1");
  EXPECT_DEATH(strict.shlx(rax, rcx, rdx, S64), "shlx needs bmi2");
  EXPECT_DEATH(strict.andn(rax, rcx, rdx, S64), "andn needs bmi1");
  // The SIMD extensions, each refused alone while the rest are allowed.
  EXPECT_DEATH(strict.movddup(xmm0, xmm1), "movddup needs sse3");
  EXPECT_DEATH(strict.pshufb(xmm0, xmm1), "pshufb needs ssse3");
  EXPECT_DEATH(strict.pmulld(xmm0, xmm1), "pmulld needs sse4.1");
  EXPECT_DEATH(strict.pcmpgtq(xmm0, xmm1), "pcmpgtq needs sse4.2");
  EXPECT_DEATH(strict.vpaddb(xmm0, xmm1, xmm2), "vpaddb needs avx");
  EXPECT_DEATH(strict.vpbroadcastd(xmm0, xmm1), "vpbroadcastd needs avx2");
  strict.paddb(xmm0, xmm1);  // SSE2 is x86-64
}

TEST_F(AssemblerDeathTest, EachSimdExtensionIsItsOwnFlag) {
  struct Case {
    bool IsaFlags::*flag;
    FormId form;
  };
  const Case cases[] = {
      {&IsaFlags::has_sse3, FormId::MovddupXX},      {&IsaFlags::has_ssse3, FormId::PalignrXX},
      {&IsaFlags::has_sse41, FormId::PinsrbXR},      {&IsaFlags::has_sse42, FormId::PcmpgtqXX},
      {&IsaFlags::has_avx, FormId::VPblendvbXXXX},   {&IsaFlags::has_avx, FormId::VPcmpgtqXX},
      {&IsaFlags::has_avx2, FormId::VPbroadcastbXM}, {&IsaFlags::has_avx, FormId::VBroadcastssXM},
      {&IsaFlags::has_avx2, FormId::VBroadcastssXX},
  };
  for (const Case& c : cases) {
    IsaFlags without = all_isa_extensions();
    without.*(c.flag) = false;
    EXPECT_FALSE(Assembler(buf, without).allows(c.form)) << form_info(c.form).id_name;
    EXPECT_TRUE(Assembler(buf, all_isa_extensions()).allows(c.form)) << form_info(c.form).id_name;
  }
  // Only AVX itself gates a VEX twin, whatever its row needs: vpcmpgtq
  // runs without the SSE4.2 flag.
  IsaFlags avx_only;
  avx_only.has_avx = true;
  EXPECT_TRUE(Assembler(buf, avx_only).allows(FormId::VPcmpgtqXX));
  EXPECT_FALSE(Assembler(buf, avx_only).allows(FormId::PcmpgtqXX));
}

TEST_F(AssemblerDeathTest, RefusesAMaskOutsideXmm0AndAnUnsignedByteOutOfRange) {
  EXPECT_ENC("660f3814ca", a.blendvps(xmm1, xmm2, xmm0));  // blendvps xmm1, xmm2, xmm0
  EXPECT_DEATH(a.blendvps(xmm1, xmm2, xmm3), "the mask of a legacy blendv is xmm0");
  EXPECT_DEATH(a.pblendvb(xmm1, Mem(rax), xmm1), "the mask of a legacy blendv is xmm0");
  EXPECT_EQ(255, UImm8(255).value);
  EXPECT_DEATH((void)UImm8(256), "UImm8 out of range");
  EXPECT_DEATH((void)UImm8(-1), "UImm8 out of range");
}

TEST_F(AssemblerDeathTest, RefusesIllegalSizesAndImmediates) {
  EXPECT_DEATH(a.movzx8(rax, rcx, S8), "operation size not legal");
  EXPECT_DEATH(a.add(rax, Imm32(1), S8), "operation size not legal");  // 8-bit takes Imm8
  EXPECT_DEATH(a.shlx(rax, rcx, rdx, S16), "operation size not legal");
  EXPECT_DEATH(a.add(rax, Imm32(70000), S16), "immediate does not fit");
  EXPECT_DEATH(a.mov(Mem(rax), Imm32(256), S8), "immediate does not fit");
  EXPECT_DEATH((void)Imm8(128), "Imm8 out of range");
  EXPECT_DEATH((void)Imm32(int64_t{1} << 31), "Imm32 out of range");
  EXPECT_DEATH((void)Mem(rax, rsp, Scale::x1), "rsp cannot be an index");
  EXPECT_DEATH(a.nop(10), "nop length");
  EXPECT_DEATH(a.jump_table_dispatch(rax, rax, buf.new_label()), "two registers");
}

TEST_F(AssemblerDeathTest, ShortBranchesThatDoNotReachAbort) {
  Label back = buf.new_label();
  a.bind(back);
  int3s(a, 200);
  EXPECT_DEATH(a.jmp(back, JumpRange::Short), "short branch does not reach");
  Label fwd = buf.new_label();
  a.jcc(Cond::E, fwd, JumpRange::Short);
  int3s(a, 128);
  EXPECT_DEATH(a.bind(fwd), "short branch does not reach");
}

TEST(EncodingTable, EveryFormHasADistinctIdAndATableRow) {
  std::set<std::string> ids;
  for (const FormInfo& f : all_forms()) EXPECT_TRUE(ids.insert(f.id_name).second) << f.id_name;
  EXPECT_EQ(kNumForms, ids.size());
  EXPECT_STREQ("AddRR", form_info(FormId::AddRR).id_name);
  EXPECT_EQ(IsaExt::LZCNT, form_info(FormId::LzcntRM).isa);
  EXPECT_EQ(IsaExt::BMI2, form_info(FormId::RorxRMI).isa);
  EXPECT_EQ(IsaExt::SSE41, form_info(FormId::PtestXX).isa);
  EXPECT_EQ(IsaExt::SSSE3, form_info(FormId::PshufbXM).isa);
  EXPECT_EQ(IsaExt::SSE42, form_info(FormId::PcmpgtqXM).isa);
  EXPECT_EQ(IsaExt::SSE3, form_info(FormId::MovddupXM).isa);
  EXPECT_EQ(IsaExt::BASE, form_info(FormId::PinsrwXR).isa);  // SSE2, unlike pinsrb/d/q
  EXPECT_EQ(IsaExt::AVX2, form_info(FormId::VPbroadcastqXX).isa);
}

// A row's Vex column makes one more form: V + Id, AVX, VEX-encoded, with
// the row's opcode and the operands its kind says.
TEST(EncodingTable, VexTwinsFollowTheirRows) {
  int twins = 0, rows_with_twins = 0;
  for (const FormInfo& f : all_forms()) {
    if (f.vex == VexTwin::TWIN) {
      ++twins;
      EXPECT_EQ(IsaExt::AVX, f.isa) << f.id_name;
      EXPECT_TRUE(enc_is_vex(f.enc)) << f.id_name;
      EXPECT_EQ('v', f.method[0]) << f.id_name;
      EXPECT_EQ(kNoTwin, f.twin) << f.id_name;
    }
    if (f.twin == kNoTwin) continue;
    ++rows_with_twins;
    const FormInfo& t = form_info(f.twin);
    EXPECT_EQ(std::string("V") + f.id_name, t.id_name);
    EXPECT_EQ(std::string("v") + f.method, t.method);
    EXPECT_EQ(f.op, t.op) << f.id_name;
    EXPECT_FALSE(enc_is_vex(f.enc)) << f.id_name;
  }
  EXPECT_EQ(twins, rows_with_twins);
  EXPECT_GT(twins, 300);
  EXPECT_EQ(FormId::VPaddbXX, form_info(FormId::PaddbXX).twin);
  EXPECT_EQ(Sig::X_X_X, form_info(FormId::VPaddbXX).sig);
  EXPECT_EQ(Enc::VRVM, form_info(FormId::VPaddbXX).enc);
  EXPECT_EQ(Sig::X_X_U8, form_info(FormId::VPsllwXI).sig);  // vpsllw x1, x2, imm8
  EXPECT_EQ(Enc::VVMI, form_info(FormId::VPsllwXI).enc);
  EXPECT_EQ(Sig::X_M, form_info(FormId::VMovdquXM).sig);  // V2: the row's operands
  EXPECT_EQ(kNoTwin, form_info(FormId::AddssXX).twin);    // scalar rows have none
  EXPECT_EQ(kNoTwin, form_info(FormId::BlendvpsXX).twin);
  EXPECT_EQ("vmovq", mnemonic_at(form_info(FormId::VMovdXR), 8));
  EXPECT_EQ("vmovd", mnemonic_at(form_info(FormId::VMovdXR), 4));
  EXPECT_EQ("movq", mnemonic_at(form_info(FormId::MovdXR), 8));
}

// The two-byte VEX whenever it can say the instruction; three bytes for
// maps 0F38/0F3A, VEX.W1, or an extended index or rm register.
TEST_F(AssemblerGolden, VexIsTwoBytesWhereItCanBe) {
  EXPECT_ENC("c5e9fccb", a.vpaddb(xmm1, xmm2, xmm3));                          // vpaddb xmm1, xmm2, xmm3
  EXPECT_ENC("c569fccb", a.vpaddb(xmm9, xmm2, xmm3));                          // VEX.R fits in two bytes
  EXPECT_ENC("c5a9fccb", a.vpaddb(xmm1, xmm10, xmm3));                         // so does vvvv
  EXPECT_ENC("c4c169fccb", a.vpaddb(xmm1, xmm2, xmm11));                       // VEX.B does not
  EXPECT_ENC("c4a169fc0c18", a.vpaddb(xmm1, xmm2, Mem(rax, r11, Scale::x1)));  // nor VEX.X
  EXPECT_ENC("c4e26900cb", a.vpshufb(xmm1, xmm2, xmm3));                       // map 0F38
  EXPECT_ENC("c4e1f97ec8", a.vmovd(rax, xmm1, S64));                           // vmovq rax, xmm1: W1
}

TEST(Operands, ConditionsInvertToTheirComplement) {
  for (int i = 0; i < kNumConds; ++i) {
    const Cond c = static_cast<Cond>(i);
    EXPECT_NE(c, invert(c));
    EXPECT_EQ(c, invert(invert(c)));
  }
  EXPECT_EQ(Cond::NE, invert(Cond::E));
  EXPECT_EQ(Cond::AE, invert(Cond::B));
  EXPECT_EQ(Cond::LE, invert(Cond::G));
  EXPECT_EQ(Cond::NP, invert(Cond::P));
  EXPECT_STREQ("ae", cond_suffix(Cond::AE));
  EXPECT_STREQ("unord", float_cmp_name(FloatCmp::Unord));
}

TEST(Operands, ImmediateRanges) {
  EXPECT_EQ(-128, Imm8(-128).value);
  EXPECT_EQ(127, Imm8(127).value);
  EXPECT_EQ(INT32_MIN, Imm32(INT32_MIN).value);
  EXPECT_TRUE(fits_int8(-128));
  EXPECT_FALSE(fits_int8(128));
  EXPECT_TRUE(fits_int32(INT32_MAX));
  EXPECT_FALSE(fits_int32(int64_t{INT32_MAX} + 1));
}

}  // namespace
}  // namespace tandem::compile::x64
