;; test: translate
;; SIMD: v128.const is a vconst (its 128 bits printed high half first);
;; each operator is one `simd` instruction naming it, with its lane or its
;; shuffle's lane indices; the lane and extending loads are scalar loads
;; around one (the lane store an extract_lane then istore16), so that each
;; keeps the scalar bounds-check path.
(module (memory 1)
  (func (param v128 i32) (result v128 i32) (local v128)
    (local.set 2 (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
      (local.get 0) (v128.const i32x4 1 2 3 4)))
    (v128.store16_lane offset=2 7 (local.get 1) (local.get 2))
    (v128.load32_lane 1 (local.get 1)
      (i32x4.add (v128.load8x8_u (local.get 1)) (local.get 2)))
    (i32x4.extract_lane 3 (local.get 2))))

;; ---- optimizing translate (TANDEM_BLESS=1 regenerates) ----
;; function fn0(v128, i32) -> v128, i32 {
;; block0(v0: v128, v1: i32):
;; @0024 v2 = vconst.v128 0x0000000400000003 0x0000000200000001
;; @0036 v3 = simd.v128 i8x16.shuffle[0x1f0e1d0c1b0a1908 0x1706150413021100] v0, v2
;; @004e v4 = simd.i32 i16x8.extract_lane_u[7] v3
;; @004e v5 = heap_base.i64
;; @004e istore16.i32 v4, v5, v1+2 guard
;; @0057 v6 = heap_base.i64
;; @0057 v7 = load.i64 v6, v1+0 guard
;; @0057 v8 = simd.v128 v128.load8x8_u v7
;; @005d v9 = simd.v128 i32x4.add v8, v3
;; @0060 v10 = heap_base.i64
;; @0060 v11 = load.i32 v10, v1+0 guard
;; @0060 v12 = simd.v128 i32x4.replace_lane[1] v9, v11
;; @0067 v13 = simd.i32 i32x4.extract_lane[3] v3
;; @006a return v12, v13
;; }
