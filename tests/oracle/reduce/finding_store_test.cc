// The findings record: one entry per signature, a count per repeat, the
// smallest input kept, and a damaged record reported, not papered over.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_store.h"
#include "tests/oracle/reduce/temp_folder_test.h"

#include <fmt/format.h>

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

class FindingStoreTest : public testing::TempFolderTest {
 protected:
  FindingStoreTest() : TempFolderTest("tandem-findings") {}
};

std::vector<uint8_t> bytes(size_t n, uint8_t fill) { return std::vector<uint8_t>(n, fill); }

TEST_F(FindingStoreTest, RepeatsCountAndKeepTheSmallestInput) {
  FindingStore store(dir_.string());
  bool is_new = false;
  Result<StoredFinding> a = store.add("trap/optimizing/i32.div_s", bytes(100, 1), "2026-12-03T10:00:00Z", &is_new);
  ASSERT_TRUE(a.ok()) << a.error().to_string();
  EXPECT_TRUE(is_new);
  EXPECT_EQ(a->count, 1u);
  Result<StoredFinding> b = store.add("trap/optimizing/i32.div_s", bytes(40, 2), "2026-12-03T11:00:00Z", &is_new);
  ASSERT_TRUE(b.ok());
  EXPECT_FALSE(is_new);
  EXPECT_EQ(b->count, 2u);
  EXPECT_EQ(b->smallest_size, 40u);
  EXPECT_EQ(b->first_seen, "2026-12-03T10:00:00Z");
  EXPECT_EQ(b->last_seen, "2026-12-03T11:00:00Z");
  Result<StoredFinding> c = store.add("trap/optimizing/i32.div_s", bytes(70, 3), "2026-12-03T12:00:00Z", &is_new);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->smallest_size, 40u);
  fs::path kept = dir_ / FindingStore::folder_name("trap/optimizing/i32.div_s") / "smallest.input";
  Result<std::vector<uint8_t>> smallest = read_file(kept.string());
  ASSERT_TRUE(smallest.ok());
  EXPECT_EQ(*smallest, bytes(40, 2));
}

TEST_F(FindingStoreTest, DistinctSignaturesAreDistinctEntriesMostSeenFirst) {
  FindingStore store(dir_.string());
  bool is_new = false;
  ASSERT_TRUE(store.add("result/baseline/-", bytes(5, 0), "t1", &is_new).ok());
  ASSERT_TRUE(store.add("trap/optimizing/i32.rem_u", bytes(5, 0), "t1", &is_new).ok());
  ASSERT_TRUE(store.add("trap/optimizing/i32.rem_u", bytes(5, 0), "t2", &is_new).ok());
  Result<std::vector<StoredFinding>> all = store.list();
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].signature, "trap/optimizing/i32.rem_u");
  EXPECT_EQ((*all)[0].count, 2u);
  EXPECT_EQ((*all)[1].signature, "result/baseline/-");
  EXPECT_EQ(FindingStore::folder_name("trap/optimizing/i32.rem_u"), "trap__optimizing__i32.rem_u");
}

TEST_F(FindingStoreTest, ADamagedRecordIsAnError) {
  FindingStore store(dir_.string());
  bool is_new = false;
  ASSERT_TRUE(store.add("crash/mixed/-", bytes(5, 0), "t1", &is_new).ok());
  fs::path json = dir_ / FindingStore::folder_name("crash/mixed/-") / "finding.json";
  std::string junk = "{\"signature\": 3}";
  ASSERT_TRUE(
      write_file(json.string(), std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(junk.data()), junk.size()))
          .ok());
  Result<std::vector<StoredFinding>> all = store.list();
  ASSERT_FALSE(all.ok());
  EXPECT_NE(all.error().to_string().find("not a finding record"), std::string::npos);
  EXPECT_FALSE(store.add("crash/mixed/-", bytes(5, 0), "t2", &is_new).ok());
}

TEST_F(FindingStoreTest, AnEmptyStoreListsNothing) {
  Result<std::vector<StoredFinding>> all = FindingStore(dir_.string()).list();
  ASSERT_TRUE(all.ok());
  EXPECT_TRUE(all->empty());
}

}  // namespace
}  // namespace tandem::oracle
