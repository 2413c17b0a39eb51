#include "oracle/differential/value_sources.h"

#include <algorithm>
#include <optional>

#include "wasm/body_typer.h"
#include "wasm/op_reader.h"

namespace tandem::oracle {
namespace {

using wasm::Opcode;

constexpr uint32_t kNoSource = UINT32_MAX;

// How many values an operator pops and pushes, when one pass can follow
// it: nullopt for control flow and for operators typed by special rules
// that the walk does not follow (tables, references).
struct StackEffect {
  uint32_t pops = 0;
  uint32_t pushes = 0;
};

std::optional<StackEffect> stack_effect(const wasm::Module& m, const wasm::Op& op) {
  const wasm::OpInfo& info = wasm::op_info(op.opcode);
  if (info.has_fixed_signature()) return StackEffect{info.num_operands(), info.out == wasm::SigType::None ? 0u : 1u};
  switch (op.opcode) {
    case Opcode::Block: return StackEffect{0, 0};  // its params stay where they are
    case Opcode::LocalGet:
    case Opcode::GlobalGet: return StackEffect{0, 1};
    case Opcode::If:
    case Opcode::LocalSet:
    case Opcode::GlobalSet:
    case Opcode::Drop:
    case Opcode::BrIf: return StackEffect{1, 0};
    case Opcode::LocalTee: return StackEffect{1, 1};
    case Opcode::Select:
    case Opcode::SelectT: return StackEffect{3, 1};
    case Opcode::Call: {
      const wasm::FuncType& t = m.func_type(op.index);
      return StackEffect{static_cast<uint32_t>(t.params.size()), static_cast<uint32_t>(t.results.size())};
    }
    case Opcode::CallIndirect: {
      const wasm::FuncType& t = m.types[op.index];
      return StackEffect{static_cast<uint32_t>(t.params.size()) + 1, static_cast<uint32_t>(t.results.size())};
    }
    default: return std::nullopt;
  }
}

// Operators after which the values of locals and globals set before may
// not be the ones read next: a loop's head (its back edge), an arm's or a
// block's end (the branches that join there), and anything after which the
// code is unreachable. A block or an `if` is entered from straight-line
// code, and a br_if falls through to it.
bool ends_straight_line(Opcode op) {
  switch (op) {
    case Opcode::Loop:
    case Opcode::Else:
    case Opcode::End:
    case Opcode::Br:
    case Opcode::BrTable:
    case Opcode::Return:
    case Opcode::Unreachable: return true;
    default: return false;
  }
}

// Whether an operator reads or writes linear memory.
bool loads(const wasm::OpInfo& info) { return info.access_bytes > 0 && info.out != wasm::SigType::None; }
bool stores(const wasm::OpInfo& info) { return info.access_bytes > 0 && info.out == wasm::SigType::None; }

// What the walks over the bodies leave for the module: a global read with
// no set before it in straight-line code (at a function's start, after a
// call or a join) read one of the values any set of that global stored; a
// load, one of the values any store wrote (and at the address any store
// wrote to).
struct StoredValues {
  std::vector<std::vector<uint32_t>> globals;               // per global: the operators whose values were set
  std::vector<std::pair<uint32_t, uint32_t>> global_reads;  // (global.get offset, global) with no set before
  std::vector<uint32_t> memory;                             // the operands of every store
};

class SourceWalk {
 public:
  SourceWalk(const wasm::Module& m, const wasm::Function& f, ValueSources& sources, StoredValues& stored)
      : m_(m),
        locals_(m.types[f.type_index].params.size() + f.num_locals, kNoSource),
        globals_(m.globals.size(), kNoSource),
        sources_(sources),
        stored_(stored),
        memory_(memory_node(m)) {}

  Status step(wasm::BodyTyper& typer, const wasm::Op& op) {
    const size_t before = typer.stack().size();
    const size_t frame_before = typer.frame_height();
    const bool reachable = !typer.unreachable();
    TANDEM_TRY_STATUS(typer.step(op));
    const size_t after = typer.stack().size();
    if (ends_straight_line(op.opcode)) forget_variables();
    const std::optional<StackEffect> effect = reachable ? stack_effect(m_, op) : std::nullopt;
    if (!effect || effect->pops > before || shadow_.size() != before ||
        before - effect->pops + effect->pushes != after) {
      // Control flow, or an operator this pass does not follow: the values
      // below the inner of the frames before and after it (the block an
      // `end` closes, the loop a `loop` opens) are the ones they were, the
      // rest unknown.
      shadow_.resize(std::min({shadow_.size(), std::max(frame_before, typer.frame_height()), after}));
      shadow_.resize(after, kNoSource);
      return {};
    }
    const wasm::OpInfo& info = wasm::op_info(op.opcode);
    std::vector<uint32_t> operands(shadow_.end() - effect->pops, shadow_.end());
    shadow_.resize(before - effect->pops);
    std::vector<uint32_t> read;
    switch (op.opcode) {
      case Opcode::LocalSet:
      case Opcode::LocalTee:
        locals_[op.index] = operands[0];
        read = operands;
        break;
      case Opcode::GlobalSet:
        globals_[op.index] = operands[0];
        if (operands[0] != kNoSource) stored_.globals[op.index].push_back(operands[0]);
        break;
      case Opcode::LocalGet: read = {locals_[op.index]}; break;
      case Opcode::GlobalGet:
        read = {globals_[op.index]};
        if (read[0] == kNoSource) stored_.global_reads.emplace_back(op.offset, op.index);
        break;
      case Opcode::Call:
      case Opcode::CallIndirect:
        std::fill(globals_.begin(), globals_.end(), kNoSource);  // the callee may set them
        read = operands;
        break;
      default:
        read = operands;
        if (loads(info)) read.push_back(memory_);
        if (stores(info)) stored_.memory.insert(stored_.memory.end(), operands.begin(), operands.end());
    }
    std::erase(read, kNoSource);
    // A call of several results pushes each of them: it is their source,
    // though no probe sees it.
    const bool several = effect->pushes > 1 && (op.opcode == Opcode::Call || op.opcode == Opcode::CallIndirect);
    if (several) sources_.several_values.insert(op.offset);
    if ((effect->pushes == 1 || several) && !read.empty()) sources_.of[op.offset] = std::move(read);
    // A constant is the same on every engine: no difference begins there.
    const bool traceable = (effect->pushes == 1 && info.cls != wasm::OpClass::Const) || several;
    shadow_.insert(shadow_.end(), effect->pushes, traceable ? op.offset : kNoSource);
    return {};
  }

 private:
  void forget_variables() {
    std::fill(locals_.begin(), locals_.end(), kNoSource);
    std::fill(globals_.begin(), globals_.end(), kNoSource);
  }

  const wasm::Module& m_;
  std::vector<uint32_t> shadow_;   // the operand stack: each value's operator, or kNoSource
  std::vector<uint32_t> locals_;   // the operator whose value each local holds
  std::vector<uint32_t> globals_;  // the same for globals
  ValueSources& sources_;
  StoredValues& stored_;
  const uint32_t memory_;  // the memory's node: past every operator's offset
};

}  // namespace

ValueSources value_sources(const wasm::Module& m) {
  ValueSources sources;
  StoredValues stored;
  stored.globals.resize(m.globals.size());
  wasm::BodyTyper typer(m);
  for (const wasm::Function& f : m.functions) {
    typer.begin(f);
    SourceWalk walk(m, f, sources, stored);
    wasm::OpReader reader(m.bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      Result<wasm::Op> op = reader.next();
      if (!op.ok() || !walk.step(typer, *op).ok()) return {};
    }
  }
  std::erase(stored.memory, kNoSource);
  if (!stored.memory.empty()) sources.of[memory_node(m)] = std::move(stored.memory);
  for (const auto& [read, global] : stored.global_reads)
    if (!stored.globals[global].empty()) sources.of[read] = stored.globals[global];
  return sources;
}

}  // namespace tandem::oracle
