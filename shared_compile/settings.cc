#include "shared_compile/settings.h"

#include <cpuid.h>
#include <fmt/format.h>

namespace tandem::compile {
namespace {

constexpr const char* kOptLevelValues[] = {"none", "speed"};
constexpr const char* kBoundsValues[] = {"guard", "explicit"};
constexpr const char* kBoolValues[] = {"false", "true"};


std::span<const char* const> values_of(SettingId id) {
  switch (id) {
    case SettingId::opt_level: return kOptLevelValues;
    case SettingId::bounds_checks: return kBoundsValues;
    default: return kBoolValues;
  }
}

const SettingInfo kSettings[] = {
#define SETTING(name, kind, def, backends, help)                                              \
  {SettingId::name, #name, std::string_view(#kind) == "Bool", def,                           \
   std::string_view(#backends) != "Optimizing", std::string_view(#backends) != "Baseline", help, \
   values_of(SettingId::name)},
#include "shared_compile/settings.def"
#undef SETTING
};

bool* isa_field(IsaFlags& isa, SettingId id) {
  switch (id) {
    case SettingId::has_sse41: return &isa.has_sse41;
    case SettingId::has_popcnt: return &isa.has_popcnt;
    case SettingId::has_lzcnt: return &isa.has_lzcnt;
    case SettingId::has_bmi1: return &isa.has_bmi1;
    case SettingId::has_bmi2: return &isa.has_bmi2;
    default: return nullptr;
  }
}

std::string value_text(const Settings& s, SettingId id) {
  switch (id) {
    case SettingId::opt_level: return kOptLevelValues[static_cast<int>(s.opt_level)];
    case SettingId::bounds_checks: return kBoundsValues[static_cast<int>(s.bounds_checks)];
    case SettingId::nan_canonicalization: return s.nan_canonicalization ? "true" : "false";
    case SettingId::stack_limit_checks: return s.stack_limit_checks ? "true" : "false";
    default: {
      IsaFlags isa = s.isa;
      return *isa_field(isa, id) ? "true" : "false";
    }
  }
}

}  // namespace

const char* backend_name(Backend backend) {
  return backend == Backend::Baseline ? "baseline" : "optimizing";
}

IsaFlags IsaFlags::detect_host() {
  IsaFlags f;
  unsigned eax, ebx, ecx, edx;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx)) {
    f.has_sse41 = ecx & bit_SSE4_1;
    f.has_popcnt = ecx & bit_POPCNT;
  }
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
    f.has_bmi1 = ebx & bit_BMI;
    f.has_bmi2 = ebx & bit_BMI2;
  }
  if (__get_cpuid(0x80000001, &eax, &ebx, &ecx, &edx)) f.has_lzcnt = ecx & bit_LZCNT;
  return f;
}

std::string Settings::to_string() const {
  std::string out;
  for (const SettingInfo& info : kSettings) {
    if (!out.empty()) out += ' ';
    out += fmt::format("{}={}", info.name, value_text(*this, info.id));
  }
  return out;
}

std::span<const SettingInfo> all_settings() { return kSettings; }

const SettingInfo* find_setting(std::string_view name) {
  for (const SettingInfo& info : kSettings)
    if (name == info.name) return &info;
  return nullptr;
}

SettingsBuilder::SettingsBuilder(Backend backend) : backend_(backend) {
  // Host ISA flags, cached: cpuid is not free and the fuzzer builds per input.
  static const IsaFlags host = IsaFlags::detect_host();
  settings_.isa = host;
}

bool SettingsBuilder::accepts(SettingId id) const {
  const SettingInfo& info = kSettings[static_cast<int>(id)];
  return backend_ == Backend::Baseline ? info.baseline : info.optimizing;
}

Status SettingsBuilder::set(std::string_view name, std::string_view value) {
  const SettingInfo* info = find_setting(name);
  if (!info) return make_error(ErrorKind::Usage, fmt::format("unknown setting '{}'", name));
  if (!accepts(info->id))
    return make_error(ErrorKind::Usage, fmt::format("the {} backend does not accept setting '{}'",
                                                    backend_name(backend_), name));
  int chosen = -1;
  for (size_t i = 0; i < info->values.size(); ++i)
    if (value == info->values[i]) chosen = static_cast<int>(i);
  if (chosen < 0) {
    std::string allowed;
    for (const char* v : info->values) allowed += (allowed.empty() ? "" : " | ") + std::string(v);
    return make_error(ErrorKind::Usage, fmt::format("setting '{}' does not take value '{}' (expected {})",
                                                    name, value, allowed));
  }
  switch (info->id) {
    case SettingId::opt_level: settings_.opt_level = static_cast<OptLevel>(chosen); break;
    case SettingId::bounds_checks: settings_.bounds_checks = static_cast<BoundsChecks>(chosen); break;
    case SettingId::nan_canonicalization: settings_.nan_canonicalization = chosen; break;
    case SettingId::stack_limit_checks: settings_.stack_limit_checks = chosen; break;
    default: *isa_field(settings_.isa, info->id) = chosen; break;
  }
  return {};
}

Status SettingsBuilder::set_assignment(std::string_view assignment) {
  size_t eq = assignment.find('=');
  if (eq == std::string_view::npos)
    return make_error(ErrorKind::Usage,
                      fmt::format("setting '{}' is not of the form name=value", assignment));
  return set(assignment.substr(0, eq), assignment.substr(eq + 1));
}

Status SettingsBuilder::set_if_accepted(std::string_view name, std::string_view value) {
  const SettingInfo* info = find_setting(name);
  if (info && !accepts(info->id)) return {};
  return set(name, value);
}

}  // namespace tandem::compile
