;; Witness of opt-constfold-shift-mask: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (result i32) (i32.shr_u (i32.const 0x80000000) (i32.const 33))))
