;; Witness of codebuf-trap-stub-key: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))
