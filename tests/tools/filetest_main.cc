// File tests of the compile stages: a .wat whose first line names the stage
// (";; test: translate | optimize | vcode | allocated | compile"), then the
// module, then one expectation section per backend that has the stage,
// each line of it behind ";; ". The text is what `tandem compile --stage`
// prints (oracle/checks/stage_text.h), under fixed settings so that it does not
// depend on the machine. With TANDEM_BLESS=1 the sections are rewritten
// from what the compilers make now, so a change in their output is a diff
// in review.
//
// Optional header lines after the first:
//   ;; settings: name=value ...   more settings (each backend takes those it accepts)
//   ;; engines: optimizing        only these backends (default: each that has the stage)
//
//   tandem_filetest FILE.wat
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "oracle/checks/stage_text.h"
#include "oracle/engines/text_format.h"
#include "wasm/validator.h"

namespace {

using namespace tandem;

// The machine code must not depend on the CPU that runs the test: every
// ISA flag is on (the tests only compile).
std::vector<std::string> fixed_settings() {
  std::vector<std::string> out = {"bounds_checks=guard", "stack_limit_checks=true"};
  for (const compile::SettingInfo& info : compile::all_settings())
    if (info.is_isa_flag) out.push_back(std::string(info.name) + "=true");
  return out;
}
constexpr const char* kBackends[] = {"baseline", "optimizing"};

struct FileTest {
  oracle::Stage stage = oracle::Stage::Asm;
  std::vector<std::string> settings;
  std::vector<std::string> engines;
  std::string source;                                         // everything before the first section
  std::vector<std::pair<std::string, std::string>> sections;  // marker line, expected text
};

std::string marker(const std::string& engine, oracle::Stage stage) {
  return fmt::format(";; ---- {} {} (TANDEM_BLESS=1 regenerates) ----", engine, oracle::stage_name(stage));
}

std::vector<std::string> words_after(const std::string& line, const std::string& prefix) {
  std::vector<std::string> out;
  for (size_t i = prefix.size(); i < line.size();) {
    size_t j = line.find(' ', i);
    if (j == std::string::npos) j = line.size();
    if (j > i) out.push_back(line.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

Result<FileTest> parse(const std::string& text, const std::string& path) {
  FileTest t;
  std::vector<std::string> lines;
  for (size_t i = 0; i < text.size();) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    lines.push_back(text.substr(i, j - i));
    i = j + 1;
  }
  const std::string kTest = ";; test: ";
  if (lines.empty() || lines[0].rfind(kTest, 0) != 0)
    return make_error(ErrorKind::Usage, fmt::format("{}: the first line must be ';; test: {}'", path,
                                                    "translate | optimize | vcode | allocated | compile"));
  std::optional<oracle::Stage> stage = oracle::parse_stage(lines[0].substr(kTest.size()));
  if (!stage || lines[0].substr(kTest.size()) == "asm")
    return make_error(ErrorKind::Usage, fmt::format("{}: unknown test kind '{}'", path, lines[0].substr(kTest.size())));
  t.stage = *stage;
  size_t i = 1;
  for (; i < lines.size() && lines[i].rfind(";; ", 0) == 0; ++i) {
    if (lines[i].rfind(";; settings: ", 0) == 0) {
      for (std::string& w : words_after(lines[i], ";; settings: ")) t.settings.push_back(std::move(w));
    } else if (lines[i].rfind(";; engines: ", 0) == 0) {
      t.engines = words_after(lines[i], ";; engines: ");
    }
  }
  size_t first_section = 0;
  while (first_section < lines.size() && lines[first_section].rfind(";; ---- ", 0) != 0) ++first_section;
  for (size_t k = 0; k < first_section; ++k) t.source += lines[k] + "\n";
  while (!t.source.empty() && (t.source.back() == '\n' || t.source.back() == ' ')) t.source.pop_back();
  for (size_t k = first_section; k < lines.size(); ++k) {
    if (lines[k].rfind(";; ---- ", 0) == 0) {
      t.sections.emplace_back(lines[k], "");
    } else if (lines[k] == ";;") {
      t.sections.back().second += "\n";
    } else if (lines[k].rfind(";; ", 0) == 0) {
      t.sections.back().second += lines[k].substr(3) + "\n";
    } else if (!lines[k].empty()) {
      return make_error(ErrorKind::Usage, fmt::format("{}:{}: an expectation line must start with ';; '", path, k + 1));
    }
  }
  return t;
}

Result<std::string> actual_text(const wasm::Module& module, const FileTest& t, compile::Backend backend) {
  oracle::StageTextOptions options;
  options.backend = backend;
  options.stage = t.stage;
  options.wasm_offsets = false;
  std::vector<std::string> settings = fixed_settings();
  settings.insert(settings.end(), t.settings.begin(), t.settings.end());
  options.settings = compile::settings_for_backend(backend, settings);
  TANDEM_TRY(oracle::StageText text, oracle::stage_text(module, options));
  return std::move(text.text);
}

std::string commented(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    std::string line = text.substr(i, j - i);
    out += line.empty() ? ";;\n" : ";; " + line + "\n";
    i = j + 1;
  }
  return out;
}

int run(const std::string& path) {
  Result<std::vector<uint8_t>> file = oracle::read_file(path);
  if (!file) {
    fmt::print(stderr, "{}\n", file.error().to_string());
    return 2;
  }
  Result<FileTest> test = parse(std::string(file->begin(), file->end()), path);
  if (!test) {
    fmt::print(stderr, "{}\n", test.error().to_string());
    return 2;
  }
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(test->source, path);
  if (!wasm) {
    fmt::print(stderr, "{}\n", wasm.error().to_string());
    return 2;
  }
  Result<wasm::Module> module = wasm::decode_and_validate(*wasm);
  if (!module) {
    fmt::print(stderr, "{}: {}\n", path, module.error().to_string());
    return 2;
  }

  // Each backend named, or each that has the stage.
  std::vector<std::pair<std::string, std::string>> actual;  // marker, text
  for (const char* engine : kBackends) {
    bool named =
        test->engines.empty() || std::find(test->engines.begin(), test->engines.end(), engine) != test->engines.end();
    if (!named) continue;
    compile::Backend backend =
        std::string(engine) == "baseline" ? compile::Backend::Baseline : compile::Backend::Optimizing;
    Result<std::string> text = actual_text(*module, *test, backend);
    if (!text) {
      if (test->engines.empty() && test->stage != oracle::Stage::Asm) continue;  // no such stage here
      fmt::print(stderr, "{}: {}\n", path, text.error().to_string());
      return 2;
    }
    actual.emplace_back(marker(engine, test->stage), std::move(*text));
  }
  if (actual.empty()) {
    fmt::print(stderr, "{}: no backend has the {} stage\n", path, oracle::stage_name(test->stage));
    return 2;
  }

  if (const char* bless = std::getenv("TANDEM_BLESS"); bless && std::string(bless) == "1") {
    std::string out = test->source + "\n";
    for (const auto& [line, text] : actual) out += "\n" + line + "\n" + commented(text);
    Status st =
        oracle::write_file(path, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(out.data()), out.size()));
    if (!st) {
      fmt::print(stderr, "{}\n", st.error().to_string());
      return 2;
    }
    fmt::print("blessed {}\n", path);
    return 0;
  }
  int status = 0;
  for (const auto& [line, text] : actual) {
    const std::string& wanted_marker = line;
    auto expected = std::find_if(test->sections.begin(), test->sections.end(),
                                 [&](const auto& s) { return s.first == wanted_marker; });
    if (expected == test->sections.end()) {
      fmt::print(stderr, "{}: no section '{}' (run with TANDEM_BLESS=1 to write it)\n", path, line);
      status = 1;
      continue;
    }
    const std::string& want = expected->second;
    if (want == text) continue;
    size_t line_no = 1, i = 0;
    while (i < text.size() && i < want.size() && text[i] == want[i]) line_no += text[i++] == '\n';
    fmt::print(stderr, "{}: '{}' differs from the expectation at its line {}\n", path, line, line_no);
    fmt::print(stderr, "--- expected\n{}--- actual\n{}", want, text);
    fmt::print(stderr, "(run with TANDEM_BLESS=1 to accept the new text)\n");
    status = 1;
  }
  if (test->sections.size() != actual.size()) {
    fmt::print(stderr, "{}: {} expectation sections for {} backends (TANDEM_BLESS=1 rewrites them)\n", path,
               test->sections.size(), actual.size());
    status = 1;
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: tandem_filetest FILE.wat\n");
    return 2;
  }
  return run(argv[1]);
}
