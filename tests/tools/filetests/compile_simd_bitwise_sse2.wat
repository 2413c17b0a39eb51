;; test: compile
;; Bitwise operators, bitselect, tests and constants. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
(module
  (func (export "v128_and") (param v128 v128) (result v128)
    local.get 0 local.get 1 v128.and)
  (func (export "v128_andnot") (param v128 v128) (result v128)
    local.get 0 local.get 1 v128.andnot)
  (func (export "v128_or") (param v128 v128) (result v128)
    local.get 0 local.get 1 v128.or)
  (func (export "v128_xor") (param v128 v128) (result v128)
    local.get 0 local.get 1 v128.xor)
  (func (export "v128_not") (param v128) (result v128)
    local.get 0 v128.not)
  (func (export "v128_bitselect") (param v128 v128 v128) (result v128)
    local.get 0 local.get 1 local.get 2 v128.bitselect)
  (func (export "v128_any_true") (param v128) (result i32)
    local.get 0 v128.any_true)
  (func (export "i32x4_all_true") (param v128) (result i32)
    local.get 0 i32x4.all_true)
  (func (export "i8x16_bitmask") (param v128) (result i32)
    local.get 0 i8x16.bitmask)
  (func (export "i64x2_bitmask") (param v128) (result i32)
    local.get 0 i64x2.bitmask)
  (func (export "const_zero") (result v128)
    v128.const i64x2 0 0)
  (func (export "const_ones") (result v128)
    v128.const i64x2 -1 -1)
  (func (export "const_lanes") (result v128)
    v128.const i32x4 1 2 3 4)
)

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pand xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0xf3
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: pandn xmm14, xmm0
;;   31: movdqa xmm0, xmm14
;;   36: mov rsp, rbp
;;   39: pop rbp
;;   3a: ret
;;   3b: ud2   ; trap stack_overflow @0xfc
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: por xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x105
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pxor xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x10e
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x31
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pcmpeqd xmm14, xmm14
;;   27: pxor xmm0, xmm14
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0x117
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x70]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqu xmmword ptr [rbp - 0x38], xmm2
;;   2c: pxor xmm0, xmm1
;;   30: pand xmm0, xmm2
;;   34: pxor xmm0, xmm1
;;   38: mov rsp, rbp
;;   3b: pop rbp
;;   3c: ret
;;   3d: ud2   ; trap stack_overflow @0x11e
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x42
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pxor xmm14, xmm14
;;   27: pcmpeqb xmm14, xmm0
;;   2c: pmovmskb eax, xmm14
;;   31: cmp eax, 0xffff
;;   37: setne al
;;   3a: movzx eax, al
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0x129
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pxor xmm14, xmm14
;;   27: pcmpeqd xmm14, xmm0
;;   2c: pmovmskb eax, xmm14
;;   31: test eax, eax
;;   33: sete al
;;   36: movzx eax, al
;;   39: mov rsp, rbp
;;   3c: pop rbp
;;   3d: ret
;;   3e: ud2   ; trap stack_overflow @0x130
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pmovmskb eax, xmm0
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x138
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movmskpd eax, xmm0
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x13f
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x26
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: pxor xmm0, xmm0
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0x147
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x26
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: pcmpeqd xmm0, xmm0
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0x15c
;; function 12
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmm0, xmmword ptr [rip + 0xb]
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x171

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pand xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0xf3
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x27
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm1
;;   18: pandn xmm15, xmm0
;;   1d: movdqa xmm0, xmm15
;;   22: mov rsp, rbp
;;   25: pop rbp
;;   26: ret
;;   27: ud2   ; trap stack_overflow @0xfc
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: por xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x105
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x10e
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x22
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pcmpeqd xmm15, xmm15
;;   18: pxor xmm0, xmm15
;;   1d: mov rsp, rbp
;;   20: pop rbp
;;   21: ret
;;   22: ud2   ; trap stack_overflow @0x117
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x24
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm0, xmm1
;;   17: pand xmm0, xmm2
;;   1b: pxor xmm0, xmm1
;;   1f: mov rsp, rbp
;;   22: pop rbp
;;   23: ret
;;   24: ud2   ; trap stack_overflow @0x11e
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x36
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm15, xmm15
;;   18: pcmpeqb xmm15, xmm0
;;   1d: pmovmskb ebx, xmm15
;;   22: cmp ebx, 0xffff
;;   28: setne bl
;;   2b: movzx ebx, bl
;;   2e: mov rax, rbx
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0x129
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x32
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm15, xmm15
;;   18: pcmpeqd xmm15, xmm0
;;   1d: pmovmskb ebx, xmm15
;;   22: test ebx, ebx
;;   24: sete bl
;;   27: movzx ebx, bl
;;   2a: mov rax, rbx
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0x130
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pmovmskb ebx, xmm0
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x138
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movmskpd ebx, xmm0
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x13f
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x21
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm8, xmm8
;;   18: movaps xmm0, xmm8
;;   1c: mov rsp, rbp
;;   1f: pop rbp
;;   20: ret
;;   21: ud2   ; trap stack_overflow @0x147
;; function 11
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x21
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pcmpeqd xmm8, xmm8
;;   18: movaps xmm0, xmm8
;;   1c: mov rsp, rbp
;;   1f: pop rbp
;;   20: ret
;;   21: ud2   ; trap stack_overflow @0x15c
;; function 12
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x25
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm8, xmmword ptr [rip + 0x14]
;;   1c: movaps xmm0, xmm8
;;   20: mov rsp, rbp
;;   23: pop rbp
;;   24: ret
;;   25: ud2   ; trap stack_overflow @0x171
