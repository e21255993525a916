"""Instruction counts (callgrind): the stable figure on a noisy machine (issue 13). Started by bench.py.

Each binary is copied and stripped of its debug sections first (`strip -g`: valgrind 3.19 cannot read the DWARF 5
that Swift writes), then run once under `valgrind --tool=callgrind` with JUKI_JOBS=1 (one worker: the count of
one thread's work, the same on every machine). A baseline (run.sh --baseline REV: that revision built in
<scratch>/baseline) is counted the same way with its own templates/ and input/, so before and after come from
one run of the script.
"""
import os
import re
import shutil
import subprocess
import tempfile


def stripped(binary, scratch, name):
    target = os.path.join(scratch, f"callgrind-{name}")
    shutil.copyfile(binary, target)
    os.chmod(target, 0o755)
    subprocess.run(["strip", "-g", target], check=True)
    return target


def count(cmd, ok=(0,)):
    """Instructions of one run of cmd under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        env = dict(os.environ, JUKI_JOBS="1")
        p = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if p.returncode not in ok:
            raise SystemExit(f"{' '.join(cmd)} exited {p.returncode}:\n{p.stderr[-2000:]}")
        with open(out) as f:
            for line in f:
                m = re.match(r"(?:summary|totals): (\d+)", line)
                if m:
                    return int(m.group(1))
    raise SystemExit(f"no total in the callgrind output of {' '.join(cmd)}")


def rows(scratch, roots, archive20, table100k):
    """roots: [(label, root folder with .build/release/juki-report, templates/ and input/)], baseline first."""
    if shutil.which("valgrind") is None:
        print("valgrind not found: no instruction counts")
        return []
    work = [
        ("juki-report --help", lambda b, r, o: [b, "--help"]),
        ("build R4 (1 edition, all formats)",
         lambda b, r, o: [b, "build", "R4", "--input", os.path.join(r, "input"), "--output", o,
                          "--templates", os.path.join(r, "templates"), "--quiet"]),
        ("check R4", lambda b, r, o: [b, "check", "R4", "--input", os.path.join(r, "input"),
                                      "--templates", os.path.join(r, "templates")]),
        ("build 20 editions (1 process)",
         lambda b, r, o: [b, "build", "--input", os.path.join(archive20, "input"), "--output", o,
                          "--templates", os.path.join(r, "templates"), "--quiet"]),
        ("check 100,000-row table",
         lambda b, r, o: [b, "check", "big", "--input", os.path.join(table100k, "input"),
                          "--templates", os.path.join(r, "templates")]),
    ]
    counts = {}
    for label, root in roots:
        binary = stripped(os.path.join(root, ".build", "release", "juki-report"), scratch, label)
        for name, make in work:
            out = os.path.join(scratch, "callgrind-out")
            shutil.rmtree(out, ignore_errors=True)
            counts[(label, name)] = count(make(binary, root, out))
            print(f"callgrind {label:<10} {name:<40} {counts[(label, name)] / 1e6:10.1f} M", flush=True)
    result = []
    for name, _ in work:
        result.append({"work": name, "counts": [(label, counts[(label, name)]) for label, _ in roots]})
    return result


def table(found):
    if not found:
        return []
    labels = [label for label, _ in found[0]["counts"]]
    lines = ["| 命令数 (callgrind, JUKI_JOBS=1) | " + " | ".join(labels) + (" | 比 |" if len(labels) > 1 else ""),
             "|---|" + "---:|" * len(labels) + ("---:|" if len(labels) > 1 else "")]
    for f in found:
        values = [c for _, c in f["counts"]]
        cells = " | ".join(f"{v / 1e6:,.1f} M" for v in values)
        ratio = f" | {values[-1] / values[0]:.2f}× |" if len(values) > 1 else " |"
        lines.append(f"| {f['work']} | {cells}{ratio}")
    return lines
