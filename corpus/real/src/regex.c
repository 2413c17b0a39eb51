// A regular expression matcher: a parser into a small NFA (literals, '.',
// classes [a-z] and [^...], '*', '+', '?', '|', groups, anchors), run by
// Thompson simulation with state lists, so no input makes it exponential.
#include <string.h>

#include "common.h"

enum { MAX_STATES = 256 };

typedef enum { S_CHAR, S_ANY, S_CLASS, S_SPLIT, S_MATCH, S_BOL, S_EOL } Kind;

typedef struct {
  Kind kind;
  uint8_t c;
  int32_t out, out1;  // next states (out1 for SPLIT)
  uint8_t cls[32];    // S_CLASS: a bitmap of 256 bytes
} State;

static State states[MAX_STATES];
static int32_t nstates;
static const char* pat;
static int32_t pat_len, pos, error;

typedef struct { int32_t start; int32_t* holes[16]; int nholes; } Frag;

static int32_t add_state(Kind k) {
  if (nstates >= MAX_STATES) { error = 1; return 0; }
  State* s = &states[nstates];
  memset(s, 0, sizeof *s);
  s->kind = k, s->out = s->out1 = -1;
  return nstates++;
}

static void patch(Frag* f, int32_t to) {
  for (int i = 0; i < f->nholes; ++i) *f->holes[i] = to;
  f->nholes = 0;
}

static void merge_holes(Frag* into, const Frag* from) {
  for (int i = 0; i < from->nholes && into->nholes < 16; ++i) into->holes[into->nholes++] = from->holes[i];
  if (from->nholes + into->nholes > 16) error = 2;
}

static Frag parse_alt(void);

static Frag parse_atom(void) {
  Frag f = {0};
  char c = pat[pos];
  if (c == '(') {
    ++pos;
    f = parse_alt();
    if (pos >= pat_len || pat[pos] != ')') error = 3;
    ++pos;
    return f;
  }
  int32_t s;
  if (c == '.') s = add_state(S_ANY), ++pos;
  else if (c == '^') s = add_state(S_BOL), ++pos;
  else if (c == '$') s = add_state(S_EOL), ++pos;
  else if (c == '[') {
    s = add_state(S_CLASS);
    ++pos;
    int negate = pos < pat_len && pat[pos] == '^';
    pos += negate;
    while (pos < pat_len && pat[pos] != ']') {
      uint8_t lo = (uint8_t)pat[pos++], hi = lo;
      if (pos + 1 < pat_len && pat[pos] == '-' && pat[pos + 1] != ']') hi = (uint8_t)pat[pos + 1], pos += 2;
      for (uint32_t k = lo; k <= hi; ++k) states[s].cls[k >> 3] |= (uint8_t)(1u << (k & 7));
    }
    if (negate) for (int k = 0; k < 32; ++k) states[s].cls[k] = (uint8_t)~states[s].cls[k];
    ++pos;
  } else {
    if (c == '\\' && pos + 1 < pat_len) ++pos;
    s = add_state(S_CHAR);
    states[s].c = (uint8_t)pat[pos++];
  }
  f.start = s;
  f.holes[f.nholes++] = &states[s].out;
  return f;
}

static Frag parse_repeat(void) {
  Frag f = parse_atom();
  while (pos < pat_len && !error && (pat[pos] == '*' || pat[pos] == '+' || pat[pos] == '?')) {
    char op = pat[pos++];
    int32_t split = add_state(S_SPLIT);
    states[split].out = f.start;
    Frag g = {0};
    if (op == '*') {
      patch(&f, split);
      g.start = split;
    } else if (op == '+') {
      patch(&f, split);
      g.start = f.start;
    } else {
      g.start = split;
      merge_holes(&g, &f);
    }
    g.holes[g.nholes++] = &states[split].out1;
    f = g;
  }
  return f;
}

static Frag parse_concat(void) {
  Frag f = {-1, {0}, 0};
  while (pos < pat_len && pat[pos] != '|' && pat[pos] != ')' && !error) {
    Frag g = parse_repeat();
    if (f.start < 0) f = g;
    else {
      patch(&f, g.start);
      f.nholes = 0;
      merge_holes(&f, &g);
    }
  }
  if (f.start < 0) {  // the empty expression: a split both of whose ways go on
    int32_t s = add_state(S_SPLIT);
    f.start = s;
    f.holes[f.nholes++] = &states[s].out;
    f.holes[f.nholes++] = &states[s].out1;
  }
  return f;
}

static Frag parse_alt(void) {
  Frag f = parse_concat();
  while (pos < pat_len && pat[pos] == '|' && !error) {
    ++pos;
    Frag g = parse_concat();
    int32_t s = add_state(S_SPLIT);
    states[s].out = f.start, states[s].out1 = g.start;
    f.start = s;
    merge_holes(&f, &g);
  }
  return f;
}

static int32_t list_a[MAX_STATES], list_b[MAX_STATES];
static uint32_t mark[MAX_STATES], generation;

static void add_to(int32_t* list, int32_t* n, int32_t s, int32_t at, int32_t len) {
  if (s < 0 || mark[s] == generation) return;
  mark[s] = generation;
  if (states[s].kind == S_SPLIT) {
    add_to(list, n, states[s].out, at, len);
    add_to(list, n, states[s].out1, at, len);
  } else if (states[s].kind == S_BOL) {
    if (at == 0) add_to(list, n, states[s].out, at, len);
  } else if (states[s].kind == S_EOL) {
    if (at == len) add_to(list, n, states[s].out, at, len);
  } else {
    list[(*n)++] = s;
  }
}

// Compiles `pattern`; 0 on success, a negative code on a syntax error.
EXPORT(re_compile) int32_t re_compile(const char* pattern, int32_t len) {
  pat = pattern, pat_len = len, pos = 0, error = 0, nstates = 0;
  Frag f = parse_alt();
  if (pos != pat_len) error = error ? error : 4;
  int32_t m = add_state(S_MATCH);
  patch(&f, m);
  return error ? -error : f.start;
}

// Does the compiled pattern (start state `start`) match anywhere in `text`?
EXPORT(re_search) int32_t re_search(int32_t start, const char* text, int32_t len) {
  if (start < 0 || start >= nstates) return -1;
  int32_t *cur = list_a, *next = list_b, nc = 0, nn;
  ++generation;
  add_to(cur, &nc, start, 0, len);
  for (int32_t i = 0;; ++i) {
    for (int32_t k = 0; k < nc; ++k) if (states[cur[k]].kind == S_MATCH) return i;
    if (i >= len) return -1;
    uint8_t ch = (uint8_t)text[i];
    ++generation;
    nn = 0;
    add_to(next, &nn, start, i + 1, len);  // unanchored: a match may start anywhere
    for (int32_t k = 0; k < nc; ++k) {
      State* s = &states[cur[k]];
      int ok = s->kind == S_ANY || (s->kind == S_CHAR && s->c == ch) ||
               (s->kind == S_CLASS && (s->cls[ch >> 3] >> (ch & 7) & 1));
      if (ok) add_to(next, &nn, s->out, i + 1, len);
    }
    int32_t* t = cur; cur = next; next = t; nc = nn;
  }
}

static const char* const kPatterns[] = {
    "a(b|c)*d", "^[a-z]+@[a-z]+\\.com$", "x?y+z*", "(ab|a)(bc|c)", "[^0-9]+[0-9]?$", "((a|b)*c)+d?", ".*q.*",
};

// Matches text made from `seed` against every built-in pattern; returns a
// bitmask of the patterns that matched, times the first match end.
EXPORT(re_selftest) int32_t re_selftest(uint32_t seed, int32_t len) {
  static char text[512];
  if (len < 0 || len > 512) len = 512;
  static const char alphabet[] = "abcdxyz@.com0123";
  for (int32_t i = 0; i < len; ++i) text[i] = alphabet[seed_next(&seed) % 16];
  int32_t mask = 0, first = 0;
  for (int p = 0; p < 7; ++p) {
    int32_t start = re_compile(kPatterns[p], (int32_t)strlen(kPatterns[p]));
    if (start < 0) return start - 100 * p;
    int32_t at = re_search(start, text, len);
    if (at >= 0) mask |= 1 << p, first = first ? first : at + 1;
  }
  return mask * 1000 + first;
}
