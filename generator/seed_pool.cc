// SeedPool: every seed decoded, validated and indexed once per process,
// so that slicing a seed per input walks only the functions it keeps.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "generator/real_module.h"
#include "wasm/op_reader.h"
#include "wasm/simd_use.h"
#include "wasm/validator.h"

namespace tandem::generator {

namespace {

// A root worth a slice has some code of its own: with fewer operators the
// slice is a thunk and the calls it makes, which leave through imports.
constexpr uint32_t kMinRootOps = 8;

Status index_functions(Seed& seed) {
  const wasm::Module& m = seed.module;
  std::vector<uint32_t> found;
  seed.funcs.resize(m.functions.size());
  for (size_t i = 0; i < m.functions.size(); ++i) {
    const wasm::Function& f = m.functions[i];
    SeedFunction& sf = seed.funcs[i];
    sf.body_bytes = f.code_end - f.code_start;
    found.clear();
    wasm::OpReader reader(m.bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      TANDEM_TRY(wasm::Op op, reader.next());
      ++sf.num_ops;
      if (op.opcode == wasm::Opcode::Call) found.push_back(op.index);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    sf.first_callee = static_cast<uint32_t>(seed.callees.size());
    sf.num_callees = static_cast<uint32_t>(found.size());
    seed.callees.insert(seed.callees.end(), found.begin(), found.end());
    if (sf.num_ops >= kMinRootOps) seed.roots.push_back(m.num_imported_funcs + static_cast<uint32_t>(i));
  }
  if (seed.roots.empty())
    for (size_t i = 0; i < m.functions.size(); ++i)
      seed.roots.push_back(m.num_imported_funcs + static_cast<uint32_t>(i));
  return {};
}

}  // namespace

Status SeedPool::add(std::string name, std::span<const uint8_t> wasm) {
  Result<wasm::Module> module = wasm::decode_and_validate(wasm);
  if (!module.ok()) {
    const Error& e = module.error();
    return make_error(e.kind, fmt::format("seed {}: {}", name, e.to_string()));
  }
  if (module->functions.empty())
    return make_error(ErrorKind::Usage, fmt::format("seed {}: no defined functions to slice", name));
  // Its slices go to the native engines, which refuse SIMD yet (and the
  // slicer has no v128 zero for what it turns into definitions).
  Status simd = wasm::refuse_simd_declarations(*module);
  for (uint32_t f = module->num_imported_funcs; simd.ok() && f < module->num_funcs(); ++f)
    simd = wasm::refuse_simd_function(*module, f);
  if (!simd.ok()) return make_error(ErrorKind::Unsupported, fmt::format("seed {}: {}", name, simd.error().to_string()));
  auto seed = std::make_unique<Seed>();
  seed->name = std::move(name);
  seed->module = std::move(*module);
  TANDEM_TRY_STATUS(index_functions(*seed));
  seeds_.push_back(std::move(seed));
  return {};
}

Status SeedPool::add_directory(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".wasm") files.push_back(entry.path());
  if (ec) return make_error(ErrorKind::Io, fmt::format("cannot list {}: {}", dir, ec.message()));
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream file(path, std::ios::binary);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (!file.good() && !file.eof()) return make_error(ErrorKind::Io, fmt::format("cannot read {}", path.string()));
    TANDEM_TRY_STATUS(add(path.filename().string(), bytes));
  }
  return {};
}

}  // namespace tandem::generator
