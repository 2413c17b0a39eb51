;; test: compile
;; Conversions, narrowing and widening. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
(module
  (func (export "f32x4_convert_i32x4_s") (param v128) (result v128)
    local.get 0 f32x4.convert_i32x4_s)
  (func (export "f32x4_convert_i32x4_u") (param v128) (result v128)
    local.get 0 f32x4.convert_i32x4_u)
  (func (export "i32x4_trunc_sat_f32x4_s") (param v128) (result v128)
    local.get 0 i32x4.trunc_sat_f32x4_s)
  (func (export "i32x4_trunc_sat_f32x4_u") (param v128) (result v128)
    local.get 0 i32x4.trunc_sat_f32x4_u)
  (func (export "f64x2_convert_low_i32x4_u") (param v128) (result v128)
    local.get 0 f64x2.convert_low_i32x4_u)
  (func (export "i32x4_trunc_sat_f64x2_s_zero") (param v128) (result v128)
    local.get 0 i32x4.trunc_sat_f64x2_s_zero)
  (func (export "f32x4_demote_f64x2_zero") (param v128) (result v128)
    local.get 0 f32x4.demote_f64x2_zero)
  (func (export "f64x2_promote_low_f32x4") (param v128) (result v128)
    local.get 0 f64x2.promote_low_f32x4)
  (func (export "i32x4_extend_high_i16x8_u") (param v128) (result v128)
    local.get 0 i32x4.extend_high_i16x8_u)
  (func (export "i64x2_extend_low_i32x4_s") (param v128) (result v128)
    local.get 0 i64x2.extend_low_i32x4_s)
  (func (export "i8x16_narrow_i16x8_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.narrow_i16x8_s)
  (func (export "i16x8_narrow_i32x4_u") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.narrow_i32x4_u)
)

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: cvtdq2ps xmm0, xmm0
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x166
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqa xmm1, xmm0
;;   26: pslld xmm1, 0x10
;;   2b: psrld xmm1, 0x10
;;   30: psrld xmm0, 0x10
;;   35: cvtdq2ps xmm0, xmm0
;;   38: mulps xmm0, xmmword ptr [rip + 0x11]
;;   3f: cvtdq2ps xmm1, xmm1
;;   42: addps xmm0, xmm1
;;   45: mov rsp, rbp
;;   48: pop rbp
;;   49: ret
;;   4a: ud2   ; trap stack_overflow @0x16e
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movaps xmm14, xmm0
;;   26: cmpeqps xmm14, xmm0
;;   2b: andps xmm0, xmm14
;;   2f: movaps xmm14, xmmword ptr [rip + 0x19]
;;   37: cmpleps xmm14, xmm0
;;   3c: cvttps2dq xmm0, xmm0
;;   40: pxor xmm0, xmm14
;;   45: mov rsp, rbp
;;   48: pop rbp
;;   49: ret
;;   4a: ud2   ; trap stack_overflow @0x176
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x69
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: xorps xmm14, xmm14
;;   26: maxps xmm0, xmm14
;;   2a: movaps xmm1, xmm0
;;   2d: subps xmm1, xmmword ptr [rip + 0x3c]
;;   34: cvttps2dq xmm1, xmm1
;;   38: movaps xmm14, xmmword ptr [rip + 0x30]
;;   40: cmpleps xmm14, xmm0
;;   45: pand xmm1, xmm14
;;   4a: movaps xmm14, xmmword ptr [rip + 0x2e]
;;   52: cmpleps xmm14, xmm0
;;   57: por xmm1, xmm14
;;   5c: cvttps2dq xmm0, xmm0
;;   60: por xmm0, xmm1
;;   64: mov rsp, rbp
;;   67: pop rbp
;;   68: ret
;;   69: ud2   ; trap stack_overflow @0x17e
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x37
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: punpckldq xmm0, xmmword ptr [rip + 0x16]
;;   2a: subpd xmm0, xmmword ptr [rip + 0x1e]
;;   32: mov rsp, rbp
;;   35: pop rbp
;;   36: ret
;;   37: ud2   ; trap stack_overflow @0x186
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x43
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movapd xmm14, xmm0
;;   27: cmpeqpd xmm14, xmm0
;;   2d: andpd xmm0, xmm14
;;   32: minpd xmm0, xmmword ptr [rip + 0x16]
;;   3a: cvttpd2dq xmm0, xmm0
;;   3e: mov rsp, rbp
;;   41: pop rbp
;;   42: ret
;;   43: ud2   ; trap stack_overflow @0x18e
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: cvtpd2ps xmm0, xmm0
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x196
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: cvtps2pd xmm0, xmm0
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x19d
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x31
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pxor xmm14, xmm14
;;   27: punpckhwd xmm0, xmm14
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0x1a4
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x37
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqa xmm14, xmm0
;;   27: psrad xmm14, 0x1f
;;   2d: punpckldq xmm0, xmm14
;;   32: mov rsp, rbp
;;   35: pop rbp
;;   36: ret
;;   37: ud2   ; trap stack_overflow @0x1ac
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: packsswb xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x1b4
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x6f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm0
;;   2c: psrad xmm14, 0x1f
;;   32: pandn xmm14, xmm0
;;   37: movdqa xmm0, xmm14
;;   3c: psubd xmm0, xmmword ptr [rip + 0x3c]
;;   44: movdqa xmm14, xmm1
;;   49: psrad xmm14, 0x1f
;;   4f: pandn xmm14, xmm1
;;   54: psubd xmm14, xmmword ptr [rip + 0x23]
;;   5d: packssdw xmm0, xmm14
;;   62: pxor xmm0, xmmword ptr [rip + 0x26]
;;   6a: mov rsp, rbp
;;   6d: pop rbp
;;   6e: ret
;;   6f: ud2   ; trap stack_overflow @0x1bd

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cvtdq2ps xmm0, xmm0
;;   16: mov rsp, rbp
;;   19: pop rbp
;;   1a: ret
;;   1b: ud2   ; trap stack_overflow @0x166
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x41
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm0
;;   18: pslld xmm15, 0x10
;;   1e: psrld xmm15, 0x10
;;   24: psubd xmm0, xmm15
;;   29: cvtdq2ps xmm15, xmm15
;;   2d: psrld xmm0, 1
;;   32: cvtdq2ps xmm0, xmm0
;;   35: addps xmm0, xmm0
;;   38: addps xmm0, xmm15
;;   3c: mov rsp, rbp
;;   3f: pop rbp
;;   40: ret
;;   41: ud2   ; trap stack_overflow @0x16e
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movaps xmm15, xmm0
;;   17: cmpeqps xmm15, xmm15
;;   1c: andps xmm0, xmm15
;;   20: pxor xmm15, xmm0
;;   25: cvttps2dq xmm0, xmm0
;;   29: pand xmm15, xmm0
;;   2e: psrad xmm15, 0x1f
;;   34: pxor xmm0, xmm15
;;   39: mov rsp, rbp
;;   3c: pop rbp
;;   3d: ret
;;   3e: ud2   ; trap stack_overflow @0x176
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x5f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: xorps xmm8, xmm8
;;   17: maxps xmm0, xmm8
;;   1b: pcmpeqd xmm8, xmm8
;;   20: psrld xmm8, 1
;;   26: cvtdq2ps xmm8, xmm8
;;   2a: movaps xmm9, xmm0
;;   2e: cvttps2dq xmm0, xmm0
;;   32: subps xmm9, xmm8
;;   36: cmpleps xmm8, xmm9
;;   3b: cvttps2dq xmm9, xmm9
;;   40: pxor xmm9, xmm8
;;   45: movdqa xmm15, xmm9
;;   4a: psrad xmm15, 0x1f
;;   50: pandn xmm15, xmm9
;;   55: paddd xmm0, xmm15
;;   5a: mov rsp, rbp
;;   5d: pop rbp
;;   5e: ret
;;   5f: ud2   ; trap stack_overflow @0x17e
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x27
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: unpcklps xmm0, xmmword ptr [rip + 0x16]
;;   1a: subpd xmm0, xmmword ptr [rip + 0x1e]
;;   22: mov rsp, rbp
;;   25: pop rbp
;;   26: ret
;;   27: ud2   ; trap stack_overflow @0x186
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x34
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movapd xmm15, xmm0
;;   18: cmpeqpd xmm15, xmm15
;;   1e: andps xmm15, xmmword ptr [rip + 0x1a]
;;   26: minpd xmm0, xmm15
;;   2b: cvttpd2dq xmm0, xmm0
;;   2f: mov rsp, rbp
;;   32: pop rbp
;;   33: ret
;;   34: ud2   ; trap stack_overflow @0x18e
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cvtpd2ps xmm0, xmm0
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x196
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cvtps2pd xmm0, xmm0
;;   16: mov rsp, rbp
;;   19: pop rbp
;;   1a: ret
;;   1b: ud2   ; trap stack_overflow @0x19d
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x22
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pxor xmm15, xmm15
;;   18: punpckhwd xmm0, xmm15
;;   1d: mov rsp, rbp
;;   20: pop rbp
;;   21: ret
;;   22: ud2   ; trap stack_overflow @0x1a4
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x28
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm0
;;   18: psrad xmm15, 0x1f
;;   1e: punpckldq xmm0, xmm15
;;   23: mov rsp, rbp
;;   26: pop rbp
;;   27: ret
;;   28: ud2   ; trap stack_overflow @0x1ac
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: packsswb xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x1b4
;; function 11
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x5b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm0
;;   18: psrad xmm15, 0x1f
;;   1e: pandn xmm15, xmm0
;;   23: movdqa xmm0, xmm15
;;   28: psubd xmm0, xmmword ptr [rip + 0x30]
;;   30: movdqa xmm8, xmm1
;;   35: psrad xmm8, 0x1f
;;   3b: pandn xmm8, xmm1
;;   40: psubd xmm8, xmmword ptr [rip + 0x17]
;;   49: packssdw xmm0, xmm8
;;   4e: pxor xmm0, xmmword ptr [rip + 0x1a]
;;   56: mov rsp, rbp
;;   59: pop rbp
;;   5a: ret
;;   5b: ud2   ; trap stack_overflow @0x1bd
