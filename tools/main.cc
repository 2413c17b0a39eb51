// tandem: the command-line program. Subcommands live in cmd_*.cc.
#include <cstdio>
#include <string_view>

#include "tools/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"tandem: differential testing of a baseline and an optimizing WebAssembly compiler"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Print help for every subcommand");
  tandem::tools::ExitCode exit;
  tandem::tools::register_validate_command(app, exit);
  tandem::tools::register_convert_commands(app, exit);
  tandem::tools::register_spec_command(app, exit);
  tandem::tools::register_run_command(app, exit);
  tandem::tools::register_diff_command(app, exit);
  tandem::tools::register_reduce_command(app, exit);
  tandem::tools::register_regress_command(app, exit);
  tandem::tools::register_sweep_command(app, exit);
  tandem::tools::register_compile_command(app, exit);
  tandem::tools::register_findings_command(app, exit);
  tandem::tools::register_report_command(app, exit);
  tandem::tools::register_replay_command(app, exit);
  tandem::tools::register_campaign_command(app, exit);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a parse "error" with status 0; every other one is a
    // usage error, and usage errors exit 2 whatever CLI11 numbers them.
    int code = app.exit(e);
    if (code == 0) return 0;
    std::string_view what = e.what();
    if (what.find("-nan") != std::string_view::npos || what.find("-inf") != std::string_view::npos)
      std::fprintf(stderr, "(arguments that start with '-' go after '--': tandem run FILE --invoke f -- -nan -inf)\n");
    return 2;
  }
  return exit.value;
}
