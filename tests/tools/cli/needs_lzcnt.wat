;; tandem regression
;; finding: (none: a bundle that asks for lzcnt, for tandem replay's refusal on a CPU without it)
;; settings: opt_level=speed has_lzcnt=true
;; call: f 1
;; expect: returned (i32:31)
(module
  (func (export "f") (param i32) (result i32)
    local.get 0
    i32.clz))
