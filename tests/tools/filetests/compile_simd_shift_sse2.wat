;; test: compile
;; Shifts by a variable and by a constant count. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
(module
  (func (export "i8x16_shl") (param v128 i32) (result v128)
    local.get 0 local.get 1 i8x16.shl)
  (func (export "i8x16_shl_by_3") (param v128) (result v128)
    local.get 0 i32.const 3 i8x16.shl)
  (func (export "i8x16_shr_s") (param v128 i32) (result v128)
    local.get 0 local.get 1 i8x16.shr_s)
  (func (export "i8x16_shr_s_by_3") (param v128) (result v128)
    local.get 0 i32.const 3 i8x16.shr_s)
  (func (export "i16x8_shr_u") (param v128 i32) (result v128)
    local.get 0 local.get 1 i16x8.shr_u)
  (func (export "i16x8_shr_u_by_3") (param v128) (result v128)
    local.get 0 i32.const 3 i16x8.shr_u)
  (func (export "i32x4_shl") (param v128 i32) (result v128)
    local.get 0 local.get 1 i32x4.shl)
  (func (export "i32x4_shl_by_3") (param v128) (result v128)
    local.get 0 i32.const 3 i32x4.shl)
  (func (export "i64x2_shr_s") (param v128 i32) (result v128)
    local.get 0 local.get 1 i64x2.shr_s)
  (func (export "i64x2_shr_s_by_3") (param v128) (result v128)
    local.get 0 i32.const 3 i64x2.shr_s)
  (func (export "i64x2_shr_u") (param v128 i32) (result v128)
    local.get 0 local.get 1 i64x2.shr_u)
  (func (export "i64x2_shr_u_by_3") (param v128) (result v128)
    local.get 0 i32.const 3 i64x2.shr_u)
)

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x63
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: mov r11d, edi
;;   28: and r11d, 7
;;   2c: movd xmm1, r11d
;;   31: movdqa xmm14, xmm0
;;   36: punpcklbw xmm0, xmm0
;;   3a: punpckhbw xmm14, xmm14
;;   3f: psllw xmm0, xmm1
;;   43: psllw xmm14, xmm1
;;   48: pand xmm0, xmmword ptr [rip + 0x20]
;;   50: pand xmm14, xmmword ptr [rip + 0x17]
;;   59: packuswb xmm0, xmm14
;;   5e: mov rsp, rbp
;;   61: pop rbp
;;   62: ret
;;   63: ud2   ; trap stack_overflow @0xec
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x65
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov eax, 3
;;   27: mov r11d, eax
;;   2a: and r11d, 7
;;   2e: movd xmm1, r11d
;;   33: movdqa xmm14, xmm0
;;   38: punpcklbw xmm0, xmm0
;;   3c: punpckhbw xmm14, xmm14
;;   41: psllw xmm0, xmm1
;;   45: psllw xmm14, xmm1
;;   4a: pand xmm0, xmmword ptr [rip + 0x1e]
;;   52: pand xmm14, xmmword ptr [rip + 0x15]
;;   5b: packuswb xmm0, xmm14
;;   60: mov rsp, rbp
;;   63: pop rbp
;;   64: ret
;;   65: ud2   ; trap stack_overflow @0xf5
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x56
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: mov r11d, edi
;;   28: and r11d, 7
;;   2c: add r11d, 8
;;   30: movd xmm1, r11d
;;   35: movdqa xmm14, xmm0
;;   3a: punpcklbw xmm0, xmm0
;;   3e: punpckhbw xmm14, xmm14
;;   43: psraw xmm0, xmm1
;;   47: psraw xmm14, xmm1
;;   4c: packsswb xmm0, xmm14
;;   51: mov rsp, rbp
;;   54: pop rbp
;;   55: ret
;;   56: ud2   ; trap stack_overflow @0xfe
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x58
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov eax, 3
;;   27: mov r11d, eax
;;   2a: and r11d, 7
;;   2e: add r11d, 8
;;   32: movd xmm1, r11d
;;   37: movdqa xmm14, xmm0
;;   3c: punpcklbw xmm0, xmm0
;;   40: punpckhbw xmm14, xmm14
;;   45: psraw xmm0, xmm1
;;   49: psraw xmm14, xmm1
;;   4e: packsswb xmm0, xmm14
;;   53: mov rsp, rbp
;;   56: pop rbp
;;   57: ret
;;   58: ud2   ; trap stack_overflow @0x107
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: mov r11d, edi
;;   28: and r11d, 0xf
;;   2c: movd xmm1, r11d
;;   31: psrlw xmm0, xmm1
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0x110
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov eax, 3
;;   27: mov r11d, eax
;;   2a: and r11d, 0xf
;;   2e: movd xmm1, r11d
;;   33: psrlw xmm0, xmm1
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0x11a
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: mov r11d, edi
;;   28: and r11d, 0x1f
;;   2c: movd xmm1, r11d
;;   31: pslld xmm0, xmm1
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0x124
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov eax, 3
;;   27: mov r11d, eax
;;   2a: and r11d, 0x1f
;;   2e: movd xmm1, r11d
;;   33: pslld xmm0, xmm1
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0x12e
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x52
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: mov r11d, edi
;;   28: and r11d, 0x3f
;;   2c: movd xmm1, r11d
;;   31: movdqu xmm14, xmmword ptr [rip + 0x26]
;;   3a: psrlq xmm14, xmm1
;;   3f: psrlq xmm0, xmm1
;;   43: pxor xmm0, xmm14
;;   48: psubq xmm0, xmm14
;;   4d: mov rsp, rbp
;;   50: pop rbp
;;   51: ret
;;   52: ud2   ; trap stack_overflow @0x138
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x54
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov eax, 3
;;   27: mov r11d, eax
;;   2a: and r11d, 0x3f
;;   2e: movd xmm1, r11d
;;   33: movdqu xmm14, xmmword ptr [rip + 0x24]
;;   3c: psrlq xmm14, xmm1
;;   41: psrlq xmm0, xmm1
;;   45: pxor xmm0, xmm14
;;   4a: psubq xmm0, xmm14
;;   4f: mov rsp, rbp
;;   52: pop rbp
;;   53: ret
;;   54: ud2   ; trap stack_overflow @0x142
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: mov r11d, edi
;;   28: and r11d, 0x3f
;;   2c: movd xmm1, r11d
;;   31: psrlq xmm0, xmm1
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0x14c
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov eax, 3
;;   27: mov r11d, eax
;;   2a: and r11d, 0x3f
;;   2e: movd xmm1, r11d
;;   33: psrlq xmm0, xmm1
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0x156

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x52
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov r11d, edi
;;   16: and r11d, 7
;;   1a: movd xmm8, r11d
;;   1f: movdqa xmm15, xmm0
;;   24: punpcklbw xmm0, xmm0
;;   28: punpckhbw xmm15, xmm15
;;   2d: psllw xmm0, xmm8
;;   32: psllw xmm15, xmm8
;;   37: pand xmm0, xmmword ptr [rip + 0x21]
;;   3f: pand xmm15, xmmword ptr [rip + 0x18]
;;   48: packuswb xmm0, xmm15
;;   4d: mov rsp, rbp
;;   50: pop rbp
;;   51: ret
;;   52: ud2   ; trap stack_overflow @0xec
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x25
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: psllw xmm0, 3
;;   18: pand xmm0, xmmword ptr [rip + 0x10]
;;   20: mov rsp, rbp
;;   23: pop rbp
;;   24: ret
;;   25: ud2   ; trap stack_overflow @0xf5
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x45
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov r11d, edi
;;   16: and r11d, 7
;;   1a: add r11d, 8
;;   1e: movd xmm8, r11d
;;   23: movdqa xmm15, xmm0
;;   28: punpcklbw xmm0, xmm0
;;   2c: punpckhbw xmm15, xmm15
;;   31: psraw xmm0, xmm8
;;   36: psraw xmm15, xmm8
;;   3b: packsswb xmm0, xmm15
;;   40: mov rsp, rbp
;;   43: pop rbp
;;   44: ret
;;   45: ud2   ; trap stack_overflow @0xfe
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x36
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm0
;;   18: punpcklbw xmm0, xmm0
;;   1c: punpckhbw xmm15, xmm15
;;   21: psraw xmm0, 0xb
;;   26: psraw xmm15, 0xb
;;   2c: packsswb xmm0, xmm15
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0x107
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x29
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov r11d, edi
;;   16: and r11d, 0xf
;;   1a: movd xmm8, r11d
;;   1f: psrlw xmm0, xmm8
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x110
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: psrlw xmm0, 3
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0x11a
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x29
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov r11d, edi
;;   16: and r11d, 0x1f
;;   1a: movd xmm8, r11d
;;   1f: pslld xmm0, xmm8
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x124
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pslld xmm0, 3
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0x12e
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x41
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov r11d, edi
;;   16: and r11d, 0x3f
;;   1a: movd xmm8, r11d
;;   1f: movdqa xmm15, xmmword ptr [rip + 0x28]
;;   28: psrlq xmm15, xmm8
;;   2d: psrlq xmm0, xmm8
;;   32: pxor xmm0, xmm15
;;   37: psubq xmm0, xmm15
;;   3c: mov rsp, rbp
;;   3f: pop rbp
;;   40: ret
;;   41: ud2   ; trap stack_overflow @0x138
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: psrlq xmm0, 3
;;   18: pxor xmm0, xmmword ptr [rip + 0x10]
;;   20: psubq xmm0, xmmword ptr [rip + 8]
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x142
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x29
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov r11d, edi
;;   16: and r11d, 0x3f
;;   1a: movd xmm8, r11d
;;   1f: psrlq xmm0, xmm8
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x14c
;; function 11
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: psrlq xmm0, 3
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0x156
