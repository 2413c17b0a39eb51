// One differential fuzzing iteration, as the `differential` fuzz target and
// its tests run it: fuzz bytes -> settings and a module (generated, or a
// mutated slice of a real module) -> the wasm/ validator (a failure is a
// generator bug) -> every engine side by side (DifferentialOracle) -> on
// some inputs, the metamorphic check of a semantics-preserving twin. The
// fuzz target is a thin wrapper over this class.
//
// Input layout: byte 0 and the top two bits of byte 1 draw the first ten
// bits of the native settings (opt level, bounds-check mode, ...), byte 2
// the rest (the ISA flags added later); byte 1: bit 0 the mixed image's
// function mask, bits 1-2 the input mode (both set: a real module, when
// seeds are loaded; otherwise generated), bits 3-4 the twin check (both
// clear: check a twin), bit 5 the twin's engine (optimizing or baseline).
// The bytes from byte 2 on go to the generator (whose first bytes draw its
// swarm configuration) or the real-module mutator, and then to the twin
// rewriter. Byte 2 is read by both so that every input keeps the module
// and the first settings it had before the settings outgrew ten bits: a
// crash input stays a reproducer, a corpus keeps its coverage.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "generator/generator.h"
#include "generator/real_module.h"
#include "oracle/differential/differential.h"

namespace tandem::oracle {

struct FuzzStats {
  uint64_t inputs = 0;
  uint64_t agree = 0;
  uint64_t inconclusive = 0;
  uint64_t mismatches = 0;
  uint64_t calls_compared = 0;
  uint64_t real_modules = 0;  // inputs that were slices of real modules
  uint64_t twins = 0;         // metamorphic checks run
  uint64_t twins_inconclusive = 0;
  uint64_t simd = 0;     // modules that use a SIMD operator
  uint64_t sat_out = 0;  // cases an engine sat out (an operator its backend lacks)
  // Real-module inputs that received each mutation kind.
  std::array<uint64_t, generator::kNumMutationKinds> inputs_with_mutation{};
  // Twins that received each semantics-preserving rewrite ("rewrite.X=").
  std::array<uint64_t, generator::kNumMutationKinds> twins_with_rewrite{};
  // Generated modules that use each operator class (glue excluded).
  std::array<uint64_t, wasm::kNumOpClasses> modules_using_class{};
  // Generated modules that contain each shape (generator/shapes.def).
  std::array<uint64_t, generator::kNumShapes> modules_using_shape{};
  // One line: "tandem-stats: inputs=... class.int_arith=... shape.deep_loops=..."
  std::string to_string() const;
};

class DifferentialFuzzer {
 public:
  struct Options {
    generator::Scope scope = generator::Scope::Full;
    bool with_interp = true;
    bool with_optimizing = true;
    bool with_mixed = true;
    // Byte 0 already draws the optimizing engine's opt level (none or
    // speed), so passes and no passes are compared on alternate inputs; a
    // separate opt_level=none engine on every input would repeat that work.
    bool with_optimizing_unoptimized = false;
    bool check_determinism = true;
    bool check_tables = true;
    // A native call still running after this long, where the interpreter's
    // call ended, is a `hang` finding (well inside libFuzzer's -timeout).
    uint32_t call_deadline_ms = 2000;
    // Native code in the fuzzer's own process (TANDEM_IN_PROCESS=1 for the
    // fuzz targets): faster to debug, not contained.
    bool in_process = false;
  };

  explicit DifferentialFuzzer(Options options);
  ~DifferentialFuzzer();

  // Loads every *.wasm of `dir` as a seed of the real-module mode, which
  // a quarter of the inputs then use. Errors name the file.
  Status add_real_seeds(const std::string& dir);
  // The seeds a campaign uses, so that `tandem reduce` reads a finding's
  // bytes as the fuzz target did: the folders of TANDEM_REAL_SEEDS=DIR[:DIR]
  // when it is set ("none": none), else corpus/real and corpus/real/npm of
  // `source_dir`, those that exist, in that order.
  Status add_default_real_seeds(const std::string& source_dir);
  size_t num_real_seeds() const { return seeds_.size(); }

  // The compiler settings an input selects: every row of settings.def, in
  // table order, takes the next bits of `draw` (a bool one bit, an enum as
  // many as its values need); an ISA flag the host lacks stays off.
  // Appends "name=value" for each to `assignments` when given, and returns
  // a number of the resulting choice, so that draws resolving alike share
  // one oracle.
  static uint32_t draw_settings(uint32_t draw, std::vector<std::string>* assignments = nullptr);
  // Bits of an input the draw reads: all of byte 0, the top two bits of
  // byte 1 (its low six select the mode), then byte 2 (also the module's
  // first byte: see the layout above). settings.def may use this many.
  static constexpr uint32_t kSettingsDrawBits = 18;
  static uint32_t settings_draw(std::span<const uint8_t> data) {
    uint32_t byte0 = data.size() > 0 ? data[0] : 0, byte1 = data.size() > 1 ? data[1] : 0;
    uint32_t byte2 = data.size() > 2 ? data[2] : 0;
    return byte0 | (byte1 >> 6) << 8 | byte2 << 10;
  }

  // The oracle options an input selects (bytes 0 and 1), to reproduce or
  // reduce its finding outside the fuzzer.
  DiffOptions options_for(std::span<const uint8_t> data) const;

  // Runs one input. A generated module (or twin) that fails validation is a
  // generator bug: it aborts with the validator's message. So does a twin
  // that the interpreter runs differently from its original.
  DiffVerdict run(std::span<const uint8_t> data);

  // What byte 1 of an input selects.
  static bool wants_real_module(uint8_t byte1) { return (byte1 & 0x06) == 0x06; }
  static bool wants_twin(uint8_t byte1) { return (byte1 & 0x18) == 0; }
  static const char* twin_engine(uint8_t byte1) { return (byte1 & 0x20) ? "baseline" : "optimizing"; }

  // The module and calls of the last input (to write a finding's reproducer).
  const generator::GeneratedModule& last_module() const { return module_; }
  const DiffCase& last_case() const { return case_; }
  const FuzzStats& stats() const { return stats_; }

 private:
  DifferentialOracle& oracle_for(std::span<const uint8_t> data);

  void fill_case(const generator::GeneratedModule& m, DiffCase& c) const;
  DiffVerdict check_twin(std::span<const uint8_t> fuzz, uint8_t byte1, DifferentialOracle& oracle);

  Options options_;
  generator::Generator generator_;
  generator::SeedPool seeds_;
  std::unique_ptr<generator::RealModuleMutator> mutator_;  // once there are seeds
  generator::RealModuleInfo real_info_;
  generator::TwinRewriter twin_rewriter_;
  generator::GeneratedModule module_, twin_;
  generator::MutationCounts twin_counts_;
  DiffCase case_, twin_case_;
  FuzzStats stats_;
  // One oracle per settings draw and mixed mask, made on first use and
  // kept: building the compilers and engines is not per-input work. At
  // kMaxOracles the cache starts over, so that more settings rows cannot
  // grow a campaign's memory. With 14 settings bits (32,768 keys) a cache
  // of any size mostly misses on fresh inputs, and libFuzzer's mutants keep
  // their parent's settings byte more often than not; 1,024 entries held
  // 730 MB of a release fuzzer (an ASan campaign passed 1.2 GB after 40,000
  // inputs, toward libFuzzer's 2 GB limit), 128 held 215 MB and ran 5,000
  // inputs in 21.2 s against 24.1 s. But each oracle keeps its compilers'
  // buffers at their high-water mark, and over a grown corpus (1,500
  // inputs of a campaign's, large functions among them) 128 oracles held
  // 1,016 MB, 32 held 700, 16 hold 554 and 8 482, in the same 61-66 s;
  // from an empty corpus 5,000 inputs take 33-37 s with 8 to 128 (16:
  // 33.1 s, 121 MB). A bigger cache buys no speed.
  static constexpr size_t kMaxOracles = 16;
  std::unordered_map<uint32_t, std::unique_ptr<DifferentialOracle>> oracles_;
};

}  // namespace tandem::oracle
