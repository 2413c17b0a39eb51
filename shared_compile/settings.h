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

// The types, fields and ids below are generated from settings.def.
#define SETTING_ENUM(name, Type, def, backends, help, ...) enum class Type : uint8_t { __VA_ARGS__ };
#define SETTING_BOOL(name, def, backends, help)
#define ISA_FLAG(name, backends, help)
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG

struct IsaFlags {
#define SETTING_ENUM(name, Type, def, backends, help, ...)
#define SETTING_BOOL(name, def, backends, help)
#define ISA_FLAG(name, backends, help) bool name = false;
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG

  // What this machine's cpuid reports, less the extensions the environment
  // variable TANDEM_HOST_LACKS names ("lzcnt,bmi1"): to see what a finding
  // needs, or run the fallbacks, as on a machine without them.
  static IsaFlags detect_host();
  bool operator==(const IsaFlags&) const = default;
};

// `flags` with the extensions of a comma-separated list ("lzcnt,bmi1")
// cleared; a name that is no ISA flag is reported on stderr and ignored.
IsaFlags without_extensions(const IsaFlags& flags, std::string_view names);

// The resolved settings a compiler runs with. Plain data, cheap to copy.
struct Settings {
#define SETTING_ENUM(name, Type, def, backends, help, ...) Type name = Type::def;
#define SETTING_BOOL(name, def, backends, help) bool name = def;
#define ISA_FLAG(name, backends, help)
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG
  IsaFlags isa;

  bool operator==(const Settings&) const = default;
  // "opt_level=speed bounds_checks=guard ... has_lzcnt=true": every setting, in table order.
  std::string to_string() const;
};

enum class SettingId : uint8_t {
#define SETTING_ENUM(name, Type, def, backends, help, ...) name,
#define SETTING_BOOL(name, def, backends, help) name,
#define ISA_FLAG(name, backends, help) name,
#include "shared_compile/settings.def"
#undef SETTING_ENUM
#undef SETTING_BOOL
#undef ISA_FLAG
};

struct SettingInfo {
  SettingId id;
  const char* name;
  bool is_isa_flag;           // defaults to the host's cpuid; never above it when drawn
  const char* default_value;  // "host" for ISA flags
  bool baseline;              // accepted by the baseline builder
  bool optimizing;            // accepted by the optimizing builder
  const char* help;
  std::span<const char* const> values;  // the allowed values, in enumerator order ("false", "true" for a bool)
  bool drawn = true;                    // by the fuzzer; a SELF_CHECK row keeps its default
};

std::span<const SettingInfo> all_settings();
const SettingInfo* find_setting(std::string_view name);
// The index of a setting's value in its SettingInfo::values.
size_t setting_value_index(const Settings& settings, SettingId id);

// Of "name=value" assignments meant for several engines, those `backend`
// accepts, and those naming no setting (so that its builder reports them).
std::vector<std::string> settings_for_backend(Backend backend, std::span<const std::string> assignments);

// Code compiled under `settings` can run on this CPU: no ISA flag asks for
// an extension cpuid does not report. A Usage error names the flag
// ("has_bmi2=true, but this CPU has no bmi2"). Compiling alone (tandem
// compile, the file tests) may target what the host lacks; running may not.
Status check_host_runs(const Settings& settings);
// The same against a given CPU's flags.
Status check_cpu_runs(const Settings& settings, const IsaFlags& cpu);

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
