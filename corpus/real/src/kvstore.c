// A key-value store: an open-addressing hash table (linear probing,
// tombstones, growth by rehashing) of string keys to 64-bit values, with
// malloc'd key storage, and an ordered scan through a sorted index.
#include <stdlib.h>
#include <string.h>

#include "common.h"

typedef struct {
  char* key;  // NULL: empty; kTombstone: deleted
  uint32_t hash;
  int64_t value;
} Slot;

static char kTombstoneByte;
#define kTombstone (&kTombstoneByte)

static Slot* slots;
static uint32_t capacity, count, tombstones;

static uint32_t hash_key(const char* k, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) h = (h ^ (uint8_t)k[i]) * 16777619u;
  return h;
}

static int grow(uint32_t new_cap) {
  Slot* old = slots;
  uint32_t old_cap = capacity;
  slots = calloc(new_cap, sizeof(Slot));
  if (!slots) { slots = old; return 0; }
  capacity = new_cap;
  count = tombstones = 0;
  for (uint32_t i = 0; i < old_cap; ++i) {
    if (!old[i].key || old[i].key == kTombstone) continue;
    uint32_t j = old[i].hash & (capacity - 1);
    while (slots[j].key) j = (j + 1) & (capacity - 1);
    slots[j] = old[i];
    ++count;
  }
  free(old);
  return 1;
}

static Slot* lookup(const char* k, size_t n, uint32_t h, int for_insert) {
  if (!capacity) return 0;
  Slot* first_tomb = 0;
  for (uint32_t j = h & (capacity - 1), probes = 0; probes < capacity; j = (j + 1) & (capacity - 1), ++probes) {
    Slot* s = &slots[j];
    if (!s->key) return for_insert && first_tomb ? first_tomb : (for_insert ? s : 0);
    if (s->key == kTombstone) {
      if (!first_tomb) first_tomb = s;
      continue;
    }
    if (s->hash == h && strlen(s->key) == n && memcmp(s->key, k, n) == 0) return s;
  }
  return for_insert ? first_tomb : 0;
}

static int kv_put_n(const char* k, size_t n, int64_t v) {
  if ((count + tombstones + 1) * 4 >= capacity * 3 && !grow(capacity ? capacity * 2 : 16)) return -1;
  uint32_t h = hash_key(k, n);
  Slot* s = lookup(k, n, h, 1);
  if (!s) return -1;
  if (s->key && s->key != kTombstone) {
    s->value = v;
    return 0;
  }
  if (s->key == kTombstone) --tombstones;
  char* copy = malloc(n + 1);
  if (!copy) return -1;
  memcpy(copy, k, n);
  copy[n] = 0;
  s->key = copy;
  s->hash = h;
  s->value = v;
  ++count;
  return 1;
}

static int kv_get_n(const char* k, size_t n, int64_t* out) {
  Slot* s = lookup(k, n, hash_key(k, n), 0);
  if (!s) return 0;
  *out = s->value;
  return 1;
}

static int kv_del_n(const char* k, size_t n) {
  Slot* s = lookup(k, n, hash_key(k, n), 0);
  if (!s) return 0;
  free(s->key);
  s->key = kTombstone;
  --count;
  ++tombstones;
  return 1;
}

static int compare_slots(const void* a, const void* b) {
  const Slot* x = *(const Slot* const*)a;
  const Slot* y = *(const Slot* const*)b;
  return strcmp(x->key, y->key);
}

// Hash of the keys and values in key order.
static uint64_t ordered_digest(void) {
  Slot** index = malloc((count + 1) * sizeof(Slot*));
  if (!index) return 0;
  uint32_t n = 0;
  for (uint32_t i = 0; i < capacity; ++i)
    if (slots[i].key && slots[i].key != kTombstone) index[n++] = &slots[i];
  qsort(index, n, sizeof(Slot*), compare_slots);
  uint64_t h = 1469598103934665603ull;
  for (uint32_t i = 0; i < n; ++i) {
    for (const char* p = index[i]->key; *p; ++p) h = (h ^ (uint8_t)*p) * 1099511628211ull;
    h = (h ^ (uint64_t)index[i]->value) * 1099511628211ull;
  }
  free(index);
  return h;
}

static int make_key(char* buf, uint32_t id) {
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  int n = 0;
  buf[n++] = 'k';
  do buf[n++] = alphabet[id % 36], id /= 36; while (id && n < 12);
  return n;
}

EXPORT(kv_put) int32_t kv_put(const char* key, int32_t len, int64_t value) {
  return kv_put_n(key, (size_t)(uint32_t)len, value);
}
EXPORT(kv_get) int64_t kv_get(const char* key, int32_t len) {
  int64_t v = -1;
  kv_get_n(key, (size_t)(uint32_t)len, &v);
  return v;
}
EXPORT(kv_count) int32_t kv_count(void) { return (int32_t)count; }

// A workload of `ops` puts, gets and deletes over keys drawn from `seed`.
EXPORT(kv_workload) int64_t kv_workload(uint32_t seed, int32_t ops, int32_t key_space) {
  char key[16];
  int64_t acc = 0;
  if (key_space <= 0) key_space = 1;
  for (int32_t i = 0; i < ops; ++i) {
    uint32_t r = seed_next(&seed);
    int n = make_key(key, r % (uint32_t)key_space);
    switch ((r >> 24) % 4) {
      case 0:
      case 1: acc += kv_put_n(key, n, (int64_t)r * i); break;
      case 2: {
        int64_t v;
        if (kv_get_n(key, n, &v)) acc ^= v;
        break;
      }
      default: acc += kv_del_n(key, n); break;
    }
  }
  return acc ^ (int64_t)ordered_digest();
}

EXPORT(kv_clear) void kv_clear(void) {
  for (uint32_t i = 0; i < capacity; ++i)
    if (slots[i].key && slots[i].key != kTombstone) free(slots[i].key);
  free(slots);
  slots = 0;
  capacity = count = tombstones = 0;
}
