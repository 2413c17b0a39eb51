;; test: compile
;; Memory accesses with guard pages: each access is a trap site; offsets fold
;; into the addressing mode.
(module
  (memory 1)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load offset=16)
  (func (export "load8_s") (param i32) (result i64) local.get 0 i64.load8_s)
  (func (export "store16") (param i32 i32) local.get 0 local.get 1 i32.store16 offset=4)
  (func (export "store_f64") (param i32 f64) local.get 0 local.get 1 f64.store)
  (func (export "big_offset") (param i32) (result i32) local.get 0 i32.load offset=4294967295))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov rax, qword ptr [r14]
;;   23: mov ecx, dword ptr [rax + rdi + 0x10]   ; trap out_of_bounds_memory @0x6a
;;   27: mov eax, ecx
;;   29: mov rsp, rbp
;;   2c: pop rbp
;;   2d: ret
;;   2e: ud2   ; trap stack_overflow @0x68
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov rax, qword ptr [r14]
;;   23: movsx rcx, byte ptr [rax + rdi]   ; trap out_of_bounds_memory @0x72
;;   28: mov rax, rcx
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x70
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x30
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov rax, qword ptr [r14]
;;   26: mov word ptr [rax + rdi + 4], si   ; trap out_of_bounds_memory @0x7c
;;   2b: mov rsp, rbp
;;   2e: pop rbp
;;   2f: ret
;;   30: ud2   ; trap stack_overflow @0x78
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x32
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: movsd qword ptr [rbp - 0x18], xmm0
;;   25: mov rax, qword ptr [r14]
;;   28: movsd qword ptr [rax + rdi], xmm0   ; trap out_of_bounds_memory @0x86
;;   2d: mov rsp, rbp
;;   30: pop rbp
;;   31: ret
;;   32: ud2   ; trap stack_overflow @0x82
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x35
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov rax, qword ptr [r14]
;;   23: mov ecx, 0xffffffff
;;   28: add rcx, rax
;;   2b: mov edx, dword ptr [rcx + rdi]   ; trap out_of_bounds_memory @0x8e
;;   2e: mov eax, edx
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0x8c

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x22
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov ebx, dword ptr [rbx + rdi + 0x10]   ; trap out_of_bounds_memory @0x6a
;;   1a: mov rax, rbx
;;   1d: mov rsp, rbp
;;   20: pop rbp
;;   21: ret
;;   22: ud2   ; trap stack_overflow @0x68
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x23
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movsx rbx, byte ptr [rbx + rdi]   ; trap out_of_bounds_memory @0x72
;;   1b: mov rax, rbx
;;   1e: mov rsp, rbp
;;   21: pop rbp
;;   22: ret
;;   23: ud2   ; trap stack_overflow @0x70
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov word ptr [rbx + rdi + 4], si   ; trap out_of_bounds_memory @0x7c
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x78
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x20
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: movsd qword ptr [rbx + rdi], xmm0   ; trap out_of_bounds_memory @0x86
;;   1b: mov rsp, rbp
;;   1e: pop rbp
;;   1f: ret
;;   20: ud2   ; trap stack_overflow @0x82
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x2b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14]
;;   16: mov r12d, 0xffffffff
;;   1c: add r12, rdi
;;   1f: mov ebx, dword ptr [rbx + r12]   ; trap out_of_bounds_memory @0x8e
;;   23: mov rax, rbx
;;   26: mov rsp, rbp
;;   29: pop rbp
;;   2a: ret
;;   2b: ud2   ; trap stack_overflow @0x8c
