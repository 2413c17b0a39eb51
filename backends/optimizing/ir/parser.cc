#include "backends/optimizing/ir/parser.h"

#include <cctype>
#include <charconv>
#include <vector>

#include <fmt/format.h>

#include "wasm/opcode.h"

namespace tandem::optimizing::ir {
namespace {

struct Token {
  enum class Kind : uint8_t { End, Ident, Number, Punct, Arrow, Srcloc };
  Kind kind = Kind::End;
  std::string_view text;
  int64_t number = 0;  // Number, Srcloc
  uint32_t line = 1;
};

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Token next() {
    skip_space();
    Token t;
    t.line = line_;
    if (pos_ >= text_.size()) return t;
    char c = text_[pos_];
    size_t start = pos_;
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '%') {
      while (pos_ < text_.size() &&
             (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' || text_[pos_] == '%')) {
        ++pos_;
      }
      t.kind = Token::Kind::Ident;
      t.text = text_.substr(start, pos_ - start);
      return t;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '-' && pos_ + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_ + 1])))) {
      bool negative = c == '-';
      if (negative) ++pos_;
      int base = 10;
      if (text_.substr(pos_, 2) == "0x") {
        base = 16;
        pos_ += 2;
      }
      size_t digits = pos_;
      while (pos_ < text_.size() && std::isxdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      uint64_t magnitude = 0;
      auto [ptr, ec] = std::from_chars(text_.data() + digits, text_.data() + pos_, magnitude, base);
      t.kind = Token::Kind::Number;
      t.text = text_.substr(start, pos_ - start);
      if (ec != std::errc() || ptr != text_.data() + pos_) {
        t.kind = Token::Kind::Punct;  // reported as unexpected by the parser
        return t;
      }
      t.number = static_cast<int64_t>(negative ? 0 - magnitude : magnitude);
      return t;
    }
    if (c == '@') {
      ++pos_;
      size_t digits = pos_;
      while (pos_ < text_.size() && std::isxdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
      uint64_t value = 0;
      std::from_chars(text_.data() + digits, text_.data() + pos_, value, 16);
      t.kind = Token::Kind::Srcloc;
      t.number = static_cast<int64_t>(value);
      t.text = text_.substr(start, pos_ - start);
      return t;
    }
    if (c == '-' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '>') {
      pos_ += 2;
      t.kind = Token::Kind::Arrow;
      t.text = "->";
      return t;
    }
    ++pos_;
    t.kind = Token::Kind::Punct;
    t.text = text_.substr(start, 1);
    return t;
  }

 private:
  void skip_space() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (c == '\n') {
        ++line_;
        ++pos_;
      } else if (std::isspace(static_cast<unsigned char>(c))) {
        ++pos_;
      } else if (c == ';') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
};

class Parser {
 public:
  Parser(std::string_view text, Function& f) : lex_(text), f_(f) { advance(); }

  Status parse() {
    f_.clear();
    TANDEM_TRY_STATUS(expect_ident("function"));
    uint32_t index = 0;
    TANDEM_TRY_STATUS(prefixed_number("fn", &index));
    f_.func_index = index;
    TANDEM_TRY_STATUS(expect_punct('('));
    TANDEM_TRY_STATUS(type_list(f_.param_types, ')'));
    TANDEM_TRY_STATUS(expect_punct(')'));
    if (tok_.kind == Token::Kind::Arrow) {
      advance();
      TANDEM_TRY_STATUS(type_list(f_.result_types, '{'));
    }
    TANDEM_TRY_STATUS(expect_punct('{'));
    while (!is_punct('}')) {
      if (tok_.kind == Token::Kind::End) return error("unexpected end of text: missing '}'");
      TANDEM_TRY_STATUS(block());
    }
    advance();
    if (tok_.kind != Token::Kind::End) return error("text after the function's closing '}'");
    return finish();
  }

 private:
  // ---- tokens ----------------------------------------------------------------
  void advance() { tok_ = lex_.next(); }
  bool is_punct(char c) const { return tok_.kind == Token::Kind::Punct && tok_.text[0] == c; }
  bool is_ident(std::string_view s) const { return tok_.kind == Token::Kind::Ident && tok_.text == s; }

  Error error(std::string message) const {
    return make_error(ErrorKind::Malformed, fmt::format("line {}: {}", tok_.line, message));
  }
  Error unexpected(std::string_view wanted) const {
    std::string got = tok_.kind == Token::Kind::End ? "end of text" : fmt::format("'{}'", tok_.text);
    return error(fmt::format("expected {}, found {}", wanted, got));
  }
  Status expect_punct(char c) {
    if (!is_punct(c)) return unexpected(fmt::format("'{}'", c));
    advance();
    return {};
  }
  Status expect_ident(std::string_view s) {
    if (!is_ident(s)) return unexpected(fmt::format("'{}'", s));
    advance();
    return {};
  }
  // An identifier made of `prefix` and a decimal number: v12, block3, t0.
  static bool split_prefixed(std::string_view text, std::string_view prefix, uint32_t* out) {
    if (text.size() <= prefix.size() || text.substr(0, prefix.size()) != prefix) return false;
    std::string_view digits = text.substr(prefix.size());
    for (char c : digits) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
    return ec == std::errc() && ptr == digits.data() + digits.size();
  }
  Status prefixed_number(std::string_view prefix, uint32_t* out) {
    if (tok_.kind != Token::Kind::Ident || !split_prefixed(tok_.text, prefix, out)) {
      return unexpected(fmt::format("'{}N'", prefix));
    }
    advance();
    return {};
  }
  // Two 64-bit numbers, the high half first.
  Status v128_bits(Function::V128Bits* out) {
    int64_t hi = 0, lo = 0;
    TANDEM_TRY_STATUS(number(&hi));
    TANDEM_TRY_STATUS(number(&lo));
    *out = {static_cast<uint64_t>(lo), static_cast<uint64_t>(hi)};
    return {};
  }
  Status number(int64_t* out) {
    if (tok_.kind != Token::Kind::Number) return unexpected("a number");
    *out = tok_.number;
    advance();
    return {};
  }

  // ---- entities --------------------------------------------------------------
  static constexpr uint32_t kMaxEntities = 1u << 22;

  Status value_ref(Value* out) {
    uint32_t n = 0;
    TANDEM_TRY_STATUS(prefixed_number("v", &n));
    if (n >= kMaxEntities) return error("value number too large");
    *out = f_.reserve_value(n);
    if (n >= used_.size()) used_.resize(n + 1, 0);
    if (!used_[n]) used_[n] = tok_.line;
    return {};
  }
  Status value_def(Value* out, Type type) {
    uint32_t n = 0;
    TANDEM_TRY_STATUS(prefixed_number("v", &n));
    if (n >= kMaxEntities) return error("value number too large");
    *out = f_.reserve_value(n);
    if (f_.value_data(*out).kind != ValueData::Kind::Unused) return error(fmt::format("v{} is defined twice", n));
    (void)type;
    return {};
  }
  Status block_ref(Block* out) {
    uint32_t n = 0;
    TANDEM_TRY_STATUS(prefixed_number("block", &n));
    if (n >= kMaxEntities) return error("block number too large");
    while (f_.num_blocks() <= n) f_.create_block();
    *out = Block(n);
    if (n >= block_used_.size()) block_used_.resize(n + 1, 0);
    if (!block_used_[n]) block_used_[n] = tok_.line;
    return {};
  }
  Status type(Type* out) {
    static constexpr Type kTypes[] = {Type::I32, Type::I64, Type::F32, Type::F64, Type::Ref, Type::V128};
    for (Type t : kTypes) {
      if (is_ident(type_name(t))) {
        *out = t;
        advance();
        return {};
      }
    }
    return unexpected("a type");
  }
  Status type_list(std::vector<Type>& out, char stop) {
    if (is_punct(stop)) return {};
    for (;;) {
      Type t;
      TANDEM_TRY_STATUS(type(&t));
      out.push_back(t);
      if (!is_punct(',')) return {};
      advance();
    }
  }
  Status value_list(std::vector<Value>& out) {
    for (;;) {
      Value v;
      TANDEM_TRY_STATUS(value_ref(&v));
      out.push_back(v);
      if (!is_punct(',')) return {};
      advance();
    }
  }
  // blockN or blockN(v1, v2)
  Status block_call(Block* block, std::vector<Value>& args) {
    args.clear();
    TANDEM_TRY_STATUS(block_ref(block));
    if (is_punct('(')) {
      advance();
      if (!is_punct(')')) TANDEM_TRY_STATUS(value_list(args));
      TANDEM_TRY_STATUS(expect_punct(')'));
    }
    return {};
  }

  // ---- blocks and instructions ----------------------------------------------
  Status block() {
    Block b;
    uint32_t line = tok_.line;
    TANDEM_TRY_STATUS(block_ref(&b));
    if (f_.in_layout(b)) return error(fmt::format("block{} is defined twice", b.index));
    f_.append_to_layout(b);
    if (is_punct('(')) {
      advance();
      for (;;) {
        Value v;
        TANDEM_TRY_STATUS(value_def(&v, Type::None));
        TANDEM_TRY_STATUS(expect_punct(':'));
        Type t;
        TANDEM_TRY_STATUS(type(&t));
        f_.append_block_param_value(b, v, t);
        if (!is_punct(',')) break;
        advance();
      }
      TANDEM_TRY_STATUS(expect_punct(')'));
    }
    TANDEM_TRY_STATUS(expect_punct(':'));
    (void)line;
    while (tok_.kind == Token::Kind::Srcloc ||
           (tok_.kind == Token::Kind::Ident && !split_prefixed(tok_.text, "block", &scratch_))) {
      TANDEM_TRY_STATUS(inst(b));
    }
    return {};
  }

  Status inst(Block b) {
    InstData d;
    if (tok_.kind == Token::Kind::Srcloc) {
      d.wasm_offset = static_cast<uint32_t>(tok_.number);
      advance();
    }
    // Results, if a value list and '=' come first.
    std::vector<uint32_t> result_numbers;
    if (tok_.kind == Token::Kind::Ident && split_prefixed(tok_.text, "v", &scratch_)) {
      for (;;) {
        uint32_t n = 0;
        TANDEM_TRY_STATUS(prefixed_number("v", &n));
        if (n >= kMaxEntities) return error("value number too large");
        result_numbers.push_back(n);
        if (!is_punct(',')) break;
        advance();
      }
      TANDEM_TRY_STATUS(expect_punct('='));
    }
    if (tok_.kind != Token::Kind::Ident) return unexpected("an opcode");
    Opcode op;
    if (!opcode_from_name(tok_.text.data(), tok_.text.size(), &op)) {
      return error(fmt::format("unknown opcode '{}'", tok_.text));
    }
    advance();
    d.opcode = op;
    if (is_punct('.')) {
      advance();
      TANDEM_TRY_STATUS(type(&d.type));
    }
    const OpcodeInfo& info = opcode_info(op);
    std::vector<Value> args;
    std::vector<Type> sig_results;
    struct Target {
      Block block;
      std::vector<Value> args;
    };
    std::vector<Target> targets;
    auto parse_target = [&]() -> Status {
      Target t;
      TANDEM_TRY_STATUS(block_call(&t.block, t.args));
      targets.push_back(std::move(t));
      return {};
    };

    switch (info.format) {
      case InstFormat::Const:
        TANDEM_TRY_STATUS(number(&d.imm));
        if (op == Opcode::Iconst && d.type == Type::I32) {
          d.imm = static_cast<int64_t>(static_cast<int32_t>(d.imm));
        }
        break;
      case InstFormat::VConst: {
        Function::V128Bits bits;
        TANDEM_TRY_STATUS(v128_bits(&bits));
        d.imm = f_.intern_v128(bits);
        break;
      }
      case InstFormat::Simd: {
        // A wasm operator name: identifiers joined by dots.
        if (tok_.kind != Token::Kind::Ident) return unexpected("a wasm SIMD operator");
        std::string name(tok_.text);
        advance();
        while (is_punct('.')) {
          advance();
          if (tok_.kind != Token::Kind::Ident && tok_.kind != Token::Kind::Number)
            return unexpected("an operator name");
          name += '.';
          name += tok_.text;
          advance();
        }
        const wasm::OpInfo* found = nullptr;
        for (const wasm::OpInfo& o : wasm::all_ops()) {
          if (o.is_simd() && name == o.text) found = &o;
        }
        if (!found) return error(fmt::format("unknown wasm SIMD operator '{}'", name));
        d.index1 = static_cast<uint32_t>(found->opcode);
        if (found->imm == wasm::ImmKind::Lane || found->imm == wasm::ImmKind::Shuffle) {
          TANDEM_TRY_STATUS(expect_punct('['));
          if (found->imm == wasm::ImmKind::Lane) {
            int64_t lane = 0;
            TANDEM_TRY_STATUS(number(&lane));
            if (lane < 0 || lane >= found->lanes) return error("lane out of range");
            d.index2 = static_cast<uint32_t>(lane);
          } else {
            Function::V128Bits bits;
            TANDEM_TRY_STATUS(v128_bits(&bits));
            d.imm = f_.intern_v128(bits);
          }
          TANDEM_TRY_STATUS(expect_punct(']'));
        }
        if (tok_.kind == Token::Kind::Ident && split_prefixed(tok_.text, "v", &scratch_)) {
          TANDEM_TRY_STATUS(value_list(args));
        }
        break;
      }
      case InstFormat::Nullary: break;
      case InstFormat::Unary:
      case InstFormat::Binary:
      case InstFormat::Select: TANDEM_TRY_STATUS(value_list(args)); break;
      case InstFormat::Return:
        if (tok_.kind == Token::Kind::Ident && split_prefixed(tok_.text, "v", &scratch_)) {
          TANDEM_TRY_STATUS(value_list(args));
        }
        break;
      case InstFormat::IntCompare:
      case InstFormat::FloatCompare: {
        if (tok_.kind != Token::Kind::Ident) return unexpected("a condition code");
        bool found = false;
        uint32_t n = info.format == InstFormat::IntCompare ? kNumIntCCs : kNumFloatCCs;
        for (uint32_t cc = 0; cc < n && !found; ++cc) {
          const char* name = info.format == InstFormat::IntCompare ? int_cc_name(static_cast<IntCC>(cc))
                                                                   : float_cc_name(static_cast<FloatCC>(cc));
          if (tok_.text == name) {
            d.cond = static_cast<uint8_t>(cc);
            found = true;
          }
        }
        if (!found) return error(fmt::format("unknown condition code '{}'", tok_.text));
        advance();
        TANDEM_TRY_STATUS(value_list(args));
        break;
      }
      case InstFormat::Load:
      case InstFormat::Store: {
        // [value,] heap_base, index+offset check
        Value v;
        if (info.format == InstFormat::Store) {
          TANDEM_TRY_STATUS(value_ref(&v));
          args.push_back(v);
          TANDEM_TRY_STATUS(expect_punct(','));
        }
        TANDEM_TRY_STATUS(value_ref(&v));
        args.push_back(v);
        TANDEM_TRY_STATUS(expect_punct(','));
        TANDEM_TRY_STATUS(value_ref(&v));
        args.push_back(v);
        TANDEM_TRY_STATUS(expect_punct('+'));
        TANDEM_TRY_STATUS(number(&d.imm));
        if (d.imm < 0 || d.imm > 0xffffffffll) return error("offset out of range of u32");
        bool found = false;
        for (BoundsCheck c : {BoundsCheck::Guard, BoundsCheck::Explicit, BoundsCheck::InBounds}) {
          if (is_ident(bounds_check_name(c))) {
            d.cond = static_cast<uint8_t>(c);
            found = true;
          }
        }
        if (!found) return unexpected("guard, explicit or inbounds");
        advance();
        break;
      }
      case InstFormat::IndexArgs: {
        bool first = true;
        if (*info.index1_prefix) {
          TANDEM_TRY_STATUS(prefixed_number(info.index1_prefix, &d.index1));
          first = false;
        }
        if (*info.index2_prefix) {
          TANDEM_TRY_STATUS(expect_punct(','));
          TANDEM_TRY_STATUS(prefixed_number(info.index2_prefix, &d.index2));
        }
        if (first) {
          if (tok_.kind == Token::Kind::Ident && split_prefixed(tok_.text, "v", &scratch_)) {
            TANDEM_TRY_STATUS(value_list(args));
          }
        } else if (is_punct(',')) {
          advance();
          TANDEM_TRY_STATUS(value_list(args));
        }
        break;
      }
      case InstFormat::Call:
      case InstFormat::CallIndirect: {
        if (info.format == InstFormat::Call) {
          TANDEM_TRY_STATUS(prefixed_number("fn", &d.index1));
        } else {
          TANDEM_TRY_STATUS(prefixed_number("type", &d.index1));
          TANDEM_TRY_STATUS(expect_punct(','));
          TANDEM_TRY_STATUS(prefixed_number("t", &d.index2));
          TANDEM_TRY_STATUS(expect_punct(','));
          Value callee;
          TANDEM_TRY_STATUS(value_ref(&callee));
          args.push_back(callee);
        }
        TANDEM_TRY_STATUS(expect_punct('('));
        if (!is_punct(')')) TANDEM_TRY_STATUS(value_list(args));
        TANDEM_TRY_STATUS(expect_punct(')'));
        if (tok_.kind == Token::Kind::Arrow) {
          advance();
          TANDEM_TRY_STATUS(type_list(sig_results, '\n'));
        }
        break;
      }
      case InstFormat::Trap:
      case InstFormat::CondTrap: {
        if (info.format == InstFormat::CondTrap) {
          Value v;
          TANDEM_TRY_STATUS(value_ref(&v));
          args.push_back(v);
          TANDEM_TRY_STATUS(expect_punct(','));
        }
        if (tok_.kind != Token::Kind::Ident) return unexpected("a trap code");
        std::optional<compile::TrapCode> code = compile::trap_code_from_name(tok_.text);
        if (!code) return error(fmt::format("unknown trap code '{}'", tok_.text));
        d.cond = static_cast<uint8_t>(*code);
        advance();
        break;
      }
      case InstFormat::Jump: TANDEM_TRY_STATUS(parse_target()); break;
      case InstFormat::Brif: {
        Value v;
        TANDEM_TRY_STATUS(value_ref(&v));
        args.push_back(v);
        TANDEM_TRY_STATUS(expect_punct(','));
        TANDEM_TRY_STATUS(parse_target());
        TANDEM_TRY_STATUS(expect_punct(','));
        TANDEM_TRY_STATUS(parse_target());
        break;
      }
      case InstFormat::BrTable: {
        Value v;
        TANDEM_TRY_STATUS(value_ref(&v));
        args.push_back(v);
        TANDEM_TRY_STATUS(expect_punct(','));
        TANDEM_TRY_STATUS(parse_target());
        TANDEM_TRY_STATUS(expect_punct(','));
        TANDEM_TRY_STATUS(expect_punct('['));
        while (!is_punct(']')) {
          TANDEM_TRY_STATUS(parse_target());
          if (!is_punct(',')) break;
          advance();
        }
        TANDEM_TRY_STATUS(expect_punct(']'));
        break;
      }
    }

    // Result types by the opcode's rule.
    std::vector<Type> result_types;
    switch (info.result) {
      case ResultRule::None: break;
      case ResultRule::Ctrl: result_types.push_back(d.type); break;
      case ResultRule::I32: result_types.push_back(Type::I32); break;
      case ResultRule::Sig: result_types = sig_results; break;
    }
    if (result_types.size() != result_numbers.size()) {
      return error(fmt::format("{} defines {} result(s), the text names {}", info.text, result_types.size(),
                               result_numbers.size()));
    }
    if (info.result == ResultRule::Ctrl && d.type == Type::None) {
      return error(fmt::format("{} needs a type suffix", info.text));
    }

    Inst i = f_.create_inst(d);
    f_.set_inst_args(i, args);
    for (const Target& t : targets) f_.add_target(i, t.block, t.args);
    f_.append_inst(b, i);
    for (size_t r = 0; r < result_numbers.size(); ++r) {
      Value v = f_.reserve_value(result_numbers[r]);
      if (f_.value_data(v).kind != ValueData::Kind::Unused) {
        return error(fmt::format("v{} is defined twice", result_numbers[r]));
      }
      f_.append_result_value(i, v, result_types[r]);
    }
    return {};
  }

  Status finish() {
    for (uint32_t n = 0; n < used_.size(); ++n) {
      if (used_[n] && f_.value_data(Value(n)).kind == ValueData::Kind::Unused) {
        return make_error(ErrorKind::Malformed, fmt::format("line {}: v{} is used but never defined", used_[n], n));
      }
    }
    for (uint32_t b = 0; b < block_used_.size(); ++b) {
      if (block_used_[b] && !f_.in_layout(Block(b))) {
        return make_error(ErrorKind::Malformed,
                          fmt::format("line {}: block{} is referenced but never defined", block_used_[b], b));
      }
    }
    if (f_.layout().empty()) return make_error(ErrorKind::Malformed, "a function needs at least one block");
    return {};
  }

  Lexer lex_;
  Token tok_;
  Function& f_;
  std::vector<uint32_t> used_;        // line of the first use of each value number, 0 if unused
  std::vector<uint32_t> block_used_;  // the same for block numbers (definitions count too)
  uint32_t scratch_ = 0;
};

}  // namespace

Status parse_function(std::string_view text, Function& out) {
  Parser p(text, out);
  return p.parse();
}

}  // namespace tandem::optimizing::ir
