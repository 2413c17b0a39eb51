;; tandem regression
;; finding: none: a case every engine agrees on, for the report pages' browser test (tests/tools/report_pages.sh); it has a call, a load that can trap, and divisions the optimizing backend proves cannot trap, so both tables have rows and some rows are one backend's only
;; call: f 7 3
;; expect: returned (i32:0)
;; call: f 100 0
;; expect: trapped: integer_divide_by_zero (integer divide by zero)
(module
  (memory 1)
  (func $quotients (param $x i32) (param $y i32) (result i32)
    ;; by a constant: no trap the optimizing backend must keep
    (i32.add (i32.div_u (local.get $x) (i32.const 4))
             (i32.div_u (local.get $x) (local.get $y))))
  (func (export "f") (param $x i32) (param $y i32) (result i32)
    (i32.lt_u
      (call $quotients (local.get $x) (local.get $y))
      (i32.load (i32.const 16)))))
