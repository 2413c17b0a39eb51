;; test: compile
;; Splats, lanes, shuffles and swizzle.
(module
  (func (export "i8x16_splat") (param i32) (result v128)
    local.get 0 i8x16.splat)
  (func (export "f32x4_splat") (param f32) (result v128)
    local.get 0 f32x4.splat)
  (func (export "i64x2_splat") (param i64) (result v128)
    local.get 0 i64x2.splat)
  (func (export "i8x16_extract_lane_s_15") (param v128) (result i32)
    local.get 0 i8x16.extract_lane_s 15)
  (func (export "i16x8_extract_lane_u_3") (param v128) (result i32)
    local.get 0 i16x8.extract_lane_u 3)
  (func (export "f64x2_extract_lane_1") (param v128) (result f64)
    local.get 0 f64x2.extract_lane 1)
  (func (export "i8x16_replace_lane_7") (param v128 i32) (result v128)
    local.get 0 local.get 1 i8x16.replace_lane 7)
  (func (export "f32x4_replace_lane_2") (param v128 f32) (result v128)
    local.get 0 local.get 1 f32x4.replace_lane 2)
  (func (export "i64x2_replace_lane_1") (param v128 i64) (result v128)
    local.get 0 local.get 1 i64x2.replace_lane 1)
  (func (export "shuffle_interleave") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23)
  (func (export "shuffle_reverse") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)
  (func (export "i8x16_swizzle") (param v128 v128) (result v128)
    local.get 0 local.get 1 i8x16.swizzle)
)

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x36
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movd xmm0, edi
;;   24: punpcklbw xmm0, xmm0
;;   28: punpcklwd xmm0, xmm0
;;   2c: pshufd xmm0, xmm0, 0
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0x145
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movss dword ptr [rbp - 0x18], xmm0
;;   22: shufps xmm0, xmm0, 0
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x14c
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x18], rdi
;;   21: movq xmm0, rdi
;;   26: punpcklqdq xmm0, xmm0
;;   2a: mov rsp, rbp
;;   2d: pop rbp
;;   2e: ret
;;   2f: ud2   ; trap stack_overflow @0x153
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pextrb eax, xmm0, 0xf
;;   28: movsx eax, al
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x15a
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pextrw eax, xmm0, 3
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0x162
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pshufd xmm0, xmm0, 0xee
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0x16a
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: pinsrb xmm0, edi, 7
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x172
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x32
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movss dword ptr [rbp - 0x28], xmm1
;;   27: insertps xmm0, xmm1, 0x20
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0x17c
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x32
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov qword ptr [rbp - 0x28], rdi
;;   26: pinsrq xmm0, rdi, 1
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0x186
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x49
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: pshufb xmm14, xmmword ptr [rip + 0x1a]
;;   36: pshufb xmm0, xmmword ptr [rip + 0x21]
;;   3f: por xmm0, xmm14
;;   44: mov rsp, rbp
;;   47: pop rbp
;;   48: ret
;;   49: ud2   ; trap stack_overflow @0x190
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x35
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: pshufb xmm0, xmmword ptr [rip + 0x10]
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0x1a9
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x40
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqa xmm14, xmm1
;;   2c: paddusb xmm14, xmmword ptr [rip + 0x1b]
;;   35: pshufb xmm0, xmm14
;;   3b: mov rsp, rbp
;;   3e: pop rbp
;;   3f: ret
;;   40: ud2   ; trap stack_overflow @0x1c2

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x31
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movd xmm8, edi
;;   18: punpcklbw xmm8, xmm8
;;   1d: punpcklwd xmm8, xmm8
;;   22: pshufd xmm8, xmm8, 0
;;   28: movaps xmm0, xmm8
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0x145
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufd xmm0, xmm0, 0
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0x14c
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movq xmm8, rdi
;;   18: punpcklqdq xmm8, xmm8
;;   1d: movaps xmm0, xmm8
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0x153
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x24
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrb ebx, xmm0, 0xf
;;   19: movsx ebx, bl
;;   1c: mov rax, rbx
;;   1f: mov rsp, rbp
;;   22: pop rbp
;;   23: ret
;;   24: ud2   ; trap stack_overflow @0x15a
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrw ebx, xmm0, 3
;;   18: mov rax, rbx
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x162
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufd xmm0, xmm0, 0xee
;;   18: mov rsp, rbp
;;   1b: pop rbp
;;   1c: ret
;;   1d: ud2   ; trap stack_overflow @0x16a
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pinsrb xmm0, edi, 7
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x172
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: insertps xmm0, xmm1, 0x20
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x17c
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pinsrq xmm0, rdi, 1
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0x186
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x35
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufb xmm0, xmmword ptr [rip + 0x24]
;;   1c: movdqa xmm15, xmm1
;;   21: pshufb xmm15, xmmword ptr [rip + 0x25]
;;   2b: por xmm0, xmm15
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0x190
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x21
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufb xmm0, xmmword ptr [rip + 0x14]
;;   1c: mov rsp, rbp
;;   1f: pop rbp
;;   20: ret
;;   21: ud2   ; trap stack_overflow @0x1a9
;; function 11
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movdqa xmm15, xmm1
;;   18: paddusb xmm15, xmmword ptr [rip + 0xf]
;;   21: pshufb xmm0, xmm15
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0x1c2
