// The fuzzing iteration's input modes: byte 1 selects a slice of a real
// module or a generated one, and the metamorphic twin check; the
// statistics count each.
#include <gtest/gtest.h>

#include <bit>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "oracle/differential/differential_fuzzer.h"

namespace tandem::oracle {
namespace {

std::vector<uint8_t> input(std::mt19937& rng, uint8_t byte1, size_t size) {
  std::vector<uint8_t> bytes(size);
  for (uint8_t& b : bytes) b = static_cast<uint8_t>(rng());
  bytes[1] = byte1;
  return bytes;
}

TEST(DifferentialFuzzer, Byte1SelectsTheInputModeAndTheTwin) {
  EXPECT_TRUE(DifferentialFuzzer::wants_real_module(0x06));
  EXPECT_FALSE(DifferentialFuzzer::wants_real_module(0x02));
  EXPECT_TRUE(DifferentialFuzzer::wants_twin(0x07));
  EXPECT_FALSE(DifferentialFuzzer::wants_twin(0x08));
  EXPECT_STREQ(DifferentialFuzzer::twin_engine(0x00), "optimizing");
  EXPECT_STREQ(DifferentialFuzzer::twin_engine(0x20), "baseline");
}

// Every value of every row of settings.def is drawn by some input, but an
// ISA flag the host lacks and a self-check, which keeps its default; equal
// choices get equal keys, distinct ones distinct keys.
TEST(DifferentialFuzzer, TheSettingsDrawCoversEverySetting) {
  compile::Settings host;
  host.isa = compile::IsaFlags::detect_host();
  std::set<std::string> drawn;
  std::map<uint32_t, std::vector<std::string>> by_key;
  // The bits the table's rows read, in order: every draw beyond them repeats one of these.
  uint32_t bits = 0;
  for (const compile::SettingInfo& info : compile::all_settings())
    if (info.drawn) bits += std::bit_width(info.values.size() - 1);
  ASSERT_LE(bits, DifferentialFuzzer::kSettingsDrawBits);
  for (uint32_t draw = 0; draw < (1u << bits); ++draw) {
    std::vector<std::string> assignments;
    uint32_t key = DifferentialFuzzer::draw_settings(draw, &assignments);
    EXPECT_EQ(DifferentialFuzzer::draw_settings(draw), key);
    ASSERT_EQ(assignments.size(), compile::all_settings().size());
    drawn.insert(assignments.begin(), assignments.end());
    auto [it, inserted] = by_key.emplace(key, assignments);
    EXPECT_EQ(it->second, assignments) << "key " << key << " names two choices";
  }
  size_t choices = 1;
  for (const compile::SettingInfo& info : compile::all_settings()) {
    bool host_lacks = info.is_isa_flag && compile::setting_value_index(host, info.id) == 0;
    for (size_t i = 0; i < info.values.size(); ++i) {
      bool expected = info.drawn ? !(host_lacks && i > 0) : std::string_view(info.values[i]) == info.default_value;
      EXPECT_EQ(drawn.count(fmt::format("{}={}", info.name, info.values[i])) == 1, expected)
          << info.name << "=" << info.values[i];
    }
    choices *= host_lacks || !info.drawn ? 1 : info.values.size();
  }
  EXPECT_EQ(by_key.size(), choices);
  // Bytes 0, 1 and 2 feed the draw; byte 1's low six bits are the mode's.
  const uint8_t data[] = {0x5a, 0xc0 | 0x3f};
  EXPECT_EQ(DifferentialFuzzer::settings_draw(data), 0x35au);
  const uint8_t longer[] = {0x5a, 0x80 | 0x3f, 0x81, 0xff};
  EXPECT_EQ(DifferentialFuzzer::settings_draw(longer), 0x5au | 2u << 8 | 0x81u << 10);
}

TEST(DifferentialFuzzer, SlicesOfRealModulesAndTheirTwinsAgree) {
  DifferentialFuzzer fuzzer(DifferentialFuzzer::Options{});
  // Twice: seeds added after the first folder must be as usable as those
  // before (the mutator's per-seed state once overflowed there).
  ASSERT_TRUE(fuzzer.add_real_seeds(std::string(TANDEM_SOURCE_DIR) + "/corpus/real").ok());
  const size_t first = fuzzer.num_real_seeds();
  ASSERT_TRUE(fuzzer.add_real_seeds(std::string(TANDEM_SOURCE_DIR) + "/corpus/real").ok());
  ASSERT_EQ(fuzzer.num_real_seeds(), 2 * first);
  std::mt19937 rng(7);
  const int n = 60;
  for (int i = 0; i < n; ++i) {
    // Real module, twin checked on either engine.
    std::vector<uint8_t> data = input(rng, (i & 1) ? 0x26 : 0x06, 512 + 64 * (i % 8));
    DiffVerdict v = fuzzer.run(data);
    ASSERT_NE(v.kind, DiffVerdict::Kind::Mismatch) << "input " << i << ": " << v.finding->to_string();
  }
  const FuzzStats& s = fuzzer.stats();
  EXPECT_EQ(s.real_modules, static_cast<uint64_t>(n));
  EXPECT_GT(s.agree, static_cast<uint64_t>(n) * 9 / 10);
  // Every input that agreed had its twin checked.
  EXPECT_EQ(s.twins, s.agree);
  EXPECT_LT(s.twins_inconclusive, s.twins / 4);
  uint64_t mutated = 0;
  for (uint64_t k : s.inputs_with_mutation) mutated += k;
  EXPECT_GT(mutated, 0u);
  EXPECT_NE(s.to_string().find("real=60"), std::string::npos) << s.to_string();
  // Twins count their rewrites apart from the mutations of real modules,
  // and only the semantics-preserving kinds appear as rewrites.
  uint64_t rewritten = 0;
  for (uint64_t k : s.twins_with_rewrite) rewritten += k;
  EXPECT_GT(rewritten, 0u);
  EXPECT_EQ(s.twins_with_rewrite[static_cast<size_t>(generator::MutationKind::ConstEdge)], 0u);
  EXPECT_NE(s.to_string().find(" rewrite.commute_operands="), std::string::npos) << s.to_string();
  EXPECT_EQ(s.to_string().find(" mutation.commute_operands="), std::string::npos) << s.to_string();
  EXPECT_EQ(s.to_string().find(" rewrite.const_edge="), std::string::npos) << s.to_string();
}

TEST(DifferentialFuzzer, WithoutSeedsEveryInputIsGenerated) {
  DifferentialFuzzer fuzzer(DifferentialFuzzer::Options{});
  std::mt19937 rng(11);
  for (int i = 0; i < 20; ++i) {
    DiffVerdict v = fuzzer.run(input(rng, 0x06, 600));
    ASSERT_NE(v.kind, DiffVerdict::Kind::Mismatch) << v.finding->to_string();
  }
  EXPECT_EQ(fuzzer.stats().real_modules, 0u);
  EXPECT_GT(fuzzer.stats().twins, 0u);  // twins of generated modules
}

TEST(DifferentialFuzzer, AMissingSeedFolderIsAnError) {
  DifferentialFuzzer fuzzer(DifferentialFuzzer::Options{});
  Status st = fuzzer.add_real_seeds("/nonexistent/seeds");
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::Io);
}

}  // namespace
}  // namespace tandem::oracle

namespace tandem::oracle {
namespace {

// `tandem reduce` and the fuzz target load the same seeds in the same
// order, or a real-module finding would not reproduce outside the target.
TEST(DifferentialFuzzer, DefaultRealSeedsFollowTheEnvironment) {
  const std::string source = TANDEM_SOURCE_DIR;
  ::setenv("TANDEM_REAL_SEEDS", "none", 1);
  DifferentialFuzzer none(DifferentialFuzzer::Options{});
  ASSERT_TRUE(none.add_default_real_seeds(source).ok());
  EXPECT_EQ(none.num_real_seeds(), 0u);

  ::setenv("TANDEM_REAL_SEEDS", (source + "/corpus/real").c_str(), 1);
  DifferentialFuzzer ours(DifferentialFuzzer::Options{});
  ASSERT_TRUE(ours.add_default_real_seeds(source).ok());
  EXPECT_GT(ours.num_real_seeds(), 20u);

  ::setenv("TANDEM_REAL_SEEDS", (source + "/no-such-folder").c_str(), 1);
  DifferentialFuzzer missing(DifferentialFuzzer::Options{});
  EXPECT_FALSE(missing.add_default_real_seeds(source).ok());

  ::unsetenv("TANDEM_REAL_SEEDS");
  DifferentialFuzzer by_default(DifferentialFuzzer::Options{});
  ASSERT_TRUE(by_default.add_default_real_seeds(source).ok());
  EXPECT_GE(by_default.num_real_seeds(), ours.num_real_seeds());
}

}  // namespace
}  // namespace tandem::oracle
