;; test: translate
;; Control flow: code after an unconditional branch is skipped (and the
;; merge block's parameter, with one incoming value, is removed as
;; trivial); branches to the function's own label all go through one return
;; block; a multi-value call's results feed a block with two results.
(module
  (func (result i32)
    (block (result i32)
      i32.const 7
      br 0
      i32.const 8 i32.add
      (loop (br 0)))
    unreachable)
  (func (param i32) (result i32)
    (br_if 0 (i32.const 5) (local.get 0))
    (br_table 0 0 (i32.const 6) (local.get 0)))
  (func $two (result i32 i64) i32.const 1 i64.const 2)
  (func (result i64) (local i64)
    (block (result i32 i64) (call $two))
    local.set 0 drop
    local.get 0))

;; ---- optimizing translate (TANDEM_BLESS=1 regenerates) ----
;; function fn0() -> i32 {
;; block0:
;; @002b v1 = iconst.i32 7
;; @002d jump block1
;; block1:
;; @0038 trap unreachable
;; }
;; function fn1(i32) -> i32 {
;; block0(v0: i32):
;; @003c v1 = iconst.i32 5
;; @0040 brif.i32 v0, block1(v1), block2
;; block2:
;; @0042 v3 = iconst.i32 6
;; @0046 br_table.i32 v0, block1(v3), [block1(v3)]
;; block1(v2: i32):
;; @004a return v2
;; }
;; function fn2() -> i32, i64 {
;; block0:
;; @004d v0 = iconst.i32 1
;; @004f v1 = iconst.i64 2
;; @0051 return v0, v1
;; }
;; function fn3() -> i64 {
;; block0:
;; @0058 v2, v3 = call fn2() -> i32, i64
;; @005a jump block1
;; block1:
;; @0060 return v3
;; }
