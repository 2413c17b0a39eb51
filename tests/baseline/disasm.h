// Compiles one function of a text-format module with the baseline backend
// and disassembles it, for tests that check which instructions the value
// stack and the masm chose.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem::baseline::testing {

struct Listing {
  std::vector<std::string> lines;  // one instruction each, "add eax, 0xa"
  // Whether some instruction's text contains `fragment`, and how many do.
  bool contains(std::string_view fragment) const { return count(fragment) > 0; }
  size_t count(std::string_view fragment) const;
  std::string to_string() const;  // the whole listing, one line each
};

// The body (prologue included, trap stubs and data excluded) of defined
// function `func_index` (index space) of `wat`, compiled with `settings`.
// Fails the current test and returns an empty listing on any error.
Listing compile_and_disassemble(std::string_view wat, unsigned func_index = 0,
                                const std::vector<std::string>& settings = {});

}  // namespace tandem::baseline::testing
