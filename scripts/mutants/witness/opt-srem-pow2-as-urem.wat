;; Witness of opt-srem-pow2-as-urem: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i32) (result i32) (i32.rem_s (local.get 0) (i32.const 8))))
