;; test: compile
;; Blocks with results and parameters, loops, br_if out of a loop, locals
;; and globals.
(module
  (global $g (mut i64) (i64.const 0))
  (func (export "loop") (param i32) (result i32) (local i32)
    (loop $l
      local.get 1 local.get 0 i32.add local.set 1
      local.get 0 i32.const 1 i32.sub local.tee 0
      br_if $l)
    local.get 1)
  (func (export "block_params") (param i32 i32) (result i32 i32)
    local.get 0 local.get 1 (block (param i32 i32) (result i32 i32) local.get 1 br_if 0))
  (func (export "global") (param i64) (result i64)
    global.get $g local.get 0 i64.add global.set $g global.get $g)
  (func (export "unreachable") unreachable))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x45
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xorps xmm15, xmm15
;;   24: movsd qword ptr [rbp - 0x18], xmm15
;;   2a: mov eax, dword ptr [rbp - 0x18]
;;   2d: add eax, dword ptr [rbp - 0x10]
;;   30: mov dword ptr [rbp - 0x18], eax
;;   33: mov ecx, dword ptr [rbp - 0x10]
;;   36: sub ecx, 1
;;   39: mov dword ptr [rbp - 0x10], ecx
;;   3c: test ecx, ecx
;;   3e: jne 0x2a
;;   40: mov rsp, rbp
;;   43: pop rbp
;;   44: ret
;;   45: ud2   ; trap stack_overflow @0x65
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x34
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: test esi, esi
;;   25: jne 0x2b
;;   2b: mov eax, edi
;;   2d: mov edx, esi
;;   2f: mov rsp, rbp
;;   32: pop rbp
;;   33: ret
;;   34: ud2   ; trap stack_overflow @0x7d
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: mov rax, qword ptr [r14 + 0x20]
;;   25: mov rax, qword ptr [rax]
;;   28: add rax, rdi
;;   2b: mov rcx, qword ptr [r14 + 0x20]
;;   2f: mov qword ptr [rcx], rax
;;   32: mov rax, qword ptr [r14 + 0x20]
;;   36: mov rax, qword ptr [rax]
;;   39: mov rsp, rbp
;;   3c: pop rbp
;;   3d: ret
;;   3e: ud2   ; trap stack_overflow @0x8b
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x10]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x1f
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: ud2   ; trap unreachable @0x97
;;   1f: ud2   ; trap stack_overflow @0x97

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x35
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, 0
;;   18: mov r12, rdi
;;   1b: add ebx, r12d
;;   1e: sub r12d, 1
;;   22: test r12d, r12d
;;   25: je 0x2d
;;   2b: jmp 0x1b
;;   2d: mov rax, rbx
;;   30: mov rsp, rbp
;;   33: pop rbp
;;   34: ret
;;   35: ud2   ; trap stack_overflow @0x65
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rax, rdi
;;   16: mov rdx, rsi
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x7d
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x34
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14 + 0x20]
;;   17: mov rbx, qword ptr [rbx]
;;   1a: add rbx, rdi
;;   1d: mov r12, qword ptr [r14 + 0x20]
;;   21: mov qword ptr [r12], rbx
;;   25: mov rbx, qword ptr [r14 + 0x20]
;;   29: mov rbx, qword ptr [rbx]
;;   2c: mov rax, rbx
;;   2f: mov rsp, rbp
;;   32: pop rbp
;;   33: ret
;;   34: ud2   ; trap stack_overflow @0x8b
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x15
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: ud2   ; trap unreachable @0x97
;;   15: ud2   ; trap stack_overflow @0x97
