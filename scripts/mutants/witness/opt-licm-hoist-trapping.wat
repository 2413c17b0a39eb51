;; Witness of opt-licm-hoist-trapping: `tandem diff` disagrees on this module with the mutant applied.
(module
  (func (export "f") (param i32 i32) (result i32)
    (local i32 i32)
    (loop $l
      (if (i32.gt_u (local.get 3) (i32.const 5))
        (then (local.set 2 (i32.add (local.get 2) (i32.div_u (local.get 0) (local.get 1))))))
      (local.set 3 (i32.add (local.get 3) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get 3) (i32.const 3))))
    (local.get 2)))
