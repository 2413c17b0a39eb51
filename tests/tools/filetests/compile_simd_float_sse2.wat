;; test: compile
;; Float lane arithmetic, min/max, rounding. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
;; engines: baseline
(module
  (func (export "f32x4_add") (param v128 v128) (result v128)
    local.get 0 local.get 1 f32x4.add)
  (func (export "f64x2_div") (param v128 v128) (result v128)
    local.get 0 local.get 1 f64x2.div)
  (func (export "f32x4_min") (param v128 v128) (result v128)
    local.get 0 local.get 1 f32x4.min)
  (func (export "f64x2_max") (param v128 v128) (result v128)
    local.get 0 local.get 1 f64x2.max)
  (func (export "f32x4_pmin") (param v128 v128) (result v128)
    local.get 0 local.get 1 f32x4.pmin)
  (func (export "f64x2_pmax") (param v128 v128) (result v128)
    local.get 0 local.get 1 f64x2.pmax)
  (func (export "f32x4_sqrt") (param v128) (result v128)
    local.get 0 f32x4.sqrt)
  (func (export "f64x2_abs") (param v128) (result v128)
    local.get 0 f64x2.abs)
  (func (export "f32x4_neg") (param v128) (result v128)
    local.get 0 f32x4.neg)
  (func (export "f32x4_ceil") (param v128) (result v128)
    local.get 0 f32x4.ceil)
  (func (export "f64x2_nearest") (param v128) (result v128)
    local.get 0 f64x2.nearest)
  (func (export "f32x4_trunc") (param v128) (result v128)
    local.get 0 f32x4.trunc)
)

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: addps xmm0, xmm1
;;   2a: mov rsp, rbp
;;   2d: pop rbp
;;   2e: ret
;;   2f: ud2   ; trap stack_overflow @0xc8
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
;;   27: divpd xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0xd2
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x4d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movaps xmm14, xmm1
;;   2b: minps xmm14, xmm0
;;   2f: minps xmm0, xmm1
;;   32: orps xmm14, xmm0
;;   36: cmpunordps xmm0, xmm14
;;   3b: orps xmm14, xmm0
;;   3f: psrld xmm0, 0xa
;;   44: andnps xmm0, xmm14
;;   48: mov rsp, rbp
;;   4b: pop rbp
;;   4c: ret
;;   4d: ud2   ; trap stack_overflow @0xdc
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x59
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movaps xmm14, xmm1
;;   2b: maxpd xmm14, xmm0
;;   30: maxpd xmm0, xmm1
;;   34: xorps xmm0, xmm14
;;   38: orps xmm14, xmm0
;;   3c: subpd xmm14, xmm0
;;   41: cmpunordpd xmm0, xmm14
;;   47: orps xmm14, xmm0
;;   4b: psrlq xmm0, 0xd
;;   50: andnps xmm0, xmm14
;;   54: mov rsp, rbp
;;   57: pop rbp
;;   58: ret
;;   59: ud2   ; trap stack_overflow @0xe6
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: minps xmm14, xmm0
;;   30: movdqa xmm0, xmm14
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0xf0
;; function 5
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
;;   2c: maxpd xmm14, xmm0
;;   31: movdqa xmm0, xmm14
;;   36: mov rsp, rbp
;;   39: pop rbp
;;   3a: ret
;;   3b: ud2   ; trap stack_overflow @0xfa
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: sqrtps xmm0, xmm0
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x104
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: andps xmm0, xmmword ptr [rip + 7]
;;   29: mov rsp, rbp
;;   2c: pop rbp
;;   2d: ret
;;   2e: ud2   ; trap stack_overflow @0x10c
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: xorps xmm0, xmmword ptr [rip + 7]
;;   29: mov rsp, rbp
;;   2c: pop rbp
;;   2d: ret
;;   2e: ud2   ; trap stack_overflow @0x114
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x90
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movaps xmm2, xmm0
;;   25: andps xmm2, xmmword ptr [rip + 0x94]
;;   2c: movaps xmm1, xmm2
;;   2f: addps xmm1, xmmword ptr [rip + 0x6a]
;;   36: subps xmm1, xmmword ptr [rip + 0x63]
;;   3d: movaps xmm14, xmm0
;;   41: andps xmm14, xmmword ptr [rip + 0x87]
;;   49: orps xmm1, xmm14
;;   4d: movaps xmm14, xmm1
;;   51: cmpltps xmm14, xmm0
;;   56: andps xmm14, xmmword ptr [rip + 0x52]
;;   5e: addps xmm1, xmm14
;;   62: movaps xmm14, xmm0
;;   66: andps xmm14, xmmword ptr [rip + 0x62]
;;   6e: orps xmm1, xmm14
;;   72: movaps xmm14, xmmword ptr [rip + 0x26]
;;   7a: cmpleps xmm14, xmm2
;;   7f: andps xmm0, xmm14
;;   83: andnps xmm14, xmm1
;;   87: orps xmm0, xmm14
;;   8b: mov rsp, rbp
;;   8e: pop rbp
;;   8f: ret
;;   90: ud2   ; trap stack_overflow @0x11c
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x7e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movaps xmm2, xmm0
;;   25: andps xmm2, xmmword ptr [rip + 0x74]
;;   2c: movaps xmm1, xmm2
;;   2f: addpd xmm1, xmmword ptr [rip + 0x49]
;;   37: subpd xmm1, xmmword ptr [rip + 0x41]
;;   3f: movaps xmm14, xmm0
;;   43: andps xmm14, xmmword ptr [rip + 0x65]
;;   4b: orps xmm1, xmm14
;;   4f: movaps xmm14, xmm0
;;   53: andps xmm14, xmmword ptr [rip + 0x55]
;;   5b: orps xmm1, xmm14
;;   5f: movaps xmm14, xmmword ptr [rip + 0x19]
;;   67: cmplepd xmm14, xmm2
;;   6d: andps xmm0, xmm14
;;   71: andnps xmm14, xmm1
;;   75: orps xmm0, xmm14
;;   79: mov rsp, rbp
;;   7c: pop rbp
;;   7d: ret
;;   7e: ud2   ; trap stack_overflow @0x123
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x90
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movaps xmm2, xmm0
;;   25: andps xmm2, xmmword ptr [rip + 0x94]
;;   2c: movaps xmm1, xmm2
;;   2f: addps xmm1, xmmword ptr [rip + 0x6a]
;;   36: subps xmm1, xmmword ptr [rip + 0x63]
;;   3d: movaps xmm14, xmm2
;;   41: cmpltps xmm14, xmm1
;;   46: andps xmm14, xmmword ptr [rip + 0x62]
;;   4e: subps xmm1, xmm14
;;   52: movaps xmm14, xmm0
;;   56: andps xmm14, xmmword ptr [rip + 0x72]
;;   5e: orps xmm1, xmm14
;;   62: movaps xmm14, xmm0
;;   66: andps xmm14, xmmword ptr [rip + 0x62]
;;   6e: orps xmm1, xmm14
;;   72: movaps xmm14, xmmword ptr [rip + 0x26]
;;   7a: cmpleps xmm14, xmm2
;;   7f: andps xmm0, xmm14
;;   83: andnps xmm14, xmm1
;;   87: orps xmm0, xmm14
;;   8b: mov rsp, rbp
;;   8e: pop rbp
;;   8f: ret
;;   90: ud2   ; trap stack_overflow @0x12b
