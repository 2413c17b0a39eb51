;; test: compile
;; Direct calls with stack parameters and multi-value results, an imported
;; function (VMContext switch) and recursion.
(module
  (import "host" "log" (func $log (param i32)))
  (func $many (param i32 i64 i32 i64 i32 i64 i32 i64) (result i64 i32 i64)
    local.get 7 local.get 6 local.get 5)
  (func (export "caller") (param i32) (result i64)
    local.get 0 call $log
    i32.const 1 i64.const 2 i32.const 3 i64.const 4 i32.const 5 i64.const 6 local.get 0 i64.const 8
    call $many drop drop)
  (func $fac (export "fac") (param i64) (result i64)
    local.get 0 i64.eqz if (result i64) i64.const 1
    else local.get 0 local.get 0 i64.const 1 i64.sub call $fac i64.mul end))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x50]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x43
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov qword ptr [rbp - 0x18], rsi
;;   24: mov dword ptr [rbp - 0x20], edx
;;   27: mov qword ptr [rbp - 0x28], rcx
;;   2b: mov dword ptr [rbp - 0x30], r8d
;;   2f: mov qword ptr [rbp - 0x38], r9
;;   33: mov rax, qword ptr [rbp + 0x18]
;;   37: mov edx, dword ptr [rbp + 0x10]
;;   3a: mov qword ptr [rbp + 0x20], r9
;;   3e: mov rsp, rbp
;;   41: pop rbp
;;   42: ret
;;   43: ud2   ; trap stack_overflow @0x52
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x70]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x6e
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov rax, qword ptr [r14 + 0x20]
;;   24: mov r14, qword ptr [r14 + 0x28]
;;   28: call rax
;;   2a: mov r14, qword ptr [rbp - 8]
;;   2e: mov edi, 1
;;   33: mov esi, 2
;;   38: mov edx, 3
;;   3d: mov ecx, 4
;;   42: mov r8d, 5
;;   48: mov r9d, 6
;;   4e: mov r11, qword ptr [rbp - 0x10]
;;   52: mov qword ptr [rsp], r11
;;   56: mov qword ptr [rsp + 8], 8
;;   5f: call 0x64   ; reloc func 1
;;   64: mov rcx, qword ptr [rsp + 0x10]
;;   69: mov rsp, rbp
;;   6c: pop rbp
;;   6d: ret
;;   6e: ud2   ; trap stack_overflow @0x5b
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x54
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov qword ptr [rbp - 0x10], rdi
;;   21: test rdi, rdi
;;   24: jne 0x34
;;   2a: mov eax, 1
;;   2f: jmp 0x4f
;;   34: mov rax, qword ptr [rbp - 0x10]
;;   38: sub rax, 1
;;   3c: mov rdi, rax
;;   3f: call 0x44   ; reloc func 3
;;   44: mov rcx, qword ptr [rbp - 0x10]
;;   48: imul rcx, rax
;;   4c: mov rax, rcx
;;   4f: mov rsp, rbp
;;   52: pop rbp
;;   53: ret
;;   54: ud2   ; trap stack_overflow @0x76

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x29
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, dword ptr [rbp + 0x10]
;;   16: mov r12, qword ptr [rbp + 0x18]
;;   1a: mov qword ptr [rbp + 0x20], r9
;;   1e: mov rax, r12
;;   21: mov rdx, rbx
;;   24: mov rsp, rbp
;;   27: pop rbp
;;   28: ret
;;   29: ud2   ; trap stack_overflow @0x52
;; function 2
;;    0: lea r11, [rsp - 0x38]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x82
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sub rsp, 0x30
;;   17: mov qword ptr [rbp - 8], r14
;;   1b: mov qword ptr [rbp - 0x10], rdi
;;   1f: mov r11, qword ptr [r14 + 0x20]
;;   23: mov r14, qword ptr [r14 + 0x28]
;;   27: call r11
;;   2a: mov r14, qword ptr [rbp - 8]
;;   2e: mov ebx, 1
;;   33: mov r12d, 2
;;   39: mov r13d, 3
;;   3f: mov r15d, 4
;;   45: mov r10d, 5
;;   4b: mov r9d, 6
;;   51: mov r8d, 8
;;   57: mov rdi, qword ptr [rbp - 0x10]
;;   5b: mov qword ptr [rsp], rdi
;;   5f: mov qword ptr [rsp + 8], r8
;;   64: mov rdi, rbx
;;   67: mov rsi, r12
;;   6a: mov rdx, r13
;;   6d: mov rcx, r15
;;   70: mov r8, r10
;;   73: call 0x78   ; reloc func 1
;;   78: mov rbx, qword ptr [rsp + 0x10]
;;   7d: mov rsp, rbp
;;   80: pop rbp
;;   81: ret
;;   82: ud2   ; trap stack_overflow @0x5b
;; function 3
;;    0: lea r11, [rsp - 0x18]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x53
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sub rsp, 0x10
;;   17: mov rbx, rdi
;;   1a: mov qword ptr [rbp - 8], rbx
;;   1e: test rbx, rbx
;;   21: jne 0x34
;;   27: mov ebx, 1
;;   2c: mov rax, rbx
;;   2f: jmp 0x4e
;;   34: mov r12, rbx
;;   37: sub r12, 1
;;   3b: mov rdi, r12
;;   3e: call 0x43   ; reloc func 3
;;   43: mov rbx, qword ptr [rbp - 8]
;;   47: imul rbx, rax
;;   4b: mov rax, rbx
;;   4e: mov rsp, rbp
;;   51: pop rbp
;;   52: ret
;;   53: ud2   ; trap stack_overflow @0x76
