;; Witness of baseline-divzero-check-width: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1))))
