#!/usr/bin/env python3
"""Hostile diff pairs (issue 11, item 4); started by Tests/Benchmark/run.sh.

    hostile_diff.py --root ROOT --scratch DIR --binary BIN [--runs N]

Builds three pairs of editions from input/R4, each as old/ and new/ under DIR/hostile-diff/<pair>/input/, and
times `juki-report diff OLD NEW` in every format as fresh processes, against `diff -u` of the two report.txt
(written by `juki-report build`) as a peer:

  lecturer  the first 講師 is a text of 20,000 characters on each side, no character in common;
  table     certified-staff.csv of 50,000 rows on each side, every row's 人数 changed;
  findings  8 findings of 2,000 characters against 8 others, drawn from the same 40 kana (so every pair
            shares most of its characters and only a full edit distance tells whether they are similar).

Every pair passes `juki-report check`. The target is under 1 s for every format (release build).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import fmt_mib, fmt_time, measure  # noqa: E402

KANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれ"


def cjk(r, start, n):
    """n CJK ideographs from the 256 starting at `start`."""
    return "".join(chr(start + r.randrange(256)) for _ in range(n))


def copy_r4(root, pair, side):
    d = os.path.join(pair, "input", side)
    shutil.rmtree(d, ignore_errors=True)
    shutil.copytree(os.path.join(root, "input", "R4"), d)
    return d


def edit(path, old, new):
    text = open(path, encoding="utf-8").read()
    assert old in text, (path, old)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def make(root, pair, what):
    r = random.Random(what)
    sides = [copy_r4(root, pair, s) for s in ("old", "new")]
    for k, d in enumerate(sides):
        if what == "lecturer":
            edit(os.path.join(d, "report.yaml"), "講師: 市町村課", "講師: " + cjk(r, 0x4E00 + 0x400 * k, 20000))
        elif what == "table":
            rows = "".join(f"所属{i:05d}課,{(i * 7 + k) % 900 + 1}\n" for i in range(50000))
            write(os.path.join(d, "certified-staff.csv"), "所属,人数\n" + rows)
        elif what == "findings":
            rows = "".join(f"運用面,{''.join(r.choice(KANA) for _ in range(2000))}{i},対応した。\n" for i in range(8))
            write(os.path.join(d, "findings.csv"), "区分,指摘事項,対応内容\n" + rows)
    site = open(os.path.join(root, "input", "site.yaml"), encoding="utf-8").read()
    site = site.replace("  R4: 令和5年6月30日\n", "  old: 令和5年6月30日\n  new: 令和5年6月30日\n")
    write(os.path.join(pair, "input", "site.yaml"), site)
    return sides


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--scratch", required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    args = ap.parse_args()
    B, T = args.binary, os.path.join(args.root, "templates")
    lines = ["| 対 (pair) | 形式 (format) | median | min | max | max RSS | 目標 (target) |",
             "|---|---|---:|---:|---:|---:|---|"]
    for what in ("lecturer", "table", "findings"):
        pair = os.path.join(args.scratch, "hostile-diff", what)
        old, new = make(args.root, pair, what)
        inp = os.path.join(pair, "input")
        subprocess.run([B, "check", "--input", inp, "--templates", T], check=True, stdout=subprocess.DEVNULL)
        out = os.path.join(pair, "output")
        subprocess.run([B, "build", "--input", inp, "--output", out, "--templates", T], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        timed = [(f, [B, "diff", "--format", f, "--color", "never", "--templates", T, old, new])
                 for f in ("text", "json", "html", "unified")]
        timed.append(("peer: diff -u report.txt",
                      ["diff", "-u", os.path.join(out, "old", "report.txt"), os.path.join(out, "new", "report.txt")]))
        for label, cmd in timed:
            res = measure(cmd, args.runs, ok=(0, 1), warmup=args.warmup)
            met = "" if label.startswith("peer") else ("< 1 s ✅" if res["max"] < 1 else "< 1 s ❌")
            print(f"{what:<9} {label:<26} median {fmt_time(res['median']):>10}  min {fmt_time(res['min']):>10}  "
                  f"max {fmt_time(res['max']):>10}  RSS {fmt_mib(res['rss']):>10}  {met}", flush=True)
            lines.append(f"| {what} | {label} | {fmt_time(res['median'])} | {fmt_time(res['min'])} | "
                         f"{fmt_time(res['max'])} | {fmt_mib(res['rss'])} | {met} |")
    text = "\n".join(lines) + "\n"
    write(os.path.join(args.scratch, "hostile-diff.md"), text)
    print()
    print(text)


if __name__ == "__main__":
    main()
