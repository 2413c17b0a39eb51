;; test: compile
;; call_indirect (bounds, null and signature checks), table.get/set inline,
;; table.grow/fill/copy/init through libcalls, ref.func and ref.is_null.
(module
  (type $ii (func (param i32) (result i32)))
  (table $t 4 8 funcref)
  (elem (i32.const 0) $inc)
  (elem $p funcref (ref.func $inc))
  (func $inc (type $ii) local.get 0 i32.const 1 i32.add)
  (func (export "call") (param i32 i32) (result i32) local.get 0 local.get 1 call_indirect $t (type $ii))
  (func (export "get_is_null") (param i32) (result i32) local.get 0 table.get $t ref.is_null)
  (func (export "set") (param i32) local.get 0 ref.func $inc table.set $t)
  (func (export "grow") (param i32) (result i32) ref.null func local.get 0 table.grow $t)
  (func (export "size") (result i32) table.size $t)
  (func (export "init") (param i32) local.get 0 i32.const 0 i32.const 1 table.init $t $p elem.drop $p))

;; ---- baseline asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x2a
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: add edi, 1
;;   23: mov eax, edi
;;   25: mov rsp, rbp
;;   28: pop rbp
;;   29: ret
;;   2a: ud2   ; trap stack_overflow @0x74
;; function 1
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x5d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov dword ptr [rbp - 0x18], esi
;;   23: mov eax, esi
;;   25: cmp rax, qword ptr [r14 + 0x28]
;;   29: jae 0x5f
;;   2f: mov rcx, qword ptr [r14 + 0x20]
;;   33: mov rax, qword ptr [rcx + rax*8]
;;   37: test rax, rax
;;   3a: je 0x61
;;   40: mov ecx, dword ptr [r14 + 0x68]
;;   44: cmp rcx, qword ptr [rax + 8]
;;   48: jne 0x63
;;   4e: mov r14, qword ptr [rax + 0x10]
;;   52: call qword ptr [rax]
;;   54: mov r14, qword ptr [rbp - 8]
;;   58: mov rsp, rbp
;;   5b: pop rbp
;;   5c: ret
;;   5d: ud2   ; trap stack_overflow @0x7c
;;   5f: ud2   ; trap indirect_call_out_of_bounds @0x80
;;   61: ud2   ; trap indirect_call_null @0x80
;;   63: ud2   ; trap indirect_call_type_mismatch @0x80
;; function 2
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x42
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: cmp rdi, qword ptr [r14 + 0x28]
;;   24: jae 0x44
;;   2a: mov rax, qword ptr [r14 + 0x20]
;;   2e: mov rax, qword ptr [rax + rdi*8]
;;   32: test rax, rax
;;   35: sete cl
;;   38: movzx ecx, cl
;;   3b: mov eax, ecx
;;   3d: mov rsp, rbp
;;   40: pop rbp
;;   41: ret
;;   42: ud2   ; trap stack_overflow @0x86
;;   44: ud2   ; trap out_of_bounds_table @0x88
;; function 3
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3b
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: mov rax, qword ptr [r14 + 0x30]
;;   24: cmp rdi, qword ptr [r14 + 0x28]
;;   28: jae 0x3d
;;   2e: mov rcx, qword ptr [r14 + 0x20]
;;   32: mov qword ptr [rcx + rdi*8], rax
;;   36: mov rsp, rbp
;;   39: pop rbp
;;   3a: ret
;;   3b: ud2   ; trap stack_overflow @0x8e
;;   3d: ud2   ; trap out_of_bounds_table @0x92
;; function 4
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x20]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x3d
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xor esi, esi
;;   22: xor edx, edx
;;   24: mov ecx, edi
;;   26: mov rdi, r14
;;   29: movabs r11, 0   ; reloc libcall tandem_table_grow
;;   33: call r11
;;   36: mov eax, eax
;;   38: mov rsp, rbp
;;   3b: pop rbp
;;   3c: ret
;;   3d: ud2   ; trap stack_overflow @0x97
;; function 5
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x10]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x26
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov eax, dword ptr [r14 + 0x28]
;;   21: mov rsp, rbp
;;   24: pop rbp
;;   25: ret
;;   26: ud2   ; trap stack_overflow @0xa1
;; function 6
;;    0: push rbp
;;    1: mov rbp, rsp
;;    4: lea r11, [rsp - 0x30]
;;    c: cmp r11, qword ptr [r14 + 0x10]
;;   10: jb 0x64
;;   16: mov rsp, r11
;;   19: mov qword ptr [rbp - 8], r14
;;   1d: mov dword ptr [rbp - 0x10], edi
;;   20: xor esi, esi
;;   22: mov edx, 1
;;   27: mov ecx, edi
;;   29: xor r8d, r8d
;;   2c: mov r9d, 1
;;   32: mov rdi, r14
;;   35: movabs r11, 0   ; reloc libcall tandem_table_init
;;   3f: call r11
;;   42: test eax, eax
;;   44: jne 0x66
;;   4a: mov rdi, r14
;;   4d: mov esi, 1
;;   52: movabs r11, 0   ; reloc libcall tandem_elem_drop
;;   5c: call r11
;;   5f: mov rsp, rbp
;;   62: pop rbp
;;   63: ret
;;   64: ud2   ; trap stack_overflow @0xa7
;;   66: ud2   ; trap out_of_bounds_table @0xad

;; ---- optimizing asm (TANDEM_BLESS=1 regenerates) ----
;; function 0
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1e
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: add edi, 1
;;   16: mov rax, rdi
;;   19: mov rsp, rbp
;;   1c: pop rbp
;;   1d: ret
;;   1e: ud2   ; trap stack_overflow @0x74
;; function 1
;;    0: lea r11, [rsp - 0x18]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x5d
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: sub rsp, 0x10
;;   17: mov qword ptr [rbp - 8], r14
;;   1b: mov rbx, qword ptr [r14 + 0x28]
;;   1f: cmp rsi, rbx
;;   22: jae 0x5f
;;   28: mov rbx, qword ptr [r14 + 0x20]
;;   2c: mov rbx, qword ptr [rbx + rsi*8]
;;   30: test rbx, rbx
;;   33: je 0x61
;;   39: mov r12d, dword ptr [r14 + 0x68]
;;   3d: mov r13, qword ptr [rbx + 8]
;;   41: cmp r13, r12
;;   44: jne 0x63
;;   4a: mov r11, qword ptr [rbx]
;;   4d: mov r14, qword ptr [rbx + 0x10]
;;   51: call r11
;;   54: mov r14, qword ptr [rbp - 8]
;;   58: mov rsp, rbp
;;   5b: pop rbp
;;   5c: ret
;;   5d: ud2   ; trap stack_overflow @0x7c
;;   5f: ud2   ; trap indirect_call_out_of_bounds @0x80
;;   61: ud2   ; trap indirect_call_null @0x80
;;   63: ud2   ; trap indirect_call_type_mismatch @0x80
;; function 2
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x39
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14 + 0x28]
;;   17: cmp rdi, rbx
;;   1a: jae 0x3b
;;   20: mov rbx, qword ptr [r14 + 0x20]
;;   24: mov rbx, qword ptr [rbx + rdi*8]
;;   28: test rbx, rbx
;;   2b: sete bl
;;   2e: movzx ebx, bl
;;   31: mov rax, rbx
;;   34: mov rsp, rbp
;;   37: pop rbp
;;   38: ret
;;   39: ud2   ; trap stack_overflow @0x86
;;   3b: ud2   ; trap out_of_bounds_table @0x88
;; function 3
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x31
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, qword ptr [r14 + 0x30]
;;   17: mov r12, qword ptr [r14 + 0x28]
;;   1b: cmp rdi, r12
;;   1e: jae 0x33
;;   24: mov r12, qword ptr [r14 + 0x20]
;;   28: mov qword ptr [r12 + rdi*8], rbx
;;   2c: mov rsp, rbp
;;   2f: pop rbp
;;   30: ret
;;   31: ud2   ; trap stack_overflow @0x8e
;;   33: ud2   ; trap out_of_bounds_table @0x92
;; function 4
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x45
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12d, 0
;;   1c: mov r13d, 0
;;   22: mov rsi, r12
;;   25: mov rdx, r13
;;   28: mov rcx, rbx
;;   2b: mov rdi, r14
;;   2e: movabs r11, 0   ; reloc libcall tandem_table_grow
;;   38: call r11
;;   3b: mov ebx, eax
;;   3d: mov rax, rbx
;;   40: mov rsp, rbp
;;   43: pop rbp
;;   44: ret
;;   45: ud2   ; trap stack_overflow @0x97
;; function 5
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x1f
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov ebx, dword ptr [r14 + 0x28]
;;   17: mov rax, rbx
;;   1a: mov rsp, rbp
;;   1d: pop rbp
;;   1e: ret
;;   1f: ud2   ; trap stack_overflow @0xa1
;; function 6
;;    0: lea r11, [rsp - 8]
;;    5: cmp r11, qword ptr [r14 + 0x10]
;;    9: jb 0x74
;;    f: push rbp
;;   10: mov rbp, rsp
;;   13: mov rbx, rdi
;;   16: mov r12d, 0
;;   1c: mov r13d, 1
;;   22: mov r15d, 0
;;   28: mov r10d, 1
;;   2e: mov rsi, r12
;;   31: mov rdx, r13
;;   34: mov rcx, rbx
;;   37: mov r8, r15
;;   3a: mov r9, r10
;;   3d: mov rdi, r14
;;   40: movabs r11, 0   ; reloc libcall tandem_table_init
;;   4a: call r11
;;   4d: mov ebx, eax
;;   4f: test ebx, ebx
;;   51: jne 0x76
;;   57: mov ebx, 1
;;   5c: mov rsi, rbx
;;   5f: mov rdi, r14
;;   62: movabs r11, 0   ; reloc libcall tandem_elem_drop
;;   6c: call r11
;;   6f: mov rsp, rbp
;;   72: pop rbp
;;   73: ret
;;   74: ud2   ; trap stack_overflow @0xa7
;;   76: ud2   ; trap out_of_bounds_table @0xad
