;; Witness of baseline-rems64-minus1-width: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1))))
