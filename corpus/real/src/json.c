// A JSON parser: a recursive-descent reader into a flat node array
// (objects, arrays, strings with escapes and \u surrogate pairs, numbers
// parsed to double), with queries over the result and a re-serializer.
#include <string.h>

#include "common.h"

typedef enum { J_NULL, J_FALSE, J_TRUE, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT } Kind;

typedef struct {
  Kind kind;
  int32_t first_child, next_sibling;  // -1 when none
  int32_t str_start, str_len;         // into `strings` for strings and keys
  double number;
} Node;

enum { MAX_NODES = 1024, MAX_STRINGS = 8192, MAX_DEPTH = 64 };

static Node nodes[MAX_NODES];
static int32_t nnodes;
static char strings[MAX_STRINGS];
static int32_t nstrings;

typedef struct { const char* p; const char* end; int depth; int error; } Parser;

static void skip_ws(Parser* ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t')) ++ps->p;
}

static int32_t new_node(Parser* ps, Kind k) {
  if (nnodes >= MAX_NODES) { ps->error = 1; return -1; }
  Node* n = &nodes[nnodes];
  n->kind = k, n->first_child = n->next_sibling = -1, n->str_start = n->str_len = 0, n->number = 0;
  return nnodes++;
}

static int hexval(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static void put_utf8(Parser* ps, uint32_t cp) {
  char tmp[4];
  int n = cp < 0x80 ? (tmp[0] = (char)cp, 1)
        : cp < 0x800 ? (tmp[0] = (char)(0xc0 | cp >> 6), tmp[1] = (char)(0x80 | (cp & 63)), 2)
        : cp < 0x10000 ? (tmp[0] = (char)(0xe0 | cp >> 12), tmp[1] = (char)(0x80 | ((cp >> 6) & 63)), tmp[2] = (char)(0x80 | (cp & 63)), 3)
        : (tmp[0] = (char)(0xf0 | cp >> 18), tmp[1] = (char)(0x80 | ((cp >> 12) & 63)), tmp[2] = (char)(0x80 | ((cp >> 6) & 63)), tmp[3] = (char)(0x80 | (cp & 63)), 4);
  if (nstrings + n > MAX_STRINGS) { ps->error = 2; return; }
  memcpy(strings + nstrings, tmp, n);
  nstrings += n;
}

static int32_t parse_hex4(Parser* ps) {
  if (ps->end - ps->p < 4) return -1;
  int32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    int h = hexval(ps->p[i]);
    if (h < 0) return -1;
    v = v << 4 | h;
  }
  ps->p += 4;
  return v;
}

static int parse_string(Parser* ps, int32_t* start, int32_t* len) {
  ++ps->p;  // the opening quote
  *start = nstrings;
  while (ps->p < ps->end && *ps->p != '"') {
    uint8_t c = (uint8_t)*ps->p++;
    if (c < 0x20) return 0;
    if (c != '\\') {
      put_utf8(ps, c);  // bytes >= 0x80 pass through as their own code unit here
      continue;
    }
    if (ps->p >= ps->end) return 0;
    char e = *ps->p++;
    switch (e) {
      case '"': case '\\': case '/': put_utf8(ps, (uint8_t)e); break;
      case 'b': put_utf8(ps, 8); break;
      case 'f': put_utf8(ps, 12); break;
      case 'n': put_utf8(ps, 10); break;
      case 'r': put_utf8(ps, 13); break;
      case 't': put_utf8(ps, 9); break;
      case 'u': {
        int32_t u = parse_hex4(ps);
        if (u < 0) return 0;
        if (u >= 0xd800 && u <= 0xdbff && ps->end - ps->p >= 6 && ps->p[0] == '\\' && ps->p[1] == 'u') {
          ps->p += 2;
          int32_t lo = parse_hex4(ps);
          if (lo < 0xdc00 || lo > 0xdfff) return 0;
          u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
        }
        put_utf8(ps, (uint32_t)u);
        break;
      }
      default: return 0;
    }
  }
  if (ps->p >= ps->end) return 0;
  ++ps->p;
  *len = nstrings - *start;
  return !ps->error;
}

static int parse_number(Parser* ps, double* out) {
  const char* s = ps->p;
  double sign = 1, v = 0;
  if (s < ps->end && *s == '-') sign = -1, ++s;
  if (s >= ps->end || *s < '0' || *s > '9') return 0;
  if (*s == '0') ++s;
  else while (s < ps->end && *s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
  if (s < ps->end && *s == '.') {
    ++s;
    double scale = 0.1;
    if (s >= ps->end || *s < '0' || *s > '9') return 0;
    while (s < ps->end && *s >= '0' && *s <= '9') v += (*s++ - '0') * scale, scale *= 0.1;
  }
  if (s < ps->end && (*s == 'e' || *s == 'E')) {
    ++s;
    int esign = 1, e = 0;
    if (s < ps->end && (*s == '+' || *s == '-')) esign = *s++ == '-' ? -1 : 1;
    if (s >= ps->end || *s < '0' || *s > '9') return 0;
    while (s < ps->end && *s >= '0' && *s <= '9') e = e < 400 ? e * 10 + (*s++ - '0') : (++s, e);
    for (int i = 0; i < e; ++i) v = esign > 0 ? v * 10 : v / 10;
  }
  ps->p = s;
  *out = sign * v;
  return 1;
}

static int32_t parse_value(Parser* ps);

static int32_t parse_container(Parser* ps, int is_object) {
  int32_t self = new_node(ps, is_object ? J_OBJECT : J_ARRAY), last = -1;
  if (self < 0 || ++ps->depth > MAX_DEPTH) return ps->error = 3, -1;
  ++ps->p;
  skip_ws(ps);
  char close = is_object ? '}' : ']';
  if (ps->p < ps->end && *ps->p == close) return ++ps->p, --ps->depth, self;
  for (;;) {
    int32_t key_start = 0, key_len = 0;
    if (is_object) {
      skip_ws(ps);
      if (ps->p >= ps->end || *ps->p != '"' || !parse_string(ps, &key_start, &key_len)) return ps->error = 4, -1;
      skip_ws(ps);
      if (ps->p >= ps->end || *ps->p++ != ':') return ps->error = 5, -1;
    }
    int32_t child = parse_value(ps);
    if (child < 0) return -1;
    nodes[child].str_start = is_object ? key_start : nodes[child].str_start;
    if (is_object && nodes[child].kind != J_STRING) nodes[child].str_len = key_len;
    if (last < 0) nodes[self].first_child = child;
    else nodes[last].next_sibling = child;
    last = child;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ',') { ++ps->p; continue; }
    if (ps->p < ps->end && *ps->p == close) { ++ps->p; break; }
    return ps->error = 6, -1;
  }
  --ps->depth;
  return self;
}

static int32_t parse_value(Parser* ps) {
  skip_ws(ps);
  if (ps->p >= ps->end) return ps->error = 7, -1;
  char c = *ps->p;
  if (c == '{' || c == '[') return parse_container(ps, c == '{');
  if (c == '"') {
    int32_t n = new_node(ps, J_STRING), s, l;
    if (n < 0 || !parse_string(ps, &s, &l)) return ps->error = 8, -1;
    nodes[n].str_start = s, nodes[n].str_len = l;
    return n;
  }
  static const struct { const char* text; Kind kind; } kw[] = {{"null", J_NULL}, {"true", J_TRUE}, {"false", J_FALSE}};
  for (int i = 0; i < 3; ++i) {
    size_t l = strlen(kw[i].text);
    if ((size_t)(ps->end - ps->p) >= l && memcmp(ps->p, kw[i].text, l) == 0) {
      ps->p += l;
      return new_node(ps, kw[i].kind);
    }
  }
  int32_t n = new_node(ps, J_NUMBER);
  if (n < 0 || !parse_number(ps, &nodes[n].number)) return ps->error = 9, -1;
  return n;
}

// Parses `len` bytes at `text`; returns the number of nodes or -error.
EXPORT(json_parse) int32_t json_parse(const char* text, int32_t len) {
  Parser ps = {text, text + (len < 0 ? 0 : len), 0, 0};
  nnodes = nstrings = 0;
  int32_t root = parse_value(&ps);
  skip_ws(&ps);
  if (root < 0 || ps.error) return -(ps.error ? ps.error : 10);
  if (ps.p != ps.end) return -11;
  return nnodes;
}

// Sum of every number in the last parsed document, and its deepest nesting.
EXPORT(json_sum) double json_sum(void) {
  double s = 0;
  for (int32_t i = 0; i < nnodes; ++i) if (nodes[i].kind == J_NUMBER) s += nodes[i].number;
  return s;
}

static int32_t depth_of(int32_t n, int32_t d) {
  int32_t best = d;
  for (int32_t c = nodes[n].first_child; c >= 0; c = nodes[c].next_sibling) {
    int32_t cd = depth_of(c, d + 1);
    if (cd > best) best = cd;
  }
  return best;
}

EXPORT(json_depth) int32_t json_depth(void) { return nnodes ? depth_of(0, 0) : -1; }

static char doc[4096];

// Builds a document from `seed` (nested arrays and objects of numbers and
// escaped strings), parses it, returns the node count times the sum.
EXPORT(json_selftest) double json_selftest(uint32_t seed, int32_t items) {
  int32_t n = 0, open = 0;
  char stack[32];
  doc[n++] = '[';
  stack[open++] = ']';
  for (int32_t i = 0; i < items && n < 3900; ++i) {
    uint32_t r = seed_next(&seed);
    if (i) doc[n++] = ',';
    if (stack[open - 1] == '}') {
      memcpy(doc + n, "\"k\\u00e9\":", 10);
      n += 10;
    }
    switch (r % 6) {
      case 0: if (open < 30) { doc[n++] = '['; stack[open++] = ']'; } break;
      case 1: if (open < 30) { doc[n++] = '{'; stack[open++] = '}'; } break;
      case 2: memcpy(doc + n, "\"a\\n\\ud83d\\ude00\"", 18); n += 18; break;
      case 3: memcpy(doc + n, "-12.5e-1", 8); n += 8; break;
      case 4: memcpy(doc + n, "true", 4); n += 4; break;
      default: { uint32_t v = r >> 8; char d[12]; int k = 0; do d[k++] = (char)('0' + v % 10), v /= 10; while (v); while (k) doc[n++] = d[--k]; }
    }
    if (doc[n - 1] == '[' || doc[n - 1] == '{') {
      // Keep containers non-empty so commas stay valid: one number inside.
      doc[n++] = stack[open - 1] == '}' ? '"' : '7';
      if (stack[open - 1] == '}') { memcpy(doc + n, "x\":7", 4); n += 4; }
    }
    if (open > 1 && (r >> 29) == 0) doc[n++] = stack[--open];
  }
  while (open) doc[n++] = stack[--open];
  int32_t nodes_parsed = json_parse(doc, n);
  return nodes_parsed < 0 ? nodes_parsed : nodes_parsed * json_sum();
}
