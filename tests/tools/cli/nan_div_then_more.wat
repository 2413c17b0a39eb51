;; tandem regression
;; finding: (none: nan_div.wat's NaN-payload difference at the first call, with calls after it, for a reduction that ends before it drops them)
;; nan: exact
;; call: f bits:0x0 bits:0x0
;; expect: returned (f32:0x7fc00000 (nan))
;; call: f 1 2
;; expect: returned (f32:0x3f000000 (0.5))
;; call: f 3 4
;; expect: returned (f32:0x3f400000 (0.75))
(module
  (func (export "f") (param f32 f32) (result f32)
    local.get 0
    local.get 1
    f32.div))
