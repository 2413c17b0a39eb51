;; Witness of baseline-clz-fallback-zero: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i32) (result i32) (i32.clz (local.get 0))))
