"""Start-up time of the `saylau` command, as a user waits for it; prints the figures.

    python bench/cli_startup.py [--runs 9] [--src OTHER_CHECKOUT/src]

Each command runs in a fresh process (nothing cached in memory but what the operating system
keeps), several times, and the median and the fastest wall-clock time are printed against the
goals of issue 10: `saylau --help` within 0.3 s, `saylau seats ...` within 0.5 s. The bare
interpreter (`python -c pass`) is measured too, as the floor no command can go under. Run it
on an idle machine: other processes show up as time here. With --src, the package in that
folder is measured instead of the installed one (same interpreter, same dependencies), which
gives the figure of an older commit.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path


def saylau_command(src: str | None) -> list[str]:
    """The installed `saylau` script of this interpreter's environment, else the same entry point."""
    if src is not None:
        return [sys.executable, "-c", "from saylau.cli import main; main()"]
    script = Path(sys.executable).parent / "saylau"
    if script.exists():
        return [str(script)]
    found = shutil.which("saylau")
    return [found] if found else [sys.executable, "-c", "from saylau.cli import main; main()"]


def wall_times(argv: list[str], runs: int, env: dict[str, str]) -> list[float]:
    """Seconds each of `runs` fresh processes of `argv` takes; a failing command stops the bench."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="fresh processes per command (default 9)")
    parser.add_argument("--src", help="measure the saylau package in this folder (an older checkout's src)")
    args = parser.parse_args()
    runs = args.runs
    saylau = saylau_command(args.src)
    env = dict(os.environ, PYTHONPATH=os.path.abspath(args.src)) if args.src else dict(os.environ)
    votes = resources.files("saylau.reference").joinpath("data", "results", "mazhilis-2023.csv")
    commands = [
        ("python -c pass (the interpreter alone)", [sys.executable, "-c", "pass"], None),
        ("saylau --help", [*saylau, "--help"], 0.3),
        ("saylau seats --rules mazhilis-2023 --votes mazhilis-2023.csv",
         [*saylau, "seats", "--rules", "mazhilis-2023", "--votes", str(votes)], 0.5),
    ]  # fmt: skip
    where = args.src or "the installed package"
    print(f"python {platform.python_version()} on {platform.machine()}, {where}, {runs} fresh processes per command")
    for label, argv, goal in commands:
        wall_times(argv, 1, env)  # a first run that warms the file cache is not counted
        times = wall_times(argv, runs, env)
        median = statistics.median(times)
        verdict = "" if goal is None else f"; goal <= {goal:.1f} s: {'met' if median <= goal else 'NOT met'}"
        print(f"{label}: median {median:.3f} s, fastest {min(times):.3f} s{verdict}")


if __name__ == "__main__":
    main()
