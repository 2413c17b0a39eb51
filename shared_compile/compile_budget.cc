#include "shared_compile/compile_budget.h"

#include <fmt/format.h>

namespace tandem::compile {
namespace {

constexpr CompileStageInfo kStages[] = {
#define COMPILE_STAGE(id, name, backend, per_byte, floor) {CompileStage::id, name, Backend::backend, per_byte, floor},
#include "shared_compile/compile_stages.def"
#undef COMPILE_STAGE
};
static_assert(std::size(kStages) == kNumCompileStages);

}  // namespace

const CompileStageInfo& compile_stage_info(CompileStage stage) { return kStages[static_cast<uint32_t>(stage)]; }
const char* compile_stage_name(CompileStage stage) { return compile_stage_info(stage).name; }

void CompileBudget::begin_function(uint32_t func_index, uint64_t body_bytes, uint64_t num_locals) {
  func_index_ = func_index;
  body_bytes_ = body_bytes;
  num_locals_ = num_locals;
  exceeded_.reset();
  for (const CompileStageInfo& s : kStages) {
    uint32_t i = static_cast<uint32_t>(s.stage);
    used_[i] = 0;
    limit_[i] = (s.floor + s.per_byte * (body_bytes + num_locals)) * scale_percent_ / 100;
  }
}

Status CompileBudget::status() const {
  if (!exceeded_) return {};
  const CompileStageInfo& s = compile_stage_info(*exceeded_);
  return make_error(
      ErrorKind::CompileBlowup,
      fmt::format("compiling function {} did not finish within its budget: stage {} of the {} backend "
                  "went past {} work units (body of {} bytes, {} locals)",
                  func_index_, s.name, backend_name(s.backend), limit(*exceeded_), body_bytes_, num_locals_));
}

}  // namespace tandem::compile
