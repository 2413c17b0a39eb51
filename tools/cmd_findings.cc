// tandem findings add|list|index: the deduplicated record of a campaign's
// findings (oracle/reduce/finding_store.h). `add` replays each input of the
// differential fuzz target in a child process, the way the target read it,
// and files it under its signature: new, or one more of a known one.
// scripts/fuzz runs it on every crash file a campaign writes. `index`
// writes the HTML page that lists them all (oracle/reduce/finding_index.h).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>

#include <fmt/format.h>

#include "oracle/differential/differential_fuzzer.h"
#include "oracle/engines/text_format.h"
#include "oracle/reduce/finding_index.h"
#include "oracle/reduce/finding_store.h"
#include "tools/cli_support.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct FindingsArgs {
  std::string store = "reports/findings";
  std::vector<std::string> inputs;
  std::string index = "reports/index.html";
};

// The signature of one fuzz input, from a child process: an input that
// kills the harness is a finding too ("harness_crash/SIGSEGV/-"). Empty
// when it no longer reproduces a mismatch.
std::string signature_of(std::span<const uint8_t> input) {
  int fds[2];
  if (pipe(fds) != 0) return "harness_crash/pipe/-";
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    alarm(600);  // a harness that hangs on the input ends as SIGALRM
    oracle::DifferentialFuzzer fuzzer(oracle::DifferentialFuzzer::Options{});
    std::string sig;
    if (fuzzer.add_default_real_seeds(TANDEM_SOURCE_DIR).ok()) {
      oracle::DiffVerdict v = fuzzer.run(input);
      if (v.kind == oracle::DiffVerdict::Kind::Mismatch) sig = v.finding->signature();
    } else {
      sig = "?seeds";
    }
    ssize_t ignored = write(fds[1], sig.data(), sig.size());
    (void)ignored;
    _exit(0);
  }
  close(fds[1]);
  std::string sig;
  char buf[512];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) sig.append(buf, static_cast<size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status)) return fmt::format("harness_crash/{}/-", sigabbrev_np(WTERMSIG(status)) ?: "?");
  return sig;
}

int run_add(const FindingsArgs& a) {
  oracle::FindingStore store(a.store);
  int status = 0;
  size_t added = 0, fresh = 0;
  for (const std::string& path : a.inputs) {
    Result<std::vector<uint8_t>> input = oracle::read_file(path);
    if (!input) {
      fmt::print(stderr, "tandem: {}\n", input.error().to_string());
      status = 2;
      continue;
    }
    std::string sig = signature_of(*input);
    if (sig == "?seeds") {
      fmt::print(stderr, "tandem: the real-module seeds could not be loaded\n");
      return 2;
    }
    if (sig.empty()) {
      fmt::print("{}: no longer reproduces a mismatch; not filed\n", path);
      continue;
    }
    bool is_new = false;
    Result<oracle::StoredFinding> f = store.add(sig, *input, now_utc(), &is_new);
    if (!f) {
      fmt::print(stderr, "tandem: {}\n", f.error().to_string());
      return 2;
    }
    ++added;
    fresh += is_new;
    fmt::print("{} {} ({} seen, smallest input {} B): {}\n", is_new ? "new  " : "known", sig, f->count,
               f->smallest_size, path);
  }
  fmt::print("findings: {} filed, {} under new signatures, in {}\n", added, fresh, a.store);
  return status;
}

int run_list(const FindingsArgs& a) {
  Result<std::vector<oracle::StoredFinding>> all = oracle::FindingStore(a.store).list();
  if (!all) {
    fmt::print(stderr, "tandem: {}\n", all.error().to_string());
    return 2;
  }
  fmt::print("{:>6}  {:<20}  {:<20}  {:>8}  {}\n", "seen", "first", "last", "smallest", "signature");
  for (const oracle::StoredFinding& f : *all)
    fmt::print("{:>6}  {:<20}  {:<20}  {:>8}  {}\n", f.count, f.first_seen, f.last_seen, f.smallest_size, f.signature);
  fmt::print("{} signatures in {}\n", all->size(), a.store);
  return 0;
}

// The index page, linking into the store by a path relative to the page.
int run_index(const FindingsArgs& a) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path page_dir = fs::path(a.index).parent_path();
  if (!page_dir.empty() && !fs::is_directory(page_dir, ec)) {
    fmt::print(stderr, "tandem: no folder {}\n", page_dir.string());
    return 2;
  }
  Result<std::vector<oracle::IndexEntry>> entries = oracle::index_entries(a.store);
  if (!entries) {
    fmt::print(stderr, "tandem: {}\n", entries.error().to_string());
    return 2;
  }
  fs::path base = page_dir.empty() ? fs::current_path(ec) : page_dir;
  std::string href = fs::weakly_canonical(a.store, ec).lexically_relative(fs::weakly_canonical(base, ec)).string();
  std::string html = oracle::render_findings_index(*entries, href == "." ? "" : href);
  Status st =
      oracle::write_file(a.index, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(html.data()), html.size()));
  if (!st) {
    fmt::print(stderr, "tandem: {}\n", st.error().to_string());
    return 2;
  }
  size_t reported = 0;
  for (const oracle::IndexEntry& e : *entries) reported += e.has_report;
  fmt::print("wrote {}: {} signatures, {} with a report page\n", a.index, entries->size(), reported);
  return 0;
}

}  // namespace

void register_findings_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<FindingsArgs>();
  auto* cmd = app.add_subcommand("findings", "The findings of campaigns, one entry per signature");
  cmd->require_subcommand(1);
  auto* add = cmd->add_subcommand("add", "File differential fuzz inputs under their signatures");
  add->add_option("inputs", args->inputs, "Inputs of the differential fuzz target (crash-*)")->required();
  add->add_option("--store", args->store, "The findings folder (default: reports/findings)");
  add->callback([args, &exit] { exit.value = run_add(*args); });
  auto* list = cmd->add_subcommand("list", "Every signature, how often and when it was seen");
  list->add_option("--store", args->store, "The findings folder (default: reports/findings)");
  list->callback([args, &exit] { exit.value = run_list(*args); });
  auto* index = cmd->add_subcommand("index", "Write the HTML page that lists every finding and links its report");
  index->add_option("--store,--dir", args->store, "The findings folder (default: reports/findings)");
  index->add_option("-o,--output", args->index, "The page to write (default: reports/index.html; rewritten)");
  index->callback([args, &exit] { exit.value = run_index(*args); });
}

}  // namespace tandem::tools
