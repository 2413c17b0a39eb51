#include "oracle/sweep/operator_sweep.h"

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/sweep/sweep_memory.h"
#include "oracle/sweep/sweep_simd.h"
#include "oracle/sweep/sweep_special.h"
#include "shared_compile/settings.h"
#include "wasm/edge_value_tiers.h"

namespace tandem::oracle {
namespace {

using wasm::OpClass;
using wasm::OpInfo;
using wasm::SigType;
using wasm::ValType;

Value value_of(ValType t, uint64_t bits) { return Value{t, bits, false}; }

// The values the sweep combines, per operand type: every value where the
// spec's rules are sharpest.
std::span<const uint64_t> sweep_edges(ValType type) { return wasm::edge_values(type, wasm::EdgeTier::Interesting); }

// Float results the spec lets be any NaN (opcodes.def's Nan column) compare
// as NaN-or-not; everything else bit for bit.
NanPolicy nan_policy_for(const OpInfo& op) { return op.nan_nondeterministic ? NanPolicy::Spec : NanPolicy::Exact; }

bool is_numeric(OpClass c) {
  switch (c) {
    case OpClass::IntCompare:
    case OpClass::IntUnary:
    case OpClass::IntArith:
    case OpClass::IntDivRem:
    case OpClass::IntShift:
    case OpClass::FloatCompare:
    case OpClass::FloatUnary:
    case OpClass::FloatRound:
    case OpClass::FloatArith:
    case OpClass::FloatMinMax:
    case OpClass::Convert:
    case OpClass::Truncate:
    case OpClass::TruncSat:
    case OpClass::Reinterpret:
    case OpClass::SignExtend: return true;
    default: return false;
  }
}

// `(func (export "op") (param a b) (result r) local.get 0 local.get 1 OP)`
// called with the product of the operands' edge values.
SweepCase numeric_case(const OpInfo& op) {
  SweepCase c;
  c.name = op.text;
  c.covers = {op.opcode};
  c.nan_policy = nan_policy_for(op);
  std::vector<ValType> params;
  for (SigType t : op.in)
    if (t != SigType::None) params.push_back(wasm::sig_val_type(t));
  std::string param_text, body;
  for (size_t i = 0; i < params.size(); ++i) {
    param_text += fmt::format(" {}", wasm::val_type_name(params[i]));
    body += fmt::format(" local.get {}", i);
  }
  c.wat = fmt::format("(module (func (export \"op\") (param{}) (result {}){} {}))", param_text,
                      wasm::val_type_name(wasm::sig_val_type(op.out)), body, op.text);
  std::vector<size_t> index(params.size(), 0);
  while (true) {
    DiffCall call{"op", {}};
    for (size_t i = 0; i < params.size(); ++i)
      call.args.push_back(value_of(params[i], sweep_edges(params[i])[index[i]]));
    c.calls.push_back(std::move(call));
    size_t k = 0;
    while (k < params.size() && ++index[k] == sweep_edges(params[k]).size()) index[k++] = 0;
    if (k == params.size()) break;
  }
  return c;
}

// The text of a constant of type t with the given bits.
std::string const_text(ValType t, uint64_t bits) {
  switch (t) {
    case ValType::I32: return fmt::format("i32.const {}", static_cast<int32_t>(bits));
    case ValType::I64: return fmt::format("i64.const {}", static_cast<int64_t>(bits));
    case ValType::F32: return fmt::format("f32.const {}", wasm_float_text(static_cast<uint32_t>(bits)));
    default: return fmt::format("f64.const {}", wasm_double_text(bits));
  }
}

// The same operator with some operands as constants, so that the backends'
// immediate forms and constant folding meet every edge too: for a unary
// operator one function per constant operand; for a binary one, the left
// or the right operand constant (one function per edge, called with every
// edge for the other), and both constant over the first kBothConst edges.
constexpr size_t kBothConst = 12;

std::vector<SweepCase> constant_operand_cases(const OpInfo& op) {
  std::vector<ValType> params;
  for (SigType t : op.in)
    if (t != SigType::None) params.push_back(wasm::sig_val_type(t));
  const char* result = wasm::val_type_name(wasm::sig_val_type(op.out));
  std::vector<SweepCase> out;
  auto make = [&](const char* variant) {
    SweepCase c;
    c.name = fmt::format("{} ({})", op.text, variant);
    c.covers = {op.opcode};
    c.nan_policy = nan_policy_for(op);
    return c;
  };
  if (params.size() == 1) {
    SweepCase c = make("constant operand");
    std::string funcs;
    std::span<const uint64_t> edges = sweep_edges(params[0]);
    for (size_t i = 0; i < edges.size(); ++i) {
      funcs += fmt::format(" (func (export \"k{}\") (result {}) {} {})", i, result, const_text(params[0], edges[i]),
                           op.text);
      c.calls.push_back(DiffCall{fmt::format("k{}", i), {}});
    }
    c.wat = "(module" + funcs + ")";
    out.push_back(std::move(c));
    return out;
  }
  if (params.size() != 2) return out;
  for (int side = 0; side < 2; ++side) {
    SweepCase c = make(side == 0 ? "constant left" : "constant right");
    ValType k = params[side], v = params[1 - side];
    std::span<const uint64_t> kedges = sweep_edges(k), vedges = sweep_edges(v);
    std::string funcs;
    for (size_t i = 0; i < kedges.size(); ++i) {
      std::string konst = const_text(k, kedges[i]);
      funcs += fmt::format(" (func (export \"k{}\") (param {}) (result {}) {} {} {})", i, wasm::val_type_name(v),
                           result, side == 0 ? konst : "local.get 0", side == 0 ? "local.get 0" : konst, op.text);
      for (uint64_t x : vedges) c.calls.push_back(DiffCall{fmt::format("k{}", i), {value_of(v, x)}});
    }
    c.wat = "(module" + funcs + ")";
    out.push_back(std::move(c));
  }
  SweepCase both = make("both constant");
  std::string funcs;
  std::span<const uint64_t> a = sweep_edges(params[0]), b = sweep_edges(params[1]);
  for (size_t i = 0; i < std::min(kBothConst, a.size()); ++i)
    for (size_t j = 0; j < std::min(kBothConst, b.size()); ++j) {
      std::string name = fmt::format("k{}_{}", i, j);
      funcs += fmt::format(" (func (export \"{}\") (result {}) {} {} {})", name, result, const_text(params[0], a[i]),
                           const_text(params[1], b[j]), op.text);
      both.calls.push_back(DiffCall{name, {}});
    }
  both.wat = "(module" + funcs + ")";
  out.push_back(std::move(both));
  return out;
}

// `T.const` immediates: one function per edge value.
SweepCase const_case(const OpInfo& op) {
  ValType t = wasm::sig_val_type(op.out);
  SweepCase c;
  c.name = op.text;
  c.covers = {op.opcode};
  std::string funcs;
  std::span<const uint64_t> edges = sweep_edges(t);
  for (size_t i = 0; i < edges.size(); ++i) {
    funcs += fmt::format(" (func (export \"c{}\") (result {}) {})", i, wasm::val_type_name(t), const_text(t, edges[i]));
    c.calls.push_back(DiffCall{fmt::format("c{}", i), {}});
  }
  c.wat = "(module" + funcs + ")";
  return c;
}

using sweep_memory::kAddresses;
using sweep_memory::kMemoryWithData;
using sweep_memory::kOffsets;

SweepCase load_case(const OpInfo& op) {
  SweepCase c;
  c.name = op.text;
  c.covers = {op.opcode};
  std::string funcs;
  for (size_t o = 0; o < std::size(kOffsets); ++o) {
    funcs += fmt::format(" (func (export \"o{}\") (param i32) (result {}) local.get 0 {} offset={})", o,
                         wasm::val_type_name(wasm::sig_val_type(op.out)), op.text, kOffsets[o]);
    for (uint32_t a : kAddresses) c.calls.push_back(DiffCall{fmt::format("o{}", o), {Value::i32(a)}});
  }
  c.wat = fmt::format("(module {}{})", kMemoryWithData, funcs);
  return c;
}

SweepCase store_case(const OpInfo& op) {
  SweepCase c;
  c.name = op.text;
  c.covers = {op.opcode};
  ValType vt = wasm::sig_val_type(op.in[1]);
  std::string funcs;
  std::span<const uint64_t> values = sweep_edges(vt);
  for (size_t o = 0; o < std::size(kOffsets); ++o) {
    funcs += fmt::format(" (func (export \"o{}\") (param i32 {}) local.get 0 local.get 1 {} offset={})", o,
                         wasm::val_type_name(vt), op.text, kOffsets[o]);
    for (size_t a = 0; a < std::size(kAddresses); ++a)
      c.calls.push_back(DiffCall{fmt::format("o{}", o),
                                 {Value::i32(kAddresses[a]), value_of(vt, values[(a * 7 + o) % values.size()])}});
  }
  c.wat = fmt::format("(module {}{})", kMemoryWithData, funcs);
  return c;
}

}  // namespace

std::vector<std::vector<std::string>> default_sweep_settings() {
  // Every ISA flag of settings.def: at the host's value, then off.
  compile::Settings host;
  host.isa = compile::IsaFlags::detect_host();
  std::vector<std::string> with_host = {"bounds_checks=guard"}, without = {"bounds_checks=explicit"};
  for (const compile::SettingInfo& info : compile::all_settings()) {
    if (!info.is_isa_flag) continue;
    with_host.push_back(fmt::format("{}={}", info.name, info.values[compile::setting_value_index(host, info.id)]));
    without.push_back(fmt::format("{}={}", info.name, info.values[0]));
  }
  return {with_host, without};
}

Result<std::vector<SweepCase>> sweep_cases() {
  std::vector<SweepCase> cases;
  for (const OpInfo& op : wasm::all_ops()) {
    if (op.cls == OpClass::SimdMemory && op.imm == wasm::ImmKind::MemArg && op.out == SigType::V128)
      cases.push_back(load_case(op));
    else if (op.is_simd())
      for (SweepCase& c : simd_sweep_cases(op)) cases.push_back(std::move(c));
    else if (op.cls == OpClass::Const)
      cases.push_back(const_case(op));
    else if (op.cls == OpClass::Load)
      cases.push_back(load_case(op));
    else if (op.cls == OpClass::Store)
      cases.push_back(store_case(op));
    else if (is_numeric(op.cls) && op.has_fixed_signature()) {
      cases.push_back(numeric_case(op));
      for (SweepCase& c : constant_operand_cases(op)) cases.push_back(std::move(c));
    }
  }
  TANDEM_TRY(std::vector<SweepCase> special, special_sweep_cases());
  for (SweepCase& c : special) cases.push_back(std::move(c));
  return cases;
}

SweepReport run_operator_sweep(const SweepOptions& options) {
  SweepReport report;
  Result<std::vector<SweepCase>> cases = sweep_cases();
  if (!cases) {
    report.failures.push_back("the sweep cases do not build: " + cases.error().to_string());
    return report;
  }
  std::vector<bool> covered(wasm::kNumOpcodes, false);
  for (const SweepCase& c : *cases)
    for (wasm::Opcode op : c.covers) covered[static_cast<size_t>(op)] = true;
  for (const OpInfo& op : wasm::all_ops())
    if (!covered[static_cast<size_t>(op.opcode)]) report.uncovered.push_back(op.text);

  std::vector<std::vector<std::string>> sets =
      options.setting_sets.empty() ? default_sweep_settings() : options.setting_sets;
  for (const std::vector<std::string>& settings : sets) {
    std::unique_ptr<DifferentialOracle> oracles[2];
    for (int p = 0; p < 2; ++p) {
      DiffOptions d;
      d.settings = settings;
      d.nan_policy = p == 0 ? NanPolicy::Exact : NanPolicy::Spec;
      d.with_optimizing_unoptimized = true;
      d.stub_unknown_imports = true;
      d.in_process = options.in_process;
      d.locate_operators = false;  // each case is one operator already
      Result<std::unique_ptr<DifferentialOracle>> made = DifferentialOracle::create(d);
      if (!made) {
        report.failures.push_back(made.error().to_string());
        return report;
      }
      oracles[p] = std::move(made).value();
    }
    std::string settings_text;
    for (const std::string& s : settings) settings_text += (settings_text.empty() ? "" : " ") + s;
    for (const SweepCase& c : *cases) {
      if (!options.only.empty() && c.name.find(options.only) == std::string::npos) continue;
      Result<std::vector<uint8_t>> wasm = wat_to_wasm(c.wat, c.name);
      if (!wasm) {
        report.failures.push_back(
            fmt::format("{}: the module does not assemble: {}", c.name, wasm.error().to_string()));
        continue;
      }
      DiffCase dc{std::move(wasm).value(), c.calls};
      DiffVerdict v = oracles[c.nan_policy == NanPolicy::Spec]->run(dc);
      ++report.cases;
      report.calls += v.calls_compared;
      if (v.kind == DiffVerdict::Kind::Mismatch) {
        report.failures.push_back(fmt::format("{} [{}]: {}", c.name, settings_text, v.finding->to_string()));
        if (options.stop_at_first) return report;
      } else if (v.kind == DiffVerdict::Kind::Inconclusive) {
        report.inconclusive.push_back(fmt::format("{} [{}]: {}", c.name, settings_text, v.inconclusive_reason));
      }
    }
  }
  return report;
}

}  // namespace tandem::oracle
