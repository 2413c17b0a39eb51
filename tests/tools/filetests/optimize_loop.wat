;; test: optimize
;; The speed pipeline on a loop: the invariant product moves to the
;; preheader (licm), the constant arithmetic folds, and the second load of
;; the same address merges with the first (gvn).
(module (memory 1)
  (func (param i32 i32) (result i32) (local i32)
    (loop $l
      (local.set 2 (i32.add (local.get 2)
        (i32.add (i32.load (local.get 0)) (i32.load (local.get 0)))))
      (local.set 2 (i32.add (local.get 2) (i32.mul (local.get 1) (i32.add (i32.const 2) (i32.const 3)))))
      (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 4)))))
    (local.get 2)))

;; ---- optimizing optimize (TANDEM_BLESS=1 regenerates) ----
;; function fn0(i32, i32) -> i32 {
;; block0(v0: i32, v1: i32):
;; @0021 v18 = iconst.i32 0
;; @0027 v4 = heap_base.i64
;; @003b v13 = iconst.i32 5
;; @003c v14 = imul.i32 v1, v13
;; @0042 v16 = iconst.i32 4
;; @0021 jump block1(v18, v0)
;; block1(v2: i32, v3: i32):
;; @0027 v5 = load.i32 v4, v3+0 guard
;; @002f v8 = iadd.i32 v5, v5
;; @0030 v9 = iadd.i32 v2, v8
;; @003d v15 = iadd.i32 v9, v14
;; @0044 v17 = isub.i32 v3, v16
;; @0047 brif.i32 v17, block1(v15, v17), block2
;; block2:
;; @004c return v15
;; }
