// The settings table: the struct, the parsing and the printing generated
// from settings.def agree with each other and with the table's rows.
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <string>

#include <fmt/format.h>

#include "shared_compile/settings.h"

namespace tandem::compile {
namespace {

TEST(Settings, EveryValueOfEverySettingRoundTrips) {
  for (const SettingInfo& info : all_settings()) {
    Backend backend = info.optimizing ? Backend::Optimizing : Backend::Baseline;
    ASSERT_GE(info.values.size(), 2u) << info.name;
    for (size_t i = 0; i < info.values.size(); ++i) {
      SettingsBuilder b(backend);
      ASSERT_TRUE(b.set(info.name, info.values[i]).ok()) << info.name << "=" << info.values[i];
      EXPECT_EQ(setting_value_index(b.settings(), info.id), i) << info.name << "=" << info.values[i];
      std::string printed = " " + b.settings().to_string() + " ";
      EXPECT_NE(printed.find(fmt::format(" {}={} ", info.name, info.values[i])), std::string::npos) << printed;
    }
  }
}

TEST(Settings, DefaultsAreTheTablesAndIsaFlagsTheHosts) {
  Settings host_defaults;
  host_defaults.isa = IsaFlags::detect_host();
  EXPECT_EQ(SettingsBuilder(Backend::Optimizing).settings(), host_defaults);
  for (const SettingInfo& info : all_settings()) {
    size_t index = setting_value_index(host_defaults, info.id);
    if (info.is_isa_flag)
      EXPECT_STREQ(info.default_value, "host");
    else
      EXPECT_STREQ(info.default_value, info.values[index]) << info.name;
  }
  EXPECT_EQ(Settings{}.opt_level, OptLevel::Speed);
  EXPECT_EQ(Settings{}.bounds_checks, BoundsChecks::Guard);
  EXPECT_TRUE(Settings{}.stack_limit_checks);
}

TEST(Settings, EnumValuesAreTheirEnumeratorsInLowerCase) {
  const SettingInfo* opt = find_setting("opt_level");
  ASSERT_NE(opt, nullptr);
  ASSERT_EQ(opt->values.size(), 2u);
  EXPECT_STREQ(opt->values[static_cast<size_t>(OptLevel::None)], "none");
  EXPECT_STREQ(opt->values[static_cast<size_t>(OptLevel::Speed)], "speed");
  const SettingInfo* bounds = find_setting("bounds_checks");
  ASSERT_NE(bounds, nullptr);
  EXPECT_STREQ(bounds->values[static_cast<size_t>(BoundsChecks::Explicit)], "explicit");
}

TEST(Settings, NamesAreUniqueAndIdsFollowTheTable) {
  std::set<std::string> names;
  size_t i = 0;
  for (const SettingInfo& info : all_settings()) {
    EXPECT_TRUE(names.insert(info.name).second) << info.name;
    EXPECT_EQ(static_cast<size_t>(info.id), i++);
    EXPECT_TRUE(info.baseline || info.optimizing) << info.name;
    EXPECT_EQ(find_setting(info.name), &info);
  }
}

TEST(Settings, CodeForAnExtensionTheCpuLacksIsNotRun) {
  Settings all;
  all.isa = IsaFlags{true, true, true, true, true};
  IsaFlags no_lzcnt{true, true, false, true, true};
  Status refused = check_cpu_runs(all, no_lzcnt);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::Usage);
  EXPECT_NE(refused.error().message.find("has_lzcnt=true, but this CPU has no lzcnt"), std::string::npos);
  Settings without = all;
  without.isa.has_lzcnt = false;
  EXPECT_TRUE(check_cpu_runs(without, no_lzcnt).ok());
  EXPECT_TRUE(check_cpu_runs(Settings{}, IsaFlags{}).ok());  // every flag off runs anywhere
  // The defaults are the host's own flags.
  EXPECT_TRUE(check_host_runs(SettingsBuilder(Backend::Optimizing).settings()).ok());
}

TEST(Settings, AnExtensionCanBeTakenAway) {
  const IsaFlags all{true, true, true, true, true};
  IsaFlags expected = all;
  expected.has_lzcnt = false;
  expected.has_bmi1 = false;
  EXPECT_EQ(without_extensions(all, "lzcnt,bmi1"), expected);
  EXPECT_EQ(without_extensions(all, ""), all);
  // Not an ISA flag: reported and ignored.
  EXPECT_EQ(without_extensions(all, "avx512,bounds_checks"), all);
}

TEST(Settings, TheSimdFlagsAreIsaFlagsBothBackendsAccept) {
  struct Flag {
    const char* name;
    bool IsaFlags::*field;
  };
  const Flag flags[] = {{"has_sse3", &IsaFlags::has_sse3},
                        {"has_ssse3", &IsaFlags::has_ssse3},
                        {"has_sse42", &IsaFlags::has_sse42},
                        {"has_avx", &IsaFlags::has_avx},
                        {"has_avx2", &IsaFlags::has_avx2}};
  for (const Flag& f : flags) {
    const SettingInfo* info = find_setting(f.name);
    ASSERT_NE(info, nullptr) << f.name;
    EXPECT_TRUE(info->is_isa_flag) << f.name;
    EXPECT_TRUE(info->baseline && info->optimizing) << f.name;
    for (Backend backend : {Backend::Baseline, Backend::Optimizing}) {
      for (bool on : {false, true}) {
        SettingsBuilder b(backend);
        ASSERT_TRUE(b.set(f.name, on ? "true" : "false").ok()) << f.name;
        EXPECT_EQ(b.settings().isa.*(f.field), on) << f.name;
      }
    }
    // Named in the refusal to run code that needs it.
    Settings wants;
    wants.isa.*(f.field) = true;
    Status refused = check_cpu_runs(wants, IsaFlags{});
    ASSERT_FALSE(refused.ok()) << f.name;
    EXPECT_NE(refused.error().message.find(fmt::format("{}=true, but this CPU has no {}", f.name, f.name + 4)),
              std::string::npos)
        << refused.error().message;
    // And taken away by TANDEM_HOST_LACKS's list.
    IsaFlags all;
    all.*(f.field) = true;
    EXPECT_FALSE(without_extensions(all, f.name + 4).*(f.field)) << f.name;
  }
}

// cpuid's answer, as every x86-64 CPU gives it: each of these extensions
// comes with the ones before it, and AVX2 only where AVX is usable (which
// detect_host checks with XGETBV).
TEST(Settings, TheHostsSimdFlagsNestAsOnEveryCpu) {
  const char* lacks = std::getenv("TANDEM_HOST_LACKS");
  const std::string saved = lacks ? lacks : "";
  unsetenv("TANDEM_HOST_LACKS");
  const IsaFlags host = IsaFlags::detect_host();
  setenv("TANDEM_HOST_LACKS", "avx,sse42", 1);
  const IsaFlags lacking = IsaFlags::detect_host();
  if (lacks)
    setenv("TANDEM_HOST_LACKS", saved.c_str(), 1);
  else
    unsetenv("TANDEM_HOST_LACKS");
  EXPECT_TRUE(host.has_sse3);  // every x86-64 CPU since 2005
  if (host.has_avx2) EXPECT_TRUE(host.has_avx);
  if (host.has_avx) EXPECT_TRUE(host.has_sse42);
  if (host.has_sse42) EXPECT_TRUE(host.has_sse41);
  if (host.has_sse41) EXPECT_TRUE(host.has_ssse3);
  if (host.has_ssse3) EXPECT_TRUE(host.has_sse3);
  EXPECT_FALSE(lacking.has_avx);
  EXPECT_FALSE(lacking.has_sse42);
  EXPECT_EQ(lacking.has_avx2, host.has_avx2);  // only what the list names
  EXPECT_EQ(lacking.has_ssse3, host.has_ssse3);
  if (host.has_avx) {
    // The detection said the OS saves the YMM state: a VEX instruction runs.
    alignas(16) uint8_t lanes[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    __asm__ volatile("vmovdqu (%0), %%xmm1\n\tvpaddb %%xmm1, %%xmm1, %%xmm1\n\tvmovdqu %%xmm1, (%0)"
                     :
                     : "r"(lanes)
                     : "xmm1", "memory");
    EXPECT_EQ(lanes[15], 32);
  }
}

TEST(Settings, RefusalsNameWhatWasWrong) {
  SettingsBuilder baseline(Backend::Baseline);
  Status unknown = baseline.set("opt_levle", "speed");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::Usage);
  EXPECT_NE(unknown.error().message.find("unknown setting 'opt_levle'"), std::string::npos);

  Status refused = baseline.set("opt_level", "none");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("the baseline backend does not accept setting 'opt_level'"),
            std::string::npos);
  EXPECT_TRUE(baseline.set_if_accepted("opt_level", "none").ok());

  Status value = SettingsBuilder(Backend::Optimizing).set("bounds_checks", "maybe");
  ASSERT_FALSE(value.ok());
  EXPECT_NE(value.error().message.find("expected guard | explicit"), std::string::npos);

  Status form = baseline.set_assignment("bounds_checks");
  ASSERT_FALSE(form.ok());
  EXPECT_NE(form.error().message.find("not of the form name=value"), std::string::npos);
}

}  // namespace
}  // namespace tandem::compile
