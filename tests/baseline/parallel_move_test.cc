// The parallel-move resolver on a simulated machine: registers and slots
// hold 64-bit values, every move set is resolved, the simulated effect is
// compared with "every destination gets its source's value from before"
// and "nothing else changes". Exhaustive over the register permutations of
// up to six registers, then random sets mixing classes, widths, slots,
// constants, fan-out and cycles through memory.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <random>
#include <vector>

#include "backends/baseline/parallel_move.h"

namespace tandem::baseline {
namespace {

using wasm::ValType;

uint64_t narrow(ValType t, uint64_t v) { return (t == ValType::I32 || t == ValType::F32) ? (v & 0xffffffffu) : v; }

// A machine whose state is 32 registers and a map of 8-byte slots.
class SimMachine final : public MoveEmitter {
 public:
  uint64_t regs[kNumRegIndices] = {};
  std::map<int32_t, uint64_t> slots;  // by displacement (one base)
  uint32_t ops = 0;

  Reg move_temp() const override { return Reg::fpr(15); }
  void move(Reg dst, Reg src, ValType type) override {
    ++ops;
    regs[dst.index()] = dst.is_gpr() ? narrow(type, regs[src.index()]) : regs[src.index()];
  }
  void load_constant(Reg dst, uint64_t bits, ValType type) override {
    ++ops;
    regs[dst.index()] = narrow(type, bits);
  }
  void load(Reg dst, const Address& src, LoadKind kind) override {
    ++ops;
    const uint64_t v = slots.at(src.disp);
    regs[dst.index()] = (kind == LoadKind::I32 || kind == LoadKind::F32) ? (v & 0xffffffffu) : v;
  }
  void store(const Address& dst, Reg src, StoreKind kind) override {
    ++ops;
    write(dst.disp, regs[src.index()], kind);
  }
  void store_constant(const Address& dst, uint64_t bits, StoreKind kind) override {
    ++ops;
    write(dst.disp, bits, kind);
  }
  void copy_slot(const Address& dst, const Address& src) override {
    ++ops;
    slots[dst.disp] = slots.at(src.disp);
  }
  void reinterpret_to_float(FloatWidth w, Reg dst, Reg src) override {
    ++ops;
    regs[dst.index()] = w == FloatWidth::F32 ? (regs[src.index()] & 0xffffffffu) : regs[src.index()];
  }
  void reinterpret_to_int(FloatWidth w, Reg dst, Reg src) override {
    ++ops;
    regs[dst.index()] = w == FloatWidth::F32 ? (regs[src.index()] & 0xffffffffu) : regs[src.index()];
  }

 private:
  void write(int32_t disp, uint64_t v, StoreKind kind) {
    uint64_t& slot = slots[disp];
    slot = store_bytes(kind) == 4 ? ((slot & ~uint64_t{0xffffffffu}) | (v & 0xffffffffu)) : v;
  }
};

const Reg kBase = Reg::gpr(5);

MoveLocation slot(int k) { return MoveLocation::in_mem(Address::at(kBase, -8 * (k + 1))); }

struct TestMove {
  ValType type;
  MoveLocation src, dst;
};

uint64_t read(const SimMachine& m, const MoveLocation& l) {
  switch (l.kind) {
    case MoveLocation::Kind::Reg: return m.regs[l.reg.index()];
    case MoveLocation::Kind::Mem: return m.slots.at(l.mem.disp);
    case MoveLocation::Kind::Const: return l.bits;
    case MoveLocation::Kind::Temp: break;
  }
  ADD_FAILURE() << "temp location in a test move";
  return 0;
}

// Resolves `moves` on a machine holding `seed`-derived values and checks the effect.
void check_moves(const std::vector<TestMove>& moves, uint64_t seed, int num_slots) {
  SimMachine m;
  std::mt19937_64 rng(seed);
  for (uint64_t& r : m.regs) r = rng();
  for (int k = 0; k < num_slots; ++k) m.slots[-8 * (k + 1)] = rng();
  // An i32 in an integer register has its upper half zero (the compiler's invariant).
  for (const TestMove& t : moves)
    if (t.src.kind == MoveLocation::Kind::Reg && t.src.reg.is_gpr() && t.type == ValType::I32)
      m.regs[t.src.reg.index()] &= 0xffffffffu;
  const SimMachine before = m;

  ParallelMove pm;
  for (const TestMove& t : moves) pm.add(t.type, t.src, t.dst);
  pm.emit(m);
  EXPECT_TRUE(pm.empty());

  std::vector<bool> reg_written(kNumRegIndices, false);
  std::map<int32_t, bool> slot_written;
  for (const TestMove& t : moves) {
    const uint64_t want = narrow(t.type, read(before, t.src));
    if (t.dst.kind == MoveLocation::Kind::Reg) {
      reg_written[t.dst.reg.index()] = true;
      const uint64_t got = m.regs[t.dst.reg.index()];
      // An integer register holds an i32 zero-extended; a float register's upper half is junk.
      const uint64_t compared = t.dst.reg.is_fpr() ? narrow(t.type, got) : got;
      EXPECT_EQ(compared, want) << "register " << int(t.dst.reg.index());
    } else {
      slot_written[t.dst.mem.disp] = true;
      EXPECT_EQ(narrow(t.type, m.slots.at(t.dst.mem.disp)), want) << "slot " << t.dst.mem.disp;
    }
  }
  for (uint8_t i = 0; i < kNumRegIndices; ++i) {
    if (reg_written[i] || Reg::from_index(i) == m.move_temp()) continue;
    EXPECT_EQ(m.regs[i], before.regs[i]) << "register " << int(i) << " changed without a move to it";
  }
  for (const auto& [disp, v] : before.slots)
    if (!slot_written[disp]) EXPECT_EQ(m.slots.at(disp), v) << "slot " << disp << " changed without a move to it";
}

std::string describe(const MoveLocation& l) {
  switch (l.kind) {
    case MoveLocation::Kind::Reg: return (l.reg.is_gpr() ? "r" : "f") + std::to_string(l.reg.code());
    case MoveLocation::Kind::Mem: return "[" + std::to_string(l.mem.disp) + "]";
    case MoveLocation::Kind::Const: return "#" + std::to_string(l.bits);
    case MoveLocation::Kind::Temp: return "temp";
  }
  return "?";
}

std::string describe(const TestMove& t) {
  return describe(t.dst) + " := " + describe(t.src) + " (" + wasm::val_type_name(t.type) + ")";
}

TEST(ParallelMove, EveryPermutationOfUpToSixRegisters) {
  for (int n = 1; n <= 6; ++n) {
    std::vector<int> perm(n);
    std::iota(perm.begin(), perm.end(), 0);
    do {
      std::vector<TestMove> moves;
      for (int i = 0; i < n; ++i)
        moves.push_back({ValType::I64, MoveLocation::in_reg(Reg::gpr(static_cast<uint8_t>(perm[i]))),
                         MoveLocation::in_reg(Reg::gpr(static_cast<uint8_t>(i)))});
      check_moves(moves, static_cast<uint64_t>(n), 0);
    } while (std::next_permutation(perm.begin(), perm.end()));
  }
}

TEST(ParallelMove, EveryPermutationOfRegistersAndSlots) {
  // Four places, two registers and two slots, all permutations: cycles
  // through memory need the temp.
  const MoveLocation places[4] = {MoveLocation::in_reg(Reg::gpr(0)), MoveLocation::in_reg(Reg::gpr(1)), slot(0),
                                  slot(1)};
  std::vector<int> perm = {0, 1, 2, 3};
  do {
    std::vector<TestMove> moves;
    for (int i = 0; i < 4; ++i) moves.push_back({ValType::I64, places[perm[i]], places[i]});
    check_moves(moves, 7, 2);
  } while (std::next_permutation(perm.begin(), perm.end()));
}

TEST(ParallelMove, SwapOfFloatRegistersKeepsBothValues) {
  SimMachine m;
  m.regs[Reg::fpr(0).index()] = 0x1111;
  m.regs[Reg::fpr(1).index()] = 0x2222;
  ParallelMove pm;
  pm.add(ValType::F64, MoveLocation::in_reg(Reg::fpr(0)), MoveLocation::in_reg(Reg::fpr(1)));
  pm.add(ValType::F64, MoveLocation::in_reg(Reg::fpr(1)), MoveLocation::in_reg(Reg::fpr(0)));
  pm.emit(m);
  EXPECT_EQ(m.regs[Reg::fpr(0).index()], 0x2222u);
  EXPECT_EQ(m.regs[Reg::fpr(1).index()], 0x1111u);
  EXPECT_EQ(m.ops, 3u);  // one through the temp, then two moves
}

TEST(ParallelMove, MovesOntoThemselvesAreDropped) {
  ParallelMove pm;
  pm.add(ValType::I32, MoveLocation::in_reg(Reg::gpr(3)), MoveLocation::in_reg(Reg::gpr(3)));
  pm.add(ValType::I64, slot(2), slot(2));
  EXPECT_TRUE(pm.empty());
}

TEST(ParallelMove, OneSourceToManyDestinations) {
  std::vector<TestMove> moves = {
      {ValType::I64, MoveLocation::in_reg(Reg::gpr(0)), MoveLocation::in_reg(Reg::gpr(1))},
      {ValType::I64, MoveLocation::in_reg(Reg::gpr(0)), MoveLocation::in_reg(Reg::gpr(2))},
      {ValType::I64, MoveLocation::in_reg(Reg::gpr(0)), slot(0)},
      {ValType::I64, MoveLocation::in_reg(Reg::gpr(1)), MoveLocation::in_reg(Reg::gpr(0))},
  };
  check_moves(moves, 3, 1);
}

TEST(ParallelMove, NarrowValuesKeepTheIntegerInvariant) {
  // An i32 that went through a slot (whose upper half is junk) and the temp
  // arrives zero-extended.
  std::vector<TestMove> moves = {
      {ValType::I32, slot(0), MoveLocation::in_reg(Reg::gpr(0))},
      {ValType::I32, MoveLocation::in_reg(Reg::gpr(0)), slot(0)},
  };
  check_moves(moves, 11, 1);
}

TEST(ParallelMove, RandomMoveSets) {
  std::mt19937_64 rng(2024);
  const ValType types[] = {ValType::I32, ValType::I64, ValType::F32, ValType::F64, ValType::FuncRef};
  for (int iteration = 0; iteration < 20000; ++iteration) {
    const int num_gprs = 1 + static_cast<int>(rng() % 6);
    const int num_fprs = 1 + static_cast<int>(rng() % 4);
    const int num_slots = static_cast<int>(rng() % 5);
    // Candidate destinations, each used at most once.
    std::vector<MoveLocation> dsts;
    for (int i = 0; i < num_gprs; ++i) dsts.push_back(MoveLocation::in_reg(Reg::gpr(static_cast<uint8_t>(i))));
    for (int i = 0; i < num_fprs; ++i) dsts.push_back(MoveLocation::in_reg(Reg::fpr(static_cast<uint8_t>(i))));
    for (int i = 0; i < num_slots; ++i) dsts.push_back(slot(i));
    std::shuffle(dsts.begin(), dsts.end(), rng);
    const size_t count = 1 + rng() % dsts.size();
    std::vector<TestMove> moves;
    for (size_t i = 0; i < count; ++i) {
      const MoveLocation& dst = dsts[i];
      ValType type = types[rng() % 5];
      if (dst.kind == MoveLocation::Kind::Reg) {
        const bool want_float = dst.reg.is_fpr();
        while (wasm::is_float(type) != want_float) type = types[rng() % 5];
      }
      const bool float_class = wasm::is_float(type);
      // A source of the value's class: a register, a slot or a constant.
      MoveLocation src;
      const uint64_t pick = rng() % 10;
      if (pick < 2) {
        src = MoveLocation::constant(rng());
      } else if (pick < 5 && num_slots > 0) {
        src = slot(static_cast<int>(rng() % num_slots));
      } else if (float_class) {
        src = MoveLocation::in_reg(Reg::fpr(static_cast<uint8_t>(rng() % num_fprs)));
      } else {
        src = MoveLocation::in_reg(Reg::gpr(static_cast<uint8_t>(rng() % num_gprs)));
      }
      moves.push_back({type, src, dst});
    }
    check_moves(moves, rng(), num_slots);
    if (::testing::Test::HasFailure()) {
      std::string listing;
      for (const TestMove& t : moves) listing += describe(t) + "\n";
      ADD_FAILURE() << "iteration " << iteration << ", moves:\n" << listing;
      return;
    }
  }
}

}  // namespace
}  // namespace tandem::baseline
