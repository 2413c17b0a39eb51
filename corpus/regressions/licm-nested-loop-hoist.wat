;; tandem regression
;; finding: mismatch result: culprit optimizing; licm hoisted the users of an instruction it had already moved to an inner loop's preheader out of the outer loop too (fixed in 4027f51)
;; signature: result/optimizing/-
;; call: f 0 3
;; expect: returned (i64:3)
;; call: f 18 5
;; expect: returned (i64:20)
;; call: f 25 2
;; expect: returned (i64:25)
;; call: f -5 1
;; expect: returned (i64:18446744073709551612 (-4))
(module
  (func (export "f") (param $x i64) (param $n i32) (result i64)
    (local $i i32) (local $t i64)
    (loop $outer
      (local.set $i (i32.const 3))
      (loop $inner
        ;; invariant in $inner, not in $outer: $x changes per outer iteration
        (local.set $t (i64.add (local.get $x) (i64.extend_i32_u (i64.lt_s (local.get $x) (i64.const 20)))))
        (br_if $inner (local.tee $i (i32.sub (local.get $i) (i32.const 1)))))
      (local.set $x (local.get $t))
      (br_if $outer (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $x)))
