#include "shared_compile/libcall.h"

#include <cmath>

namespace tandem::compile {
namespace {

constexpr const char* kSymbols[] = {
#define LIBCALL(name, symbol, sig) symbol,
#include "shared_compile/libcalls.def"
#undef LIBCALL
};

// IEEE roundTiesToEven for `nearest`: std::nearbyint under the default
// rounding mode, which wasm code never changes. NaNs are returned quieted,
// as the hardware instructions would.
float ceil_f32(float x) { return std::ceil(x); }
float floor_f32(float x) { return std::floor(x); }
float trunc_f32(float x) { return std::trunc(x); }
float nearest_f32(float x) { return std::nearbyint(x); }
double ceil_f64(double x) { return std::ceil(x); }
double floor_f64(double x) { return std::floor(x); }
double trunc_f64(double x) { return std::trunc(x); }
double nearest_f64(double x) { return std::nearbyint(x); }

}  // namespace

const char* libcall_symbol(LibCall call) { return kSymbols[static_cast<uint8_t>(call)]; }

const void* pure_libcall_address(LibCall call) {
  switch (call) {
    case LibCall::CeilF32: return reinterpret_cast<const void*>(&ceil_f32);
    case LibCall::FloorF32: return reinterpret_cast<const void*>(&floor_f32);
    case LibCall::TruncF32: return reinterpret_cast<const void*>(&trunc_f32);
    case LibCall::NearestF32: return reinterpret_cast<const void*>(&nearest_f32);
    case LibCall::CeilF64: return reinterpret_cast<const void*>(&ceil_f64);
    case LibCall::FloorF64: return reinterpret_cast<const void*>(&floor_f64);
    case LibCall::TruncF64: return reinterpret_cast<const void*>(&trunc_f64);
    case LibCall::NearestF64: return reinterpret_cast<const void*>(&nearest_f64);
    default: return nullptr;
  }
}

}  // namespace tandem::compile
