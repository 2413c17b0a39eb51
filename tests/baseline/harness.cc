#include "tests/baseline/harness.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>

#include "oracle/engines/text_format.h"

namespace tandem::baseline::testing {

Harness::Harness(std::vector<std::string> settings)
    : native_host_(oracle::HostEnv::spectest()), interp_host_(oracle::HostEnv::spectest()) {
  oracle::NativeConfig config;
  config.mode = oracle::NativeConfig::Mode::Baseline;
  config.settings = std::move(settings);
  Result<std::unique_ptr<oracle::NativeEngine>> engine = oracle::NativeEngine::create(&native_host_, config);
  if (!engine.ok()) {
    ADD_FAILURE() << "native engine: " << engine.error().to_string();
    return;
  }
  native_ = std::move(engine).value();
  interp_ = std::make_unique<oracle::InterpEngine>(&interp_host_);
}

bool Harness::load(std::string_view wat, std::string_view register_as) {
  if (!native_) return false;
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(wat);
  if (!wasm.ok()) {
    ADD_FAILURE() << "wat: " << wasm.error().to_string();
    return false;
  }
  const oracle::InstantiateResult n = native_->instantiate(*wasm);
  const oracle::InstantiateResult r = interp_->instantiate(*wasm);
  if (n.status != oracle::InstantiateResult::Status::Ok || r.status != oracle::InstantiateResult::Status::Ok) {
    ADD_FAILURE() << "instantiate: baseline " << oracle::instantiate_status_name(n.status) << " " << n.message
                  << "; interpreter " << oracle::instantiate_status_name(r.status) << " " << r.message;
    return false;
  }
  native_id_ = n.id;
  interp_id_ = r.id;
  if (!register_as.empty()) {
    EXPECT_TRUE(native_->register_instance(native_id_, register_as).ok());
    EXPECT_TRUE(interp_->register_instance(interp_id_, register_as).ok());
  }
  return true;
}

Outcome Harness::native(std::string_view name, std::vector<Value> args) {
  Result<Outcome> o = native_->invoke(native_id_, name, args);
  if (!o.ok()) return Outcome::unsupported("invoke failed: " + o.error().to_string());
  return *o;
}

Outcome Harness::reference(std::string_view name, std::vector<Value> args) {
  Result<Outcome> o = interp_->invoke(interp_id_, name, args);
  if (!o.ok()) return Outcome::unsupported("invoke failed: " + o.error().to_string());
  return *o;
}

const std::vector<compile::CompiledFunction>& Harness::compiled() const {
  static const std::vector<compile::CompiledFunction> kNone;
  const std::vector<compile::CompiledFunction>* f = native_ ? native_->compiled_functions(native_id_) : nullptr;
  return f ? *f : kNone;
}

bool same_value(const Value& a, const Value& b) {
  if (a.type != b.type || a.null != b.null) return false;
  // A funcref's bits are an engine's own identity of the function: only nullness compares.
  if (a.type == wasm::ValType::FuncRef) return true;
  return a.bits == b.bits && (a.type != wasm::ValType::V128 || a.hi == b.hi);
}

bool same_outcome(const Outcome& a, const Outcome& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Outcome::Kind::Returned:
      return a.values.size() == b.values.size() &&
             std::equal(a.values.begin(), a.values.end(), b.values.begin(), same_value);
    case Outcome::Kind::Trapped:
      return a.trap == b.trap && (!a.wasm_offset || !b.wasm_offset || *a.wasm_offset == *b.wasm_offset);
    default: return true;
  }
}

Value f32(float v) { return Value::f32_bits(std::bit_cast<uint32_t>(v)); }
Value f64(double v) { return Value::f64_bits(std::bit_cast<uint64_t>(v)); }

Outcome returns(std::vector<Value> values) { return Outcome::returned(std::move(values)); }
Outcome traps(compile::TrapCode code) { return Outcome::trapped(code); }

}  // namespace tandem::baseline::testing
