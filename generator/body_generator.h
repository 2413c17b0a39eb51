// Function bodies (private to generator/): operand-stack-directed choice of
// the next operator, wasm-smith style. The generator keeps the operand stack
// and the control frames the validator will keep, and at each step weighs
// the actions that are valid right now (consume what is on top of the stack,
// produce a value, open or close a frame, branch, call, ...), so everything
// it writes is valid by construction.
//
// Where an action needs operands the stack does not have (a call's
// arguments, a branch's label values, an address), it materializes them:
// constants biased to edges, local.get or global.get. Unreachable code after
// br/return/unreachable restarts from an empty stack, which the validator's
// polymorphic stack accepts.
//
// body_generator.cc chooses the actions and writes control flow, calls and
// table operators; body_emit.cc writes operators with their immediates, the
// fuel checks and NaN canonicalization, and materializes values;
// body_shapes.cc writes the constructs of the shapes a module draws
// (generator/shapes.def): aliasing memory accesses, values live at once or
// across loop nests, switches, branches carrying many values.
//
// The constructs keep their own state in private locals (addresses, loop
// counters, values live across a nest), which generated code never reads or
// writes, so that what a construct means cannot be undone by the operators
// around it.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "generator/encoder.h"
#include "generator/fuzz_reader.h"
#include "generator/generator.h"
#include "generator/module_plan.h"
#include "generator/op_menu.h"

namespace tandem::generator {

class BodyGenerator {
 public:
  // Binds the generator to one module's inputs; call before generate().
  void begin_module(FuzzReader* in, const GeneratorConfig* config, ModulePlan* plan, const OpMenu* menu,
                    OpUsage* usage);

  // Writes generated function `func` (index space index) as a code-section
  // entry without its size prefix: local declarations, then the code.
  // May intern block types into the plan's type pool.
  void generate(uint32_t func, Encoder& out);

 private:
  enum class FrameKind : uint8_t { Function, Block, Loop, If, Else };
  // How many private locals of each numeric type are in use: a construct
  // takes some and gives them back (LIFO) when it ends.
  using PrivateMark = std::array<uint16_t, 4>;

  struct Frame {
    FrameKind kind = FrameKind::Block;
    uint32_t height = 0;  // operand stack height below the frame's params
    bool unreachable = false;
    bool has_type = false;   // block type is a type index
    uint32_t type = 0;       // the type index (has_type)
    uint8_t num_single = 0;  // otherwise: 0 or 1 result
    wasm::ValType single = wasm::ValType::I32;
    // A counted loop (deep-loops shape): its private trip counter, counted
    // down at the end of each iteration; -1 for any other frame.
    int32_t counter = -1;
    // The outermost loop of a nest: after its end, the values computed
    // before the nest (live_locals_ from live_begin on) are read.
    bool reads_live_values = false;
    uint32_t live_begin = 0;
    // Private locals to give back when the frame ends.
    bool releases_private = false;
    PrivateMark private_mark{};
  };

  enum Action : uint8_t {
    kConsume,
    kFresh,
    kConst,
    kLocalGet,
    kGlobalGet,
    kLocalSet,
    kLocalTee,
    kGlobalSet,
    kDrop,
    kSelect,
    kBlock,
    kLoop,
    kIf,
    kElse,
    kEnd,
    kBr,
    kBrIf,
    kBrTable,
    kReturn,
    kUnreachable,
    kNop,
    kCall,
    kCallIndirect,
    kRefNull,
    kRefFunc,
    kRefIsNull,
    kTableGet,
    kTableSet,
    kTableGrow,
    kTableFill,
    // Shapes (body_shapes.cc): weighed only when the module draws them, so
    // the plain generator reads the same bytes the same way.
    kAlias,
    kLiveValues,
    kLoopNest,
    kSwitch,
    kWideBranch,
    kStraightLine,
    kCompareBranch,
    kConstOperand,
    kNumActions
  };

  // The address an aliasing construct's accesses are relative to: known to
  // the generator (a constant), or only at run time (a private local holding
  // (x & mask) + base for a user local or param x, or a constant address
  // kept in memory and loaded back before each access).
  struct AliasBase {
    enum class Kind : uint8_t { Constant, Local, Pointer };
    Kind kind = Kind::Constant;
    uint32_t address = 0;  // Constant, Pointer
    uint32_t local = 0;    // Local
    uint32_t slot = 0;     // Pointer: where the address is kept
  };
  // How an access spells its address: base + rel as the expression and no
  // memarg offset, or (split) base + (rel - offset) with that memarg offset.
  struct AddressForm {
    bool split = false;
    uint32_t offset = 0;
  };

  void step();
  void do_consume();
  void do_fresh();
  void open_block(wasm::Opcode op);
  void do_else();
  void end_frame();
  void do_br();
  void do_br_if();
  void do_br_table();
  void do_return();
  void do_call();
  void do_call_indirect();
  void do_select();
  void do_table_op(Action action);

  // Shapes (body_shapes.cc).
  void write_construct(Action action);
  void do_alias();
  AliasBase alias_base();
  AddressForm draw_address_form();
  uint32_t push_alias_address(const AliasBase& base, int32_t rel, AddressForm form);  // returns the memarg offset
  void alias_load(const AliasBase& base, wasm::Opcode op, int32_t rel, AddressForm form);
  void alias_store(const AliasBase& base, wasm::Opcode op, int32_t rel, AddressForm form);
  void alias_intervene(const AliasBase& base, int32_t rel, uint32_t width);
  wasm::Opcode random_access(wasm::OpClass cls);
  void do_live_values();
  void do_loop_nest();
  void open_counted_loop(uint32_t trips, const PrivateMark& mark, bool reads_live, uint32_t live_begin);
  void count_down(uint32_t counter);
  void read_live_values(uint32_t begin);
  void do_switch();
  void do_wide_branch();
  void do_compare_branch();
  void push_comparand(wasm::ValType t, int32_t same_as);
  void do_const_operand();
  void open_typed_frame(FrameKind kind, wasm::Opcode op, std::span<const wasm::ValType> all, uint32_t num_params);
  void wide_block();
  void wide_loop();
  void close_unreachable_block();
  void push_computed(wasm::ValType t);
  void call_something(bool host_first);
  void observe_top(bool keep);
  uint32_t acquire_private(wasm::ValType t);
  PrivateMark private_mark() const { return private_used_; }
  void release_private(const PrivateMark& mark) { private_used_ = mark; }
  bool shape(Shape s) const { return has_shape(plan_->shapes, s); }
  bool late() const;  // in the last quarter of the body

  // Emission. `counted` operators go into the usage statistics.
  void emit(wasm::Opcode op, bool counted = true);
  void emit_fixed(wasm::Opcode op);
  void emit_access(wasm::Opcode op, uint32_t offset);  // a load or store with this memarg offset
  void write_immediates(wasm::Opcode op);
  void emit_fuel_check();
  void canonicalize_nan(wasm::ValType t);
  void canonicalize_nan_lanes(wasm::Opcode op);  // a v128 of op's float lanes
  void fold_into_checksum(wasm::ValType t);
  void push_i32(uint32_t v);

  // Values.
  void materialize(wasm::ValType t);
  void materialize_all(std::span<const wasm::ValType> types);
  void materialize_operands(wasm::Opcode op);
  void make_top(std::span<const wasm::ValType> types);  // label values on top, extra below allowed
  void settle(const Frame& frame);                      // exactly the frame's results above it
  void dispose_top();
  void set_unreachable();

  // Stack and frame queries.
  uint32_t frame_height() const;
  bool top_matches(std::span<const wasm::ValType> types, uint32_t skip = 0) const;
  bool top_is(wasm::ValType t, uint32_t skip = 0) const;
  void pop(uint32_t n);
  void push(wasm::ValType t) { stack_.push_back(t); }
  void push_all(std::span<const wasm::ValType> ts) { stack_.insert(stack_.end(), ts.begin(), ts.end()); }
  std::span<const wasm::ValType> params_of(const Frame& f) const;
  std::span<const wasm::ValType> results_of(const Frame& f) const;
  std::span<const wasm::ValType> label_types(const Frame& f) const {
    return f.kind == FrameKind::Loop ? params_of(f) : results_of(f);
  }
  static uint32_t type_slot(wasm::ValType t);  // its index in ValTypeSet::kOrder
  wasm::ValType random_type();                 // an enabled value type
  wasm::ValType random_numeric_type();         // an enabled numeric type
  // -1 when there is none; a dry run only says whether there is one.
  int32_t pick_local(wasm::ValType t, bool dry_run = false);
  int32_t pick_global(const wasm::ValType* t, bool need_mutable, bool dry_run = false);  // t null: any type
  uint32_t scratch_local(wasm::ValType t);
  Frame choose_block_type(uint32_t available);

  FuzzReader* in_ = nullptr;
  const GeneratorConfig* config_ = nullptr;
  ModulePlan* plan_ = nullptr;
  const OpMenu* menu_ = nullptr;
  OpUsage* usage_ = nullptr;

  Encoder code_;
  std::vector<wasm::ValType> stack_;
  std::vector<Frame> frames_;
  std::vector<wasm::ValType> locals_;  // params, declared locals, then scratch locals
  uint32_t num_params_ = 0;
  // Params and declared locals: the ones generated code may read and write.
  // Scratch locals after them belong to the NaN-canonicalization glue, and
  // hold raw NaNs that must never reach a result.
  uint32_t num_user_locals_ = 0;
  int32_t scratch_f32_ = -1;
  int32_t scratch_f64_ = -1;
  int32_t scratch_i32_ = -1;  // checksum glue
  int32_t scratch_i64_ = -1;
  int32_t scratch_v128_ = -1;
  uint32_t ops_ = 0;     // generated operators in this body
  uint32_t budget_ = 0;  // generated operators allowed in this body

  std::vector<uint32_t> br_targets_;
  std::vector<wasm::ValType> scratch_types_;
  std::vector<uint8_t> matching_groups_;
  uint32_t ref_types_ = 0;  // how many reference types the config enables
  std::array<uint32_t, std::size(ValTypeSet::kOrder)> user_locals_of_type_{};  // in ValTypeSet::kOrder

  // Shapes.
  uint32_t func_ = 0;           // the function being written (index space)
  uint32_t nesting_limit_ = 0;  // frames, the function's own included
  uint32_t byte_target_ = 0;    // large function: write until the code is this long
  FuzzReader large_reader_;     // large function: its choices (in_ while it is written)
  uint32_t straight_left_ = 0;  // steps left in a straight-line run
  // Private locals of each numeric type (i32, i64, f32, f64), in use or free.
  std::array<std::vector<uint32_t>, 4> private_pool_;
  PrivateMark private_used_{};
  std::vector<uint32_t> live_locals_;   // values live across the open loop nests
  std::vector<uint32_t> shape_locals_;  // a construct's private locals while it is written
};

}  // namespace tandem::generator
