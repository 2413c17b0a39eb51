;; test: compile
;; Loads and stores: whole, extending, splat, zero and lane.
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
;;   10: jb 0x2e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: mov rax, qword ptr [r14]
;;   23: movdqu xmm0, xmmword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xb0
;;   29: mov rsp, rbp
;;   2c: pop rbp
;;   2d: ret
;;   2e: ud2   ; trap stack_overflow @0xae
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x37
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: mov rax, qword ptr [r14]
;;   23: movq xmm0, qword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xb9
;;   29: punpcklbw xmm0, xmm0
;;   2d: psraw xmm0, 8
;;   32: mov rsp, rbp
;;   35: pop rbp
;;   36: ret
;;   37: ud2   ; trap stack_overflow @0xb7
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x33
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: mov rax, qword ptr [r14]
;;   23: movd xmm0, dword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xc2
;;   29: pshufd xmm0, xmm0, 0
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0xc0
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: mov rax, qword ptr [r14]
;;   23: movq xmm0, qword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0xcb
;;   29: mov rsp, rbp
;;   2c: pop rbp
;;   2d: ret
;;   2e: ud2   ; trap stack_overflow @0xc9
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x33
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movdqu xmmword ptr [rbp - 0x28], xmm0
;;   25: mov rax, qword ptr [r14]
;;   28: movdqu xmmword ptr [rax + rdi + 0x10], xmm0   ; trap out_of_bounds_memory @0xd6
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0xd2
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x34
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movdqu xmmword ptr [rbp - 0x28], xmm0
;;   25: mov rax, qword ptr [r14]
;;   28: pinsrw xmm0, word ptr [rax + rdi + 2], 3   ; trap out_of_bounds_memory @0xe1
;;   2f: mov rsp, rbp
;;   32: pop rbp
;;   33: ret
;;   34: ud2   ; trap stack_overflow @0xdd
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x35
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x18], edi
;;   20: movdqu xmmword ptr [rbp - 0x28], xmm0
;;   25: mov rax, qword ptr [r14]
;;   28: pextrq qword ptr [rax + rdi], xmm0, 1   ; trap out_of_bounds_memory @0xed
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0xe9

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movdqu xmm8, xmmword ptr [rbx + rdi + 0x10]   ; trap out_of_bounds_memory @0xb0
;;   1d: movaps xmm0, xmm8
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xae
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x27
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: pmovsxbw xmm8, qword ptr [rbx + rdi + 0x10]   ; trap out_of_bounds_memory @0xb9
;;   1e: movaps xmm0, xmm8
;;   22: mov rsp, rbp
;;   25: pop rbp
;;   26: ret
;;   27: ud2   ; trap stack_overflow @0xb7
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2c
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movd xmm8, dword ptr [rbx + rdi + 0x10]   ; trap out_of_bounds_memory @0xc2
;;   1d: pshufd xmm8, xmm8, 0
;;   23: movaps xmm0, xmm8
;;   27: mov rsp, rbp
;;   2a: pop rbp
;;   2b: ret
;;   2c: ud2   ; trap stack_overflow @0xc0
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movq xmm8, qword ptr [rbx + rdi + 0x10]   ; trap out_of_bounds_memory @0xcb
;;   1d: movaps xmm0, xmm8
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xc9
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x21
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movdqu xmmword ptr [rbx + rdi + 0x10], xmm0   ; trap out_of_bounds_memory @0xd6
;;   1c: mov rsp, rbp
;;   1f: pop rbp
;;   20: ret
;;   21: ud2   ; trap stack_overflow @0xd2
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x25
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movzx ebx, word ptr [rbx + rdi + 2]   ; trap out_of_bounds_memory @0xe1
;;   1b: pinsrw xmm0, ebx, 3
;;   20: mov rsp, rbp
;;   23: pop rbp
;;   24: ret
;;   25: ud2   ; trap stack_overflow @0xdd
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x26
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: pextrq rbx, xmm0, 1
;;   1a: mov r12, qword ptr [r14]
;;   1d: mov qword ptr [r12 + rdi], rbx   ; trap out_of_bounds_memory @0xed
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xe9
