;; test: compile
;; Splats, lanes, shuffles and swizzle. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
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
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrw ebx, xmm0, 7
;;   18: shr ebx, 8
;;   1b: movsx ebx, bl
;;   1e: mov rax, rbx
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0x15a
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
;;    9: jb 0x33
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrw ebx, xmm0, 3
;;   18: movzx r11d, dil
;;   1c: and ebx, 0xff
;;   22: shl r11d, 8
;;   26: or ebx, r11d
;;   29: pinsrw xmm0, ebx, 3
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0x172
;; function 7
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movd r11d, xmm1
;;   18: pinsrw xmm0, r11d, 4
;;   1e: shr r11d, 0x10
;;   22: pinsrw xmm0, r11d, 5
;;   28: mov rsp, rbp
;;   2b: pop rbp
;;   2c: ret
;;   2d: ud2   ; trap stack_overflow @0x17c
;; function 8
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x22
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: movq xmm15, rdi
;;   18: punpcklqdq xmm0, xmm15
;;   1d: mov rsp, rbp
;;   20: pop rbp
;;   21: ret
;;   22: ud2   ; trap stack_overflow @0x186
;; function 9
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x10d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrw r11d, xmm0, 0
;;   19: movzx r11d, r11b
;;   1d: pextrw ebx, xmm1, 0
;;   22: movzx ebx, bl
;;   25: shl ebx, 8
;;   28: or r11d, ebx
;;   2b: pinsrw xmm8, r11d, 0
;;   31: pextrw r11d, xmm0, 0
;;   37: shr r11d, 8
;;   3b: pextrw ebx, xmm1, 0
;;   40: shr ebx, 8
;;   43: shl ebx, 8
;;   46: or r11d, ebx
;;   49: pinsrw xmm8, r11d, 1
;;   4f: pextrw r11d, xmm0, 1
;;   55: movzx r11d, r11b
;;   59: pextrw ebx, xmm1, 1
;;   5e: movzx ebx, bl
;;   61: shl ebx, 8
;;   64: or r11d, ebx
;;   67: pinsrw xmm8, r11d, 2
;;   6d: pextrw r11d, xmm0, 1
;;   73: shr r11d, 8
;;   77: pextrw ebx, xmm1, 1
;;   7c: shr ebx, 8
;;   7f: shl ebx, 8
;;   82: or r11d, ebx
;;   85: pinsrw xmm8, r11d, 3
;;   8b: pextrw r11d, xmm0, 2
;;   91: movzx r11d, r11b
;;   95: pextrw ebx, xmm1, 2
;;   9a: movzx ebx, bl
;;   9d: shl ebx, 8
;;   a0: or r11d, ebx
;;   a3: pinsrw xmm8, r11d, 4
;;   a9: pextrw r11d, xmm0, 2
;;   af: shr r11d, 8
;;   b3: pextrw ebx, xmm1, 2
;;   b8: shr ebx, 8
;;   bb: shl ebx, 8
;;   be: or r11d, ebx
;;   c1: pinsrw xmm8, r11d, 5
;;   c7: pextrw r11d, xmm0, 3
;;   cd: movzx r11d, r11b
;;   d1: pextrw ebx, xmm1, 3
;;   d6: movzx ebx, bl
;;   d9: shl ebx, 8
;;   dc: or r11d, ebx
;;   df: pinsrw xmm8, r11d, 6
;;   e5: pextrw r11d, xmm0, 3
;;   eb: shr r11d, 8
;;   ef: pextrw ebx, xmm1, 3
;;   f4: shr ebx, 8
;;   f7: shl ebx, 8
;;   fa: or r11d, ebx
;;   fd: pinsrw xmm8, r11d, 7
;;  103: movdqa xmm0, xmm8
;;  108: mov rsp, rbp
;;  10b: pop rbp
;;  10c: ret
;;  10d: ud2   ; trap stack_overflow @0x190
;; function 10
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x10d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrw r11d, xmm0, 7
;;   19: shr r11d, 8
;;   1d: pextrw ebx, xmm0, 7
;;   22: movzx ebx, bl
;;   25: shl ebx, 8
;;   28: or r11d, ebx
;;   2b: pinsrw xmm8, r11d, 0
;;   31: pextrw r11d, xmm0, 6
;;   37: shr r11d, 8
;;   3b: pextrw ebx, xmm0, 6
;;   40: movzx ebx, bl
;;   43: shl ebx, 8
;;   46: or r11d, ebx
;;   49: pinsrw xmm8, r11d, 1
;;   4f: pextrw r11d, xmm0, 5
;;   55: shr r11d, 8
;;   59: pextrw ebx, xmm0, 5
;;   5e: movzx ebx, bl
;;   61: shl ebx, 8
;;   64: or r11d, ebx
;;   67: pinsrw xmm8, r11d, 2
;;   6d: pextrw r11d, xmm0, 4
;;   73: shr r11d, 8
;;   77: pextrw ebx, xmm0, 4
;;   7c: movzx ebx, bl
;;   7f: shl ebx, 8
;;   82: or r11d, ebx
;;   85: pinsrw xmm8, r11d, 3
;;   8b: pextrw r11d, xmm0, 3
;;   91: shr r11d, 8
;;   95: pextrw ebx, xmm0, 3
;;   9a: movzx ebx, bl
;;   9d: shl ebx, 8
;;   a0: or r11d, ebx
;;   a3: pinsrw xmm8, r11d, 4
;;   a9: pextrw r11d, xmm0, 2
;;   af: shr r11d, 8
;;   b3: pextrw ebx, xmm0, 2
;;   b8: movzx ebx, bl
;;   bb: shl ebx, 8
;;   be: or r11d, ebx
;;   c1: pinsrw xmm8, r11d, 5
;;   c7: pextrw r11d, xmm0, 1
;;   cd: shr r11d, 8
;;   d1: pextrw ebx, xmm0, 1
;;   d6: movzx ebx, bl
;;   d9: shl ebx, 8
;;   dc: or r11d, ebx
;;   df: pinsrw xmm8, r11d, 6
;;   e5: pextrw r11d, xmm0, 0
;;   eb: shr r11d, 8
;;   ef: pextrw ebx, xmm0, 0
;;   f4: movzx ebx, bl
;;   f7: shl ebx, 8
;;   fa: or r11d, ebx
;;   fd: pinsrw xmm8, r11d, 7
;;  103: movdqa xmm0, xmm8
;;  108: mov rsp, rbp
;;  10b: pop rbp
;;  10c: ret
;;  10d: ud2   ; trap stack_overflow @0x1a9
;; function 11
;;    0: lea r11, [rsp - 0x38]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sub rsp, 0x30
;;   17: movdqu xmmword ptr [rsp], xmm0
;;   1c: movdqu xmmword ptr [rsp + 0x10], xmm1
;;   22: movzx r11d, byte ptr [rsp + 0x10]
;;   28: mov ebx, r11d
;;   2b: and ebx, 0xf
;;   2e: movzx ebx, byte ptr [rsp + rbx]
;;   32: cmp r11d, 0x10
;;   36: sbb r11d, r11d
;;   39: and ebx, r11d
;;   3c: mov byte ptr [rsp + 0x20], bl
;;   40: movzx r11d, byte ptr [rsp + 0x11]
;;   46: mov ebx, r11d
;;   49: and ebx, 0xf
;;   4c: movzx ebx, byte ptr [rsp + rbx]
;;   50: cmp r11d, 0x10
;;   54: sbb r11d, r11d
;;   57: and ebx, r11d
;;   5a: mov byte ptr [rsp + 0x21], bl
;;   5e: movzx r11d, byte ptr [rsp + 0x12]
;;   64: mov ebx, r11d
;;   67: and ebx, 0xf
;;   6a: movzx ebx, byte ptr [rsp + rbx]
;;   6e: cmp r11d, 0x10
;;   72: sbb r11d, r11d
;;   75: and ebx, r11d
;;   78: mov byte ptr [rsp + 0x22], bl
;;   7c: movzx r11d, byte ptr [rsp + 0x13]
;;   82: mov ebx, r11d
;;   85: and ebx, 0xf
;;   88: movzx ebx, byte ptr [rsp + rbx]
;;   8c: cmp r11d, 0x10
;;   90: sbb r11d, r11d
;;   93: and ebx, r11d
;;   96: mov byte ptr [rsp + 0x23], bl
;;   9a: movzx r11d, byte ptr [rsp + 0x14]
;;   a0: mov ebx, r11d
;;   a3: and ebx, 0xf
;;   a6: movzx ebx, byte ptr [rsp + rbx]
;;   aa: cmp r11d, 0x10
;;   ae: sbb r11d, r11d
;;   b1: and ebx, r11d
;;   b4: mov byte ptr [rsp + 0x24], bl
;;   b8: movzx r11d, byte ptr [rsp + 0x15]
;;   be: mov ebx, r11d
;;   c1: and ebx, 0xf
;;   c4: movzx ebx, byte ptr [rsp + rbx]
;;   c8: cmp r11d, 0x10
;;   cc: sbb r11d, r11d
;;   cf: and ebx, r11d
;;   d2: mov byte ptr [rsp + 0x25], bl
;;   d6: movzx r11d, byte ptr [rsp + 0x16]
;;   dc: mov ebx, r11d
;;   df: and ebx, 0xf
;;   e2: movzx ebx, byte ptr [rsp + rbx]
;;   e6: cmp r11d, 0x10
;;   ea: sbb r11d, r11d
;;   ed: and ebx, r11d
;;   f0: mov byte ptr [rsp + 0x26], bl
;;   f4: movzx r11d, byte ptr [rsp + 0x17]
;;   fa: mov ebx, r11d
;;   fd: and ebx, 0xf
;;  100: movzx ebx, byte ptr [rsp + rbx]
;;  104: cmp r11d, 0x10
;;  108: sbb r11d, r11d
;;  10b: and ebx, r11d
;;  10e: mov byte ptr [rsp + 0x27], bl
;;  112: movzx r11d, byte ptr [rsp + 0x18]
;;  118: mov ebx, r11d
;;  11b: and ebx, 0xf
;;  11e: movzx ebx, byte ptr [rsp + rbx]
;;  122: cmp r11d, 0x10
;;  126: sbb r11d, r11d
;;  129: and ebx, r11d
;;  12c: mov byte ptr [rsp + 0x28], bl
;;  130: movzx r11d, byte ptr [rsp + 0x19]
;;  136: mov ebx, r11d
;;  139: and ebx, 0xf
;;  13c: movzx ebx, byte ptr [rsp + rbx]
;;  140: cmp r11d, 0x10
;;  144: sbb r11d, r11d
;;  147: and ebx, r11d
;;  14a: mov byte ptr [rsp + 0x29], bl
;;  14e: movzx r11d, byte ptr [rsp + 0x1a]
;;  154: mov ebx, r11d
;;  157: and ebx, 0xf
;;  15a: movzx ebx, byte ptr [rsp + rbx]
;;  15e: cmp r11d, 0x10
;;  162: sbb r11d, r11d
;;  165: and ebx, r11d
;;  168: mov byte ptr [rsp + 0x2a], bl
;;  16c: movzx r11d, byte ptr [rsp + 0x1b]
;;  172: mov ebx, r11d
;;  175: and ebx, 0xf
;;  178: movzx ebx, byte ptr [rsp + rbx]
;;  17c: cmp r11d, 0x10
;;  180: sbb r11d, r11d
;;  183: and ebx, r11d
;;  186: mov byte ptr [rsp + 0x2b], bl
;;  18a: movzx r11d, byte ptr [rsp + 0x1c]
;;  190: mov ebx, r11d
;;  193: and ebx, 0xf
;;  196: movzx ebx, byte ptr [rsp + rbx]
;;  19a: cmp r11d, 0x10
;;  19e: sbb r11d, r11d
;;  1a1: and ebx, r11d
;;  1a4: mov byte ptr [rsp + 0x2c], bl
;;  1a8: movzx r11d, byte ptr [rsp + 0x1d]
;;  1ae: mov ebx, r11d
;;  1b1: and ebx, 0xf
;;  1b4: movzx ebx, byte ptr [rsp + rbx]
;;  1b8: cmp r11d, 0x10
;;  1bc: sbb r11d, r11d
;;  1bf: and ebx, r11d
;;  1c2: mov byte ptr [rsp + 0x2d], bl
;;  1c6: movzx r11d, byte ptr [rsp + 0x1e]
;;  1cc: mov ebx, r11d
;;  1cf: and ebx, 0xf
;;  1d2: movzx ebx, byte ptr [rsp + rbx]
;;  1d6: cmp r11d, 0x10
;;  1da: sbb r11d, r11d
;;  1dd: and ebx, r11d
;;  1e0: mov byte ptr [rsp + 0x2e], bl
;;  1e4: movzx r11d, byte ptr [rsp + 0x1f]
;;  1ea: mov ebx, r11d
;;  1ed: and ebx, 0xf
;;  1f0: movzx ebx, byte ptr [rsp + rbx]
;;  1f4: cmp r11d, 0x10
;;  1f8: sbb r11d, r11d
;;  1fb: and ebx, r11d
;;  1fe: mov byte ptr [rsp + 0x2f], bl
;;  202: movdqu xmm0, xmmword ptr [rsp + 0x20]
;;  208: mov rsp, rbp
;;  20b: pop rbp
;;  20c: ret
;;  20d: ud2   ; trap stack_overflow @0x1c2
