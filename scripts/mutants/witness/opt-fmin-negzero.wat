;; Witness of opt-fmin-negzero: `tandem diff` disagrees on this module with the mutant applied.
(module (func (export "f") (param f64 f64) (result f64) (f64.min (local.get 0) (local.get 1))))
