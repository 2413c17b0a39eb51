// The campaign-wide record of findings, deduplicated by signature:
// reports/findings/<signature>/ holds finding.json (signature, how often
// it was seen, when first and last, the size of the smallest input) and
// smallest.input, the smallest input seen so far. Repeats of one bug
// become a count, not a pile of crash files; a new signature is news.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "wasm/result.h"

namespace tandem::oracle {

struct StoredFinding {
  std::string signature;
  uint64_t count = 0;
  std::string first_seen, last_seen;  // as the caller gave them (ISO 8601 UTC)
  uint64_t smallest_size = 0;         // bytes of smallest.input
};

class FindingStore {
 public:
  explicit FindingStore(std::string dir) : dir_(std::move(dir)) {}

  // Files one input under its signature at time `when`: a new entry, or a
  // count more (and a smaller input kept). Returns the entry afterwards;
  // `*is_new` says whether the signature was unknown. Io errors name the file.
  Result<StoredFinding> add(std::string_view signature, std::span<const uint8_t> input, std::string_view when,
                            bool* is_new);

  // Whether `signature` has an entry.
  bool contains(std::string_view signature) const;

  // Every entry, most seen first. An entry that cannot be read is an error.
  Result<std::vector<StoredFinding>> list() const;

  // The folder of a signature ("trap/optimizing/i32.div_s" ->
  // "trap__optimizing__i32.div_s"): no '/' or space.
  static std::string folder_name(std::string_view signature);

 private:
  std::string dir_;
};

}  // namespace tandem::oracle
