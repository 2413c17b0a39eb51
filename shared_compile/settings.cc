#include "shared_compile/settings.h"

#include <cpuid.h>

#include <fmt/format.h>
#include <cctype>
#include <cstdlib>
#include <deque>

namespace tandem::compile {
namespace {

constexpr const char* kBoolValues[] = {"false", "true"};

// An enum setting's value texts: its enumerators, as settings.def lists
// them ("None, Speed"), in lower case.
std::vector<const char*> enumerator_texts(std::string_view list) {
  static std::deque<std::string> storage;  // stable addresses for the table's lifetime
  std::vector<const char*> out;
  for (size_t i = 0; i < list.size();) {
    size_t j = list.find(',', i);
    if (j == std::string_view::npos) j = list.size();
    std::string text;
    for (char c : list.substr(i, j - i))
      if (c != ' ') text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back(storage.emplace_back(std::move(text)).c_str());
    i = j + 1;
  }
  return out;
}

constexpr bool accepted_by(std::string_view backends, Backend b) {
  return backends == "Both" || backends == (b == Backend::Baseline ? "Baseline" : "Optimizing");
}

// Built on first use, so that other files' static initializers may look
// settings up.
std::span<const SettingInfo> table() {
#define SETTING_ENUM(name, Type, def, backends, help, ...) \
  static const std::vector<const char*> values_##name = enumerator_texts(#__VA_ARGS__);
#define SETTING_BOOL(name, def, backends, help)
#define ISA_FLAG(name, backends, help)
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG
  static const SettingInfo infos[] = {
#define SETTING_ENUM(name, Type, def, backends, help, ...) \
  {SettingId::name,                                        \
   #name,                                                  \
   false,                                                  \
   values_##name[static_cast<size_t>(Type::def)],          \
   accepted_by(#backends, Backend::Baseline),              \
   accepted_by(#backends, Backend::Optimizing),            \
   help,                                                   \
   values_##name},
#define BOOL_SETTING_INFO(name, def, backends, help, drawn) \
  {SettingId::name,                                         \
   #name,                                                   \
   false,                                                   \
   #def,                                                    \
   accepted_by(#backends, Backend::Baseline),               \
   accepted_by(#backends, Backend::Optimizing),             \
   help,                                                    \
   kBoolValues,                                             \
   drawn},
#define SETTING_BOOL(name, def, backends, help) BOOL_SETTING_INFO(name, def, backends, help, true)
#define SELF_CHECK(name, def, backends, help) BOOL_SETTING_INFO(name, def, backends, help, false)
#define ISA_FLAG(name, backends, help)          \
  {SettingId::name,                             \
   #name,                                       \
   true,                                        \
   "host",                                      \
   accepted_by(#backends, Backend::Baseline),   \
   accepted_by(#backends, Backend::Optimizing), \
   help,                                        \
   kBoolValues},
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG
#undef SELF_CHECK
#undef BOOL_SETTING_INFO
  };
  return infos;
}

// The formatter would join the #defines inside these switches to their cases.
// clang-format off
// The index of a setting's current value in its `values`.
size_t value_index_of(const Settings& s, SettingId id) {
  switch (id) {
#define SETTING_ENUM(name, Type, def, backends, help, ...) \
  case SettingId::name: return static_cast<size_t>(s.name);
#define SETTING_BOOL(name, def, backends, help) \
  case SettingId::name: return s.name;
#define ISA_FLAG(name, backends, help) \
  case SettingId::name: return s.isa.name;
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG
  }
  TANDEM_UNREACHABLE("unknown setting id");
}

void set_value_index(Settings& s, SettingId id, size_t index) {
  switch (id) {
#define SETTING_ENUM(name, Type, def, backends, help, ...) \
  case SettingId::name: s.name = static_cast<Type>(index); return;
#define SETTING_BOOL(name, def, backends, help) \
  case SettingId::name: s.name = index != 0; return;
#define ISA_FLAG(name, backends, help) \
  case SettingId::name: s.isa.name = index != 0; return;
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG
  }
}

// clang-format on

}  // namespace

const char* backend_name(Backend backend) { return backend == Backend::Baseline ? "baseline" : "optimizing"; }

namespace {

// XCR0, the register of the state components the OS saves on a context
// switch (xgetbv with ecx = 0). Only valid when cpuid reports OSXSAVE.
uint64_t read_xcr0() {
  uint32_t eax, edx;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return (uint64_t{edx} << 32) | eax;
}

constexpr uint64_t kXcr0SseAndAvxState = 0x6;  // bit 1: XMM registers, bit 2: the upper halves of YMM

}  // namespace

IsaFlags IsaFlags::detect_host() {
  IsaFlags f;
  unsigned eax, ebx, ecx, edx;
  bool avx_usable = false;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
    f.has_sse3 = ecx & bit_SSE3;
    f.has_ssse3 = ecx & bit_SSSE3;
    f.has_sse41 = ecx & bit_SSE4_1;
    f.has_sse42 = ecx & bit_SSE4_2;
    f.has_popcnt = ecx & bit_POPCNT;
    // The CPU's AVX bit is not enough: the OS must save the YMM state on
    // a context switch (OSXSAVE, then XCR0's XMM and YMM bits), or VEX
    // code faults (#UD) or loses register halves.
    avx_usable = (ecx & bit_AVX) && (ecx & bit_OSXSAVE) && (read_xcr0() & kXcr0SseAndAvxState) == kXcr0SseAndAvxState;
    f.has_avx = avx_usable;
  }
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
    f.has_bmi1 = ebx & bit_BMI;
    f.has_bmi2 = ebx & bit_BMI2;
    f.has_avx2 = avx_usable && (ebx & bit_AVX2);
  }
  if (__get_cpuid(0x80000001, &eax, &ebx, &ecx, &edx)) f.has_lzcnt = ecx & bit_LZCNT;
  if (const char* lacks = std::getenv("TANDEM_HOST_LACKS")) f = without_extensions(f, lacks);
  return f;
}

IsaFlags without_extensions(const IsaFlags& flags, std::string_view names) {
  Settings s;
  s.isa = flags;
  for (size_t i = 0; i <= names.size();) {
    const size_t j = std::min(names.find(',', i), names.size());
    const std::string flag = fmt::format("has_{}", names.substr(i, j - i));
    const SettingInfo* info = find_setting(flag);
    if (info && info->is_isa_flag)
      set_value_index(s, info->id, 0);
    else if (j > i)
      fmt::print(stderr, "tandem: TANDEM_HOST_LACKS: no ISA flag {} (ignored)\n", flag);
    i = j + 1;
  }
  return s.isa;
}

std::string Settings::to_string() const {
  std::string out;
  for (const SettingInfo& info : table()) {
    if (!out.empty()) out += ' ';
    out += fmt::format("{}={}", info.name, info.values[value_index_of(*this, info.id)]);
  }
  return out;
}

std::span<const SettingInfo> all_settings() { return table(); }

size_t setting_value_index(const Settings& settings, SettingId id) { return value_index_of(settings, id); }

std::vector<std::string> settings_for_backend(Backend backend, std::span<const std::string> assignments) {
  std::vector<std::string> out;
  for (const std::string& a : assignments) {
    const SettingInfo* info = find_setting(std::string_view(a).substr(0, a.find('=')));
    if (!info || (backend == Backend::Baseline ? info->baseline : info->optimizing)) out.push_back(a);
  }
  return out;
}

Status check_host_runs(const Settings& settings) {
  static const IsaFlags host = IsaFlags::detect_host();
  return check_cpu_runs(settings, host);
}

Status check_cpu_runs(const Settings& settings, const IsaFlags& cpu) {
  Settings on_cpu;
  on_cpu.isa = cpu;
  for (const SettingInfo& info : table()) {
    if (!info.is_isa_flag || value_index_of(settings, info.id) == 0 || value_index_of(on_cpu, info.id) != 0) continue;
    std::string_view extension = std::string_view(info.name).substr(4);  // "has_lzcnt" -> "lzcnt"
    return make_error(ErrorKind::Usage, fmt::format("{}=true, but this CPU has no {}", info.name, extension));
  }
  return {};
}

const SettingInfo* find_setting(std::string_view name) {
  for (const SettingInfo& info : table())
    if (name == info.name) return &info;
  return nullptr;
}

SettingsBuilder::SettingsBuilder(Backend backend) : backend_(backend) {
  // Host ISA flags, cached: cpuid is not free and the fuzzer builds per input.
  static const IsaFlags host = IsaFlags::detect_host();
  settings_.isa = host;
}

bool SettingsBuilder::accepts(SettingId id) const {
  const SettingInfo& info = table()[static_cast<size_t>(id)];
  return backend_ == Backend::Baseline ? info.baseline : info.optimizing;
}

Status SettingsBuilder::set(std::string_view name, std::string_view value) {
  const SettingInfo* info = find_setting(name);
  if (!info) return make_error(ErrorKind::Usage, fmt::format("unknown setting '{}'", name));
  if (!accepts(info->id))
    return make_error(ErrorKind::Usage,
                      fmt::format("the {} backend does not accept setting '{}'", backend_name(backend_), name));
  int chosen = -1;
  for (size_t i = 0; i < info->values.size(); ++i)
    if (value == info->values[i]) chosen = static_cast<int>(i);
  if (chosen < 0) {
    std::string allowed;
    for (const char* v : info->values) allowed += (allowed.empty() ? "" : " | ") + std::string(v);
    return make_error(ErrorKind::Usage,
                      fmt::format("setting '{}' does not take value '{}' (expected {})", name, value, allowed));
  }
  set_value_index(settings_, info->id, static_cast<size_t>(chosen));
  return {};
}

Status SettingsBuilder::set_assignment(std::string_view assignment) {
  size_t eq = assignment.find('=');
  if (eq == std::string_view::npos)
    return make_error(ErrorKind::Usage, fmt::format("setting '{}' is not of the form name=value", assignment));
  return set(assignment.substr(0, eq), assignment.substr(eq + 1));
}

Status SettingsBuilder::set_if_accepted(std::string_view name, std::string_view value) {
  const SettingInfo* info = find_setting(name);
  if (info && !accepts(info->id)) return {};
  return set(name, value);
}

}  // namespace tandem::compile
