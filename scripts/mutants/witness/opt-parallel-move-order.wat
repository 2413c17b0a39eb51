;; Witness of opt-parallel-move-order: `tandem diff` disagrees on this module with the mutant applied.
(module
  (func (export "f") (param i32 i32 i32) (result i32)
    (local i32)
    (loop $l
      (local.set 3 (local.get 0))
      (local.set 0 (local.get 1))
      (local.set 1 (local.get 3))
      (local.set 2 (i32.sub (local.get 2) (i32.const 1)))
      (br_if $l (i32.gt_s (local.get 2) (i32.const 0))))
    (i32.sub (local.get 0) (i32.mul (local.get 1) (i32.const 3)))))
