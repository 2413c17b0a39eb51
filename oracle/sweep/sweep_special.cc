#include "oracle/sweep/sweep_special.h"

#include <bit>
#include <cmath>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/engines/value_text.h"
#include "wasm/decoder.h"

namespace tandem::oracle {
namespace {

using wasm::Opcode;

struct SpecialCase {
  const char* name;
  std::vector<Opcode> covers;
  NanPolicy nan_policy;
  const char* wat;
  std::vector<const char*> calls;  // "export arg arg ..." typed by the export's params
};

const SpecialCase kCases[] = {
    {"memory.size+grow",
     {Opcode::MemorySize, Opcode::MemoryGrow},
     NanPolicy::Exact,
     R"wat((module (memory (export "mem") 1 4)
          (func (export "size") (result i32) memory.size)
          (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
          (func (export "poke") (param i32) local.get 0 i32.const 0x5a i32.store8)))wat",
     {"size", "grow 0", "poke 65535", "poke 65536", "grow 1", "size", "poke 65536", "poke 131071", "grow 2", "size",
      "poke 262143", "grow 1", "grow 4294967295", "grow 65536", "grow 0", "size"}},

    {"bulk-memory",
     {Opcode::MemoryFill, Opcode::MemoryCopy, Opcode::MemoryInit, Opcode::DataDrop},
     NanPolicy::Exact,
     R"wat((module (memory (export "mem") 1 1)
          (data (i32.const 0) "\01\02\03\04\05\06\07\08\09\0a")
          (data $p "\aa\bb\cc\dd")
          (func (export "fill") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill)
          (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy)
          (func (export "init") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.init $p)
          (func (export "drop") data.drop $p)))wat",
     {"copy 1 0 8",
      "copy 0 1 8",
      "copy 100 100 10",
      "copy 65530 0 6",
      "copy 65530 0 7",
      "copy 0 65530 7",
      "copy 65536 0 0",
      "copy 0 65536 0",
      "copy 65537 0 0",
      "copy 0 65537 0",
      "copy 4294967295 0 2",
      "fill 0 85 8",
      "fill 65535 1 1",
      "fill 65535 1 2",
      "fill 65536 0 0",
      "fill 65537 0 0",
      "fill 4294967295 0 1",
      "fill 10 511 3",
      "fill 1 0 65536",
      "fill 0 7 65536",
      "init 0 0 4",
      "init 100 1 3",
      "init 0 4 0",
      "init 0 5 0",
      "init 0 2 3",
      "init 65532 0 4",
      "init 65533 0 4",
      "init 65536 0 0",
      "drop",
      "init 0 0 0",
      "init 0 0 1",
      "drop",
      "init 8 0 0"}},

    {"tables",
     {Opcode::TableGet, Opcode::TableSet, Opcode::TableSize, Opcode::TableGrow, Opcode::TableFill, Opcode::TableCopy,
      Opcode::TableInit, Opcode::ElemDrop, Opcode::RefNull, Opcode::RefIsNull, Opcode::RefFunc, Opcode::CallIndirect},
     NanPolicy::Exact,
     R"wat((module
          (table $t 4 8 funcref)
          (table $e 2 4 externref)
          (elem (table $t) (i32.const 0) func $f0 $f1)
          (elem $p funcref (ref.func $f2) (ref.null func) (ref.func $f0))
          (elem declare func $f2)
          (func $f0 (result i32) i32.const 100)
          (func $f1 (result i32) i32.const 101)
          (func $f2 (result i32) i32.const 102)
          (func (export "is_null") (param i32) (result i32) local.get 0 table.get $t ref.is_null)
          (func (export "set_f2") (param i32) local.get 0 ref.func $f2 table.set $t)
          (func (export "set_null") (param i32) local.get 0 ref.null func table.set $t)
          (func (export "size") (result i32) table.size $t)
          (func (export "grow") (param i32) (result i32) ref.func $f1 local.get 0 table.grow $t)
          (func (export "fill") (param i32 i32) local.get 0 ref.func $f0 local.get 1 table.fill $t)
          (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.copy $t $t)
          (func (export "init") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.init $t $p)
          (func (export "drop") elem.drop $p)
          (func (export "call") (param i32) (result i32) local.get 0 call_indirect $t (result i32))
          (func (export "ext_set") (param i32 externref) local.get 0 local.get 1 table.set $e)
          (func (export "ext_get") (param i32) (result externref) local.get 0 table.get $e)
          (func (export "ext_grow") (param externref i32) (result i32) local.get 0 local.get 1 table.grow $e)
          (func (export "ext_size") (result i32) table.size $e)
          (func (export "ext_is_null") (param externref) (result i32) local.get 0 ref.is_null)))wat",
     {"call 0",           "call 1",          "call 2",      "call 3",     "call 4",
      "call 4294967295",  "is_null 0",       "is_null 2",   "is_null 4",  "set_f2 2",
      "call 2",           "set_null 0",      "call 0",      "set_null 4", "size",
      "grow 0",           "grow 2",          "size",        "call 5",     "grow 3",
      "grow 4294967295",  "fill 1 2",        "call 2",      "fill 7 2",   "fill 6 2",
      "fill 8 0",         "fill 9 0",        "copy 0 4 2",  "call 0",     "copy 3 2 3",
      "copy 2 3 3",       "copy 0 0 9",      "copy 6 0 3",  "init 0 0 3", "call 0",
      "call 1",           "init 0 1 3",      "init 0 3 0",  "init 0 4 0", "drop",
      "init 0 0 0",       "init 0 0 1",      "ext_set 0 7", "ext_get 0",  "ext_get 1",
      "ext_set 2 1",      "ext_grow null 2", "ext_size",    "ext_get 3",  "ext_grow 5 3",
      "ext_is_null null", "ext_is_null 0"}},

    {"call_indirect-signatures",
     {Opcode::CallIndirect},
     NanPolicy::Exact,
     R"wat((module
          (type $ii (func (param i32) (result i32)))
          (type $v (func))
          (table 3 funcref)
          (elem (i32.const 0) $a $b)
          (func $a (param i32) (result i32) local.get 0 i32.const 1 i32.add)
          (func $b)
          (func (export "ii") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect (type $ii))
          (func (export "v") (param i32) local.get 0 call_indirect (type $v))))wat",
     {"ii 5 0", "ii 5 1", "ii 5 2", "ii 5 3", "ii 5 4294967295", "ii 4294967295 0", "v 1", "v 0", "v 2", "v 3"}},

    {"control",
     {Opcode::Block, Opcode::Loop, Opcode::If, Opcode::Else, Opcode::End, Opcode::Br, Opcode::BrIf, Opcode::BrTable,
      Opcode::Return, Opcode::Nop, Opcode::Unreachable, Opcode::Drop, Opcode::Select, Opcode::SelectT},
     NanPolicy::Exact,
     R"wat((module
          (func (export "br_table") (param i32) (result i32)
            (block (block (block (block
              local.get 0 br_table 0 1 2 3)
              i32.const 10 return) i32.const 11 return) i32.const 12 return) i32.const 13)
          (func (export "br") (param i32) (result i32) (block (result i32) local.get 0 br 0) i32.const 1 i32.add)
          (func (export "br_if") (param i32) (result i32)
            (block (result i32) i32.const 7 local.get 0 br_if 0 drop i32.const 8))
          (func (export "if") (param i32) (result i32)
            local.get 0 (if (result i32) (then i32.const 1) (else i32.const 2)))
          (func (export "loop") (param i32) (result i32) (local i32)
            (loop $l local.get 1 i32.const 3 i32.add local.set 1
              local.get 0 i32.const 1 i32.sub local.tee 0 i32.const 0 i32.gt_s br_if $l)
            local.get 1)
          (func (export "unreachable") (param i32) (result i32)
            local.get 0 (if (then unreachable)) nop i32.const 5)
          (func (export "multi") (param i32) (result i32 i64)
            (block (result i32 i64) i32.const 1 i64.const 2 local.get 0 br_if 0 drop drop i32.const 3 i64.const 4))
          (func (export "params") (param i32) (result i32)
            local.get 0 (block (param i32) (result i32) i32.const 2 i32.mul))
          (func (export "select_i32") (param i32 i32 i32) (result i32) local.get 0 local.get 1 local.get 2 select)
          (func (export "select_i64") (param i64 i64 i32) (result i64) local.get 0 local.get 1 local.get 2 select)
          (func (export "select_f32") (param f32 f32 i32) (result f32) local.get 0 local.get 1 local.get 2 select)
          (func (export "select_f64") (param f64 f64 i32) (result f64) local.get 0 local.get 1 local.get 2 select)
          (func (export "select_t") (param externref externref i32) (result externref)
            local.get 0 local.get 1 local.get 2 select (result externref))))wat",
     {"br_table 0",
      "br_table 1",
      "br_table 2",
      "br_table 3",
      "br_table 4",
      "br_table 4294967295",
      "br_table 2147483648",
      "br 0",
      "br 4294967295",
      "br_if 0",
      "br_if 1",
      "br_if 4294967295",
      "br_if 2147483648",
      "if 0",
      "if 1",
      "if 2147483648",
      "loop 1",
      "loop 5",
      "loop 0",
      "loop 4294967295",
      "unreachable 0",
      "unreachable 1",
      "multi 0",
      "multi 1",
      "params 21",
      "params 2147483648",
      "select_i32 1 2 0",
      "select_i32 1 2 1",
      "select_i32 1 2 2147483648",
      "select_i64 9223372036854775808 1 1",
      "select_i64 9223372036854775808 1 0",
      "select_f32 bits:0x7fa00001 1 1",
      "select_f32 bits:0x7fa00001 bits:0xffc00000 0",
      "select_f64 bits:0x7ff4000000000001 -0.0 1",
      "select_f64 bits:0x7ff4000000000001 -0.0 0",
      "select_t 7 null 1",
      "select_t 7 null 0"}},

    {"variables",
     {Opcode::LocalGet, Opcode::LocalSet, Opcode::LocalTee, Opcode::GlobalGet, Opcode::GlobalSet},
     NanPolicy::Exact,
     R"wat((module
          (global $gi (export "gi") (mut i32) (i32.const 0))
          (global $gl (export "gl") (mut i64) (i64.const 0))
          (global $gf (export "gf") (mut f32) (f32.const 0))
          (global $gd (export "gd") (mut f64) (f64.const 0))
          (global $ge (mut externref) (ref.null extern))
          (func (export "set") (param i32 i64 f32 f64)
            local.get 0 global.set $gi local.get 1 global.set $gl
            local.get 2 global.set $gf local.get 3 global.set $gd)
          (func (export "get") (result i32 i64 f32 f64) global.get $gi global.get $gl global.get $gf global.get $gd)
          (func (export "tee") (param i32 i64) (result i64) (local i32 i64)
            local.get 0 local.tee 2 local.get 1 local.tee 3 drop drop
            local.get 3 local.get 2 i64.extend_i32_u i64.add)
          (func (export "ext") (param externref) (result externref)
            global.get $ge local.get 0 global.set $ge)))wat",
     {"set 4294967295 9223372036854775808 bits:0x7fa00001 bits:0xfff4000000000001", "get", "set 0 1 -0.0 bits:0x1",
      "get", "tee 4294967295 1", "tee 2147483648 18446744073709551615", "ext 7", "ext null", "ext 0", "ext 3"}},

    {"calls",
     {Opcode::Call},
     NanPolicy::Exact,
     R"wat((module
          (import "host" "log" (func $log (param i32 i64 f32 f64)))
          (func $id (param i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 f32 f64 i32 i64 f32 f64 f32 f64)
                    (result f64 f32 i64 i32 f64 f32 i64 i32)
            local.get 17 local.get 16 local.get 13 local.get 12 local.get 3 local.get 2 local.get 1 local.get 0)
          (func (export "call") (param i32 i64 f32 f64) (result f64 f32 i64 i32 f64 f32 i64 i32)
            local.get 0 local.get 1 local.get 2 local.get 3 local.get 0 local.get 1 local.get 2 local.get 3
            call $log
            local.get 0 local.get 1 local.get 2 local.get 3 local.get 0 local.get 1 local.get 2 local.get 3
            local.get 0 local.get 1 local.get 2 local.get 3 local.get 0 local.get 1 local.get 2 local.get 3
            local.get 2 local.get 3
            call $id)
          (func $fac (param i64) (result i64)
            local.get 0 i64.eqz
            if (result i64) i64.const 1
            else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end)
          (func (export "fac") (param i64) (result i64) local.get 0 call $fac)))wat",
     {"call 0 0 0 0", "call 4294967295 18446744073709551615 bits:0x7fa00001 bits:0xfff4000000000001",
      "call 2147483648 9223372036854775808 -0.0 -inf", "call 1 2 bits:0x1 bits:0x1", "fac 0", "fac 1", "fac 5",
      "fac 20", "fac 25"}},
};

}  // namespace

std::string wasm_float_text(uint32_t bits) {
  float f = std::bit_cast<float>(bits);
  std::string sign = (bits >> 31) ? "-" : "";
  if (std::isnan(f)) return fmt::format("{}nan:{:#x}", sign, bits & 0x7fffff);
  if (std::isinf(f)) return sign + "inf";
  return fmt::format("{:a}", static_cast<double>(f));
}

std::string wasm_double_text(uint64_t bits) {
  double d = std::bit_cast<double>(bits);
  std::string sign = (bits >> 63) ? "-" : "";
  if (std::isnan(d)) return fmt::format("{}nan:{:#x}", sign, bits & 0xfffffffffffffull);
  if (std::isinf(d)) return sign + "inf";
  return fmt::format("{:a}", d);
}

Result<std::vector<SweepCase>> special_sweep_cases() {
  std::vector<SweepCase> out;
  for (const SpecialCase& sc : kCases) {
    SweepCase c;
    c.name = sc.name;
    c.covers = sc.covers;
    c.nan_policy = sc.nan_policy;
    c.wat = sc.wat;
    TANDEM_TRY(std::vector<uint8_t> wasm, wat_to_wasm(c.wat, c.name));
    TANDEM_TRY(wasm::Module m, wasm::decode(wasm));
    for (const char* line : sc.calls) {
      std::vector<std::string> words;
      std::string_view s(line);
      while (!s.empty()) {
        size_t sp = s.find(' ');
        words.emplace_back(s.substr(0, sp));
        s = sp == std::string_view::npos ? std::string_view() : s.substr(sp + 1);
      }
      const wasm::Export* e = m.find_export(words[0]);
      if (!e || e->kind != wasm::ExternKind::Func)
        return make_error(ErrorKind::Internal, fmt::format("sweep case {}: no export '{}'", c.name, words[0]));
      const wasm::FuncType& type = m.func_type(e->index);
      if (type.params.size() + 1 != words.size())
        return make_error(ErrorKind::Internal,
                          fmt::format("sweep case {}: '{}' takes {} arguments", c.name, line, type.params.size()));
      DiffCall call{words[0], {}};
      for (size_t i = 1; i < words.size(); ++i) {
        TANDEM_TRY(Value v, parse_value(words[i], type.params[i - 1]));
        call.args.push_back(v);
      }
      c.calls.push_back(std::move(call));
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace tandem::oracle
