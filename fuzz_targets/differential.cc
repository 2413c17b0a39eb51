// The main fuzz target: a generated module compiled by both backends and as
// a mixed image, run next to wabt's interpreter, compared call by call
// (oracle/differential/differential_fuzzer.h). A mismatch prints the
// finding's signature, then one line (kind, culprit, export, first
// difference), then aborts through a frame of its kind and backend
// (finding_abort.h), so that libFuzzer keeps the input and crash buckets
// follow signatures.
//
// TANDEM_FUZZ_SCOPE=integer restricts generation to the integer core;
// TANDEM_FUZZ_BACKENDS=baseline leaves the optimizing backend (and mixed
// images) out, to fuzz the baseline alone against the interpreter.
// TANDEM_REAL_SEEDS=DIR[:DIR...] names the folders of real modules whose
// mutated slices a quarter of the inputs use (default: corpus/real and
// corpus/real/npm of the source tree, those that exist, or of tandem_data/
// beside this binary when there is one; "none" for none).
// Native code runs in the sandboxed executor (runner/executor.h);
// TANDEM_IN_PROCESS=1 runs it in the fuzzer's own process instead.
// TANDEM_STATS_FILE=PATH appends this process's "tandem-stats:" line to PATH
// at exit, also from libFuzzer's fork-mode children, whose stderr is not
// kept; scripts/fuzz sums the lines.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include "oracle/differential/differential_fuzzer.h"
#include "oracle/differential/finding_abort.h"

namespace {

tandem::oracle::DifferentialFuzzer* g_fuzzer = nullptr;

void print_stats() {
  if (!g_fuzzer) return;
  std::string line = g_fuzzer->stats().to_string() + "\n";
  std::fputs(line.c_str(), stderr);
  if (const char* path = std::getenv("TANDEM_STATS_FILE")) {
    // One write of one line with O_APPEND: lines of concurrent processes do not interleave.
    int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
      ssize_t written = ::write(fd, line.data(), line.size());
      (void)written;
      ::close(fd);
    }
  }
}

// Where corpus/real is: tandem_data/ beside this binary, else the source
// tree. OSS-Fuzz and ClusterFuzzLite run a copy of their build folder
// without the sources: scripts/oss-fuzz/build.sh lays the seeds out there.
std::string seeds_root() {
  std::error_code ec;
  std::filesystem::path beside = std::filesystem::read_symlink("/proc/self/exe", ec).parent_path() / "tandem_data";
  if (!ec && std::filesystem::is_directory(beside, ec)) return beside.string();
  return TANDEM_SOURCE_DIR;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  tandem::oracle::DifferentialFuzzer::Options options;
  const char* scope = std::getenv("TANDEM_FUZZ_SCOPE");
  if (scope && std::strcmp(scope, "integer") == 0) options.scope = tandem::generator::Scope::IntegerCore;
  const char* backends = std::getenv("TANDEM_FUZZ_BACKENDS");
  if (backends && std::strcmp(backends, "baseline") == 0) options.with_optimizing = false;
  // Native code runs in sandboxed executor processes unless asked otherwise.
  const char* in_process = std::getenv("TANDEM_IN_PROCESS");
  options.in_process = in_process && std::strcmp(in_process, "1") == 0;
  g_fuzzer = new tandem::oracle::DifferentialFuzzer(options);
  if (tandem::Status st = g_fuzzer->add_default_real_seeds(seeds_root()); !st) {
    std::fprintf(stderr, "tandem: real-module seeds: %s\n", st.error().to_string().c_str());
    std::exit(1);
  }
  std::fprintf(stderr, "tandem: %zu real-module seeds\n", g_fuzzer->num_real_seeds());
  std::atexit(print_stats);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tandem::oracle::DiffVerdict v = g_fuzzer->run({data, size});
  if (v.kind == tandem::oracle::DiffVerdict::Kind::Mismatch) {
    // The signature first, and an abort frame per kind and backend, so
    // that crash buckets follow tandem's signatures.
    std::fputs(tandem::oracle::finding_header(*v.finding).c_str(), stderr);
    print_stats();
    tandem::oracle::abort_with_finding(*v.finding);
  }
  return 0;
}
