// A test fixture with a folder of its own: made empty before each test and
// removed after it. The name holds the process id, since ctest runs every
// test as a process of its own, in parallel, and one test's TearDown must
// not empty another's folder.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include <fmt/format.h>

namespace tandem::oracle::testing {

class TempFolderTest : public ::testing::Test {
 protected:
  // `prefix` names the suite's folders in /tmp ("tandem-bundle-test").
  explicit TempFolderTest(std::string prefix) : prefix_(std::move(prefix)) {}
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / fmt::format("{}-{}", prefix_, ::getpid());
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;

 private:
  std::string prefix_;
};

}  // namespace tandem::oracle::testing
