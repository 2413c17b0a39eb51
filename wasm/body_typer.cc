#include "wasm/body_typer.h"

#include "wasm/func_validator.h"

namespace tandem::wasm {

static_assert(BodyTyper::kUnknown == FuncValidator::kUnknown);

BodyTyper::BodyTyper(const Module& module)
    : all_declared_(module.num_funcs(), true), validator_(std::make_unique<FuncValidator>(module, all_declared_)) {}

BodyTyper::~BodyTyper() = default;

void BodyTyper::begin(const Function& func) { validator_->begin(func); }
Status BodyTyper::step(const Op& op) { return validator_->step_one(op); }
bool BodyTyper::finished() const { return validator_->finished(); }
std::span<const ValType> BodyTyper::stack() const { return validator_->operand_stack(); }
size_t BodyTyper::control_depth() const { return validator_->control_depth(); }
std::span<const ValType> BodyTyper::label_types(uint32_t depth) const { return validator_->label_types(depth); }
bool BodyTyper::unreachable() const { return validator_->unreachable(); }
size_t BodyTyper::frame_height() const { return validator_->frame_height(); }

}  // namespace tandem::wasm
