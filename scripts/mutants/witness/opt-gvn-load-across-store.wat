;; Witness of opt-gvn-load-across-store: `tandem diff` disagrees on this module with the mutant applied.
(module (memory 1)
  (func (export "f") (param i32 i32) (result i32)
    (local i32)
    (local.set 2 (i32.load (local.get 0)))
    (i32.store (local.get 0) (local.get 1))
    (i32.add (local.get 2) (i32.load (local.get 0)))))
