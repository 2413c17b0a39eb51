// Everything the generator emits validates: over many pseudo-random inputs,
// for each scope, with presets and with swarm configurations drawn from the
// input, checked by wasm/'s validator and by wabt's.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "generator/generator.h"
#include "tests/generator/wabt_support.h"
#include "wasm/validator.h"

namespace tandem::generator {
namespace {

using testing::random_input;
using testing::wabt_validate;

void dump(const GeneratedModule& m, const char* path) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(m.wasm.data()), static_cast<std::streamsize>(m.wasm.size()));
}

void expect_all_valid(Scope scope, bool swarm, uint32_t count) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig preset = GeneratorConfig::preset(scope);
  uint32_t failures = 0;
  for (uint32_t i = 0; i < count && failures < 3; ++i) {
    std::vector<uint8_t> input =
        random_input(i + (swarm ? 1000000 : 0) + (scope == Scope::Full ? 0 : 5000000), 16 + (i * 37) % 2000);
    Status s = swarm ? gen.generate_swarm(input, scope, m) : gen.generate(input, preset, m);
    ASSERT_TRUE(s.ok()) << s.error().to_string();
    std::string err = wabt_validate(m.wasm);
    Result<wasm::Module> ours = wasm::decode_and_validate(m.wasm);
    if (!ours.ok()) err += "wasm/: " + ours.error().to_string();
    if (!err.empty()) {
      ++failures;
      std::string path = "/tmp/generator_invalid_" + std::to_string(i) + ".wasm";
      dump(m, path.c_str());
      ADD_FAILURE() << "input " << i << " (" << scope_name(scope) << (swarm ? ", swarm" : "")
                    << ") does not validate; written to " << path << ":\n"
                    << err;
    }
  }
}

TEST(GeneratorValidity, IntegerCorePreset) { expect_all_valid(Scope::IntegerCore, false, 5000); }
TEST(GeneratorValidity, IntegerCoreSwarm) { expect_all_valid(Scope::IntegerCore, true, 5000); }
TEST(GeneratorValidity, FullPreset) { expect_all_valid(Scope::Full, false, 5000); }
TEST(GeneratorValidity, FullSwarm) { expect_all_valid(Scope::Full, true, 5000); }

}  // namespace
}  // namespace tandem::generator
