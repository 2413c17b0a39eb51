#include "oracle/spec/spec_script.h"

#include <memory>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/engines/wabt_features.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/binary-writer.h"
#include "wabt/cast.h"
#include "wabt/error-formatter.h"
#include "wabt/ir.h"
#include "wabt/stream.h"
#include "wabt/validator.h"
#include "wabt/wast-lexer.h"
#include "wabt/wast-parser.h"

namespace tandem::oracle::spec {
namespace {

std::string format_text_errors(const wabt::Errors& errors, wabt::WastLexer* lexer) {
  auto finder = lexer ? lexer->MakeLineFinder() : nullptr;
  std::string text = wabt::FormatErrorsToString(errors, wabt::Location::Type::Text, finder.get(), wabt::Color(), "",
                                                wabt::PrintHeader::Never, 80);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// A text module of the script, as the binary an engine gets.
ScriptModule encode_text_module(const wabt::Module& module) {
  ScriptModule out;
  out.form = ModuleForm::Text;
  wabt::MemoryStream stream;
  wabt::WriteBinaryOptions options(all_wabt_features(), /*canonicalize_lebs=*/true, /*relocatable=*/false,
                                   /*write_debug_names=*/false);
  if (wabt::Failed(wabt::WriteBinaryModule(&stream, &module, options))) {
    out.encode_error = "wabt cannot encode this text module";
    return out;
  }
  const auto& data = stream.output_buffer().data;
  out.bytes.assign(data.begin(), data.end());
  return out;
}

// The text front end's verdict on quoted text: parsed (and, when asked,
// validated) or the reason it was refused.
std::optional<std::string> text_front_end_error(const std::vector<uint8_t>& text, bool validate) {
  wabt::Errors errors;
  std::unique_ptr<wabt::WastLexer> lexer =
      wabt::WastLexer::CreateBufferLexer("<quoted>", text.data(), text.size(), &errors);
  wabt::Features features = all_wabt_features();
  wabt::WastParseOptions options(features);
  std::unique_ptr<wabt::Module> module;
  if (wabt::Failed(wabt::ParseWatModule(lexer.get(), &module, &errors, &options)))
    return format_text_errors(errors, lexer.get());
  if (validate) {
    wabt::ValidateOptions validate_options(features);
    if (wabt::Failed(wabt::ValidateModule(module.get(), &errors, validate_options)))
      return format_text_errors(errors, lexer.get());
  }
  return std::nullopt;
}

ScriptModule convert_script_module(const wabt::ScriptModule& sm, CommandKind kind) {
  switch (sm.type()) {
    case wabt::ScriptModuleType::Text: return encode_text_module(wabt::cast<wabt::TextScriptModule>(&sm)->module);
    case wabt::ScriptModuleType::Binary: {
      ScriptModule out;
      out.form = ModuleForm::Binary;
      out.bytes = wabt::cast<wabt::BinaryScriptModule>(&sm)->data;
      return out;
    }
    case wabt::ScriptModuleType::Quoted: {
      ScriptModule out;
      out.form = ModuleForm::Quoted;
      const std::vector<uint8_t>& text = wabt::cast<wabt::QuotedScriptModule>(&sm)->data;
      if (kind == CommandKind::AssertMalformed || kind == CommandKind::AssertInvalid) {
        out.encode_error = text_front_end_error(text, kind == CommandKind::AssertInvalid);
        return out;
      }
      Result<std::vector<uint8_t>> bytes =
          wat_to_wasm(std::string_view(reinterpret_cast<const char*>(text.data()), text.size()), "<quoted>");
      if (bytes.ok())
        out.bytes = std::move(*bytes);
      else
        out.encode_error = bytes.error().message;
      return out;
    }
  }
  TANDEM_UNREACHABLE("unknown wabt script module type");
}

// A v128: its bits, and when a float lane holds a NaN pattern, every lane's
// pattern (an expectation only).
ExpectedValue convert_v128(const wabt::Const& c) {
  using Kind = ExpectedValue::Kind;
  const ::v128 v = c.vec128();
  ExpectedValue out{Kind::Exact, wasm::ValType::V128, v.u64(0), v.u64(1)};
  const wabt::Type lane = c.lane_type();
  if (lane != wabt::Type::F32 && lane != wabt::Type::F64) return out;
  bool any_nan = false;
  for (int i = 0; i < c.lane_count(); ++i) {
    switch (c.expected_nan(i)) {
      case wabt::ExpectedNan::None: out.lanes[i] = Kind::Exact; break;
      case wabt::ExpectedNan::Canonical: out.lanes[i] = Kind::CanonicalNan; break;
      case wabt::ExpectedNan::Arithmetic: out.lanes[i] = Kind::ArithmeticNan; break;
    }
    any_nan |= out.lanes[i] != Kind::Exact;
  }
  if (any_nan) {
    out.kind = Kind::FloatLanes;
    out.lane_type = lane == wabt::Type::F32 ? wasm::ValType::F32 : wasm::ValType::F64;
  }
  return out;
}

// An argument or expected value. Expected-only forms (NaN patterns,
// ref.func) only appear in expectations; wabt's parser enforces that.
ExpectedValue convert_const(const wabt::Const& c) {
  using Kind = ExpectedValue::Kind;
  switch (c.type()) {
    case wabt::Type::I32: return {Kind::Exact, wasm::ValType::I32, c.u32()};
    case wabt::Type::I64: return {Kind::Exact, wasm::ValType::I64, c.u64()};
    case wabt::Type::F32:
      if (c.expected_nan() == wabt::ExpectedNan::Canonical) return {Kind::CanonicalNan, wasm::ValType::F32, 0};
      if (c.expected_nan() == wabt::ExpectedNan::Arithmetic) return {Kind::ArithmeticNan, wasm::ValType::F32, 0};
      return {Kind::Exact, wasm::ValType::F32, c.f32_bits()};
    case wabt::Type::F64:
      if (c.expected_nan() == wabt::ExpectedNan::Canonical) return {Kind::CanonicalNan, wasm::ValType::F64, 0};
      if (c.expected_nan() == wabt::ExpectedNan::Arithmetic) return {Kind::ArithmeticNan, wasm::ValType::F64, 0};
      return {Kind::Exact, wasm::ValType::F64, c.f64_bits()};
    case wabt::Type::FuncRef:
      if (c.ref_bits() == wabt::Const::kRefNullBits) return {Kind::NullRef, wasm::ValType::FuncRef, 0};
      return {Kind::AnyFuncRef, wasm::ValType::FuncRef, 0};
    case wabt::Type::ExternRef:
      if (c.ref_bits() == wabt::Const::kRefNullBits) return {Kind::NullRef, wasm::ValType::ExternRef, 0};
      return {Kind::ExternRef, wasm::ValType::ExternRef, c.ref_bits()};
    case wabt::Type::V128: return convert_v128(c);
    default: return {Kind::Unrepresentable, wasm::ValType::I32, 0};
  }
}

std::optional<uint32_t> module_index(const wabt::Script& script, const wabt::Var& var) {
  wabt::Index index = script.module_bindings.FindIndex(var);
  if (index == wabt::kInvalidIndex || index >= script.commands.size()) return std::nullopt;
  return static_cast<uint32_t>(index);
}

Action convert_action(const wabt::Script& script, const wabt::Action& a) {
  Action out;
  out.kind = a.type() == wabt::ActionType::Invoke ? Action::Kind::Invoke : Action::Kind::Get;
  out.module = module_index(script, a.module_var);
  out.field = a.name;
  if (const auto* invoke = wabt::dyn_cast<wabt::InvokeAction>(&a)) {
    for (const wabt::Const& c : invoke->args) {
      ExpectedValue v = convert_const(c);
      if (v.kind == ExpectedValue::Kind::Unrepresentable) {
        out.unrepresentable = "an argument of a type Value cannot hold";
        continue;
      }
      out.args.push_back(Value{v.type, v.bits, v.kind == ExpectedValue::Kind::NullRef, v.hi});
    }
  }
  return out;
}

uint32_t line_of(const wabt::Location& loc) { return static_cast<uint32_t>(loc.line); }

template <class T>
Command action_command(const wabt::Script& script, CommandKind kind, const T& c) {
  Command out;
  out.kind = kind;
  out.line = line_of(c.action->loc);
  out.action = convert_action(script, *c.action);
  return out;
}

template <class T>
Command module_assertion(CommandKind kind, const T& c) {
  Command out;
  out.kind = kind;
  out.line = line_of(c.module->location());
  out.module = convert_script_module(*c.module, kind);
  out.text = c.text;
  return out;
}

Command convert_command(const wabt::Script& script, const wabt::Command& command) {
  using wabt::cast;
  using wabt::CommandType;
  switch (command.type) {
    case CommandType::Module: {
      const auto& c = *cast<wabt::ModuleCommand>(&command);
      Command out;
      out.kind = CommandKind::Module;
      out.line = line_of(c.module.loc);
      out.module_name = c.module.name;
      out.module = encode_text_module(c.module);
      return out;
    }
    case CommandType::ScriptModule: {
      const auto& c = *cast<wabt::ScriptModuleCommand>(&command);
      Command out;
      out.kind = CommandKind::Module;
      out.line = line_of(c.script_module->location());
      out.module_name = c.module.name;
      out.module = convert_script_module(*c.script_module, CommandKind::Module);
      return out;
    }
    case CommandType::Action: return action_command(script, CommandKind::Action, *cast<wabt::ActionCommand>(&command));
    case CommandType::Register: {
      const auto& c = *cast<wabt::RegisterCommand>(&command);
      Command out;
      out.kind = CommandKind::Register;
      out.line = line_of(c.var.loc);
      out.register_as = c.module_name;
      out.register_module = module_index(script, c.var);
      return out;
    }
    case CommandType::AssertReturn: {
      const auto& c = *cast<wabt::AssertReturnCommand>(&command);
      Command out = action_command(script, CommandKind::AssertReturn, c);
      if (c.expected->type() == wabt::ExpectationType::Either) {
        std::vector<ExpectedValue> alternatives;
        for (const wabt::Const& e : c.expected->expected) alternatives.push_back(convert_const(e));
        out.expected.push_back(std::move(alternatives));
      } else {
        for (const wabt::Const& e : c.expected->expected) out.expected.push_back({convert_const(e)});
      }
      return out;
    }
    case CommandType::AssertTrap: {
      const auto& c = *cast<wabt::AssertTrapCommand>(&command);
      Command out = action_command(script, CommandKind::AssertTrap, c);
      out.text = c.text;
      return out;
    }
    case CommandType::AssertExhaustion: {
      const auto& c = *cast<wabt::AssertExhaustionCommand>(&command);
      Command out = action_command(script, CommandKind::AssertExhaustion, c);
      out.text = c.text;
      return out;
    }
    case CommandType::AssertException:
      return action_command(script, CommandKind::AssertException, *cast<wabt::AssertExceptionCommand>(&command));
    case CommandType::AssertMalformed:
      return module_assertion(CommandKind::AssertMalformed, *cast<wabt::AssertMalformedCommand>(&command));
    case CommandType::AssertInvalid:
      return module_assertion(CommandKind::AssertInvalid, *cast<wabt::AssertInvalidCommand>(&command));
    case CommandType::AssertUnlinkable:
      return module_assertion(CommandKind::AssertUnlinkable, *cast<wabt::AssertUnlinkableCommand>(&command));
    case CommandType::AssertUninstantiable:
      return module_assertion(CommandKind::AssertUninstantiable, *cast<wabt::AssertUninstantiableCommand>(&command));
  }
  TANDEM_UNREACHABLE("unknown wabt command type");
}

}  // namespace

const char* command_kind_name(CommandKind kind) {
  switch (kind) {
    case CommandKind::Module: return "module";
    case CommandKind::Register: return "register";
    case CommandKind::Action: return "action";
    case CommandKind::AssertReturn: return "assert_return";
    case CommandKind::AssertTrap: return "assert_trap";
    case CommandKind::AssertExhaustion: return "assert_exhaustion";
    case CommandKind::AssertMalformed: return "assert_malformed";
    case CommandKind::AssertInvalid: return "assert_invalid";
    case CommandKind::AssertUnlinkable: return "assert_unlinkable";
    case CommandKind::AssertUninstantiable: return "assert_uninstantiable";
    case CommandKind::AssertException: return "assert_exception";
  }
  return "?";
}

Result<Script> parse_script(std::string_view text, std::string_view filename) {
  wabt::Errors errors;
  std::unique_ptr<wabt::WastLexer> lexer =
      wabt::WastLexer::CreateBufferLexer(filename, text.data(), text.size(), &errors);
  wabt::Features features = all_wabt_features();
  wabt::WastParseOptions options(features);
  std::unique_ptr<wabt::Script> script;
  if (wabt::Failed(wabt::ParseWastScript(lexer.get(), &script, &errors, &options)) || !script)
    return make_error(ErrorKind::Malformed, format_text_errors(errors, lexer.get()));
  Script out;
  out.filename = std::string(filename);
  out.commands.reserve(script->commands.size());
  for (const wabt::CommandPtr& command : script->commands) out.commands.push_back(convert_command(*script, *command));
  return out;
}

Result<Script> read_script(const std::string& path) {
  TANDEM_TRY(std::vector<uint8_t> bytes, read_file(path));
  return parse_script(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), path);
}

std::vector<std::string> imported_module_names(std::span<const uint8_t> wasm) {
  wabt::ReadBinaryOptions options(all_wabt_features(), nullptr, /*read_debug_names=*/false,
                                  /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/false);
  wabt::Errors errors;
  wabt::Module module;
  if (wabt::Failed(wabt::ReadBinaryIr("<module>", wasm.data(), wasm.size(), options, &errors, &module))) return {};
  std::vector<std::string> names;
  for (const wabt::Import* import : module.imports) names.push_back(import->module_name);
  return names;
}

}  // namespace tandem::oracle::spec
