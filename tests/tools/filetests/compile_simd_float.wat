;; test: compile
;; Float lane arithmetic, min/max, rounding.
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
;;   10: jb 0x2d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: roundps xmm0, xmm0, 2
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x11c
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: roundpd xmm0, xmm0, 0
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x123
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: roundps xmm0, xmm0, 3
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x12b

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: addps xmm0, xmm1
;;   16: mov rsp, rbp
;;   19: pop rbp
;;   1a: ret
;;   1b: ud2   ; trap stack_overflow @0xc8
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: divpd xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0xd2
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x39
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movaps xmm15, xmm1
;;   17: minps xmm15, xmm0
;;   1b: minps xmm0, xmm1
;;   1e: orps xmm15, xmm0
;;   22: cmpunordps xmm0, xmm15
;;   27: orps xmm15, xmm0
;;   2b: psrld xmm0, 0xa
;;   30: andnps xmm0, xmm15
;;   34: mov rsp, rbp
;;   37: pop rbp
;;   38: ret
;;   39: ud2   ; trap stack_overflow @0xdc
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x45
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movaps xmm15, xmm1
;;   17: maxpd xmm15, xmm0
;;   1c: maxpd xmm0, xmm1
;;   20: xorps xmm0, xmm15
;;   24: orps xmm15, xmm0
;;   28: subpd xmm15, xmm0
;;   2d: cmpunordpd xmm0, xmm15
;;   33: orps xmm15, xmm0
;;   37: psrlq xmm0, 0xd
;;   3c: andnps xmm0, xmm15
;;   40: mov rsp, rbp
;;   43: pop rbp
;;   44: ret
;;   45: ud2   ; trap stack_overflow @0xe6
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x24
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movaps xmm15, xmm1
;;   17: minps xmm15, xmm0
;;   1b: movaps xmm0, xmm15
;;   1f: mov rsp, rbp
;;   22: pop rbp
;;   23: ret
;;   24: ud2   ; trap stack_overflow @0xf0
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x25
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movaps xmm15, xmm1
;;   17: maxpd xmm15, xmm0
;;   1c: movaps xmm0, xmm15
;;   20: mov rsp, rbp
;;   23: pop rbp
;;   24: ret
;;   25: ud2   ; trap stack_overflow @0xfa
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sqrtps xmm0, xmm0
;;   16: mov rsp, rbp
;;   19: pop rbp
;;   1a: ret
;;   1b: ud2   ; trap stack_overflow @0x104
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: andps xmm0, xmmword ptr [rip + 0x16]
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x10c
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: xorps xmm0, xmmword ptr [rip + 0x16]
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x114
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: roundps xmm0, xmm0, 2
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x11c
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: roundpd xmm0, xmm0, 0
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x123
;; function 11
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: roundps xmm0, xmm0, 3
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x12b
