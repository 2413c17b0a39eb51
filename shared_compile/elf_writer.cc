// write_elf_object: the linked layout as an ELF64 relocatable object, so a
// compiled module can be read with the standard tools (objdump -d, readelf
// -r) or linked into a C program.
#include <elf.h>

#include <cstring>
#include <map>

#include "shared_compile/linker.h"

namespace tandem::compile {
namespace {

class StringTable {
 public:
  StringTable() { data_.push_back('\0'); }
  uint32_t add(const std::string& s) {
    uint32_t at = static_cast<uint32_t>(data_.size());
    data_.insert(data_.end(), s.begin(), s.end());
    data_.push_back('\0');
    return at;
  }
  const std::vector<char>& data() const { return data_; }

 private:
  std::vector<char> data_;
};

template <class T>
void append(std::vector<uint8_t>& out, const T& value) {
  const auto* p = reinterpret_cast<const uint8_t*>(&value);
  out.insert(out.end(), p, p + sizeof(T));
}

void append_bytes(std::vector<uint8_t>& out, const void* data, size_t n) {
  const auto* p = static_cast<const uint8_t*>(data);
  out.insert(out.end(), p, p + n);
}

void align_to(std::vector<uint8_t>& out, size_t alignment) {
  while (out.size() % alignment) out.push_back(0);
}

}  // namespace

std::vector<uint8_t> write_elf_object(std::span<const CompiledFunction> functions) {
  uint32_t text_size = 0;
  std::vector<uint32_t> offsets = layout_functions(functions, &text_size);
  std::vector<uint8_t> text(text_size, 0xcc);
  for (size_t i = 0; i < functions.size(); ++i)
    std::memcpy(text.data() + offsets[i], functions[i].code.data(), functions[i].code.size());

  // Symbols: null, .text section symbol (local), then every function and
  // libcall (global). Section indices: 1 .text, 2 .rela.text, 3 .symtab,
  // 4 .strtab, 5 .note.GNU-stack, 6 .shstrtab.
  StringTable strtab;
  std::vector<Elf64_Sym> symbols(2);
  symbols[1].st_info = ELF64_ST_INFO(STB_LOCAL, STT_SECTION);
  symbols[1].st_shndx = 1;
  const uint32_t first_global = 2;
  std::map<uint32_t, uint32_t> func_symbol;      // func index -> symbol index
  std::map<uint32_t, uint32_t> libcall_symbols;  // libcall -> symbol index
  for (size_t i = 0; i < functions.size(); ++i) {
    Elf64_Sym s{};
    s.st_name = strtab.add(function_symbol(functions[i]));
    s.st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
    s.st_shndx = 1;
    s.st_value = offsets[i];
    s.st_size = functions[i].code_size;
    func_symbol[functions[i].func_index] = static_cast<uint32_t>(symbols.size());
    symbols.push_back(s);
  }
  std::vector<Elf64_Rela> relas;
  for (size_t i = 0; i < functions.size(); ++i) {
    for (const Relocation& r : functions[i].relocations) {
      uint32_t sym;
      if (r.target.kind == RelocTarget::Kind::Function) {
        auto it = func_symbol.find(r.target.index);
        if (it == func_symbol.end()) {
          // A call to a function outside the object: an undefined symbol.
          Elf64_Sym s{};
          s.st_name = strtab.add("wasm_f" + std::to_string(r.target.index));
          s.st_info = ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE);
          it = func_symbol.emplace(r.target.index, static_cast<uint32_t>(symbols.size())).first;
          symbols.push_back(s);
        }
        sym = it->second;
      } else {
        auto it = libcall_symbols.find(r.target.index);
        if (it == libcall_symbols.end()) {
          Elf64_Sym s{};
          s.st_name = strtab.add(libcall_symbol(static_cast<LibCall>(r.target.index)));
          s.st_info = ELF64_ST_INFO(STB_GLOBAL, STT_NOTYPE);
          it = libcall_symbols.emplace(r.target.index, static_cast<uint32_t>(symbols.size())).first;
          symbols.push_back(s);
        }
        sym = it->second;
      }
      Elf64_Rela rela{};
      rela.r_offset = offsets[i] + r.offset;
      if (r.kind == RelocKind::CallRel32) {
        rela.r_info = ELF64_R_INFO(sym, R_X86_64_PLT32);
        rela.r_addend = -4;
      } else {
        rela.r_info = ELF64_R_INFO(sym, R_X86_64_64);
        rela.r_addend = 0;
      }
      relas.push_back(rela);
    }
  }

  StringTable shstrtab;
  const char* names[] = {".text", ".rela.text", ".symtab", ".strtab", ".note.GNU-stack", ".shstrtab"};
  uint32_t name_at[6];
  for (int i = 0; i < 6; ++i) name_at[i] = shstrtab.add(names[i]);

  std::vector<uint8_t> out(sizeof(Elf64_Ehdr), 0);
  align_to(out, 16);
  size_t text_off = out.size();
  append_bytes(out, text.data(), text.size());
  align_to(out, 8);
  size_t rela_off = out.size();
  for (const Elf64_Rela& r : relas) append(out, r);
  size_t sym_off = out.size();
  for (const Elf64_Sym& s : symbols) append(out, s);
  size_t str_off = out.size();
  append_bytes(out, strtab.data().data(), strtab.data().size());
  size_t shstr_off = out.size();
  append_bytes(out, shstrtab.data().data(), shstrtab.data().size());
  align_to(out, 8);
  size_t sh_off = out.size();

  std::vector<Elf64_Shdr> sections(7);
  auto& s_text = sections[1];
  s_text = {name_at[0], SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0, text_off, text.size(), 0, 0, 16, 0};
  auto& s_rela = sections[2];
  s_rela = {name_at[1], SHT_RELA, SHF_INFO_LINK,     0, rela_off, relas.size() * sizeof(Elf64_Rela), 3,
            1,          8,        sizeof(Elf64_Rela)};
  auto& s_sym = sections[3];
  s_sym = {name_at[2], SHT_SYMTAB,       0, 0, sym_off, symbols.size() * sizeof(Elf64_Sym), 4, first_global,
           8,          sizeof(Elf64_Sym)};
  sections[4] = {name_at[3], SHT_STRTAB, 0, 0, str_off, strtab.data().size(), 0, 0, 1, 0};
  sections[5] = {name_at[4], SHT_PROGBITS, 0, 0, shstr_off, 0, 0, 0, 1, 0};
  sections[6] = {name_at[5], SHT_STRTAB, 0, 0, shstr_off, shstrtab.data().size(), 0, 0, 1, 0};
  for (const Elf64_Shdr& s : sections) append(out, s);

  Elf64_Ehdr eh{};
  std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
  eh.e_ident[EI_CLASS] = ELFCLASS64;
  eh.e_ident[EI_DATA] = ELFDATA2LSB;
  eh.e_ident[EI_VERSION] = EV_CURRENT;
  eh.e_ident[EI_OSABI] = ELFOSABI_SYSV;
  eh.e_type = ET_REL;
  eh.e_machine = EM_X86_64;
  eh.e_version = EV_CURRENT;
  eh.e_shoff = sh_off;
  eh.e_ehsize = sizeof(Elf64_Ehdr);
  eh.e_shentsize = sizeof(Elf64_Shdr);
  eh.e_shnum = static_cast<uint16_t>(sections.size());
  eh.e_shstrndx = 6;
  std::memcpy(out.data(), &eh, sizeof eh);
  return out;
}

}  // namespace tandem::compile
