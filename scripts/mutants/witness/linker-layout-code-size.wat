;; Witness of linker-layout-code-size: `tandem diff` disagrees on this module with the mutant applied.
(module
  (func (export "f") (param f64) (result f64)
    (f64.mul (f64.add (f64.sub (local.get 0) (f64.const 1.25)) (f64.const 7.5)) (f64.const 0.375)))
  (func (export "g") (param f64) (result f64) (f64.mul (local.get 0) (f64.const 3.5))))
