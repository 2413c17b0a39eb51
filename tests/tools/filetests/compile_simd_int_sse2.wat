;; test: compile
;; Integer lane arithmetic: one function per operator. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
(module
  (func (export "i8x16_add") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.add)
  (func (export "i16x8_sub") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.sub)
  (func (export "i32x4_mul") (param v128 v128) (result v128)
    local.get 0 local.get 1 i32x4.mul)
  (func (export "i64x2_mul") (param v128 v128) (result v128)
    local.get 0 local.get 1 i64x2.mul)
  (func (export "i8x16_add_sat_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.add_sat_s)
  (func (export "i16x8_sub_sat_u") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.sub_sat_u)
  (func (export "i8x16_min_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.min_s)
  (func (export "i16x8_min_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.min_s)
  (func (export "i32x4_max_u") (param v128 v128) (result v128)
    local.get 0 local.get 1 i32x4.max_u)
  (func (export "i8x16_avgr_u") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.avgr_u)
  (func (export "i16x8_q15mulr_sat_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.q15mulr_sat_s)
  (func (export "i32x4_dot_i16x8_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i32x4.dot_i16x8_s)
  (func (export "i16x8_extmul_low_i8x16_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.extmul_low_i8x16_s)
  (func (export "i64x2_extmul_high_i32x4_u") (param v128 v128) (result v128)
    local.get 0 local.get 1 i64x2.extmul_high_i32x4_u)
  (func (export "i32x4_abs") (param v128) (result v128)
    local.get 0 i32x4.abs)
  (func (export "i64x2_neg") (param v128) (result v128)
    local.get 0 i64x2.neg)
  (func (export "i8x16_popcnt") (param v128) (result v128)
    local.get 0 i8x16.popcnt)
  (func (export "i32x4_extadd_pairwise_i16x8_u") (param v128) (result v128)
    local.get 0 i32x4.extadd_pairwise_i16x8_u)
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
;;   27: paddb xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x16a
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: psubw xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x173
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x50
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pshufd xmm2, xmm1, 0xf5
;;   2c: pshufd xmm14, xmm0, 0xf5
;;   32: pmuludq xmm14, xmm2
;;   37: pmuludq xmm0, xmm1
;;   3b: pshufd xmm0, xmm0, 8
;;   40: pshufd xmm14, xmm14, 8
;;   46: punpckldq xmm0, xmm14
;;   4b: mov rsp, rbp
;;   4e: pop rbp
;;   4f: ret
;;   50: ud2   ; trap stack_overflow @0x17d
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x5b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm2, xmm0
;;   2b: psrlq xmm2, 0x20
;;   30: pmuludq xmm2, xmm1
;;   34: movdqa xmm14, xmm1
;;   39: psrlq xmm14, 0x20
;;   3f: pmuludq xmm14, xmm0
;;   44: paddq xmm2, xmm14
;;   49: psllq xmm2, 0x20
;;   4e: pmuludq xmm0, xmm1
;;   52: paddq xmm0, xmm2
;;   56: mov rsp, rbp
;;   59: pop rbp
;;   5a: ret
;;   5b: ud2   ; trap stack_overflow @0x187
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: paddsb xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x191
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: psubusw xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x19a
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: pxor xmm14, xmmword ptr [rip + 0x2b]
;;   35: pxor xmm0, xmmword ptr [rip + 0x23]
;;   3d: pminub xmm0, xmm14
;;   42: pxor xmm0, xmmword ptr [rip + 0x16]
;;   4a: mov rsp, rbp
;;   4d: pop rbp
;;   4e: ret
;;   4f: ud2   ; trap stack_overflow @0x1a4
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pminsw xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x1ad
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x5d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm2, xmm1
;;   2b: pxor xmm2, xmmword ptr [rip + 0x2d]
;;   33: movdqa xmm14, xmm0
;;   38: pxor xmm14, xmmword ptr [rip + 0x1f]
;;   41: pcmpgtd xmm14, xmm2
;;   46: movdqa xmm2, xmm1
;;   4a: pxor xmm2, xmm0
;;   4e: pandn xmm14, xmm2
;;   53: pxor xmm0, xmm14
;;   58: mov rsp, rbp
;;   5b: pop rbp
;;   5c: ret
;;   5d: ud2   ; trap stack_overflow @0x1b7
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pavgb xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x1c1
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x6c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm2, xmm0
;;   2b: pmullw xmm2, xmm1
;;   2f: pmulhw xmm0, xmm1
;;   33: movdqa xmm14, xmm2
;;   38: punpcklwd xmm14, xmm0
;;   3d: punpckhwd xmm2, xmm0
;;   41: paddd xmm14, xmmword ptr [rip + 0x26]
;;   4a: paddd xmm2, xmmword ptr [rip + 0x1e]
;;   52: psrad xmm14, 0xf
;;   58: psrad xmm2, 0xf
;;   5d: packssdw xmm14, xmm2
;;   62: movdqa xmm0, xmm14
;;   67: mov rsp, rbp
;;   6a: pop rbp
;;   6b: ret
;;   6c: ud2   ; trap stack_overflow @0x1ca
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pmaddwd xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x1d4
;; function 12
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x46
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm2, xmm1
;;   2b: punpcklbw xmm2, xmm2
;;   2f: psraw xmm2, 8
;;   34: punpcklbw xmm0, xmm0
;;   38: psraw xmm0, 8
;;   3d: pmullw xmm0, xmm2
;;   41: mov rsp, rbp
;;   44: pop rbp
;;   45: ret
;;   46: ud2   ; trap stack_overflow @0x1de
;; function 13
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pshufd xmm0, xmm0, 0xfa
;;   2c: pshufd xmm2, xmm1, 0xfa
;;   31: pmuludq xmm0, xmm2
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0x1e8
;; function 14
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqa xmm14, xmm0
;;   27: psrad xmm14, 0x1f
;;   2d: pxor xmm0, xmm14
;;   32: psubd xmm0, xmm14
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0x1f2
;; function 15
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x36
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pxor xmm14, xmm14
;;   27: psubq xmm14, xmm0
;;   2c: movdqa xmm0, xmm14
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0x1fa
;; function 16
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x79
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqa xmm14, xmm0
;;   27: psrlw xmm14, 1
;;   2d: pand xmm14, xmmword ptr [rip + 0x4a]
;;   36: psubb xmm0, xmm14
;;   3b: movdqa xmm14, xmm0
;;   40: psrlw xmm14, 2
;;   46: pand xmm14, xmmword ptr [rip + 0x41]
;;   4f: pand xmm0, xmmword ptr [rip + 0x39]
;;   57: paddb xmm0, xmm14
;;   5c: movdqa xmm14, xmm0
;;   61: psrlw xmm14, 4
;;   67: paddb xmm0, xmm14
;;   6c: pand xmm0, xmmword ptr [rip + 0x2c]
;;   74: mov rsp, rbp
;;   77: pop rbp
;;   78: ret
;;   79: ud2   ; trap stack_overflow @0x202
;; function 17
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pxor xmm0, xmmword ptr [rip + 0x26]
;;   2a: pmaddwd xmm0, xmmword ptr [rip + 0x2e]
;;   32: paddd xmm0, xmmword ptr [rip + 0x36]
;;   3a: mov rsp, rbp
;;   3d: pop rbp
;;   3e: ret
;;   3f: ud2   ; trap stack_overflow @0x209

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: paddb xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x16a
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: psubw xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x173
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufd xmm8, xmm1, 0xf5
;;   19: pshufd xmm15, xmm0, 0xf5
;;   1f: pmuludq xmm15, xmm8
;;   24: pmuludq xmm0, xmm1
;;   28: pshufd xmm0, xmm0, 8
;;   2d: pshufd xmm15, xmm15, 8
;;   33: punpckldq xmm0, xmm15
;;   38: mov rsp, rbp
;;   3b: pop rbp
;;   3c: ret
;;   3d: ud2   ; trap stack_overflow @0x17d
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x4c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm8, xmm0
;;   18: psrlq xmm8, 0x20
;;   1e: pmuludq xmm8, xmm1
;;   23: movdqa xmm15, xmm1
;;   28: psrlq xmm15, 0x20
;;   2e: pmuludq xmm15, xmm0
;;   33: paddq xmm8, xmm15
;;   38: psllq xmm8, 0x20
;;   3e: pmuludq xmm0, xmm1
;;   42: paddq xmm0, xmm8
;;   47: mov rsp, rbp
;;   4a: pop rbp
;;   4b: ret
;;   4c: ud2   ; trap stack_overflow @0x187
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: paddsb xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x191
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: psubusw xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x19a
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm8, xmm1
;;   18: movdqa xmm15, xmm0
;;   1d: pcmpgtb xmm15, xmm8
;;   22: movdqa xmm8, xmm1
;;   27: pxor xmm8, xmm0
;;   2c: pand xmm8, xmm15
;;   31: pxor xmm0, xmm8
;;   36: mov rsp, rbp
;;   39: pop rbp
;;   3a: ret
;;   3b: ud2   ; trap stack_overflow @0x1a4
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pminsw xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x1ad
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x4d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm8, xmm1
;;   18: movdqa xmm15, xmm0
;;   1d: pxor xmm8, xmmword ptr [rip + 0x2a]
;;   26: pxor xmm15, xmmword ptr [rip + 0x21]
;;   2f: pcmpgtd xmm15, xmm8
;;   34: movdqa xmm8, xmm1
;;   39: pxor xmm8, xmm0
;;   3e: pandn xmm15, xmm8
;;   43: pxor xmm0, xmm15
;;   48: mov rsp, rbp
;;   4b: pop rbp
;;   4c: ret
;;   4d: ud2   ; trap stack_overflow @0x1b7
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pavgb xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x1c1
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x5d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm8, xmm0
;;   18: pmullw xmm8, xmm1
;;   1d: pmulhw xmm0, xmm1
;;   21: movdqa xmm9, xmm8
;;   26: punpcklwd xmm8, xmm0
;;   2b: punpckhwd xmm9, xmm0
;;   30: paddd xmm8, xmmword ptr [rip + 0x27]
;;   39: paddd xmm9, xmmword ptr [rip + 0x1e]
;;   42: psrad xmm8, 0xf
;;   48: psrad xmm9, 0xf
;;   4e: packssdw xmm8, xmm9
;;   53: movdqa xmm0, xmm8
;;   58: mov rsp, rbp
;;   5b: pop rbp
;;   5c: ret
;;   5d: ud2   ; trap stack_overflow @0x1ca
;; function 11
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pmaddwd xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x1d4
;; function 12
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x36
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm8, xmm1
;;   18: punpcklbw xmm0, xmm0
;;   1c: psraw xmm0, 8
;;   21: punpcklbw xmm8, xmm8
;;   26: psraw xmm8, 8
;;   2c: pmullw xmm0, xmm8
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0x1de
;; function 13
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x28
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufd xmm0, xmm0, 0xfa
;;   18: pshufd xmm8, xmm1, 0xfa
;;   1e: pmuludq xmm0, xmm8
;;   23: mov rsp, rbp
;;   26: pop rbp
;;   27: ret
;;   28: ud2   ; trap stack_overflow @0x1e8
;; function 14
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm0
;;   18: psrad xmm15, 0x1f
;;   1e: pxor xmm0, xmm15
;;   23: psubd xmm0, xmm15
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x1f2
;; function 15
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x27
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm15, xmm15
;;   18: psubq xmm15, xmm0
;;   1d: movdqa xmm0, xmm15
;;   22: mov rsp, rbp
;;   25: pop rbp
;;   26: ret
;;   27: ud2   ; trap stack_overflow @0x1fa
;; function 16
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x6a
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm0
;;   18: psrlw xmm15, 1
;;   1e: pand xmm15, xmmword ptr [rip + 0x49]
;;   27: psubb xmm0, xmm15
;;   2c: movdqa xmm15, xmm0
;;   31: psrlw xmm15, 2
;;   37: pand xmm15, xmmword ptr [rip + 0x40]
;;   40: pand xmm0, xmmword ptr [rip + 0x38]
;;   48: paddb xmm0, xmm15
;;   4d: movdqa xmm15, xmm0
;;   52: psrlw xmm15, 4
;;   58: paddb xmm0, xmm15
;;   5d: pand xmm0, xmmword ptr [rip + 0x2b]
;;   65: mov rsp, rbp
;;   68: pop rbp
;;   69: ret
;;   6a: ud2   ; trap stack_overflow @0x202
;; function 17
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x30
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm0, xmmword ptr [rip + 0x25]
;;   1b: pmaddwd xmm0, xmmword ptr [rip + 0x2d]
;;   23: paddd xmm0, xmmword ptr [rip + 0x35]
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x209
