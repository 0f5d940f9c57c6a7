"""How fast is import (facts + SHA-1) and thumbnailing, against the floor and a naive pipeline?

    python benchmarks/import_bench.py [--n 200] [--workers K] [--keep DIR]

Makes N 12-megapixel JPEGs (noise + gradients, quality 90, EXIF with GPS and a 160x120
embedded thumbnail) and, in ONE run in one process, times:

  (a) floor    read + SHA-1 of every file, sequential
  (b) naive    Pillow full decode + 256 px thumbnail + exifread + SHA-1, sequential
  (c) import   media.import_paths (facts + SHA-1)           target <= 1.3 x (a)
  (d) thumbs   media.make_thumbnails, 256 px                target >= 4 x faster than (b)

Every file is read once before timing, so all runs see a warm page cache.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import exifread
from PIL import Image, ImageChops, ImageDraw

from glamuploader.media import _pool
from glamuploader.media.facts import read_facts
from glamuploader.media.importer import import_paths
from glamuploader.media.thumbnails import _thumbnail_job, make_thumbnails

SIZE = (4000, 3000)
BASES = 8  # distinct noise fields; every file also gets its own marked block


def _corpus():
    """tests/corpus.py, loaded by path (it builds the EXIF with an IFD1 thumbnail)."""
    path = Path(__file__).resolve().parent.parent / "tests" / "corpus.py"
    spec = importlib.util.spec_from_file_location("corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _base(index: int, grad: Image.Image, rad: Image.Image) -> Image.Image:
    noise = Image.effect_noise(SIZE, 18 + index)
    red = ImageChops.add(ImageChops.multiply(grad, Image.new("L", SIZE, 200)), noise,
                         scale=1.5, offset=-40)
    green = Image.blend(rad, noise.transpose(Image.Transpose.FLIP_TOP_BOTTOM), 0.3)
    blue = Image.blend(grad.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
                       noise.transpose(Image.Transpose.ROTATE_180), 0.4)
    return Image.merge("RGB", (red, green, blue))


def make_files(folder: Path, n: int) -> list[str]:
    corpus = _corpus()
    grad = Image.linear_gradient("L").resize(SIZE)
    rad = Image.radial_gradient("L").resize(SIZE)
    bases = [_base(i, grad, rad) for i in range(min(BASES, n))]
    paths = []
    for i in range(n):
        image = bases[i % len(bases)].copy()
        x, y = (i * 97) % (SIZE[0] - 200), (i * 61) % (SIZE[1] - 200)
        ImageDraw.Draw(image).rectangle((x, y, x + 199, y + 199), fill=(i % 256, 80, 255 - i % 256))
        thumb = io.BytesIO()
        image.resize((160, 120), Image.Resampling.BILINEAR).save(thumb, "JPEG", quality=75)
        exif = corpus.exif_bytes(taken=f"2024:05:01 14:{i // 60 % 60:02d}:{i % 60:02d}",
                                 gps=(41.0 + i / 1000, 28.9 + i / 1000, 39.0, 123.5),
                                 thumbnail=thumb.getvalue())
        path = folder / f"IMG_{i:04d}.jpg"
        image.save(path, "JPEG", quality=90, exif=exif)
        paths.append(str(path))
    return paths


def floor(paths: list[str]) -> None:
    """The least any import must do: read each byte once and hash it (one reused buffer)."""
    buf = bytearray(1 << 20)
    view = memoryview(buf)
    for path in paths:
        digest = hashlib.sha1()
        with open(path, "rb", buffering=0) as fh:
            while n := fh.readinto(buf):
                digest.update(view[:n])
        digest.hexdigest()


def naive(paths: list[str], out: Path) -> None:
    for i, path in enumerate(paths):
        with open(path, "rb") as fh:
            exifread.process_file(fh)
        digest = hashlib.sha1()
        with open(path, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
        with Image.open(path) as image:
            image.load()
            image.thumbnail((256, 256))
            image.save(out / f"{i}.jpg", "JPEG", quality=85)


def best_interleaved(runs: dict[str, Callable[[int], object]], repeat: int) -> dict[str, float]:
    """The fastest of ``repeat`` rounds for each run; rounds interleave the runs so that
    a busy machine slows all of them alike. A run gets its round number (fresh folders)."""
    times: dict[str, float] = {}
    for round_ in range(repeat):
        for name, fn in runs.items():
            start = time.perf_counter()
            fn(round_)
            times[name] = min(times.get(name, float("inf")), time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200, help="number of 12 MP JPEGs (200)")
    parser.add_argument("--workers", type=int, default=None, help="default: every core")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (3)")
    parser.add_argument("--keep", type=Path, default=None, help="make or reuse files here")
    args = parser.parse_args(argv)
    workers = args.workers or _pool.default_workers()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="glam-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="glam-bench-out-"))
    try:
        paths = sorted(str(p) for p in folder.glob("IMG_*.jpg"))[:args.n]
        if len(paths) < args.n:
            start = time.perf_counter()
            paths = make_files(folder, args.n)
            print(f"made {args.n} files in {time.perf_counter() - start:.1f} s")
        total = sum(os.path.getsize(p) for p in paths)
        floor(paths)  # warm the page cache: every run below reads from memory
        try:
            load = " (load average %.1f)" % os.getloadavg()[0]
        except OSError:
            load = ""
        print(f"{len(paths)} JPEGs, {SIZE[0]}x{SIZE[1]}, {total / len(paths) / 1e6:.1f} MB each, "
              f"{total / 1e6:.0f} MB in all; {workers} workers on {os.cpu_count()} CPUs{load}")
        print("page cache warm: every file was read once before timing; "
              f"each figure is the best of {args.repeat} interleaved rounds\n")
        r = args.repeat
        pairs = [(p, f"{i:040x}") for i, p in enumerate(paths)]

        def out(name: str, run: int) -> str:
            folder = scratch / f"{name}-{run}"
            folder.mkdir()
            return str(folder)

        t = best_interleaved({
            "floor": lambda run: floor(paths),
            "naive": lambda run: naive(paths, Path(out("naive", run))),
            "import": lambda run: import_paths(paths, workers=workers),
            "import1": lambda run: import_paths(paths, workers=1),
            "import_p": lambda run: _pool.run_ordered(read_facts, paths, workers=workers,
                                                      processes=True),
            "thumbs": lambda run: make_thumbnails(pairs, out("thumbs", run), workers=workers),
            "thumbs1": lambda run: make_thumbnails(pairs, out("thumbs1", run), workers=1),
            "thumbs_p": lambda run: _pool.run_ordered(
                _thumbnail_job, [(p, s, folder_, 256) for (p, s), folder_ in
                                 zip(pairs, [out("thumbsp", run)] * len(pairs))],
                workers=workers, processes=True),
        }, r)
        t_floor, t_naive, t_import, t_import1, t_import_p, t_thumbs, t_thumbs1, t_thumbs_p = (
            t["floor"], t["naive"], t["import"], t["import1"], t["import_p"], t["thumbs"],
            t["thumbs1"], t["thumbs_p"])
        rows = [
            ("(a) floor: read + SHA-1, sequential", t_floor, "1.00 x floor"),
            ("(b) naive: full decode + thumb + exifread + SHA-1", t_naive,
             f"{t_naive / t_floor:.2f} x floor"),
            (f"(c) import_paths, {workers} threads", t_import,
             f"{t_import / t_floor:.2f} x floor (target <= 1.30)"),
            ("    import_paths, 1 thread", t_import1, f"{t_import1 / t_floor:.2f} x floor"),
            (f"    same work on {workers} processes", t_import_p, f"{t_import_p / t_floor:.2f} x floor"),
            (f"(d) make_thumbnails, {workers} threads", t_thumbs,
             f"{t_naive / t_thumbs:.1f} x faster than naive (target >= 4)"),
            ("    make_thumbnails, 1 thread", t_thumbs1, f"{t_naive / t_thumbs1:.1f} x faster than naive"),
            (f"    same work on {workers} processes", t_thumbs_p,
             f"{t_naive / t_thumbs_p:.1f} x faster than naive"),
        ]
        width = max(len(row[0]) for row in rows)
        print(f"{'run':<{width}}  {'seconds':>8}  {'ms/file':>8}  ratio")
        for name, seconds, ratio in rows:
            print(f"{name:<{width}}  {seconds:8.2f}  {seconds / len(paths) * 1000:8.1f}  {ratio}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
