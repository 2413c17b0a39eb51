// A finding bundle: one folder with everything needed to see, replay and
// reduce one finding on another machine, with no script to write:
//
//   finding.wat   the regression file: every setting with the ISA flags
//                 written out (never "host"), the mixed mask, the NaN
//                 policy, the calls and their arguments, the interpreter's
//                 outcome of each (regression.h)
//   reduced.wasm  the module, and reduced.wat its text
//   bundle.json   the signature and finding, the tandem commit that wrote
//                 it, settings, mask, calls, each engine's outcome of each
//                 call, and the command that replays it
//   report.md     the page a person reads (finding_report.h), and
//   report.html   the same page for a browser
//
// `tandem replay DIR` runs it again: the same verdict on any x86-64 machine
// with the ISA flags it names; on one without, it names the flag.
#pragma once

#include <string>

#include "oracle/reduce/regression.h"
#include "wasm/result.h"

namespace tandem::oracle {

inline constexpr const char* kBundleRegressionFile = "finding.wat";
inline constexpr const char* kBundleClaimFile = ".bundle-claim";

// Writes the bundle of `r` into `dir` (made when missing). Refuses a folder
// that already holds a bundle (finding.wat): a finding is never
// overwritten. `commit` is the tandem build's ("unknown" outside a git
// checkout). Runs the case once for the outcomes table.
Status write_bundle(const std::string& dir, const Regression& r, const std::string& commit);

// The regression of a bundle folder, or of a regression file given itself.
Result<Regression> read_bundle(const std::string& path);

// A bundle run again. Same: the verdict it recorded (the signature of its
// mismatch, or agreement); Different: another verdict (the bug is fixed,
// or it now shows otherwise); CannotRun: this machine cannot run it (an
// ISA flag it lacks; `why` names the flag) or the bundle is unreadable.
struct BundleReplay {
  enum class Status : uint8_t { Same, Different, CannotRun };
  Status status = Status::CannotRun;
  std::string recorded;  // the signature it recorded, or "agree"
  std::string now;       // the verdict now: a signature, "agree" or "inconclusive: ..."
  std::string why;       // CannotRun: the reason; else the finding now, in one line
};
BundleReplay replay_bundle(const Regression& r);

// Whether a verdict now is the one recorded. A signature recorded before
// operators were located ends in "-" ("result/optimizing/-"): it holds
// for any operator of that kind and backend.
bool same_signature(const std::string& recorded, const std::string& now);

// Claims a folder for one bundle: `base` while nothing holds or claims
// it, else base/reduced-2, base/reduced-3, ... (made when missing). The
// claim is an empty .bundle-claim file made with O_EXCL, so reductions
// running at once over one store each get a folder of their own and none
// overwrites another's bundle. Io errors name the folder.
Result<std::string> claim_bundle_dir(const std::string& base);

// Gives a claimed folder back, for a bundle that could not be written.
void release_bundle_dir(const std::string& dir);

}  // namespace tandem::oracle
