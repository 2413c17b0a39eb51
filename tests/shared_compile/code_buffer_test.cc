// CodeBuffer: labels and their uses, the constant pool, jump tables, trap
// stubs, side tables, finalize, reuse after clear(), and the invariants that
// abort; and the CompiledFunction built from a finished buffer.
#include "shared_compile/code_buffer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

#include "shared_compile/compiled_function.h"
#include "shared_compile/x64/assembler.h"

namespace tandem::compile {
namespace {

using namespace x64;

int32_t read_i32(std::span<const uint8_t> bytes, uint32_t at) {
  int32_t v;
  std::memcpy(&v, bytes.data() + at, 4);
  return v;
}

class CodeBufferTest : public ::testing::Test {
 protected:
  CodeBuffer buf;
  Assembler a{buf, all_isa_extensions()};
};

TEST_F(CodeBufferTest, LabelsBindOnceAtTheCurrentOffset) {
  Label l0 = buf.new_label();
  Label l1 = buf.new_label();
  EXPECT_NE(l0, l1);
  EXPECT_FALSE(buf.is_bound(l0));
  a.int3();
  a.int3();
  buf.bind(l0);
  EXPECT_TRUE(buf.is_bound(l0));
  EXPECT_EQ(2u, buf.label_offset(l0));
  EXPECT_FALSE(buf.is_bound(l1));
  EXPECT_EQ(2u, buf.num_labels());
}

TEST_F(CodeBufferTest, PendingUsesArePatchedWhenTheLabelIsBound) {
  Label l = buf.new_label();
  const uint8_t field[4] = {0, 0, 0, 0};
  buf.put_bytes(field, 4);
  buf.use_label(l, 0, LabelUse::Rel32, 4);
  buf.put_bytes(field, 4);
  buf.use_label(l, 4, LabelUse::Rel32, 4, /*addend=*/100);
  EXPECT_EQ(2u, buf.num_pending_uses());
  buf.put1(0xCC);
  buf.bind(l);  // at 9
  EXPECT_EQ(0u, buf.num_pending_uses());
  EXPECT_EQ(9 - 4, read_i32(buf.bytes(), 0));
  EXPECT_EQ(9 - 8 + 100, read_i32(buf.bytes(), 4));
}

TEST_F(CodeBufferTest, UsesOfABoundLabelArePatchedAtOnce) {
  Label l = buf.new_label();
  buf.bind(l);
  const uint8_t field[5] = {0x90, 0, 0, 0, 0};
  buf.put_bytes(field, 5);
  // pc base past a trailing immediate byte: field at 1, instruction ends at 6.
  buf.put1(0x01);
  buf.use_label(l, 1, LabelUse::Rel32, 5);
  EXPECT_EQ(0u, buf.num_pending_uses());
  EXPECT_EQ(-6, read_i32(buf.bytes(), 1));
}

TEST_F(CodeBufferTest, FinalizeAcceptsUnusedUnboundLabels) {
  buf.new_label();
  a.ret();
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(1u, done.code_size);
  EXPECT_TRUE(buf.finalized());
}

TEST_F(CodeBufferTest, ConstantsAreDeduplicatedBySizeAndBits) {
  Label a1 = buf.constant32(1);
  Label a2 = buf.constant32(1);
  Label b = buf.constant64(1);  // same value, different size: another entry
  Label z = buf.constant_f64(0.0);
  Label nz = buf.constant_f64(-0.0);  // by bit pattern: distinct from 0.0
  Label q = buf.constant_f64(std::numeric_limits<double>::quiet_NaN());
  Label q2 = buf.constant64(std::bit_cast<uint64_t>(std::numeric_limits<double>::quiet_NaN()));
  Label w = buf.constant128(1, 2);
  Label w2 = buf.constant128(1, 3);
  EXPECT_EQ(a1, a2);
  EXPECT_NE(a1, b);
  EXPECT_NE(z, nz);
  EXPECT_EQ(q, q2);
  EXPECT_NE(w, w2);
  EXPECT_EQ(7u, buf.num_constants());  // 1/4, 1/8, 0.0, -0.0, NaN, (1,2), (1,3)
}

TEST_F(CodeBufferTest, PoolIsLaidOutAfterTheCodeLargestFirstAndAligned) {
  a.nop(3);
  Label c4 = buf.constant32(0xAABBCCDD);
  Label c8 = buf.constant_f64(1.5);
  Label c16 = buf.constant128(0x0706050403020100, 0x0F0E0D0C0B0A0908);
  Label c4b = buf.constant_f32(-0.0f);
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(3u, done.code_size);
  EXPECT_EQ(16u, buf.label_offset(c16));
  EXPECT_EQ(32u, buf.label_offset(c8));
  EXPECT_EQ(40u, buf.label_offset(c4));
  EXPECT_EQ(44u, buf.label_offset(c4b));
  EXPECT_EQ(48u, done.bytes.size());
  EXPECT_EQ(16u, done.alignment);
  for (uint32_t i = 0; i < 16; ++i) EXPECT_EQ(i, done.bytes[16 + i]);
  double d;
  std::memcpy(&d, done.bytes.data() + 32, 8);
  EXPECT_EQ(1.5, d);
  EXPECT_EQ(static_cast<int32_t>(0xAABBCCDD), read_i32(done.bytes, 40));
  EXPECT_EQ(static_cast<int32_t>(0x80000000), read_i32(done.bytes, 44));
  for (uint32_t i = 3; i < 16; ++i) EXPECT_EQ(0xCC, done.bytes[i]);  // int3 padding
}

TEST_F(CodeBufferTest, PoolWithOnlySmallConstantsNeedsLessPadding) {
  a.nop(5);
  Label c = buf.constant32(7);
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(8u, buf.label_offset(c));
  EXPECT_EQ(12u, done.bytes.size());
}

TEST_F(CodeBufferTest, RipLoadsOfPoolConstantsPointAtTheirEntries) {
  Label one = buf.constant_f32(1.0f);
  a.movss(xmm0, Mem::rip(one));                    // 0..8
  a.addss(xmm0, Mem::rip(one));                    // 8..16: the same entry
  a.movsd(xmm1, Mem::rip(buf.constant_f64(2.0)));  // 16..24
  a.ret();
  const FinishedCode& done = buf.finalize();
  const uint32_t f32_at = buf.label_offset(one);
  EXPECT_EQ(int64_t{f32_at} - 8, read_i32(done.bytes, 4));
  EXPECT_EQ(int64_t{f32_at} - 16, read_i32(done.bytes, 12));
  EXPECT_EQ(2u, buf.num_constants());
  float f;
  std::memcpy(&f, done.bytes.data() + f32_at, 4);
  EXPECT_EQ(1.0f, f);
}

TEST_F(CodeBufferTest, JumpTableEntriesAreOffsetsFromTheTable) {
  Label t0 = buf.new_label(), t1 = buf.new_label(), t2 = buf.new_label();
  const Label targets[] = {t2, t0, t1, t0};
  Label table = buf.add_jump_table(targets);
  buf.bind(t0);
  a.nop(1);
  buf.bind(t1);
  a.nop(2);
  buf.bind(t2);
  a.ret();
  Label c = buf.constant64(5);
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(4u, done.code_size);
  EXPECT_EQ(8u, buf.label_offset(c));
  const uint32_t at = buf.label_offset(table);
  EXPECT_EQ(16u, at);  // after the 8-byte constant
  EXPECT_EQ(3 - 16, read_i32(done.bytes, at));
  EXPECT_EQ(0 - 16, read_i32(done.bytes, at + 4));
  EXPECT_EQ(1 - 16, read_i32(done.bytes, at + 8));
  EXPECT_EQ(0 - 16, read_i32(done.bytes, at + 12));
  EXPECT_EQ(32u, done.bytes.size());
}

TEST_F(CodeBufferTest, TrapStubsAreDeduplicatedAndEmittedAfterTheCode) {
  Label s1 = buf.trap_stub(TrapCode::IntegerDivideByZero, 40);
  Label s2 = buf.trap_stub(TrapCode::IntegerOverflow, 40);
  Label s3 = buf.trap_stub(TrapCode::IntegerDivideByZero, 40);
  Label s4 = buf.trap_stub(TrapCode::IntegerDivideByZero, 41);
  EXPECT_EQ(s1, s3);
  EXPECT_NE(s1, s2);
  EXPECT_NE(s1, s4);
  a.test(rcx, rcx, S32);  // 0..2
  a.jcc(Cond::E, s1);     // 2..8
  buf.add_trap_site(TrapCode::OutOfBoundsMemory, 39);
  a.mov(rax, Mem(rdi), S32);             // 8..10
  a.jcc(Cond::O, s2);                    // 10..16
  a.jcc(Cond::E, s4, JumpRange::Short);  // 16..18
  a.ret();                               // 18
  const FinishedCode& done = buf.finalize();
  // Stubs in creation order: s1 at 19, s2 at 21, s4 at 23; each is ud2.
  EXPECT_EQ(25u, done.code_size);
  EXPECT_EQ(19u, buf.label_offset(s1));
  EXPECT_EQ(21u, buf.label_offset(s2));
  EXPECT_EQ(23u, buf.label_offset(s4));
  for (uint32_t at : {19u, 21u, 23u}) {
    EXPECT_EQ(0x0F, done.bytes[at]);
    EXPECT_EQ(0x0B, done.bytes[at + 1]);
  }
  EXPECT_EQ(19 - 8, read_i32(done.bytes, 4));
  EXPECT_EQ(23 - 18, static_cast<int8_t>(done.bytes[17]));
  const TrapSite expected[] = {{8, TrapCode::OutOfBoundsMemory, 39},
                               {19, TrapCode::IntegerDivideByZero, 40},
                               {21, TrapCode::IntegerOverflow, 40},
                               {23, TrapCode::IntegerDivideByZero, 41}};
  ASSERT_EQ(4u, done.trap_sites.size());
  for (int i = 0; i < 4; ++i) EXPECT_EQ(expected[i], done.trap_sites[i]) << i;
  // Each stub also carries its wasm offset as a source location.
  ASSERT_EQ(2u, done.source_locs.size());  // the two stubs at 40 are adjacent: one range
  EXPECT_EQ((SourceLoc{19, 23, 40}), done.source_locs[0]);
  EXPECT_EQ((SourceLoc{23, 25, 41}), done.source_locs[1]);
}

TEST_F(CodeBufferTest, SourceLocationsMergeAndDropEmptyRanges) {
  buf.start_source_loc(10);
  a.nop(2);
  buf.end_source_loc();
  buf.start_source_loc(10);  // continues with the same offset: extends
  a.nop(3);
  buf.end_source_loc();
  buf.start_source_loc(11);  // empty: dropped
  buf.end_source_loc();
  EXPECT_FALSE(buf.in_source_loc());
  a.nop(1);                  // uncovered
  buf.start_source_loc(10);  // same offset but not contiguous: a new range
  a.nop(1);
  buf.end_source_loc();
  const FinishedCode& done = buf.finalize();
  ASSERT_EQ(2u, done.source_locs.size());
  EXPECT_EQ((SourceLoc{0, 5, 10}), done.source_locs[0]);
  EXPECT_EQ((SourceLoc{6, 7, 10}), done.source_locs[1]);
}

TEST_F(CodeBufferTest, RelocationsAndTheCompiledFunctionBuiltFromTheBuffer) {
  a.call_function(3);                         // 0..5
  a.movabs_libcall(rax, LibCall::TableGrow);  // 5..15
  a.call(rax);                                // 15..17
  buf.add_trap_site(TrapCode::OutOfBoundsMemory, 77);
  a.mov(rcx, Mem(r15, rcx, Scale::x1), S64);
  a.movsd(xmm0, Mem::rip(buf.constant_f64(3.0)));
  const FinishedCode& done = buf.finalize();
  const CompiledFunction f = build_compiled_function(done, 12, Backend::Optimizing, 48);
  EXPECT_EQ(12u, f.func_index);
  EXPECT_EQ(Backend::Optimizing, f.backend);
  EXPECT_EQ(48u, f.frame_size);
  EXPECT_EQ(done.code_size, f.code_size);
  EXPECT_EQ(16u, f.alignment);
  EXPECT_TRUE(std::equal(done.bytes.begin(), done.bytes.end(), f.code.begin(), f.code.end()));
  ASSERT_EQ(2u, f.relocations.size());
  EXPECT_EQ((Relocation{1, 0, RelocKind::CallRel32, RelocTarget::function(3)}), f.relocations[0]);
  EXPECT_EQ((Relocation{7, 5, RelocKind::Abs64, RelocTarget::libcall(LibCall::TableGrow)}), f.relocations[1]);
  ASSERT_EQ(1u, f.trap_sites.size());
  EXPECT_EQ((TrapSite{17, TrapCode::OutOfBoundsMemory, 77}), f.trap_sites[0]);
  EXPECT_GT(f.code.size(), f.code_size);  // the f64 constant follows the code
  EXPECT_STREQ("call_rel32", reloc_kind_name(RelocKind::CallRel32));
  EXPECT_STREQ("abs64", reloc_kind_name(RelocKind::Abs64));
  EXPECT_EQ("func 3", RelocTarget::function(3).to_string());
  EXPECT_EQ("libcall tandem_table_grow", RelocTarget::libcall(LibCall::TableGrow).to_string());
}

TEST_F(CodeBufferTest, ClearForgetsEverythingAndKeepsStorage) {
  for (int i = 0; i < 1000; ++i) a.nop(9);
  Label l = buf.new_label();
  a.jmp(l);
  buf.constant32(1);
  buf.trap_stub(TrapCode::Unreachable, 1);
  buf.add_trap_site(TrapCode::Unreachable, 2);
  a.ud2();
  buf.bind(l);
  buf.finalize();
  const uint8_t* storage = buf.bytes().data();

  buf.clear();
  EXPECT_FALSE(buf.finalized());
  EXPECT_EQ(0u, buf.offset());
  EXPECT_EQ(0u, buf.num_labels());
  EXPECT_EQ(0u, buf.num_constants());
  a.nop(5);
  EXPECT_EQ(storage, buf.bytes().data());  // no reallocation for a smaller function
  Label l2 = buf.new_label();
  EXPECT_EQ(0u, l2.id);
  buf.bind(l2);
  const FinishedCode& done = buf.finalize();
  EXPECT_EQ(5u, done.code_size);
  EXPECT_EQ(5u, done.bytes.size());
  EXPECT_TRUE(done.relocations.empty());
  EXPECT_TRUE(done.trap_sites.empty());
  EXPECT_TRUE(done.source_locs.empty());
}

// ---- invariants ----------------------------------------------------------------

using CodeBufferDeathTest = CodeBufferTest;

TEST_F(CodeBufferDeathTest, BindingTwiceAborts) {
  Label l = buf.new_label();
  buf.bind(l);
  EXPECT_DEATH(buf.bind(l), "label bound twice");
}

TEST_F(CodeBufferDeathTest, ForeignOrInvalidLabelsAbort) {
  EXPECT_DEATH(buf.bind(Label{}), "label not made by this buffer");
  EXPECT_DEATH(buf.bind(Label{5}), "label not made by this buffer");
  Label l = buf.new_label();
  EXPECT_DEATH((void)buf.label_offset(l), "offset of an unbound label");
}

TEST_F(CodeBufferDeathTest, FinalizeWithAnUnboundUsedLabelAborts) {
  Label l = buf.new_label();
  a.jmp(l);
  EXPECT_DEATH(buf.finalize(), "use of an unbound label");
}

TEST_F(CodeBufferDeathTest, JumpTableTargetsMustBeBound) {
  Label t = buf.new_label();
  const Label targets[] = {t};
  buf.add_jump_table(targets);
  EXPECT_DEATH(buf.finalize(), "jump table target unbound");
}

TEST_F(CodeBufferDeathTest, TwoTrapSitesOnOneInstructionAbort) {
  buf.add_trap_site(TrapCode::OutOfBoundsMemory, 1);
  EXPECT_DEATH(buf.add_trap_site(TrapCode::OutOfBoundsMemory, 2), "two trap sites on one instruction");
}

TEST_F(CodeBufferDeathTest, SourceRangesDoNotNestAndMustBeClosed) {
  buf.start_source_loc(1);
  EXPECT_DEATH(buf.start_source_loc(2), "nest");
  EXPECT_DEATH(buf.finalize(), "open source location");
  buf.end_source_loc();
  EXPECT_DEATH(buf.end_source_loc(), "without start_source_loc");
}

TEST_F(CodeBufferDeathTest, RelocationsMustBeInOrderAndInsideTheCode) {
  a.call_function(1);
  EXPECT_DEATH(buf.add_relocation(Relocation{1, 0, RelocKind::CallRel32, RelocTarget::function(2)}), "out of order");
  EXPECT_DEATH(buf.add_relocation(Relocation{4, 3, RelocKind::Abs64, RelocTarget::function(2)}), "not emitted");
}

TEST_F(CodeBufferDeathTest, AFinalizedBufferIsFrozen) {
  a.ret();
  buf.finalize();
  EXPECT_DEATH(a.ret(), "after finalize");
  EXPECT_DEATH(buf.new_label(), "after finalize");
  EXPECT_DEATH(buf.constant32(1), "after finalize");
}

TEST_F(CodeBufferDeathTest, DisplacementsThatDoNotFitAbort) {
  Label l = buf.new_label();
  buf.bind(l);
  const uint8_t field[1] = {0};
  for (int i = 0; i < 200; ++i) buf.put1(0xCC);
  buf.put_bytes(field, 1);
  EXPECT_DEATH(buf.use_label(l, 200, LabelUse::Rel8, 1), "short branch does not reach");
  EXPECT_DEATH(buf.use_label(l, 198, LabelUse::Rel32, 4), "outside the code");
}

}  // namespace
}  // namespace tandem::compile
