;; Witness of opt-load8s-i64-width: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 1) (data (i32.const 0) "\80")
  (func (export "f") (param i32) (result i64) (i64.load8_s (local.get 0))))
