// The feature sets tandem hands to wabt. The scope (design: MVP, mutable
// globals, sign extension, saturating float-to-int, multi-value, bulk memory,
// reference types, fixed-width SIMD) is what the reference interpreter runs; the proposals
// outside it are listed so that a module using one of them can be told apart
// from a malformed or invalid one.
#pragma once

#include <span>

#include "wabt/feature.h"

namespace tandem::oracle {

// Exactly the feature scope, everything else off.
wabt::Features scope_features();

// Every proposal wabt knows: the text front end parses whole scripts with
// these, so that a module outside the scope still reaches an engine, which
// then refuses it by name.
wabt::Features all_wabt_features();

struct OutOfScopeFeature {
  const char* name;  // as wabt's --enable-NAME spells it
  void (wabt::Features::*enable)();
  // The proposal gives meaning to encodings that the core testsuite uses as
  // examples of malformed binaries (threads: limits flags 2 and 3;
  // exceptions: section 13 and import kind 4). A module is only blamed on
  // such a proposal when it decodes and validates in full with it enabled;
  // for the others, getting further than the scope decode is enough.
  bool overlaps_core_malformed;
};

// The proposals an engine reports as "unsupported feature" when a module
// needs them. Proposals that the core testsuite itself uses as examples of
// invalid modules (multi-memory, extended constant expressions) are left out
// on purpose: for the scope they are plain validation errors.
std::span<const OutOfScopeFeature> out_of_scope_features();

}  // namespace tandem::oracle
