;; test: translate
;; SSA construction for locals: straight-line code needs no block
;; parameters, a loop gets parameters only for the locals it changes (local
;; 0 is read in the loop but never written), and an if/else merges its
;; results through the parameters of the block after it.
(module
  (func (param i32 i32) (result i32)
    local.get 0 local.get 1 i32.add i32.const 3 i32.mul)
  (func (param i32) (result i32) (local i32)
    (loop $l
      local.get 1 local.get 0 i32.add local.set 1
      local.get 1 i32.const 100 i32.lt_u br_if $l)
    local.get 1)
  (func (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (i32.const 1))
      (else (i32.const 2)))))

;; ---- optimizing translate (TANDEM_BLESS=1 regenerates) ----
;; function fn0(i32, i32) -> i32 {
;; block0(v0: i32, v1: i32):
;; @0025 v2 = iadd.i32 v0, v1
;; @0026 v3 = iconst.i32 3
;; @0028 v4 = imul.i32 v2, v3
;; @0029 return v4
;; }
;; function fn1(i32) -> i32 {
;; block0(v0: i32):
;; @002e v6 = iconst.i32 0
;; @002e jump block1(v6)
;; block1(v1: i32):
;; @0034 v3 = iadd.i32 v1, v0
;; @0039 v4 = iconst.i32 100
;; @003c v5 = icmp.i32 ult v3, v4
;; @003d brif.i32 v5, block1(v3), block3
;; block3:
;; @003f jump block2
;; block2:
;; @0042 return v3
;; }
;; function fn2(i32) -> i32 {
;; block0(v0: i32):
;; @0047 brif.i32 v0, block2, block3
;; block2:
;; @0049 v2 = iconst.i32 1
;; @004b jump block1(v2)
;; block3:
;; @004c v3 = iconst.i32 2
;; @004e jump block1(v3)
;; block1(v1: i32):
;; @004f return v1
;; }
