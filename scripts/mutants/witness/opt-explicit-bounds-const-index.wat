;; Witness of opt-explicit-bounds-const-index: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 0)
  (func (export "f") (result i32)
    (drop (memory.grow (i32.const 1)))
    (i32.load (i32.const 65532))))
