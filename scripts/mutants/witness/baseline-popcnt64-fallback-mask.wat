;; Witness of baseline-popcnt64-fallback-mask: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i64) (result i64) (i64.popcnt (local.get 0))))
