#include "tests/generator/shape_scan.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::generator::testing {
namespace {

using wasm::Opcode;

// An i32 as symbol + constant; symbol 0 is the constant alone.
struct Sym {
  uint64_t symbol = 0;
  uint32_t constant = 0;
};

struct Access {
  bool store = false;
  uint64_t symbol = 0;
  uint64_t start = 0;  // constant + memarg offset: the bytes are symbol + [start, start + width)
  uint32_t width = 0;
  uint32_t expression = 0;      // the address expression's constant
  uint64_t offset = 0;          // memarg offset
  uint32_t effects_before = 0;  // calls and bulk/grow operators seen before it
};

struct Frame {
  bool loop = false;
  uint32_t height = 0;
  uint32_t params = 0;
  uint32_t results = 0;
  uint32_t label_values() const { return loop ? params : results; }
};

class Scanner {
 public:
  Scanner(const wasm::Module& m, ShapeScan& out) : m_(m), out_(out) {}

  void function(uint32_t index) {
    const wasm::Function& f = m_.defined_func(index);
    const wasm::FuncType& type = m_.types[f.type_index];
    func_ = index;
    out_.max_body_bytes = std::max(out_.max_body_bytes, f.code_end - f.code_start);
    out_.max_declared_locals = std::max(out_.max_declared_locals, f.num_locals);
    locals_.clear();
    for (size_t i = 0; i < type.params.size(); ++i) locals_.push_back(fresh());
    locals_.resize(type.params.size() + f.num_locals, Sym{});  // declared locals start at zero
    stack_.clear();
    frames_.assign(1, Frame{false, 0, 0, static_cast<uint32_t>(type.results.size())});
    barrier();
    wasm::OpReader reader(m_.bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      Result<wasm::Op> op = reader.next();
      if (!op.ok()) {
        out_.error = op.error().to_string();
        return;
      }
      step(*op);
      out_.max_stack_height = std::max(out_.max_stack_height, static_cast<uint32_t>(stack_.size()));
    }
  }

 private:
  Sym fresh() { return Sym{++next_symbol_, 0}; }
  void push(Sym s = Sym{}) { stack_.push_back(s); }
  void push_fresh(size_t n = 1) {
    for (size_t i = 0; i < n; ++i) push(fresh());
  }
  Sym pop() {
    if (stack_.size() <= frames_.back().height) return fresh();  // the polymorphic stack of dead code
    Sym s = stack_.back();
    stack_.pop_back();
    return s;
  }
  void pop_n(size_t n) {
    for (size_t i = 0; i < n; ++i) pop();
  }
  void unreachable() { stack_.resize(frames_.back().height); }
  void barrier() {
    accesses_.clear();
    run_ = 0;
  }
  void branch(uint32_t depth) {
    const Frame& target = frames_[frames_.size() - 1 - depth];
    out_.max_branch_values = std::max(out_.max_branch_values, target.label_values());
  }
  void open(const wasm::Op& op, bool loop) {
    uint32_t params = 0, results = 0;
    switch (op.block.kind) {
      case wasm::BlockType::Kind::Empty: break;
      case wasm::BlockType::Kind::Value: results = 1; break;
      case wasm::BlockType::Kind::TypeIndex:
        params = static_cast<uint32_t>(m_.types[op.block.type_index].params.size());
        results = static_cast<uint32_t>(m_.types[op.block.type_index].results.size());
        break;
    }
    pop_n(params);
    frames_.push_back(Frame{loop, static_cast<uint32_t>(stack_.size()), params, results});
    push_fresh(params);
    uint32_t loops = 0;
    for (const Frame& f : frames_) loops += f.loop;
    out_.max_loop_depth = std::max(out_.max_loop_depth, loops);
  }

  void access(const wasm::Op& op, uint32_t width, bool store) {
    if (store) pop();  // the value
    Sym address = pop();
    Access a;
    a.store = store;
    a.symbol = address.symbol;
    a.start = uint64_t{address.constant} + op.mem.offset;
    a.width = width;
    a.expression = address.constant;
    a.offset = op.mem.offset;
    a.effects_before = effects_;
    if (!store) match_load(a);
    accesses_.push_back(a);
  }

  static bool overlap(const Access& a, const Access& b) {
    return a.symbol == b.symbol && a.start < b.start + b.width && b.start < a.start + a.width;
  }
  static bool same_bytes(const Access& a, const Access& b) {
    return a.symbol == b.symbol && a.start == b.start && a.width == b.width;
  }

  void match_load(const Access& load) {
    bool store_seen = false, adjacent_seen = false;
    bool stored_between = false;
    for (size_t i = accesses_.size(); i-- > 0;) {
      const Access& a = accesses_[i];
      if (a.store && !store_seen && overlap(a, load)) {
        store_seen = true;
        if (same_bytes(a, load))
          ++out_.store_load_same;
        else
          ++out_.store_load_partial;
        bool same_spelling = a.expression == load.expression && a.offset == load.offset;
        if (a.start == load.start && same_spelling) ++out_.store_load_same_expression;
        if (a.start == load.start && !same_spelling) ++out_.store_load_other_expression;
      }
      if (a.store && !adjacent_seen && a.symbol == load.symbol &&
          (a.start + a.width == load.start || load.start + load.width == a.start)) {
        adjacent_seen = true;
        ++out_.store_load_adjacent;
      }
      if (a.store && overlap(a, load)) stored_between = true;
      if (!a.store && same_bytes(a, load)) {
        if (stored_between)
          ++out_.load_store_load;
        else if (a.effects_before != effects_)
          ++out_.load_across_effect;
        break;
      }
    }
  }

  void step(const wasm::Op& op) {
    const wasm::OpInfo& info = wasm::op_info(op.opcode);
    ++run_;
    out_.max_straight_line = std::max(out_.max_straight_line, run_);
    const Opcode before = prev_;
    prev_ = op.opcode;
    const wasm::OpClass before_cls = wasm::op_info(before).cls;
    if ((op.opcode == Opcode::BrIf || op.opcode == Opcode::If || op.opcode == Opcode::Select) &&
        (before_cls == wasm::OpClass::IntCompare || before_cls == wasm::OpClass::FloatCompare))
      ++out_.fused_compares;
    const bool reducible = info.cls == wasm::OpClass::IntDivRem || info.cls == wasm::OpClass::IntShift ||
                           op.opcode == Opcode::I32Mul || op.opcode == Opcode::I64Mul || op.opcode == Opcode::I32And ||
                           op.opcode == Opcode::I64And;
    if (reducible && (before == Opcode::I32Const || before == Opcode::I64Const)) ++out_.const_operands;
    switch (op.opcode) {
      case Opcode::Block: open(op, false); return barrier();
      case Opcode::Loop: open(op, true); return barrier();
      case Opcode::If:
        pop();
        open(op, false);
        return barrier();
      case Opcode::Else: {
        Frame& f = frames_.back();
        stack_.resize(f.height);
        push_fresh(f.params);
        return barrier();
      }
      case Opcode::End: {
        Frame f = frames_.back();
        stack_.resize(f.height);
        frames_.pop_back();
        if (!frames_.empty()) push_fresh(f.results);
        return barrier();
      }
      case Opcode::Br:
        branch(op.index);
        unreachable();
        return barrier();
      case Opcode::BrIf:
        pop();
        branch(op.index);
        return barrier();
      case Opcode::BrTable:
        pop();
        out_.max_br_table_targets =
            std::max(out_.max_br_table_targets, static_cast<uint32_t>(op.br_targets.size() - 1));
        branch(op.br_targets.back());
        unreachable();
        return barrier();
      case Opcode::Return:
      case Opcode::Unreachable: unreachable(); return barrier();
      case Opcode::Call:
      case Opcode::CallIndirect: {
        const wasm::FuncType& t = op.opcode == Opcode::Call ? m_.func_type(op.index) : m_.types[op.index];
        if (op.opcode == Opcode::CallIndirect) pop();
        pop_n(t.params.size());
        push_fresh(t.results.size());
        ++out_.calls;
        out_.forward_calls += op.opcode == Opcode::Call && op.index > func_;
        ++effects_;
        run_ = 0;
        return;
      }
      case Opcode::Drop: pop(); return;
      case Opcode::Select:
      case Opcode::SelectT: pop_n(3); return push_fresh();
      case Opcode::LocalGet: return push(locals_[op.index]);
      case Opcode::LocalSet: locals_[op.index] = pop(); return;
      case Opcode::LocalTee: {
        Sym s = pop();
        locals_[op.index] = s;
        return push(s);
      }
      case Opcode::GlobalGet: return push_fresh();
      case Opcode::GlobalSet: pop(); return;
      case Opcode::TableGet:
      case Opcode::RefIsNull: pop(); return push_fresh();
      case Opcode::TableSet: return pop_n(2);
      case Opcode::TableGrow: pop_n(2); return push_fresh();
      case Opcode::TableFill: return pop_n(3);
      case Opcode::RefNull:
      case Opcode::RefFunc: return push_fresh();
      case Opcode::I32Const: return push(Sym{0, static_cast<uint32_t>(op.bits)});
      case Opcode::I32Add:
      case Opcode::I32Sub: {
        Sym b = pop(), a = pop();
        bool add = op.opcode == Opcode::I32Add;
        if (b.symbol == 0) return push(Sym{a.symbol, add ? a.constant + b.constant : a.constant - b.constant});
        if (a.symbol == 0 && add) return push(Sym{b.symbol, a.constant + b.constant});
        return push_fresh();
      }
      case Opcode::MemoryGrow:
      case Opcode::MemoryFill:
      case Opcode::MemoryCopy:
      case Opcode::MemoryInit: ++effects_; break;
      default: break;
    }
    if (info.imm == wasm::ImmKind::MemArg) {
      const bool store = info.out == wasm::SigType::None;
      const uint32_t width = access_width(info);
      access(op, width, store);
      if (!store) push_fresh();
      return;
    }
    pop_n(info.num_operands());
    if (info.out != wasm::SigType::None) push_fresh();
  }

  // "i64.load16_s" -> 2, "f64.store" -> 8.
  static uint32_t access_width(const wasm::OpInfo& info) {
    std::string_view text = info.text;
    size_t digits = text.find_first_of("0123456789", text.find('.'));
    if (digits != std::string_view::npos) return static_cast<uint32_t>(std::stoi(std::string(text.substr(digits)))) / 8;
    return text[1] == '3' ? 4 : 8;  // i32/f32 or i64/f64
  }

  const wasm::Module& m_;
  ShapeScan& out_;
  uint32_t func_ = 0;
  uint64_t next_symbol_ = 0;
  uint32_t effects_ = 0;
  uint32_t run_ = 0;
  wasm::Opcode prev_ = wasm::Opcode::Nop;  // the operator before the current one
  std::vector<Sym> locals_;
  std::vector<Sym> stack_;
  std::vector<Frame> frames_;
  std::vector<Access> accesses_;
};

}  // namespace

ShapeScan scan_shapes(std::span<const uint8_t> wasm) {
  ShapeScan out;
  Result<wasm::Module> m = wasm::decode_and_validate(wasm);
  if (!m.ok()) {
    out.error = m.error().to_string();
    return out;
  }
  Scanner scanner(*m, out);
  out.num_functions = static_cast<uint32_t>(m->functions.size());
  for (uint32_t i = 0; i < m->functions.size(); ++i) {
    const wasm::FuncType& t = m->func_type(m->num_imported_funcs + i);
    if (t.params.size() >= 7 && t.results.size() >= 3) ++out.wide_signatures;
    if (std::count_if(t.results.begin(), t.results.end(), [](wasm::ValType r) { return wasm::is_int(r); }) > 12)
      ++out.results_past_int_registers;
  }
  for (uint32_t i = 0; i < m->functions.size() && out.error.empty(); ++i) scanner.function(m->num_imported_funcs + i);
  return out;
}

}  // namespace tandem::generator::testing
