;; test: translate
;; Memory accesses carry their bounds-check form: with bounds_checks=guard
;; they are left to the guard pages (see translate_memory_explicit.wat).
(module (memory 1)
  (func (param i32) (result i32)
    (i32.store8 offset=3 (local.get 0) (i32.const 9))
    (i32.load16_s offset=16 (local.get 0))))

;; ---- optimizing translate (TANDEM_BLESS=1 regenerates) ----
;; function fn0(i32) -> i32 {
;; block0(v0: i32):
;; @0020 v1 = iconst.i32 9
;; @0022 v2 = heap_base.i64
;; @0022 istore8.i32 v1, v2, v0+3 guard
;; @0027 v3 = heap_base.i64
;; @0027 v4 = sload16.i32 v3, v0+16 guard
;; @002a return v4
;; }
