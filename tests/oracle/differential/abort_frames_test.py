#!/usr/bin/env python3
"""The crash state ClusterFuzz would give each finding's abort frame.

ClusterFuzz buckets a crash by its top frames, each cut at its first '(' or
'[' after removing "(anonymous namespace)::" (_filter_stack_frame in
clusterfuzz/stacktraces). A finding aborts through a frame of its own per
kind and blamed backend (oracle/differential/finding_abort.cc). This reads
the symbols of the built fuzz target and checks that every one of those
frames is still a name of its own after that cut: a template or a lambda
would cut to one name for every finding, one bucket for every miscompile.

  abort_frames_test.py FUZZ_TARGET_BINARY
"""
import re
import subprocess
import sys

KINDS = ["instantiate", "result", "trap", "trap_offset", "host_trace", "memory", "global", "crash",
         "compiler_error", "compile_blowup", "determinism", "tables", "metamorphic", "hang"]
BLAMES = ["baseline", "optimizing", "optimizing_passes", "baseline_and_optimizing", "mixed", "other_engine"]


def crash_state_frame(frame):
    """ClusterFuzz's cut of one symbolized frame."""
    for ns in ["non-virtual thunk to ", "(anonymous namespace)::", "`anonymous namespace'::"]:
        frame = frame.replace(ns, "")
    frame = frame.split("!")[-1]
    m = re.match(r"(.*?)[\(\[].*", frame)
    if m and m.group(1):
        return m.group(1).strip()
    return frame.strip().split(" ")[0]


def main():
    binary = sys.argv[1]
    out = subprocess.run(["nm", "-C", binary], check=True, capture_output=True, text=True).stdout
    frames = [line.split(" ", 2)[2] for line in out.splitlines()
              if line.count(" ") >= 2 and "finding_frames::" in line and line.split(" ", 2)[1] in "tTwW"]
    cut = {}
    for f in frames:
        cut.setdefault(crash_state_frame(f), []).append(f)
    expected = {f"tandem::oracle::finding_frames::{k}_in_{b}" for k in KINDS for b in BLAMES}
    failures = []
    for name, symbols in cut.items():
        if len(symbols) > 1:
            failures.append(f"{len(symbols)} frames cut to one crash state '{name}': {symbols}")
    missing = expected - cut.keys()
    if missing:
        failures.append(f"{len(missing)} frames missing from {binary}, e.g. {sorted(missing)[:3]}")
    unexpected = cut.keys() - expected
    if unexpected:
        failures.append(f"frames not in the kind and backend table: {sorted(unexpected)[:5]}")
    for f in failures:
        print("FAIL:", f)
    print(f"{len(frames)} abort frames, {len(cut)} distinct crash states, {len(expected)} expected")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
