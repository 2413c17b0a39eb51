#include "backends/optimizing/regalloc/checker.h"

#include <fmt/format.h>

namespace tandem::optimizing::regalloc {

using mach::MInst;
using mach::Operand;

namespace {

constexpr VReg kUnknown = mach::kNoVReg;
constexpr VReg kConflict = mach::kNoVReg - 1;

class Checker {
 public:
  Checker(const mach::VCode& code, const Output& out, CheckerScratch& scratch)
      : c_(code),
        out_(out),
        in_(scratch.in),
        state_(scratch.state),
        seen_(scratch.seen),
        work_(scratch.work),
        renames_(scratch.renames) {}

  Status run() {
    uint32_t n = c_.num_blocks();
    size_ = 32 + out_.num_spill_slots;
    in_.assign(static_cast<size_t>(n) * size_, kUnknown);
    seen_.assign(n, false);
    std::vector<uint32_t>& work = work_;
    work.clear();
    uint32_t entry = c_.order()[0];
    seen_[entry] = true;
    work.push_back(entry);
    std::vector<VReg>& state = state_;
    for (size_t next = 0; next < work.size(); ++next) {
      uint32_t b = work[next];
      state.assign(in_.begin() + b * size_, in_.begin() + (b + 1) * size_);
      TANDEM_TRY_STATUS(run_block(b, state));
      for (uint32_t s : c_.succs(b)) {
        VReg* in = &in_[s * size_];
        bool changed = !seen_[s];
        if (!seen_[s]) {
          std::copy(state.begin(), state.end(), in);
          seen_[s] = true;
        } else {
          for (uint32_t l = 0; l < size_; ++l) {
            if (in[l] != state[l] && in[l] != kConflict) {
              in[l] = kConflict;
              changed = true;
            }
          }
        }
        if (changed) work.push_back(s);
      }
    }
    return {};
  }

 private:
  uint32_t index(Loc l) const { return l.is_reg() ? l.preg() : 32 + l.slot(); }

  Error fail(uint32_t inst, std::string message) const {
    // At the instruction's wasm offset, so that a finding names the
    // operator whose code the allocation broke.
    return make_error(
        ErrorKind::Internal,
        fmt::format("regalloc checker: instruction {} ({}): {}", inst, mach::mop_name(c_.inst(inst).op), message),
        c_.inst(inst).wasm_offset);
  }

  // The moves at one point are one parallel move, sequentialized: every
  // move must read what the location held before the set, by that name.
  // A block parameter's new name (to_vreg) is given only after the whole
  // set, since on a loop's back edge the parameters' names are also the
  // arguments' ("v1 <- v0, v0 <- v1"): renamed at once, a move that reads
  // a location an earlier move already overwrote would still find the
  // name it expects.
  Status apply(uint32_t inst, std::span<const Move> moves, std::vector<VReg>& state) {
    renames_.clear();
    for (const Move& m : moves) {
      if (m.to.is_stack() && m.to.slot() >= out_.num_spill_slots) return fail(inst, "a move to a slot out of range");
      VReg held = state[index(m.from)];
      if (m.from_vreg != kUnknown && held != m.from_vreg) {
        return fail(inst,
                    fmt::format("a move expects v{} in {} but finds {}", m.from_vreg, describe(m.from), name(held)));
      }
      state[index(m.to)] = held;
      if (m.to_vreg != kUnknown && m.to_vreg != held) renames_.push_back({index(m.to), held, m.to_vreg});
    }
    for (const Rename& r : renames_)
      if (state[r.location] == r.from) state[r.location] = r.to;
    return {};
  }

  static std::string name(VReg v) {
    if (v == kUnknown) return "nothing";
    if (v == kConflict) return "different values on different paths";
    return fmt::format("v{}", v);
  }
  static std::string describe(Loc l) {
    return l.is_reg() ? mach::preg_name(l.preg()) : fmt::format("slot{}", l.slot());
  }

  Status run_block(uint32_t b, std::vector<VReg>& state) {
    const mach::VBlock& vb = c_.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      TANDEM_TRY_STATUS(apply(i, out_.moves_before(i), state));
      const MInst& m = c_.inst(i);
      std::span<const Operand> ops = c_.operands(i);
      uint32_t base = m.first_operand;
      // Every use reads its value.
      for (uint32_t k = 0; k < ops.size(); ++k) {
        const Operand& o = ops[k];
        PReg r = out_.allocs[base + k];
        // A jump's arguments are read by the parameter moves before it
        // (whose sources the move check verifies), not by the jump.
        if (o.constraint == Operand::Constraint::RegOrStack) continue;
        if (r == mach::kNoPReg) return fail(i, fmt::format("operand {} has no register", k));
        if (mach::preg_class(r) != c_.vreg_class(o.vreg))
          return fail(i, fmt::format("operand {} in the wrong class", k));
        if (o.constraint == Operand::Constraint::Fixed && r != o.fixed) {
          return fail(i, fmt::format("operand {} is not in its fixed register", k));
        }
        if (o.kind == Operand::Kind::Use && state[r] != o.vreg) {
          return fail(i,
                      fmt::format("operand {} (v{}) reads {} from {}", k, o.vreg, name(state[r]), mach::preg_name(r)));
        }
      }
      // Early writes must not land on an input read later.
      for (uint32_t k = 0; k < ops.size(); ++k) {
        const Operand& o = ops[k];
        PReg r = out_.allocs[base + k];
        bool early_write =
            o.kind == Operand::Kind::Temp || (o.kind == Operand::Kind::Def && o.pos == Operand::Pos::Early);
        PReg reused = mach::kNoPReg;
        if (o.kind == Operand::Kind::Def && o.constraint == Operand::Constraint::Reuse) {
          reused = out_.allocs[base + o.fixed];
          if (r != reused) early_write = true;  // the emitter copies the input into r first
        }
        if (!early_write) continue;
        for (uint32_t j = 0; j < ops.size(); ++j) {
          if (j == k || ops[j].kind != Operand::Kind::Use) continue;
          if (out_.allocs[base + j] == r && !(reused != mach::kNoPReg && j == ops[k].fixed)) {
            return fail(i, fmt::format("operand {} is written early into {}, which input {} still needs", k,
                                       mach::preg_name(r), j));
          }
        }
        for (uint32_t j = 0; j < ops.size(); ++j) {
          if (j != k && ops[j].kind != Operand::Kind::Use && out_.allocs[base + j] == r) {
            return fail(i, fmt::format("operands {} and {} share {}", k, j, mach::preg_name(r)));
          }
        }
      }
      // Clobbers, temporaries, then definitions.
      for (uint32_t g = 0; g < 16; ++g) {
        if (((m.clobber_gprs | m.early_clobber_gprs) >> g) & 1) state[g] = kUnknown;
        if ((m.clobber_xmms >> g) & 1) state[16 + g] = kUnknown;
      }
      state[mach::preg_of(mach::kScratchGpr)] = kUnknown;
      state[mach::preg_of(mach::kScratchXmm)] = kUnknown;
      for (uint32_t k = 0; k < ops.size(); ++k) {
        if (ops[k].kind == Operand::Kind::Temp) state[out_.allocs[base + k]] = kUnknown;
      }
      for (uint32_t k = 0; k < ops.size(); ++k) {
        if (ops[k].kind == Operand::Kind::Def) state[out_.allocs[base + k]] = ops[k].vreg;
      }
      TANDEM_TRY_STATUS(apply(i, out_.moves_after(i), state));
    }
    return {};
  }

  using Rename = CheckerScratch::Rename;

  const mach::VCode& c_;
  const Output& out_;
  std::vector<VReg>& in_;
  std::vector<VReg>& state_;
  std::vector<bool>& seen_;
  std::vector<uint32_t>& work_;
  std::vector<Rename>& renames_;
  uint32_t size_ = 0;
};

}  // namespace

Status check_allocation(const mach::VCode& code, const Output& out, CheckerScratch& scratch) {
  return Checker(code, out, scratch).run();
}

Status check_allocation(const mach::VCode& code, const Output& out) {
  CheckerScratch scratch;
  return check_allocation(code, out, scratch);
}

}  // namespace tandem::optimizing::regalloc
