#include "oracle/engines/wabt_features.h"

namespace tandem::oracle {

wabt::Features scope_features() {
  wabt::Features f;
#define WABT_FEATURE(variable, flag, default_, help) f.disable_##variable();
#include "wabt/feature.def"
#undef WABT_FEATURE
  f.enable_mutable_globals();
  f.enable_sign_extension();
  f.enable_sat_float_to_int();
  f.enable_multi_value();
  f.enable_bulk_memory();
  f.enable_reference_types();
  f.enable_simd();
  return f;
}

wabt::Features all_wabt_features() {
  wabt::Features f;
  f.EnableAll();
  return f;
}

std::span<const OutOfScopeFeature> out_of_scope_features() {
  static constexpr OutOfScopeFeature kFeatures[] = {
      {"tail-call", &wabt::Features::enable_tail_call, false},
      {"memory64", &wabt::Features::enable_memory64, false},
      {"threads", &wabt::Features::enable_threads, true},
      {"exceptions", &wabt::Features::enable_exceptions, true},
  };
  return kFeatures;
}

}  // namespace tandem::oracle
