// The module level of the generator (private to generator/): plans the
// module from the fuzz bytes, has the bodies written, encodes the sections
// and draws the invocations. One instance lives in a Generator and reuses
// every buffer across inputs.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "generator/body_generator.h"
#include "generator/encoder.h"
#include "generator/fuzz_reader.h"
#include "generator/generator.h"
#include "generator/module_plan.h"
#include "generator/op_menu.h"

namespace tandem::generator {

class ModuleGenerator {
 public:
  Status generate(std::span<const uint8_t> fuzz, const GeneratorConfig& config, GeneratedModule& out);

 private:
  void plan_imports();
  void plan_functions();
  void plan_memory();
  void plan_globals();
  void plan_tables();
  void write_code(OpUsage* usage);
  void encode(GeneratedModule& out);
  void encode_const(Encoder& e, const GlobalPlan& g);
  void draw_invocations(std::span<const uint8_t> fuzz, GeneratedModule& out);
  void add_invocation(uint32_t func, GeneratedModule& out);
  FuzzReader& arg_reader();
  std::string_view import_name(uint32_t i) const;

  FuzzReader in_;
  const GeneratorConfig* config_ = nullptr;
  ModulePlan plan_;
  OpMenu menu_;
  BodyGenerator bodies_;

  Encoder section_;
  Encoder entry_;
  Encoder code_;
  std::vector<wasm::ValType> types_;
  std::vector<char> name_;

  // Arguments come from the input while it lasts, then from a generator
  // seeded by the input.
  std::span<const uint8_t> fuzz_;  // the input, for the seed
  bool arg_rng_seeded_ = false;
  SplitMix64 arg_rng_;
  std::vector<uint8_t> arg_bytes_;
  FuzzReader arg_fallback_;
  uint32_t wide_functions_ = 0;  // of the wide_calls shape, in the module being planned
};

}  // namespace tandem::generator
