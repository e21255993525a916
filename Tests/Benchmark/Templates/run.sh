#!/usr/bin/env bash
# Issue 13, item 1: instructions (callgrind) of each template library this machine has parsing and rendering
# the report's text (templates/text/report and its partials, or ports/ of them) over input/R4's view
# (r4-report.json, the ReportView of input/R4 as JSON). Prints, per library, one parse + render when warm
# ((I(11) - I(1)) / 10) and the first one in a process (I(1) - I(none)). Needs valgrind; takes minutes
# (LeafKit builds swift-nio). Not part of swift test nor .ci/run.
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release 2>&1 | tail -1
bin="$(swift build -c release --show-bin-path)/TemplateBench"
copy="$(mktemp)"
trap 'rm -f "$copy"' EXIT
cp "$bin" "$copy"
chmod 755 "$copy"
strip -g "$copy"  # valgrind 3.19 does not read Swift's DWARF 5
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$copy" "$@" 2>&1 | awk '/refs:/ { gsub(",", "", $NF); print $NF }'; }
base=$(count none 1)
printf '%-10s %14s %14s\n' library "warm (M)" "first (M)"
for engine in mustache stencil leaf; do
  one=$(count "$engine" 1)
  eleven=$(count "$engine" 11)
  awk -v e="$engine" -v b="$base" -v o="$one" -v t="$eleven" \
    'BEGIN { printf "%-10s %14.1f %14.1f\n", e, (t - o) / 10 / 1e6, (o - b) / 1e6 }'
done
