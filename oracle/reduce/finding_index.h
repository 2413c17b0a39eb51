// reports/index.html: every finding of a store (finding_store.h) on one
// page, most seen first, each linking to its report page when it has been
// reduced and reported (`tandem report ... -o <store>/<folder>`), else to
// its smallest input. Derived from the store: rewritten at will.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "oracle/reduce/finding_store.h"
#include "wasm/result.h"

namespace tandem::oracle {

struct IndexEntry {
  StoredFinding finding;
  std::string folder;       // FindingStore::folder_name(signature)
  bool has_report = false;  // <folder>/report.html exists
};

// The store's findings, most seen first. Errors: a record that cannot be read.
Result<std::vector<IndexEntry>> index_entries(const std::string& store_dir);

// The page. Links are relative: `store_href` is the store's folder as seen
// from where the page is written ("findings" for reports/index.html).
std::string render_findings_index(const std::vector<IndexEntry>& entries, std::string_view store_href);

}  // namespace tandem::oracle
