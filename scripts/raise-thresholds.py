#!/usr/bin/env python3
"""Raises the floors in corpus/thresholds.tsv to what the corpus reaches now.

usage: scripts/raise-thresholds.py [WARTA_BINARY]   (default build/warta)

Floors only go up: each becomes max(old floor, current value); a metric
below its floor is reported and left alone (that is a regression to fix).
Comments and order in the file are kept.
"""
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "warta")
path = os.path.join(root, "corpus", "thresholds.tsv")
out = subprocess.run([binary, "eval", "--corpus", os.path.join(root, "corpus"), "--metrics"],
                     capture_output=True, text=True, check=True).stdout
current = {}
for line in out.splitlines()[1:]:
    name, value = line.split("\t")
    if value != "n/a":
        current[name] = float(value)

lines, raised, below = [], 0, []
for line in open(path, encoding="utf-8").read().splitlines():
    if line.startswith("#") or not line.strip() or line.startswith("metric\t"):
        lines.append(line)
        continue
    name, floor = line.split("\t")
    value = current.get(name)
    if value is not None and value > float(floor):
        lines.append(f"{name}\t{value:.3f}")
        raised += 1
    else:
        lines.append(line)
        if value is not None and value + 0.0005 < float(floor):
            below.append(f"{name}: {value:.3f} < floor {floor}")
open(path, "w", encoding="utf-8").write("\n".join(lines) + "\n")
print(f"raised {raised} floors")
for b in below:
    print("below floor (regression):", b)
sys.exit(1 if below else 0)
