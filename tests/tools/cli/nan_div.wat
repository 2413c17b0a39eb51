;; Not a bug: the spec leaves a NaN's payload open, and under the exact NaN
;; policy (bit for bit) the backends' 0/0 (x86's default NaN, sign set)
;; differs from the interpreter's canonical NaN. A finding that every
;; machine reproduces, for the reduce/replay command tests.
(module
  (func (export "f") (param f32 f32) (result f32)
    (local i64)
    local.get 0
    local.get 1
    f32.div))
