"""The bundle against the Python install: its size, and the time from starting the program to
its window on screen (Xvfb; the window found by its title with xdotool, polled every 10 ms),
and to `--version` printed. Each in fresh processes, alternated, with a bare environment and a
new home (so the first-run assistant shows, as on a volunteer's first start).

    python benchmarks/bundle_bench.py [runs]     (needs dist/glamuploader: packaging/build-bundle.sh)

Prints the first start (after nothing of either had been run for this home) and the best of the
runs, and the bundle's ratio to `python -m glamuploader`.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLE = os.path.join(ROOT, "dist", "glamuploader", "glamuploader")
PYTHON = [sys.executable, "-m", "glamuploader"]


def _size(folder: str) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(folder) for f in files
               if not os.path.islink(os.path.join(d, f)))


def _env(display: str, home: str) -> dict:
    env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "DISPLAY": display}
    if "VIRTUAL_ENV" in os.environ or sys.prefix != sys.base_prefix:
        env["PATH"] = os.path.join(sys.prefix, "bin") + ":" + env["PATH"]
    return env


def time_to_window(command: list[str], display: str) -> float:
    home = tempfile.mkdtemp(prefix="glam-bench-home-")
    t0 = time.perf_counter()
    log = open(os.path.join(home, "log"), "w+")
    proc = subprocess.Popen(command, env=_env(display, home), cwd=home, stdout=log, stderr=log)
    try:
        while True:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "GLAM Uploader"],
                                   env={"DISPLAY": display}, capture_output=True)
            if found.returncode == 0:
                return time.perf_counter() - t0
            if proc.poll() is not None or time.perf_counter() - t0 > 60:
                log.seek(0)
                raise SystemExit(f"{command[0]}: no window ({proc.poll()}): {log.read()[-1500:]}")
            time.sleep(0.01)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(home, ignore_errors=True)


def time_to_version(command: list[str]) -> float:
    home = tempfile.mkdtemp(prefix="glam-bench-home-")
    t0 = time.perf_counter()
    subprocess.run([*command, "--version"], env=_env(":0", home), cwd=home, capture_output=True, check=True)
    shutil.rmtree(home, ignore_errors=True)
    return time.perf_counter() - t0


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not os.path.exists(BUNDLE):
        raise SystemExit("no bundle: run packaging/build-bundle.sh first")
    display = f":{150 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        rows = {}
        for name, command in (("bundle", [BUNDLE]), ("python -m glamuploader", PYTHON)):
            rows[name] = {"window": [], "version": []}
        for n in range(runs + 1):
            for name, command in (("bundle", [BUNDLE]), ("python -m glamuploader", PYTHON)):
                rows[name]["window"].append(time_to_window(command, display))
                rows[name]["version"].append(time_to_version(command))
    finally:
        xvfb.terminate()
    size = _size(os.path.dirname(BUNDLE))
    print(f"bundle: {size / 1e6:.0f} MB in dist/glamuploader ({sum(1 for _ in os.walk(os.path.dirname(BUNDLE)))} folders)")
    print(f"{'':28}{'first start':>12}{'best of ' + str(runs):>12}")
    for what in ("window", "version"):
        for name in rows:
            first, best = rows[name][what][0], min(rows[name][what][1:])
            print(f"{what + ' · ' + name:28}{first:>11.2f}s{best:>11.2f}s")
        b, p = min(rows["bundle"][what][1:]), min(rows["python -m glamuploader"][what][1:])
        print(f"{what + ' · bundle / python':28}{rows['bundle'][what][0] / rows['python -m glamuploader'][what][0]:>11.2f}×{b / p:>11.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
