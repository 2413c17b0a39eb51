// A freestanding C program (no libc) built with clang --target=wasm32: code
// from a real toolchain, with an import tandem does not know (log_value),
// exported memory, a function table (qsort-style callback) and floats.
typedef unsigned int u32;
typedef unsigned long long u64;
extern void log_value(int tag, long long v);

static u32 table[256];
static void crc_init(void) {
  for (u32 i = 0; i < 256; i++) {
    u32 c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
}
__attribute__((export_name("crc32")))
u32 crc32(const unsigned char* p, u32 n) {
  if (!table[1]) crc_init();
  u32 c = 0xFFFFFFFFu;
  for (u32 i = 0; i < n; i++) c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}
__attribute__((export_name("fib")))
u64 fib(int n) { u64 a = 0, b = 1; for (int i = 0; i < n; i++) { u64 t = a + b; a = b; b = t; } log_value(n, (long long)a); return a; }
__attribute__((export_name("fsum")))
double fsum(double x, int n) {
  if (n > 4096) n = 4096;  // edge-value arguments include INT_MAX
  double s = 0; for (int i = 1; i <= n; i++) s += x / i; return s; }
static int cmp_int(const void* a, const void* b) { return *(const int*)a - *(const int*)b; }
typedef int (*cmp_fn)(const void*, const void*);
static void isort(int* v, int n, cmp_fn cmp) {
  for (int i = 1; i < n; i++) { int x = v[i], j = i - 1; while (j >= 0 && cmp(&v[j], &x) > 0) { v[j + 1] = v[j]; j--; } v[j + 1] = x; }
}
static int buf[64];
__attribute__((export_name("sort_checksum")))
int sort_checksum(int seed) {
  for (int i = 0; i < 64; i++) { seed = seed * 1103515245 + 12345; buf[i] = (seed >> 8) & 0xffff; }
  volatile cmp_fn f = cmp_int;
  isort(buf, 64, f);
  int h = 0; for (int i = 0; i < 64; i++) h = h * 31 + buf[i];
  return h;
}
__attribute__((export_name("fconv")))
int fconv(float f) { return (int)(f * 3.5f) + (int)__builtin_sqrtf(f < 0 ? -f : f); }
