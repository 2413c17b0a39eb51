;; test: compile
;; memory.size inline; memory.grow and bulk memory through libcalls.
(module
  (memory 1 4)
  (data $d "\01\02\03")
  (func (export "size") (result i32) memory.size)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "fill") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.fill)
  (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy)
  (func (export "init") (param i32) local.get 0 i32.const 0 i32.const 3 memory.init $d data.drop $d))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x10]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov rax, qword ptr [r14 + 8]
;;   21: shr rax, 0x10
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x5a
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x39
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov esi, edi
;;   22: mov rdi, r14
;;   25: movabs r11, 0   ; reloc libcall tandem_memory_grow
;;   2f: call r11
;;   32: mov eax, eax
;;   34: mov rsp, rbp
;;   37: pop rbp
;;   38: ret
;;   39: ud2   ; trap stack_overflow @0x5f
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x49
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov dword ptr [rbp - 0x20], edx
;;   26: mov ecx, edx
;;   28: mov edx, esi
;;   2a: mov esi, edi
;;   2c: mov rdi, r14
;;   2f: movabs r11, 0   ; reloc libcall tandem_memory_fill
;;   39: call r11
;;   3c: test eax, eax
;;   3e: jne 0x4b
;;   44: mov rsp, rbp
;;   47: pop rbp
;;   48: ret
;;   49: ud2   ; trap stack_overflow @0x66
;;   4b: ud2   ; trap out_of_bounds_memory @0x6c
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x40]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x49
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov dword ptr [rbp - 0x20], edx
;;   26: mov ecx, edx
;;   28: mov edx, esi
;;   2a: mov esi, edi
;;   2c: mov rdi, r14
;;   2f: movabs r11, 0   ; reloc libcall tandem_memory_copy
;;   39: call r11
;;   3c: test eax, eax
;;   3e: jne 0x4b
;;   44: mov rsp, rbp
;;   47: pop rbp
;;   48: ret
;;   49: ud2   ; trap stack_overflow @0x72
;;   4b: ud2   ; trap out_of_bounds_memory @0x78
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x5b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xor esi, esi
;;   22: mov edx, edi
;;   24: xor ecx, ecx
;;   26: mov r8d, 3
;;   2c: mov rdi, r14
;;   2f: movabs r11, 0   ; reloc libcall tandem_memory_init
;;   39: call r11
;;   3c: test eax, eax
;;   3e: jne 0x5d
;;   44: mov rdi, r14
;;   47: xor esi, esi
;;   49: movabs r11, 0   ; reloc libcall tandem_data_drop
;;   53: call r11
;;   56: mov rsp, rbp
;;   59: pop rbp
;;   5a: ret
;;   5b: ud2   ; trap stack_overflow @0x7f
;;   5d: ud2   ; trap out_of_bounds_memory @0x85

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x23
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14 + 8]
;;   17: shr rbx, 0x10
;;   1b: mov rax, rbx
;;   1e: mov rsp, rbp
;;   21: pop rbp
;;   22: ret
;;   23: ud2   ; trap stack_overflow @0x5a
;; function 1
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x33
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov rsi, rbx
;;   19: mov rdi, r14
;;   1c: movabs r11, 0   ; reloc libcall tandem_memory_grow
;;   26: call r11
;;   29: mov ebx, eax
;;   2b: mov rax, rbx
;;   2e: mov rsp, rbp
;;   31: pop rbp
;;   32: ret
;;   33: ud2   ; trap stack_overflow @0x5f
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x44
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12, rsi
;;   19: mov r13, rdx
;;   1c: mov rsi, rbx
;;   1f: mov rdx, r12
;;   22: mov rcx, r13
;;   25: mov rdi, r14
;;   28: movabs r11, 0   ; reloc libcall tandem_memory_fill
;;   32: call r11
;;   35: mov ebx, eax
;;   37: test ebx, ebx
;;   39: jne 0x46
;;   3f: mov rsp, rbp
;;   42: pop rbp
;;   43: ret
;;   44: ud2   ; trap stack_overflow @0x66
;;   46: ud2   ; trap out_of_bounds_memory @0x6c
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x44
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12, rsi
;;   19: mov r13, rdx
;;   1c: mov rsi, rbx
;;   1f: mov rdx, r12
;;   22: mov rcx, r13
;;   25: mov rdi, r14
;;   28: movabs r11, 0   ; reloc libcall tandem_memory_copy
;;   32: call r11
;;   35: mov ebx, eax
;;   37: test ebx, ebx
;;   39: jne 0x46
;;   3f: mov rsp, rbp
;;   42: pop rbp
;;   43: ret
;;   44: ud2   ; trap stack_overflow @0x72
;;   46: ud2   ; trap out_of_bounds_memory @0x78
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x6b
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12d, 0
;;   1c: mov r13d, 0
;;   22: mov r15d, 3
;;   28: mov rsi, r12
;;   2b: mov rdx, rbx
;;   2e: mov rcx, r13
;;   31: mov r8, r15
;;   34: mov rdi, r14
;;   37: movabs r11, 0   ; reloc libcall tandem_memory_init
;;   41: call r11
;;   44: mov ebx, eax
;;   46: test ebx, ebx
;;   48: jne 0x6d
;;   4e: mov ebx, 0
;;   53: mov rsi, rbx
;;   56: mov rdi, r14
;;   59: movabs r11, 0   ; reloc libcall tandem_data_drop
;;   63: call r11
;;   66: mov rsp, rbp
;;   69: pop rbp
;;   6a: ret
;;   6b: ud2   ; trap stack_overflow @0x7f
;;   6d: ud2   ; trap out_of_bounds_memory @0x85
