#include "backends/optimizing/ir/verifier.h"

#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "backends/optimizing/ir/cfg.h"
#include "backends/optimizing/ir/dominator_tree.h"
#include "backends/optimizing/ir/printer.h"
#include "backends/optimizing/ir/simd_ops.h"

namespace tandem::optimizing::ir {
namespace {

class Verifier {
 public:
  explicit Verifier(const Function& f) : f_(f) {}

  Status run() {
    if (f_.layout().empty()) return fail("the layout is empty");
    TANDEM_TRY_STATUS(check_definitions());
    cfg_.compute(f_);
    dom_.compute(f_, cfg_);
    TANDEM_TRY_STATUS(check_entry());
    for (Block b : f_.layout()) {
      const std::vector<Inst>& insts = f_.block_insts(b);
      if (insts.empty()) return fail(fmt::format("block{} is empty", b.index));
      for (size_t i = 0; i < insts.size(); ++i) {
        Inst inst = insts[i];
        bool last = i + 1 == insts.size();
        if (is_terminator(f_.inst(inst).opcode) != last) {
          return fail_at(inst,
                         last ? "the block does not end in a terminator" : "a terminator in the middle of a block");
        }
        TANDEM_TRY_STATUS(check_inst(b, inst, static_cast<uint32_t>(i + 1)));
      }
    }
    return {};
  }

 private:
  Error fail(std::string message) const {
    return make_error(ErrorKind::Internal, fmt::format("IR verifier: {}", message));
  }
  Error fail_at(Inst inst, std::string_view message) const {
    std::string text;
    print_inst(text, f_, inst);
    Block b = f_.inst(inst).block;
    return make_error(ErrorKind::Internal,
                      fmt::format("IR verifier: {} (block{}: {})", message, b.valid() ? b.index : ~0u, text));
  }

  // Each value defined exactly once, where its ValueData says.
  Status check_definitions() {
    def_block_.assign(f_.num_values(), Block());
    def_pos_.assign(f_.num_values(), 0);
    for (Block b : f_.layout()) {
      std::span<const Value> params = f_.block_params(b);
      for (uint32_t p = 0; p < params.size(); ++p) {
        Value v = params[p];
        const ValueData& d = f_.value_data(v);
        if (d.kind != ValueData::Kind::BlockParam || d.def != b.index || d.num != p) {
          return fail(
              fmt::format("v{} is listed as parameter {} of block{} but is not defined there", v.index, p, b.index));
        }
        if (def_block_[v.index].valid()) return fail(fmt::format("v{} is defined twice", v.index));
        def_block_[v.index] = b;
        def_pos_[v.index] = 0;
      }
      const std::vector<Inst>& insts = f_.block_insts(b);
      for (uint32_t i = 0; i < insts.size(); ++i) {
        Inst inst = insts[i];
        if (f_.inst(inst).block != b) return fail_at(inst, "the instruction's block field disagrees with the layout");
        std::span<const Value> results = f_.inst_results(inst);
        for (uint32_t r = 0; r < results.size(); ++r) {
          Value v = results[r];
          const ValueData& d = f_.value_data(v);
          if (d.kind != ValueData::Kind::InstResult || d.def != inst.index || d.num != r) {
            return fail_at(inst, fmt::format("v{} is listed as a result but not defined here", v.index));
          }
          if (def_block_[v.index].valid()) return fail(fmt::format("v{} is defined twice", v.index));
          def_block_[v.index] = b;
          def_pos_[v.index] = i + 1;  // parameters are at 0
        }
      }
    }
    return {};
  }

  Status check_entry() {
    Block entry = f_.entry_block();
    std::span<const Value> params = f_.block_params(entry);
    if (params.size() != f_.param_types.size()) {
      return fail(
          fmt::format("the entry block has {} parameters, the signature {}", params.size(), f_.param_types.size()));
    }
    for (size_t i = 0; i < params.size(); ++i) {
      if (f_.value_type(params[i]) != f_.param_types[i]) {
        return fail(fmt::format("entry parameter v{} has the wrong type", params[i].index));
      }
    }
    if (!cfg_.preds(entry).empty()) return fail("a branch targets the entry block");
    return {};
  }

  // `v`, used by the instruction at position `pos` of block `b`, is defined
  // and dominates the use.
  Status check_use(Inst inst, Block b, uint32_t pos, Value v) {
    if (!f_.is_valid_value(v)) return fail_at(inst, fmt::format("uses v{}, which does not exist", v.index));
    if (f_.value_data(v).kind == ValueData::Kind::Alias) {
      return fail_at(inst, fmt::format("uses v{}, an unresolved alias", v.index));
    }
    Block d = def_block_[v.index];
    if (!d.valid()) return fail_at(inst, fmt::format("uses v{}, which is not defined in the layout", v.index));
    if (!cfg_.reachable(b)) return {};
    bool ok = d == b ? def_pos_[v.index] < pos : dom_.dominates(d, b);
    if (!ok) return fail_at(inst, fmt::format("uses v{}, whose definition does not dominate the use", v.index));
    return {};
  }

  Status expect_type(Inst inst, Value v, Type t, const char* what) {
    if (f_.value_type(v) != t) {
      return fail_at(inst, fmt::format("{} v{} has type {}, expected {}", what, v.index, type_name(f_.value_type(v)),
                                       type_name(t)));
    }
    return {};
  }
  Status expect_ctrl(Inst inst, bool ok) {
    if (!ok) return fail_at(inst, fmt::format("type {} is not allowed here", type_name(f_.inst(inst).type)));
    return {};
  }

  // `pos` is the instruction's position in b, counting from 1.
  Status check_inst(Block b, Inst inst, uint32_t pos) {
    const InstData& d = f_.inst(inst);
    const OpcodeInfo& info = opcode_info(d.opcode);
    std::span<const Value> args = f_.inst_args(inst);
    for (Value v : args) TANDEM_TRY_STATUS(check_use(inst, b, pos, v));

    // Results by the opcode's rule.
    std::span<const Value> results = f_.inst_results(inst);
    switch (info.result) {
      case ResultRule::None:
        if (!results.empty()) return fail_at(inst, "has results but its opcode defines none");
        break;
      case ResultRule::Ctrl:
      case ResultRule::I32:
        if (results.size() != 1) return fail_at(inst, "must have exactly one result");
        TANDEM_TRY_STATUS(expect_type(inst, results[0], info.result == ResultRule::I32 ? Type::I32 : d.type, "result"));
        break;
      case ResultRule::Sig: break;
    }

    // Types by the opcode's Ctrl and Operands columns, then what its format
    // adds (immediates, branch targets).
    Type t = d.type;
    TANDEM_TRY_STATUS(expect_ctrl(inst, ctrl_type_allowed(info.ctrl, t)));
    switch (info.format) {
      case InstFormat::Const:
        if (t == Type::I32 && d.imm != static_cast<int32_t>(d.imm)) {
          return fail_at(inst, "an i32 constant must be stored sign-extended");
        }
        break;
      case InstFormat::IntCompare:
        if (d.cond >= kNumIntCCs) return fail_at(inst, "bad condition code");
        break;
      case InstFormat::FloatCompare:
        if (d.cond >= kNumFloatCCs) return fail_at(inst, "bad condition code");
        break;
      case InstFormat::VConst:
        if (d.imm < 0 || d.imm >= f_.num_v128s()) return fail_at(inst, "vconst names no v128 pool entry");
        break;
      case InstFormat::Load:
      case InstFormat::Store: TANDEM_TRY_STATUS(check_memarg(inst)); break;
      case InstFormat::Trap:
      case InstFormat::CondTrap: TANDEM_TRY_STATUS(check_trap_code(inst)); break;
      default: break;
    }
    if (info.operands[0] == '*') return check_by_hand(inst, args);
    TANDEM_TRY_STATUS(check_operands(inst, args, info.operands, t));
    switch (info.format) {
      case InstFormat::Jump: return check_targets(inst, b, pos, 1, 1);
      case InstFormat::Brif: return check_targets(inst, b, pos, 2, 2);
      case InstFormat::BrTable: return check_targets(inst, b, pos, 1, ~0u);
      default: return {};
    }
  }

  // Operand `i` against letter `rule[i]` of the Operands column.
  Status check_operands(Inst inst, std::span<const Value> args, std::string_view rule, Type t) {
    if (args.size() != rule.size()) {
      return fail_at(inst, fmt::format("has {} arguments, expected {}", args.size(), rule.size()));
    }
    for (size_t i = 0; i < args.size(); ++i) {
      Type a = f_.value_type(args[i]);
      switch (OperandRule r = operand_rule(rule[i])) {
        case OperandRule::AnyInt:
          if (!is_int(a))
            return fail_at(inst,
                           fmt::format("argument v{} has type {}, expected an integer", args[i].index, type_name(a)));
          break;
        case OperandRule::AnyFloat:
          if (!is_float(a))
            return fail_at(inst,
                           fmt::format("argument v{} has type {}, expected a float", args[i].index, type_name(a)));
          break;
        default: TANDEM_TRY_STATUS(expect_type(inst, args[i], operand_type(r, t), "argument"));
      }
    }
    return {};
  }
  // The one type a rule allows, given the controlling type.
  static Type operand_type(OperandRule rule, Type ctrl) {
    switch (rule) {
      case OperandRule::Ctrl: return ctrl;
      case OperandRule::I32: return Type::I32;
      case OperandRule::I64: return Type::I64;
      case OperandRule::F32: return Type::F32;
      case OperandRule::F64: return Type::F64;
      case OperandRule::Ref: return Type::Ref;
      case OperandRule::CtrlBits:  // bitcast: the same bits in the other class
        return ctrl == Type::I32   ? Type::F32
               : ctrl == Type::I64 ? Type::F64
               : ctrl == Type::F32 ? Type::I32
                                   : Type::I64;
      case OperandRule::AnyInt:
      case OperandRule::AnyFloat:
      case OperandRule::Unknown: break;
    }
    TANDEM_UNREACHABLE("an Operands rule that allows more than one type, or none");
  }

  // The opcodes whose Operands rule is "*".
  // A `simd` instruction: a wasm SIMD operator with its IR signature
  // (ir/simd_ops.h) and its immediates in range.
  Status check_simd(Inst inst, std::span<const Value> args) {
    const InstData& d = f_.inst(inst);
    SimdSignature sig;
    if (d.index1 >= wasm::all_ops().size() || !simd_signature(static_cast<wasm::Opcode>(d.index1), &sig)) {
      return fail_at(inst, "simd names no SIMD operator it can carry");
    }
    if (d.type != sig.result) return fail_at(inst, fmt::format("simd result must be {}", type_name(sig.result)));
    if (args.size() != sig.num_args) {
      return fail_at(inst, fmt::format("has {} arguments, expected {}", args.size(), sig.num_args));
    }
    for (size_t i = 0; i < args.size(); ++i) TANDEM_TRY_STATUS(expect_type(inst, args[i], sig.args[i], "argument"));
    if (sig.has_lane ? d.index2 >= sig.lanes : d.index2 != 0) return fail_at(inst, "bad lane immediate");
    if (sig.has_shuffle) {
      if (d.imm < 0 || d.imm >= f_.num_v128s()) return fail_at(inst, "shuffle names no v128 pool entry");
      const Function::V128Bits& lanes = f_.v128(static_cast<uint32_t>(d.imm));
      for (int k = 0; k < 16; ++k) {
        if (((lanes[k / 8] >> (8 * (k % 8))) & 0xff) >= 32) return fail_at(inst, "shuffle lane out of range");
      }
    } else if (d.imm != 0) {
      return fail_at(inst, "simd without a shuffle has an immediate");
    }
    return {};
  }

  Status check_by_hand(Inst inst, std::span<const Value> args) {
    switch (f_.inst(inst).opcode) {
      case Opcode::Call: return {};
      case Opcode::CallIndirect:
        if (args.empty()) return fail_at(inst, "call_indirect needs a callee index");
        return expect_type(inst, args[0], Type::I32, "callee index");
      case Opcode::Return: {
        if (args.size() != f_.result_types.size()) {
          return fail_at(inst, fmt::format("returns {} values, the signature {}", args.size(), f_.result_types.size()));
        }
        for (size_t i = 0; i < args.size(); ++i) {
          TANDEM_TRY_STATUS(expect_type(inst, args[i], f_.result_types[i], "returned value"));
        }
        return {};
      }
      case Opcode::Simd: return check_simd(inst, args);
      default: TANDEM_UNREACHABLE("an opcode typed by hand that the verifier does not know");
    }
  }

  Status check_memarg(Inst inst) {
    const InstData& d = f_.inst(inst);
    if (d.cond > static_cast<uint8_t>(BoundsCheck::InBounds)) return fail_at(inst, "bad bounds-check form");
    if (d.imm < 0 || d.imm > 0xffffffffll) return fail_at(inst, "offset out of range of u32");
    return {};
  }
  Status check_trap_code(Inst inst) {
    if (f_.inst(inst).cond >= compile::kNumTrapCodes) return fail_at(inst, "bad trap code");
    return {};
  }

  Status check_targets(Inst inst, Block b, uint32_t pos, uint32_t min, uint32_t max) {
    std::span<const BlockCall> targets = f_.inst_targets(inst);
    if (targets.size() < min || targets.size() > max) return fail_at(inst, "wrong number of branch targets");
    for (const BlockCall& c : targets) {
      if (!c.block.valid() || c.block.index >= f_.num_blocks() || !f_.in_layout(c.block)) {
        return fail_at(inst, "branches to a block that is not in the layout");
      }
      std::span<const Value> params = f_.block_params(c.block);
      std::span<const Value> args = f_.call_args(c);
      if (params.size() != args.size()) {
        return fail_at(inst, fmt::format("passes {} arguments to block{}, which has {} parameters", args.size(),
                                         c.block.index, params.size()));
      }
      for (size_t i = 0; i < args.size(); ++i) {
        TANDEM_TRY_STATUS(check_use(inst, b, pos, args[i]));
        if (f_.value_type(args[i]) != f_.value_type(params[i])) {
          return fail_at(inst, fmt::format("passes v{} of type {} to block{} parameter v{} of type {}", args[i].index,
                                           type_name(f_.value_type(args[i])), c.block.index, params[i].index,
                                           type_name(f_.value_type(params[i]))));
        }
      }
    }
    return {};
  }

  const Function& f_;
  ControlFlowGraph cfg_;
  DominatorTree dom_;
  std::vector<Block> def_block_;
  std::vector<uint32_t> def_pos_;
};

}  // namespace

Status verify_function(const Function& f) { return Verifier(f).run(); }

}  // namespace tandem::optimizing::ir
