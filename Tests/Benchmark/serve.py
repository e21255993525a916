#!/usr/bin/env python3
"""The live preview's reload time (issue 16): from a file save to the reloaded page, as a browser sees it.

    python3 Tests/Benchmark/serve.py [--bin .build/release/juki-report] [--runs 7]

For 1 edition (input/R4) and for 40 (R4 and 39 copies, each with its 更新日), in a scratch copy: starts
`juki-report serve --port 0`, opens /_events, saves R4's report.yaml as Excel does (a new file renamed over the
old one, one word of the 表題 changed), and times until the reload event has come and GET /R4/ has returned
the changed page. Prints the median and the range of the runs. Not part of `swift test` nor .ci/run.
`juki-report serve` runs juki-report-serve beside the binary: build both (`swift build -c release`).
"""
import argparse, http.client, os, re, shutil, socket, statistics, subprocess, sys, tempfile, time

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TITLE = "住民基本台帳ネットワークシステムの セキュリティ対策の措置状況等について"


def workspace(count):
    work = tempfile.mkdtemp(prefix="juki-serve-bench-")
    shutil.copytree(os.path.join(root, "input"), os.path.join(work, "input"))
    shutil.copytree(os.path.join(root, "templates"), os.path.join(work, "templates"))
    with open(os.path.join(work, "input", "site.yaml"), "a", encoding="utf-8") as site:
        for i in range(1, count):
            shutil.copytree(os.path.join(work, "input", "R4"), os.path.join(work, "input", f"R4-{i}"))
            site.write(f"  R4-{i}: 令和5年6月30日\n")
    return work


def measure(binary, count, runs):
    work = workspace(count)
    serve = subprocess.Popen([binary, "serve", "--port", "0"], cwd=work, stderr=subprocess.PIPE, text=True)
    try:
        line = serve.stderr.readline()
        port = int(re.search(r"127\.0\.0\.1:(\d+)", line).group(1))
        events = socket.create_connection(("127.0.0.1", port), timeout=30)
        events.sendall(b"GET /_events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        seen = b""
        while b": juki-report serve" not in seen:
            seen += events.recv(4096)
        yaml = os.path.join(work, "input", "R4", "report.yaml")
        original = open(yaml, encoding="utf-8").read()
        times = []
        for run in range(runs):
            marker = f"ベンチマーク{run}"
            saving = os.path.join(work, "report.yaml.saving")  # outside the watched folder: one event per save
            with open(saving, "w", encoding="utf-8") as f:
                f.write(original.replace(TITLE, TITLE + marker))
            time.sleep(0.3)  # the save lands at a random point of the 250 ms poll, as a clerk's would
            start = time.perf_counter()
            os.replace(saving, yaml)
            seen = b""
            while b"event: reload" not in seen:
                seen += events.recv(4096)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", "/R4/")
            body = conn.getresponse().read().decode("utf-8")
            elapsed = time.perf_counter() - start
            assert marker in body, "the reloaded page does not show the save"
            times.append(elapsed)
            time.sleep(0.5)
        return times
    finally:
        serve.terminate()
        serve.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(root, ".build", "release", "juki-report"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    server = os.path.join(os.path.dirname(args.bin), "juki-report-serve")
    if not os.access(server, os.X_OK):
        sys.exit(f"{server} is missing: `juki-report serve` runs it (swift build -c release builds both)")
    for count in (1, 40):
        t = measure(args.bin, count, args.runs)
        print(f"{count:>2} editions: save → reloaded /R4/ median {statistics.median(t) * 1000:.0f} ms "
              f"(min {min(t) * 1000:.0f}, max {max(t) * 1000:.0f}, {len(t)} runs)")


if __name__ == "__main__":
    sys.exit(main())
