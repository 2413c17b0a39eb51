// Compile-work budgets. Every compiler stage whose work can grow faster
// than the function (compile_stages.def) counts that work here, against a
// limit proportional to the function body's size. A stage past its limit is
// a compile_blowup: the compiler stops and returns ErrorKind::CompileBlowup
// naming the function, the backend and the stage. Work, not time, so the
// verdict is the same on every machine and under every sanitizer, and a
// reducer can shrink the module while it holds.
//
// A counted loop that could run forever checks spend()'s answer and leaves
// as soon as it is false; a loop that always ends may count and carry on,
// and the compiler reports the blowup when the stage is over.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "shared_compile/settings.h"
#include "wasm/result.h"

namespace tandem::compile {

enum class CompileStage : uint8_t {
#define COMPILE_STAGE(id, name, backend, per_byte, floor) id,
#include "shared_compile/compile_stages.def"
#undef COMPILE_STAGE
};

inline constexpr uint32_t kNumCompileStages = 0
#define COMPILE_STAGE(id, name, backend, per_byte, floor) +1
#include "shared_compile/compile_stages.def"
#undef COMPILE_STAGE
    ;

struct CompileStageInfo {
  CompileStage stage;
  const char* name;
  Backend backend;
  uint64_t per_byte;
  uint64_t floor;
};
const CompileStageInfo& compile_stage_info(CompileStage stage);
const char* compile_stage_name(CompileStage stage);

class CompileBudget {
 public:
  // Starts a function: every stage at zero, its limit
  // floor + per_byte * (body_bytes + num_locals), times the scale. Locals count because a few bytes can declare
  // thousands of them, and stages see each one.
  void begin_function(uint32_t func_index, uint64_t body_bytes, uint64_t num_locals);

  // Counts `units` of work in `stage`. False once the stage has gone past
  // its limit; it stays false for the rest of the function.
  bool spend(CompileStage stage, uint64_t units = 1) {
    uint32_t s = static_cast<uint32_t>(stage);
    used_[s] += units;
    if (used_[s] <= limit_[s]) [[likely]]
      return true;
    if (!exceeded_) exceeded_ = stage;
    return false;
  }

  bool exceeded() const { return exceeded_.has_value(); }
  std::optional<CompileStage> exceeded_stage() const { return exceeded_; }
  // Ok, or the CompileBlowup error: "compiling function 12 did not finish
  // within its budget: stage regalloc of the optimizing backend went past
  // 4542464 work units (body of 1101 bytes, 30 locals)".
  Status status() const;

  uint64_t used(CompileStage stage) const { return used_[static_cast<uint32_t>(stage)]; }
  uint64_t limit(CompileStage stage) const { return limit_[static_cast<uint32_t>(stage)]; }
  uint32_t func_index() const { return func_index_; }
  uint64_t body_bytes() const { return body_bytes_; }
  uint64_t num_locals() const { return num_locals_; }

  // Every limit times percent / 100, from the next begin_function on: a
  // user whose function legitimately needs more raises it, a test shrinks
  // it to plant a blowup without a huge function.
  void set_scale_percent(uint32_t percent) { scale_percent_ = percent; }
  uint32_t scale_percent() const { return scale_percent_; }

 private:
  std::array<uint64_t, kNumCompileStages> used_{};
  std::array<uint64_t, kNumCompileStages> limit_{};
  std::optional<CompileStage> exceeded_;
  uint32_t func_index_ = 0;
  uint64_t body_bytes_ = 0;
  uint64_t num_locals_ = 0;
  uint32_t scale_percent_ = 100;
};

// A stage run on its own (a unit test, a benchmark) has no budget: a null
// budget counts nothing and never runs out.
inline bool spend(CompileBudget* budget, CompileStage stage, uint64_t units = 1) {
  return budget == nullptr || budget->spend(stage, units);
}

}  // namespace tandem::compile
