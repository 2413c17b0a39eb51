#!/usr/bin/env python3
"""The ClusterFuzzLite workflows and the OSS-Fuzz and ClusterFuzzLite
project files, checked without running them (they run nowhere here):

- every file of .github/workflows/, .clusterfuzzlite/project.yaml and
  scripts/oss-fuzz/project.yaml parses as YAML;
- every repository path they name exists: a word whose first component is
  a top-level entry of the repository (scripts/..., corpus/..., ...) names
  a file or folder, or is a glob that matches one;
- the four modes are there (code-change, batch, prune, coverage), each
  through ClusterFuzzLite's v1 actions after a checkout; the code-change
  gate replays the corpora before it fuzzes, and fuzzes the differential
  target alone, as batch fuzzing does for most of its time; the project
  files say what scripts/oss-fuzz/build.sh and its Dockerfiles assume;
- what the Dockerfiles COPY exists, .clusterfuzzlite/build.sh is
  scripts/oss-fuzz/build.sh, and scripts/oss-fuzz/packages names packages
  this Debian machine has (the build here uses the same).

The Checker cases hold the checks to inputs where they must fail.

  workflows_test.py SOURCE_DIR
"""
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT = None
MODES = {"code-change", "batch", "prune", "coverage"}
ACTION = re.compile(r"^google/clusterfuzzlite/actions/(build_fuzzers|run_fuzzers)@v1$")


def yaml_files(root):
    files = sorted(glob.glob(os.path.join(root, ".github/workflows/*.yml")) +
                   glob.glob(os.path.join(root, ".github/workflows/*.yaml")))
    return files + [os.path.join(root, ".clusterfuzzlite/project.yaml"),
                    os.path.join(root, "scripts/oss-fuzz/project.yaml")]


def load(path):
    with open(path) as f:
        return yaml.safe_load(f)


def strings(node):
    """Every string of a parsed YAML document, keys included."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from strings(k)
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def top_level(root):
    """The repository's top-level entries: tracked files and untracked ones
    git does not ignore (build/ and reports/ are not the repository's)."""
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "--cached", "--others", "--exclude-standard"],
                             check=True, capture_output=True, text=True).stdout
        return {line.split("/")[0] for line in out.splitlines() if "/" in line}
    except (OSError, subprocess.CalledProcessError):
        return {e for e in os.listdir(root) if os.path.isdir(os.path.join(root, e))}


WORD = re.compile(r"[\w.*@-]+(?:/[\w.*@-]*)+")


def missing_paths(doc, root, tops):
    """The paths a document names that do not exist under root."""
    missing = []
    for s in strings(doc):
        for word in WORD.findall(s):
            if word.split("/")[0] not in tops:
                continue
            path = os.path.join(root, word)
            if any(c in word for c in "*?["):
                if not glob.glob(path, recursive=True):
                    missing.append(word)
            elif not os.path.exists(path):
                missing.append(word)
    return missing


def steps(doc):
    for job in (doc.get("jobs") or {}).values():
        yield from job.get("steps") or []


def run_modes(doc):
    return {str(s["with"]["mode"]) for s in steps(doc)
            if str(s.get("uses", "")).startswith("google/clusterfuzzlite/actions/run_fuzzers") and "with" in s}


def keeps(job):
    """What the job's keep-targets steps keep, those before its run_fuzzers step."""
    kept = []
    for s in job.get("steps") or []:
        if str(s.get("uses", "")).startswith("google/clusterfuzzlite/actions/run_fuzzers"):
            break
        m = re.search(r"\.clusterfuzzlite/keep-targets build-out (.+?)\s*$", str(s.get("run", "")), re.M)
        if m:
            kept.append(m.group(1))
    return kept


def workflow_problems(name, doc):
    """What keeps a workflow from being a ClusterFuzzLite workflow."""
    problems = []
    # YAML 1.1 reads the key `on` as True.
    if not isinstance(doc, dict) or not (doc.get("on") or doc.get(True)):
        problems.append(f"{name}: no `on` trigger")
    if not isinstance(doc, dict) or not doc.get("jobs"):
        return problems + [f"{name}: no jobs"]
    for job_name, job in doc["jobs"].items():
        if "runs-on" not in job or not job.get("steps"):
            problems.append(f"{name}: job {job_name} has no runs-on or no steps")
            continue
        uses = [str(s.get("uses", "")) for s in job["steps"]]
        cflite = [u for u in uses if "clusterfuzzlite" in u]
        for u in cflite:
            if not ACTION.match(u):
                problems.append(f"{name}: job {job_name} uses {u}, not ClusterFuzzLite's v1 actions")
        if cflite and not uses[0].startswith("actions/checkout@"):
            problems.append(f"{name}: job {job_name} does not check out first (ClusterFuzzLite would not find "
                            ".clusterfuzzlite/project.yaml and would build on Ubuntu 20.04)")
    return problems


class RealFiles(unittest.TestCase):
    def setUp(self):
        self.tops = top_level(ROOT)
        self.workflows = {os.path.basename(p): load(p) for p in yaml_files(ROOT)[:-2]}

    def test_every_file_parses_as_yaml(self):
        for path in yaml_files(ROOT):
            with self.subTest(path=os.path.relpath(path, ROOT)):
                self.assertTrue(os.path.isfile(path), "missing")
                self.assertIsInstance(load(path), dict)

    def test_every_named_path_exists(self):
        for path in yaml_files(ROOT):
            with self.subTest(path=os.path.relpath(path, ROOT)):
                self.assertEqual(missing_paths(load(path), ROOT, self.tops), [])

    def test_the_four_modes_through_clusterfuzzlite_actions(self):
        modes = set()
        for name, doc in self.workflows.items():
            self.assertEqual(workflow_problems(name, doc), [])
            modes |= run_modes(doc)
        self.assertEqual(modes, MODES)

    def test_the_code_change_gate_replays_first_and_fails_only_on_new_crashes(self):
        gate = [(n, d) for n, d in self.workflows.items() if "code-change" in run_modes(d)]
        self.assertEqual(len(gate), 1, "one code-change workflow")
        name, doc = gate[0]
        jobs = doc["jobs"]
        replay = [j for j, job in jobs.items()
                  if any("scripts/replay-corpora" in str(s.get("run", "")) for s in job["steps"])]
        self.assertEqual(len(replay), 1, f"{name}: one job runs scripts/replay-corpora")
        for j, job in jobs.items():
            if "code-change" in run_modes({"jobs": {j: job}}):
                self.assertIn(replay[0], [job.get("needs")] if isinstance(job.get("needs"), str) else job.get("needs", []),
                              f"{name}: the fuzzing job {j} does not wait for the replay")
                fuzz = [s for s in job["steps"] if str(s.get("uses", "")).startswith("google/clusterfuzzlite/actions/run_fuzzers")]
                self.assertEqual(int(fuzz[0]["with"]["fuzz-seconds"]), 600)
                # ... all of them for the differential target.
                self.assertEqual(keeps(job), ["differential"], f"{name}: job {j}")
        # New crashes are told from known ones by main's continuous builds.
        uploads = [s for d in self.workflows.values() for s in steps(d)
                   if str(s.get("uses", "")).startswith("google/clusterfuzzlite/actions/build_fuzzers")
                   and str((s.get("with") or {}).get("upload-build", "")).lower() == "true"]
        self.assertTrue(uploads, "no workflow uploads main's builds (upload-build: true)")

    def test_batch_fuzzing_gives_the_differential_target_the_time(self):
        batch = [d for d in self.workflows.values() if "batch" in run_modes(d)]
        self.assertEqual(len(batch), 1, "one batch workflow")
        job = next(iter(batch[0]["jobs"].values()))
        self.assertEqual(keeps(job), ["${{ matrix.targets }}"])
        seconds = {e["targets"]: e["seconds"] for e in job["strategy"]["matrix"]["include"]}
        self.assertEqual(set(seconds), {"differential", "others"})
        self.assertGreater(seconds["differential"], 3 * seconds["others"])

    def test_keep_targets_keeps_what_it_is_told(self):
        script = os.path.join(ROOT, ".clusterfuzzlite/keep-targets")
        names = ["fuzz_differential", "fuzz_differential.options", "fuzz_differential_seed_corpus.zip",
                 "fuzz_decode_validate", "fuzz_decode_validate.dict", "fuzz_assembler", "llvm-symbolizer", "lib"]
        for which, kept in (("differential", {"fuzz_differential", "fuzz_differential.options",
                                              "fuzz_differential_seed_corpus.zip", "llvm-symbolizer", "lib"}),
                            ("others", {"fuzz_decode_validate", "fuzz_decode_validate.dict", "fuzz_assembler",
                                        "llvm-symbolizer", "lib"})):
            with tempfile.TemporaryDirectory() as out:
                for n in names:
                    with open(os.path.join(out, n), "w"):
                        pass
                    os.chmod(os.path.join(out, n), 0o755)
                subprocess.run([script, out, which], check=True, capture_output=True)
                self.assertEqual(set(os.listdir(out)), kept, which)
        with tempfile.TemporaryDirectory() as out:  # not a ClusterFuzzLite build folder
            self.assertNotEqual(subprocess.run([script, out, "differential"], capture_output=True).returncode, 0)

    def test_project_files(self):
        cfl = load(os.path.join(ROOT, ".clusterfuzzlite/project.yaml"))
        oss = load(os.path.join(ROOT, "scripts/oss-fuzz/project.yaml"))
        for doc in (cfl, oss):
            self.assertEqual(doc["language"], "c++")
            self.assertEqual(doc["base_os_version"], "ubuntu-24-04")
        self.assertEqual(set(oss["sanitizers"]), {"address", "undefined"})
        self.assertEqual(oss["fuzzing_engines"], ["libfuzzer"])
        for dockerfile in ("scripts/oss-fuzz/Dockerfile", ".clusterfuzzlite/Dockerfile"):
            with open(os.path.join(ROOT, dockerfile)) as f:
                self.assertIn("FROM gcr.io/oss-fuzz-base/base-builder:ubuntu-24-04", f.read(), dockerfile)

    def test_dockerfiles_copy_what_exists(self):
        # OSS-Fuzz builds from the project folder (this one), ClusterFuzzLite
        # from the repository's root.
        for dockerfile, context in (("scripts/oss-fuzz/Dockerfile", "scripts/oss-fuzz"), (".clusterfuzzlite/Dockerfile", ".")):
            with open(os.path.join(ROOT, dockerfile)) as f:
                for line in f:
                    if line.startswith("COPY "):
                        source = line.split()[1]
                        with self.subTest(dockerfile=dockerfile, source=source):
                            self.assertTrue(os.path.exists(os.path.join(ROOT, context, source)))

    def test_clusterfuzzlite_builds_with_oss_fuzz_build_sh(self):
        self.assertEqual(os.path.realpath(os.path.join(ROOT, ".clusterfuzzlite/build.sh")),
                         os.path.realpath(os.path.join(ROOT, "scripts/oss-fuzz/build.sh")))

    def test_the_image_packages_exist_here(self):
        with open(os.path.join(ROOT, "scripts/oss-fuzz/packages")) as f:
            packages = [line.strip() for line in f if line.strip() and not line.startswith("#")]
        self.assertTrue(packages)
        for p in packages:
            with self.subTest(package=p):
                status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True)
                self.assertIn("install ok installed", status.stdout, f"{p} is no installed Debian package")


class Checker(unittest.TestCase):
    """The checks above fail where they should."""

    def test_a_missing_path_is_reported(self):
        doc = {"jobs": {"a": {"steps": [{"run": "scripts/replay-corpora build/asan && scripts/no-such-script"}]}}}
        self.assertEqual(missing_paths(doc, ROOT, top_level(ROOT)), ["scripts/no-such-script"])

    def test_a_glob_matching_nothing_is_reported(self):
        doc = {"on": {"pull_request": {"paths": ["corpus/regressions/*.wat", "fuzz_targets/*.rs"]}}}
        self.assertEqual(missing_paths(doc, ROOT, top_level(ROOT)), ["fuzz_targets/*.rs"])

    def test_a_workflow_without_checkout_or_with_another_action_is_reported(self):
        doc = {"on": {"push": None}, "jobs": {"j": {"runs-on": "ubuntu-latest", "steps": [
            {"uses": "google/clusterfuzzlite/actions/build_fuzzers@v2"}]}}}
        problems = workflow_problems("x.yml", doc)
        self.assertEqual(len(problems), 2, problems)

    def test_a_file_that_is_not_yaml_does_not_parse(self):
        with tempfile.NamedTemporaryFile("w", suffix=".yml") as f:
            f.write("jobs:\n  a: [unclosed\n")
            f.flush()
            with self.assertRaises(yaml.YAMLError):
                load(f.name)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: workflows_test.py SOURCE_DIR")
    ROOT = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
