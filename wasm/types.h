// Value and function types of the feature scope.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tandem::wasm {

// Encodings are the binary format's, so a byte can be checked against the enum.
enum class ValType : uint8_t {
  I32 = 0x7f,
  I64 = 0x7e,
  F32 = 0x7d,
  F64 = 0x7c,
  V128 = 0x7b,  // SIMD: the native backends refuse it yet (wasm/simd_use.h)
  FuncRef = 0x70,
  ExternRef = 0x6f,
};

const char* val_type_name(ValType type);
inline bool is_ref(ValType t) { return t == ValType::FuncRef || t == ValType::ExternRef; }
inline bool is_float(ValType t) { return t == ValType::F32 || t == ValType::F64; }
inline bool is_int(ValType t) { return t == ValType::I32 || t == ValType::I64; }
// Byte width of a value's machine representation (references are pointers).
inline uint32_t val_type_size(ValType t) {
  return (t == ValType::I32 || t == ValType::F32) ? 4 : t == ValType::V128 ? 16 : 8;
}

struct FuncType {
  std::vector<ValType> params;
  std::vector<ValType> results;

  bool operator==(const FuncType&) const = default;
  std::string to_string() const;  // "(i32, i64) -> (f32)"
};

enum class ExternKind : uint8_t { Func = 0, Table = 1, Memory = 2, Global = 3 };
const char* extern_kind_name(ExternKind kind);

struct Limits {
  uint64_t min = 0;
  bool has_max = false;
  uint64_t max = 0;
};

struct TableType {
  ValType elem = ValType::FuncRef;
  Limits limits;
};

struct MemoryType {
  Limits limits;  // in 64 KiB pages
};

struct GlobalType {
  ValType type = ValType::I32;
  bool mutable_ = false;
};

inline constexpr uint64_t kPageSize = 65536;
inline constexpr uint64_t kMaxPages = 65536;  // 4 GiB for a 32-bit memory

}  // namespace tandem::wasm
