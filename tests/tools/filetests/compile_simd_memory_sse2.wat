;; test: compile
;; Loads and stores: whole, extending, splat, zero and lane. Every ISA flag off: the SSE2 paths, explicit bounds checks.
;; settings: bounds_checks=explicit has_sse3=false has_ssse3=false has_sse41=false has_sse42=false has_popcnt=false has_lzcnt=false has_bmi1=false has_bmi2=false has_avx=false has_avx2=false
(module
  (memory 1)
  (func (export "v128_load") (param i32) (result v128)
    local.get 0 v128.load offset=16)
  (func (export "v128_load8x8_s") (param i32) (result v128)
    local.get 0 v128.load8x8_s offset=16)
  (func (export "v128_load32_splat") (param i32) (result v128)
    local.get 0 v128.load32_splat offset=16)
  (func (export "v128_load64_zero") (param i32) (result v128)
    local.get 0 v128.load64_zero offset=16)
  (func (export "v128_store") (param i32 v128)
    local.get 0 local.get 1 v128.store offset=16)
  (func (export "v128_load16_lane_3") (param i32 v128) (result v128)
    local.get 0 local.get 1 v128.load16_lane offset=2 3)
  (func (export "v128_store64_lane_1") (param i32 v128)
    local.get 0 local.get 1 v128.store64_lane 1)
)

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: lea rax, [rdi + 0x20]
;;   24: cmp rax, qword ptr [r14 + 8]
;;   28: ja 0x3e
;;   2e: mov rax, qword ptr [r14]
;;   31: movdqu xmm0, xmmword ptr [rax + rdi + 0x10]
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0xae
;;   3e: ud2   ; trap out_of_bounds_memory @0xb0
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x45
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: lea rax, [rdi + 0x18]
;;   24: cmp rax, qword ptr [r14 + 8]
;;   28: ja 0x47
;;   2e: mov rax, qword ptr [r14]
;;   31: movq xmm0, qword ptr [rax + rdi + 0x10]
;;   37: punpcklbw xmm0, xmm0
;;   3b: psraw xmm0, 8
;;   40: mov rsp, rbp
;;   43: pop rbp
;;   44: ret
;;   45: ud2   ; trap stack_overflow @0xb7
;;   47: ud2   ; trap out_of_bounds_memory @0xb9
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x41
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: lea rax, [rdi + 0x14]
;;   24: cmp rax, qword ptr [r14 + 8]
;;   28: ja 0x43
;;   2e: mov rax, qword ptr [r14]
;;   31: movd xmm0, dword ptr [rax + rdi + 0x10]
;;   37: pshufd xmm0, xmm0, 0
;;   3c: mov rsp, rbp
;;   3f: pop rbp
;;   40: ret
;;   41: ud2   ; trap stack_overflow @0xc0
;;   43: ud2   ; trap out_of_bounds_memory @0xc2
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3c
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: lea rax, [rdi + 0x18]
;;   24: cmp rax, qword ptr [r14 + 8]
;;   28: ja 0x3e
;;   2e: mov rax, qword ptr [r14]
;;   31: movq xmm0, qword ptr [rax + rdi + 0x10]
;;   37: mov rsp, rbp
;;   3a: pop rbp
;;   3b: ret
;;   3c: ud2   ; trap stack_overflow @0xc9
;;   3e: ud2   ; trap out_of_bounds_memory @0xcb
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x41
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movdqu xmmword ptr [rbp - 0x28], xmm0
;;   25: lea rax, [rdi + 0x20]
;;   29: cmp rax, qword ptr [r14 + 8]
;;   2d: ja 0x43
;;   33: mov rax, qword ptr [r14]
;;   36: movdqu xmmword ptr [rax + rdi + 0x10], xmm0
;;   3c: mov rsp, rbp
;;   3f: pop rbp
;;   40: ret
;;   41: ud2   ; trap stack_overflow @0xd2
;;   43: ud2   ; trap out_of_bounds_memory @0xd6
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x42
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movdqu xmmword ptr [rbp - 0x28], xmm0
;;   25: lea rax, [rdi + 4]
;;   29: cmp rax, qword ptr [r14 + 8]
;;   2d: ja 0x44
;;   33: mov rax, qword ptr [r14]
;;   36: pinsrw xmm0, word ptr [rax + rdi + 2], 3
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0xdd
;;   44: ud2   ; trap out_of_bounds_memory @0xe1
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x47
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movdqu xmmword ptr [rbp - 0x28], xmm0
;;   25: lea rax, [rdi + 8]
;;   29: cmp rax, qword ptr [r14 + 8]
;;   2d: ja 0x49
;;   33: mov rax, qword ptr [r14]
;;   36: pshufd xmm14, xmm0, 0xee
;;   3c: movq qword ptr [rax + rdi], xmm14
;;   42: mov rsp, rbp
;;   45: pop rbp
;;   46: ret
;;   47: ud2   ; trap stack_overflow @0xe9
;;   49: ud2   ; trap out_of_bounds_memory @0xed

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x37
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12, qword ptr [r14 + 8]
;;   1a: lea r13, [rdi + 0x20]
;;   1e: cmp r13, r12
;;   21: ja 0x39
;;   27: movdqu xmm8, xmmword ptr [rbx + rdi + 0x10]
;;   2e: movaps xmm0, xmm8
;;   32: mov rsp, rbp
;;   35: pop rbp
;;   36: ret
;;   37: ud2   ; trap stack_overflow @0xae
;;   39: ud2   ; trap out_of_bounds_memory @0xb0
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x42
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12, qword ptr [r14 + 8]
;;   1a: lea r13, [rdi + 0x18]
;;   1e: cmp r13, r12
;;   21: ja 0x44
;;   27: movq xmm8, qword ptr [rbx + rdi + 0x10]
;;   2e: punpcklbw xmm8, xmm8
;;   33: psraw xmm8, 8
;;   39: movaps xmm0, xmm8
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0xb7
;;   44: ud2   ; trap out_of_bounds_memory @0xb9
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12, qword ptr [r14 + 8]
;;   1a: lea r13, [rdi + 0x14]
;;   1e: cmp r13, r12
;;   21: ja 0x3f
;;   27: movd xmm8, dword ptr [rbx + rdi + 0x10]
;;   2e: pshufd xmm8, xmm8, 0
;;   34: movaps xmm0, xmm8
;;   38: mov rsp, rbp
;;   3b: pop rbp
;;   3c: ret
;;   3d: ud2   ; trap stack_overflow @0xc0
;;   3f: ud2   ; trap out_of_bounds_memory @0xc2
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x37
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12, qword ptr [r14 + 8]
;;   1a: lea r13, [rdi + 0x18]
;;   1e: cmp r13, r12
;;   21: ja 0x39
;;   27: movq xmm8, qword ptr [rbx + rdi + 0x10]
;;   2e: movaps xmm0, xmm8
;;   32: mov rsp, rbp
;;   35: pop rbp
;;   36: ret
;;   37: ud2   ; trap stack_overflow @0xc9
;;   39: ud2   ; trap out_of_bounds_memory @0xcb
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x32
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12, qword ptr [r14 + 8]
;;   1a: lea r13, [rdi + 0x20]
;;   1e: cmp r13, r12
;;   21: ja 0x34
;;   27: movdqu xmmword ptr [rbx + rdi + 0x10], xmm0
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0xd2
;;   34: ud2   ; trap out_of_bounds_memory @0xd6
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x36
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12, qword ptr [r14 + 8]
;;   1a: lea r13, [rdi + 4]
;;   1e: cmp r13, r12
;;   21: ja 0x38
;;   27: movzx ebx, word ptr [rbx + rdi + 2]
;;   2c: pinsrw xmm0, ebx, 3
;;   31: mov rsp, rbp
;;   34: pop rbp
;;   35: ret
;;   36: ud2   ; trap stack_overflow @0xdd
;;   38: ud2   ; trap out_of_bounds_memory @0xe1
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x3b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pshufd xmm15, xmm0, 0xee
;;   19: movq rbx, xmm15
;;   1e: mov r12, qword ptr [r14]
;;   21: mov r13, qword ptr [r14 + 8]
;;   25: lea r15, [rdi + 8]
;;   29: cmp r15, r13
;;   2c: ja 0x3d
;;   32: mov qword ptr [r12 + rdi], rbx
;;   36: mov rsp, rbp
;;   39: pop rbp
;;   3a: ret
;;   3b: ud2   ; trap stack_overflow @0xe9
;;   3d: ud2   ; trap out_of_bounds_memory @0xed
