"""How fast, and in how much memory, is a big batch file read and written?

    python benchmarks/batchfile_bench.py [--items 20000]

Writes a batch of N items (about 450 bytes each, Latin, Cyrillic and Tatar text) and, in ONE
process, times each run against a baseline of plain PyYAML on the same text:

  (a) baseline read   yaml.load with libyaml's CSafeLoader (a node graph, then objects)
  (b) our read        store.batchfile.load_batch (events, no node graph, items and checks)
  (c) baseline write  yaml.dump with CSafeDumper of the same data
  (d) our write       store.batchfile.save_batch (events, atomic write, .bak copy)

It prints each time, the ratios (b)/(a) and (d)/(c), and tracemalloc's peak for (a) and (b).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests"))


def timed(run):
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def peak(run) -> int:
    tracemalloc.start()
    run()
    size = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=20_000)
    args = parser.parse_args(argv)
    from corpus import big_batch_yaml

    from glamuploader.store.batchfile import load_batch, save_batch

    folder = tempfile.mkdtemp(prefix="glamuploader-batchbench-")
    path = os.path.join(folder, "big.glam.yaml")
    text = big_batch_yaml(args.items)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    print(f"{args.items} items, {len(text.encode()) / 1e6:.1f} MB, libyaml: {loader is not yaml.SafeLoader}")

    base_read, data = timed(lambda: yaml.load(text, Loader=loader))  # noqa: S506 - a SafeLoader
    our_read, batch = timed(lambda: load_batch(path))
    base_write, _ = timed(lambda: yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False))
    our_write, _ = timed(lambda: save_batch(batch))
    base_peak = peak(lambda: yaml.load(text, Loader=loader))  # noqa: S506
    our_peak = peak(lambda: load_batch(path))
    print(f"read : baseline {base_read:6.2f} s   ours {our_read:6.2f} s   ratio {our_read / base_read:.2f}")
    print(f"write: baseline {base_write:6.2f} s   ours {our_write:6.2f} s   ratio {our_write / base_write:.2f}")
    print(f"read peak memory: baseline {base_peak / 1e6:6.0f} MB   ours {our_peak / 1e6:6.0f} MB   "
          f"ratio {our_peak / base_peak:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
