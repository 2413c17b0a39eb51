// The real-module input mode: instead of generating a module from nothing,
// start from a real one (built by real toolchains from real programs), cut
// a slice of it, mutate the slice while keeping it valid, inject fuel, and
// draw the calls to make; or rewrite any module into a twin that must
// behave identically (a metamorphic check).
//
//   SeedPool (once per process)   decode + validate every seed, index its
//                                 functions: body size, operators, callees
//   RealModuleMutator (per input) fuzz bytes ─▶ seed, root function, budget
//        ─▶ slice: the root and what it reaches by direct calls, within the
//           budget; calls leaving the slice go to "host" imports; imported
//           memories, tables and globals become definitions
//        ─▶ bodies re-encoded operator by operator (wasm::OpReader) next
//           to the validator's stack types (wasm::BodyTyper), with the
//           mutations of MutationKind at fuzz-chosen operators, and fuel
//           checks at every function entry and loop header
//        ─▶ GeneratedModule: the wasm, exports f0.. and refuel, invocations
//   TwinRewriter (per input)      a module (generated or sliced) ─▶ its twin,
//                                 by semantics-preserving rewrites only
//
// Everything either one emits validates; a module that does not is a bug
// here and the caller should abort loudly.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "generator/generator.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::generator {

// Every edit the mutator and the twin rewriter make. The twin makes only
// the semantics-preserving ones (is_semantics_preserving).
enum class MutationKind : uint8_t {
  // Mutations: the module stays valid, its behaviour changes.
  ConstEdge,          // a constant replaced by an edge value of its type
  SwapOperands,       // the operands of a binary operator swapped
  InsertUnary,        // a unary T -> T operator after a value of type T
  InsertBinaryConst,  // `T.const k; T.binop` after a value of type T
  RemoveOp,           // an operator replaced by drops (and a constant for its result)
  BranchDepth,        // a branch retargeted to another label with the same types
  DuplicateFunction,  // a function copied, some of its callers redirected to the copy
  RetypeLocal,        // an i32 local made i64: extend_u at its sets, wrap at its gets
  // Rewrites that preserve semantics (RetypeLocal and DuplicateFunction, with
  // every caller redirected, preserve them too).
  CommuteOperands,  // the operands of a commutative operator swapped
  AddZero,          // x -> x + 0 (integers)
  DoubleNegate,     // x -> neg(neg(x)) (floats: exact on every bit, NaNs included)
  WrapInBlock,      // an operator wrapped in `block (param ..) (result T) .. end`
  RenumberLocals,   // the declared locals of a function permuted
  // Not a mutation: instrumentation (generator/probes.h). The value an
  // operator computed is also passed to a probe import.
  Probe,
};
inline constexpr uint32_t kNumMutationKinds = static_cast<uint32_t>(MutationKind::Probe) + 1;
const char* mutation_kind_name(MutationKind kind);
bool is_semantics_preserving(MutationKind kind);

// How many edits of each kind one input received (for campaign statistics).
struct MutationCounts {
  std::array<uint32_t, kNumMutationKinds> counts{};
  uint32_t& operator[](MutationKind k) { return counts[static_cast<size_t>(k)]; }
  uint32_t operator[](MutationKind k) const { return counts[static_cast<size_t>(k)]; }
  uint32_t total() const;
  void clear() { counts.fill(0); }
};

// A seed: a decoded, validated module and the index the slicer needs.
struct SeedFunction {
  uint32_t body_bytes = 0;                     // code bytes of the body
  uint32_t num_ops = 0;                        // operators of the body
  uint32_t first_callee = 0, num_callees = 0;  // into Seed::callees: distinct direct callees
};

struct Seed {
  std::string name;
  wasm::Module module;
  std::vector<SeedFunction> funcs;  // per defined function
  std::vector<uint32_t> callees;    // function indices (imports included)
  std::vector<uint32_t> roots;      // defined functions worth starting a slice from
};

class SeedPool {
 public:
  // Decodes and validates `wasm`; an invalid module, one outside the
  // feature scope or one without defined functions is an error naming it.
  Status add(std::string name, std::span<const uint8_t> wasm);
  // Every *.wasm file of `dir` (not recursive), in name order.
  Status add_directory(const std::string& dir);

  size_t size() const { return seeds_.size(); }
  bool empty() const { return seeds_.empty(); }
  const Seed& seed(size_t i) const { return *seeds_[i]; }

 private:
  std::vector<std::unique_ptr<Seed>> seeds_;  // stable addresses: mutators keep pointers
};

struct RealModuleConfig {
  // Slice size: code bytes of the kept bodies, drawn in [min, max] per input.
  // A root larger than max_root_bytes is passed over for a smaller one.
  uint32_t min_slice_bytes = 2048;
  uint32_t max_slice_bytes = 16384;
  uint32_t max_root_bytes = 32768;
  // Mutations per input: drawn in [0, max_mutations].
  uint32_t max_mutations = 12;
  // Memory: at most this many pages initially (the data and the stack
  // pointer are clamped to fit), and room to grow by max_grow_pages.
  uint32_t max_memory_pages = 32;
  uint32_t max_grow_pages = 16;
  // Data segments: at most this many bytes in all; the rest is cut off.
  uint32_t max_data_bytes = 16384;
  // Fuel: the budget for each call is one of these, drawn per input.
  std::array<uint32_t, 4> fuel_choices{50, 200, 1000, 5000};
  // After every float operator whose NaN bits the spec leaves open, the
  // generator's canonicalization (generator/README.md, "NaN policy"), so
  // that results, memory and globals compare bit for bit across engines.
  bool canonicalize_nans = true;
  // Invocations: the root, then up to this many calls of other kept functions.
  uint32_t max_extra_invocations = 3;
};

struct RealModuleInfo {
  uint32_t seed = 0;            // index into the pool
  uint32_t root = 0;            // function index in the seed
  uint32_t kept_functions = 0;  // defined functions of the slice, copies included
  uint32_t slice_bytes = 0;     // code bytes of the kept bodies
  MutationCounts mutations;
};

class SliceBuilder;  // generator/slicer.h

// Lives across inputs and reuses its buffers; the pool must outlive it.
class RealModuleMutator {
 public:
  explicit RealModuleMutator(const SeedPool& pool, RealModuleConfig config = {});
  ~RealModuleMutator();
  RealModuleMutator(const RealModuleMutator&) = delete;
  RealModuleMutator& operator=(const RealModuleMutator&) = delete;

  // Fills `out` like Generator::generate does: the module (valid), its
  // exports "f<i>" (defined function i) and "refuel", "mem" when it has a
  // memory, "fuel" and "g<i>" for every other global, and the invocations
  // (refuel before each call). `usage` counts the seed's operators kept in
  // the slice. Fails only on an empty pool.
  Status generate(std::span<const uint8_t> fuzz, GeneratedModule& out, RealModuleInfo* info = nullptr);

 private:
  const SeedPool& pool_;
  RealModuleConfig config_;
  std::unique_ptr<SliceBuilder> impl_;
};

class TwinBuilder;  // generator/twin.h

// Semantics-preserving rewrites: the twin of a module must behave exactly
// as the module does on the same engine (results, traps, host calls,
// memory and globals), whatever its invocations. Exports keep their names
// and indices, so the same invocation list applies.
class TwinRewriter {
 public:
  TwinRewriter();
  ~TwinRewriter();
  TwinRewriter(const TwinRewriter&) = delete;
  TwinRewriter& operator=(const TwinRewriter&) = delete;

  // `wasm` must validate (an error otherwise). The fuzz bytes choose the
  // rewrites and where they go.
  Status rewrite(std::span<const uint8_t> wasm, std::span<const uint8_t> fuzz, std::vector<uint8_t>& out,
                 MutationCounts* counts = nullptr);
  // The twin of a generated (or sliced) module: `module` with its wasm
  // rewritten, everything else (exports, invocations, arguments) copied.
  Status make_twin(const GeneratedModule& module, std::span<const uint8_t> fuzz, GeneratedModule& twin,
                   MutationCounts* counts = nullptr);

 private:
  std::unique_ptr<TwinBuilder> impl_;
};

}  // namespace tandem::generator
