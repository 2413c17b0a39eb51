// Codecs: base64 (encode, strict decode), UTF-8 (validate, decode to code
// points, encode back), CRC-32 (table-driven) and Adler-32.
#include <string.h>

#include "common.h"

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

EXPORT(b64_encode) int32_t b64_encode(const uint8_t* in, int32_t n, char* out) {
  int32_t o = 0, i = 0;
  for (; i + 2 < n; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    out[o++] = kB64[v >> 18];
    out[o++] = kB64[(v >> 12) & 63];
    out[o++] = kB64[(v >> 6) & 63];
    out[o++] = kB64[v & 63];
  }
  if (i < n) {
    uint32_t v = (uint32_t)in[i] << 16 | (i + 1 < n ? (uint32_t)in[i + 1] << 8 : 0);
    out[o++] = kB64[v >> 18];
    out[o++] = kB64[(v >> 12) & 63];
    out[o++] = i + 1 < n ? kB64[(v >> 6) & 63] : '=';
    out[o++] = '=';
  }
  return o;
}

static int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Returns the decoded length, or -1 for input that is not canonical base64.
EXPORT(b64_decode) int32_t b64_decode(const char* in, int32_t n, uint8_t* out) {
  if (n % 4) return -1;
  int32_t o = 0;
  for (int32_t i = 0; i < n; i += 4) {
    int a = b64_value(in[i]), b = b64_value(in[i + 1]);
    int pad = (in[i + 3] == '=') + (in[i + 2] == '=');
    if (a < 0 || b < 0 || (pad && i + 4 != n)) return -1;
    int c = pad == 2 ? 0 : b64_value(in[i + 2]);
    int d = pad ? 0 : b64_value(in[i + 3]);
    if (c < 0 || d < 0) return -1;
    uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | (uint32_t)d;
    out[o++] = (uint8_t)(v >> 16);
    if (pad < 2) out[o++] = (uint8_t)(v >> 8);
    if (pad < 1) out[o++] = (uint8_t)v;
  }
  return o;
}

// Decodes one UTF-8 sequence; returns its length, or 0 when it is invalid
// (overlong, surrogate, past U+10FFFF, truncated).
static int utf8_decode1(const uint8_t* s, int32_t n, uint32_t* cp) {
  if (n <= 0) return 0;
  uint8_t c = s[0];
  if (c < 0x80) { *cp = c; return 1; }
  int len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
  if (!len || len > n) return 0;
  uint32_t v = c & (0x7f >> len);
  for (int i = 1; i < len; ++i) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    v = v << 6 | (s[i] & 0x3f);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return 0;
  *cp = v;
  return len;
}

static int utf8_encode1(uint32_t cp, uint8_t* out) {
  if (cp < 0x80) { out[0] = (uint8_t)cp; return 1; }
  if (cp < 0x800) { out[0] = 0xc0 | cp >> 6; out[1] = 0x80 | (cp & 63); return 2; }
  if (cp < 0x10000) {
    out[0] = 0xe0 | cp >> 12; out[1] = 0x80 | ((cp >> 6) & 63); out[2] = 0x80 | (cp & 63);
    return 3;
  }
  out[0] = 0xf0 | cp >> 18; out[1] = 0x80 | ((cp >> 12) & 63);
  out[2] = 0x80 | ((cp >> 6) & 63); out[3] = 0x80 | (cp & 63);
  return 4;
}

// Number of code points, or -(offset + 1) of the first invalid sequence.
EXPORT(utf8_count) int32_t utf8_count(const uint8_t* s, int32_t n) {
  int32_t count = 0;
  for (int32_t i = 0; i < n;) {
    uint32_t cp;
    int len = utf8_decode1(s + i, n - i, &cp);
    if (!len) return -(i + 1);
    i += len;
    ++count;
  }
  return count;
}

static uint32_t crc_table[256];
static int crc_ready;

EXPORT(crc32) uint32_t crc32(const uint8_t* p, int32_t n) {
  if (!crc_ready) {
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_table[i] = c;
    }
    crc_ready = 1;
  }
  uint32_t c = 0xffffffffu;
  for (int32_t i = 0; i < n; ++i) c = crc_table[(c ^ p[i]) & 0xff] ^ (c >> 8);
  return c ^ 0xffffffffu;
}

EXPORT(adler32) uint32_t adler32(const uint8_t* p, int32_t n) {
  uint32_t a = 1, b = 0;
  for (int32_t i = 0; i < n; ++i) {
    a = (a + p[i]) % 65521;
    b = (b + a) % 65521;
  }
  return b << 16 | a;
}

static uint8_t buf_a[1024], buf_b[1400], buf_c[1024];

// Round trips of `len` bytes made from `seed` through every codec; returns a
// checksum of the results (0x8000000x on a failed round trip).
EXPORT(codecs_selftest) uint32_t codecs_selftest(uint32_t seed, int32_t len) {
  if (len < 0 || len > 1000) len = 1000;
  for (int32_t i = 0; i < len; ++i) buf_a[i] = (uint8_t)seed_next(&seed);
  int32_t enc = b64_encode(buf_a, len, (char*)buf_b);
  int32_t dec = b64_decode((const char*)buf_b, enc, buf_c);
  if (dec != len || memcmp(buf_a, buf_c, len) != 0) return 0x80000001u;
  // Code points from the bytes, encoded and counted back.
  int32_t o = 0, cps = 0;
  for (int32_t i = 0; i + 2 < len && o < 1000; i += 3, ++cps) {
    uint32_t cp = ((uint32_t)buf_a[i] << 16 | (uint32_t)buf_a[i + 1] << 8 | buf_a[i + 2]) % 0x110000;
    if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
    o += utf8_encode1(cp, buf_b + o);
  }
  if (utf8_count(buf_b, o) != cps) return 0x80000002u;
  return crc32(buf_a, len) ^ adler32(buf_b, o) ^ (uint32_t)utf8_count(buf_a, len);
}
