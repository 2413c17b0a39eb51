// The regression corpus: every finding ever fixed, kept as a .wat whose
// leading comments say how to replay it and what must happen:
//
//   ;; tandem regression
//   ;; finding: mismatch result: culprit optimizing, export f2: (i32:7) vs (i32:5)
//   ;; signature: result/optimizing/-
//   ;; settings: bounds_checks=explicit has_lzcnt=false
//   ;; mixed-mask: 0xaaaaaaaaaaaaaaaa
//   ;; nan: spec                    (when NaN payloads may differ; else exact)
//   ;; call: f2 5 bits:0x7fc00000
//   ;; expect: returned (i32:7)
//   (module ...)
//
// Replaying runs every engine side by side with those settings and calls;
// it passes when they all agree and the interpreter's outcome of each call
// is the recorded expectation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oracle/differential/differential.h"
#include "wasm/result.h"

namespace tandem::oracle {

struct Regression {
  std::string finding;  // the original one-line finding, for the reader
  std::string signature;
  std::vector<std::string> settings;
  // The mixed image's mask the finding ran under (bit i: function i from
  // the optimizing backend); the oracle's default when absent.
  std::optional<uint64_t> mixed_mask;
  // ";; nan: spec" for a module nobody canonicalized (a plain module's
  // finding); bit-for-bit NaNs otherwise.
  NanPolicy nan_policy = NanPolicy::Exact;
  DiffCase diff_case;
  std::vector<std::string> expected;  // per call: the interpreter's Outcome::to_string()
  std::string module_text;            // the (module ...) text

  // What every replay of it runs under: its settings, mask and NaN policy,
  // every engine (the optimizing backend without passes too).
  DiffOptions diff_options() const;
};

// Parses a regression file. Malformed headers are Usage errors naming the
// line: an unknown directive (";; expct: ..."), a call without its expect
// line, or no call at all unless the file says ";; calls: none" (a finding
// at instantiation, such as a compile blowup). Other comment lines are the
// reader's.
Result<Regression> parse_regression(std::string_view text, std::string_view filename);

// Writes the file text for a regression (the module as text via wasm2wat).
Result<std::string> format_regression(const Regression& r);

// Every setting, `given` ("name=value") applied over the defaults, with the
// ISA flags written out as this CPU has them rather than left to "host":
// what a regression file records, so that it replays the same on another
// machine (or is refused there, naming the flag the CPU lacks).
Result<std::vector<std::string>> explicit_settings(const std::vector<std::string>& given);

// A value as a `call:` line argument: what parse_value reads back exactly.
std::string value_to_arg_text(const Value& v);

struct ReplayResult {
  bool passed = false;
  std::string message;  // why not
};
ReplayResult replay_regression(const Regression& r);

// The interpreter's outcome of each call of a case, for `expect:` lines.
Result<std::vector<std::string>> reference_outcomes(const DiffCase& c, const std::vector<std::string>& settings);

// The text format indents by nesting depth, and a function cut from a real
// program nests blocks hundreds deep (a switch): a regression file would be
// mostly blanks. Lines keep at most this much indentation (text format
// ignores blanks, so the module is the same).
inline constexpr size_t kMaxIndent = 24;
std::string cap_indentation(std::string_view text, size_t max_indent);

}  // namespace tandem::oracle
