#!/usr/bin/env python3
"""warta throughput benchmark: articles/s, MB/s, peak RSS and start-up time
for 1 and N threads, plus the per-stage breakdown of `warta extract --stats`.

    python3 bench/run.py                          # print the tables
    python3 bench/run.py --write docs/performance.md   # also update the doc

Input: ../shared/data/indosum/articles.jsonl when present, else a synthetic
corpus (tests/cli/corpus_gen.py) of >= 50 MB written to /tmp. The 1 GB
memory test repeats the input into /tmp (never into the repository); skip it
with --no-big. Each configuration runs --runs times; the table shows the
fastest run (the machine may be shared: the least disturbed run is the best
estimate) and ratios are taken within one invocation.

Nothing here depends on which extractors exist: stage names are read from
the --stats table, so the benchmark keeps working as stages are added.
"""
import argparse
import datetime
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
TARGETS = {"single": 3000.0, "speedup": 1.8, "rss_mb": 100.0, "startup_ms": 30.0}


def run_measured(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall s, cpu s, peak RSS MB, exit code, stderr)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0, code, err.decode("utf-8", "replace")


def count_lines(path):
    n = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
    return n


def synthetic_input(min_bytes):
    sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))
    import corpus_gen  # noqa: E402
    path = "/tmp/warta_bench_synthetic.jsonl"
    if os.path.exists(path) and os.path.getsize(path) >= min_bytes:
        return path
    with open(path, "w", encoding="utf-8") as f:
        i = 0
        while f.tell() < min_bytes:
            for line in corpus_gen.jsonl_lines(10000, seed=i):
                f.write(line + "\n")
            i += 1
    return path


def repeated_input(src, min_bytes, path):
    if os.path.exists(path) and os.path.getsize(path) >= min_bytes:
        return path
    with open(src, "rb") as f:
        data = f.read()
    if not data.endswith(b"\n"):
        data += b"\n"
    with open(path, "wb") as f:
        written = 0
        while written < min_bytes:
            f.write(data)
            written += len(data)
    return path


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = "%.1f GB RAM" % (kb / 1024 / 1024)
    except (OSError, ValueError, IndexError):
        pass
    build = "?"
    cache = os.path.join(ROOT, "build", "CMakeCache.txt")
    if os.path.exists(cache):
        m = re.search(r"^CMAKE_BUILD_TYPE:\w+=(.*)$", open(cache).read(), re.M)
        build = m.group(1) if m else "?"
    return {
        "cpu": "%s, %d cores" % (model, os.cpu_count() or 1),
        "memory": mem,
        "os": "%s %s" % (platform.system(), platform.release()),
        "load": "%.2f %.2f %.2f" % os.getloadavg(),
        "build": build,
    }


def parse_stats(err):
    """The stage rows of --stats: [(stage, seconds, share %, us/article)]."""
    rows = []
    for line in err.splitlines():
        m = re.match(r"^(\S.*?)\s+([\d.]+)\s+([\d.]+)%\s+([\d.]+)$", line)
        if m and not line.startswith("total"):
            rows.append((m.group(1), float(m.group(2)), float(m.group(3)), float(m.group(4))))
    return rows


def bench_threads(warta, path, thread_counts, runs, articles, size):
    """Runs every thread count `runs` times, interleaved (1, N, 1, N, ...) so
    that a change in the machine's load hits all of them alike."""
    results = {t: [] for t in thread_counts}
    for _ in range(runs):
        for t in thread_counts:
            wall, cpu, rss, code, err = run_measured([warta, "extract", "--threads", str(t), path])
            if code not in (0, 1):
                sys.exit("warta failed (exit %d): %s" % (code, err[:500]))
            results[t].append((wall, cpu, rss))
    rows = []
    for t in thread_counts:
        best = min(results[t])
        rows.append({
            "threads": t,
            "wall": best[0],
            "median_wall": statistics.median(r[0] for r in results[t]),
            "articles_s": articles / best[0],
            "mb_s": size / 1e6 / best[0],
            "cpu_articles_s": articles / min(r[1] for r in results[t]),
            "rss_mb": max(r[2] for r in results[t]),
        })
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--warta", default=os.path.join(ROOT, "build", "warta"))
    ap.add_argument("--input", default=os.path.join(ROOT, "..", "shared", "data", "indosum", "articles.jsonl"))
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="N (default: all cores)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--big-gb", type=float, default=1.0, help="size of the memory-test input")
    ap.add_argument("--no-big", action="store_true", help="skip the 1 GB memory test")
    ap.add_argument("--write", metavar="MD", help="replace the generated part of this Markdown file")
    args = ap.parse_args()

    warta = os.path.abspath(args.warta)
    if not os.access(warta, os.X_OK):
        sys.exit("no warta binary at %s: build first (cmake -S . -B build && make -C build)" % warta)
    if os.path.exists(args.input):
        path, source = os.path.abspath(args.input), "indosum (`../shared/data/indosum/articles.jsonl`)"
    else:
        path, source = synthetic_input(50 << 20), "synthetic corpus (indosum absent), >= 50 MB"
    size = os.path.getsize(path)
    articles = count_lines(path)
    info = machine()
    print("input: %s, %d articles, %.1f MB" % (path, articles, size / 1e6), file=sys.stderr)

    # Start-up: load the embedded lexicons, build every stage, read nothing.
    startup = []
    for _ in range(21):
        wall, _, _, code, err = run_measured([warta, "extract", "/dev/null"])
        if code != 0:
            sys.exit("warta extract /dev/null failed: %s" % err)
        startup.append(wall * 1000)
    startup_ms = statistics.median(startup)

    thread_counts = [1] + ([args.threads] if args.threads > 1 else [])
    rows = bench_threads(warta, path, thread_counts, args.runs, articles, size)
    speedup = rows[0]["wall"] / rows[-1]["wall"] if len(rows) > 1 else 1.0

    _, _, _, _, err = run_measured([warta, "extract", "--threads", "1", "--stats", path])
    stages = parse_stats(err)

    big = None
    if not args.no_big:
        big_path = repeated_input(path, int(args.big_gb * 1e9), "/tmp/warta_bench_big.jsonl")
        big_size = os.path.getsize(big_path)
        wall, cpu, rss, code, err = run_measured([warta, "extract", "--threads", str(args.threads), big_path])
        if code not in (0, 1):
            sys.exit("warta failed on the big input (exit %d): %s" % (code, err[:500]))
        big = {"size": big_size, "wall": wall, "rss_mb": rss, "threads": args.threads,
               "mb_s": big_size / 1e6 / wall}

    out = []
    out.append("Generated by `python3 bench/run.py --write docs/performance.md` on %s."
               % datetime.datetime.now().strftime("%Y-%m-%d %H:%M"))
    out.append("")
    out.append("| machine | |")
    out.append("|---|---|")
    for k in ["cpu", "memory", "os", "build"]:
        out.append("| %s | %s |" % (k, info[k]))
    out.append("| load average at start | %s (the machine is shared: absolute numbers vary, ratios within a run hold better) |" % info["load"])
    out.append("| input | %s: %d articles, %.1f MB |" % (source, articles, size / 1e6))
    out.append("")
    out.append("| threads | articles/s | MB/s | articles per CPU-second | wall s (best / median of %d) | peak RSS MB |" % args.runs)
    out.append("|---|---|---|---|---|---|")
    for r in rows:
        out.append("| %d | %.0f | %.1f | %.0f | %.3f / %.3f | %.1f |" % (
            r["threads"], r["articles_s"], r["mb_s"], r["cpu_articles_s"], r["wall"], r["median_wall"], r["rss_mb"]))
    if len(rows) > 1:
        # CPU time per article with N threads vs 1: the threading overhead.
        # N x efficiency is the speed-up to expect on N otherwise idle cores.
        efficiency = rows[-1]["cpu_articles_s"] / rows[0]["cpu_articles_s"]
        out.append("")
        out.append("Speed-up with %d threads: **%.2fx** measured (wall); CPU per article is %.0f%% of "
                   "the one-thread cost, so on %d idle cores expect about %.2fx."
                   % (rows[-1]["threads"], speedup, 100 / efficiency, rows[-1]["threads"],
                      rows[-1]["threads"] * efficiency))
    out.append("")
    out.append("Start-up (`warta extract /dev/null`, median of 21): **%.1f ms**." % startup_ms)
    if big:
        out.append("")
        out.append("Memory on a %.2f GB input (indosum repeated, %d threads): peak RSS **%.1f MB**, %.1f MB/s, %.1f s."
                   % (big["size"] / 1e9, big["threads"], big["rss_mb"], big["mb_s"], big["wall"]))
    out.append("")
    out.append("Per stage (`warta extract --threads 1 --stats`; CPU time summed over articles):")
    out.append("")
    out.append("| stage | seconds | share | µs/article |")
    out.append("|---|---|---|---|")
    for name, secs, share, us in stages:
        out.append("| %s | %.3f | %.1f%% | %.1f |" % (name, secs, share, us))
    out.append("")
    out.append("| target | goal | measured | met |")
    out.append("|---|---|---|---|")

    def target(name, goal, value, ok):
        out.append("| %s | %s | %s | %s |" % (name, goal, value, "yes" if ok else "**no**"))

    target("1 thread", ">= %d articles/s" % TARGETS["single"], "%.0f" % rows[0]["articles_s"],
           rows[0]["articles_s"] >= TARGETS["single"])
    if len(rows) > 1:
        target("%d threads" % rows[-1]["threads"], ">= %.1fx one thread" % TARGETS["speedup"],
               "%.2fx" % speedup, speedup >= TARGETS["speedup"])
    if big:
        target("peak RSS, 1 GB input", "<= %d MB" % TARGETS["rss_mb"], "%.1f MB" % big["rss_mb"],
               big["rss_mb"] <= TARGETS["rss_mb"])
    target("start-up", "<= %d ms" % TARGETS["startup_ms"], "%.1f ms" % startup_ms,
           startup_ms <= TARGETS["startup_ms"])
    text = "\n".join(out) + "\n"
    print(text)

    if args.write:
        doc = args.write if os.path.isabs(args.write) else os.path.join(ROOT, args.write)
        old = open(doc, encoding="utf-8").read() if os.path.exists(doc) else "# Performance\n\n%s\n%s\n" % (BEGIN, END)
        if BEGIN not in old or END not in old:
            old += "\n%s\n%s\n" % (BEGIN, END)
        head, rest = old.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        with open(doc, "w", encoding="utf-8") as f:
            f.write(head + BEGIN + "\n" + text + END + tail)
        print("wrote " + doc, file=sys.stderr)


if __name__ == "__main__":
    main()
