;; test: compile
;; Splats, lanes, shuffles and swizzle. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
;; engines: baseline
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
;;   10: jb 0x32
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: pextrw eax, xmm0, 7
;;   27: shr eax, 8
;;   2a: movsx eax, al
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0x15a
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
;;   10: jb 0x4b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov dword ptr [rbp - 0x28], edi
;;   25: movd xmm14, edi
;;   2a: pslldq xmm14, 7
;;   30: pand xmm14, xmmword ptr [rip + 0x17]
;;   39: pand xmm0, xmmword ptr [rip + 0x1f]
;;   41: por xmm0, xmm14
;;   46: mov rsp, rbp
;;   49: pop rbp
;;   4a: ret
;;   4b: ud2   ; trap stack_overflow @0x172
;; function 7
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movss dword ptr [rbp - 0x28], xmm1
;;   27: pshufd xmm0, xmm0, 0xc6
;;   2c: movss xmm0, xmm1
;;   30: pshufd xmm0, xmm0, 0xc6
;;   35: mov rsp, rbp
;;   38: pop rbp
;;   39: ret
;;   3a: ud2   ; trap stack_overflow @0x17c
;; function 8
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x35
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: mov qword ptr [rbp - 0x28], rdi
;;   26: movq xmm14, rdi
;;   2b: punpcklqdq xmm0, xmm14
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0x186
;; function 9
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0xce
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqu xmmword ptr [rbp - 0x38], xmm0
;;   2c: movdqu xmmword ptr [rbp - 0x48], xmm1
;;   31: movzx r11d, byte ptr [rbp - 0x48]
;;   36: shl r11d, 8
;;   3a: mov r11b, byte ptr [rbp - 0x38]
;;   3e: pinsrw xmm0, r11d, 0
;;   44: movzx r11d, byte ptr [rbp - 0x47]
;;   49: shl r11d, 8
;;   4d: mov r11b, byte ptr [rbp - 0x37]
;;   51: pinsrw xmm0, r11d, 1
;;   57: movzx r11d, byte ptr [rbp - 0x46]
;;   5c: shl r11d, 8
;;   60: mov r11b, byte ptr [rbp - 0x36]
;;   64: pinsrw xmm0, r11d, 2
;;   6a: movzx r11d, byte ptr [rbp - 0x45]
;;   6f: shl r11d, 8
;;   73: mov r11b, byte ptr [rbp - 0x35]
;;   77: pinsrw xmm0, r11d, 3
;;   7d: movzx r11d, byte ptr [rbp - 0x44]
;;   82: shl r11d, 8
;;   86: mov r11b, byte ptr [rbp - 0x34]
;;   8a: pinsrw xmm0, r11d, 4
;;   90: movzx r11d, byte ptr [rbp - 0x43]
;;   95: shl r11d, 8
;;   99: mov r11b, byte ptr [rbp - 0x33]
;;   9d: pinsrw xmm0, r11d, 5
;;   a3: movzx r11d, byte ptr [rbp - 0x42]
;;   a8: shl r11d, 8
;;   ac: mov r11b, byte ptr [rbp - 0x32]
;;   b0: pinsrw xmm0, r11d, 6
;;   b6: movzx r11d, byte ptr [rbp - 0x41]
;;   bb: shl r11d, 8
;;   bf: mov r11b, byte ptr [rbp - 0x31]
;;   c3: pinsrw xmm0, r11d, 7
;;   c9: mov rsp, rbp
;;   cc: pop rbp
;;   cd: ret
;;   ce: ud2   ; trap stack_overflow @0x190
;; function 10
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0xce
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqu xmmword ptr [rbp - 0x38], xmm0
;;   2c: movdqu xmmword ptr [rbp - 0x48], xmm1
;;   31: movzx r11d, byte ptr [rbp - 0x2a]
;;   36: shl r11d, 8
;;   3a: mov r11b, byte ptr [rbp - 0x29]
;;   3e: pinsrw xmm0, r11d, 0
;;   44: movzx r11d, byte ptr [rbp - 0x2c]
;;   49: shl r11d, 8
;;   4d: mov r11b, byte ptr [rbp - 0x2b]
;;   51: pinsrw xmm0, r11d, 1
;;   57: movzx r11d, byte ptr [rbp - 0x2e]
;;   5c: shl r11d, 8
;;   60: mov r11b, byte ptr [rbp - 0x2d]
;;   64: pinsrw xmm0, r11d, 2
;;   6a: movzx r11d, byte ptr [rbp - 0x30]
;;   6f: shl r11d, 8
;;   73: mov r11b, byte ptr [rbp - 0x2f]
;;   77: pinsrw xmm0, r11d, 3
;;   7d: movzx r11d, byte ptr [rbp - 0x32]
;;   82: shl r11d, 8
;;   86: mov r11b, byte ptr [rbp - 0x31]
;;   8a: pinsrw xmm0, r11d, 4
;;   90: movzx r11d, byte ptr [rbp - 0x34]
;;   95: shl r11d, 8
;;   99: mov r11b, byte ptr [rbp - 0x33]
;;   9d: pinsrw xmm0, r11d, 5
;;   a3: movzx r11d, byte ptr [rbp - 0x36]
;;   a8: shl r11d, 8
;;   ac: mov r11b, byte ptr [rbp - 0x35]
;;   b0: pinsrw xmm0, r11d, 6
;;   b6: movzx r11d, byte ptr [rbp - 0x38]
;;   bb: shl r11d, 8
;;   bf: mov r11b, byte ptr [rbp - 0x37]
;;   c3: pinsrw xmm0, r11d, 7
;;   c9: mov rsp, rbp
;;   cc: pop rbp
;;   cd: ret
;;   ce: ud2   ; trap stack_overflow @0x1a9
;; function 11
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x152
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: movdqu xmmword ptr [rbp - 0x18], xmm0
;;   22: movdqu xmmword ptr [rbp - 0x28], xmm1
;;   27: movdqu xmmword ptr [rbp - 0x38], xmm0
;;   2c: movdqa xmm14, xmm1
;;   31: pand xmm14, xmmword ptr [rip + 0x126]
;;   3a: movdqu xmmword ptr [rbp - 0x48], xmm14
;;   40: movzx r11d, byte ptr [rbp - 0x48]
;;   45: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   4b: mov byte ptr [rbp - 0x48], r11b
;;   4f: movzx r11d, byte ptr [rbp - 0x47]
;;   54: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   5a: mov byte ptr [rbp - 0x47], r11b
;;   5e: movzx r11d, byte ptr [rbp - 0x46]
;;   63: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   69: mov byte ptr [rbp - 0x46], r11b
;;   6d: movzx r11d, byte ptr [rbp - 0x45]
;;   72: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   78: mov byte ptr [rbp - 0x45], r11b
;;   7c: movzx r11d, byte ptr [rbp - 0x44]
;;   81: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   87: mov byte ptr [rbp - 0x44], r11b
;;   8b: movzx r11d, byte ptr [rbp - 0x43]
;;   90: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   96: mov byte ptr [rbp - 0x43], r11b
;;   9a: movzx r11d, byte ptr [rbp - 0x42]
;;   9f: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   a5: mov byte ptr [rbp - 0x42], r11b
;;   a9: movzx r11d, byte ptr [rbp - 0x41]
;;   ae: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   b4: mov byte ptr [rbp - 0x41], r11b
;;   b8: movzx r11d, byte ptr [rbp - 0x40]
;;   bd: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   c3: mov byte ptr [rbp - 0x40], r11b
;;   c7: movzx r11d, byte ptr [rbp - 0x3f]
;;   cc: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   d2: mov byte ptr [rbp - 0x3f], r11b
;;   d6: movzx r11d, byte ptr [rbp - 0x3e]
;;   db: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   e1: mov byte ptr [rbp - 0x3e], r11b
;;   e5: movzx r11d, byte ptr [rbp - 0x3d]
;;   ea: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   f0: mov byte ptr [rbp - 0x3d], r11b
;;   f4: movzx r11d, byte ptr [rbp - 0x3c]
;;   f9: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;   ff: mov byte ptr [rbp - 0x3c], r11b
;;  103: movzx r11d, byte ptr [rbp - 0x3b]
;;  108: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;  10e: mov byte ptr [rbp - 0x3b], r11b
;;  112: movzx r11d, byte ptr [rbp - 0x3a]
;;  117: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;  11d: mov byte ptr [rbp - 0x3a], r11b
;;  121: movzx r11d, byte ptr [rbp - 0x39]
;;  126: movzx r11d, byte ptr [rbp + r11 - 0x38]
;;  12c: mov byte ptr [rbp - 0x39], r11b
;;  130: movdqu xmm0, xmmword ptr [rbp - 0x48]
;;  135: movdqa xmm14, xmm1
;;  13a: pminub xmm14, xmmword ptr [rip + 0x1d]
;;  143: pcmpeqb xmm14, xmm1
;;  148: pand xmm0, xmm14
;;  14d: mov rsp, rbp
;;  150: pop rbp
;;  151: ret
;;  152: ud2   ; trap stack_overflow @0x1c2
