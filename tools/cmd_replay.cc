// tandem replay BUNDLE: runs a finding bundle (a folder `tandem reduce`
// wrote, or its finding.wat) again under exactly the settings, ISA flags,
// mixed mask and calls it records, and says whether the verdict is the one
// it recorded. Exit 0: the same verdict; 1: another (fixed, or changed);
// 2: it cannot run here (the CPU lacks an ISA flag it names, or the bundle
// is unreadable).
#include <fmt/format.h>

#include "oracle/reduce/finding_bundle.h"
#include "tools/commands.h"

namespace tandem::tools {

void register_replay_command(CLI::App& app, ExitCode& exit) {
  auto path = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("replay", "Run a finding bundle again and compare the verdict with the recorded one");
  cmd->add_option("bundle", *path, "A bundle folder (tandem reduce writes them) or its finding.wat")->required();
  cmd->callback([path, &exit] {
    Result<oracle::Regression> r = oracle::read_bundle(*path);
    if (!r) {
      fmt::print(stderr, "tandem: {}\n", r.error().to_string());
      exit.value = 2;
      return;
    }
    oracle::BundleReplay replay = oracle::replay_bundle(*r);
    switch (replay.status) {
      case oracle::BundleReplay::Status::CannotRun:
        fmt::print(stderr, "tandem: cannot replay {} on this machine: {}\n", *path, replay.why);
        exit.value = 2;
        return;
      case oracle::BundleReplay::Status::Same:
        fmt::print("same verdict: {}\n{}{}", replay.now, replay.why, replay.why.empty() ? "" : "\n");
        exit.value = 0;
        return;
      case oracle::BundleReplay::Status::Different:
        fmt::print("different verdict: recorded {}, now {}\n{}{}", replay.recorded, replay.now, replay.why,
                   replay.why.empty() ? "" : "\n");
        exit.value = 1;
        return;
    }
  });
}

}  // namespace tandem::tools
