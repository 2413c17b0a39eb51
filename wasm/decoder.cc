// The section loop: header, section framing and order, and the checks that
// relate one section to another (function/code counts, data count).
#include "wasm/decoder.h"

#include <algorithm>
#include <limits>

#include "wasm/body_structure.h"
#include "wasm/module_decoder.h"
#include "wasm/out_of_scope.h"

namespace tandem::wasm {
namespace {

constexpr uint8_t kMagic[4] = {0x00, 0x61, 0x73, 0x6d};
constexpr uint8_t kVersion[4] = {0x01, 0x00, 0x00, 0x00};

// Where each non-custom section may appear: strictly increasing. The data
// count section sits between element and code although its id is 12; the
// tag section (exception handling) sits between memory and global.
int section_rank(SectionId id) {
  switch (id) {
    case SectionId::Type: return 1;
    case SectionId::Import: return 2;
    case SectionId::Function: return 3;
    case SectionId::Table: return 4;
    case SectionId::Memory: return 5;
    case SectionId::Tag: return 6;
    case SectionId::Global: return 7;
    case SectionId::Export: return 8;
    case SectionId::Start: return 9;
    case SectionId::Element: return 10;
    case SectionId::DataCount: return 11;
    case SectionId::Code: return 12;
    case SectionId::Data: return 13;
    case SectionId::Custom: return 0;
  }
  return -1;
}

}  // namespace

Status ModuleDecoder::decode() {
  std::span<const uint8_t> bytes = m_.bytes;
  if (bytes.size() > std::numeric_limits<uint32_t>::max())
    return make_error(ErrorKind::Malformed, "module larger than 4 GiB", 0);
  ByteReader r(bytes);

  if (bytes.size() < 4) return r.error(0, "unexpected end");
  if (!std::equal(kMagic, kMagic + 4, bytes.begin())) return r.error(0, "magic header not detected");
  if (bytes.size() < 8) return r.error(4, "unexpected end");
  if (!std::equal(kVersion, kVersion + 4, bytes.begin() + 4)) return r.error(4, "unknown binary version");
  r.skip_to(8);

  int last_rank = 0;
  while (!r.at_end()) {
    uint32_t section_offset = r.pos();
    TANDEM_TRY(uint8_t raw_id, r.u8());
    if (raw_id > static_cast<uint8_t>(SectionId::Tag)) return r.error(section_offset, "malformed section id");
    auto id = static_cast<SectionId>(raw_id);
    TANDEM_TRY(uint32_t size, r.u32());
    TANDEM_TRY(ByteReader section, r.sub_reader(size));

    if (id == SectionId::Tag) return out_of_scope(section_offset, "exception handling");
    if (id != SectionId::Custom) {
      int rank = section_rank(id);
      if (rank <= last_rank) return r.error(section_offset, "unexpected content after last section");
      last_rank = rank;
    }
    if (id == SectionId::Code) code_section_offset_ = section_offset;
    if (id == SectionId::Data) data_section_offset_ = section_offset;

    TANDEM_TRY_STATUS(read_section(id, section));
    if (!section.at_end()) return r.error(section.pos(), "section size mismatch");
    r.skip_to(section.limit());
  }

  uint32_t module_end = static_cast<uint32_t>(bytes.size());
  if (num_declared_funcs_ != num_code_entries_)
    return r.error(code_section_offset_.value_or(module_end), "function and code section have inconsistent lengths");
  if (m_.data_count && *m_.data_count != m_.datas.size())
    return r.error(data_section_offset_.value_or(module_end), "data count and data section have inconsistent lengths");
  if (deferred_) {
    // Bodies are not walked here, but a malformed one outranks the deferred error.
    TANDEM_TRY_STATUS(find_malformed_body(m_));
    return std::move(*deferred_);
  }
  return {};
}

Status ModuleDecoder::read_section(SectionId id, ByteReader& r) {
  switch (id) {
    case SectionId::Custom: return read_custom_section(r);
    case SectionId::Type: return read_type_section(r);
    case SectionId::Import: return read_import_section(r);
    case SectionId::Function: return read_function_section(r);
    case SectionId::Table: return read_table_section(r);
    case SectionId::Memory: return read_memory_section(r);
    case SectionId::Global: return read_global_section(r);
    case SectionId::Export: return read_export_section(r);
    case SectionId::Start: return read_start_section(r);
    case SectionId::Element: return read_element_section(r);
    case SectionId::Code: return read_code_section(r);
    case SectionId::Data: return read_data_section(r);
    case SectionId::DataCount: return read_data_count_section(r);
    case SectionId::Tag: break;
  }
  TANDEM_UNREACHABLE("section id checked by the caller");
}

Result<Module> decode(std::vector<uint8_t>&& bytes) {
  Module module;
  module.bytes = std::move(bytes);
  TANDEM_TRY_STATUS(ModuleDecoder(module).decode());
  return module;
}

Result<Module> decode(std::span<const uint8_t> bytes) {
  return decode(std::vector<uint8_t>(bytes.begin(), bytes.end()));
}

}  // namespace tandem::wasm
