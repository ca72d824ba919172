#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
# SPDX-License-Identifier: MIT
"""Runs a benchmark several times and holds each figure's median to its DESIGN.md goal.

    bench_goal.py --runs 3 --goal 'ratio startup_vs_bare_qtquick<=1.35' -- bench-startup --runs 3

A figure is what precedes '=' on a benchmark's output line ('ratio enqueue_vs_sqlite',
'wipe_ms median_ms', 'pageturn p95_ms', 'endurance pss_growth_mb' for a figure further along
the endurance line). Exit status 0 only when every run succeeded, printed every figure, and
each median meets its goal; otherwise 1, with the reason.
"""
import argparse
import operator
import re
import statistics
import subprocess
import sys
import time

OPS = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}


def parse_goal(text):
    m = re.fullmatch(r"\s*(.+?)\s*(<=|>=|<|>)\s*([-0-9.eE+]+)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a goal: {text!r} (want 'figure<=value')")
    return m.group(1), m.group(2), float(m.group(3))


def figure(output, name):
    # "line-prefix key" finds key= anywhere on a line that starts with line-prefix.
    prefix, _, key = name.rpartition(" ")
    for line in output.splitlines():
        if prefix and not line.startswith(prefix + " ") and not line.startswith(prefix + "="):
            continue
        m = re.search(r"(?:^|\s)" + re.escape(key) + r"=([-0-9.eE+]+)", line)
        if m:
            return float(m.group(1))
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--goal", type=parse_goal, action="append", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no benchmark command")

    values = {name: [] for name, _, _ in args.goal}
    for run in range(1, args.runs + 1):
        started = time.monotonic()
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True)
        sys.stdout.write(done.stdout)
        sys.stdout.flush()
        if done.returncode != 0:
            print(f"FAIL: run {run} of {command[0]} exited with {done.returncode}")
            return 1
        for name in values:
            value = figure(done.stdout, name)
            if value is None:
                print(f"FAIL: run {run} printed no '{name}='")
                return 1
            values[name].append(value)
        print(f"(run {run} took {time.monotonic() - started:.1f} s)")

    failed = False
    for name, op, limit in args.goal:
        median = statistics.median(values[name])
        ok = OPS[op](median, limit)
        failed |= not ok
        runs = " ".join(f"{v:g}" for v in values[name])
        print(f"{'PASS' if ok else 'FAIL'}: {name} median={median:g} (runs: {runs}) goal {op} {limit:g}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
