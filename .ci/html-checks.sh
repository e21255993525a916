#!/usr/bin/env bash
# html-checks.sh OUTPUT_DIR - judge every generated HTML page under OUTPUT_DIR as the prefecture's site will:
#   1. the Nu Html Checker: 0 errors and 0 warnings (--strict) on every page; a fragment (a file that does
#      not start with <!DOCTYPE html>, as --html-fragment writes) is validated wrapped in a minimal page;
#   2. axe-core in headless Chromium (WCAG 2.0/2.1 A and AA, JIS X 8341-3:2016 AA): 0 violations at
#      1280 px and at 375 px (phone), on the pages and the wrapped fragments.
# Tools: ../shared/tools (install once with install-tools.sh; TOOLS=... to point elsewhere).
# Exit: 0 all clean, 1 findings, 2 usage or tool trouble.
set -uo pipefail

out="${1:-}"
[ -n "$out" ] && [ -d "$out" ] || { echo "usage: $0 OUTPUT_DIR" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="${TOOLS:-$here/../../shared/tools}"
[ -x "$tools/html-validate.sh" ] || [ -f "$tools/html-validate.sh" ] || { echo "no checker tools in $tools" >&2; exit 2; }

work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mapfile -d '' pages < <(find "$out" -type f -name '*.html' -print0 | sort -z)
[ "${#pages[@]}" -gt 0 ] || { echo "no *.html under $out" >&2; exit 2; }

# Copy every page into one folder (keeping its relative path); wrap the fragments there.
fragments=0
for page in "${pages[@]}"; do
  rel="${page#"$out"/}"
  mkdir -p "$work/pages/$(dirname "$rel")"
  if head -c 15 "$page" | grep -qi '^<!DOCTYPE html>'; then
    cp "$page" "$work/pages/$rel"
  else
    fragments=$((fragments + 1))
    {
      printf '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8" />\n'
      printf '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
      printf '<title>断片の検査: %s</title>\n</head>\n<body>\n<main>\n' "$rel"
      cat "$page"
      printf '</main>\n</body>\n</html>\n'
    } >"$work/pages/${rel%.html}.wrapped.html"
  fi
done
echo "html-checks: ${#pages[@]} files under $out (${fragments} fragments, validated wrapped)"

status=0
"${tools}/html-validate.sh" --strict "$work/pages"
rc=$?; [ $rc -gt $status ] && status=$rc
# axe prints a JSON report on stdout and a line per page on stderr; the JSON is shown only on findings.
for size in "1280 800" "375 812"; do
  set -- $size
  echo "axe at $1 px:"
  python3 "$tools/a11y-check.py" --width "$1" --height "$2" "$work/pages" >"$work/axe-$1.json"
  rc=$?; [ $rc -gt $status ] && status=$rc
  [ $rc -ne 0 ] && cat "$work/axe-$1.json"
done

[ $status -eq 0 ] && echo "html-checks: all clean" || echo "html-checks: findings (exit $status)" >&2
exit $status
