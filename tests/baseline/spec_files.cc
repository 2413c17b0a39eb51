#include "tests/baseline/spec_files.h"

#include <algorithm>

namespace tandem::baseline::testing {

std::vector<std::string> non_simd_files() {
  namespace fs = std::filesystem;
  std::vector<std::string> names;
  std::error_code ec;
  if (kTestsuite.empty() || !fs::is_directory(kTestsuite, ec)) return names;
  for (const auto& entry : fs::directory_iterator(kTestsuite, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".wast" && name.rfind("simd_", 0) != 0) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<oracle::spec::Script> split_script(const oracle::spec::Script& script) {
  const auto& commands = script.commands;
  // The earliest command each position's suffix still refers to.
  std::vector<uint32_t> earliest_ref(commands.size() + 1, UINT32_MAX);
  for (size_t i = commands.size(); i-- > 0;) {
    uint32_t ref = earliest_ref[i + 1];
    const oracle::spec::Command& c = commands[i];
    if (c.action && c.action->module) ref = std::min(ref, *c.action->module);
    if (c.register_module) ref = std::min(ref, *c.register_module);
    earliest_ref[i] = ref;
  }
  std::vector<oracle::spec::Script> pieces;
  uint32_t start = 0, modules = 0;
  auto cut = [&](uint32_t end) {
    oracle::spec::Script piece;
    piece.filename = script.filename;
    piece.commands.assign(commands.begin() + start, commands.begin() + end);
    for (oracle::spec::Command& c : piece.commands) {
      if (c.action && c.action->module) *c.action->module -= start;
      if (c.register_module) *c.register_module -= start;
    }
    pieces.push_back(std::move(piece));
    start = end;
    modules = 0;
  };
  bool registered = false;  // a registered module may be imported by any later one: no cut after it
  for (uint32_t i = 0; i < commands.size(); ++i) {
    if (commands[i].kind == oracle::spec::CommandKind::Register) registered = true;
    if (commands[i].kind != oracle::spec::CommandKind::Module) continue;
    if (modules >= kModulesPerPiece && !registered && earliest_ref[i] >= i) cut(i);
    ++modules;
  }
  cut(static_cast<uint32_t>(commands.size()));
  return pieces;
}

}  // namespace tandem::baseline::testing
