// Values and outcomes as every engine reports them, so that engines compare
// bit for bit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared_compile/trap_code.h"
#include "wasm/types.h"

namespace tandem::oracle {

// A wasm value. Numbers are their bit patterns (i32/f32 in the low 32 bits,
// upper bits zero); a v128 its bytes 0-7 in `bits` and 8-15 in `hi`, little
// endian (lane 0 lowest), and `hi` is 0 for every other type. References: `null` says whether it is null; a non-null
// externref carries the host's value in `bits`; a non-null funcref carries an
// engine-neutral identity when the engine can tell one (function index in its
// defining instance + 1), else 0 — engines compare funcrefs by nullness.
struct Value {
  wasm::ValType type = wasm::ValType::I32;
  uint64_t bits = 0;
  bool null = false;
  uint64_t hi = 0;  // v128: the upper 64 bits

  static Value i32(uint32_t v) { return {wasm::ValType::I32, v, false}; }
  static Value i64(uint64_t v) { return {wasm::ValType::I64, v, false}; }
  static Value f32_bits(uint32_t v) { return {wasm::ValType::F32, v, false}; }
  static Value f64_bits(uint64_t v) { return {wasm::ValType::F64, v, false}; }
  static Value null_ref(wasm::ValType t) { return {t, 0, true}; }
  static Value extern_ref(uint64_t host) { return {wasm::ValType::ExternRef, host, false}; }
  static Value v128(uint64_t lo, uint64_t hi) { return {wasm::ValType::V128, lo, false, hi}; }

  bool operator==(const Value&) const = default;
  // "i32:42", "f64:0x7ff8000000000000 (nan)", "externref:null",
  // "v128:0x00000004000000030000000200000001 (i32x4 1 2 3 4)"
  std::string to_string() const;
};

// What one invocation did.
struct Outcome {
  enum class Kind : uint8_t {
    Returned,     // values holds the results
    Trapped,      // trap (and wasm_offset when the engine knows it)
    Exhausted,    // stack or fuel exhausted: inconclusive unless both sides exhausted
    Crashed,      // generated code faulted outside a trap site: a backend bug
    TimedOut,     // the watchdog stopped it
    Unsupported,  // the engine cannot run this (an operator a backend does not compile)
  };
  Kind kind = Kind::Returned;
  std::vector<Value> values;
  compile::TrapCode trap = compile::TrapCode::Unreachable;
  std::optional<uint32_t> wasm_offset;
  std::string detail;  // Crashed: signal, pc, backend; Unsupported: what; Trapped: engine's message

  static Outcome returned(std::vector<Value> values) {
    Outcome o;
    o.values = std::move(values);
    return o;
  }
  static Outcome trapped(compile::TrapCode code, std::optional<uint32_t> offset = std::nullopt) {
    Outcome o;
    o.kind = Kind::Trapped;
    o.trap = code;
    o.wasm_offset = offset;
    return o;
  }
  static Outcome unsupported(std::string why) {
    Outcome o;
    o.kind = Kind::Unsupported;
    o.detail = std::move(why);
    return o;
  }
  std::string to_string() const;
};

const char* outcome_kind_name(Outcome::Kind kind);

}  // namespace tandem::oracle
