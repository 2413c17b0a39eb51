// Every form of encodings.def, encoded and decoded back with Capstone
// (oracle/encoding_check): every register in every operand position, every
// memory shape, immediates at their edges, labels at short and near
// distances; then a deterministic sweep of pseudo-random cases as the fuzz
// target would build them.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "oracle/checks/disassembler.h"
#include "oracle/checks/encoding_check.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/x64/encoding.h"

namespace tandem::oracle {
namespace {

using namespace compile::x64;

class EncodingCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = Disassembler::create();
    ASSERT_TRUE(d.ok());
    dis_.emplace(std::move(d).value());
  }
  // Checks `c`, recording a failure with the checker's report.
  void check(const FormCase& c) {
    ASSERT_TRUE(form_case_is_valid(c)) << c.to_string();
    auto problem = check_form_case(c, buf_, *dis_);
    EXPECT_FALSE(problem.has_value()) << *problem;
    ++checked_;
  }
  std::vector<Size> sizes_of(const FormInfo& f) {
    if (!sig_takes_size(f.sig)) return {fixed_size(f)};
    std::vector<Size> s;
    for (Size z : {S8, S16, S32, S64}) {
      const uint8_t bit = z == S8 ? size_mask::B : z == S16 ? size_mask::W : z == S32 ? size_mask::L : size_mask::Q;
      if (f.sizes & bit) s.push_back(z);
    }
    return s;
  }

  compile::CodeBuffer buf_;
  std::optional<Disassembler> dis_;
  int checked_ = 0;
};

TEST_F(EncodingCheckTest, EveryFormEveryRegisterInEveryPosition) {
  for (uint32_t id = 0; id < kNumForms; ++id) {
    const FormInfo& f = all_forms()[id];
    for (Size size : sizes_of(f)) {
      for (int pos = 0; pos < 4; ++pos) {
        for (uint8_t r = 0; r < 16; ++r) {
          FormCase c;
          c.form = static_cast<FormId>(id);
          c.size = size;
          c.regs[0] = 1;
          c.regs[1] = 2;
          c.regs[2] = 3;
          c.regs[3] = 4;
          c.regs[pos] = r;
          c.mem_base = r;  // also every base register
          c.imm = 1;
          c.label_gap = 3;
          c.nop_length = 1 + r % 9;
          c.cond = static_cast<Cond>(r);
          check(c);
          if (HasFailure()) return;
        }
      }
    }
  }
  EXPECT_GT(checked_, 10000);
}

TEST_F(EncodingCheckTest, EveryMemoryShapeOfEveryMemoryForm) {
  // No displacement, disp8 at both edges, disp32 just past them and at the extreme.
  const int32_t disps[] = {0, 127, -128, 128, -129, INT32_MIN};
  int memory_forms = 0;
  for (uint32_t id = 0; id < kNumForms; ++id) {
    const FormInfo& f = all_forms()[id];
    if (!form_has_memory_operand(f)) continue;  // the memory fields would go unused
    ++memory_forms;
    FormCase c;
    c.form = static_cast<FormId>(id);
    c.size = sizes_of(f).back();
    c.regs[0] = 9;
    c.regs[1] = 10;
    c.regs[2] = 11;
    c.regs[3] = 12;
    for (uint8_t base = 0; base < 16; ++base) {
      for (int32_t disp : disps) {
        c.mem_shape = FormCase::MemShape::Base;
        c.mem_base = base;
        c.mem_disp = disp;
        check(c);
        for (uint8_t index : {0, 5, 12, 13}) {  // low; rbp; r12 and r13, whose low bits are rsp's and rbp's
          for (Scale scale : {Scale::x1, Scale::x2, Scale::x4, Scale::x8}) {
            c.mem_shape = FormCase::MemShape::BaseIndex;
            c.mem_index = index;
            c.mem_scale = scale;
            check(c);
          }
        }
      }
    }
    for (bool forward : {false, true}) {
      for (int32_t addend : {0, 8, -4}) {
        c.mem_shape = FormCase::MemShape::Rip;
        c.mem_disp = addend;
        c.label_forward = forward;
        c.label_gap = 17;
        check(c);
      }
    }
    if (HasFailure()) return;
  }
  EXPECT_GT(memory_forms, 300);
}

TEST_F(EncodingCheckTest, ImmediatesAtTheirEdges) {
  const int64_t edges[] = {0,         1,        -1,        127,       -128,
                           128,       255,      -129,      32767,     -32768,
                           65535,     65536,    INT32_MAX, INT32_MIN, int64_t{1} << 32,
                           INT64_MAX, INT64_MIN};
  for (uint32_t id = 0; id < kNumForms; ++id) {
    const FormInfo& f = all_forms()[id];
    if (f.imm != ImmKind::I8 && f.imm != ImmKind::U8 && f.imm != ImmKind::IZ && f.imm != ImmKind::I64) continue;
    for (Size size : sizes_of(f)) {
      for (int64_t imm : edges) {
        FormCase c;
        c.form = static_cast<FormId>(id);
        c.size = size;
        c.regs[0] = 6;  // sil/si/esi/rsi: byte forms need REX
        c.regs[1] = 12;
        c.imm = imm;
        if (!form_case_is_valid(c)) continue;  // out of this form's range
        check(c);
      }
    }
  }
  EXPECT_GT(checked_, 1000);
}

// Every VEX form with each of its registers high (VEX.R, VEX.B, vvvv, is4)
// and low, the two-byte VEX's territory and the three-byte one's, and the
// index register high (VEX.X) with a memory operand.
TEST_F(EncodingCheckTest, VexFormsWithEveryExtensionBit) {
  int vex_forms = 0;
  for (uint32_t id = 0; id < kNumForms; ++id) {
    const FormInfo& f = all_forms()[id];
    if (!enc_is_vex(f.enc)) continue;
    ++vex_forms;
    for (Size size : sizes_of(f)) {
      for (int high = 0; high < 16; ++high) {  // bit i: regs[i] is xmm8-15 / r8-r15
        FormCase c;
        c.form = static_cast<FormId>(id);
        c.size = size;
        for (int i = 0; i < 4; ++i) c.regs[i] = static_cast<uint8_t>(((high >> i) & 1) ? 8 + 2 * i : 1 + i);
        c.imm = 3;  // in range of every immediate kind, predicates and rounding modes too
        c.mem_shape = FormCase::MemShape::BaseIndex;
        c.mem_base = (high & 1) ? 13 : 5;
        c.mem_index = (high & 2) ? 12 : 3;
        c.mem_disp = -0x81;
        check(c);
      }
    }
    if (HasFailure()) return;
  }
  EXPECT_GT(vex_forms, 300);
}

TEST_F(EncodingCheckTest, BranchesAtShortAndNearDistances) {
  for (FormId id : {FormId::JmpRel8, FormId::JmpRel32, FormId::JccRel8, FormId::JccRel32}) {
    for (bool forward : {false, true}) {
      for (uint16_t gap : {0, 1, 125, 126, 127, 128, 129, 300, 1000}) {
        for (uint8_t cond = 0; cond < 16; ++cond) {
          FormCase c;
          c.form = id;
          c.label_forward = forward;
          c.label_gap = gap;
          c.cond = static_cast<Cond>(cond);
          if (!form_case_is_valid(c)) continue;  // a short branch that cannot reach
          check(c);
        }
      }
    }
  }
  EXPECT_GT(checked_, 400);
}

TEST_F(EncodingCheckTest, RejectsShortBranchesThatCannotReach) {
  FormCase c;
  c.form = FormId::JmpRel8;
  c.label_forward = true;
  c.label_gap = 128;
  EXPECT_FALSE(form_case_is_valid(c));
  c.label_forward = false;
  c.label_gap = 127;  // -(127 + 2) does not fit
  EXPECT_FALSE(form_case_is_valid(c));
  c.label_gap = 126;
  EXPECT_TRUE(form_case_is_valid(c));
}

TEST_F(EncodingCheckTest, RandomCasesAsTheFuzzerBuildsThem) {
  std::mt19937_64 rng(20240611);
  std::set<uint32_t> forms_seen;
  std::vector<uint8_t> bytes(48);
  for (int i = 0; i < 30000; ++i) {
    for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng());
    const FormCase c = form_case_from_bytes(bytes);
    forms_seen.insert(static_cast<uint32_t>(c.form));
    check(c);
    if (HasFailure()) return;
  }
  EXPECT_EQ(forms_seen.size(), kNumForms);
}

TEST_F(EncodingCheckTest, ShortInputsStillMakeValidCases) {
  std::vector<uint8_t> bytes;
  for (int n = 0; n < 40; ++n) {
    check(form_case_from_bytes(bytes));
    bytes.push_back(static_cast<uint8_t>(0xA5 ^ n));
  }
}

}  // namespace
}  // namespace tandem::oracle
