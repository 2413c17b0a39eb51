;; Witness of baseline-feq-branch-nan: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param f64 f64) (result i32)
  (if (result i32) (f64.ne (local.get 0) (local.get 1)) (then (i32.const 1)) (else (i32.const 0)))))
