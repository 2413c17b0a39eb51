#include "oracle/reduce/finding_store.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

namespace fs = std::filesystem;

constexpr const char* kEntryFile = "finding.json";

std::span<const uint8_t> bytes_of(const std::string& s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

Result<StoredFinding> read_entry(const fs::path& json_path) {
  TANDEM_TRY(std::vector<uint8_t> bytes, read_file(json_path.string()));
  nlohmann::json j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || !j["signature"].is_string() || !j["count"].is_number_unsigned() ||
      !j["first_seen"].is_string() || !j["last_seen"].is_string() || !j["smallest_size"].is_number_unsigned())
    return make_error(ErrorKind::Io, fmt::format("{}: not a finding record", json_path.string()));
  return StoredFinding{j["signature"], j["count"], j["first_seen"], j["last_seen"], j["smallest_size"]};
}

Status write_entry(const fs::path& json_path, const StoredFinding& f) {
  nlohmann::json j = {{"signature", f.signature},
                      {"count", f.count},
                      {"first_seen", f.first_seen},
                      {"last_seen", f.last_seen},
                      {"smallest_size", f.smallest_size}};
  return write_file(json_path.string(), bytes_of(j.dump(2) + "\n"));
}

}  // namespace

std::string FindingStore::folder_name(std::string_view signature) {
  std::string out;
  for (char c : signature) {
    if (c == '/')
      out += "__";
    else
      out += (c == ' ' ? '_' : c);
  }
  return out;
}

Result<StoredFinding> FindingStore::add(std::string_view signature, std::span<const uint8_t> input,
                                        std::string_view when, bool* is_new) {
  fs::path entry = fs::path(dir_) / folder_name(signature);
  std::error_code ec;
  fs::create_directories(entry, ec);
  if (ec) return make_error(ErrorKind::Io, fmt::format("cannot make {}: {}", entry.string(), ec.message()));
  fs::path json = entry / kEntryFile;
  StoredFinding f;
  *is_new = !fs::exists(json, ec);
  if (*is_new) {
    f = StoredFinding{std::string(signature), 0, std::string(when), std::string(when), UINT64_MAX};
  } else {
    TANDEM_TRY(f, read_entry(json));
  }
  ++f.count;
  f.last_seen = std::string(when);
  if (input.size() < f.smallest_size) {
    TANDEM_TRY_STATUS(write_file((entry / "smallest.input").string(), input));
    f.smallest_size = input.size();
  }
  TANDEM_TRY_STATUS(write_entry(json, f));
  return f;
}

bool FindingStore::contains(std::string_view signature) const {
  std::error_code ec;
  return fs::exists(fs::path(dir_) / folder_name(signature) / kEntryFile, ec);
}

Result<std::vector<StoredFinding>> FindingStore::list() const {
  std::vector<StoredFinding> out;
  std::error_code ec;
  if (!fs::is_directory(dir_, ec)) return out;
  for (const fs::directory_entry& e : fs::directory_iterator(dir_, ec)) {
    fs::path json = e.path() / kEntryFile;
    if (!e.is_directory() || !fs::exists(json)) continue;
    TANDEM_TRY(StoredFinding f, read_entry(json));
    out.push_back(std::move(f));
  }
  if (ec) return make_error(ErrorKind::Io, fmt::format("cannot read {}: {}", dir_, ec.message()));
  std::sort(out.begin(), out.end(), [](const StoredFinding& a, const StoredFinding& b) {
    return a.count != b.count ? a.count > b.count : a.signature < b.signature;
  });
  return out;
}

}  // namespace tandem::oracle
