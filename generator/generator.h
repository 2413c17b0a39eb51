// The module generator: fuzz bytes in, a valid module and the calls to make
// on it out, wasm-smith style.
//
//   fuzz bytes ─▶ GeneratorConfig::from_fuzz (swarm: classes, types, sizes)
//              ─▶ module plan (types, host imports, globals + fuel, memory,
//                 tables, segments)
//              ─▶ bodies: operand-stack-directed choice over the operator
//                 table of wasm/opcodes.def, structured control flow, fuel
//                 checks at every function entry and loop header
//              ─▶ encoder (sections) + invocations with edge-biased arguments
//
// Terms used throughout generator/:
//   swarm configuration  the random subset of operator classes, value types
//                        and module features one input enables, so that each
//                        input stresses a few things hard instead of
//                        everything a little;
//   fuel                 a mutable i32 global exported as "fuel", checked and
//                        decremented at every function entry and loop header;
//                        at zero the code executes `unreachable`, so every
//                        engine stops at the same operator;
//   refuel               an exported function that resets the fuel; the
//                        invocation list calls it before every generated call
//                        so that each call gets the whole budget;
//   shape                a construct real code has and operator-by-operator
//                        choice rarely makes (stores and loads of one
//                        address, 40 live values, a 300-target br_table, a
//                        40 KiB function, ...), drawn by the swarm like a
//                        class (generator/shapes.def);
//   glue / infrastructure  code the generator inserts to keep the module
//                        valid and deterministic (fuel checks, NaN
//                        canonicalization, values materialized for a label);
//                        it is not counted in the operator statistics.
//
// Everything generated validates; a module that does not is a generator bug.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "wasm/opcode.h"
#include "wasm/result.h"
#include "wasm/types.h"

namespace tandem::generator {

enum class Scope : uint8_t {
  // i32/i64 only: integer constants and operators (MVP, no sign extension),
  // locals, i32/i64 globals, structured control flow, br_table, return,
  // unreachable, nop, drop, untyped select, direct calls (many params,
  // multi-value results), integer loads/stores of every width,
  // memory.size/grow. No tables, no data count section, no block parameters.
  IntegerCore,
  // The whole feature scope of wasm/: floats, conversions, trunc_sat, sign
  // extension, reference types, tables and call_indirect, bulk memory,
  // multi-value blocks, typed select.
  Full,
};
const char* scope_name(Scope scope);

using OpClassSet = std::bitset<wasm::kNumOpClasses>;
inline bool has_class(const OpClassSet& set, wasm::OpClass cls) { return set.test(static_cast<size_t>(cls)); }
inline void add_class(OpClassSet& set, wasm::OpClass cls) { set.set(static_cast<size_t>(cls)); }
// The classes a scope may use: every class for Full (SIMD's only in a
// config with `simd` on), a subset for IntegerCore.
OpClassSet scope_classes(Scope scope);
// The SIMD proposal's classes.
OpClassSet simd_classes();

// Code shapes real programs have and operator-by-operator choice rarely
// makes (generator/shapes.def): each is a swarm draw.
enum class Shape : uint8_t {
#define SHAPE(name, text, odds) name,
#include "generator/shapes.def"
#undef SHAPE
};
inline constexpr uint32_t kNumShapes = 0
#define SHAPE(name, text, odds) +1
#include "generator/shapes.def"
#undef SHAPE
    ;
const char* shape_name(Shape shape);  // "memory_aliasing", as in the statistics
uint32_t shape_odds(Shape shape);     // of 256, in a swarm draw

using ShapeSet = std::bitset<kNumShapes>;
inline bool has_shape(const ShapeSet& set, Shape s) { return set.test(static_cast<size_t>(s)); }
inline void add_shape(ShapeSet& set, Shape s) { set.set(static_cast<size_t>(s)); }

// A set of the feature scope's value types. v128 is a member only of a
// config with SIMD on: all() leaves it out.
class ValTypeSet {
 public:
  constexpr ValTypeSet() = default;
  static constexpr ValTypeSet all() { return ValTypeSet(0x3f); }
  static constexpr ValTypeSet all_with_v128() { return ValTypeSet(0x7f); }
  static constexpr ValTypeSet integers() { return ValTypeSet(0x03); }

  constexpr bool has(wasm::ValType t) const { return (bits_ >> index(t)) & 1; }
  constexpr void add(wasm::ValType t) { bits_ |= static_cast<uint8_t>(1u << index(t)); }
  constexpr void remove(wasm::ValType t) { bits_ &= static_cast<uint8_t>(~(1u << index(t))); }
  constexpr bool subset_of(ValTypeSet other) const { return (bits_ & ~other.bits_) == 0; }
  constexpr uint8_t bits() const { return bits_; }
  constexpr bool operator==(const ValTypeSet&) const = default;

  // In a fixed order: i32, i64, f32, f64, funcref, externref, v128.
  static constexpr wasm::ValType kOrder[7] = {wasm::ValType::I32, wasm::ValType::I64,     wasm::ValType::F32,
                                              wasm::ValType::F64, wasm::ValType::FuncRef, wasm::ValType::ExternRef,
                                              wasm::ValType::V128};

 private:
  constexpr explicit ValTypeSet(uint8_t bits) : bits_(bits) {}
  static constexpr unsigned index(wasm::ValType t) {
    switch (t) {
      case wasm::ValType::I32: return 0;
      case wasm::ValType::I64: return 1;
      case wasm::ValType::F32: return 2;
      case wasm::ValType::F64: return 3;
      case wasm::ValType::FuncRef: return 4;
      case wasm::ValType::ExternRef: return 5;
      case wasm::ValType::V128: return 6;
      default: return 7;
    }
  }
  uint8_t bits_ = 0;
};

// The swarm configuration: what one generated module may contain. Presets
// for each scope, or drawn from fuzz bytes; a default-constructed config is
// the Full preset. Const and Variable are always enabled (values have to
// come from somewhere); every other class may be off.
struct GeneratorConfig {
  Scope scope = Scope::Full;
  OpClassSet classes = scope_classes(Scope::Full) & ~simd_classes();  // operator classes the bodies may use
  ValTypeSet types = ValTypeSet::all();  // of params, results, locals, globals, blocks (i32 always)

  // Functions.
  uint32_t min_functions = 1;
  uint32_t max_functions = 8;
  uint32_t max_params = 10;       // > 6 so that calls pass arguments on the stack
  uint32_t max_results = 3;       // > 1: multi-value results
  uint32_t max_locals = 8;        // declared locals beyond the params
  uint32_t max_body_ops = 160;    // generated operators per body, glue excluded
  uint32_t max_nesting = 6;       // control frames, the function's own included
  uint32_t max_host_imports = 3;  // functions imported from module "host"

  // Memory (0 or 1). Active data segments always fit the initial memory.
  bool memory = true;
  uint32_t memory_min_pages = 1;
  uint32_t memory_max_pages = 2;  // every memory has a maximum: memory.grow stays cheap
  uint32_t max_data_segments = 3;

  // Globals (besides the fuel global).
  uint32_t max_globals = 5;
  bool mutable_globals = true;
  bool export_globals = true;

  // Tables (Full only). Every table has a maximum.
  uint32_t max_tables = 2;
  uint32_t max_table_size = 16;
  uint32_t max_elem_segments = 3;

  // Multi-value block types (blocks with params or several results). Full only.
  bool multi_value_blocks = true;

  // SIMD (Full only): the SIMD classes may be in `classes` and v128 in
  // `types`. Host imports never take or return a v128 (the harness's host
  // functions are scalar).
  bool simd = false;

  // Insert code after every float operator whose NaN result the spec leaves
  // nondeterministic, so that results and memory compare bit for bit.
  bool canonicalize_nans = true;

  // Observability: after this many of every 8 generated operators with a
  // numeric result, the result is also folded into an exported i64 global
  // "checksum" (xor, then rotate), so that a wrong intermediate value shows
  // even when the program drops it or only tests it for zero. 0: no
  // checksum global. Floats are folded only when NaNs are canonicalized.
  uint32_t checksum_per_8 = 4;

  // Code shapes (generator/shapes.def) to write on top of the operators
  // above. A shape the rest of the config rules out is left out (see
  // active_shapes). The presets have none: they are the plain generator.
  ShapeSet shapes;

  // Termination: the initial (and refuel) value of the fuel global. It also
  // bounds the recursion depth, so engines must allow calls this deep.
  uint32_t fuel = 200;
  // Call "refuel" before every generated invocation.
  bool refuel_each_invocation = true;
  // Invocations: every function once, plus up to this many more.
  uint32_t max_extra_invocations = 4;

  static GeneratorConfig integer_core();
  static GeneratorConfig full();
  static GeneratorConfig preset(Scope scope) { return scope == Scope::Full ? full() : integer_core(); }

  // The swarm draw: the first kSwarmBytes of `bytes` (zero-filled when
  // shorter) select a random subset of the scope's classes, types and
  // features. All-zero bytes give the scope's preset, the richest draw.
  static constexpr size_t kShapeSwarmByte = 20;
  static constexpr size_t kSwarmBytes = kShapeSwarmByte + kNumShapes;
  static GeneratorConfig from_fuzz(std::span<const uint8_t> bytes, Scope scope);

  // The shapes this config can write: memory aliasing needs a memory of at
  // least a page and the load and store classes; deep loops, switches and
  // wide branches need control flow (wide branches also multi-value
  // blocks); small functions need calls.
  ShapeSet active_shapes() const;

  // Usage error when the configuration is inconsistent with its scope or
  // itself (maximum below minimum, a Full-only class in IntegerCore, ...).
  Status check() const;
};

// An argument value: a type and its bit pattern (i32/f32 in the low 32 bits),
// or a null reference. Non-null externrefs carry the host value in `bits`.
struct ArgValue {
  wasm::ValType type = wasm::ValType::I32;
  uint64_t bits = 0;
  bool null = false;
  uint64_t hi = 0;  // v128: bytes 8-15 (bytes 0-7 in `bits`)
  bool operator==(const ArgValue&) const = default;
};

struct Invocation {
  uint32_t export_index = 0;  // into GeneratedModule::func_exports
  uint32_t first_arg = 0;     // into GeneratedModule::args
  uint32_t num_args = 0;
};

// Statistics of the operators the generator chose (glue excluded), and of
// the shapes it wrote: how many times each construct was written (an
// aliasing sequence, a loop nest, a switch, ...; for the large function,
// many locals and small functions, the functions that have them).
struct OpUsage {
  std::array<uint32_t, wasm::kNumOpClasses> class_counts{};
  std::array<uint32_t, wasm::kNumOpcodes> op_counts{};
  std::array<uint32_t, kNumShapes> shape_counts{};
  OpClassSet classes() const;
  ShapeSet shapes() const;
  uint32_t total() const;
};

struct GeneratedModule {
  std::vector<uint8_t> wasm;

  // Names of the exported functions: "f0", "f1", ... for the generated
  // functions (defined function i is "f<i>"), then "refuel".
  std::vector<std::string> func_exports;
  // The calls to make, in order, all on one instance.
  std::vector<Invocation> invocations;
  std::vector<ArgValue> args;

  uint32_t num_host_imports = 0;
  uint32_t num_functions = 0;  // generated functions, refuel excluded
  uint32_t fuel_global = 0;    // global index of the fuel counter (exported as "fuel")
  uint32_t initial_fuel = 0;
  bool has_memory = false;                  // exported as "mem"
  std::vector<std::string> global_exports;  // "fuel", "g<i>": every exported global

  OpUsage usage;

  const std::string& export_name(const Invocation& inv) const { return func_exports[inv.export_index]; }
  std::span<const ArgValue> args_of(const Invocation& inv) const {
    return std::span<const ArgValue>(args).subspan(inv.first_arg, inv.num_args);
  }
};

class ModuleGenerator;  // generator/module_generator.h

// Lives across inputs: every buffer is reused, so generating a module does
// no heap allocation once the buffers have grown.
class Generator {
 public:
  Generator();
  ~Generator();
  Generator(const Generator&) = delete;
  Generator& operator=(const Generator&) = delete;

  // Generates into `out`, reusing its buffers. Fails only on a config that
  // does not check(); any byte string is a valid input.
  Status generate(std::span<const uint8_t> fuzz, const GeneratorConfig& config, GeneratedModule& out);
  Result<GeneratedModule> generate(std::span<const uint8_t> fuzz, const GeneratorConfig& config);

  // The differential targets' entry: the swarm config from the input's
  // first bytes, the module from the rest.
  Status generate_swarm(std::span<const uint8_t> fuzz, Scope scope, GeneratedModule& out);

 private:
  std::unique_ptr<ModuleGenerator> impl_;
};

}  // namespace tandem::generator
