;; test: allocated
;; Register allocation around a call: values live across it are spilled or
;; kept in a register the call does not clobber (only rbp, rsp and r14
;; survive), arguments move to rdi and rsi, the result comes from rax.
(module
  (func $f (param i32 i32) (result i32) (i32.sub (local.get 0) (local.get 1)))
  (func (param i32 i32) (result i32)
    (i32.add (i32.mul (local.get 0) (local.get 1))
             (call $f (local.get 1) (local.get 0)))))

;; ---- optimizing allocated (TANDEM_BLESS=1 regenerates) ----
;; function 0
;; block0:
;;      0: args =v0:rdi =v1:rsi
;;      1: alu_rr =v2:rdi v0:rdi v1:rsi
;;          move rax <- rdi  (v2)
;;      2: ret v2:rax
;; spill slots: 0
;; function 1
;; block0:
;;      0: args =v0:rdi =v1:rsi
;;          move rbx <- rdi  (v0)
;;          move r12 <- rsi  (v1)
;;      1: alu_rr =v2:r13 v0:rbx v1:r12
;;          move slot0 <- r13  (v2)
;;          move rdi <- r12  (v1)
;;          move rsi <- rbx  (v0)
;;      2: call v1:rdi v0:rsi =v3:rax
;;          move rbx <- slot0  (v2)
;;      3: alu_rr =v4:rbx v2:rbx v3:rax
;;          move rax <- rbx  (v4)
;;      4: ret v4:rax
;; spill slots: 1
