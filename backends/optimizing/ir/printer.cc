#include "backends/optimizing/ir/printer.h"

#include <iterator>

#include <fmt/format.h>

#include "wasm/opcode.h"

namespace tandem::optimizing::ir {
namespace {

void print_value_list(std::string& out, std::span<const Value> values) {
  for (size_t i = 0; i < values.size(); ++i) {
    fmt::format_to(std::back_inserter(out), "{}v{}", i ? ", " : "", values[i].index);
  }
}

void print_block_call(std::string& out, const Function& f, const BlockCall& c) {
  fmt::format_to(std::back_inserter(out), "block{}", c.block.index);
  std::span<const Value> args = f.call_args(c);
  if (!args.empty()) {
    out += '(';
    print_value_list(out, args);
    out += ')';
  }
}

void print_result_types(std::string& out, const Function& f, Inst inst) {
  std::span<const Value> results = f.inst_results(inst);
  if (results.empty()) return;
  out += " -> ";
  for (size_t i = 0; i < results.size(); ++i) {
    fmt::format_to(std::back_inserter(out), "{}{}", i ? ", " : "", type_name(f.value_type(results[i])));
  }
}

}  // namespace

void print_inst(std::string& out, const Function& f, Inst inst) {
  auto it = std::back_inserter(out);
  const InstData& d = f.inst(inst);
  const OpcodeInfo& info = opcode_info(d.opcode);
  std::span<const Value> results = f.inst_results(inst);
  std::span<const Value> args = f.inst_args(inst);
  if (!results.empty()) {
    print_value_list(out, results);
    out += " = ";
  }
  out += info.text;
  if (d.type != Type::None) fmt::format_to(it, ".{}", type_name(d.type));

  switch (info.format) {
    case InstFormat::Const:
      if (d.opcode == Opcode::Iconst) {
        fmt::format_to(it, " {}", d.imm);
      } else if (d.opcode == Opcode::F32const) {
        fmt::format_to(it, " 0x{:08x}", static_cast<uint32_t>(d.imm));
      } else {
        fmt::format_to(it, " 0x{:016x}", static_cast<uint64_t>(d.imm));
      }
      break;
    case InstFormat::VConst: {
      const Function::V128Bits& bits = f.v128(static_cast<uint32_t>(d.imm));
      fmt::format_to(it, " 0x{:016x} 0x{:016x}", bits[1], bits[0]);
      break;
    }
    case InstFormat::Simd: {
      wasm::Opcode op = static_cast<wasm::Opcode>(d.index1);
      fmt::format_to(it, " {}", wasm::op_name(op));
      if (wasm::op_info(op).imm == wasm::ImmKind::Lane) fmt::format_to(it, "[{}]", d.index2);
      if (wasm::op_info(op).imm == wasm::ImmKind::Shuffle) {
        const Function::V128Bits& bits = f.v128(static_cast<uint32_t>(d.imm));
        fmt::format_to(it, "[0x{:016x} 0x{:016x}]", bits[1], bits[0]);
      }
      if (!args.empty()) out += ' ';
      print_value_list(out, args);
      break;
    }
    case InstFormat::Nullary: break;
    case InstFormat::Unary:
    case InstFormat::Binary:
    case InstFormat::Select:
    case InstFormat::Return:
      if (!args.empty()) out += ' ';
      print_value_list(out, args);
      break;
    case InstFormat::IntCompare:
      fmt::format_to(it, " {} v{}, v{}", int_cc_name(d.int_cc()), args[0].index, args[1].index);
      break;
    case InstFormat::FloatCompare:
      fmt::format_to(it, " {} v{}, v{}", float_cc_name(d.float_cc()), args[0].index, args[1].index);
      break;
    case InstFormat::Load:
      fmt::format_to(it, " v{}, v{}+{} {}", args[0].index, args[1].index, static_cast<uint64_t>(d.imm),
                     bounds_check_name(d.bounds_check()));
      break;
    case InstFormat::Store:
      fmt::format_to(it, " v{}, v{}, v{}+{} {}", args[0].index, args[1].index, args[2].index,
                     static_cast<uint64_t>(d.imm), bounds_check_name(d.bounds_check()));
      break;
    case InstFormat::IndexArgs: {
      bool first = true;
      auto sep = [&] {
        out += first ? " " : ", ";
        first = false;
      };
      if (*info.index1_prefix) {
        sep();
        fmt::format_to(it, "{}{}", info.index1_prefix, d.index1);
      }
      if (*info.index2_prefix) {
        sep();
        fmt::format_to(it, "{}{}", info.index2_prefix, d.index2);
      }
      for (Value v : args) {
        sep();
        fmt::format_to(it, "v{}", v.index);
      }
      break;
    }
    case InstFormat::Call:
      fmt::format_to(it, " fn{}(", d.index1);
      print_value_list(out, args);
      out += ')';
      print_result_types(out, f, inst);
      break;
    case InstFormat::CallIndirect:
      fmt::format_to(it, " type{}, t{}, v{}(", d.index1, d.index2, args[0].index);
      print_value_list(out, args.subspan(1));
      out += ')';
      print_result_types(out, f, inst);
      break;
    case InstFormat::Trap: fmt::format_to(it, " {}", compile::trap_code_name(d.trap_code())); break;
    case InstFormat::CondTrap:
      fmt::format_to(it, " v{}, {}", args[0].index, compile::trap_code_name(d.trap_code()));
      break;
    case InstFormat::Jump:
      out += ' ';
      print_block_call(out, f, f.inst_targets(inst)[0]);
      break;
    case InstFormat::Brif:
      fmt::format_to(it, " v{}, ", args[0].index);
      print_block_call(out, f, f.inst_targets(inst)[0]);
      out += ", ";
      print_block_call(out, f, f.inst_targets(inst)[1]);
      break;
    case InstFormat::BrTable: {
      std::span<const BlockCall> targets = f.inst_targets(inst);
      fmt::format_to(it, " v{}, ", args[0].index);
      print_block_call(out, f, targets[0]);
      out += ", [";
      for (size_t t = 1; t < targets.size(); ++t) {
        if (t > 1) out += ", ";
        print_block_call(out, f, targets[t]);
      }
      out += ']';
      break;
    }
  }
}

std::string print_function(const Function& f) {
  std::string out;
  auto it = std::back_inserter(out);
  fmt::format_to(it, "function fn{}(", f.func_index);
  for (size_t i = 0; i < f.param_types.size(); ++i) {
    fmt::format_to(it, "{}{}", i ? ", " : "", type_name(f.param_types[i]));
  }
  out += ')';
  if (!f.result_types.empty()) {
    out += " -> ";
    for (size_t i = 0; i < f.result_types.size(); ++i) {
      fmt::format_to(it, "{}{}", i ? ", " : "", type_name(f.result_types[i]));
    }
  }
  out += " {\n";
  for (Block b : f.layout()) {
    fmt::format_to(it, "block{}", b.index);
    std::span<const Value> params = f.block_params(b);
    if (!params.empty()) {
      out += '(';
      for (size_t i = 0; i < params.size(); ++i) {
        fmt::format_to(it, "{}v{}: {}", i ? ", " : "", params[i].index, type_name(f.value_type(params[i])));
      }
      out += ')';
    }
    out += ":\n";
    for (Inst inst : f.block_insts(b)) {
      uint32_t loc = f.inst(inst).wasm_offset;
      if (loc) {
        fmt::format_to(it, "@{:04x} ", loc);
      } else {
        out += "      ";
      }
      print_inst(out, f, inst);
      out += '\n';
    }
  }
  out += "}\n";
  return out;
}

}  // namespace tandem::optimizing::ir
