;; test: vcode
;; Instruction selection: a compare fused into the branch that uses it, an
;; immediate folded into the add, base + index*4 + disp addressing, and a
;; select as a conditional move.
(module (memory 1)
  (func (param i32 i32) (result i32)
    (if (i32.lt_s (local.get 0) (local.get 1))
      (then (return (i32.add (local.get 0) (i32.const 100)))))
    (select (i32.load offset=8 (i32.shl (local.get 1) (i32.const 2))) (local.get 1) (local.get 0))))

;; ---- optimizing vcode (TANDEM_BLESS=1 regenerates) ----
;; function 0
;; block0:
;;     0: args def:v0@late=rdi def:v1@late=rsi
;;     1: cmp use:v0 use:v1
;;     2: jcc ->block1,block2
;; block1:
;;     3: alu_ri def:v2@late=reuse1 use:v0
;;     4: ret use:v2=rax
;; block2:
;;     5: shift_ri def:v3@late=reuse1 use:v1
;;     6: load def:v4@late
;;     7: load def:v5@late use:v4 use:v3
;;     8: test use:v0 use:v0
;;     9: cmov def:v6@late=reuse1 use:v1 use:v5@late
;;    10: ret use:v6=rax
