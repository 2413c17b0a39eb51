#include "generator/generator.h"

#include <algorithm>

#include "generator/module_generator.h"
#include "generator/module_plan.h"

namespace tandem::generator {

OpClassSet OpUsage::classes() const {
  OpClassSet s;
  for (uint32_t i = 0; i < wasm::kNumOpClasses; ++i)
    if (class_counts[i]) s.set(i);
  return s;
}

ShapeSet OpUsage::shapes() const {
  ShapeSet s;
  for (uint32_t i = 0; i < kNumShapes; ++i)
    if (shape_counts[i]) s.set(i);
  return s;
}

uint32_t OpUsage::total() const {
  uint32_t n = 0;
  for (uint32_t c : class_counts) n += c;
  return n;
}

uint32_t TypePool::intern(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results) {
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    std::span<const wasm::ValType> p = this->params(i), r = this->results(i);
    if (p.size() == params.size() && r.size() == results.size() && std::equal(p.begin(), p.end(), params.begin()) &&
        std::equal(r.begin(), r.end(), results.begin()))
      return i;
  }
  Entry e{static_cast<uint32_t>(types_.size()), static_cast<uint32_t>(params.size()),
          static_cast<uint32_t>(results.size())};
  types_.insert(types_.end(), params.begin(), params.end());
  types_.insert(types_.end(), results.begin(), results.end());
  entries_.push_back(e);
  return static_cast<uint32_t>(entries_.size() - 1);
}

Generator::Generator() : impl_(std::make_unique<ModuleGenerator>()) {}
Generator::~Generator() = default;

Status Generator::generate(std::span<const uint8_t> fuzz, const GeneratorConfig& config, GeneratedModule& out) {
  return impl_->generate(fuzz, config, out);
}

Result<GeneratedModule> Generator::generate(std::span<const uint8_t> fuzz, const GeneratorConfig& config) {
  GeneratedModule out;
  TANDEM_TRY_STATUS(impl_->generate(fuzz, config, out));
  return out;
}

Status Generator::generate_swarm(std::span<const uint8_t> fuzz, Scope scope, GeneratedModule& out) {
  GeneratorConfig config = GeneratorConfig::from_fuzz(fuzz, scope);
  size_t skip = std::min(fuzz.size(), GeneratorConfig::kSwarmBytes);
  return impl_->generate(fuzz.subspan(skip), config, out);
}

}  // namespace tandem::generator
