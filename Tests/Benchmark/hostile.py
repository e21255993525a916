#!/usr/bin/env python3
"""Hostile inputs of issue 11 (item 11), each an edition folder under DIR/input/ made from input/R4:

  yaml-list     report.yaml of about 4 MB whose 監査項目 (of the plan) is a flow list of 2,080,000 items
  csv-2m        certified-staff.csv of 2,000,000 rows, about 21 MB (所属 u0000001 … , 人数 1)
  csv-dup-1m    certified-staff.csv of 1,000,000 rows, every one the same 所属

    hostile.py ROOT DIR      (ROOT: the project, for input/R4 and input/site.yaml)
"""
import os
import shutil
import sys


def edition(root, out, name):
    d = os.path.join(out, "input", name)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(root, "input", "R4"), d)
    return d


def main():
    root, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "input"), exist_ok=True)
    site = open(os.path.join(root, "input", "site.yaml"), encoding="utf-8").read()
    updated = "".join(f"  {n}: 令和5年6月30日\n" for n in ("yaml-list", "csv-2m", "csv-dup-1m"))
    with open(os.path.join(out, "input", "site.yaml"), "w", encoding="utf-8") as f:
        f.write(site.rstrip("\n") + "\n" + updated)

    d = edition(root, out, "yaml-list")
    path = os.path.join(d, "report.yaml")
    text = open(path, encoding="utf-8").read()
    start = text.index("      監査項目:\n")
    end = text.index("\n\n", start)
    items = ",".join(["a"] * 2_080_000)
    text = text[:start] + f"      監査項目: [{items}]" + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

    d = edition(root, out, "csv-2m")
    with open(os.path.join(d, "certified-staff.csv"), "w", encoding="utf-8") as f:
        f.write("所属,人数\n")
        f.write("".join(f"u{i:07d},1\n" for i in range(2_000_000)))

    d = edition(root, out, "csv-dup-1m")
    with open(os.path.join(d, "certified-staff.csv"), "w", encoding="utf-8") as f:
        f.write("所属,人数\n")
        f.write("市町村課,5\n" * 1_000_000)


if __name__ == "__main__":
    main()
