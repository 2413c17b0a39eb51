// Settings and the per-backend builders' shared logic. One table
// (settings.def) names every setting, its kind, default and which backends
// accept it; values are set by name from the command line or from fuzz bytes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wasm/result.h"

namespace tandem::compile {

enum class Backend : uint8_t { Baseline, Optimizing };
const char* backend_name(Backend backend);

enum class OptLevel : uint8_t { None, Speed };
enum class BoundsChecks : uint8_t { Guard, Explicit };

struct IsaFlags {
  bool has_sse41 = false;
  bool has_popcnt = false;
  bool has_lzcnt = false;
  bool has_bmi1 = false;
  bool has_bmi2 = false;

  // What this machine's cpuid reports.
  static IsaFlags detect_host();
  bool operator==(const IsaFlags&) const = default;
};

// The resolved settings a compiler runs with. Plain data, cheap to copy.
struct Settings {
  OptLevel opt_level = OptLevel::Speed;
  BoundsChecks bounds_checks = BoundsChecks::Guard;
  bool nan_canonicalization = false;
  bool stack_limit_checks = true;
  IsaFlags isa;

  bool operator==(const Settings&) const = default;
  // "opt_level=speed bounds_checks=guard ... has_lzcnt=true": every setting, in table order.
  std::string to_string() const;
};

enum class SettingId : uint8_t {
#define SETTING(name, kind, def, backends, help) name,
#include "shared_compile/settings.def"
#undef SETTING
};

struct SettingInfo {
  SettingId id;
  const char* name;
  bool is_bool;
  const char* default_value;  // "host" for ISA flags
  bool baseline;              // accepted by the baseline builder
  bool optimizing;            // accepted by the optimizing builder
  const char* help;
  std::span<const char* const> values;  // the allowed values of an enum setting
};

std::span<const SettingInfo> all_settings();
const SettingInfo* find_setting(std::string_view name);

// The shared half of every backend's builder: holds the settings, starts
// from the defaults (ISA flags from the host), and refuses what its backend
// does not accept.
class SettingsBuilder {
 public:
  explicit SettingsBuilder(Backend backend);

  Backend backend() const { return backend_; }
  bool accepts(SettingId id) const;

  // Errors (ErrorKind::Usage): unknown setting, a setting this backend does
  // not accept ("the baseline backend does not accept setting 'opt_level'"),
  // or a value that is not one of the setting's values.
  Status set(std::string_view name, std::string_view value);
  // "name=value"
  Status set_assignment(std::string_view assignment);
  // Applies a setting only when this backend accepts it; used when one list of
  // settings is shared by several engines (a mixed image, the fuzzer).
  Status set_if_accepted(std::string_view name, std::string_view value);

  const Settings& settings() const { return settings_; }
  Settings& mutable_settings() { return settings_; }

 private:
  Backend backend_;
  Settings settings_;
};

}  // namespace tandem::compile
