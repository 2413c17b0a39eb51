;; Witness of opt-ctz64-fallback-width: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i64) (result i64) (i64.ctz (local.get 0))))
