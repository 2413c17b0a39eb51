// The tandem program's subcommands, one file each (cmd_*.cc). Each registers
// its options on the CLI11 app and returns through the exit code it sets.
#pragma once

#include <CLI/CLI.hpp>

namespace tandem::tools {

// Every command stores its process exit code here; main() returns it.
struct ExitCode {
  int value = 0;
};

void register_validate_command(CLI::App& app, ExitCode& exit);
void register_convert_commands(CLI::App& app, ExitCode& exit);  // wat2wasm, wasm2wat
void register_spec_command(CLI::App& app, ExitCode& exit);
void register_diff_command(CLI::App& app, ExitCode& exit);
void register_run_command(CLI::App& app, ExitCode& exit);
void register_reduce_command(CLI::App& app, ExitCode& exit);
void register_regress_command(CLI::App& app, ExitCode& exit);
void register_sweep_command(CLI::App& app, ExitCode& exit);
void register_compile_command(CLI::App& app, ExitCode& exit);
void register_findings_command(CLI::App& app, ExitCode& exit);
void register_report_command(CLI::App& app, ExitCode& exit);
void register_replay_command(CLI::App& app, ExitCode& exit);
void register_campaign_command(CLI::App& app, ExitCode& exit);

}  // namespace tandem::tools
