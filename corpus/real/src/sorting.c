// Sorting and statistics: quicksort (median of three, insertion sort for
// short runs), bottom-up merge sort, heapsort and radix sort on integers;
// a NaN-aware total order for doubles and float statistics (mean,
// variance, median, percentiles) on top.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum { MAX = 4096 };
static int32_t ints[MAX], scratch[MAX];
static double reals[MAX];

static void insertion_sort(int32_t* a, int32_t n) {
  for (int32_t i = 1; i < n; ++i) {
    int32_t v = a[i], j = i - 1;
    while (j >= 0 && a[j] > v) a[j + 1] = a[j], --j;
    a[j + 1] = v;
  }
}

static void quicksort(int32_t* a, int32_t n) {
  while (n > 16) {
    int32_t m = n / 2, last = n - 1;
    if (a[m] < a[0]) { int32_t t = a[m]; a[m] = a[0]; a[0] = t; }
    if (a[last] < a[0]) { int32_t t = a[last]; a[last] = a[0]; a[0] = t; }
    if (a[last] < a[m]) { int32_t t = a[last]; a[last] = a[m]; a[m] = t; }
    int32_t pivot = a[m], i = 0, j = last;
    for (;;) {
      while (a[i] < pivot) ++i;
      while (a[j] > pivot) --j;
      if (i >= j) break;
      int32_t t = a[i]; a[i] = a[j]; a[j] = t;
      ++i, --j;
    }
    // Recurse into the smaller side, loop on the larger: O(log n) stack.
    if (j + 1 < n - j - 1) quicksort(a, j + 1), a += j + 1, n -= j + 1;
    else quicksort(a + j + 1, n - j - 1), n = j + 1;
  }
  insertion_sort(a, n);
}

static void merge_sort(int32_t* a, int32_t n) {
  for (int32_t width = 1; width < n; width *= 2) {
    for (int32_t lo = 0; lo < n; lo += 2 * width) {
      int32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      int32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) scratch[k++] = a[i] <= a[j] ? a[i++] : a[j++];
      while (i < mid) scratch[k++] = a[i++];
      while (j < hi) scratch[k++] = a[j++];
    }
    memcpy(a, scratch, (size_t)n * sizeof *a);
  }
}

static void sift_down(int32_t* a, int32_t root, int32_t n) {
  for (;;) {
    int32_t child = 2 * root + 1;
    if (child >= n) return;
    if (child + 1 < n && a[child + 1] > a[child]) ++child;
    if (a[root] >= a[child]) return;
    int32_t t = a[root]; a[root] = a[child]; a[child] = t;
    root = child;
  }
}

static void heap_sort(int32_t* a, int32_t n) {
  for (int32_t i = n / 2 - 1; i >= 0; --i) sift_down(a, i, n);
  for (int32_t end = n - 1; end > 0; --end) {
    int32_t t = a[0]; a[0] = a[end]; a[end] = t;
    sift_down(a, 0, end);
  }
}

// LSD radix sort on the bits with the sign flipped, 8 bits per pass.
static void radix_sort(int32_t* a, int32_t n) {
  uint32_t* u = (uint32_t*)a;
  uint32_t* tmp = (uint32_t*)scratch;
  for (int shift = 0; shift < 32; shift += 8) {
    uint32_t count[257] = {0};
    for (int32_t i = 0; i < n; ++i) ++count[(((u[i] ^ 0x80000000u) >> shift) & 255) + 1];
    for (int b = 0; b < 256; ++b) count[b + 1] += count[b];
    for (int32_t i = 0; i < n; ++i) tmp[count[((u[i] ^ 0x80000000u) >> shift) & 255]++] = u[i];
    memcpy(u, tmp, (size_t)n * sizeof *u);
  }
}

static int is_sorted(const int32_t* a, int32_t n) {
  for (int32_t i = 1; i < n; ++i) if (a[i - 1] > a[i]) return 0;
  return 1;
}

// Sorts `n` values made from `seed` with algorithm `which` (0-3); returns
// a checksum of the sorted array, or -1 when it is not sorted.
EXPORT(sort_ints) int32_t sort_ints(uint32_t seed, int32_t n, int32_t which, int32_t modulus) {
  if (n < 0 || n > MAX) n = MAX;
  for (int32_t i = 0; i < n; ++i) {
    int32_t v = (int32_t)seed_next(&seed);
    ints[i] = modulus > 0 ? v % modulus : v;
  }
  switch (which & 3) {
    case 0: quicksort(ints, n); break;
    case 1: merge_sort(ints, n); break;
    case 2: heap_sort(ints, n); break;
    default: radix_sort(ints, n); break;
  }
  if (!is_sorted(ints, n)) return -1;
  uint32_t h = 0;
  for (int32_t i = 0; i < n; ++i) h = h * 31 + (uint32_t)ints[i];
  return (int32_t)(h & 0x7fffffff);
}

// Total order: -NaN < -inf < ... < -0 < +0 < ... < +inf < +NaN, by bits.
static int64_t total_key(double d) {
  int64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return bits < 0 ? bits ^ INT64_MAX : bits;
}
static int compare_total(const void* a, const void* b) {
  int64_t x = total_key(*(const double*)a), y = total_key(*(const double*)b);
  return (x > y) - (x < y);
}

static double percentile(const double* sorted, int32_t n, double p) {
  if (n == 0) return NAN;
  double rank = p * (n - 1);
  int32_t lo = (int32_t)floor(rank);
  double frac = rank - lo;
  return lo + 1 < n ? sorted[lo] * (1 - frac) + sorted[lo + 1] * frac : sorted[lo];
}

// Statistics of `n` doubles from `seed` (scaled by `scale`, some of them
// special: NaN, infinities, -0.0 when `specials`): selects mean (0),
// variance (1), median (2), the 90th percentile (3) or the geometric
// mean of the magnitudes (4).
EXPORT(float_stats) double float_stats(uint32_t seed, int32_t n, double scale, int32_t which, int32_t specials) {
  if (n <= 0 || n > MAX) n = MAX;
  for (int32_t i = 0; i < n; ++i) {
    uint32_t r = seed_next(&seed);
    double v = ((double)(int32_t)r / 2147483648.0) * scale;
    if (specials && r % 97 == 0) v = (r >> 8) % 3 == 0 ? NAN : (r >> 8) % 3 == 1 ? INFINITY : -0.0;
    reals[i] = v;
  }
  qsort(reals, (size_t)n, sizeof *reals, compare_total);
  double sum = 0, sumsq = 0, logs = 0;
  for (int32_t i = 0; i < n; ++i) {
    sum += reals[i];
    sumsq += reals[i] * reals[i];
    logs += log(fabs(reals[i]) + 1e-300);
  }
  double mean = sum / n;
  switch (which) {
    case 0: return mean;
    case 1: return n > 1 ? (sumsq - n * mean * mean) / (n - 1) : 0;
    case 2: return percentile(reals, n, 0.5);
    case 3: return percentile(reals, n, 0.9);
    default: return exp(logs / n);
  }
}

EXPORT(float_round) int64_t float_round(double x, int32_t mode) {
  switch (mode & 3) {
    case 0: return (int64_t)floor(x);
    case 1: return (int64_t)ceil(x);
    case 2: return (int64_t)trunc(x);
    default: return (int64_t)nearbyint(x);
  }
}

EXPORT(float_hypot) float float_hypot(float a, float b) { return sqrtf(a * a + b * b) + fminf(a, b) * copysignf(1.0f, b); }
