;; test: compile
;; Integer and float lane comparisons.
(module
  (func (export "i8x16_eq") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.eq)
  (func (export "i16x8_gt_u") (param v128 v128) (result v128)
    local.get 0 local.get 1 i16x8.gt_u)
  (func (export "i32x4_ge_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i32x4.ge_s)
  (func (export "i64x2_lt_s") (param v128 v128) (result v128)
    local.get 0 local.get 1 i64x2.lt_s)
  (func (export "i64x2_eq") (param v128 v128) (result v128)
    local.get 0 local.get 1 i64x2.eq)
  (func (export "i8x16_ne") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.ne)
  (func (export "f32x4_lt") (param v128 v128) (result v128)
    local.get 0 local.get 1 f32x4.lt)
  (func (export "f64x2_ne") (param v128 v128) (result v128)
    local.get 0 local.get 1 f64x2.ne)
  (func (export "f64x2_ge") (param v128 v128) (result v128)
    local.get 0 local.get 1 f64x2.ge)
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
;;   27: pcmpeqb xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x8e
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x47
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: pxor xmm14, xmmword ptr [rip + 0x1b]
;;   35: pxor xmm0, xmmword ptr [rip + 0x13]
;;   3d: pcmpgtw xmm0, xmm14
;;   42: mov rsp, rbp
;;   45: pop rbp
;;   46: ret
;;   47: ud2   ; trap stack_overflow @0x97
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x45
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: pcmpgtd xmm14, xmm0
;;   31: movdqa xmm0, xmm14
;;   36: pcmpeqd xmm14, xmm14
;;   3b: pxor xmm0, xmm14
;;   40: mov rsp, rbp
;;   43: pop rbp
;;   44: ret
;;   45: ud2   ; trap stack_overflow @0xa0
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: pcmpgtq xmm14, xmm0
;;   32: movdqa xmm0, xmm14
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0xa9
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x31
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pcmpeqq xmm0, xmm1
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0xb3
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pcmpeqb xmm0, xmm1
;;   2b: pcmpeqd xmm14, xmm14
;;   30: pxor xmm0, xmm14
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0xbd
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: cmpltps xmm0, xmm1
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0xc6
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x31
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: cmpneqpd xmm0, xmm1
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0xcf
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: cmplepd xmm14, xmm0
;;   32: movdqa xmm0, xmm14
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0xd8

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pcmpeqb xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0x8e
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x33
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm1
;;   18: pxor xmm15, xmmword ptr [rip + 0x1f]
;;   21: pxor xmm0, xmmword ptr [rip + 0x17]
;;   29: pcmpgtw xmm0, xmm15
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0x97
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x31
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm1
;;   18: pcmpgtd xmm15, xmm0
;;   1d: movdqa xmm0, xmm15
;;   22: pcmpeqd xmm15, xmm15
;;   27: pxor xmm0, xmm15
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0xa0
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x28
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm1
;;   18: pcmpgtq xmm15, xmm0
;;   1e: movdqa xmm0, xmm15
;;   23: mov rsp, rbp
;;   26: pop rbp
;;   27: ret
;;   28: ud2   ; trap stack_overflow @0xa9
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pcmpeqq xmm0, xmm1
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0xb3
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pcmpeqb xmm0, xmm1
;;   17: pcmpeqd xmm15, xmm15
;;   1c: pxor xmm0, xmm15
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xbd
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cmpltps xmm0, xmm1
;;   17: mov rsp, rbp
;;   1a: pop rbp
;;   1b: ret
;;   1c: ud2   ; trap stack_overflow @0xc6
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: cmpneqpd xmm0, xmm1
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0xcf
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movaps xmm15, xmm1
;;   17: cmplepd xmm15, xmm0
;;   1d: movaps xmm0, xmm15
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xd8
