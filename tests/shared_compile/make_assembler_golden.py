#!/usr/bin/env python3
"""Regenerates the hex-golden Assembler tests from llvm-mc.

For every row of shared_compile/x64/encodings.def, every VEX twin a row's Vex
column asks for, and every legal size, this writes the instruction twice (different registers: low, high, and the byte
registers that need REX, or VEX.R/X/B and a three-byte VEX; different memory
shapes: rsp and r12 bases that need
SIB, rbp and r13 bases that need a displacement, index scaling, disp8/disp32
edges) as Intel assembly text and as the Assembler call that should encode it.
The expected bytes come from llvm-mc, never from the Assembler, so the tests
check the encoder against an independent assembler:

    EXPECT_ENC("4811d1", a.adc(rcx, rdx, S64));  // adc rcx, rdx

Forms llvm-mc would encode differently by its own choice are left to the
Capstone sweep (encoding_check_test.cc) and named in SKIPPED below.

Usage: make_assembler_golden.py [--llvm-mc llvm-mc-14]   (from the repo root)
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEF = os.path.join(ROOT, "shared_compile/x64/encodings.def")
OUT_DIR = os.path.join(ROOT, "tests/shared_compile")

GPR64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"] + [f"r{i}" for i in range(8, 16)]
GPR32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"] + [f"r{i}d" for i in range(8, 16)]
GPR16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"] + [f"r{i}w" for i in range(8, 16)]
GPR8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"] + [f"r{i}b" for i in range(8, 16)]
GPR = {1: GPR8, 2: GPR16, 4: GPR32, 8: GPR64}
PTR = {1: "byte", 2: "word", 4: "dword", 8: "qword", 16: "xmmword"}
SIZE_NAME = {1: "S8", 2: "S16", 4: "S32", 8: "S64"}
CONDS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]
COND_ENUM = ["O", "NO", "B", "AE", "E", "NE", "BE", "A", "S", "NS", "P", "NP", "L", "GE", "LE", "G"]
FCMP_ENUM = ["Eq", "Lt", "Le", "Unord", "Neq", "Nlt", "Nle", "Ord"]
RND_ENUM = ["Nearest", "Down", "Up", "Trunc"]

# Operands of each signature in Intel order (G gpr, X xmm, M mem, I imm, C cl).
SIG_OPERANDS = {
    "R_R": "GG", "R_M": "GM", "M_R": "MG", "R_I8": "GI", "R_I32": "GI", "M_I8": "MI", "M_I32": "MI",
    "R": "G", "M": "M", "R_CL": "GC", "R_R_I8": "GGI", "R_M_I8": "GMI", "R_R_I32": "GGI",
    "R_M_I32": "GMI", "R_R_R": "GGG", "R_M_R": "GMG", "R_R_M": "GGM", "R64_R": "GG", "R64_M": "GM",
    "R64": "G", "M64": "M", "R64_I64": "GI", "CC_R8": "G", "CC_R_R": "GG", "CC_R_M": "GM", "NONE": "",
    "X_X": "XX", "X_M": "XM", "M_X": "MX", "X_X_FCMP": "XXI", "X_M_FCMP": "XMI", "X_X_RND": "XXI",
    "X_M_RND": "XMI", "X_R": "XG", "X_M_S": "XM", "R_X": "GX", "R32_X": "GX",
    "X_X_U8": "XXI", "X_M_U8": "XMI", "X_U8": "XI", "X_R_U8": "XGI", "R_X_U8": "GXI", "M_X_U8": "MXI",
    "X_X_XMM0": "XXZ", "X_M_XMM0": "XMZ", "X_X_X": "XXX", "X_X_M": "XXM", "X_X_X_U8": "XXXI",
    "X_X_M_U8": "XXMI", "X_X_R_U8": "XXGI", "X_X_X_FCMP": "XXXI", "X_X_M_FCMP": "XXMI", "X_X_X_X": "XXXX",
    "X_X_M_X": "XXMX",
}
# The twin of a row (encodings.def, Vex column): its signature and encoding.
V3_SIG = {"X_X": "X_X_X", "X_M": "X_X_M", "X_X_U8": "X_X_X_U8", "X_M_U8": "X_X_M_U8", "X_R_U8": "X_X_R_U8",
          "X_U8": "X_X_U8", "X_X_FCMP": "X_X_X_FCMP", "X_M_FCMP": "X_X_M_FCMP"}
V2_ENC = {"RM": "VRM", "RMI": "VRMI", "MR": "VMR", "MRI": "VMRI"}
V3_ENC = {"RM": "VRVM", "RMI": "VRVMI", "MI": "VVMI"}
HAND_WRITTEN = {"LABEL", "CC_LABEL", "FUNC", "R64_LIBCALL", "NOP_LEN"}
SIZED = {"R_R", "R_M", "M_R", "R_I8", "R_I32", "M_I8", "M_I32", "R", "M", "R_CL", "R_R_I8", "R_M_I8",
         "R_R_I32", "R_M_I32", "R_R_R", "R_M_R", "R_R_M", "CC_R_R", "CC_R_M", "X_R", "X_M_S", "R_X"}
RM_POSITION = {"RM": 1, "RMI": 1, "VRM": 1, "VRMI": 1, "VRMV": 1, "VVMI": 1, "MR": 0, "MRI": 0, "VMR": 0, "VMRI": 0,
               "M": 0, "MI": 0, "VRVM": 2, "VRVMI": 2, "VRVMR": 2}
FIXED_SIZE = {"B": 1, "L": 4, "Q": 8, "D64": 8, "NOSZ": 4}

# (form, size) pairs llvm-mc encodes with another, equally valid form of its
# own choosing: `mov r32, imm32` as B8+r rather than C7 /0; the commutative
# `xchg r, r` with its first operand in ModRM.reg (the Assembler, like every
# other r, r form here, puts it in ModRM.rm, the order Capstone prints).
SKIPPED = {("MovRI", 1), ("MovRI", 2), ("MovRI", 4),
           ("XchgRR", 1), ("XchgRR", 2), ("XchgRR", 4), ("XchgRR", 8)}

# VEX register-register moves that llvm-mc turns into their store form when
# that makes a two-byte VEX (xmm0-7 destination, xmm8-15 source: the
# extended register goes to ModRM.reg, where VEX.R reaches it). Equally
# valid; those operand choices are left to the Capstone sweep.
VEX_MOVES_LLVM_REVERSES = {"vmovdqu", "vmovdqa", "vmovups", "vmovaps", "vmovapd", "vmovq"}

# Operand variants: registers for positions 0..3 and one memory shape each.
#   (gpr/xmm numbers, asm memory text, C++ Mem expression)
VARIANTS = [
    ((1, 2, 3, 4), "[rsp]", "Mem(rsp)"),
    ((9, 10, 11, 12), "[r13 + r12*8]", "Mem(r13, r12, Scale::x8)"),
    ((6, 7, 5, 15), "[rbp - 0x80]", "Mem(rbp, -0x80)"),
    ((8, 15, 14, 0), "[r12 + rbp*2 + 0x12345678]", "Mem(r12, rbp, Scale::x2, 0x12345678)"),
    ((3, 12, 13, 9), "[rbx + r15*4 + 0x80]", "Mem(rbx, r15, Scale::x4, 0x80)"),
    ((13, 4, 12, 2), "[r8 - 0x81]", "Mem(r8, -0x81)"),
]


def parse_def():
    rows = []
    pat = re.compile(r"^X64_FORM\((.*)\)\s*$")
    for line in open(DEF):
        m = pat.match(line.strip())
        if not m:
            continue
        cols = [c.strip() for c in m.group(1).split(",")]
        rows.append(dict(id=cols[0], method=cols[1], mnem=cols[2].strip('"'), sig=cols[3], sizes=cols[4],
                         enc=cols[5], imm=cols[11], rmw=int(cols[12]), vex=cols[14], twin=False))
    twins = []
    for r in rows:
        if r["vex"] in ("V2", "V3"):
            sig = r["sig"] if r["vex"] == "V2" else V3_SIG[r["sig"]]
            enc = (V2_ENC if r["vex"] == "V2" else V3_ENC)[r["enc"]]
            twins.append(dict(r, id="V" + r["id"], method="v" + r["method"], mnem="v" + r["mnem"], sig=sig, enc=enc,
                              vex="TWIN", twin=True))
    return rows + twins


def sizes_of(row):
    if row["sig"] not in SIZED:
        return [FIXED_SIZE[row["sizes"]]]
    return [{"B": 1, "W": 2, "L": 4, "Q": 8}[ch] for ch in row["sizes"] if ch in "BWLQ"]


def imm_for(row, size, v):
    """An immediate that only this form can encode (never the imm8 of an imm32 form)."""
    if row["sig"] in ("X_X_FCMP", "X_M_FCMP", "X_X_X_FCMP", "X_X_M_FCMP"):
        p = [1, 6, 2, 7, 0, 5][v]
        return p, str(p), f"FloatCmp::{FCMP_ENUM[p]}"
    if row["sig"] in ("X_X_RND", "X_M_RND"):
        r = [3, 1, 2, 0, 3, 1][v]
        return r, str(r), f"RoundMode::{RND_ENUM[r]}"
    if row["imm"] == "U8":
        n = [5, 0xFD, 127, 0x80, 0x40, 0xFF][v]
        return n, str(n), f"UImm8({n:#x})"
    if row["imm"] == "I8":
        if row["method"] in ("rol", "ror", "shl", "shr", "sar", "rorx"):
            n = [5, 13, 3, 7, 2, 6][v]  # not 1: llvm-mc has a shift-by-one form
        else:
            n = [5, -3, 127, -128, 0x40, -1][v]
        return n, str(n), f"Imm8({n})"
    if row["imm"] == "IZ":
        if size == 1:
            n = [0x7F, -2, 0x55, -128, 0x40, 0xFF][v]  # imm8 forms: any byte
        elif size == 2:
            n = [0x1234, -0x1234, 0x7FFF, -0x8000, 0x5A5A, 0x8001][v]  # none is an imm8 at 16 bits
        else:
            n = [0x12345, -0x12345, 0x7FFFFFFF, -0x80000000, 0x1000, -0x1000][v]
        return n, str(n), f"Imm32({n})"
    if row["imm"] == "I64":
        n = [0x123456789ABCDEF0, -2, 0x7FFFFFFFFFFFFFFF, 0x100000000, -0x8000000000000000, 1][v]
        # A C++ literal for INT64_MIN is not a literal: spell it as an expression.
        cpp = f"Imm64({n})" if n != -0x8000000000000000 else "Imm64(INT64_MIN)"
        return n, str(n), cpp
    raise ValueError(row["id"])


def build_case(row, size, v):
    regs, mem_asm, mem_cpp = VARIANTS[v]
    kinds = SIG_OPERANDS[row["sig"]]
    rm_pos = RM_POSITION.get(row["enc"], -1)
    asm_ops, cpp_args = [], []
    cond = [4, 15, 2, 12, 7, 11][v]
    if row["sig"].startswith("CC_"):
        cpp_args.append(f"Cond::{COND_ENUM[cond]}")
    for pos, kind in enumerate(kinds):
        width = row["rmw"] if (pos == rm_pos and row["rmw"]) else size
        r = regs[pos]
        if kind == "G":
            asm_ops.append(GPR[width][r])
            cpp_args.append(GPR64[r])
        elif kind == "X":
            asm_ops.append(f"xmm{r}")
            cpp_args.append(f"xmm{r}")
        elif kind == "M":
            asm_ops.append(mem_asm if row["method"] == "lea" else f"{PTR[width]} ptr {mem_asm}")
            cpp_args.append(mem_cpp)
        elif kind == "C":
            asm_ops.append("cl")
        elif kind == "Z":
            asm_ops.append("xmm0")
            cpp_args.append("xmm0")
        elif kind == "I":
            _, asm, cpp = imm_for(row, size, v)
            asm_ops.append(asm)
            cpp_args.append(cpp)
    if row["sig"] in SIZED:
        cpp_args.append(SIZE_NAME[size])
    mnem = row["mnem"]
    if "/" in mnem:
        mnem = mnem.split("/")[1 if size == 8 else 0]
        if row["twin"] and size == 8:
            mnem = "v" + mnem
    if row["sig"].startswith("CC_"):
        mnem += CONDS[cond]
    asm = mnem + (" " + ", ".join(asm_ops) if asm_ops else "")
    cpp = f"a.{row['method']}({', '.join(cpp_args)})"
    return asm, cpp


def llvm_mc_encode(llvm_mc, lines):
    src = ".intel_syntax noprefix\n" + "\n".join(lines) + "\n"
    out = subprocess.run([llvm_mc, "--show-encoding", "-x86-asm-syntax=intel", "-triple=x86_64"],
                         input=src, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"llvm-mc failed:\n{out.stderr}")
    encs = re.findall(r"encoding: \[([^\]]*)\]", out.stdout)
    if len(encs) != len(lines):
        sys.exit(f"llvm-mc returned {len(encs)} encodings for {len(lines)} lines:\n{out.stderr}")
    return ["".join(b.strip()[2:].zfill(2) for b in e.split(",")) for e in encs]


ALU = re.compile(r"^(Add|Or|Adc|Sbb|And|Sub|Xor|Cmp|Test)(RR|RM|MR|RI8|RI32|MI8|MI32|RI|MI)$")


def llvm_reverses(row, v):
    """Whether llvm-mc encodes this case with the move's other opcode (see VEX_MOVES_LLVM_REVERSES)."""
    regs = VARIANTS[v][0]
    return row["method"] in VEX_MOVES_LLVM_REVERSES and row["sig"] == "X_X" and regs[0] < 8 <= regs[1]


def category(row):
    if "X" in SIG_OPERANDS.get(row["sig"], ""):
        return "avx" if row["enc"].startswith("V") else "sse"
    return "alu" if ALU.match(row["id"]) else "gpr"


HEADER = """// Generated by make_assembler_golden.py from llvm-mc-14: every {what} form of
// encodings.def at every legal size, with low, high and REX-only byte registers
// and the memory shapes whose encodings have quirks. The expected bytes are
// llvm-mc's, not the Assembler's. Do not edit; rerun the script.
// clang-format off
#include "tests/shared_compile/assembler_golden.h"

namespace tandem::compile::x64 {{
namespace {{

"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--llvm-mc", default="llvm-mc-14")
    args = ap.parse_args()
    rows = parse_def()
    cases = {"gpr": [], "alu": [], "sse": [], "avx": []}
    for i, row in enumerate(rows):
        if row["sig"] in HAND_WRITTEN:
            continue
        for j, size in enumerate(sizes_of(row)):
            if (row["id"], size) in SKIPPED:
                continue
            picks = [(i + j + k) % len(VARIANTS) for k in (0, 3, 1, 4, 2, 5)]
            for v in [v for v in picks if not llvm_reverses(row, v)][:2]:
                asm, cpp = build_case(row, size, v)
                cases[category(row)].append((row["id"], asm, cpp))
    for cat, what in (("gpr", "general-purpose"), ("alu", "ALU (add or adc sbb and sub xor cmp test)"),
                      ("sse", "SSE"), ("avx", "AVX and AVX2")):
        lst = cases[cat]
        hexes = llvm_mc_encode(args.llvm_mc, [asm for _, asm, _ in lst])
        body = HEADER.format(what=what)
        current = None
        for (form, asm, cpp), hx in zip(lst, hexes):
            if form != current:
                if current is not None:
                    body += "}\n\n"
                body += f"TEST_F(AssemblerGolden, {form}) {{\n"
                current = form
            body += f'  EXPECT_ENC("{hx}", {cpp});  // {asm}\n'
        body += "}\n\n}  // namespace\n}  // namespace tandem::compile::x64\n"
        path = os.path.join(OUT_DIR, f"assembler_golden_{cat}_test.cc")
        with open(path, "w") as f:
            f.write(body)
        print(f"{path}: {len(lst)} encodings")


if __name__ == "__main__":
    main()
