#!/usr/bin/env python3
"""reflow-check.py - no sideways scrolling at 320 CSS px with text at 200 % (JIS X 8341-3 / WCAG 1.4.4, 1.4.10).

usage: reflow-check.py FILE_OR_DIR...

Each page (a file starting with <!DOCTYPE html>; CMS fragments are skipped, the CMS frames them) is opened in
headless Chromium, as ../shared/tools/a11y-check.py opens pages (selenium, Debian chromium), with:
  - a 320 CSS px wide phone viewport (CDP Emulation.setDeviceMetricsOverride, mobile, scale 1);
  - text at 200 %: the browser's default font size set from 16 px to 32 px (the profile preference
    webkit.webprefs.default_font_size, what a reader's "font size" setting changes). This enlarges text only:
    the viewport stays 320 px, unlike --force-device-scale-factor or page zoom. The script checks that the
    root font size did become 32 px, or fails.
A page fails when
  - document.scrollingElement.scrollWidth > the viewport width (the page scrolls sideways); the elements whose
    right edge passes the viewport are listed;
  - an element scrolls sideways inside the page (scrollWidth > clientWidth with overflow-x auto or scroll) and
    is not focusable (no tabindex): a keyboard could not scroll it (a 別添 table's region has tabindex="0").
exit: 0 all pass, 1 a page failed, 2 tool trouble.
env:  HTML_TOOLS_HOME (selenium, as install-tools.sh put it), CHROMIUM_BIN, CHROMEDRIVER
"""
import glob
import os
import sys

VENDOR = os.environ.get("HTML_TOOLS_HOME", "/var/cache/html-check-tools")
sys.path.insert(0, os.path.join(VENDOR, "py"))

WIDTH, HEIGHT, FONT = 320, 640, 32

MEASURE = """
const vw = arguments[0];  // the emulated width: a phone widens its layout viewport to wide content
const doc = document.scrollingElement || document.documentElement;
const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
  const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
  (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
const wide = [], unreachable = [];
for (const el of document.body.querySelectorAll('*')) {
  const r = el.getBoundingClientRect();
  const o = getComputedStyle(el).overflowX;
  if (r.right > vw + 0.5 && !inScroller(el)) wide.push(name(el) + ' right=' + Math.round(r.right));
  // Text wider than its box (an unbreakable run) overflows without making the box wider.
  else if (o === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !inScroller(el))
    wide.push(name(el) + ' content ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
  if ((o === 'auto' || o === 'scroll') && el.scrollWidth > el.clientWidth && !el.hasAttribute('tabindex'))
    unreachable.push(name(el) + ' scrollWidth=' + el.scrollWidth + ' clientWidth=' + el.clientWidth);
}
return {vw: vw, scrollWidth: doc.scrollWidth, root: getComputedStyle(document.documentElement).fontSize,
        wide: wide.slice(0, 8), unreachable: unreachable};
"""


def pages(args):
    out = []
    for a in args:
        files = sorted(glob.glob(os.path.join(a, "**", "*.html"), recursive=True)) if os.path.isdir(a) else [a]
        for f in files:
            with open(f, "rb") as fh:
                if fh.read(15).lower() == b"<!doctype html>":
                    out.append(f)
    return out


def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    binary = next((p for p in (os.environ.get("CHROMIUM_BIN"), "/usr/lib/chromium/chromium", "/usr/bin/chromium")
                   if p and os.path.exists(p)), None)
    drv_bin = next((p for p in (os.environ.get("CHROMEDRIVER"), "/usr/bin/chromedriver") if p and os.path.exists(p)), None)
    if not binary or not drv_bin:
        raise RuntimeError("chromium / chromedriver not found: run ../shared/tools/install-tools.sh")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-extensions",
              "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--lang=ja-JP", "--window-size=500,900"):
        opts.add_argument(a)
    opts.add_experimental_option("prefs", {"intl.accept_languages": "ja-JP",
                                           "webkit.webprefs.default_font_size": FONT,
                                           "webkit.webprefs.default_fixed_font_size": FONT * 13 // 16})
    drv = webdriver.Chrome(service=Service(executable_path=drv_bin, log_output=os.devnull), options=opts)
    drv.set_page_load_timeout(60)
    drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                        {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True})
    return drv


def main():
    if len(sys.argv) < 2:
        print(__doc__.split("\n")[2], file=sys.stderr)
        return 2
    targets = pages(sys.argv[1:])
    if not targets:
        print("no pages under " + " ".join(sys.argv[1:]), file=sys.stderr)
        return 2
    try:
        drv = driver()
    except Exception as e:  # noqa: BLE001
        print(f"could not start headless chromium: {str(e).splitlines()[0]}", file=sys.stderr)
        return 2
    failed = 0
    try:
        for page in targets:
            drv.get("file://" + os.path.abspath(page))
            m = drv.execute_script(MEASURE, WIDTH)
            if m["root"] != f"{FONT}px":
                print(f"ERROR {page}: root font size {m['root']}, not {FONT}px: text is not at 200 %", file=sys.stderr)
                return 2
            problems = []
            if m["scrollWidth"] > m["vw"]:
                problems.append(f"the page is {m['scrollWidth']} px wide in a {m['vw']} px viewport: "
                                + "; ".join(m["wide"]))
            for u in m["unreachable"]:
                problems.append("scrolls sideways and is no tab stop: " + u)
            if problems:
                failed += 1
                print(f"[FAIL] {page}: " + " | ".join(problems))
            else:
                print(f"[ok] {page}: {m['scrollWidth']} px at {m['vw']} px, text {m['root']}")
    finally:
        drv.quit()
    print(f"reflow at {WIDTH} px, text 200 %: {len(targets) - failed} of {len(targets)} pages pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
