#!/usr/bin/env bash
# serve-browser.sh JUKI_REPORT - the live preview in a real browser (issue 16): starts `juki-report serve` on a
# free loopback port over a scratch copy of input/ and templates/, opens /R4/ in headless Chromium, edits the
# copy's report.yaml (written beside it and renamed over it, as Excel saves), and waits for the page to show
# the change without being reloaded by hand: a mark set on the page's window must be gone (the page reloaded
# itself) and the new 表題 shown. Prints the time from the save to the changed page; fails after 10 s.
# Tools: ../shared/tools (install-tools.sh: Chromium, chromedriver, selenium). Not part of `swift test`.
set -euo pipefail
bin="${1:?usage: $0 JUKI_REPORT}"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp -r "$root/input" "$root/templates" "$work/"
cd "$work"
"$bin" serve --port 0 2> serve.log &
pid=$!
for _ in $(seq 100); do grep -q 'http://127.0.0.1:' serve.log && break; sleep 0.1; done
port=$(grep -oE '127\.0\.0\.1:[0-9]+' serve.log | head -1 | cut -d: -f2)
[ -n "$port" ] || { echo "serve did not start:" >&2; cat serve.log >&2; exit 1; }

PYTHONPATH="${HTML_TOOLS_HOME:-/var/cache/html-check-tools}/py${PYTHONPATH:+:$PYTHONPATH}" \
python3 - "$port" "$work/input/R4/report.yaml" <<'PY'
import os, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

port, yaml = sys.argv[1], sys.argv[2]
opts = webdriver.ChromeOptions()
opts.binary_location = next(p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium") if os.path.exists(p))
for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
    opts.add_argument(a)
drv = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver", log_output=os.devnull), options=opts)
try:
    drv.set_page_load_timeout(30)
    drv.get(f"http://127.0.0.1:{port}/R4/")
    old = "住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について"
    new = "ブラウザの試験で変えた表題"
    assert old.replace(" ", "") in drv.page_source.replace(" ", ""), "the page does not show R4's 表題"
    # The script opens the reload stream as the page loads; give the connection a moment, then mark the
    # page: a reload by the page itself clears the mark.
    while drv.execute_script("return document.readyState") != "complete":
        time.sleep(0.05)
    time.sleep(0.5)
    drv.execute_script("window.jukiMark = 1")
    text = open(yaml, encoding="utf-8").read()
    assert old in text
    saving = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(yaml))), "report.yaml.saving")
    with open(saving, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new))
    saved = time.time()
    os.replace(saving, yaml)
    while time.time() < saved + 10:
        try:
            if drv.execute_script("return window.jukiMark") is None and new in drv.page_source:
                break
        except Exception:
            pass  # the page is reloading
        time.sleep(0.02)
    else:
        print("serve-browser: the page did not change within 10 s of the save", file=sys.stderr)
        sys.exit(1)
    print(f"serve-browser: /R4/ reloaded itself and shows the edit {time.time() - saved:.2f} s after the save")
finally:
    drv.quit()
PY
