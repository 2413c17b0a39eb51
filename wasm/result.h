// Errors as values. Every stage returns Result<T>; no exception crosses a
// folder boundary and bad input never aborts the process. An internal
// invariant that breaks is a loud abort (TANDEM_CHECK), because in a fuzzer a
// loud abort is a finding.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tandem {

enum class ErrorKind : uint8_t {
  Malformed,      // not a well-formed binary (the spec's "malformed")
  Invalid,        // well-formed but fails validation (the spec's "invalid")
  Unsupported,    // outside the feature scope, or an operator a backend does not compile
  Unlinkable,     // imports do not match
  Usage,          // bad command line, unknown setting, bad value
  Io,             // a file could not be read or written
  Internal,       // a bug in tandem; fuzzers report it
  CompileBlowup,  // a compiler stage went past its work budget (compile_budget.h): a finding
  LimitExceeded,  // past an implementation limit (limits.def): tandem refuses it, whatever the spec says
};

const char* error_kind_name(ErrorKind kind);

struct Error {
  ErrorKind kind = ErrorKind::Internal;
  std::string message;
  std::optional<uint64_t> offset;  // byte offset into the module, where it applies

  // "malformed at 0x1a: unexpected end" / "usage: unknown setting 'x'"
  std::string to_string() const;
};

inline Error make_error(ErrorKind kind, std::string message, std::optional<uint64_t> offset = std::nullopt) {
  return Error{kind, std::move(message), offset};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(v_); }
  Error&& take_error() { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }
  Error&& take_error() { return std::move(*error_); }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;

[[noreturn]] void check_failed(const char* file, int line, const char* cond, const char* msg);

}  // namespace tandem

// Propagates an error: TANDEM_TRY(x, expr) declares x from a Result or returns its error.
#define TANDEM_CONCAT_INNER(a, b) a##b
#define TANDEM_CONCAT(a, b) TANDEM_CONCAT_INNER(a, b)
#define TANDEM_TRY(decl, expr)                                                                              \
  auto TANDEM_CONCAT(tandem_try_, __LINE__) = (expr);                                                       \
  if (!TANDEM_CONCAT(tandem_try_, __LINE__).ok()) return TANDEM_CONCAT(tandem_try_, __LINE__).take_error(); \
  decl = std::move(TANDEM_CONCAT(tandem_try_, __LINE__)).value()
#define TANDEM_TRY_STATUS(expr)                                           \
  do {                                                                    \
    auto tandem_try_status_ = (expr);                                     \
    if (!tandem_try_status_.ok()) return tandem_try_status_.take_error(); \
  } while (0)

// An internal invariant. Always on, in every build: a broken invariant in a
// fuzzer must abort loudly.
#define TANDEM_CHECK(cond, msg)                                          \
  do {                                                                   \
    if (!(cond)) ::tandem::check_failed(__FILE__, __LINE__, #cond, msg); \
  } while (0)
#define TANDEM_UNREACHABLE(msg) ::tandem::check_failed(__FILE__, __LINE__, "unreachable", msg)
