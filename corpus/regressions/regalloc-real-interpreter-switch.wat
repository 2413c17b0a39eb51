;; tandem regression
;; finding: mismatch compile_blowup: culprit optimizing; the register allocator never finished on repros/optimizing-hang-2.wasm (a 28,980-byte interpreter-style function of a real C program, at opt_level=none): the same bug as regalloc-jump-more-args-than-registers.wat (block arguments past the registers evicting each other). tandem reduce took it from 36,270 to 26,229 bytes only (40,000 candidates): almost every cut of its switch removes the blowup. Fixed: jump arguments live in a register or a stack slot. Replayed as is, it is also a compile-time check of a large real function
;; signature: compile_blowup/optimizing/regalloc
;; settings: opt_level=none
;; calls: none
(module
  (type $t0 (func (param i32 i64 i32 i32 i32) (result i64)))
  (type $t1 (func (param i32 i32 i32) (result i32)))
  (type $t2 (func (param i32 i64)))
  (type $t3 (func (param i32 i64) (result i64)))
  (type $t4 (func (param i32 i64 i32 i32 i32 i32) (result i64)))
  (type $t5 (func (param i32 i32 i32)))
  (type $t6 (func (param i32 i32) (result i64)))
  (type $t7 (func (param i32 i32)))
  (type $t8 (func (param i32 i64 i32) (result i64)))
  (type $t9 (func (param i32 i64 i64 i32 i32 i32) (result i64)))
  (type $t10 (func (param i32 i32) (result i32)))
  (type $t11 (func (param i32 i64 i32) (result i32)))
  (type $t12 (func (param i32 i64) (result i32)))
  (type $t13 (func (param i32 i32 i32 i32) (result i32)))
  (type $t14 (func (param i32 i32 i64) (result i32)))
  (type $t15 (func (param i32)))
  (type $t16 (func (param i32 i64 i64) (result i32)))
  (type $t17 (func (param i32 i64 i64) (result i64)))
  (type $t18 (func (param i32 i32 i32) (result i64)))
  (type $t19 (func (param i32 i64 i64 i32 i32) (result i64)))
  (type $t20 (func (param i32 i64 i32 i64 i64 i64 i32) (result i32)))
  (type $t21 (func (param i32) (result i32)))
  (type $t22 (func (param i32 i32 i32 i32) (result i64)))
  (type $t23 (func (param f64 f64) (result f64)))
  (type $t24 (func (param i32 i32 i32 i32)))
  (type $t25 (func (param i32 i64 i64 i64 i32) (result i32)))
  (type $t26 (func (param i32 i64 i32 i64 i32) (result i32)))
  (type $t27 (func))
  (type $t28 (func (param i32) (result i64)))
  (type $t29 (func (param i64 i32 i32) (result i32)))
  (type $t30 (func (param i32 i64 i32 i64 i64 i32) (result i32)))
  (type $t31 (func (param i32 i64 i32 i64 i32) (result i64)))
  (type $t32 (func (param i32 i32 i64)))
  (type $t33 (func (param i32 i64 i64 i32) (result i64)))
  (type $t34 (func (param i32 i32 i32 i32 i32) (result i32)))
  (type $t35 (func (param i32 i32 i64 i32) (result i64)))
  (type $t36 (func (param i32 i64 i64 i64 i32 i32 i32) (result i64)))
  (type $t37 (func (param i32 i64 i64 i32) (result i32)))
  (type $t38 (func (param i32 i64 i64)))
  (import "env" "0" (func $env.0 (type $t2)))
  (import "env" "3" (func $env.3 (type $t5)))
  (import "env" "5" (func $env.5 (type $t31)))
  (import "env" "6" (func $env.6 (type $t7)))
  (import "env" "9" (func $env.9 (type $t19)))
  (import "env" "11" (func $env.11 (type $t26)))
  (import "env" "14" (func $env.14 (type $t32)))
  (import "env" "18" (func $env.18 (type $t15)))
  (import "env" "19" (func $env.19 (type $t3)))
  (import "env" "20" (func $env.20 (type $t10)))
  (import "env" "21" (func $env.21 (type $t3)))
  (import "env" "26" (func $env.26 (type $t12)))
  (import "env" "27" (func $env.27 (type $t27)))
  (import "env" "30" (func $env.30 (type $t12)))
  (import "env" "31" (func $env.31 (type $t5)))
  (import "env" "32" (func $env.32 (type $t6)))
  (import "env" "35" (func $env.35 (type $t5)))
  (import "env" "38" (func $env.38 (type $t33)))
  (import "env" "42" (func $env.42 (type $t19)))
  (import "env" "47" (func $env.47 (type $t28)))
  (import "env" "49" (func $env.49 (type $t11)))
  (import "env" "50" (func $env.50 (type $t16)))
  (import "env" "55" (func $env.55 (type $t13)))
  (import "env" "56" (func $env.56 (type $t11)))
  (import "env" "61" (func $env.61 (type $t17)))
  (import "env" "68" (func $env.68 (type $t6)))
  (import "env" "69" (func $env.69 (type $t5)))
  (import "env" "70" (func $env.70 (type $t10)))
  (import "env" "84" (func $env.84 (type $t28)))
  (import "env" "85" (func $env.85 (type $t14)))
  (import "env" "86" (func $env.86 (type $t8)))
  (import "env" "91" (func $env.91 (type $t3)))
  (import "env" "100" (func $env.100 (type $t34)))
  (import "env" "101" (func $env.101 (type $t20)))
  (import "env" "107" (func $env.107 (type $t13)))
  (import "env" "108" (func $env.108 (type $t21)))
  (import "env" "119" (func $env.119 (type $t2)))
  (import "env" "125" (func $env.125 (type $t3)))
  (import "env" "129" (func $env.129 (type $t5)))
  (import "env" "139" (func $env.139 (type $t14)))
  (import "env" "140" (func $env.140 (type $t29)))
  (import "env" "141" (func $env.141 (type $t25)))
  (import "env" "142" (func $env.142 (type $t30)))
  (import "env" "160" (func $env.160 (type $t10)))
  (import "env" "175" (func $env.175 (type $t6)))
  (import "env" "177" (func $env.177 (type $t26)))
  (import "env" "178" (func $env.178 (type $t8)))
  (import "env" "179" (func $env.179 (type $t35)))
  (import "env" "180" (func $env.180 (type $t10)))
  (import "env" "196" (func $env.196 (type $t10)))
  (import "env" "200" (func $env.200 (type $t14)))
  (import "env" "201" (func $env.201 (type $t3)))
  (import "env" "203" (func $env.203 (type $t7)))
  (import "env" "228" (func $env.228 (type $t1)))
  (import "env" "229" (func $env.229 (type $t25)))
  (import "env" "230" (func $env.230 (type $t24)))
  (import "env" "235" (func $env.235 (type $t22)))
  (import "env" "260" (func $env.260 (type $t17)))
  (import "env" "261" (func $env.261 (type $t37)))
  (import "env" "262" (func $env.262 (type $t1)))
  (import "env" "268" (func $env.268 (type $t6)))
  (import "env" "314" (func $env.314 (type $t1)))
  (import "env" "315" (func $env.315 (type $t3)))
  (import "env" "316" (func $env.316 (type $t24)))
  (import "env" "318" (func $env.318 (type $t5)))
  (import "env" "319" (func $env.319 (type $t19)))
  (import "env" "320" (func $env.320 (type $t18)))
  (import "env" "321" (func $env.321 (type $t7)))
  (import "env" "323" (func $env.323 (type $t13)))
  (import "env" "402" (func $env.402 (type $t1)))
  (import "env" "403" (func $env.403 (type $t29)))
  (import "env" "404" (func $env.404 (type $t5)))
  (import "env" "405" (func $env.405 (type $t19)))
  (import "env" "406" (func $env.406 (type $t0)))
  (import "env" "407" (func $env.407 (type $t13)))
  (import "env" "498" (func $env.498 (type $t1)))
  (import "env" "499" (func $env.499 (type $t12)))
  (import "env" "512" (func $env.512 (type $t3)))
  (import "env" "513" (func $env.513 (type $t4)))
  (import "env" "514" (func $env.514 (type $t38)))
  (import "env" "515" (func $env.515 (type $t15)))
  (import "env" "516" (func $env.516 (type $t14)))
  (import "env" "517" (func $env.517 (type $t9)))
  (import "env" "518" (func $env.518 (type $t0)))
  (import "env" "525" (func $env.525 (type $t23)))
  (import "env" "526" (func $env.526 (type $t23)))
  (import "env" "698" (func $env.698 (type $t13)))
  (import "env" "713" (func $env.713 (type $t5)))
  (import "env" "717" (func $env.717 (type $t1)))
  (import "env" "718" (func $env.718 (type $t14)))
  (import "env" "719" (func $env.719 (type $t10)))
  (import "env" "720" (func $env.720 (type $t25)))
  (import "env" "722" (func $env.722 (type $t6)))
  (import "env" "723" (func $env.723 (type $t16)))
  (import "env" "724" (func $env.724 (type $t11)))
  (import "env" "725" (func $env.725 (type $t7)))
  (import "env" "726" (func $env.726 (type $t8)))
  (import "env" "727" (func $env.727 (type $t1)))
  (import "env" "728" (func $env.728 (type $t3)))
  (import "env" "729" (func $env.729 (type $t5)))
  (import "env" "730" (func $env.730 (type $t7)))
  (import "env" "731" (func $env.731 (type $t6)))
  (import "env" "732" (func $env.732 (type $t16)))
  (import "env" "734" (func $env.734 (type $t10)))
  (import "env" "735" (func $env.735 (type $t21)))
  (import "a" "a" (memory $a.a 256 32768))
  (func $f105 (type $t36) (param $p0 i32) (param $p1 i64) (param $p2 i64) (param $p3 i64) (param $p4 i32) (param $p5 i32) (param $p6 i32) (result i64)
    (local $l7 i64) (local $l8 i64) (local $l9 i64) (local $l10 i64) (local $l11 i64) (local $l12 i64) (local $l13 i64) (local $l14 i64) (local $l15 i64) (local $l16 i64) (local $l17 i32) (local $l18 i32) (local $l19 i32) (local $l20 i32) (local $l21 i32) (local $l22 i32) (local $l23 i32) (local $l24 i32) (local $l25 i32) (local $l26 i32) (local $l27 i32) (local $l28 i32) (local $l29 i32) (local $l30 i32) (local $l31 i32) (local $l32 i32) (local $l33 i32) (local $l34 i32) (local $l35 i32) (local $l36 i32) (local $l37 i32) (local $l38 i32) (local $l39 i32) (local $l40 i32) (local $l41 i32) (local $l42 i32) (local $l43 i32) (local $l44 i32) (local $l45 i32) (local $l46 i32) (local $l47 i32) (local $l48 i32) (local $l49 i32) (local $l50 i32) (local $l51 i32) (local $l52 i32) (local $l53 i32) (local $l54 i32) (local $l55 i32) (local $l56 i32) (local $l57 i32) (local $l58 i32) (local $l59 i32) (local $l60 i32) (local $l61 i32) (local $l62 i32) (local $l63 i32) (local $l64 i32) (local $l65 f64) (local $l66 f64)
    i64.const 25769803776
    block $B0
      block $B1 (result i32)
        block $B2
          block $B3
            block $B4
              block $B5
                block $B6
                  local.get $p1
                  i64.const -4294967297
                  i64.le_u
                  if $I7
                    local.get $p6
                    i32.const 4
                    local.tee $p6
                    local.set $l19
                    local.get $p6
                    local.tee $l37
                    local.set $l30
                    local.tee $l28
                    local.set $l18
                    local.get $l28
                    local.set $l32
                    local.get $p6
                    local.set $l21
                    local.get $p6
                    local.set $l29
                    local.get $l32
                    local.set $l34
                    local.get $l19
                    local.set $l17
                    br $B2
                  end
                end
              end
            end
            local.get $l33
            local.get $l24
            local.get $l37
            local.get $l28
            i32.const 2
            i32.shl
            i32.add
            i32.sub
            i32.gt_u
            local.set $l35
          end
          i32.const 0
          br $B1
        end
        i32.const 1
      end
      loop $L8
        block $B9
          block $B10
            block $B11
              block $B12
                block $B13
                  block $B14
                    local.get $p6
                    if $I15
                      loop $L16
                        block $B17
                        block $B18
                        block $B19
                        block $B20
                        block $B21
                        block $B22
                        block $B23
                        block $B24
                        block $B25
                        block $B26
                        block $B27
                        block $B28
                        block $B29
                        block $B30
                        block $B31
                        block $B32
                        block $B33
                        block $B34
                        block $B35
                        block $B36
                        block $B37
                        block $B38
                        block $B39
                        block $B40
                        block $B41
                        block $B42
                        block $B43
                        block $B44
                        block $B45
                        block $B46
                        block $B47
                        block $B48
                        block $B49
                        block $B50
                        block $B51 (result i64)
                        block $B52
                        block $B53
                        block $B54
                        block $B55
                        block $B56
                        block $B57
                        block $B58
                        block $B59
                        block $B60
                        block $B61
                        block $B62
                        block $B63
                        block $B64
                        block $B65
                        block $B66
                        block $B67
                        block $B68
                        block $B69
                        block $B70
                        block $B71
                        block $B72
                        block $B73
                        block $B74
                        block $B75
                        block $B76
                        block $B77
                        block $B78
                        block $B79
                        block $B80
                        block $B81
                        block $B82
                        block $B83
                        block $B84
                        block $B85
                        block $B86
                        block $B87
                        block $B88
                        block $B89
                        block $B90
                        block $B91
                        block $B92
                        block $B93
                        block $B94
                        block $B95
                        block $B96
                        block $B97
                        block $B98
                        block $B99
                        block $B100
                        block $B101
                        block $B102
                        block $B103
                        block $B104
                        block $B105
                        block $B106
                        block $B107
                        block $B108
                        block $B109
                        block $B110
                        block $B111
                        block $B112
                        block $B113
                        block $B114
                        block $B115
                        block $B116
                        block $B117
                        block $B118
                        block $B119
                        block $B120
                        block $B121
                        block $B122
                        block $B123
                        block $B124
                        block $B125
                        block $B126
                        block $B127
                        block $B128
                        block $B129
                        block $B130
                        block $B131
                        block $B132
                        block $B133
                        block $B134
                        block $B135
                        block $B136
                        block $B137
                        block $B138
                        block $B139
                        block $B140
                        block $B141
                        block $B142
                        block $B143
                        block $B144
                        block $B145
                        block $B146
                        block $B147
                        block $B148
                        block $B149
                        block $B150
                        block $B151
                        block $B152
                        block $B153
                        block $B154
                        block $B155
                        block $B156
                        block $B157
                        block $B158
                        block $B159
                        block $B160
                        block $B161
                        block $B162
                        block $B163
                        block $B164
                        block $B165
                        block $B166
                        block $B167
                        block $B168
                        block $B169
                        block $B170
                        block $B171
                        block $B172
                        block $B173
                        block $B174
                        block $B175
                        block $B176
                        block $B177
                        block $B178
                        block $B179
                        block $B180
                        block $B181
                        block $B182
                        block $B183
                        block $B184
                        block $B185
                        block $B186
                        block $B187
                        block $B188
                        block $B189
                        block $B190
                        block $B191
                        block $B192
                        block $B193
                        block $B194
                        block $B195
                        block $B196
                        block $B197
                        block $B198
                        block $B199
                        block $B200
                        block $B201
                        block $B202
                        block $B203
                        block $B204
                        block $B205
                        block $B206
                        block $B207
                        block $B208
                        block $B209
                        block $B210
                        block $B211
                        block $B212
                        block $B213
                        block $B214
                        block $B215
                        block $B216
                        block $B217
                        block $B218
                        block $B219
                        block $B220
                        block $B221
                        block $B222
                        block $B223
                        block $B224
                        block $B225
                        block $B226
                        block $B227
                        block $B228
                        block $B229
                        block $B230
                        block $B231
                        block $B232
                        block $B233
                        block $B234
                        block $B235
                        block $B236
                        block $B237
                        block $B238
                        block $B239
                        block $B240
                        block $B241
                        block $B242
                        block $B243
                        block $B244 (result i32)
                        block $B245
                        block $B246
                        block $B247
                        block $B248
                        block $B249
                        block $B250
                        block $B251
                        block $B252
                        block $B253
                        block $B254
                        block $B255
                        block $B256
                        block $B257
                        block $B258
                        block $B259
                        block $B260
                        block $B261
                        block $B262
                        block $B263
                        block $B264
                        block $B265
                        block $B266
                        block $B267
                        block $B268
                        block $B269
                        block $B270
                        block $B271
                        block $B272
                        block $B273
                        block $B274
                        block $B275
                        block $B276
                        block $B277
                        block $B278
                        block $B279
                        block $B280
                        block $B281
                        block $B282
                        block $B283
                        block $B284
                        local.get $p6
                        i32.load8_u
                        local.tee $l22
                        i32.const 1
                        i32.sub
                        br_table $B284 $B282 $B247 $B275 $B138 $B274 $B273 $B272 $B271 $B270 $B269 $B268 $B267 $B266 $B265 $B264 $B263 $B260 $B262 $B261 $B259 $B258 $B257 $B256 $B251 $B250 $B249 $B248 $B255 $B252 $B254 $B253 $B243 $B245 $B245 $B242 $B242 $B241 $B240 $B81 $B13 $B239 $B238 $B237 $B236 $B235 $B79 $B234 $B233 $B232 $B231 $B230 $B229 $B228 $B227 $B227 $B226 $B226 $B124 $B121 $B142 $B141 $B139 $B137 $B136 $B135 $B127 $B126 $B125 $B122 $B123 $B120 $B134 $B133 $B132 $B131 $B130 $B119 $B118 $B117 $B129 $B129 $B128 $B128 $B225 $B224 $B223 $B222 $B221 $B220 $B180 $B179 $B178 $B174 $B173 $B171 $B170 $B169 $B172 $B177 $B176 $B175 $B168 $B161 $B162 $B165 $B158 $B157 $B156 $B146 $B58 $B59 $B67 $B67 $B67 $B67 $B67 $B167 $B167 $B167 $B166 $B155 $B153 $B150 $B154 $B152 $B151 $B148 $B149 $B147 $B145 $B144 $B80 $B77 $B78 $B78 $B14 $B108 $B109 $B106 $B107 $B104 $B105 $B102 $B103 $B115 $B101 $B143 $B55 $B56 $B57 $B113 $B112 $B111 $B116 $B114 $B110 $B100 $B98 $B99 $B94 $B93 $B92 $B91 $B54 $B86 $B90 $B89 $B88 $B87 $B97 $B95 $B96 $B75 $B85 $B283 $L16 $B281 $B281 $B281 $B281 $B281 $B281 $B281 $B281 $B281 $B280 $B279 $B278 $B277 $B276 $B219 $B218 $B217 $B216 $B215 $B214 $B213 $B212 $B211 $B210 $B209 $B208 $B207 $B206 $B205 $B204 $B203 $B202 $B201 $B200 $B199 $B198 $B197 $B196 $B195 $B194 $B193 $B192 $B191 $B190 $B189 $B188 $B187 $B186 $B185 $B184 $B183 $B182 $B181 $B140 $B159 $B160 $B163 $B164 $B246 $B246 $B246 $B246 $B70 $B71 $B73 $B74 $B76
                        end
                        local.get $l17
                        local.get $p6
                        i64.load32_u offset=1 align=1
                        i64.store
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $p6
                        i64.load32_u offset=1 align=1
                        i64.const 30064771072
                        i64.or
                        i64.store
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l28
                        i32.load offset=56
                        local.get $l21
                        i32.load align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I285
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l22
                        i32.const 179
                        i32.sub
                        i64.extend_i32_u
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $p6
                        i64.load8_s offset=1
                        i64.const 4294967295
                        i64.and
                        i64.store
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $p6
                        i64.load16_s offset=1 align=1
                        i64.const 4294967295
                        i64.and
                        i64.store
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l28
                        i32.load offset=56
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I286
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l28
                        i32.load offset=56
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I287
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l18
                        local.get $l7
                        local.get $l30
                        local.get $l25
                        i32.const 0
                        call $env.518
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $l7
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B11
                        end
                        local.get $l17
                        local.get $l18
                        i32.const 47
                        call $env.32
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l18
                        local.get $p6
                        i32.load offset=1 align=1
                        call $env.68
                        i64.store
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i64.const 12884901888
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i64.const 8589934592
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        block $B288
                        block $B289
                        local.get $l28
                        i32.load8_u offset=16
                        i32.const 1
                        i32.and
                        i32.eqz
                        if $I290
                        local.get $p2
                        local.tee $l7
                        i64.const -4294967297
                        i64.gt_u
                        br_if $B289
                        local.get $l16
                        i64.const 8589934592
                        i64.eq
                        if $I291
                        local.get $l18
                        i64.load offset=208
                        local.tee $l7
                        i64.const -38654705665
                        i64.gt_u
                        br_if $B289
                        br $B288
                        end
                        local.get $l18
                        local.get $p2
                        call $env.19
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.ne
                        br_if $B288
                        br $B10
                        end
                        local.get $p2
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B288
                        end
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i64.const 4294967296
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i64.const 4294967297
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l18
                        call $env.84
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $l7
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B11
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        block $B292
                        block $B293
                        block $B294
                        block $B295
                        block $B296
                        block $B297
                        block $B298
                        block $B299
                        local.get $p6
                        i32.load8_u offset=1
                        br_table $B299 $B298 $B297 $B296 $B295 $B294 $B293 $B292
                        end
                        local.get $l24
                        local.get $l15
                        i64.store offset=80
                        local.get $l18
                        i64.load offset=184
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I300
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $l7
                        i64.store offset=88
                        local.get $l18
                        i64.load offset=192
                        local.tee $l7
                        i32.wrap_i64
                        local.set $p6
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I301
                        local.get $p6
                        local.get $p6
                        i32.load
                        i32.const 2
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $p6
                        i32.store offset=100
                        local.get $l24
                        local.get $p6
                        i32.store offset=96
                        local.get $l18
                        i32.load offset=40
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        local.get $l18
                        local.get $p6
                        i32.const 8
                        local.get $l24
                        i32.const 80
                        i32.add
                        call $env.235
                        local.tee $l7
                        i64.const 25769803776
                        i64.ne
                        if $I302
                        local.get $p4
                        i32.const 0
                        i32.le_s
                        if $I303
                        i32.const 0
                        local.set $l20
                        br $B17
                        end
                        i32.const 0
                        local.set $p6
                        local.get $l18
                        local.get $l47
                        call $env.20
                        local.tee $l20
                        if $I304
                        loop $L305
                        local.get $p4
                        local.get $p6
                        i32.eq
                        br_if $B17
                        local.get $p5
                        local.get $p6
                        i32.const 3
                        i32.shl
                        local.tee $l19
                        i32.add
                        i64.load
                        local.tee $l8
                        i64.const -38654705664
                        i64.ge_u
                        if $I306
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l22
                        local.get $l22
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l19
                        local.get $l20
                        i32.add
                        local.get $l8
                        i64.store
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L305
                        end
                        unreachable
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        end
                        local.get $l17
                        i64.const 25769803776
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l17
                        br $B10
                        end
                        local.get $l28
                        i32.load16_u offset=40
                        local.set $p6
                        local.get $l24
                        local.get $l15
                        i64.store offset=80
                        local.get $l18
                        i64.load offset=184
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I307
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $l7
                        i64.store offset=88
                        local.get $l18
                        i32.load offset=16
                        i32.load offset=148
                        i64.load offset=8
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I308
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $l7
                        i64.store offset=96
                        local.get $l18
                        i32.load offset=44
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        local.get $l18
                        local.get $l20
                        i32.const 9
                        local.get $l24
                        i32.const 80
                        i32.add
                        call $env.235
                        local.tee $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B19
                        local.get $p4
                        i32.const 0
                        i32.le_s
                        if $I309
                        i32.const 0
                        local.set $l23
                        br $B18
                        end
                        local.get $l18
                        local.get $l48
                        call $env.20
                        local.tee $l23
                        i32.eqz
                        br_if $B20
                        local.get $p4
                        local.get $p6
                        local.get $p4
                        local.get $p6
                        i32.lt_s
                        select
                        local.set $l20
                        i32.const 0
                        local.set $p6
                        loop $L310
                        local.get $p6
                        local.get $l20
                        i32.ne
                        if $I311
                        local.get $l18
                        local.get $l25
                        local.get $p6
                        i32.const 1
                        call $env.407
                        local.tee $l22
                        i32.eqz
                        br_if $B21
                        local.get $l23
                        local.get $p6
                        i32.const 2
                        i32.shl
                        i32.add
                        local.get $l22
                        i32.store
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L310
                        end
                        end
                        loop $L312
                        local.get $p4
                        local.get $l20
                        i32.eq
                        br_if $B18
                        local.get $l18
                        i32.const 0
                        call $env.180
                        local.tee $p6
                        i32.eqz
                        if $I313
                        local.get $l20
                        i32.const 0
                        local.get $l20
                        i32.const 0
                        i32.gt_s
                        select
                        local.set $p6
                        br $B21
                        end
                        local.get $p5
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l8
                        i64.const -38654705664
                        i64.ge_u
                        if $I314
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l22
                        local.get $l22
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        local.get $l8
                        i64.store offset=24
                        local.get $l23
                        local.get $l20
                        i32.const 2
                        i32.shl
                        i32.add
                        local.get $p6
                        i32.store
                        local.get $l20
                        i32.const 1
                        i32.add
                        local.set $l20
                        br $L312
                        end
                        unreachable
                        end
                        local.get $l25
                        i64.load offset=8
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I315
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p3
                        i64.const -38654705664
                        i64.ge_u
                        if $I316
                        local.get $l45
                        local.get $l45
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $p3
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l37
                        i32.load offset=40
                        local.tee $p6
                        if $I317 (result i64)
                        local.get $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        local.get $p6
                        i64.extend_i32_u
                        i64.const -4294967296
                        i64.or
                        else
                        i64.const 12884901888
                        end
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l18
                        i64.const 8589934592
                        call $env.125
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $l7
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B11
                        end
                        block $B318
                        local.get $l18
                        call $env.735
                        local.tee $l20
                        if $I319
                        local.get $l18
                        local.get $l20
                        call $env.734
                        local.set $p6
                        local.get $l18
                        local.get $l20
                        call $env.6
                        local.get $p6
                        br_if $B318
                        end
                        local.get $l18
                        i32.const 4849
                        i32.const 0
                        call $env.3
                        local.get $l17
                        i64.const 25769803776
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l17
                        br $B10
                        end
                        local.get $p6
                        i64.load offset=192
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        if $I320
                        local.get $l18
                        i64.const 8589934592
                        call $env.125
                        local.tee $l7
                        i64.const 25769803776
                        i64.eq
                        if $I321
                        local.get $l17
                        i64.const 25769803776
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l17
                        br $B10
                        end
                        local.get $p6
                        local.get $l7
                        i64.store offset=192
                        end
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I322
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B11
                        end
                        call $env.27
                        unreachable
                        end
                        local.get $l17
                        local.get $l18
                        local.get $p4
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $l19
                        local.get $p4
                        local.get $p4
                        local.get $l19
                        i32.gt_s
                        select
                        local.tee $l19
                        i32.sub
                        local.get $p5
                        local.get $l19
                        i32.const 3
                        i32.shl
                        i32.add
                        call $env.320
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l7
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B11
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        br $L16
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I323
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I324
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I325
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store offset=8
                        local.get $l17
                        i32.const 16
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 24
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I326
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I327
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store offset=8
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I328
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store offset=16
                        local.get $l17
                        i32.const 24
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I329
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.store
                        local.get $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I330
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I331
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l19
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l19
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I332
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l7
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l19
                        local.get $l7
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 40
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l7
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l7
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l17
                        i32.const 40
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l19
                        local.get $l7
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l7
                        local.get $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l19
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        i64.store
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l19
                        local.get $l8
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l28
                        i32.load offset=56
                        local.get $l21
                        i32.load align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I333
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l18
                        local.get $l7
                        local.get $l30
                        local.get $l25
                        i32.const 0
                        call $env.518
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l7
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B11
                        end
                        local.get $l22
                        i32.const 236
                        i32.sub
                        br $B244
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        end
                        local.set $p6
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.sub
                        local.tee $l20
                        i32.const 8
                        i32.sub
                        i64.load
                        i64.const 12884901888
                        i64.const 12884901888
                        local.get $p6
                        local.get $l20
                        i32.const 0
                        call $f105
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        i32.const -1
                        local.set $l19
                        local.get $l22
                        i32.const 35
                        i32.eq
                        br_if $B13
                        loop $L334
                        local.get $p6
                        local.get $l19
                        i32.ne
                        if $I335
                        local.get $l18
                        local.get $l20
                        local.get $l19
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        call $env.0
                        local.get $l19
                        i32.const 1
                        i32.add
                        local.set $l19
                        br $L334
                        end
                        end
                        local.get $l17
                        local.get $p6
                        i32.const -1
                        i32.xor
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        local.get $l8
                        i64.store
                        local.get $p6
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        i32.const -2
                        local.set $p6
                        local.get $l18
                        local.get $l17
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.sub
                        local.tee $l22
                        i32.const 16
                        i32.sub
                        i64.load
                        local.get $l22
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $l20
                        local.get $l22
                        i32.const 0
                        call $env.517
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        loop $L336
                        local.get $p6
                        local.get $l20
                        i32.ne
                        if $I337
                        local.get $l18
                        local.get $l22
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        call $env.0
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L336
                        end
                        end
                        local.get $l17
                        i32.const -2
                        local.get $l20
                        i32.sub
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        local.get $l7
                        i64.store
                        local.get $p6
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.sub
                        local.tee $p6
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $p6
                        i32.const 16
                        i32.sub
                        i64.load
                        i64.const 12884901888
                        local.get $l20
                        local.get $p6
                        i32.const 0
                        call $f105
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        i32.const -2
                        local.set $l19
                        local.get $l22
                        i32.const 37
                        i32.eq
                        br_if $B13
                        loop $L338
                        local.get $l19
                        local.get $l20
                        i32.ne
                        if $I339
                        local.get $l18
                        local.get $p6
                        local.get $l19
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        call $env.0
                        local.get $l19
                        i32.const 1
                        i32.add
                        local.set $l19
                        br $L338
                        end
                        end
                        local.get $l17
                        i32.const -2
                        local.get $l20
                        i32.sub
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        local.get $l8
                        i64.store
                        local.get $p6
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $l20
                        i32.const 3
                        i32.shl
                        i32.sub
                        local.set $l17
                        block $B340
                        block $B341
                        local.get $l18
                        call $env.47
                        local.tee $l7
                        i64.const 25769803776
                        i64.ne
                        if $I342
                        local.get $l20
                        i32.eqz
                        br_if $B340
                        local.get $l18
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $l20
                        call $env.262
                        i32.const 0
                        i32.ge_s
                        br_if $B341
                        local.get $l18
                        local.get $l7
                        call $env.0
                        end
                        i32.const 0
                        local.set $p6
                        loop $L343
                        local.get $p6
                        local.get $l20
                        i32.eq
                        br_if $B10
                        local.get $l18
                        local.get $l17
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        call $env.0
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L343
                        end
                        unreachable
                        end
                        local.get $l20
                        i64.extend_i32_u
                        local.set $l8
                        local.get $p6
                        local.get $l20
                        i32.store offset=40
                        i32.const 0
                        local.set $l19
                        loop $L344
                        local.get $l19
                        local.get $l20
                        i32.ne
                        if $I345
                        local.get $l19
                        i32.const 3
                        i32.shl
                        local.tee $l22
                        local.get $p6
                        i32.load offset=36
                        i32.add
                        local.get $l17
                        local.get $l22
                        i32.add
                        i64.load
                        i64.store
                        local.get $l19
                        i32.const 1
                        i32.add
                        local.set $l19
                        br $L344
                        end
                        end
                        local.get $l18
                        local.get $p6
                        i32.load offset=24
                        local.get $l8
                        call $env.14
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.get $l17
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        local.get $l20
                        call $env.406
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $l17
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -4294967297
                        i64.gt_u
                        if $I346 (result i64)
                        i64.const 4294967296
                        else
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.ne
                        br_if $B82
                        i64.const 4294967297
                        end
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l14
                        i64.const 12884901888
                        i64.ne
                        br_if $L16
                        br $B22
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l14
                        i64.const 12884901888
                        i64.eq
                        br_if $B22
                        local.get $l18
                        local.get $p1
                        call $env.201
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l7
                        local.get $p3
                        local.get $p4
                        local.get $p5
                        call $env.319
                        local.set $l8
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l17
                        local.get $l8
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        call $env.732
                        local.tee $p6
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        local.get $p6
                        br_if $L16
                        local.get $l18
                        i32.const 6630
                        i32.const 0
                        call $env.3
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l22
                        i64.load
                        local.tee $l7
                        i64.const -4294967297
                        i64.le_u
                        br_if $B23
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l8
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        i32.load offset=20
                        local.tee $p6
                        i32.const 48
                        i32.add
                        local.set $l23
                        local.get $p6
                        local.get $p6
                        i32.load offset=24
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.const -900
                        i32.or
                        i32.add
                        i32.load
                        local.set $p6
                        block $B347
                        block $B348
                        loop $L349
                        local.get $p6
                        if $I350
                        local.get $l23
                        local.get $p6
                        i32.const 1
                        i32.sub
                        i32.const 3
                        i32.shl
                        local.tee $p6
                        i32.add
                        local.tee $l26
                        i32.load offset=4
                        i32.const 224
                        i32.eq
                        br_if $B348
                        local.get $l26
                        i32.load
                        i32.const 67108863
                        i32.and
                        local.set $p6
                        br $L349
                        end
                        end
                        local.get $l18
                        i32.const 123
                        call $env.731
                        local.tee $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l20
                        i32.const 224
                        i32.const 7
                        call $env.107
                        local.tee $p6
                        i32.eqz
                        if $I351
                        local.get $l18
                        local.get $l7
                        call $env.0
                        br $B10
                        end
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I352
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $B347
                        end
                        local.get $l20
                        i32.load offset=24
                        local.get $p6
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B347
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        i32.load offset=16
                        local.get $l7
                        i32.wrap_i64
                        call $env.160
                        local.set $p6
                        block $B353
                        local.get $l8
                        i64.const -4294967296
                        i64.ge_u
                        if $I354
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l23
                        i32.load offset=20
                        local.tee $l20
                        i32.const 40
                        i32.add
                        local.set $l26
                        local.get $l20
                        local.get $l20
                        i32.load offset=24
                        local.get $p6
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $l20
                        block $B355
                        loop $L356
                        local.get $l20
                        i32.eqz
                        br_if $B355
                        local.get $p6
                        local.get $l26
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l20
                        i32.load offset=4
                        i32.ne
                        if $I357
                        local.get $l20
                        i32.load
                        i32.const 67108863
                        i32.and
                        local.set $l20
                        br $L356
                        end
                        end
                        local.get $l18
                        local.get $p6
                        call $env.6
                        local.get $l18
                        i32.const 5868
                        i32.const 0
                        call $env.3
                        br $B10
                        end
                        local.get $l18
                        local.get $l23
                        local.get $p6
                        i32.const 7
                        call $env.107
                        local.set $l20
                        local.get $l18
                        local.get $p6
                        call $env.6
                        local.get $l20
                        i32.eqz
                        br_if $B10
                        local.get $l20
                        i64.const 12884901888
                        i64.store
                        br $B353
                        end
                        local.get $l18
                        local.get $p6
                        call $env.6
                        end
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l22
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l17
                        i64.load
                        call $env.119
                        br $B10
                        end
                        local.get $p6
                        i32.const 6
                        i32.add
                        local.set $l21
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $l20
                        block $B358
                        block $B359
                        block $B360
                        block $B361
                        block $B362
                        block $B363
                        local.get $p6
                        i32.load8_u offset=5
                        local.tee $p6
                        br_table $B363 $B362 $B361 $B360 $B359 $B358
                        end
                        local.get $l18
                        local.get $l20
                        i32.const 3777
                        call $env.129
                        br $B10
                        end
                        local.get $l18
                        local.get $l20
                        call $env.730
                        br $B10
                        end
                        local.get $l18
                        local.get $l20
                        call $env.203
                        br $B10
                        end
                        local.get $l18
                        i32.const 23690
                        i32.const 0
                        call $env.318
                        br $B10
                        end
                        local.get $l18
                        i32.const 16824
                        i32.const 0
                        call $env.3
                        br $B10
                        end
                        local.get $l24
                        local.get $p6
                        i32.store offset=16
                        local.get $l18
                        i32.const 18470
                        local.get $l24
                        i32.const 16
                        i32.add
                        call $env.35
                        br $B10
                        end
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.set $l20
                        local.get $p6
                        i32.load16_u offset=3 align=1
                        local.set $l23
                        local.get $l25
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        i32.const -1
                        local.set $p6
                        block $B364 (result i64)
                        local.get $l18
                        local.get $l17
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.sub
                        local.tee $l22
                        i32.const 8
                        i32.sub
                        local.tee $l26
                        i64.load
                        local.get $l18
                        i64.load offset=200
                        call $env.50
                        if $I365
                        local.get $l18
                        i64.const 12884901888
                        local.get $l20
                        if $I366 (result i64)
                        local.get $l22
                        i64.load
                        else
                        i64.const 12884901888
                        end
                        i32.const 2
                        local.get $l23
                        i32.const 2
                        i32.sub
                        call $env.405
                        br $B364
                        end
                        local.get $l18
                        local.get $l26
                        i64.load
                        i64.const 12884901888
                        i64.const 12884901888
                        local.get $l20
                        local.get $l22
                        i32.const 0
                        call $f105
                        end
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        loop $L367
                        local.get $p6
                        local.get $l20
                        i32.ne
                        if $I368
                        local.get $l18
                        local.get $l22
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        call $env.0
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L367
                        end
                        end
                        local.get $l17
                        local.get $l20
                        i32.const -1
                        i32.xor
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        local.get $l7
                        i64.store
                        local.get $p6
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.set $l22
                        local.get $l25
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l24
                        i32.const 80
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.516
                        local.tee $p6
                        i32.eqz
                        br_if $B10
                        block $B369 (result i64)
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l20
                        i64.load
                        local.get $l18
                        i64.load offset=200
                        call $env.50
                        if $I370
                        local.get $l18
                        i64.const 12884901888
                        local.get $l24
                        i32.load offset=80
                        if $I371 (result i64)
                        local.get $p6
                        i64.load
                        else
                        i64.const 12884901888
                        end
                        i32.const 2
                        local.get $l22
                        i32.const 2
                        i32.sub
                        call $env.405
                        br $B369
                        end
                        local.get $l18
                        local.get $l20
                        i64.load
                        i64.const 12884901888
                        local.get $l24
                        i32.load offset=80
                        local.get $p6
                        call $env.9
                        end
                        local.set $l7
                        local.get $l18
                        local.get $p6
                        local.get $l24
                        i32.load offset=80
                        call $env.404
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l20
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l20
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        block $B372
                        block $B373
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const -30064771072
                        i64.eq
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const -30064771072
                        i64.eq
                        i32.and
                        i32.eqz
                        if $I374
                        local.get $l18
                        i32.const 17728
                        i32.const 0
                        call $env.3
                        br $B373
                        end
                        local.get $l24
                        i64.const 0
                        i64.store offset=80
                        local.get $l18
                        i32.load offset=48
                        local.tee $l17
                        local.get $l17
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        local.get $l18
                        local.get $l17
                        i32.const 18
                        local.get $l24
                        i32.const 80
                        i32.add
                        call $env.235
                        local.tee $l9
                        i64.const 25769803776
                        i64.ne
                        br_if $B372
                        end
                        local.get $l18
                        local.get $l8
                        call $env.0
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $p6
                        i64.const 25769803776
                        i64.store
                        br $B66
                        end
                        local.get $l9
                        i32.wrap_i64
                        local.tee $l17
                        local.get $l8
                        i64.store32 offset=36
                        local.get $l17
                        local.get $l7
                        i64.store32 offset=32
                        local.get $p6
                        local.get $l9
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        call $env.201
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l9
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.set $l10
                        block $B375
                        local.get $l18
                        call $env.735
                        local.tee $l20
                        i32.eqz
                        if $I376
                        i64.const 8589934592
                        local.set $l8
                        br $B375
                        end
                        local.get $l18
                        local.get $l20
                        call $env.68
                        local.set $l8
                        local.get $l18
                        local.get $l20
                        call $env.6
                        local.get $l8
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        end
                        local.get $l18
                        local.get $l24
                        i32.const 128
                        i32.add
                        call $env.268
                        local.tee $l12
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        if $I377
                        local.get $l18
                        local.get $l8
                        call $env.0
                        br $B10
                        end
                        i64.const 12884901888
                        local.set $l7
                        i64.const 12884901888
                        local.set $l11
                        local.get $l18
                        local.get $l10
                        call $env.21
                        local.tee $l10
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B25
                        block $B378
                        local.get $l9
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        br_if $B378
                        local.get $l9
                        i64.const -4294967297
                        i64.le_u
                        if $I379
                        local.get $l18
                        i32.const 6731
                        i32.const 0
                        call $env.3
                        br $B25
                        end
                        local.get $l18
                        local.get $l9
                        i32.const 29
                        local.get $l9
                        i32.const 0
                        call $env.5
                        local.tee $l11
                        i64.const -4294967296
                        i64.and
                        local.tee $l7
                        i64.const 12884901888
                        i64.eq
                        br_if $B378
                        local.get $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B26
                        local.get $l11
                        i64.const -4294967297
                        i64.le_u
                        if $I380
                        local.get $l18
                        i32.const 6757
                        i32.const 0
                        call $env.3
                        br $B26
                        end
                        local.get $l18
                        i64.const 8589934592
                        call $env.125
                        local.set $l7
                        local.get $l18
                        local.get $l24
                        i32.const 156
                        i32.add
                        local.get $l24
                        i32.const 76
                        i32.add
                        local.get $l11
                        i32.wrap_i64
                        i32.const 17
                        call $env.100
                        br_if $B25
                        i32.const 0
                        local.set $l17
                        block $B381
                        loop $L382
                        local.get $l24
                        i32.load offset=156
                        local.set $l20
                        local.get $l17
                        local.get $l24
                        i32.load offset=76
                        local.tee $l22
                        i32.ge_u
                        br_if $B381
                        block $B383
                        local.get $l18
                        local.get $l11
                        local.get $l20
                        local.get $l17
                        i32.const 3
                        i32.shl
                        i32.add
                        i32.load offset=4
                        local.get $l11
                        i32.const 0
                        call $env.5
                        local.tee $l9
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B383
                        local.get $l9
                        i64.const 32
                        i64.shr_u
                        i64.const 4294967291
                        i64.sub
                        i64.const -3
                        i64.le_u
                        if $I384
                        local.get $l18
                        local.get $l9
                        call $env.0
                        local.get $l18
                        i32.const 7925
                        i32.const 0
                        call $env.3
                        br $B383
                        end
                        local.get $l17
                        i32.const 3
                        i32.shl
                        local.set $l20
                        local.get $l17
                        i32.const 1
                        i32.add
                        local.set $l17
                        local.get $l18
                        local.get $l7
                        local.get $l20
                        local.get $l24
                        i32.load offset=156
                        i32.add
                        i32.load offset=4
                        local.get $l9
                        i32.const 7
                        call $env.11
                        i32.const 0
                        i32.ge_s
                        br_if $L382
                        end
                        end
                        local.get $l18
                        local.get $l24
                        i32.load offset=156
                        local.get $l24
                        i32.load offset=76
                        call $env.69
                        br $B25
                        end
                        local.get $l18
                        local.get $l20
                        local.get $l22
                        call $env.69
                        local.get $l18
                        i32.load offset=16
                        local.tee $l17
                        i32.load offset=188
                        local.tee $l20
                        if $I385
                        local.get $l18
                        local.get $l17
                        i32.load offset=192
                        local.get $l7
                        local.get $l20
                        call_indirect $T0 (type $t14)
                        i32.const 0
                        i32.lt_s
                        br_if $B25
                        end
                        local.get $l18
                        local.get $l11
                        call $env.0
                        end
                        local.get $l24
                        local.get $l24
                        i64.load offset=128
                        i64.store offset=80
                        local.get $l24
                        local.get $l7
                        i64.store offset=112
                        local.get $l24
                        local.get $l10
                        i64.store offset=104
                        local.get $l24
                        local.get $l8
                        i64.store offset=96
                        local.get $l24
                        local.get $l24
                        i64.load offset=136
                        i64.store offset=88
                        local.get $l18
                        i32.const 54
                        i32.const 5
                        local.get $l24
                        i32.const 80
                        i32.add
                        call $env.316
                        br $B24
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        block $B386
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 17179869184
                        i64.eq
                        if $I387
                        local.get $l28
                        i32.load offset=36
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i32.load8_u
                        i32.const 8
                        i32.and
                        if $I388
                        local.get $l18
                        local.get $p6
                        i32.load offset=4
                        call $env.203
                        br $B10
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        local.get $l18
                        local.get $l18
                        i64.load offset=208
                        local.tee $l7
                        local.get $p6
                        i32.load offset=4
                        local.get $l7
                        local.get $l22
                        i32.const 55
                        i32.sub
                        call $env.5
                        local.tee $l7
                        i64.store
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.ne
                        br_if $B386
                        br $B10
                        end
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I389
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        end
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        block $B390
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.tee $l20
                        i32.load offset=16
                        local.tee $l23
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        local.tee $l7
                        i64.const 17179869184
                        i64.ne
                        if $I391
                        local.get $l20
                        i32.load8_u offset=7
                        i32.eqz
                        br_if $B390
                        end
                        local.get $l28
                        i32.load offset=36
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set $p6
                        local.get $l20
                        i32.load8_u offset=6
                        if $I392
                        local.get $l22
                        i32.const 58
                        i32.eq
                        br_if $B390
                        local.get $p6
                        i32.load offset=4
                        local.set $p6
                        local.get $l7
                        i64.const 17179869184
                        i64.eq
                        if $I393
                        local.get $l18
                        local.get $p6
                        call $env.203
                        br $B10
                        end
                        local.get $l18
                        local.get $p6
                        i32.const 3777
                        call $env.129
                        br $B10
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l18
                        i64.load offset=208
                        local.get $p6
                        i32.load offset=4
                        call $env.56
                        local.tee $l20
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        block $B394
                        local.get $l20
                        br_if $B394
                        local.get $l18
                        i32.load offset=16
                        i32.load offset=148
                        local.tee $l20
                        i32.eqz
                        br_if $B394
                        local.get $l20
                        i32.load8_u offset=36
                        i32.const 1
                        i32.and
                        i32.eqz
                        br_if $B394
                        local.get $l18
                        local.get $p6
                        i32.load offset=4
                        call $env.321
                        br $B10
                        end
                        local.get $l18
                        local.get $l18
                        i64.load offset=208
                        local.tee $l7
                        local.get $p6
                        i32.load offset=4
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.get $l7
                        i32.const 32768
                        call $env.142
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B11
                        end
                        local.get $l18
                        local.get $l23
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I395
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I396
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l21
                        local.get $l21
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $l19
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l32
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I397
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l32
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        local.get $l32
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I398
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l21
                        local.get $l21
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $l19
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l29
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I399
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l29
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        local.get $l29
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I400
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l21
                        local.get $l21
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $l19
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l29
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I401
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l38
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I402
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l39
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I403
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l40
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I404
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l29
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l38
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l39
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l40
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I405
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l29
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I406
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l38
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I407
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l39
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I408
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l40
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l32
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I409
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l41
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I410
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l42
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I411
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l43
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I412
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l32
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l41
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l42
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l43
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I413
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l32
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I414
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l41
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I415
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l42
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I416
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l43
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l30
                        i32.load
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I417
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        i32.load offset=4
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I418
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        i32.load offset=8
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I419
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        i32.load offset=12
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I420
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l30
                        i32.load
                        i32.load offset=16
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l30
                        i32.load offset=4
                        i32.load offset=16
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l30
                        i32.load offset=8
                        i32.load offset=16
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l30
                        i32.load offset=12
                        i32.load offset=16
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l30
                        i32.load
                        i32.load offset=16
                        local.set $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I421
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $p6
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        i32.load offset=4
                        i32.load offset=16
                        local.set $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I422
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $p6
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        i32.load offset=8
                        i32.load offset=16
                        local.set $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I423
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $p6
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        i32.load offset=12
                        i32.load offset=16
                        local.set $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I424
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $p6
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I425
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        local.set $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I426
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l21
                        local.get $l21
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $l19
                        local.get $l7
                        call $env.14
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 17179869184
                        i64.ne
                        if $I427
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I428
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l28
                        local.get $p6
                        i32.const 1
                        call $env.230
                        br $B10
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        local.tee $l20
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        i64.const 17179869184
                        i64.ne
                        if $I429
                        local.get $l18
                        local.get $l20
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l28
                        local.get $p6
                        i32.const 1
                        call $env.230
                        br $B10
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l30
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.load offset=16
                        local.tee $l20
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        i64.const 17179869184
                        i64.ne
                        if $I430
                        local.get $l18
                        local.get $l28
                        local.get $p6
                        i32.const 1
                        call $env.230
                        br $B10
                        end
                        local.get $l18
                        local.get $l20
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.const 17179869184
                        call $env.14
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 17179869184
                        i64.ne
                        if $I431
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I432
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l28
                        local.get $p6
                        i32.const 0
                        call $env.230
                        br $B10
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 17179869184
                        i64.ne
                        if $I433
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I434
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p0
                        local.get $l28
                        local.get $p6
                        i32.const 0
                        call $env.230
                        br $B10
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l20
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        i64.const 17179869184
                        i64.ne
                        if $I435
                        local.get $l18
                        local.get $l20
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l28
                        local.get $p6
                        i32.const 0
                        call $env.230
                        br $B10
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        local.tee $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l20
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        i64.const 17179869184
                        i64.ne
                        if $I436
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I437
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l20
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l18
                        local.get $l28
                        local.get $p6
                        i32.const 0
                        call $env.230
                        br $B10
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        i64.const 17179869184
                        i64.ne
                        if $I438
                        local.get $l18
                        i32.const 16542
                        i32.const 0
                        call $env.318
                        br $B10
                        end
                        local.get $l18
                        local.get $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        call $env.14
                        br $L16
                        end
                        local.get $p6
                        i32.const 3
                        i32.add
                        local.set $l21
                        local.get $l28
                        i32.load offset=32
                        local.get $p6
                        i32.load16_u offset=1 align=1
                        i32.const 12
                        i32.mul
                        i32.add
                        local.get $l28
                        i32.load16_u offset=40
                        i32.const 12
                        i32.mul
                        i32.add
                        i32.load16_u offset=10
                        i32.const 2
                        i32.shl
                        local.tee $p6
                        local.get $l25
                        i32.load offset=24
                        i32.add
                        i32.load
                        local.tee $l17
                        i32.eqz
                        br_if $L16
                        local.get $l18
                        i32.load offset=16
                        local.get $l25
                        local.get $l17
                        call $env.729
                        local.get $l25
                        i32.load offset=24
                        local.get $p6
                        i32.add
                        i32.const 0
                        i32.store
                        br $L16
                        end
                        local.get $p6
                        i32.load16_u offset=5 align=1
                        local.set $l23
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $l26
                        local.get $l17
                        local.get $l18
                        i64.const 8589934592
                        call $env.125
                        local.tee $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l20
                        local.get $p6
                        i32.const 7
                        i32.add
                        local.set $l21
                        local.get $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B28
                        local.get $l22
                        i32.const 120
                        i32.eq
                        if $I439
                        local.get $l30
                        local.get $l23
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B29
                        end
                        local.get $l18
                        local.get $l25
                        local.get $l23
                        local.get $l22
                        i32.const 119
                        i32.eq
                        call $env.407
                        local.tee $p6
                        br_if $B29
                        local.get $l20
                        local.set $l17
                        br $B10
                        end
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l18
                        i64.load offset=216
                        local.tee $l7
                        i32.wrap_i64
                        local.tee $l23
                        i32.load offset=20
                        local.tee $p6
                        i32.const 48
                        i32.add
                        local.set $l22
                        local.get $p6
                        local.get $l20
                        local.get $p6
                        i32.load offset=24
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $p6
                        block $B440
                        block $B441
                        block $B442
                        block $B443
                        loop $L444
                        local.get $p6
                        i32.eqz
                        br_if $B443
                        local.get $l20
                        local.get $l22
                        local.get $p6
                        i32.const 1
                        i32.sub
                        i32.const 3
                        i32.shl
                        local.tee $l26
                        i32.add
                        local.tee $p6
                        i32.load offset=4
                        i32.ne
                        if $I445
                        local.get $p6
                        i32.load
                        i32.const 67108863
                        i32.and
                        local.set $p6
                        br $L444
                        end
                        end
                        local.get $l23
                        i32.load offset=24
                        local.get $l26
                        i32.add
                        i32.load
                        i32.load offset=16
                        i64.load32_u offset=4
                        i64.const 32
                        i64.shl
                        i64.const 17179869184
                        i64.eq
                        if $I446
                        local.get $l18
                        local.get $l20
                        call $env.203
                        br $B10
                        end
                        local.get $p6
                        i32.load8_u offset=3
                        i32.const 8
                        i32.and
                        i32.eqz
                        br_if $B440
                        local.get $l7
                        i64.const -38654705665
                        i64.gt_u
                        br_if $B442
                        br $B441
                        end
                        local.get $l18
                        local.get $l18
                        i64.load offset=208
                        local.get $l20
                        call $env.56
                        local.tee $p6
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        local.get $p6
                        i32.eqz
                        if $I447
                        i64.const 12884901888
                        local.set $l7
                        br $B441
                        end
                        local.get $l18
                        i64.load offset=208
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B441
                        local.get $l7
                        i32.wrap_i64
                        local.set $l23
                        end
                        local.get $l23
                        local.get $l23
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        local.get $l18
                        local.get $l20
                        call $env.68
                        i64.store offset=8
                        local.get $l17
                        i32.const 16
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l18
                        local.get $l20
                        i32.const 3777
                        call $env.129
                        br $B10
                        end
                        local.get $l21
                        local.get $l21
                        i32.load align=1
                        i32.add
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l21
                        local.get $l21
                        i32.load16_s align=1
                        i32.add
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l21
                        local.get $l21
                        i32.load8_s
                        i32.add
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $p6
                        block $B448 (result i32)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 17179869183
                        i64.le_u
                        if $I449
                        local.get $l7
                        i32.wrap_i64
                        br $B448
                        end
                        local.get $l18
                        local.get $l7
                        call $env.26
                        end
                        if $I450 (result i32)
                        local.get $p6
                        local.get $l21
                        i32.load align=1
                        i32.add
                        i32.const 4
                        i32.sub
                        else
                        local.get $p6
                        end
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B66
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $p6
                        block $B451 (result i32)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 17179869183
                        i64.le_u
                        if $I452
                        local.get $l7
                        i32.wrap_i64
                        br $B451
                        end
                        local.get $l18
                        local.get $l7
                        call $env.26
                        end
                        if $I453 (result i32)
                        local.get $p6
                        else
                        local.get $p6
                        local.get $l21
                        i32.load align=1
                        i32.add
                        i32.const 4
                        i32.sub
                        end
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B66
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $p6
                        block $B454 (result i32)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 17179869183
                        i64.le_u
                        if $I455
                        local.get $l7
                        i32.wrap_i64
                        br $B454
                        end
                        local.get $l18
                        local.get $l7
                        call $env.26
                        end
                        if $I456 (result i32)
                        local.get $p6
                        local.get $l21
                        i32.load8_s
                        i32.add
                        i32.const 1
                        i32.sub
                        else
                        local.get $p6
                        end
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B66
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $p6
                        block $B457 (result i32)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 17179869183
                        i64.le_u
                        if $I458
                        local.get $l7
                        i32.wrap_i64
                        br $B457
                        end
                        local.get $l18
                        local.get $l7
                        call $env.26
                        end
                        if $I459 (result i32)
                        local.get $p6
                        else
                        local.get $p6
                        local.get $l21
                        i32.load8_s
                        i32.add
                        i32.const 1
                        i32.sub
                        end
                        local.set $l21
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L16
                        br $B66
                        end
                        local.get $l17
                        local.get $l21
                        local.get $p6
                        i32.load offset=1 align=1
                        i32.add
                        local.get $l28
                        i32.load offset=20
                        i32.sub
                        i64.extend_i32_u
                        i64.const 21474836480
                        i64.or
                        i64.store
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        block $B460 (result i32)
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $l51
                        local.get $l17
                        local.get $p6
                        local.get $l28
                        i32.load offset=20
                        i32.sub
                        i32.const 5
                        i32.add
                        i64.extend_i32_u
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        local.get $l51
                        end
                        local.get $l21
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        block $B461
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        br_if $B461
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $l28
                        i32.load offset=24
                        i32.ge_u
                        br_if $B461
                        local.get $l28
                        i32.load offset=20
                        local.get $p6
                        i32.add
                        local.set $l21
                        br $L16
                        end
                        local.get $l18
                        i32.const 14281
                        i32.const 0
                        call $env.35
                        br $B10
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        block $B462 (result i64)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l26
                        i64.load
                        local.tee $l9
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        i32.const 1
                        i32.add
                        local.tee $p6
                        i32.const 4
                        i32.le_u
                        if $I463
                        local.get $l9
                        i32.const 1
                        local.get $p6
                        i32.shl
                        i32.const 25
                        i32.and
                        br_if $B462
                        drop
                        end
                        local.get $l18
                        local.get $l9
                        call $env.728
                        end
                        local.set $l8
                        block $B464
                        block $B465
                        local.get $l18
                        i32.const 24
                        call $env.20
                        local.tee $l22
                        i32.eqz
                        br_if $B465
                        local.get $l18
                        i64.const 8589934592
                        i32.const 17
                        call $env.86
                        local.tee $l7
                        i64.const 25769803776
                        i64.eq
                        if $I466
                        local.get $l18
                        i32.load offset=16
                        local.tee $p6
                        i32.const 16
                        i32.add
                        local.get $l22
                        local.get $p6
                        i32.load offset=4
                        call_indirect $T0 (type $t7)
                        br $B465
                        end
                        local.get $l22
                        i32.const 0
                        i32.store offset=20
                        local.get $l22
                        local.get $l8
                        i64.store
                        local.get $l22
                        i32.const 0
                        i32.store16 offset=16
                        local.get $l22
                        i64.const 0
                        i64.store offset=8
                        local.get $l7
                        i32.wrap_i64
                        local.get $l22
                        i32.store offset=32
                        local.get $l9
                        i64.const -8589934592
                        i64.and
                        i64.const 8589934592
                        i64.eq
                        br_if $B30
                        block $B467
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l23
                        i32.load8_u offset=5
                        i32.const 8
                        i32.and
                        i32.eqz
                        br_if $B467
                        i32.const 0
                        local.set $p6
                        local.get $l23
                        i32.load offset=20
                        local.tee $l20
                        i32.load offset=32
                        local.tee $l27
                        i32.const 0
                        local.get $l27
                        i32.const 0
                        i32.gt_s
                        select
                        local.set $l27
                        local.get $l20
                        i32.const 48
                        i32.add
                        local.set $l20
                        loop $L468
                        local.get $p6
                        local.get $l27
                        i32.eq
                        br_if $B464
                        local.get $l20
                        i32.load8_u offset=3
                        i32.const 16
                        i32.and
                        br_if $B467
                        local.get $l20
                        i32.const 8
                        i32.add
                        local.set $l20
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L468
                        end
                        unreachable
                        end
                        local.get $l18
                        local.get $l24
                        i32.const 80
                        i32.add
                        local.get $l24
                        i32.const 128
                        i32.add
                        local.get $l23
                        i32.const 33
                        call $env.100
                        i32.eqz
                        br_if $B83
                        local.get $l7
                        local.set $l8
                        end
                        local.get $l18
                        local.get $l8
                        call $env.0
                        local.get $l26
                        i64.const 25769803776
                        i64.store
                        br $B10
                        end
                        local.get $l22
                        i32.const 1
                        i32.store8 offset=17
                        local.get $l23
                        i32.const 40
                        i32.add
                        local.set $l19
                        br $B31
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        i64.const 4294967297
                        local.set $l12
                        block $B469
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l9
                        i64.const -4294967296
                        i64.lt_u
                        br_if $B469
                        local.get $l9
                        i32.wrap_i64
                        local.tee $l26
                        i32.load16_u offset=6
                        i32.const 17
                        i32.ne
                        br_if $B469
                        local.get $l26
                        i32.load offset=32
                        local.set $p6
                        block $B470
                        loop $L471
                        local.get $p6
                        i32.load offset=8
                        local.tee $l20
                        local.get $p6
                        i32.load offset=12
                        i32.ge_u
                        if $I472
                        local.get $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967296
                        i64.or
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        br_if $B469
                        local.get $p6
                        local.get $l18
                        local.get $p6
                        i32.load8_u offset=16
                        if $I473 (result i64)
                        local.get $l7
                        else
                        local.get $l26
                        i32.load offset=32
                        local.tee $l22
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I474
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        block $B475
                        loop $L476
                        local.get $l18
                        local.get $l7
                        call $env.315
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        local.tee $l10
                        i64.const 8589934592
                        i64.eq
                        br_if $B470
                        local.get $l10
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l24
                        i32.const 80
                        i32.add
                        local.tee $l20
                        local.get $l24
                        i32.const 128
                        i32.add
                        local.tee $l23
                        local.get $l7
                        i32.wrap_i64
                        i32.const 17
                        call $env.100
                        i32.eqz
                        if $I477
                        local.get $l18
                        local.get $l24
                        i32.load offset=80
                        local.get $l24
                        i32.load offset=128
                        local.tee $l27
                        call $env.69
                        local.get $l27
                        if $I478
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l22
                        i32.load8_u offset=17
                        if $I479
                        local.get $l18
                        local.get $l20
                        local.get $l23
                        local.get $l22
                        i32.load
                        i32.const 33
                        call $env.100
                        br_if $B10
                        local.get $l22
                        i32.const 0
                        i32.store8 offset=17
                        local.get $l22
                        local.get $l24
                        i32.load offset=80
                        i32.store offset=20
                        local.get $l22
                        local.get $l24
                        i32.load offset=128
                        i32.store offset=12
                        end
                        i32.const 0
                        local.set $l20
                        loop $L480
                        local.get $l20
                        local.get $l22
                        i32.load offset=12
                        i32.ge_u
                        br_if $B475
                        local.get $l20
                        i32.const 3
                        i32.shl
                        local.set $l23
                        local.get $l20
                        i32.const 1
                        i32.add
                        local.set $l20
                        local.get $l18
                        local.get $l9
                        local.get $l23
                        local.get $l22
                        i32.load offset=20
                        i32.add
                        i32.load offset=4
                        i64.const 8589934592
                        i32.const 4
                        call $env.11
                        i32.const 0
                        i32.ge_s
                        br_if $L480
                        end
                        br $B10
                        end
                        local.get $l18
                        call $env.108
                        i32.eqz
                        br_if $L476
                        end
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        br $B10
                        end
                        local.get $p6
                        i32.const 1
                        i32.store8 offset=16
                        local.get $p6
                        i64.load
                        end
                        call $env.315
                        local.tee $l7
                        i64.store
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        local.tee $l7
                        i64.const 8589934592
                        i64.eq
                        br_if $B469
                        local.get $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        call $env.108
                        br_if $B10
                        local.get $l18
                        local.get $l24
                        i32.const 120
                        i32.add
                        local.get $l24
                        i32.const 156
                        i32.add
                        local.get $p6
                        i32.load
                        i32.const 33
                        call $env.100
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        i32.load offset=20
                        local.get $p6
                        i32.load offset=12
                        call $env.69
                        local.get $p6
                        local.get $l24
                        i32.load offset=120
                        i32.store offset=20
                        local.get $l24
                        i32.load offset=156
                        local.set $l20
                        local.get $p6
                        i32.const 0
                        i32.store offset=8
                        local.get $p6
                        local.get $l20
                        i32.store offset=12
                        br $L471
                        end
                        block $B481
                        local.get $p6
                        i32.load8_u offset=17
                        if $I482
                        local.get $p6
                        local.get $l20
                        i32.const 1
                        i32.add
                        i32.store offset=8
                        local.get $l20
                        i32.const -2147483648
                        i32.or
                        local.set $l23
                        br $B481
                        end
                        block $B483 (result i32)
                        local.get $p6
                        i32.load offset=20
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l22
                        i32.load
                        local.set $l52
                        local.get $l22
                        i32.load offset=4
                        local.set $l23
                        local.get $p6
                        local.get $l20
                        i32.const 1
                        i32.add
                        i32.store offset=8
                        local.get $p6
                        i32.load8_u offset=16
                        if $I484
                        local.get $l18
                        i32.const 0
                        local.get $l26
                        local.get $l23
                        call $env.55
                        local.tee $l20
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        local.get $l20
                        br_if $L471
                        local.get $l18
                        local.get $l9
                        local.get $l23
                        i64.const 8589934592
                        i32.const 4
                        call $env.11
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        end
                        local.get $l52
                        end
                        i32.eqz
                        br_if $L471
                        end
                        local.get $l18
                        i32.const 0
                        local.get $p6
                        i32.load
                        local.get $l23
                        call $env.55
                        local.tee $l20
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        local.get $l20
                        i32.eqz
                        br_if $L471
                        end
                        i64.const 4294967296
                        local.set $l12
                        local.get $l18
                        local.get $l23
                        call $env.68
                        local.set $l8
                        br $B469
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        end
                        local.get $l17
                        local.get $l12
                        i64.store offset=8
                        local.get $l17
                        local.get $l8
                        i64.store
                        local.get $l17
                        i32.const 16
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 0
                        call $env.727
                        br_if $B10
                        local.get $l17
                        i64.const 21474836480
                        i64.store offset=8
                        local.get $l17
                        i32.const 16
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.load8_u offset=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l24
                        i32.const 1
                        i32.store offset=80
                        i64.const 12884901888
                        local.set $l7
                        i64.const 4294967297
                        local.set $l8
                        local.get $l17
                        i32.const -3
                        local.get $l20
                        i32.sub
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i64.load
                        local.tee $l9
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        br_if $B32
                        local.get $l18
                        local.get $l9
                        local.get $p6
                        i64.load offset=8
                        local.get $l24
                        i32.const 80
                        i32.add
                        call $env.38
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        if $I485
                        i32.const -1
                        local.set $l20
                        local.get $l24
                        i32.const -1
                        i32.store offset=80
                        br $B33
                        end
                        local.get $l24
                        i32.load offset=80
                        local.tee $l20
                        br_if $B33
                        i64.const 4294967296
                        local.set $l8
                        br $B32
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.const 12884901888
                        i64.store
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.get $l17
                        i32.const 24
                        i32.sub
                        i64.load
                        i32.const 0
                        i32.const 0
                        call $env.9
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 1
                        call $env.727
                        br_if $B10
                        local.get $l17
                        i64.const 21474836480
                        i64.store offset=8
                        local.get $l17
                        i32.const 16
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const -4294967297
                        i64.le_u
                        if $I486
                        local.get $l18
                        i32.const 6700
                        i32.const 0
                        call $env.3
                        br $B10
                        end
                        local.get $l18
                        local.get $l7
                        local.get $l24
                        i32.const 80
                        i32.add
                        call $env.726
                        local.tee $l8
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.const 21474836480
                        i64.store
                        local.get $p6
                        local.get $l8
                        i64.store
                        local.get $l17
                        local.get $l24
                        i32.load offset=80
                        i32.const 0
                        i32.ne
                        i64.extend_i32_u
                        i64.const 4294967296
                        i64.or
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        i64.const -4294967297
                        i64.gt_u
                        br_if $L16
                        local.get $l18
                        i32.const 6700
                        i32.const 0
                        call $env.3
                        br $B10
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        call $env.0
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        br_if $L16
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l7
                        i32.const 0
                        call $env.49
                        if $I487
                        local.get $p6
                        local.set $l17
                        br $B10
                        end
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.set $l7
                        loop $L488
                        block $B489
                        local.get $l19
                        local.get $l35
                        i32.le_u
                        br_if $B489
                        local.get $l19
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 21474836480
                        i64.eq
                        br_if $B489
                        local.get $l18
                        local.get $l8
                        call $env.0
                        local.get $p6
                        local.set $l19
                        br $L488
                        end
                        end
                        local.get $l19
                        local.get $l35
                        i32.eq
                        if $I490
                        local.get $l18
                        i32.const 13157
                        i32.const 0
                        call $env.35
                        local.get $l18
                        local.get $l7
                        call $env.0
                        br $B66
                        end
                        local.get $l19
                        i32.const 8
                        i32.sub
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 24
                        i32.sub
                        i64.load
                        local.get $l17
                        i32.const 32
                        i32.sub
                        i64.load
                        i32.const 1
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        call $env.9
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $p6
                        i32.load8_u offset=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l17
                        local.get $l18
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i32.const 23
                        i32.const 6
                        local.get $l20
                        i32.const 1
                        i32.and
                        select
                        local.get $l7
                        i32.const 0
                        call $env.5
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        local.tee $l8
                        i64.const 8589934592
                        i64.eq
                        local.get $l8
                        i64.const 12884901888
                        i64.eq
                        i32.or
                        if $I491 (result i64)
                        i64.const 4294967297
                        else
                        local.get $l8
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $p6
                        i64.load
                        local.set $l8
                        block $B492 (result i64)
                        local.get $l20
                        i32.const 2
                        i32.and
                        if $I493
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        i32.const 0
                        i32.const 0
                        call $env.42
                        br $B492
                        end
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        i32.const 1
                        local.get $l17
                        i32.const 8
                        i32.sub
                        call $env.42
                        end
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l7
                        i64.store
                        i64.const 4294967296
                        end
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        block $B494 (result i32)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 17179869183
                        i64.le_u
                        if $I495
                        local.get $l7
                        i32.wrap_i64
                        i32.eqz
                        br $B494
                        end
                        local.get $l18
                        local.get $l7
                        call $env.26
                        i32.eqz
                        end
                        local.set $l19
                        local.get $p6
                        local.get $l19
                        i64.extend_i32_u
                        i64.const 4294967296
                        i64.or
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l26
                        i64.load
                        local.tee $l7
                        local.set $l8
                        local.get $l7
                        i64.const -4294967296
                        i64.lt_u
                        br_if $B35
                        local.get $l7
                        i32.wrap_i64
                        local.set $l20
                        loop $L496
                        local.get $l20
                        i32.load offset=20
                        local.tee $l22
                        i32.const 48
                        i32.add
                        local.set $l27
                        local.get $l22
                        local.get $l22
                        i32.load offset=24
                        local.get $p6
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $l23
                        block $B497
                        loop $L498
                        local.get $l23
                        i32.eqz
                        br_if $B497
                        local.get $l27
                        local.get $l23
                        i32.const 1
                        i32.sub
                        local.tee $l31
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l36
                        i32.load
                        local.set $l23
                        local.get $p6
                        local.get $l36
                        i32.load offset=4
                        i32.ne
                        if $I499
                        local.get $l23
                        i32.const 67108863
                        i32.and
                        local.set $l23
                        br $L498
                        end
                        end
                        local.get $l23
                        i32.const 1073741823
                        i32.gt_u
                        br_if $B35
                        local.get $l20
                        i32.load offset=24
                        local.get $l31
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l8
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B34
                        local.get $l8
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B34
                        end
                        local.get $l20
                        i32.load8_u offset=5
                        i32.const 4
                        i32.and
                        if $I500
                        local.get $l20
                        i64.extend_i32_u
                        i64.const -4294967296
                        i64.or
                        local.set $l8
                        br $B35
                        end
                        local.get $l22
                        i32.load offset=44
                        local.tee $l20
                        br_if $L496
                        end
                        i64.const 12884901888
                        local.set $l8
                        br $B34
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        local.set $l8
                        local.get $l7
                        i64.const -4294967296
                        i64.lt_u
                        br_if $B37
                        local.get $l7
                        i32.wrap_i64
                        local.set $l20
                        loop $L501
                        local.get $l20
                        i32.load offset=20
                        local.tee $l22
                        i32.const 48
                        i32.add
                        local.set $l26
                        local.get $l22
                        local.get $l22
                        i32.load offset=24
                        local.get $p6
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $l23
                        block $B502
                        loop $L503
                        local.get $l23
                        i32.eqz
                        br_if $B502
                        local.get $l26
                        local.get $l23
                        i32.const 1
                        i32.sub
                        local.tee $l27
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l31
                        i32.load
                        local.set $l23
                        local.get $p6
                        local.get $l31
                        i32.load offset=4
                        i32.ne
                        if $I504
                        local.get $l23
                        i32.const 67108863
                        i32.and
                        local.set $l23
                        br $L503
                        end
                        end
                        local.get $l23
                        i32.const 1073741823
                        i32.gt_u
                        br_if $B37
                        local.get $l20
                        i32.load offset=24
                        local.get $l27
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B36
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B36
                        end
                        local.get $l20
                        i32.load8_u offset=5
                        i32.const 4
                        i32.and
                        if $I505
                        local.get $l20
                        i64.extend_i32_u
                        i64.const -4294967296
                        i64.or
                        local.set $l8
                        br $B37
                        end
                        local.get $l22
                        i32.load offset=44
                        local.tee $l20
                        br_if $L501
                        end
                        i64.const 12884901888
                        local.set $l7
                        br $B36
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l22
                        i64.load
                        local.tee $l7
                        local.set $l8
                        local.get $l7
                        i64.const -4294967296
                        i64.lt_u
                        br_if $B39
                        local.get $l7
                        i32.wrap_i64
                        local.set $l20
                        loop $L506
                        local.get $l20
                        i32.load offset=20
                        local.tee $p6
                        i32.const 48
                        i32.add
                        local.set $l26
                        local.get $p6
                        local.get $p6
                        i32.load offset=24
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.const -204
                        i32.or
                        i32.add
                        i32.load
                        local.set $l23
                        block $B507
                        loop $L508
                        local.get $l23
                        i32.eqz
                        br_if $B507
                        local.get $l26
                        local.get $l23
                        i32.const 1
                        i32.sub
                        local.tee $l27
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l31
                        i32.load
                        local.set $l23
                        local.get $l31
                        i32.load offset=4
                        i32.const 50
                        i32.ne
                        if $I509
                        local.get $l23
                        i32.const 67108863
                        i32.and
                        local.set $l23
                        br $L508
                        end
                        end
                        local.get $l23
                        i32.const 1073741823
                        i32.gt_u
                        br_if $B39
                        local.get $l20
                        i32.load offset=24
                        local.get $l27
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l8
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B38
                        local.get $l8
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B38
                        end
                        local.get $l20
                        i32.load8_u offset=5
                        i32.const 4
                        i32.and
                        if $I510
                        local.get $l20
                        i64.extend_i32_u
                        i64.const -4294967296
                        i64.or
                        local.set $l8
                        br $B39
                        end
                        local.get $p6
                        i32.load offset=44
                        local.tee $l20
                        br_if $L506
                        end
                        i64.const 12884901888
                        local.set $l8
                        br $B38
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $p6
                        block $B511
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.lt_u
                        br_if $B511
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l22
                        i32.load offset=20
                        local.tee $l20
                        i32.const 48
                        i32.add
                        local.set $l23
                        local.get $l20
                        local.get $l20
                        i32.load offset=24
                        local.get $p6
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $l20
                        loop $L512
                        local.get $l20
                        i32.eqz
                        br_if $B511
                        local.get $l23
                        local.get $l20
                        i32.const 1
                        i32.sub
                        local.tee $l26
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $l27
                        i32.load
                        local.set $l20
                        local.get $p6
                        local.get $l27
                        i32.load offset=4
                        i32.ne
                        if $I513
                        local.get $l20
                        i32.const 67108863
                        i32.and
                        local.set $l20
                        br $L512
                        end
                        end
                        local.get $l20
                        i32.const -402653184
                        i32.and
                        i32.const 134217728
                        i32.ne
                        br_if $B511
                        local.get $l18
                        local.get $l22
                        i32.load offset=24
                        local.get $l26
                        i32.const 3
                        i32.shl
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        call $env.14
                        local.get $l18
                        local.get $l7
                        call $env.0
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        block $B514 (result i32)
                        local.get $l18
                        local.get $l7
                        local.get $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $l7
                        i32.const 32768
                        call $env.142
                        local.set $l53
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l53
                        end
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B66
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $p6
                        i32.load offset=1 align=1
                        call $env.731
                        local.tee $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.set $l19
                        block $B515
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l17
                        i64.load
                        local.tee $l7
                        i64.const -4294967297
                        i64.le_u
                        if $I516
                        local.get $l18
                        call $env.18
                        i64.const 25769803776
                        local.set $l7
                        br $B515
                        end
                        local.get $l19
                        i64.load
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const -34359738368
                        i64.ne
                        if $I517
                        local.get $l18
                        call $env.515
                        i64.const 25769803776
                        local.set $l7
                        br $B515
                        end
                        local.get $l18
                        i32.load offset=16
                        local.get $l8
                        i32.wrap_i64
                        call $env.160
                        local.set $p6
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l22
                        i32.load offset=20
                        local.tee $l20
                        i32.const 48
                        i32.add
                        local.set $l23
                        local.get $l20
                        local.get $p6
                        local.get $l20
                        i32.load offset=24
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $l20
                        block $B518
                        loop $L519
                        local.get $l20
                        if $I520
                        local.get $l23
                        local.get $l20
                        i32.const 1
                        i32.sub
                        i32.const 3
                        i32.shl
                        local.tee $l20
                        i32.add
                        local.tee $l26
                        i32.load offset=4
                        local.get $p6
                        i32.eq
                        br_if $B518
                        local.get $l26
                        i32.load
                        i32.const 67108863
                        i32.and
                        local.set $l20
                        br $L519
                        end
                        end
                        local.get $l18
                        local.get $p6
                        call $env.725
                        i64.const 25769803776
                        local.set $l7
                        br $B515
                        end
                        local.get $l22
                        i32.load offset=24
                        local.get $l20
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B515
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l17
                        i64.load
                        call $env.0
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B66
                        end
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.set $l7
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.set $p6
                        block $B521
                        block $B522
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l8
                        i64.const -4294967297
                        i64.le_u
                        if $I523
                        local.get $l18
                        call $env.18
                        br $B522
                        end
                        local.get $p6
                        i64.load
                        local.tee $l9
                        i64.const -4294967296
                        i64.and
                        i64.const -34359738368
                        i64.ne
                        if $I524
                        local.get $l18
                        call $env.515
                        br $B522
                        end
                        local.get $l18
                        i32.load offset=16
                        local.get $l9
                        i32.wrap_i64
                        call $env.160
                        local.set $l17
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l22
                        i32.load offset=20
                        local.tee $l20
                        i32.const 48
                        i32.add
                        local.set $l23
                        local.get $l20
                        local.get $l17
                        local.get $l20
                        i32.load offset=24
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $l20
                        loop $L525
                        local.get $l20
                        if $I526
                        local.get $l23
                        local.get $l20
                        i32.const 1
                        i32.sub
                        i32.const 3
                        i32.shl
                        local.tee $l20
                        i32.add
                        local.tee $l26
                        i32.load offset=4
                        local.get $l17
                        i32.eq
                        br_if $B521
                        local.get $l26
                        i32.load
                        i32.const 67108863
                        i32.and
                        local.set $l20
                        br $L525
                        end
                        end
                        local.get $l18
                        local.get $l17
                        call $env.725
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        br $B66
                        end
                        local.get $l18
                        local.get $l22
                        i32.load offset=24
                        local.get $l20
                        i32.add
                        local.get $l7
                        call $env.14
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.set $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.set $l19
                        block $B527
                        block $B528
                        local.get $l17
                        i32.const 24
                        i32.sub
                        i64.load
                        local.tee $l8
                        i64.const -4294967297
                        i64.le_u
                        if $I529
                        local.get $l18
                        call $env.18
                        br $B528
                        end
                        local.get $l19
                        i64.load
                        local.tee $l9
                        i64.const -4294967296
                        i64.and
                        i64.const -34359738368
                        i64.ne
                        if $I530
                        local.get $l18
                        call $env.515
                        br $B528
                        end
                        local.get $l18
                        i32.load offset=16
                        local.get $l9
                        i32.wrap_i64
                        call $env.160
                        local.set $l17
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l20
                        i32.load offset=20
                        local.tee $p6
                        i32.const 40
                        i32.add
                        local.set $l22
                        local.get $p6
                        local.get $l17
                        local.get $p6
                        i32.load offset=24
                        i32.and
                        i32.const -1
                        i32.xor
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        local.set $p6
                        block $B531
                        loop $L532
                        local.get $p6
                        i32.eqz
                        br_if $B531
                        local.get $l17
                        local.get $l22
                        local.get $p6
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i32.load offset=4
                        i32.ne
                        if $I533
                        local.get $p6
                        i32.load
                        i32.const 67108863
                        i32.and
                        local.set $p6
                        br $L532
                        end
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 7072
                        call $env.129
                        br $B528
                        end
                        local.get $l18
                        local.get $l20
                        local.get $l17
                        i32.const 7
                        call $env.107
                        local.tee $p6
                        br_if $B527
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        br $B66
                        end
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.get $p6
                        i32.load offset=1 align=1
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        i32.const 16391
                        call $env.11
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B66
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $p6
                        i32.load offset=1 align=1
                        call $env.724
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B10
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        call $env.723
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B10
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const -4294967297
                        i64.le_u
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 8589934592
                        i64.ne
                        i32.and
                        i32.eqz
                        if $I534
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.get $l7
                        i32.const 1
                        call $env.261
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        br $L16
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        call $env.514
                        br $L16
                        end
                        block $B535 (result i32)
                        local.get $l17
                        block $B536 (result i32)
                        local.get $l22
                        i32.const 82
                        i32.eq
                        if $I537
                        i32.const -3
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        call $env.30
                        local.tee $p6
                        br_if $B536
                        drop
                        br $B10
                        end
                        local.get $p6
                        i32.const 5
                        i32.add
                        local.set $l21
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $p6
                        i32.const -2
                        end
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set $l54
                        i32.const 26371
                        local.set $l19
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l23
                        i64.load
                        local.tee $l9
                        local.set $l11
                        i64.const 12884901888
                        local.set $l12
                        block $B538
                        block $B539
                        block $B540
                        local.get $l21
                        i32.load8_u
                        local.tee $l26
                        i32.const 3
                        i32.and
                        br_table $B538 $B540 $B539
                        end
                        i64.const 12884901888
                        local.set $l11
                        i32.const 19713
                        local.set $l19
                        local.get $l9
                        local.set $l12
                        br $B538
                        end
                        i64.const 12884901888
                        local.set $l11
                        i32.const 21761
                        local.set $l19
                        local.get $l9
                        local.set $l8
                        end
                        local.get $l54
                        end
                        i64.load
                        local.set $l10
                        local.get $l18
                        local.get $p6
                        call $env.722
                        local.set $l7
                        block $B541
                        local.get $l18
                        local.get $l19
                        i32.const 2048
                        i32.and
                        if $I542 (result i32)
                        i32.const 24048
                        else
                        local.get $l19
                        i32.const 4096
                        i32.and
                        i32.eqz
                        br_if $B541
                        i32.const 24043
                        end
                        local.get $l7
                        i32.const 24671
                        call $env.179
                        local.set $l7
                        end
                        block $B543 (result i32)
                        block $B544 (result i32)
                        i32.const 1
                        local.get $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B544
                        drop
                        i32.const 1
                        local.get $l18
                        local.get $l9
                        i32.const 58
                        local.get $l7
                        i32.const 1
                        call $env.11
                        i32.const 0
                        i32.lt_s
                        br_if $B544
                        drop
                        local.get $l18
                        local.get $l9
                        local.get $l10
                        call $env.514
                        local.get $l18
                        local.get $l10
                        local.get $p6
                        local.get $l11
                        local.get $l12
                        local.get $l8
                        local.get $l19
                        local.get $l26
                        i32.const 4
                        i32.and
                        i32.or
                        call $env.101
                        i32.const 31
                        i32.shr_u
                        end
                        local.set $l55
                        local.get $l18
                        local.get $l23
                        i64.load
                        call $env.0
                        local.get $l21
                        i32.const 1
                        i32.add
                        local.set $l21
                        local.get $l17
                        local.get $l22
                        i32.const 82
                        i32.eq
                        if $I545 (result i32)
                        local.get $l18
                        local.get $p6
                        call $env.6
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        call $env.0
                        i32.const -2
                        else
                        i32.const -1
                        end
                        i32.const 3
                        i32.shl
                        i32.add
                        local.set $l19
                        local.get $l55
                        end
                        i32.eqz
                        br_if $L16
                        br $B66
                        end
                        local.get $p6
                        i32.const 6
                        i32.add
                        local.set $l21
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l23
                        i64.load
                        local.set $l12
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.set $l20
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $l26
                        block $B546
                        block $B547
                        local.get $p6
                        i32.load8_u offset=5
                        i32.const 1
                        i32.and
                        if $I548
                        i64.const 8589934592
                        local.set $l11
                        local.get $l20
                        i64.load
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 8589934592
                        i64.eq
                        if $I549
                        local.get $l18
                        i64.load offset=64
                        local.tee $l8
                        i64.const -38654705665
                        i64.gt_u
                        br_if $B547
                        br $B546
                        end
                        i64.const 12884901888
                        local.set $l9
                        i32.const 8702
                        local.set $p6
                        local.get $l8
                        i64.const -4294967296
                        i64.lt_u
                        br_if $B43
                        local.get $l8
                        i32.wrap_i64
                        i32.load8_u offset=5
                        i32.const 16
                        i32.and
                        i32.eqz
                        br_if $B43
                        local.get $l18
                        local.get $l8
                        i32.const 63
                        local.get $l8
                        i32.const 0
                        call $env.5
                        local.tee $l11
                        i64.const -4294967296
                        i64.and
                        local.tee $l7
                        i64.const 8589934592
                        i64.eq
                        br_if $B546
                        local.get $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B41
                        local.get $l11
                        i64.const -4294967296
                        i64.ge_u
                        br_if $B546
                        i32.const 12136
                        local.set $p6
                        br $B42
                        end
                        local.get $l18
                        i32.load offset=56
                        i64.load offset=8
                        local.tee $l11
                        i64.const -38654705664
                        i64.ge_u
                        if $I550
                        local.get $l11
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        i64.load offset=64
                        local.tee $l8
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B546
                        end
                        local.get $l8
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        i64.const 25769803776
                        local.set $l9
                        local.get $l18
                        local.get $l11
                        call $env.125
                        local.tee $l7
                        i64.const 25769803776
                        i64.eq
                        br_if $B41
                        local.get $l12
                        i32.wrap_i64
                        local.tee $p6
                        i32.load8_u offset=17
                        i32.const 48
                        i32.and
                        br_if $B84
                        i64.const 25769803776
                        local.set $l13
                        block $B551
                        local.get $l18
                        local.get $l8
                        i32.const 13
                        call $env.86
                        local.tee $l9
                        i64.const 25769803776
                        i64.ne
                        if $I552
                        i64.const 12884901888
                        local.set $l12
                        local.get $l18
                        local.get $l9
                        local.get $p6
                        local.get $l30
                        local.get $l25
                        i32.const 0
                        call $env.513
                        local.tee $l10
                        i64.const 25769803776
                        i64.ne
                        br_if $B551
                        end
                        local.get $l7
                        local.set $l9
                        br $B40
                        end
                        local.get $l18
                        local.get $l10
                        local.get $l7
                        call $env.514
                        local.get $l10
                        i64.const -4294967296
                        i64.ge_u
                        if $I553
                        local.get $l10
                        i32.wrap_i64
                        local.tee $l27
                        local.get $l27
                        i32.load16_u offset=4
                        i32.const 4096
                        i32.or
                        i32.store16 offset=4
                        end
                        local.get $l18
                        local.get $l10
                        i32.const 50
                        local.get $p6
                        i64.load16_u offset=44
                        i32.const 1
                        call $env.11
                        drop
                        local.get $l22
                        i32.const 84
                        i32.eq
                        if $I554
                        local.get $l18
                        local.get $l10
                        local.get $l17
                        i32.const 24
                        i32.sub
                        i64.load
                        call $env.723
                        i32.const 0
                        i32.lt_s
                        br_if $B44
                        br $B45
                        end
                        local.get $l18
                        local.get $l10
                        local.get $l26
                        call $env.724
                        i32.const 0
                        i32.ge_s
                        br_if $B45
                        br $B44
                        end
                        block $B555
                        block $B556
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l20
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.lt_u
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l8
                        i64.const 4294967295
                        i64.gt_u
                        i32.or
                        br_if $B556
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        i32.load16_u offset=6
                        i32.const 2
                        i32.ne
                        br_if $B556
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l17
                        local.get $p6
                        i32.load offset=40
                        i32.ge_u
                        br_if $B556
                        local.get $p6
                        i32.load offset=36
                        local.get $l17
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l8
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B555
                        local.get $l8
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B555
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        call $env.61
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B66
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l20
                        local.get $l8
                        i64.store
                        br $L16
                        end
                        block $B557
                        block $B558
                        block $B559
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.lt_u
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.const 4294967295
                        i64.gt_u
                        i32.or
                        br_if $B559
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        i32.load16_u offset=6
                        i32.const 2
                        i32.ne
                        br_if $B559
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l22
                        local.get $l20
                        i32.load offset=40
                        i32.ge_u
                        br_if $B559
                        local.get $l20
                        i32.load offset=36
                        local.get $l22
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B558
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        local.get $l19
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B558
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        call $env.61
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B557
                        end
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i64.const 12884901888
                        i64.store
                        br $B10
                        end
                        block $B560
                        block $B561
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l22
                        i64.load
                        local.tee $l8
                        i64.const -4294967296
                        i64.lt_u
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        i32.or
                        br_if $B561
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l20
                        i32.load16_u offset=6
                        i32.const 2
                        i32.ne
                        br_if $B561
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l23
                        local.get $l20
                        i32.load offset=40
                        i32.ge_u
                        br_if $B561
                        local.get $l20
                        i32.load offset=36
                        local.get $l23
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.lt_u
                        br_if $B560
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        br $B560
                        end
                        local.get $l7
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        i32.const 8
                        i32.add
                        local.tee $l20
                        i32.const 8
                        i32.le_u
                        i32.const 0
                        i32.const 1
                        local.get $l20
                        i32.shl
                        i32.const 259
                        i32.and
                        select
                        i32.eqz
                        if $I562
                        local.get $l8
                        i64.const 4294967296
                        i64.or
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        if $I563
                        local.get $l18
                        i32.const 3480
                        i32.const 0
                        call $env.3
                        br $B10
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l7
                        call $env.512
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        local.get $p6
                        local.get $l7
                        i64.store
                        local.get $l22
                        i64.load
                        local.set $l8
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I564
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l8
                        local.get $l7
                        call $env.61
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        end
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        call $env.30
                        local.tee $p6
                        i32.eqz
                        br_if $B10
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l20
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        br_if $B47
                        block $B565
                        local.get $l18
                        local.get $l7
                        local.get $p6
                        call $env.56
                        local.tee $l22
                        i32.const 0
                        i32.le_s
                        if $I566
                        local.get $l22
                        i32.const 0
                        i32.lt_s
                        br_if $B46
                        i64.const 12884901888
                        local.set $l7
                        local.get $l18
                        i32.load offset=16
                        i32.load offset=148
                        local.tee $l20
                        i32.eqz
                        br_if $B565
                        local.get $l20
                        i32.load8_u offset=36
                        i32.const 1
                        i32.and
                        br_if $B47
                        br $B565
                        end
                        local.get $l18
                        local.get $l20
                        i64.load
                        local.tee $l7
                        local.get $p6
                        local.get $l7
                        i32.const 0
                        call $env.5
                        local.set $l7
                        end
                        local.get $l18
                        local.get $p6
                        call $env.6
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l17
                        local.get $l7
                        i64.store
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l22
                        i64.load
                        call $env.30
                        local.tee $p6
                        i32.eqz
                        br_if $B10
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.get $p6
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l20
                        i64.load
                        i32.const 0
                        call $env.5
                        local.set $l7
                        local.get $l18
                        local.get $p6
                        call $env.6
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l22
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l20
                        i64.load
                        call $env.0
                        local.get $l20
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        block $B567
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.lt_u
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.tee $l8
                        i64.const 4294967295
                        i64.gt_u
                        i32.or
                        br_if $B567
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        i32.load16_u offset=6
                        i32.const 2
                        i32.ne
                        br_if $B567
                        block $B568
                        local.get $p6
                        i32.load offset=40
                        local.tee $l22
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l20
                        i32.le_u
                        if $I569
                        local.get $l20
                        local.get $l22
                        i32.ne
                        br_if $B567
                        local.get $p6
                        i32.load16_u offset=4
                        i32.const 2304
                        i32.and
                        i32.const 2304
                        i32.ne
                        br_if $B567
                        local.get $p6
                        i32.load offset=20
                        local.tee $l23
                        i32.load offset=44
                        local.tee $l22
                        if $I570
                        local.get $l22
                        i32.load8_u offset=4
                        i32.const 128
                        i32.and
                        i32.eqz
                        br_if $B567
                        end
                        local.get $p6
                        i32.load offset=24
                        local.tee $l26
                        i64.load
                        local.tee $l9
                        i64.const 4294967295
                        i64.gt_u
                        br_if $B567
                        local.get $l20
                        i32.const 1
                        i32.add
                        local.tee $l22
                        local.get $p6
                        i32.load offset=32
                        i32.gt_u
                        br_if $B567
                        local.get $l9
                        i32.wrap_i64
                        local.get $l22
                        i32.lt_u
                        if $I571
                        local.get $l23
                        i32.load8_u offset=51
                        i32.const 8
                        i32.and
                        i32.eqz
                        br_if $B567
                        local.get $l26
                        local.get $l22
                        i64.extend_i32_u
                        i64.store
                        end
                        local.get $p6
                        local.get $l22
                        i32.store offset=40
                        local.get $p6
                        i32.load offset=36
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        i64.store
                        br $B568
                        end
                        local.get $l18
                        local.get $p6
                        i32.load offset=36
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.add
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        call $env.14
                        end
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        block $B572 (result i32)
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        i32.const 32768
                        call $env.229
                        local.set $l56
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l56
                        end
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B66
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l20
                        i64.load
                        call $env.30
                        local.tee $p6
                        i32.eqz
                        br_if $B10
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 12884901888
                        i64.eq
                        if $I573
                        local.get $l18
                        i32.load offset=16
                        i32.load offset=148
                        local.tee $l22
                        if $I574
                        local.get $l22
                        i32.load8_u offset=36
                        i32.const 1
                        i32.and
                        br_if $B49
                        end
                        local.get $l18
                        i64.load offset=208
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I575
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l22
                        local.get $l22
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l19
                        local.get $l7
                        i64.store
                        end
                        block $B576
                        local.get $l18
                        local.get $l7
                        local.get $p6
                        call $env.56
                        local.tee $l22
                        i32.const 0
                        i32.gt_s
                        br_if $B576
                        local.get $l22
                        i32.const 0
                        i32.lt_s
                        br_if $B48
                        local.get $l18
                        i32.load offset=16
                        i32.load offset=148
                        local.tee $l22
                        i32.eqz
                        br_if $B576
                        local.get $l22
                        i32.load8_u offset=36
                        i32.const 1
                        i32.and
                        br_if $B49
                        end
                        block $B577 (result i32)
                        local.get $l18
                        local.get $l19
                        i64.load
                        local.tee $l7
                        local.get $p6
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $l7
                        i32.const 32768
                        call $env.142
                        local.set $l57
                        local.get $l18
                        local.get $p6
                        call $env.6
                        local.get $l18
                        local.get $l20
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l57
                        end
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B66
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.const -4294967297
                        i64.le_u
                        br_if $B23
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l22
                        i64.load
                        call $env.30
                        local.tee $l20
                        i32.eqz
                        br_if $B10
                        block $B578 (result i32)
                        local.get $l18
                        local.get $p6
                        i64.load
                        local.get $l20
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.get $l17
                        i32.const 32
                        i32.sub
                        local.tee $l19
                        i64.load
                        i32.const 32768
                        call $env.142
                        local.set $l58
                        local.get $l18
                        local.get $l20
                        call $env.6
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $p6
                        i64.load
                        call $env.0
                        local.get $l18
                        local.get $l22
                        i64.load
                        call $env.0
                        local.get $l58
                        end
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B66
                        end
                        local.get $l17
                        i32.const 24
                        i32.sub
                        i64.load
                        local.set $l8
                        local.get $l17
                        i32.const 16
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I579
                        local.get $l7
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l8
                        local.get $l7
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        i32.const 16391
                        call $env.141
                        i32.const 0
                        i32.ge_s
                        br_if $L16
                        br $B66
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l22
                        i64.load
                        local.tee $l9
                        i64.const 4294967296
                        i64.ge_u
                        if $I580
                        local.get $l18
                        i32.const 17020
                        i32.const 0
                        call $env.35
                        br $B10
                        end
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i32.const 226
                        local.get $l7
                        i32.const 0
                        call $env.5
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l7
                        i32.const 55
                        i32.const 1
                        call $env.403
                        local.set $l20
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        i32.const 0
                        call $env.178
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l18
                        local.get $l7
                        i32.const 110
                        local.get $l7
                        i32.const 0
                        call $env.5
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        if $I581
                        local.get $l18
                        local.get $l7
                        call $env.0
                        br $B10
                        end
                        local.get $l9
                        i32.wrap_i64
                        local.set $p6
                        block $B582
                        block $B583
                        local.get $l20
                        i32.eqz
                        br_if $B583
                        local.get $l8
                        i32.const 56
                        i32.const 0
                        call $env.403
                        i32.eqz
                        br_if $B583
                        local.get $l19
                        i64.load
                        local.tee $l9
                        local.get $l24
                        i32.const 80
                        i32.add
                        local.get $l24
                        i32.const 128
                        i32.add
                        call $env.140
                        i32.eqz
                        br_if $B583
                        local.get $l18
                        local.get $l24
                        i32.const 120
                        i32.add
                        local.get $l9
                        call $env.200
                        br_if $B50
                        local.get $l24
                        i32.load offset=120
                        local.get $l24
                        i32.load offset=128
                        i32.ne
                        br_if $B583
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.set $l23
                        i32.const 0
                        local.set $l20
                        loop $L584
                        local.get $l20
                        local.get $l24
                        i32.load offset=128
                        i32.ge_u
                        br_if $B582
                        local.get $l23
                        i64.load
                        local.set $l10
                        local.get $l24
                        i32.load offset=80
                        local.get $l20
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        local.tee $l9
                        i64.const -38654705664
                        i64.ge_u
                        if $I585
                        local.get $l9
                        i32.wrap_i64
                        local.tee $l26
                        local.get $l26
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        block $B586 (result i32)
                        local.get $l18
                        local.get $l10
                        local.get $p6
                        local.get $l9
                        i32.const 7
                        call $env.177
                        local.set $l59
                        local.get $l20
                        i32.const 1
                        i32.add
                        local.set $l20
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        local.get $l59
                        end
                        i32.const 0
                        i32.ge_s
                        br_if $L584
                        end
                        br $B50
                        end
                        local.get $l17
                        i32.const 24
                        i32.sub
                        local.set $l20
                        loop $L587
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        local.get $l24
                        i32.const 120
                        i32.add
                        call $env.38
                        local.tee $l9
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B50
                        local.get $l24
                        i32.load offset=120
                        br_if $B582
                        local.get $l18
                        local.get $l20
                        i64.load
                        local.get $p6
                        local.get $l9
                        i32.const 7
                        call $env.177
                        i32.const 0
                        i32.lt_s
                        br_if $B50
                        local.get $p6
                        i32.const 1
                        i32.add
                        local.set $p6
                        br $L587
                        end
                        unreachable
                        end
                        local.get $l22
                        local.get $p6
                        i64.extend_i32_u
                        i64.store
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l18
                        local.get $l8
                        call $env.0
                        local.get $l18
                        local.get $l19
                        i64.load
                        call $env.0
                        br $L16
                        end
                        local.get $p6
                        i32.load8_u offset=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        local.get $l20
                        i32.const -1
                        i32.xor
                        local.tee $p6
                        i32.const 3
                        i32.shl
                        i32.const -32
                        i32.or
                        i32.add
                        i64.load
                        local.get $l17
                        local.get $p6
                        i32.const 1
                        i32.shl
                        i32.const -64
                        i32.or
                        i32.const -8
                        i32.and
                        i32.add
                        i64.load
                        local.get $l17
                        local.get $l20
                        i32.const 5
                        i32.shr_u
                        i32.const -1
                        i32.xor
                        i32.const 3
                        i32.shl
                        i32.add
                        i64.load
                        i32.const 0
                        call $env.720
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 32
                        i64.shr_u
                        local.tee $l9
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.const 32
                        i64.shr_u
                        local.tee $l10
                        i32.wrap_i64
                        local.tee $l22
                        i32.or
                        i32.eqz
                        if $I588
                        local.get $p6
                        block $B589 (result i64)
                        local.get $l7
                        i64.extend32_s
                        local.get $l8
                        i64.extend32_s
                        i64.add
                        local.tee $l7
                        i64.const 2147483648
                        i64.add
                        i64.const 4294967296
                        i64.ge_u
                        if $I590
                        i64.const -42949672960
                        local.get $l7
                        f64.convert_i64_s
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        br $B589
                        end
                        local.get $l7
                        i64.const 4294967295
                        i64.and
                        end
                        i64.store
                        br $L16
                        end
                        local.get $l22
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        local.get $l20
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        i32.or
                        i32.eqz
                        if $I591
                        local.get $p6
                        i64.const -42949672960
                        local.get $l8
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        f64.add
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        i64.store
                        br $L16
                        end
                        local.get $l10
                        i64.const 4294967291
                        i64.sub
                        i64.const -2
                        i64.lt_u
                        local.get $l9
                        i64.const 4294967291
                        i64.sub
                        i64.const -2
                        i64.lt_u
                        i32.or
                        i32.eqz
                        if $I592
                        local.get $p6
                        local.get $l18
                        local.get $l8
                        local.get $l7
                        call $env.260
                        local.tee $l7
                        i64.store
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.ne
                        br_if $L16
                        br $B66
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        call $env.719
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l8
                        i64.const 32
                        i64.shr_u
                        local.tee $l9
                        i32.wrap_i64
                        local.tee $l17
                        i32.or
                        i32.eqz
                        if $I593
                        local.get $p6
                        block $B594 (result i64)
                        local.get $l7
                        i64.extend32_s
                        local.get $l8
                        i64.extend32_s
                        i64.add
                        local.tee $l7
                        i64.const 2147483648
                        i64.add
                        i64.const 4294967296
                        i64.ge_u
                        if $I595
                        i64.const -42949672960
                        local.get $l7
                        f64.convert_i64_s
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        br $B594
                        end
                        local.get $l7
                        i64.const 4294967295
                        i64.and
                        end
                        i64.store
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        local.get $l20
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        i32.or
                        i32.eqz
                        if $I596
                        local.get $p6
                        i64.const -42949672960
                        local.get $l8
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        f64.add
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        i64.store
                        br $L16
                        end
                        local.get $l9
                        i64.const 4294967289
                        i64.ne
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const -30064771072
                        i64.ne
                        i32.or
                        i32.eqz
                        if $I597
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l7
                        i32.wrap_i64
                        local.get $l8
                        call $env.718
                        if $I598
                        local.get $l18
                        local.get $l8
                        call $env.0
                        br $L16
                        end
                        local.get $p6
                        i64.load
                        local.tee $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I599
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l17
                        local.get $l17
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l18
                        local.get $l7
                        local.get $l8
                        call $env.260
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B66
                        local.get $l18
                        local.get $p6
                        local.get $l7
                        call $env.14
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I600
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l17
                        local.get $l17
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $l8
                        i64.store offset=88
                        local.get $l24
                        local.get $l7
                        i64.store offset=80
                        local.get $l18
                        local.get $l49
                        call $env.719
                        br_if $B66
                        local.get $l18
                        local.get $p6
                        local.get $l24
                        i64.load offset=80
                        call $env.14
                        br $L16
                        end
                        block $B601 (result i64)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $p6
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l20
                        i64.load
                        local.tee $l8
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $l23
                        i32.or
                        i32.eqz
                        if $I602
                        local.get $l8
                        i64.extend32_s
                        local.get $l7
                        i64.extend32_s
                        i64.sub
                        local.tee $l7
                        i64.const 2147483648
                        i64.add
                        i64.const 4294967296
                        i64.ge_u
                        if $I603
                        i64.const -42949672960
                        local.get $l7
                        f64.convert_i64_s
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        br $B601
                        end
                        local.get $l7
                        i64.const 4294967295
                        i64.and
                        br $B601
                        end
                        local.get $l23
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        local.get $p6
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        i32.or
                        br_if $B110
                        i64.const -42949672960
                        local.get $l8
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        f64.sub
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        local.set $l7
                        local.get $l20
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        block $B604 (result f64)
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $l23
                        i32.or
                        i32.eqz
                        if $I605
                        local.get $l7
                        i64.extend32_s
                        local.get $l8
                        i64.extend32_s
                        i64.mul
                        local.tee $l9
                        i64.const 2147483648
                        i64.add
                        i64.const 4294967296
                        i64.ge_u
                        if $I606
                        local.get $l9
                        f64.convert_i64_s
                        br $B604
                        end
                        f64.const -0x0p+0 (;=-0;)
                        local.get $l9
                        i64.eqz
                        i32.eqz
                        local.get $l7
                        local.get $l8
                        i64.or
                        i64.const 2147483648
                        i64.and
                        i64.eqz
                        i32.or
                        i32.eqz
                        br_if $B604
                        drop
                        local.get $p6
                        local.get $l9
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l23
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        local.get $l20
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        i32.or
                        br_if $B110
                        local.get $l8
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.add
                        f64.reinterpret_i64
                        f64.mul
                        end
                        local.set $l65
                        local.get $p6
                        i64.const -42949672960
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        i64.store
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.gt_u
                        br_if $B110
                        local.get $l8
                        i32.wrap_i64
                        f64.convert_i32_s
                        local.get $l7
                        i32.wrap_i64
                        f64.convert_i32_s
                        f64.div
                        local.tee $l65
                        f64.const -0x1p+31 (;=-2.14748e+09;)
                        f64.ge
                        local.get $l65
                        f64.const 0x1.fffffffcp+30 (;=2.14748e+09;)
                        f64.le
                        i32.and
                        i32.eqz
                        if $I607
                        local.get $l65
                        i64.reinterpret_f64
                        local.set $l7
                        br $B52
                        end
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        local.get $l65
                        i32.trunc_sat_f64_s
                        local.tee $l17
                        f64.convert_i32_s
                        i64.reinterpret_f64
                        i64.ne
                        br_if $B52
                        local.get $l17
                        i64.extend_i32_u
                        br $B51
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.gt_u
                        br_if $B110
                        local.get $l8
                        i32.wrap_i64
                        local.tee $l20
                        i32.const 0
                        i32.lt_s
                        br_if $B110
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l23
                        i32.const 0
                        i32.le_s
                        br_if $B110
                        local.get $p6
                        local.get $l20
                        local.get $l23
                        i32.rem_u
                        i64.extend_i32_u
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        i64.const 0
                        local.set $l9
                        global.get $g0
                        i32.const 48
                        i32.sub
                        local.tee $l20
                        global.set $g0
                        block $B608 (result i32)
                        block $B609 (result i32)
                        block $B610
                        block $B611
                        block $B612
                        block $B613 (result i64)
                        block $B614
                        block $B615 (result i64)
                        block $B616
                        block $B617 (result i64)
                        block $B618
                        block $B619 (result f64)
                        block $B620
                        block $B621
                        block $B622
                        i32.const 8
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l26
                        i64.load
                        local.tee $l7
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.const 8
                        i32.sub
                        i32.const -17
                        i32.lt_u
                        select
                        local.tee $p6
                        i32.const 8
                        i32.ne
                        i32.const 8
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l50
                        i64.load
                        local.tee $l8
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $l23
                        local.get $l23
                        i32.const 8
                        i32.sub
                        i32.const -17
                        i32.lt_u
                        select
                        local.tee $l23
                        i32.const 8
                        i32.ne
                        i32.or
                        i32.eqz
                        if $I623
                        local.get $l20
                        local.get $l8
                        i64.const 9221120279990763520
                        i64.add
                        i64.store offset=32
                        local.get $l20
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.add
                        i64.store offset=40
                        br $B622
                        end
                        block $B624
                        block $B625
                        local.get $p6
                        i32.const 7
                        i32.ne
                        local.get $l23
                        i32.const 7
                        i32.ne
                        i32.or
                        i32.eqz
                        if $I626
                        local.get $l8
                        i32.wrap_i64
                        local.set $p6
                        local.get $l7
                        i32.wrap_i64
                        local.set $l23
                        block $B627 (result i64)
                        block $B628
                        block $B629
                        block $B630
                        block $B631
                        local.get $l22
                        i32.const 152
                        i32.sub
                        br_table $B631 $B630 $B629 $B621 $B628 $B625 $B621
                        end
                        local.get $l8
                        i64.extend32_s
                        local.get $l7
                        i64.extend32_s
                        i64.mul
                        br $B627
                        end
                        local.get $p6
                        i32.eqz
                        local.get $l23
                        i32.const -2147483648
                        i32.eq
                        local.get $p6
                        i32.const -1
                        i32.eq
                        i32.and
                        i32.or
                        br_if $B625
                        local.get $l26
                        local.get $l23
                        local.get $p6
                        i32.div_s
                        i64.extend_i32_u
                        i64.const 30064771072
                        i64.or
                        i64.store
                        br $B612
                        end
                        local.get $p6
                        i32.eqz
                        local.get $l23
                        i32.const -2147483648
                        i32.eq
                        local.get $p6
                        i32.const -1
                        i32.eq
                        i32.and
                        i32.or
                        br_if $B625
                        local.get $l26
                        local.get $l23
                        local.get $p6
                        i32.rem_s
                        i64.extend_i32_u
                        i64.const 30064771072
                        i64.or
                        i64.store
                        br $B612
                        end
                        local.get $l7
                        i64.extend32_s
                        local.get $l8
                        i64.extend32_s
                        i64.sub
                        end
                        local.tee $l7
                        i64.const 2147483648
                        i64.add
                        i64.const 4294967295
                        i64.le_u
                        if $I632
                        local.get $l26
                        local.get $l7
                        i64.const 4294967295
                        i64.and
                        i64.const 30064771072
                        i64.or
                        i64.store
                        br $B612
                        end
                        local.get $l18
                        local.get $l7
                        call $env.499
                        local.tee $p6
                        i32.eqz
                        br_if $B610
                        local.get $l26
                        local.get $p6
                        i64.extend_i32_u
                        i64.const -38654705664
                        i64.or
                        i64.store
                        br $B612
                        end
                        local.get $l18
                        local.get $l7
                        call $env.91
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B611
                        local.get $l18
                        local.get $l8
                        call $env.91
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        if $I633
                        local.get $l7
                        local.set $l8
                        br $B611
                        end
                        i32.const 8
                        local.get $l7
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $p6
                        local.get $p6
                        i32.const 8
                        i32.sub
                        i32.const -17
                        i32.lt_u
                        select
                        local.tee $p6
                        i32.const 8
                        local.get $l8
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.tee $l23
                        local.get $l23
                        i32.const 8
                        i32.sub
                        i32.const -17
                        i32.lt_u
                        select
                        local.tee $l23
                        i32.or
                        i32.eqz
                        if $I634
                        local.get $l8
                        i32.wrap_i64
                        local.set $p6
                        local.get $l7
                        i32.wrap_i64
                        local.set $l23
                        local.get $l26
                        block $B635 (result i64)
                        block $B636
                        block $B637
                        block $B638
                        block $B639
                        block $B640
                        block $B641
                        block $B642
                        block $B643
                        local.get $l22
                        i32.const 152
                        i32.sub
                        br_table $B643 $B642 $B641 $B621 $B639 $B640 $B621
                        end
                        local.get $l8
                        i64.extend32_s
                        local.get $l7
                        i64.extend32_s
                        i64.mul
                        local.tee $l7
                        i64.const 0
                        i64.ne
                        br_if $B638
                        local.get $p6
                        local.get $l23
                        i32.or
                        i32.const 0
                        i32.ge_s
                        br_if $B637
                        local.get $l26
                        i64.const 2251756864012288
                        i64.store
                        br $B612
                        end
                        local.get $l23
                        f64.convert_i32_s
                        local.get $p6
                        f64.convert_i32_s
                        f64.div
                        local.tee $l65
                        f64.const -0x1p+31 (;=-2.14748e+09;)
                        f64.ge
                        local.get $l65
                        f64.const 0x1.fffffffcp+30 (;=2.14748e+09;)
                        f64.le
                        i32.and
                        i32.eqz
                        if $I644
                        local.get $l65
                        i64.reinterpret_f64
                        local.set $l7
                        br $B614
                        end
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        local.get $l65
                        i32.trunc_sat_f64_s
                        local.tee $p6
                        f64.convert_i32_s
                        i64.reinterpret_f64
                        i64.ne
                        br_if $B614
                        local.get $p6
                        i64.extend_i32_u
                        br $B613
                        end
                        local.get $p6
                        i32.const 0
                        i32.gt_s
                        local.get $l23
                        i32.const 0
                        i32.ge_s
                        i32.and
                        i32.eqz
                        if $I645
                        local.get $l23
                        f64.convert_i32_s
                        local.get $p6
                        f64.convert_i32_s
                        call $env.525
                        local.tee $l65
                        f64.const -0x1p+31 (;=-2.14748e+09;)
                        f64.ge
                        local.get $l65
                        f64.const 0x1.fffffffcp+30 (;=2.14748e+09;)
                        f64.le
                        i32.and
                        i32.eqz
                        if $I646
                        local.get $l65
                        i64.reinterpret_f64
                        local.set $l7
                        br $B616
                        end
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        local.get $l65
                        i32.trunc_sat_f64_s
                        local.tee $p6
                        f64.convert_i32_s
                        i64.reinterpret_f64
                        i64.ne
                        br_if $B616
                        local.get $p6
                        i64.extend_i32_u
                        br $B615
                        end
                        local.get $l23
                        local.get $p6
                        i32.rem_u
                        i64.extend_i32_u
                        local.set $l7
                        br $B638
                        end
                        local.get $l23
                        f64.convert_i32_s
                        local.get $p6
                        f64.convert_i32_s
                        call $env.526
                        local.tee $l65
                        f64.const -0x1p+31 (;=-2.14748e+09;)
                        f64.ge
                        local.get $l65
                        f64.const 0x1.fffffffcp+30 (;=2.14748e+09;)
                        f64.le
                        i32.and
                        i32.eqz
                        if $I647
                        local.get $l65
                        i64.reinterpret_f64
                        local.set $l7
                        br $B618
                        end
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        local.get $l65
                        i32.trunc_sat_f64_s
                        local.tee $p6
                        f64.convert_i32_s
                        i64.reinterpret_f64
                        i64.ne
                        br_if $B618
                        local.get $p6
                        i64.extend_i32_u
                        br $B617
                        end
                        local.get $l7
                        i64.extend32_s
                        local.get $l8
                        i64.extend32_s
                        i64.sub
                        local.set $l7
                        end
                        local.get $l7
                        i64.const 2147483648
                        i64.add
                        i64.const 4294967295
                        i64.gt_u
                        br_if $B636
                        local.get $l7
                        local.set $l9
                        end
                        local.get $l9
                        i64.const 4294967295
                        i64.and
                        br $B635
                        end
                        i64.const -42949672960
                        local.get $l7
                        f64.convert_i64_s
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        i64.store
                        br $B612
                        end
                        local.get $p6
                        i32.const 7
                        i32.ne
                        local.get $p6
                        i32.const -9
                        i32.ne
                        i32.and
                        br_if $B624
                        local.get $l23
                        i32.const 7
                        i32.eq
                        br_if $B625
                        local.get $l23
                        i32.const -9
                        i32.ne
                        br_if $B624
                        end
                        local.get $l7
                        i32.wrap_i64
                        local.set $l27
                        local.get $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 30064771072
                        i64.eq
                        if $I648
                        local.get $l20
                        local.get $l27
                        i32.store offset=24
                        local.get $l20
                        i64.const 4294967296
                        i64.store offset=16 align=4
                        local.get $l20
                        i32.const 16
                        i32.add
                        local.set $l27
                        end
                        local.get $l8
                        i32.wrap_i64
                        local.set $p6
                        local.get $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 30064771072
                        i64.eq
                        if $I649
                        local.get $l20
                        local.get $p6
                        i32.store offset=8
                        local.get $l20
                        i64.const 4294967296
                        i64.store align=4
                        local.get $l20
                        local.set $p6
                        end
                        block $B650
                        block $B651
                        block $B652
                        block $B653
                        block $B654
                        block $B655
                        block $B656
                        local.get $l22
                        i32.const 152
                        i32.sub
                        br_table $B655 $B654 $B653 $B651 $B656 $B652 $B621
                        end
                        local.get $l18
                        local.get $l27
                        local.get $p6
                        i32.const 1
                        call $env.323
                        local.set $l22
                        br $B650
                        end
                        local.get $l18
                        local.get $l27
                        local.get $p6
                        call $env.498
                        local.set $l22
                        br $B650
                        end
                        local.get $l18
                        local.get $l27
                        local.get $p6
                        i32.const 0
                        call $env.698
                        local.set $l22
                        br $B650
                        end
                        local.get $l18
                        local.get $l27
                        local.get $p6
                        i32.const 1
                        call $env.698
                        local.set $l22
                        br $B650
                        end
                        local.get $p6
                        i32.const 4
                        i32.add
                        local.get $p6
                        i32.load offset=4
                        local.tee $l23
                        i32.const 2
                        i32.shl
                        i32.add
                        i32.load
                        i32.const 0
                        i32.lt_s
                        if $I657
                        i32.const 0
                        local.set $l22
                        local.get $l18
                        i32.const 5902
                        i32.const 0
                        call $env.31
                        br $B650
                        end
                        block $B658
                        local.get $l23
                        i32.const 1
                        i32.ne
                        br_if $B658
                        local.get $p6
                        i32.load offset=8
                        br_if $B658
                        local.get $l18
                        i32.const 1
                        call $env.196
                        local.set $l22
                        br $B650
                        end
                        block $B659
                        block $B660
                        local.get $l27
                        i32.load offset=4
                        local.tee $l44
                        i32.const 1
                        i32.ne
                        br_if $B660
                        local.get $l27
                        i32.load offset=8
                        local.tee $l22
                        i32.const 1
                        i32.le_u
                        if $I661
                        local.get $l18
                        local.get $l22
                        call $env.196
                        local.set $l22
                        br $B650
                        end
                        local.get $l22
                        i32.const -1
                        i32.eq
                        if $I662
                        local.get $l18
                        i32.const 1
                        local.get $p6
                        i32.load offset=8
                        i32.const 1
                        i32.shl
                        i32.const 2
                        i32.and
                        i32.sub
                        call $env.196
                        local.set $l22
                        br $B650
                        end
                        local.get $l22
                        local.get $l22
                        i32.const 31
                        i32.shr_s
                        local.tee $l31
                        i32.xor
                        local.get $l31
                        i32.sub
                        local.tee $l31
                        local.get $l31
                        i32.const 1
                        i32.sub
                        i32.and
                        br_if $B660
                        local.get $l23
                        i32.const 1
                        i32.gt_u
                        br_if $B659
                        local.get $p6
                        i32.load offset=8
                        local.tee $p6
                        i32.const 0
                        i32.lt_s
                        br_if $B659
                        local.get $p6
                        i64.extend_i32_u
                        local.get $l31
                        i32.clz
                        i32.const 31
                        i32.xor
                        i64.extend_i32_u
                        i64.mul
                        local.tee $l9
                        i64.const 1048576
                        i64.gt_u
                        br_if $B659
                        local.get $l18
                        local.get $l9
                        i32.wrap_i64
                        local.tee $l23
                        local.get $p6
                        local.get $l22
                        i32.const 31
                        i32.shr_u
                        i32.and
                        local.tee $l27
                        i32.sub
                        i32.const 33
                        i32.add
                        i32.const 5
                        i32.shr_u
                        call $env.70
                        local.tee $l22
                        i32.eqz
                        if $I663
                        i32.const 0
                        local.set $l22
                        br $B650
                        end
                        local.get $l22
                        i32.const 8
                        i32.add
                        local.set $p6
                        local.get $l22
                        i32.load offset=4
                        i32.const 2
                        i32.shl
                        local.tee $l31
                        if $I664
                        local.get $p6
                        i32.const 0
                        local.get $l31
                        memory.fill
                        end
                        local.get $p6
                        local.get $l23
                        i32.const 3
                        i32.shr_u
                        i32.const 536870908
                        i32.and
                        i32.add
                        i32.const 1
                        local.get $l27
                        i32.const 1
                        i32.shl
                        i32.sub
                        local.get $l23
                        i32.shl
                        i32.store
                        br $B650
                        end
                        local.get $l23
                        i32.const 1
                        i32.gt_u
                        br_if $B659
                        i32.const 0
                        local.set $l22
                        local.get $p6
                        i32.load offset=8
                        local.tee $l36
                        i32.const 0
                        i32.lt_s
                        br_if $B659
                        local.get $l18
                        local.get $l44
                        call $env.70
                        local.tee $p6
                        i32.eqz
                        br_if $B650
                        local.get $l27
                        i32.load offset=4
                        i32.const 2
                        i32.shl
                        local.tee $l22
                        if $I665
                        local.get $p6
                        i32.const 8
                        i32.add
                        local.get $l27
                        i32.const 8
                        i32.add
                        local.get $l22
                        memory.copy
                        end
                        i32.const 30
                        local.get $l36
                        i32.clz
                        i32.sub
                        local.set $l31
                        loop $L666
                        local.get $l31
                        i32.const 0
                        i32.lt_s
                        if $I667
                        local.get $p6
                        local.set $l22
                        br $B650
                        end
                        i32.const 0
                        local.set $l22
                        local.get $l18
                        local.get $p6
                        local.get $p6
                        call $env.498
                        local.tee $l23
                        i32.eqz
                        br_if $B650
                        local.get $l18
                        i32.load offset=16
                        local.tee $l44
                        i32.const 16
                        i32.add
                        local.get $p6
                        local.get $l44
                        i32.load offset=4
                        call_indirect $T0 (type $t7)
                        block $B668
                        local.get $l36
                        local.get $l31
                        i32.shr_u
                        i32.const 1
                        i32.and
                        i32.eqz
                        if $I669
                        local.get $l23
                        local.set $p6
                        br $B668
                        end
                        local.get $l18
                        local.get $l23
                        local.get $l27
                        call $env.498
                        local.tee $p6
                        i32.eqz
                        br_if $B650
                        local.get $l18
                        i32.load offset=16
                        local.tee $l22
                        i32.const 16
                        i32.add
                        local.get $l23
                        local.get $l22
                        i32.load offset=4
                        call_indirect $T0 (type $t7)
                        end
                        local.get $l31
                        i32.const 1
                        i32.sub
                        local.set $l31
                        br $L666
                        end
                        unreachable
                        end
                        i32.const 0
                        local.set $l22
                        local.get $l18
                        i32.const 15870
                        i32.const 0
                        call $env.31
                        br $B650
                        end
                        local.get $l18
                        local.get $l27
                        local.get $p6
                        i32.const 0
                        call $env.323
                        local.set $l22
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l18
                        local.get $l8
                        call $env.0
                        local.get $l22
                        i32.eqz
                        br_if $B610
                        local.get $l26
                        local.get $l18
                        local.get $l22
                        call $env.175
                        i64.store
                        br $B612
                        end
                        local.get $l18
                        local.get $l20
                        i32.const 40
                        i32.add
                        local.get $l7
                        call $env.85
                        br_if $B611
                        local.get $l18
                        local.get $l20
                        i32.const 32
                        i32.add
                        local.get $l8
                        call $env.85
                        br_if $B610
                        end
                        block $B670
                        block $B671
                        block $B672
                        block $B673
                        local.get $l22
                        i32.const 152
                        i32.sub
                        br_table $B673 $B672 $B671 $B621 $B620 $B670 $B621
                        end
                        local.get $l20
                        f64.load offset=40
                        local.get $l20
                        f64.load offset=32
                        f64.mul
                        br $B619
                        end
                        local.get $l20
                        f64.load offset=40
                        local.get $l20
                        f64.load offset=32
                        f64.div
                        br $B619
                        end
                        local.get $l20
                        f64.load offset=40
                        local.get $l20
                        f64.load offset=32
                        call $env.525
                        br $B619
                        end
                        local.get $l20
                        f64.load offset=40
                        local.set $l65
                        local.get $l20
                        f64.load offset=32
                        local.tee $l66
                        i64.reinterpret_f64
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.ge_u
                        if $I674
                        f64.const nan (;=nan;)
                        local.get $l65
                        f64.abs
                        f64.const 0x1p+0 (;=1;)
                        f64.eq
                        br_if $B619
                        drop
                        end
                        local.get $l65
                        local.get $l66
                        call $env.526
                        br $B619
                        end
                        call $env.27
                        unreachable
                        end
                        local.get $l20
                        f64.load offset=40
                        local.get $l20
                        f64.load offset=32
                        f64.sub
                        end
                        local.set $l65
                        local.get $l26
                        i64.const -42949672960
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        i64.store
                        br $B612
                        end
                        i64.const -42949672960
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l65
                        i64.reinterpret_f64
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        local.set $l7
                        local.get $l26
                        local.get $l7
                        i64.store
                        br $B612
                        end
                        i64.const -42949672960
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l65
                        i64.reinterpret_f64
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        local.set $l7
                        local.get $l26
                        local.get $l7
                        i64.store
                        br $B612
                        end
                        i64.const -42949672960
                        local.get $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l65
                        i64.reinterpret_f64
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        local.set $l7
                        local.get $l26
                        local.get $l7
                        i64.store
                        end
                        i32.const 0
                        br $B609
                        end
                        local.get $l18
                        local.get $l8
                        call $env.0
                        end
                        local.get $l26
                        i64.const 12884901888
                        i64.store
                        local.get $l50
                        i64.const 12884901888
                        i64.store
                        i32.const -1
                        end
                        local.set $l60
                        local.get $l20
                        i32.const 48
                        i32.add
                        global.set $g0
                        local.get $l60
                        end
                        br_if $B10
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.set $l19
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 32
                        i64.shr_u
                        local.tee $l8
                        i32.wrap_i64
                        i32.const 8
                        i32.sub
                        local.set $l20
                        local.get $l8
                        i64.eqz
                        local.get $l20
                        i32.const -17
                        i32.lt_u
                        i32.or
                        br_if $L16
                        local.get $l7
                        i64.const 12884901887
                        i64.le_u
                        if $I675
                        local.get $p6
                        local.get $l7
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 139
                        call $env.228
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        block $B676
                        block $B677 (result f64)
                        block $B678
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 8589934592
                        i64.ge_u
                        if $I679
                        local.get $l7
                        i64.const 32
                        i64.shr_u
                        local.tee $l8
                        i64.const 2
                        i64.ne
                        br_if $B678
                        end
                        f64.const -0x0p+0 (;=-0;)
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l19
                        i32.eqz
                        br_if $B677
                        drop
                        f64.const 0x1p+31 (;=2.14748e+09;)
                        local.get $l19
                        i32.const -2147483648
                        i32.eq
                        br_if $B677
                        drop
                        local.get $p6
                        i64.const 0
                        local.get $l7
                        i64.sub
                        i64.const 4294967295
                        i64.and
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l8
                        i32.wrap_i64
                        i32.const 8
                        i32.sub
                        i32.const -18
                        i32.gt_u
                        br_if $B676
                        local.get $l7
                        i64.const 2251756864012288
                        i64.sub
                        f64.reinterpret_i64
                        end
                        local.set $l65
                        local.get $p6
                        i64.const -42949672960
                        local.get $l65
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9223372036854775807
                        i64.and
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        i64.store
                        local.get $l17
                        local.set $l19
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 138
                        call $env.228
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        local.get $l7
                        i64.const 2147483647
                        i64.eq
                        i32.or
                        i32.eqz
                        if $I680
                        local.get $p6
                        local.get $l7
                        i64.const 1
                        i64.add
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 141
                        call $env.228
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        local.get $l7
                        i64.const 2147483648
                        i64.eq
                        i32.or
                        i32.eqz
                        if $I681
                        local.get $p6
                        local.get $l7
                        i64.const 1
                        i64.sub
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 140
                        call $env.228
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        block $B682
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        local.get $l7
                        i64.const 2147483647
                        i64.eq
                        i32.or
                        i32.eqz
                        if $I683
                        local.get $l17
                        local.get $l7
                        i64.const 1
                        i64.add
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $B682
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 143
                        call $env.717
                        br_if $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        block $B684
                        local.get $l17
                        i32.const 8
                        i32.sub
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        local.get $l7
                        i64.const 2147483648
                        i64.eq
                        i32.or
                        i32.eqz
                        if $I685
                        local.get $l17
                        local.get $l7
                        i64.const 1
                        i64.sub
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $B684
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 142
                        call $env.717
                        br_if $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.add
                        local.set $l19
                        br $L16
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        local.get $l7
                        i64.const 2147483647
                        i64.eq
                        i32.or
                        i32.eqz
                        if $I686
                        local.get $p6
                        local.get $l7
                        i64.const 1
                        i64.add
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I687
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $l7
                        i64.store offset=80
                        local.get $l18
                        local.get $l46
                        i32.const 141
                        call $env.228
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        local.get $l24
                        i64.load offset=80
                        call $env.14
                        br $L16
                        end
                        local.get $p6
                        i32.const 2
                        i32.add
                        local.set $l21
                        local.get $l29
                        local.get $p6
                        i32.load8_u offset=1
                        i32.const 3
                        i32.shl
                        i32.add
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.gt_u
                        local.get $l7
                        i64.const 2147483648
                        i64.eq
                        i32.or
                        i32.eqz
                        if $I688
                        local.get $p6
                        local.get $l7
                        i64.const 1
                        i64.sub
                        i64.const 4294967295
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l7
                        i64.const -38654705664
                        i64.ge_u
                        if $I689
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l20
                        local.get $l20
                        i32.load
                        i32.const 1
                        i32.add
                        i32.store
                        end
                        local.get $l24
                        local.get $l7
                        i64.store offset=80
                        local.get $l18
                        local.get $l46
                        i32.const 140
                        call $env.228
                        br_if $B10
                        local.get $l18
                        local.get $p6
                        local.get $l24
                        i64.load offset=80
                        call $env.14
                        br $L16
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        i64.const 4294967295
                        i64.le_u
                        if $I690
                        local.get $p6
                        local.get $l7
                        i64.const 4294967295
                        i64.xor
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        global.get $g0
                        i32.const 16
                        i32.sub
                        local.tee $l22
                        global.set $g0
                        block $B691 (result i32)
                        block $B692 (result i32)
                        block $B693
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        call $env.91
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B693
                        block $B694
                        block $B695
                        local.get $l7
                        i64.const 32
                        i64.shr_u
                        local.tee $l8
                        i64.const 4294967287
                        i64.ne
                        if $I696
                        local.get $l8
                        i32.wrap_i64
                        i32.const 7
                        i32.ne
                        br_if $B695
                        local.get $p6
                        local.get $l7
                        i64.const 4294967295
                        i64.and
                        i64.const 34359738367
                        i64.xor
                        i64.store
                        i32.const 0
                        br $B692
                        end
                        local.get $l18
                        local.get $l7
                        i32.wrap_i64
                        local.tee $l23
                        i32.load offset=4
                        call $env.70
                        local.tee $l26
                        i32.eqz
                        br_if $B694
                        local.get $l26
                        i32.const 8
                        i32.add
                        local.set $l27
                        local.get $l23
                        i32.const 8
                        i32.add
                        local.set $l31
                        i32.const 0
                        local.set $l20
                        loop $L697
                        local.get $l23
                        i32.load offset=4
                        local.get $l20
                        i32.gt_u
                        if $I698
                        local.get $l27
                        local.get $l20
                        i32.const 2
                        i32.shl
                        local.tee $l36
                        i32.add
                        local.get $l31
                        local.get $l36
                        i32.add
                        i32.load
                        i32.const -1
                        i32.xor
                        i32.store
                        local.get $l20
                        i32.const 1
                        i32.add
                        local.set $l20
                        br $L697
                        end
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $p6
                        local.get $l18
                        local.get $l26
                        call $env.175
                        i64.store
                        i32.const 0
                        br $B692
                        end
                        local.get $l18
                        local.get $l22
                        i32.const 12
                        i32.add
                        local.get $l7
                        call $env.139
                        br_if $B693
                        local.get $p6
                        local.get $l22
                        i64.load32_u offset=12
                        i64.const 4294967295
                        i64.xor
                        i64.store
                        i32.const 0
                        br $B692
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        end
                        local.get $p6
                        i64.const 12884901888
                        i64.store
                        i32.const -1
                        end
                        local.set $l61
                        local.get $l22
                        i32.const 16
                        i32.add
                        global.set $g0
                        local.get $l61
                        end
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I699
                        local.get $p6
                        local.get $l8
                        i32.wrap_i64
                        local.get $l7
                        i32.wrap_i64
                        i32.shl
                        i64.extend_i32_u
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 158
                        call $env.314
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I700
                        local.get $p6
                        block $B701 (result i64)
                        local.get $l8
                        i32.wrap_i64
                        local.get $l7
                        i32.wrap_i64
                        i32.shr_u
                        local.tee $p6
                        i32.const 0
                        i32.ge_s
                        if $I702
                        local.get $p6
                        i64.extend_i32_u
                        br $B701
                        end
                        i64.const -42949672960
                        local.get $p6
                        f64.convert_i32_u
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        global.get $g0
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        global.set $g0
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l22
                        i64.load
                        local.set $l7
                        block $B703 (result i32)
                        block $B704 (result i32)
                        block $B705
                        block $B706
                        local.get $l18
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $l20
                        i64.load
                        call $env.91
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B706
                        local.get $l18
                        local.get $l7
                        call $env.91
                        local.tee $l7
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        if $I707
                        local.get $l8
                        local.set $l7
                        br $B706
                        end
                        block $B708
                        local.get $l8
                        i64.const 32
                        i64.shr_u
                        local.tee $l9
                        i64.const 4294967287
                        i64.eq
                        local.get $l9
                        i32.wrap_i64
                        i32.const 7
                        i32.eq
                        i32.or
                        br_if $B708
                        local.get $l7
                        i64.const 32
                        i64.shr_u
                        local.tee $l9
                        i64.const 7
                        i64.eq
                        br_if $B708
                        local.get $l9
                        i32.wrap_i64
                        i32.const -9
                        i32.ne
                        br_if $B705
                        end
                        local.get $l18
                        i32.const 21379
                        i32.const 0
                        call $env.3
                        local.get $l18
                        local.get $l8
                        call $env.0
                        end
                        local.get $l18
                        local.get $l7
                        call $env.0
                        local.get $l20
                        i64.const 12884901888
                        i64.store
                        local.get $l22
                        i64.const 12884901888
                        i64.store
                        i32.const -1
                        br $B704
                        end
                        local.get $l18
                        local.get $p6
                        i32.const 12
                        i32.add
                        local.get $l8
                        call $env.139
                        drop
                        local.get $l18
                        local.get $p6
                        i32.const 8
                        i32.add
                        local.get $l7
                        call $env.139
                        drop
                        local.get $l20
                        block $B709 (result i64)
                        local.get $p6
                        i32.load offset=12
                        local.get $p6
                        i32.load offset=8
                        i32.shr_u
                        local.tee $l20
                        i32.const 0
                        i32.ge_s
                        if $I710
                        local.get $l20
                        i64.extend_i32_u
                        br $B709
                        end
                        i64.const -42949672960
                        local.get $l20
                        f64.convert_i32_u
                        i64.reinterpret_f64
                        local.tee $l7
                        i64.const 9221120279990763520
                        i64.sub
                        local.get $l7
                        i64.const 9218868437227405312
                        i64.gt_u
                        select
                        end
                        i64.store
                        i32.const 0
                        end
                        local.set $l62
                        local.get $p6
                        i32.const 16
                        i32.add
                        global.set $g0
                        local.get $l62
                        end
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I711
                        local.get $p6
                        local.get $l8
                        i32.wrap_i64
                        local.get $l7
                        i32.wrap_i64
                        i32.shr_s
                        i64.extend_i32_u
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 159
                        call $env.314
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I712
                        local.get $p6
                        local.get $l7
                        local.get $l8
                        i64.and
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 171
                        call $env.314
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        i64.or
                        local.tee $l7
                        i64.const 4294967295
                        i64.le_u
                        if $I713
                        local.get $p6
                        local.get $l7
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 173
                        call $env.314
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I714
                        local.get $p6
                        local.get $l7
                        local.get $l8
                        i64.xor
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 172
                        call $env.314
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I715
                        local.get $p6
                        local.get $l8
                        i32.wrap_i64
                        local.get $l7
                        i32.wrap_i64
                        i32.lt_s
                        i64.extend_i32_u
                        i64.const 4294967296
                        i64.or
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 161
                        call $env.402
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I716
                        local.get $p6
                        local.get $l8
                        i32.wrap_i64
                        local.get $l7
                        i32.wrap_i64
                        i32.le_s
                        i64.extend_i32_u
                        i64.const 4294967296
                        i64.or
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 162
                        call $env.402
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        local.get $l17
                        i32.const 16
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l8
                        i64.or
                        i64.const 4294967295
                        i64.le_u
                        if $I717
                        local.get $p6
                        local.get $l8
                        i32.wrap_i64
                        local.get $l7
                        i32.wrap_i64
                        i32.gt_s
                        i64.extend_i32_u
                        i64.const 4294967296
                        i64.or
                        i64.store
                        br $L16
                        end
                        local.get $l25
                        local.get $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 163
                        call $env.402
                        i32.eqz
                        br_if $L16
                        br $B10
                        end
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $l19
                        i64.load
                        local.tee $l7
                        unreachable
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        local.get $l18
                        br_if $B68
                        end
                        end
                        end
                        end
                        end
                        end
                        block $B718 (result i32)
                        local.get $p6
                        i32.load8_u offset=9
                        local.set $l63
                        local.get $p6
                        i32.load offset=5 align=1
                        local.set $l26
                        local.get $p6
                        i32.load offset=1 align=1
                        local.set $l20
                        local.get $l25
                        local.get $p6
                        i32.const 10
                        i32.add
                        local.tee $l21
                        i32.store offset=28
                        local.get $l18
                        local.get $l17
                        i32.const 8
                        i32.sub
                        local.tee $p6
                        i64.load
                        local.tee $l7
                        local.get $l20
                        call $env.56
                        local.tee $l27
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        local.get $l27
                        i32.eqz
                        br_if $B61
                        local.get $l63
                        end
                        if $I719
                        i32.const 0
                        local.set $l23
                        local.get $l18
                        local.get $l7
                        i32.const 236
                        local.get $l7
                        i32.const 0
                        call $env.5
                        local.tee $l8
                        i64.const -4294967296
                        i64.and
                        i64.const 25769803776
                        i64.eq
                        br_if $B10
                        local.get $l8
                        i64.const -4294967296
                        i64.ge_u
                        if $I720
                        local.get $l18
                        local.get $l18
                        local.get $l8
                        local.get $l20
                        local.get $l8
                        i32.const 0
                        call $env.5
                        call $env.26
                        local.set $l23
                        end
                        local.get $l18
                        local.get $l8
                        call $env.0
                        local.get $l23
                        i32.const 0
                        i32.lt_s
                        br_if $B10
                        local.get $l23
                        br_if $B61
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        i64.const -42949672960
                        end
                        local.set $l7
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        local.get $l7
                        local.set $l9
                        end
                        i64.const 12884901888
                        local.set $l11
                        end
                        end
                        i64.const 12884901888
                        local.set $l13
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        i64.const 12884901888
                        local.set $l7
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                        end
                      end
                    end
                  end
                end
                local.get $l28
                if $I721
                  local.get $l33
                  local.get $l28
                  local.get $l25
                  call $env.713
                end
                loop $L722 (result i64)
                  local.get $l17
                  local.get $l34
                  i32.le_u
                  if $I723 (result i64)
                    local.get $l8
                  else
                    local.get $l18
                    local.get $l34
                    i64.load
                    call $env.0
                    local.get $l34
                    i32.const 8
                    i32.add
                    local.set $l34
                    br $L722
                  end
                end
                local.set $l7
              end
            end
            local.get $l19
            local.set $l17
          end
        end
      end
      unreachable
    end)
  (table $T0 471 funcref)
  (global $g0 (mut i32) (i32.const 5333088)))
