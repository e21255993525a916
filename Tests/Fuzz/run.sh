#!/usr/bin/env bash
# Runs the libFuzzer harnesses of juki-report's readers.
#   Tests/Fuzz/run.sh [RUNS] [TARGET...]     RUNS executions per target (default 1000000)
# Targets: yaml (report.yaml reader), csv (CSV reader), decode (encoding detection), xml (archive reader).
# Each run starts from the corpus in Tests/Fuzz/corpus/TARGET and merges new coverage back into it.
# A crash, a hang (-timeout) or a leak (LeakSanitizer) stops the run with a non-zero status and leaves the
# input in Tests/Fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-1000000}"; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(yaml csv decode xml)

mkdir -p work
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >work/build.log 2>&1 ||
  { cat work/build.log; exit 1; }
tail -1 work/build.log
export JUKI_TEMPLATES="$(cd ../.. && pwd)/templates"
mkdir -p artifacts
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "work/$t"
  echo "== fuzz-$t: $runs runs"
  start=$(date +%s)
  ./.build/release/fuzz-"$t" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="artifacts/$t-" -print_final_stats=1 "work/$t" "corpus/$t" 2>"work/$t.log" || {
      tail -40 "work/$t.log"; exit 1; }
  end=$(date +%s)
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs" "work/$t.log" | tr '\n' ' '
  echo "($((end - start)) s)"
  # Keep the corpus small: the smallest set of inputs that covers what the old corpus and this run did.
  rm -rf "work/$t.min"; mkdir -p "work/$t.min"
  ./.build/release/fuzz-"$t" -merge=1 "work/$t.min" "corpus/$t" "work/$t" 2>/dev/null
  rm -rf "corpus/$t" "work/$t"; mv "work/$t.min" "corpus/$t"
done
echo "corpus: $(for t in "${targets[@]}"; do printf '%s %s files  ' "$t" "$(ls "corpus/$t" | wc -l)"; done)"
