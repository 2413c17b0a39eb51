#include "oracle/spec/spec_runner.h"

#include <map>
#include <set>

#include <fmt/format.h>

namespace tandem::oracle::spec {
namespace {

using InstStatus = InstantiateResult::Status;

constexpr std::string_view kLinksToUnsupported = "imports from a registered module that is unsupported";

std::string first_line(std::string_view s) {
  size_t nl = s.find('\n');
  return std::string(nl == std::string_view::npos ? s : s.substr(0, nl));
}

std::string describe(const InstantiateResult& r) {
  std::string s = instantiate_status_name(r.status);
  if (r.status == InstStatus::Uninstantiable && r.trap.kind != Outcome::Kind::Returned)
    s += fmt::format(" ({})", r.trap.to_string());
  if (!r.message.empty()) s += ": " + first_line(r.message);
  return s;
}

std::string describe_expected(const std::vector<std::vector<ExpectedValue>>& expected) {
  std::string s = "returned (";
  for (size_t i = 0; i < expected.size(); ++i) {
    if (i) s += ", ";
    for (size_t j = 0; j < expected[i].size(); ++j) {
      if (j) s += " | ";
      s += expected[i][j].to_string();
    }
  }
  return s + ")";
}

bool results_match(const std::vector<std::vector<ExpectedValue>>& expected, const std::vector<Value>& actual) {
  if (expected.size() != actual.size()) return false;
  for (size_t i = 0; i < actual.size(); ++i) {
    bool any = false;
    for (const ExpectedValue& e : expected[i]) any = any || matches(e, actual[i]);
    if (!any) return false;
  }
  return true;
}

// One module command's fate, for the actions and registrations that name it.
struct ModuleSlot {
  enum class State : uint8_t { Instantiated, Unsupported, Failed };
  State state = State::Failed;
  InstanceId id = 0;
  uint32_t line = 0;
};

// The result of performing an action, before the assertion judges it.
struct Performed {
  enum class State : uint8_t { Ran, Unsupported, Failed };
  State state = State::Ran;
  Outcome outcome;
  std::string why;  // Unsupported / Failed
};

class ScriptRunner {
 public:
  ScriptRunner(const Script& script, Engine& engine, const RunOptions& options)
      : script_(script), engine_(engine), options_(options) {
    report_.file = script.filename;
    report_.engine = std::string(engine.name());
  }

  FileReport run() {
    engine_.reset();
    for (uint32_t i = 0; i < script_.commands.size(); ++i) {
      const Command& c = script_.commands[i];
      switch (c.kind) {
        case CommandKind::Module: on_module(i, c); break;
        case CommandKind::Register: on_register(c); break;
        case CommandKind::Action:
        case CommandKind::AssertReturn:
        case CommandKind::AssertTrap:
        case CommandKind::AssertExhaustion:
        case CommandKind::AssertException: on_action(c); break;
        case CommandKind::AssertMalformed:
        case CommandKind::AssertInvalid:
        case CommandKind::AssertUnlinkable:
        case CommandKind::AssertUninstantiable: on_module_assertion(c); break;
      }
    }
    return std::move(report_);
  }

 private:
  Counts& counts(CommandKind kind) { return report_.by_kind[static_cast<size_t>(kind)]; }
  void pass(const Command& c) { ++counts(c.kind).passed; }
  void unsupported(const Command& c, std::string_view why) {
    ++counts(c.kind).unsupported;
    // Grouped by the reason's head: "unsupported feature: simd (<where>)"
    // counts as "unsupported feature: simd".
    ++report_.unsupported_reasons[std::string(why.substr(0, why.find(" (")))];
  }
  void fail(const Command& c, std::string expected, std::string actual) {
    ++counts(c.kind).failed;
    report_.failures.push_back(Failure{c.line, c.kind, false, std::move(expected), std::move(actual)});
  }
  void text_verdict(const Command& c, bool rejected) {
    if (rejected) {
      ++report_.text.passed;
      return;
    }
    ++report_.text.failed;
    report_.failures.push_back(Failure{c.line, c.kind, true,
                                       fmt::format("the text front end rejects it (\"{}\")", c.text),
                                       "the text front end accepted it"});
  }

  // A module that imports from a name under which a module this engine
  // refused as unsupported was registered cannot be judged either.
  bool depends_on_unsupported(const ScriptModule& m) const {
    if (unsupported_registrations_.empty()) return false;
    for (const std::string& name : imported_module_names(m.bytes))
      if (unsupported_registrations_.contains(name)) return true;
    return false;
  }

  void on_module(uint32_t index, const Command& c) {
    ModuleSlot& slot = slots_[index];
    slot.line = c.line;
    if (c.module->encode_error) {
      slot.state = ModuleSlot::State::Failed;
      fail(c, "the module instantiates", "the text front end refused it: " + first_line(*c.module->encode_error));
      return;
    }
    if (depends_on_unsupported(*c.module)) {
      slot.state = ModuleSlot::State::Unsupported;
      unsupported(c, kLinksToUnsupported);
      return;
    }
    InstantiateResult r = engine_.instantiate(c.module->bytes);
    switch (r.status) {
      case InstStatus::Ok:
        slot.state = ModuleSlot::State::Instantiated;
        slot.id = r.id;
        pass(c);
        return;
      case InstStatus::Unsupported:
        slot.state = ModuleSlot::State::Unsupported;
        unsupported(c, r.message);
        return;
      default:
        slot.state = ModuleSlot::State::Failed;
        fail(c, "the module instantiates", describe(r));
        return;
    }
  }

  const ModuleSlot* slot_for(std::optional<uint32_t> module) const {
    if (!module) return nullptr;
    auto it = slots_.find(*module);
    return it == slots_.end() ? nullptr : &it->second;
  }

  void on_register(const Command& c) {
    const ModuleSlot* slot = slot_for(c.register_module);
    if (!slot) {
      fail(c, fmt::format("a module to register as \"{}\"", c.register_as), "no such module");
      return;
    }
    switch (slot->state) {
      case ModuleSlot::State::Instantiated: {
        unsupported_registrations_.erase(c.register_as);
        Status s = engine_.register_instance(slot->id, c.register_as);
        if (!s.ok()) fail(c, fmt::format("registered as \"{}\"", c.register_as), s.error().to_string());
        return;
      }
      case ModuleSlot::State::Unsupported: unsupported_registrations_.insert(c.register_as); return;
      case ModuleSlot::State::Failed:
        // Already counted as the module's failure; what links against it fails in turn.
        return;
    }
  }

  Performed perform(const Action& a) {
    Performed p;
    if (a.unrepresentable) {
      p.state = Performed::State::Unsupported;
      p.why = *a.unrepresentable;
      return p;
    }
    const ModuleSlot* slot = slot_for(a.module);
    if (!slot) {
      p.state = Performed::State::Failed;
      p.why = "no module to act on";
      return p;
    }
    if (slot->state == ModuleSlot::State::Unsupported) {
      p.state = Performed::State::Unsupported;
      p.why = "acts on an unsupported module";
      return p;
    }
    if (slot->state == ModuleSlot::State::Failed) {
      p.state = Performed::State::Failed;
      p.why = fmt::format("the module at line {} did not instantiate", slot->line);
      return p;
    }
    if (a.kind == Action::Kind::Get) {
      Result<Value> v = engine_.read_global(slot->id, a.field);
      if (!v.ok()) {
        p.state = v.error().kind == ErrorKind::Unsupported ? Performed::State::Unsupported : Performed::State::Failed;
        p.why = v.error().to_string();
        return p;
      }
      p.outcome = Outcome::returned({*v});
      return p;
    }
    Result<Outcome> o = engine_.invoke(slot->id, a.field, a.args);
    if (!o.ok()) {
      p.state = o.error().kind == ErrorKind::Unsupported ? Performed::State::Unsupported : Performed::State::Failed;
      p.why = o.error().to_string();
      return p;
    }
    if (o->kind == Outcome::Kind::Unsupported) {
      p.state = Performed::State::Unsupported;
      p.why = o->detail;
      return p;
    }
    p.outcome = std::move(*o);
    return p;
  }

  std::string expectation(const Command& c) const {
    switch (c.kind) {
      case CommandKind::Action: return "returned";
      case CommandKind::AssertReturn: return describe_expected(c.expected);
      case CommandKind::AssertTrap: return fmt::format("trapped: \"{}\"", c.text);
      case CommandKind::AssertExhaustion: return fmt::format("exhausted: \"{}\"", c.text);
      default: return command_kind_name(c.kind);
    }
  }

  void on_action(const Command& c) {
    if (!options_.runs_code) return;
    if (c.kind == CommandKind::AssertException) {
      unsupported(c, "exception handling is outside the feature scope");
      return;
    }
    Performed p = perform(*c.action);
    if (p.state == Performed::State::Unsupported) {
      unsupported(c, p.why);
      return;
    }
    if (p.state == Performed::State::Failed) {
      fail(c, expectation(c), p.why);
      return;
    }
    const Outcome& o = p.outcome;
    bool ok = false;
    switch (c.kind) {
      case CommandKind::Action: ok = o.kind == Outcome::Kind::Returned; break;
      case CommandKind::AssertReturn:
        ok = o.kind == Outcome::Kind::Returned && results_match(c.expected, o.values);
        break;
      case CommandKind::AssertTrap: ok = o.kind == Outcome::Kind::Trapped && trap_matches(c.text, o.trap); break;
      case CommandKind::AssertExhaustion: ok = o.kind == Outcome::Kind::Exhausted; break;
      default: TANDEM_UNREACHABLE("not an action command");
    }
    if (ok)
      pass(c);
    else
      fail(c, expectation(c), o.to_string());
  }

  void on_module_assertion(const Command& c) {
    const ScriptModule& m = *c.module;
    bool wants_rejection = c.kind == CommandKind::AssertMalformed || c.kind == CommandKind::AssertInvalid;
    if (m.form == ModuleForm::Quoted && wants_rejection) {
      text_verdict(c, m.encode_error.has_value());
      return;
    }
    if (m.encode_error) {
      fail(c, command_kind_name(c.kind), "the text front end refused it: " + first_line(*m.encode_error));
      return;
    }
    if (depends_on_unsupported(m)) {
      unsupported(c, kLinksToUnsupported);
      return;
    }
    InstantiateResult r = engine_.instantiate(m.bytes);
    if (r.status == InstStatus::Unsupported) {
      unsupported(c, r.message);
      return;
    }
    std::string expected;
    bool ok = false;
    if (wants_rejection) {
      expected = fmt::format("rejected as {} (\"{}\")",
                             c.kind == CommandKind::AssertMalformed ? "malformed" : "invalid", c.text);
      ok = r.status == InstStatus::Malformed || r.status == InstStatus::Invalid;
    } else if (!options_.runs_code) {
      expected = "accepted (the module decodes and validates)";
      ok = r.status == InstStatus::Ok;
    } else if (c.kind == CommandKind::AssertUnlinkable) {
      expected = fmt::format("unlinkable (\"{}\")", c.text);
      ok = r.status == InstStatus::Unlinkable;
    } else {
      expected = fmt::format("uninstantiable (\"{}\")", c.text);
      ok = r.status == InstStatus::Uninstantiable &&
           ((r.trap.kind == Outcome::Kind::Trapped && trap_matches(c.text, r.trap.trap)) ||
            (r.trap.kind == Outcome::Kind::Exhausted && c.text.find("exhausted") != std::string::npos));
    }
    if (ok)
      pass(c);
    else
      fail(c, std::move(expected), describe(r));
  }

  const Script& script_;
  Engine& engine_;
  RunOptions options_;
  FileReport report_;
  std::map<uint32_t, ModuleSlot> slots_;  // by module command index
  std::set<std::string, std::less<>> unsupported_registrations_;
};

}  // namespace

Counts FileReport::total() const {
  Counts sum;
  for (const Counts& c : by_kind) sum += c;
  return sum;
}

FileReport& FileReport::operator+=(const FileReport& o) {
  for (size_t i = 0; i < by_kind.size(); ++i) by_kind[i] += o.by_kind[i];
  text += o.text;
  failures.insert(failures.end(), o.failures.begin(), o.failures.end());
  for (const auto& [why, n] : o.unsupported_reasons) unsupported_reasons[why] += n;
  return *this;
}

FileReport run_script(const Script& script, Engine& engine, const RunOptions& options) {
  return ScriptRunner(script, engine, options).run();
}

}  // namespace tandem::oracle::spec
