// The entry and host trampolines and the trap landing (see entry.h).
// Offsets must match CallPlan, EntryRecord and HostFrame; entry.cc checks
// them with static_assert.
        .intel_syntax noprefix
        .text

// CallPlan
#define PLAN_GPR          0
#define PLAN_XMM          48
#define PLAN_CODE         176
#define PLAN_VMCTX        184
#define PLAN_STACK        192
#define PLAN_STACK_WORDS  200
#define PLAN_RESULT_GPR   208
#define PLAN_RESULT_XMM   224
// EntryRecord
#define REC_SAVED_RSP     0
// HostFrame
#define HF_GPR            0
#define HF_XMM            48
#define HF_STACK_PARAMS   176
#define HF_CONTEXT        184
#define HF_RESULT_GPR     192
#define HF_RESULT_XMM     208
#define HF_SIZE           240
// Bytes below the entry's frame filled with a pattern before each call.
#define SCRUB_BYTES       8192

// int tandem_enter_wasm(EntryRecord* record /*rdi*/, CallPlan* plan /*rsi*/)
// Returns 0 when the callee returned; the landing returns 1 after a trap.
        .globl tandem_enter_wasm
        .type tandem_enter_wasm, @function
tandem_enter_wasm:
        .cfi_startproc
        push rbp
        .cfi_def_cfa_offset 16
        .cfi_offset rbp, -16
        mov rbp, rsp
        .cfi_def_cfa_register rbp
        push rbx
        push r12
        push r13
        push r14
        push r15
        push rsi                          // [rbp-48]: the plan, reloaded after the call
        mov [rdi + REC_SAVED_RSP], rsp    // the landing restores from here

        // The 8 KiB below: one fixed pattern instead of what the C++ code
        // before left there (return addresses, pointers that move with
        // ASLR). Compiled code that reads a slot it never wrote (a result
        // read at the wrong offset) then reads the same words on every run
        // and in every process, so its finding replays and reduces alike.
        lea rdi, [rsp - SCRUB_BYTES]
        mov ecx, SCRUB_BYTES / 8
        mov rax, 0x5a5a5a5a5a5a5a5a
        rep stosq

        // Stack params and return area: stack_words words, rsp 16-aligned at the call.
        mov rcx, [rsi + PLAN_STACK_WORDS]
        lea rax, [rcx*8 + 15]
        and rax, -16
        sub rsp, rax
        and rsp, -16
        mov r8, [rsi + PLAN_STACK]
        xor edx, edx
1:      cmp rdx, rcx
        jae 2f
        mov rax, [r8 + rdx*8]
        mov [rsp + rdx*8], rax
        inc rdx
        jmp 1b
2:
        movdqu xmm0, [rsi + PLAN_XMM + 0]
        movdqu xmm1, [rsi + PLAN_XMM + 16]
        movdqu xmm2, [rsi + PLAN_XMM + 32]
        movdqu xmm3, [rsi + PLAN_XMM + 48]
        movdqu xmm4, [rsi + PLAN_XMM + 64]
        movdqu xmm5, [rsi + PLAN_XMM + 80]
        movdqu xmm6, [rsi + PLAN_XMM + 96]
        movdqu xmm7, [rsi + PLAN_XMM + 112]
        mov r14, [rsi + PLAN_VMCTX]
        mov r11, [rsi + PLAN_CODE]
        mov rdi, [rsi + PLAN_GPR + 0]
        mov rdx, [rsi + PLAN_GPR + 16]
        mov rcx, [rsi + PLAN_GPR + 24]
        mov r8,  [rsi + PLAN_GPR + 32]
        mov r9,  [rsi + PLAN_GPR + 40]
        mov rsi, [rsi + PLAN_GPR + 8]
        call r11

        // Only rsp, rbp and r14 survive a wasm call.
        mov rsi, [rbp - 48]
        mov [rsi + PLAN_RESULT_GPR + 0], rax
        mov [rsi + PLAN_RESULT_GPR + 8], rdx
        movdqu [rsi + PLAN_RESULT_XMM + 0], xmm0
        movdqu [rsi + PLAN_RESULT_XMM + 16], xmm1
        mov rcx, [rsi + PLAN_STACK_WORDS]
        mov r8, [rsi + PLAN_STACK]
        xor edx, edx
3:      cmp rdx, rcx
        jae 4f
        mov rax, [rsp + rdx*8]
        mov [r8 + rdx*8], rax
        inc rdx
        jmp 3b
4:
        xor eax, eax
        lea rsp, [rbp - 40]
        pop r15
        pop r14
        pop r13
        pop r12
        pop rbx
        pop rbp
        .cfi_def_cfa rsp, 8
        ret
        .cfi_endproc
        .size tandem_enter_wasm, .-tandem_enter_wasm

// Reached with RDI = the EntryRecord to unwind to (set by the signal handler
// or by the host trampoline). Returns 1 from that record's tandem_enter_wasm.
        .globl tandem_trap_landing
        .type tandem_trap_landing, @function
tandem_trap_landing:
        mov rsp, [rdi + REC_SAVED_RSP]
        add rsp, 8                        // the saved plan pointer
        pop r15
        pop r14
        pop r13
        pop r12
        pop rbx
        pop rbp
        mov eax, 1
        ret
        .size tandem_trap_landing, .-tandem_trap_landing

// Called by wasm code (wasm calling convention) with R14 = the HostFunction.
        .globl tandem_host_trampoline
        .type tandem_host_trampoline, @function
tandem_host_trampoline:
        .cfi_startproc
        push rbp
        .cfi_def_cfa_offset 16
        .cfi_offset rbp, -16
        mov rbp, rsp
        .cfi_def_cfa_register rbp
        sub rsp, HF_SIZE                  // entry rsp%16 == 8, so rsp is 16-aligned here (movdqu below)
        mov [rsp + HF_GPR + 0], rdi
        mov [rsp + HF_GPR + 8], rsi
        mov [rsp + HF_GPR + 16], rdx
        mov [rsp + HF_GPR + 24], rcx
        mov [rsp + HF_GPR + 32], r8
        mov [rsp + HF_GPR + 40], r9
        movdqu [rsp + HF_XMM + 0], xmm0
        movdqu [rsp + HF_XMM + 16], xmm1
        movdqu [rsp + HF_XMM + 32], xmm2
        movdqu [rsp + HF_XMM + 48], xmm3
        movdqu [rsp + HF_XMM + 64], xmm4
        movdqu [rsp + HF_XMM + 80], xmm5
        movdqu [rsp + HF_XMM + 96], xmm6
        movdqu [rsp + HF_XMM + 112], xmm7
        lea rax, [rbp + 16]
        mov [rsp + HF_STACK_PARAMS], rax
        mov [rsp + HF_CONTEXT], r14
        mov rdi, rsp
        call tandem_host_dispatch         // System V: preserves rbx, rbp, r12-r15
        test rax, rax
        jnz 1f
        mov rax, [rsp + HF_RESULT_GPR + 0]
        mov rdx, [rsp + HF_RESULT_GPR + 8]
        movdqu xmm0, [rsp + HF_RESULT_XMM + 0]
        movdqu xmm1, [rsp + HF_RESULT_XMM + 16]
        leave
        .cfi_def_cfa rsp, 8
        ret
1:      mov rdi, rax
        jmp tandem_trap_landing
        .cfi_endproc
        .size tandem_host_trampoline, .-tandem_host_trampoline

        .section .note.GNU-stack,"",@progbits
