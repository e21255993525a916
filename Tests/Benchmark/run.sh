#!/usr/bin/env bash
# The benchmark (issue 8): generates the synthetic archive, builds juki-report in release, times it against
# its peers as fresh processes, and prints the table that README「ベンチマーク」shows.
#
#   Tests/Benchmark/run.sh [--runs N] [--no-scale] [--scratch DIR] [--hostile-diff-only] [--hostile-only]
#                          [--baseline REV] [--callgrind-only] [--no-callgrind]
#
# Instruction counts (callgrind, Tests/Benchmark/instructions.py) of --help, build R4, check R4, a 20-edition build
# and the 100,000-row check come first; --baseline REV builds that revision in <scratch>/baseline (a git worktree)
# and counts it the same way, so the table shows before and after from one run. --callgrind-only stops there.
#
# The hostile diff pairs (issue 11): hostile_diff.py times `diff` on three pairs that were quadratic
# (20,000-character 講師 texts, 50,000-row tables with every row changed, 8 findings of 2,000 characters
# against 8 others); it runs first, and alone with --hostile-diff-only.
# --hostile-only times only the hostile inputs of issue 11 (Tests/Benchmark/hostile.py: a 4 MB report.yaml
# with a 2,080,000-item list, a 2,000,000-row table, 1,000,000 copies of one row) with their max RSS.
#
# Not part of `swift test` nor .ci/run (it takes minutes). Generated data and outputs go to the scratch
# folder (default .bench/, git-ignored), never into the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
scratch="$root/.bench"
args=()
hostile_diff_only=0
baseline=""
callgrind_only=0
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --scratch) scratch="$2"; shift 2 ;;
    --hostile-diff-only) hostile_diff_only=1; shift ;;
    --runs) runs="$2"; args+=("$1" "$2"); shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --callgrind-only) callgrind_only=1; args+=("$1"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done
mkdir -p "$scratch"

# Peers and tools: xsltproc and hyperfine-free timing (bench.py uses wait4 for time and max RSS);
# PyYAML and Jinja2 in a virtual environment of the scratch folder.
need=()
command -v xsltproc >/dev/null || need+=(xsltproc)
command -v diff >/dev/null || need+=(diffutils)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
if [ ! -x "$scratch/venv/bin/python" ]; then
  python3 -m venv "$scratch/venv"
fi
"$scratch/venv/bin/python" -c "import yaml, jinja2" 2>/dev/null ||
  "$scratch/venv/bin/pip" install -q PyYAML Jinja2

swift build -c release --product juki-report 2>&1 | tail -1

# The baseline: REV checked out beside the scratch data and built in release there (kept between runs).
if [ -n "$baseline" ]; then
  command -v valgrind >/dev/null || { echo "--baseline counts instructions: valgrind is needed" >&2; exit 1; }
  wt="$scratch/baseline"
  want="$(git rev-parse "$baseline^{commit}")"
  if [ "$(git -C "$wt" rev-parse HEAD 2>/dev/null || true)" != "$want" ]; then
    rm -rf "$wt"; git worktree prune
    git worktree add --detach "$wt" "$want" >/dev/null
  fi
  (cd "$wt" && swift build -c release --product juki-report 2>&1 | tail -1)
  args+=(--baseline-root "$wt")
fi

# Section: hostile diff pairs, every format as fresh processes, against diff -u of the report.txt files.
hostile_diff() {
  "$scratch/venv/bin/python" Tests/Benchmark/hostile_diff.py --root "$root" --scratch "$scratch" \
    --binary "$root/.build/release/juki-report" --runs "$runs"
}
[ "$callgrind_only" = 1 ] || hostile_diff
if [ "$hostile_diff_only" = 1 ]; then exit 0; fi

exec "$scratch/venv/bin/python" Tests/Benchmark/bench.py --root "$root" --scratch "$scratch" \
  --binary "$root/.build/release/juki-report" ${args[@]+"${args[@]}"}
