// Arbitrary-precision unsigned integers in 32-bit limbs (little-endian):
// add, subtract, multiply (schoolbook), divide by a small number, compare,
// shifts, and conversion to decimal; factorials and Fibonacci numbers on top.
#include <string.h>

#include "common.h"

enum { LIMBS = 160 };

typedef struct { uint32_t d[LIMBS]; int32_t n; } Big;  // n: limbs in use, no leading zeros

static void big_norm(Big* a) { while (a->n > 0 && a->d[a->n - 1] == 0) --a->n; }
static void big_set(Big* a, uint64_t v) {
  a->d[0] = (uint32_t)v, a->d[1] = (uint32_t)(v >> 32), a->n = 2;
  big_norm(a);
}

static int big_cmp(const Big* a, const Big* b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (int32_t i = a->n - 1; i >= 0; --i)
    if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
  return 0;
}

// r = a + b (r may alias either); returns the carry out of LIMBS.
static uint32_t big_add(Big* r, const Big* a, const Big* b) {
  int32_t n = a->n > b->n ? a->n : b->n;
  uint64_t carry = 0;
  for (int32_t i = 0; i < n; ++i) {
    carry += (uint64_t)(i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
    r->d[i] = (uint32_t)carry;
    carry >>= 32;
  }
  r->n = n;
  if (carry && n < LIMBS) r->d[r->n++] = (uint32_t)carry, carry = 0;
  return (uint32_t)carry;
}

// r = a - b for a >= b.
static void big_sub(Big* r, const Big* a, const Big* b) {
  int64_t borrow = 0;
  for (int32_t i = 0; i < a->n; ++i) {
    int64_t v = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
    borrow = v < 0;
    r->d[i] = (uint32_t)(v + (borrow << 32));
  }
  r->n = a->n;
  big_norm(r);
}

static void big_mul(Big* r, const Big* a, const Big* b) {
  Big t;
  memset(t.d, 0, sizeof t.d);
  for (int32_t i = 0; i < a->n; ++i) {
    uint64_t carry = 0;
    for (int32_t j = 0; j < b->n && i + j < LIMBS; ++j) {
      carry += (uint64_t)a->d[i] * b->d[j] + t.d[i + j];
      t.d[i + j] = (uint32_t)carry;
      carry >>= 32;
    }
    if (i + b->n < LIMBS) t.d[i + b->n] = (uint32_t)carry;
  }
  t.n = a->n + b->n < LIMBS ? a->n + b->n : LIMBS;
  big_norm(&t);
  *r = t;
}

// a /= d; returns the remainder.
static uint32_t big_divsmall(Big* a, uint32_t d) {
  uint64_t rem = 0;
  for (int32_t i = a->n - 1; i >= 0; --i) {
    uint64_t cur = rem << 32 | a->d[i];
    a->d[i] = (uint32_t)(cur / d);
    rem = cur % d;
  }
  big_norm(a);
  return (uint32_t)rem;
}

static void big_shl(Big* a, uint32_t bits) {
  uint32_t limbs = bits / 32, s = bits % 32;
  if (a->n == 0) return;
  int32_t n = a->n + (int32_t)limbs + 1;
  if (n > LIMBS) n = LIMBS;
  for (int32_t i = n - 1; i >= 0; --i) {
    int32_t src = i - (int32_t)limbs;
    uint32_t hi = src >= 0 && src < a->n ? a->d[src] : 0;
    uint32_t lo = src - 1 >= 0 && src - 1 < a->n ? a->d[src - 1] : 0;
    a->d[i] = s ? hi << s | lo >> (32 - s) : hi;
  }
  a->n = n;
  big_norm(a);
}

static char decimal[LIMBS * 10 + 2];

// Decimal digits of `a` into `decimal`; returns their count.
static int32_t big_to_decimal(const Big* a) {
  Big t = *a;
  char tmp[LIMBS * 10 + 2];
  int32_t n = 0;
  do {
    uint32_t chunk = big_divsmall(&t, 1000000000u);
    for (int k = 0; k < 9; ++k) {
      tmp[n++] = (char)('0' + chunk % 10);
      chunk /= 10;
      if (t.n == 0 && chunk == 0) break;
    }
  } while (t.n > 0);
  for (int32_t i = 0; i < n; ++i) decimal[i] = tmp[n - 1 - i];
  decimal[n] = 0;
  return n;
}

static uint32_t digest(const char* s, int32_t n) {
  uint32_t h = 2166136261u;
  for (int32_t i = 0; i < n; ++i) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

// n! in decimal: returns (digit count << 16) ^ a hash of the digits.
EXPORT(big_factorial) uint32_t big_factorial(int32_t n) {
  Big acc, k;
  big_set(&acc, 1);
  if (n > 300) n = 300;
  for (int32_t i = 2; i <= n; ++i) {
    big_set(&k, (uint64_t)i);
    big_mul(&acc, &acc, &k);
  }
  int32_t digits = big_to_decimal(&acc);
  return (uint32_t)digits << 16 ^ digest(decimal, digits);
}

// F(n) by repeated addition; returns its low 64 bits.
EXPORT(big_fib) uint64_t big_fib(int32_t n) {
  Big a, b, t;
  big_set(&a, 0), big_set(&b, 1);
  for (int32_t i = 0; i < n && i < 4000; ++i) {
    if (big_add(&t, &a, &b)) break;
    a = b, b = t;
  }
  return (uint64_t)(a.n > 1 ? a.d[1] : 0) << 32 | (a.n > 0 ? a.d[0] : 0);
}

// (x * 2^s + y) - y == x * 2^s, and (x * y) / y == x for small y; 1 if all hold.
EXPORT(big_selftest) int32_t big_selftest(uint64_t x, uint32_t y, uint32_t s) {
  Big a, b, c, d;
  big_set(&a, x);
  big_shl(&a, s % 2048);
  big_set(&b, y);
  big_add(&c, &a, &b);
  if (big_cmp(&c, &a) < 0) return 0;
  big_sub(&d, &c, &b);
  if (big_cmp(&d, &a) != 0) return -1;
  if (y == 0) return 1;
  big_mul(&c, &a, &b);
  uint32_t rem = big_divsmall(&c, y);
  return rem == 0 && big_cmp(&c, &a) == 0 ? 1 : -2;
}

EXPORT(big_pow_digits) int32_t big_pow_digits(uint32_t base, int32_t exp) {
  Big acc, b;
  big_set(&acc, 1), big_set(&b, base);
  for (int32_t i = 0; i < exp && i < 1000 && acc.n < LIMBS - 2; ++i) big_mul(&acc, &acc, &b);
  return big_to_decimal(&acc);
}
