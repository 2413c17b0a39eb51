#include "oracle/reduce/regression.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>

#include "oracle/engines/text_format.h"
#include "oracle/engines/value_text.h"
#include "shared_compile/settings.h"
#include "wasm/decoder.h"

namespace tandem::oracle {
namespace {

constexpr std::string_view kHeader = ";; tandem regression";
constexpr std::string_view kDirectives[] = {"finding", "signature", "settings", "mixed-mask",
                                            "nan",     "calls",     "call",     "expect"};

// Levenshtein distance, for directives written almost right.
size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// A header line that is not one of the known directives but looks like
// one, which would otherwise pass as a comment and drop the settings or
// calls it meant: a lowercase word and a colon (";; expct: ..."), a word
// and a colon a slip away from a directive whatever its case (";;
// Settings: ...", ";; Expected: ..."), or a lowercase word a slip away
// from one without its colon (";; settings opt_level=none", ";; expcet
// ..."). A sentence (a capital, no colon: ";; Calls f twice") is a
// comment. Returns the word, or empty for a comment of the reader's.
std::string_view directive_like(std::string_view line) {
  std::string_view rest = line.substr(2);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  size_t n = 0;
  while (n < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[n])) || rest[n] == '-' || rest[n] == '_'))
    ++n;
  if (n == 0) return {};
  const std::string_view word = rest.substr(0, n);
  const bool colon = n < rest.size() && rest[n] == ':';
  const bool lowercase =
      std::none_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (colon && lowercase) return word;
  if (!colon && !lowercase) return {};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // A slip keeps the first letter; a short word is one edit from many
  // English ones ("all" from "call"), so it is allowed only one.
  for (std::string_view d : kDirectives)
    if (lower[0] == d[0] && edit_distance(lower, d) <= (d.size() <= 5 ? 1u : 2u)) return word;
  return {};
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

std::string value_to_arg_text(const Value& v) {
  switch (v.type) {
    case wasm::ValType::I32:
    case wasm::ValType::I64: return std::to_string(v.bits);
    case wasm::ValType::F32: return fmt::format("bits:{:#x}", static_cast<uint32_t>(v.bits));
    case wasm::ValType::F64: return fmt::format("bits:{:#x}", v.bits);
    case wasm::ValType::V128: return fmt::format("{:#018x}{:016x}", v.hi, v.bits);
    default: return v.null ? "null" : std::to_string(v.bits);
  }
}

Result<Regression> parse_regression(std::string_view text, std::string_view filename) {
  Regression r;
  if (text.substr(0, kHeader.size()) != kHeader)
    return make_error(ErrorKind::Usage, fmt::format("{}: does not start with '{}'", filename, kHeader));
  struct CallLine {
    std::string name;
    std::vector<std::string> values;
  };
  std::vector<CallLine> calls;
  bool calls_none = false;
  size_t pos = 0, line_no = 0, module_start = std::string_view::npos;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    ++line_no;
    auto field = [&line](std::string_view key) -> std::optional<std::string_view> {
      if (line.substr(0, key.size()) != key) return std::nullopt;
      std::string_view rest = line.substr(key.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      return rest;
    };
    if (!line.starts_with(";;")) {
      if (!line.empty()) {
        module_start = pos;
        break;
      }
    } else if (auto v = field(";; finding:")) {
      r.finding = std::string(*v);
    } else if (auto v = field(";; signature:")) {
      r.signature = std::string(*v);
    } else if (auto v = field(";; settings:")) {
      r.settings = split_words(*v);
    } else if (auto v = field(";; call:")) {
      std::vector<std::string> words = split_words(*v);
      if (words.empty())
        return make_error(ErrorKind::Usage, fmt::format("{}:{}: a call names no export", filename, line_no));
      calls.push_back({words[0], std::vector<std::string>(words.begin() + 1, words.end())});
    } else if (auto v = field(";; expect:")) {
      if (r.expected.size() + 1 != calls.size())
        return make_error(ErrorKind::Usage,
                          fmt::format("{}:{}: an expect line must follow its call line", filename, line_no));
      r.expected.emplace_back(*v);
    } else if (auto v = field(";; mixed-mask:")) {
      std::string text(*v);
      char* end = nullptr;
      errno = 0;
      uint64_t mask = std::strtoull(text.c_str(), &end, 0);
      if (text.empty() || *end != '\0' || errno != 0)
        return make_error(ErrorKind::Usage,
                          fmt::format("{}:{}: mixed-mask '{}' is not a number", filename, line_no, text));
      r.mixed_mask = mask;
    } else if (auto v = field(";; nan:")) {
      if (*v != "spec" && *v != "exact")
        return make_error(ErrorKind::Usage,
                          fmt::format("{}:{}: nan takes 'spec' or 'exact', not '{}'", filename, line_no, *v));
      r.nan_policy = *v == "spec" ? NanPolicy::Spec : NanPolicy::Exact;
    } else if (auto v = field(";; calls:")) {
      if (*v != "none")
        return make_error(ErrorKind::Usage, fmt::format("{}:{}: 'calls:' takes only 'none' (calls are 'call:' lines)",
                                                        filename, line_no));
      calls_none = true;
    } else if (std::string_view key = directive_like(line); !key.empty()) {
      std::string known;
      for (std::string_view d : kDirectives) known += (known.empty() ? "" : ", ") + std::string(d) + ":";
      return make_error(ErrorKind::Usage, fmt::format("{}:{}: unknown directive '{}' (a directive is one of {}, in "
                                                      "lowercase with its colon; reword a comment that starts so)",
                                                      filename, line_no, key, known));
    }
    pos = end + 1;
  }
  if (module_start == std::string_view::npos)
    return make_error(ErrorKind::Usage, fmt::format("{}: no module after the header", filename));
  if (calls.empty() && !calls_none)
    return make_error(ErrorKind::Usage,
                      fmt::format("{}: no call: add ';; call:' lines, or ';; calls: none' for a finding at "
                                  "instantiation",
                                  filename));
  if (!calls.empty() && calls_none)
    return make_error(ErrorKind::Usage, fmt::format("{}: ';; calls: none' and ';; call:' lines", filename));
  if (r.expected.size() != calls.size())
    return make_error(ErrorKind::Usage, fmt::format("{}: call {} ({}) has no expect line", filename, r.expected.size(),
                                                    calls[r.expected.size()].name));
  r.module_text = std::string(text.substr(module_start));
  TANDEM_TRY(r.diff_case.wasm, wat_to_wasm(r.module_text, filename));
  Result<wasm::Module> m = wasm::decode(r.diff_case.wasm);
  if (!m) return make_error(ErrorKind::Usage, fmt::format("{}: {}", filename, m.error().to_string()));
  for (const CallLine& c : calls) {
    const wasm::Export* e = m->find_export(c.name);
    if (!e || e->kind != wasm::ExternKind::Func)
      return make_error(ErrorKind::Usage, fmt::format("{}: no exported function '{}'", filename, c.name));
    const wasm::FuncType& type = m->func_type(e->index);
    if (type.params.size() != c.values.size())
      return make_error(ErrorKind::Usage,
                        fmt::format("{}: '{}' takes {} arguments", filename, c.name, type.params.size()));
    DiffCall call{c.name, {}};
    for (size_t i = 0; i < c.values.size(); ++i) {
      TANDEM_TRY(Value v, parse_value(c.values[i], type.params[i]));
      call.args.push_back(v);
    }
    r.diff_case.calls.push_back(std::move(call));
  }
  return r;
}

Result<std::vector<std::string>> explicit_settings(const std::vector<std::string>& given) {
  // The optimizing builder accepts every setting.
  compile::SettingsBuilder builder(compile::Backend::Optimizing);
  for (const std::string& s : given) TANDEM_TRY_STATUS(builder.set_assignment(s));
  return split_words(builder.settings().to_string());
}

Result<std::string> format_regression(const Regression& r) {
  std::string out(kHeader);
  out += "\n";
  if (!r.finding.empty()) out += fmt::format(";; finding: {}\n", r.finding);
  if (!r.signature.empty()) out += fmt::format(";; signature: {}\n", r.signature);
  if (!r.settings.empty()) {
    out += ";; settings:";
    for (const std::string& s : r.settings) out += " " + s;
    out += "\n";
  }
  if (r.mixed_mask) out += fmt::format(";; mixed-mask: {:#x}\n", *r.mixed_mask);
  if (r.nan_policy == NanPolicy::Spec) out += ";; nan: spec\n";
  if (r.diff_case.calls.empty()) out += ";; calls: none\n";
  for (size_t i = 0; i < r.diff_case.calls.size(); ++i) {
    const DiffCall& c = r.diff_case.calls[i];
    out += ";; call: " + c.export_name;
    for (const Value& v : c.args) out += " " + value_to_arg_text(v);
    out += "\n";
    if (i < r.expected.size()) out += fmt::format(";; expect: {}\n", r.expected[i]);
  }
  TANDEM_TRY(std::string wat, wasm_to_wat(r.diff_case.wasm));
  return out + cap_indentation(wat, kMaxIndent);
}

std::string cap_indentation(std::string_view text, size_t max_indent) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) indent = line.size();
    out.append(std::min(indent, max_indent), ' ');
    out.append(line.substr(indent));
    if (end < text.size()) out += '\n';
    i = end + 1;
  }
  return out;
}

Result<std::vector<std::string>> reference_outcomes(const DiffCase& c, const std::vector<std::string>& settings) {
  DiffOptions o;
  o.settings = settings;
  o.spectest_imports = true;  // as every replay (Regression::diff_options)
  o.keep_transcript = true;
  o.locate_operators = false;  // only the interpreter's outcomes are wanted
  o.with_mixed = false;
  o.check_determinism = false;
  o.check_tables = false;
  TANDEM_TRY(std::unique_ptr<DifferentialOracle> oracle, DifferentialOracle::create(o));
  DiffVerdict v = oracle->run(c);
  std::vector<std::string> out;
  for (const TranscriptRow& row : v.transcript)
    if (row.label != "(instantiate)" && !row.outcomes.empty()) out.push_back(row.outcomes[0]);
  return out;
}

DiffOptions Regression::diff_options() const {
  DiffOptions o;
  o.settings = settings;
  if (mixed_mask) o.mixed_mask = *mixed_mask;
  o.nan_policy = nan_policy;
  o.with_optimizing_unoptimized = true;
  // The host modules `tandem diff` links: a module that imports spectest
  // (a plain module's finding) replays as diff found it; to any other
  // module they make no difference.
  o.spectest_imports = true;
  return o;
}

ReplayResult replay_regression(const Regression& r) {
  DiffOptions o = r.diff_options();
  o.keep_transcript = true;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(o);
  if (!oracle) return {false, oracle.error().to_string()};
  DiffVerdict v = (*oracle)->run(r.diff_case);
  if (v.kind == DiffVerdict::Kind::Mismatch) return {false, v.finding->to_string()};
  if (v.kind == DiffVerdict::Kind::Inconclusive) return {false, "inconclusive: " + v.inconclusive_reason};
  size_t call = 0;
  for (const TranscriptRow& row : v.transcript) {
    if (row.label == "(instantiate)") continue;
    if (call < r.expected.size() && row.outcomes[0] != r.expected[call])
      return {false, fmt::format("call {} ({}): expected '{}', the interpreter says '{}'", call, row.label,
                                 r.expected[call], row.outcomes[0])};
    ++call;
  }
  return {true, fmt::format("{} calls agree on every engine", v.calls_compared)};
}

}  // namespace tandem::oracle
