// The real-module mode: every module the mutator slices and mutates out of
// every seed validates (wasm/'s validator and wabt's), carries the fuel
// checks, imports nothing but "host" functions, and comes out the same for
// the same input; every twin validates, of sliced and of generated modules;
// and every kind of edit is actually made.
#include "generator/real_module.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/generator/wabt_support.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::generator {
namespace {

using testing::random_input;
using testing::wabt_validate;

const std::string kOwnSeeds = std::string(TANDEM_SOURCE_DIR) + "/corpus/real";
const std::string kNpmSeeds = std::string(TANDEM_SOURCE_DIR) + "/corpus/real/npm";

void dump(std::span<const uint8_t> wasm, const std::string& path) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(wasm.data()), static_cast<std::streamsize>(wasm.size()));
}

// Both validators; an empty string when both accept.
std::string validation_errors(std::span<const uint8_t> wasm) {
  std::string err = wabt_validate(wasm);
  Result<wasm::Module> ours = wasm::decode_and_validate(wasm);
  if (!ours.ok()) err += "wasm/: " + ours.error().to_string();
  return err;
}

// The pool every test shares: our seeds, and the npm ones scripts/setup fetches.
const SeedPool& pool() {
  static const SeedPool* p = [] {
    auto* pool = new SeedPool;
    Status own = pool->add_directory(kOwnSeeds);
    EXPECT_TRUE(own.ok()) << own.error().to_string();
    Status npm = pool->add_directory(kNpmSeeds);
    EXPECT_TRUE(npm.ok()) << npm.error().to_string() << " (scripts/setup fetches the npm seeds)";
    return pool;
  }();
  return *p;
}

size_t count_wasm(const std::string& dir) {
  size_t n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) n += e.path().extension() == ".wasm";
  return n;
}

TEST(SeedPool, HoldsOurSeedsAndTheNpmOnes) {
  EXPECT_GE(count_wasm(kOwnSeeds), 27u);
  EXPECT_GE(count_wasm(kNpmSeeds), 8u) << "scripts/setup fetches the npm seeds into " << kNpmSeeds;
  EXPECT_EQ(pool().size(), count_wasm(kOwnSeeds) + count_wasm(kNpmSeeds));
  for (size_t i = 0; i < pool().size(); ++i) {
    const Seed& s = pool().seed(i);
    EXPECT_FALSE(s.roots.empty()) << s.name;
    EXPECT_EQ(s.funcs.size(), s.module.functions.size()) << s.name;
  }
}

TEST(SeedPool, RefusesAnInvalidSeedByName) {
  SeedPool p;
  const uint8_t not_wasm[] = {0, 'a', 's', 'x', 1, 0, 0, 0};
  Status s = p.add("broken.wasm", not_wasm);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("broken.wasm"), std::string::npos) << s.error().message;
  EXPECT_TRUE(p.empty());
}

TEST(SeedPool, RefusesASimdSeedUntilTheBackendsCompileIt) {
  SeedPool p;
  // (module (func (result i32) (i32x4.extract_lane 0 (i32x4.splat (i32.const 7))))): SIMD only in the body.
  const uint8_t simd[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01,
                          0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00, 0x0a, 0x0b, 0x01,
                          0x09, 0x00, 0x41, 0x07, 0xfd, 0x11, 0xfd, 0x1b, 0x00, 0x0b};
  Status s = p.add("vector.wasm", simd);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().kind, ErrorKind::Unsupported) << s.error().to_string();
  EXPECT_NE(s.error().message.find("unsupported feature: simd"), std::string::npos) << s.error().message;
  EXPECT_TRUE(p.empty());
}

TEST(RealModuleMutator, AnEmptyPoolIsAnError) {
  SeedPool empty;
  RealModuleMutator mutator(empty);
  GeneratedModule out;
  EXPECT_FALSE(mutator.generate(random_input(1, 64), out).ok());
}

// The fuel check the generator emits (generator/README.md), counted in a body.
uint32_t count_fuel_checks(const wasm::Module& m, const wasm::Function& f, uint32_t fuel, uint32_t* loops) {
  wasm::OpReader reader(m.bytes, f.code_start, f.code_end);
  std::vector<wasm::Op> window;
  uint32_t checks = 0;
  while (!reader.done()) {
    Result<wasm::Op> op = reader.next();
    EXPECT_TRUE(op.ok());
    if (!op.ok()) return checks;
    if (op->opcode == wasm::Opcode::Loop) ++*loops;
    window.push_back(*op);
    size_t n = window.size();
    if (n >= 5 && window[n - 5].opcode == wasm::Opcode::GlobalGet && window[n - 5].index == fuel &&
        window[n - 4].opcode == wasm::Opcode::I32Eqz && window[n - 3].opcode == wasm::Opcode::If &&
        window[n - 2].opcode == wasm::Opcode::Unreachable && window[n - 1].opcode == wasm::Opcode::End)
      ++checks;
  }
  return checks;
}

void expect_well_formed_slice(const GeneratedModule& out, const std::string& what) {
  Result<wasm::Module> m = wasm::decode_and_validate(out.wasm);
  ASSERT_TRUE(m.ok()) << what;
  for (const wasm::Import& im : m->imports) {
    EXPECT_EQ(im.module, "host") << what;
    EXPECT_EQ(im.kind, wasm::ExternKind::Func) << what;
  }
  EXPECT_EQ(m->num_imported_funcs, out.num_host_imports) << what;
  EXPECT_EQ(m->functions.size(), out.num_functions + 1u) << what;
  const wasm::Export* fuel = m->find_export("fuel");
  ASSERT_NE(fuel, nullptr) << what;
  EXPECT_EQ(fuel->index, out.fuel_global) << what;
  ASSERT_NE(m->find_export("refuel"), nullptr) << what;
  // A fuel check at every function entry and every loop header (refuel,
  // the last function, has none).
  for (uint32_t k = 0; k < out.num_functions; ++k) {
    uint32_t loops = 0;
    uint32_t checks = count_fuel_checks(*m, m->functions[k], out.fuel_global, &loops);
    EXPECT_GE(checks, loops + 1) << what << ": function " << k;
  }
  // refuel before every call.
  ASSERT_FALSE(out.invocations.empty()) << what;
  for (size_t i = 0; i < out.invocations.size(); i += 2) {
    EXPECT_EQ(out.export_name(out.invocations[i]), "refuel") << what;
    ASSERT_LT(i + 1, out.invocations.size()) << what;
    const wasm::Export* e = m->find_export(out.export_name(out.invocations[i + 1]));
    ASSERT_NE(e, nullptr) << what;
    EXPECT_EQ(m->func_type(e->index).params.size(), out.invocations[i + 1].num_args) << what;
  }
}

TEST(RealModuleMutator, EverySeedSlicesAndMutatesIntoValidModules) {
  RealModuleMutator mutator(pool());
  TwinRewriter twins;
  GeneratedModule out, twin;
  MutationCounts applied, twin_applied;
  const uint32_t per_seed = 120;
  uint32_t failures = 0;
  for (uint32_t s = 0; s < pool().size() && failures < 3; ++s) {
    for (uint32_t i = 0; i < per_seed && failures < 3; ++i) {
      std::vector<uint8_t> input = random_input(s * 100000 + i, 64 + (i * 53) % 1500);
      input[0] = static_cast<uint8_t>(s);  // the seed: below(pool size) reads one byte
      RealModuleInfo info;
      Status st = mutator.generate(input, out, &info);
      ASSERT_TRUE(st.ok()) << st.error().to_string();
      ASSERT_EQ(info.seed, s);
      std::string what = pool().seed(s).name + " input " + std::to_string(i);
      std::string err = validation_errors(out.wasm);
      if (!err.empty()) {
        ++failures;
        dump(out.wasm, "/tmp/real_invalid.wasm");
        ADD_FAILURE() << what << " does not validate (written to /tmp/real_invalid.wasm):\n" << err;
        continue;
      }
      expect_well_formed_slice(out, what);
      for (uint32_t k = 0; k < kNumMutationKinds; ++k) applied.counts[k] += info.mutations.counts[k];

      if (i % 4 == 0) {
        MutationCounts c;
        st = twins.make_twin(out, random_input(i, 32), twin, &c);
        ASSERT_TRUE(st.ok()) << what << ": " << st.error().to_string();
        err = validation_errors(twin.wasm);
        if (!err.empty()) {
          ++failures;
          dump(out.wasm, "/tmp/real_twin_source.wasm");
          ADD_FAILURE() << "the twin of " << what << " does not validate (source in /tmp/real_twin_source.wasm):\n"
                        << err;
        }
        for (uint32_t k = 0; k < kNumMutationKinds; ++k) twin_applied.counts[k] += c.counts[k];
      }
    }
  }
  for (MutationKind k :
       {MutationKind::ConstEdge, MutationKind::SwapOperands, MutationKind::InsertUnary, MutationKind::InsertBinaryConst,
        MutationKind::RemoveOp, MutationKind::BranchDepth, MutationKind::DuplicateFunction, MutationKind::RetypeLocal})
    EXPECT_GT(applied[k], 0u) << mutation_kind_name(k);
  for (MutationKind k :
       {MutationKind::CommuteOperands, MutationKind::AddZero, MutationKind::DoubleNegate, MutationKind::WrapInBlock,
        MutationKind::RenumberLocals, MutationKind::RetypeLocal, MutationKind::DuplicateFunction}) {
    EXPECT_GT(twin_applied[k], 0u) << mutation_kind_name(k);
    EXPECT_TRUE(is_semantics_preserving(k)) << mutation_kind_name(k);
  }
  for (MutationKind k : {MutationKind::ConstEdge, MutationKind::SwapOperands, MutationKind::InsertUnary,
                         MutationKind::InsertBinaryConst, MutationKind::RemoveOp, MutationKind::BranchDepth})
    EXPECT_EQ(twin_applied[k], 0u) << mutation_kind_name(k) << " is no rewrite a twin may make";
}

TEST(RealModuleMutator, SameInputSameModule) {
  RealModuleMutator a(pool()), b(pool());
  GeneratedModule x, y, z;
  for (uint32_t i = 0; i < 200; ++i) {
    std::vector<uint8_t> input = random_input(777 + i, 300);
    ASSERT_TRUE(a.generate(input, x).ok());
    ASSERT_TRUE(a.generate(random_input(i, 100), z).ok());  // state left by another input
    ASSERT_TRUE(a.generate(input, y).ok());
    EXPECT_EQ(x.wasm, y.wasm) << i;
    ASSERT_TRUE(b.generate(input, z).ok());
    EXPECT_EQ(x.wasm, z.wasm) << i;
    EXPECT_EQ(x.args, z.args) << i;
  }
}

TEST(RealModuleMutator, MutationsChangeTheSlice) {
  // The same slice (same seed, root, budget bytes) with and without the
  // mutation bytes differs in its code.
  RealModuleMutator mutator(pool());
  GeneratedModule plain, mutated;
  uint32_t differ = 0;
  for (uint32_t i = 0; i < 100; ++i) {
    std::vector<uint8_t> input = random_input(4242 + i, 400);
    RealModuleInfo info;
    ASSERT_TRUE(mutator.generate(input, mutated, &info).ok());
    if (info.mutations.total() == 0) continue;
    // Zeroing everything after the slice choice leaves the slice, drops the mutations.
    std::vector<uint8_t> prefix(input.begin(), input.begin() + 8);
    ASSERT_TRUE(mutator.generate(prefix, plain).ok());
    differ += plain.wasm != mutated.wasm;
  }
  EXPECT_GT(differ, 50u);
}

TEST(TwinRewriter, TwinsOfGeneratedModulesValidate) {
  Generator gen;
  TwinRewriter twins;
  GeneratedModule m, twin;
  MutationCounts total;
  uint32_t failures = 0;
  for (uint32_t i = 0; i < 2000 && failures < 3; ++i) {
    Scope scope = i % 2 ? Scope::Full : Scope::IntegerCore;
    ASSERT_TRUE(gen.generate_swarm(random_input(90000 + i, 64 + (i * 31) % 2000), scope, m).ok());
    MutationCounts c;
    Status st = twins.make_twin(m, random_input(i, 16), twin, &c);
    ASSERT_TRUE(st.ok()) << st.error().to_string();
    std::string err = validation_errors(twin.wasm);
    if (!err.empty()) {
      ++failures;
      dump(m.wasm, "/tmp/twin_source.wasm");
      ADD_FAILURE() << "twin of generated input " << i << " does not validate (source in /tmp/twin_source.wasm):\n"
                    << err;
    }
    EXPECT_EQ(twin.func_exports, m.func_exports);
    EXPECT_EQ(twin.args, m.args);
    for (uint32_t k = 0; k < kNumMutationKinds; ++k) total.counts[k] += c.counts[k];
  }
  EXPECT_GT(total[MutationKind::CommuteOperands], 0u);
  EXPECT_GT(total[MutationKind::AddZero], 0u);
  EXPECT_GT(total[MutationKind::DoubleNegate], 0u);
  EXPECT_GT(total[MutationKind::WrapInBlock], 0u);
}

TEST(TwinRewriter, RefusesAnInvalidModule) {
  TwinRewriter twins;
  std::vector<uint8_t> out;
  // One function of type 0, and no type section.
  const uint8_t bad[] = {0, 'a', 's', 'm', 1, 0, 0, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 0x0b};
  EXPECT_FALSE(twins.rewrite(bad, random_input(1, 8), out).ok());
}

}  // namespace
}  // namespace tandem::generator
