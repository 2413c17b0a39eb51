// The register allocator on hand-written VCode and on thousands of random
// functions (straight code, diamonds with block parameters, loops, calls
// that clobber every register, divisions pinned to rax/rdx, shifts pinned
// to cl, two-address instructions, temporaries, floats), each allocation
// run through the checker, which executes it symbolically on every path.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <set>

#include "backends/optimizing/regalloc/checker.h"
#include "backends/optimizing/regalloc/regalloc.h"
#include "shared_compile/abi.h"

namespace tandem::optimizing::regalloc {
namespace {

using mach::MInst;
using mach::MOp;
using mach::Operand;
using mach::VCode;
namespace x64 = compile::x64;

MInst op(MOp o) {
  MInst m;
  m.op = o;
  return m;
}

// Ends the current block with a conditional branch to `taken` or `other`.
void end_with_branch(VCode& c, uint32_t taken, uint32_t other) {
  MInst jcc = op(MOp::Jcc);
  jcc.target0 = taken;
  jcc.target1 = other;
  c.push(jcc, {});
  c.end_block();
}

::testing::AssertionResult allocate_and_check(VCode& code, Output& out) {
  code.finish();
  Allocator alloc;
  // The budget of a function of 4 KB: an allocation loop that never ends
  // fails the test instead of hanging it.
  compile::CompileBudget budget;
  budget.begin_function(0, 4096, 0);
  alloc.run(code, out, &budget);
  if (budget.exceeded()) return ::testing::AssertionFailure() << budget.status().error().message;
  Status st = check_allocation(code, out);
  if (!st.ok()) return ::testing::AssertionFailure() << st.error().message << "\n" << print_allocated(code, out);
  return ::testing::AssertionSuccess();
}

// More values live at once than there are registers: some must spill, and
// the checker proves every reload reads the right value.
TEST(Regalloc, SpillsUnderPressure) {
  VCode c;
  uint32_t b = c.new_block();
  c.begin_block(b);
  std::vector<VReg> vals;
  for (int i = 0; i < 20; ++i) {
    VReg v = c.new_vreg(RegClass::Int);
    MInst m = op(MOp::MovImm);
    m.imm = i;
    c.push(m, {Operand::def(v)});
    vals.push_back(v);
  }
  VReg acc = vals[0];
  for (int i = 1; i < 20; ++i) {
    VReg sum = c.new_vreg(RegClass::Int);
    c.push(op(MOp::AluRR), {Operand::def_reuse(sum, 1), Operand::use(acc), Operand::use(vals[i], Operand::Pos::Late)});
    acc = sum;
  }
  c.push(op(MOp::Ret), {Operand::use_fixed(acc, mach::preg_of(x64::rax))});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));
  EXPECT_GT(out.num_spill_slots, 0u);
}

// A jump passing more values than there are registers (a wasm `br` out of a
// block with many results, from a real program): its arguments live where
// they are, in registers or slots, and the parameter moves gather them.
// When every argument demanded a register at the jump, two of them evicted
// each other forever and the allocator never finished.
TEST(Regalloc, AJumpMayPassMoreValuesThanRegisters) {
  for (int n : {12, 13, 17, 40}) {
    VCode c;
    uint32_t entry = c.new_block(), join = c.new_block();
    c.begin_block(entry);
    std::vector<Operand> args;
    for (int i = 0; i < n; ++i) {
      VReg v = c.new_vreg(RegClass::Int);
      MInst m = op(MOp::MovImm);
      m.imm = i;
      c.push(m, {Operand::def(v)});
      args.push_back(Operand::use_reg_or_stack(v));
    }
    std::vector<VReg> params;
    for (int i = 0; i < n; ++i) params.push_back(c.new_vreg(RegClass::Int));
    for (VReg p : params) c.add_block_param(join, p);
    MInst j = op(MOp::Jmp);
    j.target0 = join;
    c.push(j, args);
    c.end_block();
    c.begin_block(join);
    VReg acc = params[0];
    for (int i = 1; i < n; ++i) {
      VReg sum = c.new_vreg(RegClass::Int);
      c.push(op(MOp::AluRR),
             {Operand::def_reuse(sum, 1), Operand::use(acc), Operand::use(params[i], Operand::Pos::Late)});
      acc = sum;
    }
    c.push(op(MOp::Ret), {Operand::use_fixed(acc, mach::preg_of(x64::rax))});
    c.end_block();
    Output out;
    ASSERT_TRUE(allocate_and_check(c, out)) << n << " arguments";
    if (n > 12) EXPECT_GT(out.num_spill_slots, 0u) << n << " arguments";
  }
}

// A value live across a call survives in its spill slot; the call's
// argument goes to rdi and its result comes from rax.
TEST(Regalloc, ValuesLiveAcrossACallAreSpilled) {
  VCode c;
  uint32_t b = c.new_block();
  c.begin_block(b);
  VReg x = c.new_vreg(RegClass::Int), y = c.new_vreg(RegClass::Int), r = c.new_vreg(RegClass::Int);
  c.push(op(MOp::Args),
         {Operand::def_fixed(x, mach::preg_of(x64::rdi)), Operand::def_fixed(y, mach::preg_of(x64::rsi))});
  MInst call = op(MOp::Call);
  call.clobber_gprs = compile::abi::kCallClobberedGprs.bits & ~(1u << x64::rax.enc);
  call.clobber_xmms = 0xffff;
  c.push(call, {Operand::use_fixed(y, mach::preg_of(x64::rdi)), Operand::def_fixed(r, mach::preg_of(x64::rax))});
  VReg s = c.new_vreg(RegClass::Int);
  c.push(op(MOp::AluRR), {Operand::def_reuse(s, 1), Operand::use(x), Operand::use(r, Operand::Pos::Late)});
  c.push(op(MOp::Ret), {Operand::use_fixed(s, mach::preg_of(x64::rax))});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));
  EXPECT_EQ(out.num_spill_slots, 1u);  // x only
  // The argument moves from rsi to rdi before the call.
  bool moved = false;
  for (const Move& m : out.moves_before(1)) moved |= m.from == Loc::reg(6) && m.to == Loc::reg(7);
  EXPECT_TRUE(moved);
}

// The printed allocation names every operand's register and the moves.
TEST(Regalloc, PrintsOperandsAndMoves) {
  VCode c;
  uint32_t b = c.new_block();
  c.begin_block(b);
  VReg x = c.new_vreg(RegClass::Int), y = c.new_vreg(RegClass::Int);
  c.push(op(MOp::Args), {Operand::def_fixed(x, mach::preg_of(x64::rdi))});
  c.push(op(MOp::Copy), {Operand::def(y), Operand::use(x)});
  c.push(op(MOp::Ret), {Operand::use_fixed(y, mach::preg_of(x64::rax))});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));
  std::string text = print_allocated(c, out);
  EXPECT_NE(text.find("args =v0:rdi"), std::string::npos) << text;
  EXPECT_NE(text.find("ret v1:rax"), std::string::npos) << text;
  EXPECT_NE(text.find("spill slots: 0"), std::string::npos) << text;
}

// Two arguments that a call takes the other way round: the allocation
// swaps them before the call, which the checker accepts. Run one after
// the other, the same two moves read a register the first already
// overwrote (a parallel move sequentialized wrongly), and an operand in
// the wrong register reads another value: each is an error at the wasm
// offset of its instruction, which a finding names as its operator.
TEST(RegallocChecker, AWrongMoveOrOperandIsAnErrorAtItsWasmOffset) {
  VCode c;
  uint32_t b = c.new_block();
  c.begin_block(b);
  VReg x = c.new_vreg(RegClass::Int), y = c.new_vreg(RegClass::Int);
  MInst args = op(MOp::Args);
  args.wasm_offset = 0x10;
  c.push(args, {Operand::def_fixed(x, mach::preg_of(x64::rdi)), Operand::def_fixed(y, mach::preg_of(x64::rsi))});
  MInst call = op(MOp::Call);
  call.wasm_offset = 0x20;
  call.clobber_gprs = compile::abi::kCallClobberedGprs.bits;
  call.clobber_xmms = 0xffff;
  c.push(call, {Operand::use_fixed(y, mach::preg_of(x64::rdi)), Operand::use_fixed(x, mach::preg_of(x64::rsi))});
  c.push(op(MOp::Ret), {});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));

  // The swap, one move after the other without the scratch register.
  Output naive = out;
  const uint32_t begin = naive.move_start[2], end = naive.move_start[3];
  ASSERT_GE(end - begin, 2u) << print_allocated(c, out);
  std::vector<Move> swap = {
      Move{Loc::reg(mach::preg_of(x64::rsi)), Loc::reg(mach::preg_of(x64::rdi)), RegClass::Int, y, y},
      Move{Loc::reg(mach::preg_of(x64::rdi)), Loc::reg(mach::preg_of(x64::rsi)), RegClass::Int, x, x}};
  naive.moves.erase(naive.moves.begin() + begin, naive.moves.begin() + end);
  naive.moves.insert(naive.moves.begin() + begin, swap.begin(), swap.end());
  const int32_t delta = 2 - static_cast<int32_t>(end - begin);
  for (size_t s = 3; s < naive.move_start.size(); ++s) naive.move_start[s] += delta;
  Status wrong_move = check_allocation(c, naive);
  ASSERT_FALSE(wrong_move.ok()) << print_allocated(c, naive);
  EXPECT_NE(wrong_move.error().message.find("a move expects v0 in rdi but finds v1"), std::string::npos)
      << wrong_move.error().message;
  EXPECT_EQ(wrong_move.error().offset, std::optional<uint64_t>(0x20));

  // The call's first operand in rsi, which holds x.
  Output misplaced = out;
  misplaced.allocs[c.inst(1).first_operand] = mach::preg_of(x64::rsi);
  Status wrong_operand = check_allocation(c, misplaced);
  ASSERT_FALSE(wrong_operand.ok());
  EXPECT_NE(wrong_operand.error().message.find("instruction 1 (call)"), std::string::npos)
      << wrong_operand.error().message;
  EXPECT_EQ(wrong_operand.error().offset, std::optional<uint64_t>(0x20));
}

// A loop that swaps its two values on every iteration: the back edge's
// moves are a cycle, broken through the scratch register. Without it
// ("a <- b, b <- a"), the second move reads what the first wrote. The
// names on a back edge are the loop's own (the parameters a and b are
// also the arguments), so the checker must rename only after the whole
// set, or the wrong order passes.
TEST(RegallocChecker, ASwapOnALoopsBackEdgeMustGoThroughTheScratch) {
  VCode c;
  uint32_t entry = c.new_block(), header = c.new_block(), back = c.new_block(), exit = c.new_block();
  VReg x = c.new_vreg(RegClass::Int), y = c.new_vreg(RegClass::Int), n = c.new_vreg(RegClass::Int);
  VReg a = c.new_vreg(RegClass::Int), b = c.new_vreg(RegClass::Int);
  c.add_block_param(header, a);
  c.add_block_param(header, b);
  MInst jump = op(MOp::Jmp);
  jump.target0 = header;
  c.begin_block(entry);
  c.push(op(MOp::Args), {Operand::def_fixed(x, mach::preg_of(x64::rdi)), Operand::def_fixed(y, mach::preg_of(x64::rsi)),
                         Operand::def_fixed(n, mach::preg_of(x64::rdx))});
  c.push(jump, {Operand::use_reg_or_stack(x), Operand::use_reg_or_stack(y)});
  c.end_block();
  c.begin_block(header);
  c.push(op(MOp::Test), {Operand::use(n), Operand::use(n)});
  end_with_branch(c, back, exit);
  c.begin_block(back);
  MInst back_jump = jump;
  back_jump.wasm_offset = 0x33;
  const uint32_t back_jump_index = c.num_insts();
  c.push(back_jump, {Operand::use_reg_or_stack(b), Operand::use_reg_or_stack(a)});
  c.end_block();
  c.begin_block(exit);
  c.push(op(MOp::Ret), {Operand::use_fixed(a, mach::preg_of(x64::rax)), Operand::use(b)});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));

  // The cycle as the allocation broke it: into the scratch, one move, out of it.
  std::span<const Move> cycle = out.moves_before(back_jump_index);
  const Loc scratch = Loc::reg(mach::preg_of(mach::kScratchGpr));
  ASSERT_EQ(cycle.size(), 3u) << print_allocated(c, out);
  ASSERT_EQ(cycle[0].to, scratch) << print_allocated(c, out);
  ASSERT_EQ(cycle[2].from, scratch) << print_allocated(c, out);
  // The same two moves without it, as a sequentializer that misses the
  // cycle would emit them.
  Output naive = out;
  const uint32_t at = naive.move_start[2 * back_jump_index];
  Move second = cycle[2];
  second.from = cycle[0].from;
  naive.moves[at] = cycle[1];
  naive.moves[at + 1] = second;
  naive.moves.erase(naive.moves.begin() + at + 2);
  for (size_t s = 2 * back_jump_index + 1; s < naive.move_start.size(); ++s) --naive.move_start[s];
  Status wrong = check_allocation(c, naive);
  ASSERT_FALSE(wrong.ok()) << print_allocated(c, naive);
  EXPECT_NE(wrong.error().message.find("a move expects"), std::string::npos) << wrong.error().message;
  EXPECT_EQ(wrong.error().offset, std::optional<uint64_t>(0x33));
}

// Two values that each live across a call, one after the other: both
// spill, and since their lifetimes do not overlap they share one slot.
TEST(Regalloc, DisjointSpilledValuesShareASlot) {
  VCode c;
  uint32_t b = c.new_block();
  c.begin_block(b);
  VReg x = c.new_vreg(RegClass::Int);
  c.push(op(MOp::Args), {Operand::def_fixed(x, mach::preg_of(x64::rdi))});
  MInst call = op(MOp::Call);
  call.clobber_gprs = compile::abi::kCallClobberedGprs.bits & ~(1u << x64::rax.enc);
  call.clobber_xmms = 0xffff;
  VReg prev = x;
  for (int round = 0; round < 2; ++round) {
    VReg live = c.new_vreg(RegClass::Int), r = c.new_vreg(RegClass::Int), sum = c.new_vreg(RegClass::Int);
    c.push(op(MOp::Copy), {Operand::def(live), Operand::use(prev)});
    c.push(call, {Operand::use_fixed(prev, mach::preg_of(x64::rdi)), Operand::def_fixed(r, mach::preg_of(x64::rax))});
    c.push(op(MOp::AluRR), {Operand::def_reuse(sum, 1), Operand::use(live), Operand::use(r, Operand::Pos::Late)});
    prev = sum;
  }
  c.push(op(MOp::Ret), {Operand::use_fixed(prev, mach::preg_of(x64::rax))});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));
  EXPECT_EQ(out.num_spill_slots, 1u);
}

// v128 values live across a call (which clobbers every xmm register) next
// to i64 and f64 ones: each v128 spills to a slot pair of its own, 16-byte
// aligned (slot s at rbp - 8 * (s + 1 + saved), so s + saved even, with
// the saved VMContext when an indirect call asks for it), that no 8-byte
// value ever uses, and its moves are wide.
TEST(Regalloc, V128SpillsToAlignedSlotPairsOfTheirOwn) {
  for (bool saved_vmctx : {false, true}) {
    VCode c;
    c.needs_saved_vmctx = saved_vmctx;
    uint32_t b = c.new_block();
    c.begin_block(b);
    MInst call = op(MOp::Call);
    call.clobber_gprs = compile::abi::kCallClobberedGprs.bits;
    call.clobber_xmms = 0xffff;
    std::vector<VReg> wide, narrow;
    for (int i = 0; i < 5; ++i) {
      VReg v = c.new_vreg(RegClass::Float, true), f = c.new_vreg(RegClass::Float), g = c.new_vreg(RegClass::Int);
      MInst k = op(MOp::Vconst);
      c.push(k, {Operand::def(v)});
      c.push(op(MOp::FConst), {Operand::def(f)});
      c.push(op(MOp::MovImm), {Operand::def(g)});
      wide.push_back(v);
      narrow.push_back(f);
      narrow.push_back(g);
    }
    c.push(call, {});
    std::vector<Operand> uses;
    for (VReg v : wide) uses.push_back(Operand::use(v));
    for (VReg v : narrow) uses.push_back(Operand::use(v));
    c.push(op(MOp::Ret), uses);
    c.end_block();
    Output out;
    ASSERT_TRUE(allocate_and_check(c, out));
    std::set<uint32_t> wide_slots, narrow_slots;
    for (const Move& m : out.moves) {
      for (const Loc& l : {m.from, m.to}) {
        if (!l.is_stack()) continue;
        if (m.wide) {
          EXPECT_EQ((l.slot() + (saved_vmctx ? 1 : 0)) % 2, 0u) << "a misaligned pair at slot " << l.slot();
          EXPECT_LT(l.slot() + 1, out.num_spill_slots);
          wide_slots.insert(l.slot());
          wide_slots.insert(l.slot() + 1);
        } else {
          narrow_slots.insert(l.slot());
        }
      }
      EXPECT_EQ(m.wide, c.vreg_wide(m.from_vreg));
    }
    EXPECT_EQ(wide_slots.size(), 10u);
    for (uint32_t s : narrow_slots) EXPECT_FALSE(wide_slots.count(s)) << "slot " << s << " shared";
  }
}

// A two-address instruction whose input dies there gets the input's
// register: no copy is needed.
TEST(Regalloc, ReusedInputThatDiesSharesItsRegister) {
  VCode c;
  uint32_t b = c.new_block();
  c.begin_block(b);
  VReg x = c.new_vreg(RegClass::Int), y = c.new_vreg(RegClass::Int), s = c.new_vreg(RegClass::Int);
  c.push(op(MOp::Args),
         {Operand::def_fixed(x, mach::preg_of(x64::rdi)), Operand::def_fixed(y, mach::preg_of(x64::rsi))});
  c.push(op(MOp::AluRR), {Operand::def_reuse(s, 1), Operand::use(x), Operand::use(y, Operand::Pos::Late)});
  c.push(op(MOp::Ret), {Operand::use_fixed(s, mach::preg_of(x64::rax))});
  c.end_block();
  Output out;
  ASSERT_TRUE(allocate_and_check(c, out));
  EXPECT_EQ(out.alloc(c, 1, 0), out.alloc(c, 1, 1));
}

// ---- random functions ---------------------------------------------------------

class RandomFunction {
 public:
  RandomFunction(uint32_t seed, int pressure) : rng_(seed), pressure_(pressure) {}

  void build(VCode& c) {
    c_ = &c;
    uint32_t entry = c.new_block();
    c.begin_block(entry);
    std::vector<Operand> defs;
    for (int i = 0; i < 3; ++i) {
      VReg v = c.new_vreg(RegClass::Int);
      defs.push_back(Operand::def_fixed(v, compile::abi::kIntParams[i].enc));
      avail_.push_back(v);
    }
    VReg f = c.new_vreg(RegClass::Float);
    defs.push_back(Operand::def_fixed(f, mach::preg_of(x64::xmm0)));
    favail_.push_back(f);
    c.push(op(MOp::Args), defs);
    int regions = 2 + static_cast<int>(rng_() % 5);
    for (int r = 0; r < regions; ++r) {
      switch (rng_() % 3) {
        case 0: straight(); break;
        case 1: diamond(); break;
        case 2: loop(); break;
      }
    }
    straight();
    c.push(op(MOp::Ret), {Operand::use_fixed(pick(), mach::preg_of(x64::rax)),
                          Operand::use_fixed(fpick(), mach::preg_of(x64::xmm0))});
    c.end_block();
  }

 private:
  VReg pick() { return avail_[rng_() % avail_.size()]; }
  VReg fpick() { return favail_[rng_() % favail_.size()]; }
  VReg def_int() {
    VReg v = c_->new_vreg(RegClass::Int);
    avail_.push_back(v);
    return v;
  }

  void straight() {
    int n = 1 + static_cast<int>(rng_() % (pressure_ + 1));
    for (int i = 0; i < n; ++i) instruction();
  }

  void instruction() {
    VCode& c = *c_;
    switch (rng_() % 10) {
      case 0: {
        MInst m = op(MOp::MovImm);
        m.imm = static_cast<int64_t>(rng_() % 100);
        c.push(m, {Operand::def(def_int())});
        break;
      }
      case 1:
      case 2: {
        VReg a = pick(), b = pick();
        c.push(op(MOp::AluRR),
               {Operand::def_reuse(def_int(), 1), Operand::use(a), Operand::use(b, Operand::Pos::Late)});
        break;
      }
      case 3: {
        VReg a = pick();
        c.push(op(MOp::Copy), {Operand::def(def_int()), Operand::use(a)});
        break;
      }
      case 4: {
        if (rng_() % 3) break;
        MInst m = op(MOp::Call);
        m.clobber_gprs = compile::abi::kCallClobberedGprs.bits & ~(1u << x64::rax.enc);
        m.clobber_xmms = 0xffff & ~1u;
        VReg a = pick(), b = pick();
        VReg r = def_int();
        VReg fr = c.new_vreg(RegClass::Float);
        c.push(m, {Operand::use_fixed(a, mach::preg_of(x64::rdi)), Operand::use_fixed(b, mach::preg_of(x64::rsi)),
                   Operand::use_fixed(fpick(), mach::preg_of(x64::xmm1)),
                   Operand::def_fixed(r, mach::preg_of(x64::rax)), Operand::def_fixed(fr, mach::preg_of(x64::xmm0))});
        favail_.push_back(fr);
        break;
      }
      case 5: {
        VReg a = pick(), b = pick();
        MInst m = op(MOp::Div);
        m.early_clobber_gprs = 1u << x64::rdx.enc;
        VReg q = def_int();
        VReg rem = def_int();
        c.push(m, {Operand::use_fixed(a, mach::preg_of(x64::rax)), Operand::use(b, Operand::Pos::Late),
                   Operand::def_fixed(q, mach::preg_of(x64::rax)), Operand::def_fixed(rem, mach::preg_of(x64::rdx))});
        break;
      }
      case 6: {
        VReg a = pick(), n = pick();
        c.push(op(MOp::ShiftRCl), {Operand::def_reuse(def_int(), 1), Operand::use(a),
                                   Operand::use_fixed(n, mach::preg_of(x64::rcx), Operand::Pos::Late)});
        break;
      }
      case 7: {
        VReg a = pick();
        VReg t = c.new_vreg(RegClass::Int);
        c.push(op(MOp::ClzFallback), {Operand::def(def_int()), Operand::use(a), Operand::temp(t)});
        break;
      }
      case 8: {
        VReg a = fpick(), b = fpick();
        VReg d = c.new_vreg(RegClass::Float);
        MInst m = op(MOp::FAluRR);
        m.is_float = true;
        c.push(m, {Operand::def_reuse(d, 1), Operand::use(a), Operand::use(b, Operand::Pos::Late)});
        favail_.push_back(d);
        break;
      }
      case 9: {
        MInst m = op(MOp::Store);
        m.mem.base_slot = 1;
        c.push(m, {Operand::use(pick()), Operand::use(pick())});
        break;
      }
    }
  }

  // cmp; jcc to two arms, both jumping to a join with parameters.
  void diamond() {
    VCode& c = *c_;
    straight();
    c.push(op(MOp::Cmp), {Operand::use(pick()), Operand::use(pick())});
    uint32_t a = c.new_block(), b = c.new_block(), join = c.new_block();
    end_with_branch(c, a, b);
    int nparams = static_cast<int>(rng_() % 4);
    std::vector<VReg> params;
    for (int i = 0; i < nparams; ++i) params.push_back(c.new_vreg(RegClass::Int));
    for (VReg p : params) c.add_block_param(join, p);
    size_t outer = avail_.size(), fouter = favail_.size();
    for (uint32_t arm : {a, b}) {
      c.begin_block(arm);
      straight();
      std::vector<Operand> args;
      for (int i = 0; i < nparams; ++i) args.push_back(Operand::use_reg_or_stack(pick()));
      MInst j = op(MOp::Jmp);
      j.target0 = join;
      c.push(j, args);
      c.end_block();
      avail_.resize(outer);
      favail_.resize(fouter);
    }
    c.begin_block(join);
    avail_.insert(avail_.end(), params.begin(), params.end());
  }

  // jmp header(args); header: body; cmp; jcc back-edge block / exit block.
  void loop() {
    VCode& c = *c_;
    uint32_t header = c.new_block(), back = c.new_block(), exit = c.new_block();
    int nparams = 1 + static_cast<int>(rng_() % 3);
    std::vector<VReg> params;
    for (int i = 0; i < nparams; ++i) params.push_back(c.new_vreg(RegClass::Int));
    for (VReg p : params) c.add_block_param(header, p);
    std::vector<Operand> args;
    for (int i = 0; i < nparams; ++i) args.push_back(Operand::use_reg_or_stack(pick()));
    MInst j = op(MOp::Jmp);
    j.target0 = header;
    c.push(j, args);
    c.end_block();
    c.begin_block(header);
    avail_.insert(avail_.end(), params.begin(), params.end());
    straight();
    c.push(op(MOp::Cmp), {Operand::use(pick()), Operand::use(pick())});
    end_with_branch(c, back, exit);
    c.begin_block(back);
    args.clear();
    for (int i = 0; i < nparams; ++i) args.push_back(Operand::use_reg_or_stack(pick()));
    c.push(j, args);
    c.end_block();
    c.begin_block(exit);
  }

  std::mt19937 rng_;
  int pressure_;
  VCode* c_ = nullptr;
  std::vector<VReg> avail_, favail_;
};

TEST(Regalloc, RandomFunctionsPassTheChecker) {
  Allocator alloc;  // one allocator for all: scratch reuse must not leak state
  Output out;
  VCode c;
  uint64_t spills = 0;
  // TANDEM_REGALLOC_SEEDS=n runs more (a soak test).
  uint32_t seeds = 3000;
  if (const char* env = getenv("TANDEM_REGALLOC_SEEDS")) seeds = static_cast<uint32_t>(std::strtoul(env, nullptr, 10));
  for (uint32_t seed = 0; seed < seeds; ++seed) {
    c.clear();
    RandomFunction(seed, 4 + static_cast<int>(seed % 30)).build(c);
    c.finish();
    alloc.run(c, out);
    Status st = check_allocation(c, out);
    ASSERT_TRUE(st.ok()) << "seed " << seed << ": " << st.error().message << "\n" << print_allocated(c, out);
    spills += out.num_spill_slots;
  }
  EXPECT_GT(spills, 0u);  // the generator does reach the spilling paths
}

}  // namespace
}  // namespace tandem::optimizing::regalloc
