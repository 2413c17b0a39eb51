// A small Forth: a data stack, a return stack, a dictionary of words
// compiled to threaded code, and an outer interpreter over a text buffer.
#include <string.h>

#include "common.h"

enum { STACK = 64, RSTACK = 64, CODE = 2048, WORDS = 64, NAME = 16 };

typedef enum {
  OP_LIT, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_DUP, OP_DROP, OP_SWAP, OP_OVER, OP_ROT,
  OP_LT, OP_EQ, OP_GT, OP_AND, OP_OR, OP_XOR, OP_NOT, OP_CALL, OP_RET, OP_JMP, OP_JZ,
  OP_TOR, OP_FROMR, OP_I, OP_LOOP, OP_FETCH, OP_STORE, OP_EMIT, OP_HALT,
} Op;

typedef struct {
  char name[NAME];
  int entry;
  Op prim;
  int is_prim;
} Word;

static int32_t ds[STACK], rs[RSTACK];
static int sp, rsp;
static int32_t code[CODE];
static int here;
static Word dict[WORDS];
static int nwords;
static int32_t heap[256];
static uint32_t out_hash;
static int error;

static void push(int32_t v) {
  if (sp >= STACK) { error = 1; return; }
  ds[sp++] = v;
}
static int32_t pop(void) {
  if (sp <= 0) { error = 2; return 0; }
  return ds[--sp];
}
static void rpush(int32_t v) {
  if (rsp >= RSTACK) { error = 3; return; }
  rs[rsp++] = v;
}
static int32_t rpop(void) {
  if (rsp <= 0) { error = 4; return 0; }
  return rs[--rsp];
}
static void emit(int32_t v) {
  if (here >= CODE) { error = 5; return; }
  code[here++] = v;
}

static void define_prim(const char* name, Op op) {
  Word* w = &dict[nwords++];
  strncpy(w->name, name, NAME - 1);
  w->is_prim = 1;
  w->prim = op;
}

static Word* find(const char* name, int len) {
  for (int i = nwords - 1; i >= 0; --i)
    if ((int)strlen(dict[i].name) == len && memcmp(dict[i].name, name, len) == 0) return &dict[i];
  return 0;
}

// The inner interpreter: runs threaded code from `ip` until OP_RET at depth 0.
static void run(int ip, int budget) {
  int depth = 0;
  while (budget-- > 0 && !error) {
    if (ip < 0 || ip >= here) { error = 6; return; }
    Op op = (Op)code[ip++];
    int32_t a, b, c;
    switch (op) {
      case OP_LIT: push(code[ip++]); break;
      case OP_ADD: b = pop(); a = pop(); push(a + b); break;
      case OP_SUB: b = pop(); a = pop(); push(a - b); break;
      case OP_MUL: b = pop(); a = pop(); push(a * b); break;
      case OP_DIV: b = pop(); a = pop(); push(b == 0 || (a == INT32_MIN && b == -1) ? 0 : a / b); break;
      case OP_MOD: b = pop(); a = pop(); push(b == 0 || (a == INT32_MIN && b == -1) ? 0 : a % b); break;
      case OP_DUP: a = pop(); push(a); push(a); break;
      case OP_DROP: pop(); break;
      case OP_SWAP: b = pop(); a = pop(); push(b); push(a); break;
      case OP_OVER: b = pop(); a = pop(); push(a); push(b); push(a); break;
      case OP_ROT: c = pop(); b = pop(); a = pop(); push(b); push(c); push(a); break;
      case OP_LT: b = pop(); a = pop(); push(-(a < b)); break;
      case OP_EQ: b = pop(); a = pop(); push(-(a == b)); break;
      case OP_GT: b = pop(); a = pop(); push(-(a > b)); break;
      case OP_AND: b = pop(); a = pop(); push(a & b); break;
      case OP_OR: b = pop(); a = pop(); push(a | b); break;
      case OP_XOR: b = pop(); a = pop(); push(a ^ b); break;
      case OP_NOT: push(~pop()); break;
      case OP_CALL: rpush(ip + 1); ip = code[ip]; ++depth; break;
      case OP_RET:
        if (depth == 0) return;
        --depth;
        ip = rpop();
        break;
      case OP_JMP: ip = code[ip]; break;
      case OP_JZ: a = pop(); ip = a ? ip + 1 : code[ip]; break;
      case OP_TOR: rpush(pop()); break;
      case OP_FROMR: push(rpop()); break;
      case OP_I: a = rpop(); push(a); rpush(a); break;
      case OP_LOOP:  // ( R: limit index -- ) index+1, jump back while index < limit
        a = rpop() + 1;
        b = rpop();
        if (a < b) { rpush(b); rpush(a); ip = code[ip]; } else { ++ip; }
        break;
      case OP_FETCH: a = pop(); push(heap[(uint32_t)a & 255]); break;
      case OP_STORE: a = pop(); b = pop(); heap[(uint32_t)a & 255] = b; break;
      case OP_EMIT: out_hash = (out_hash ^ (uint32_t)pop()) * 16777619u; break;
      case OP_HALT: return;
    }
  }
}

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

static int parse_number(const char* s, int len, int32_t* out) {
  int i = 0, neg = 0;
  int32_t v = 0;
  if (len > 1 && s[0] == '-') neg = 1, i = 1;
  if (i == len) return 0;
  for (; i < len; ++i) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = neg ? -v : v;
  return 1;
}

// The outer interpreter: compiles the whole text into threaded code. ':'
// starts a definition, ';' ends it; IF/THEN/ELSE and DO/LOOP compile jumps.
static int compile(const char* text, int len) {
  int fixups[16], nfix = 0, compiling = 0, main_entry = here;
  int i = 0;
  while (i < len && !error) {
    while (i < len && is_space(text[i])) ++i;
    int start = i;
    while (i < len && !is_space(text[i])) ++i;
    int n = i - start;
    if (n == 0) break;
    const char* w = text + start;
    int32_t num;
    if (n == 1 && w[0] == ':') {
      while (i < len && is_space(text[i])) ++i;
      int ns = i;
      while (i < len && !is_space(text[i])) ++i;
      if (nwords >= WORDS) { error = 7; break; }
      emit(OP_JMP);
      fixups[nfix++] = here;
      emit(0);
      Word* def = &dict[nwords++];
      int nl = i - ns < NAME - 1 ? i - ns : NAME - 1;
      memcpy(def->name, text + ns, nl);
      def->name[nl] = 0;
      def->entry = here;
      def->is_prim = 0;
      compiling = 1;
    } else if (n == 1 && w[0] == ';') {
      emit(OP_RET);
      if (nfix > 0) code[fixups[--nfix]] = here;
      compiling = 0;
    } else if (n == 2 && memcmp(w, "IF", 2) == 0) {
      emit(OP_JZ);
      if (nfix >= 16) { error = 8; break; }
      fixups[nfix++] = here;
      emit(0);
    } else if (n == 4 && memcmp(w, "ELSE", 4) == 0) {
      emit(OP_JMP);
      int at = here;
      emit(0);
      if (nfix > 0) code[fixups[--nfix]] = here;
      fixups[nfix++] = at;
    } else if (n == 4 && memcmp(w, "THEN", 4) == 0) {
      if (nfix > 0) code[fixups[--nfix]] = here;
    } else if (n == 2 && memcmp(w, "DO", 2) == 0) {
      emit(OP_SWAP);
      emit(OP_TOR);
      emit(OP_TOR);
      if (nfix >= 16) { error = 8; break; }
      fixups[nfix++] = here;
    } else if (n == 4 && memcmp(w, "LOOP", 4) == 0) {
      emit(OP_LOOP);
      emit(nfix > 0 ? fixups[--nfix] : 0);
    } else if (parse_number(w, n, &num)) {
      emit(OP_LIT);
      emit(num);
    } else {
      Word* d = find(w, n);
      if (!d) { error = 9; break; }
      if (d->is_prim) {
        emit(d->prim);
      } else {
        emit(OP_CALL);
        emit(d->entry);
      }
    }
  }
  (void)compiling;
  emit(OP_HALT);
  return main_entry;
}

static void reset(void) {
  sp = rsp = here = nwords = error = 0;
  out_hash = 2166136261u;
  static const struct { const char* n; Op op; } prims[] = {
      {"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MUL}, {"/", OP_DIV}, {"MOD", OP_MOD}, {"DUP", OP_DUP},
      {"DROP", OP_DROP}, {"SWAP", OP_SWAP}, {"OVER", OP_OVER}, {"ROT", OP_ROT}, {"<", OP_LT},
      {"=", OP_EQ}, {">", OP_GT}, {"AND", OP_AND}, {"OR", OP_OR}, {"XOR", OP_XOR},
      {"INVERT", OP_NOT}, {">R", OP_TOR}, {"R>", OP_FROMR}, {"I", OP_I}, {"@", OP_FETCH},
      {"!", OP_STORE}, {".", OP_EMIT},
  };
  for (size_t k = 0; k < sizeof prims / sizeof prims[0]; ++k) define_prim(prims[k].n, prims[k].op);
}

static const char kProgram[] =
    ": SQ DUP * ; "
    ": FACT DUP 1 > IF DUP 1 - FACT * ELSE DROP 1 THEN ; "
    ": FIB DUP 2 < IF ELSE DUP 1 - FIB SWAP 2 - FIB + THEN ; "
    ": SUMSQ 0 SWAP 0 DO I SQ + LOOP ; "
    ": GCD DUP 0 = IF DROP ELSE SWAP OVER MOD GCD THEN ; ";

// Runs the program's words on `n`; returns a hash of what they emitted.
EXPORT(forth_run) int32_t forth_run(int32_t n, int32_t budget) {
  reset();
  compile(kProgram, sizeof kProgram - 1);
  char line[96];
  int len = 0;
  const char* words[] = {"FACT .", "FIB .", "SUMSQ .", "SQ .", "36 GCD ."};
  for (int k = 0; k < 5; ++k) {
    int32_t v = n % 12;
    if (v < 0) v = -v;
    char digits[12];
    int nd = 0;
    do digits[nd++] = (char)('0' + v % 10), v /= 10; while (v);
    len = 0;
    while (nd) line[len++] = digits[--nd];
    line[len++] = ' ';
    for (const char* p = words[k]; *p; ++p) line[len++] = *p;
    int entry = compile(line, len);
    run(entry, budget);
  }
  return error ? -error : (int32_t)out_hash;
}

// Evaluates `len` bytes of source text at `src` (in linear memory).
EXPORT(forth_eval) int32_t forth_eval(const char* src, int32_t len, int32_t budget) {
  reset();
  int entry = compile(src, len);
  run(entry, budget);
  return error ? -error : (sp > 0 ? ds[sp - 1] : 0);
}

EXPORT(forth_depth) int32_t forth_depth(void) { return sp * 256 + rsp; }
