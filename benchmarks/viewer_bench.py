#!/usr/bin/env python3
"""The viewer, measured in one run (shared, noisy machines: read the ratios).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/viewer_bench.py [--photos 100] [--gap-ms 250]

With 100 photos of 12 megapixels (20 distinct JPEGs, each behind 5 names), in a viewer of
1600 x 1000: the time from opening it to the first photo shown; from a key press (Right) to the
next photo shown, with read-ahead, for a person pressing every ``--gap-ms`` ms and for one
holding the key (every 20 ms); the longest stall of the GUI thread (a 5 ms heartbeat) while
moving through all of them; and how much memory it holds (RSS growth, and the pixels it keeps). The baseline, in the
same process: decoding one of these photos on the GUI thread as a plain PySide6 program would
(QImage of the whole file, scaled to the window).
Targets (issue 13): next photo < 50 ms, first < 200 ms, stall < 50 ms.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def make_photos(folder: str, count: int) -> list[str]:
    from PIL import Image, ImageDraw, ImageFilter
    import random
    distinct = []
    for n in range(min(20, count)):
        rnd = random.Random(n)
        image = Image.new("RGB", (4000, 3000), tuple(rnd.randrange(256) for _ in range(3)))
        draw = ImageDraw.Draw(image)
        for _ in range(40):
            x, y = rnd.randrange(4000), rnd.randrange(3000)
            draw.ellipse((x, y, x + rnd.randrange(100, 1500), y + rnd.randrange(100, 1200)),
                         fill=tuple(rnd.randrange(256) for _ in range(3)))
        path = os.path.join(folder, f"distinct{n:02}.jpg")
        image.filter(ImageFilter.GaussianBlur(1)).save(path, quality=88)
        distinct.append(path)
    names = []
    for n in range(count):
        name = os.path.join(folder, f"IMG_{n:04}.jpg")
        os.link(distinct[n % len(distinct)], name)
        names.append(name)
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--gap-ms", type=int, default=250)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = tempfile.mkdtemp(prefix="glam-viewer-bench-")
    os.environ["GLAMUPLOADER_DATA_DIR"] = os.path.join(work, "data")
    os.environ["GLAMUPLOADER_CACHE_DIR"] = os.path.join(work, "cache")
    print(f"making {args.photos} photos of 12 megapixels …", flush=True)
    paths = make_photos(work, args.photos)

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer, Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from glamuploader.core.batch import Batch
    from glamuploader.core.item import FileFacts, MediaItem
    from glamuploader.ui.app import build
    from glamuploader.ui.settings import Settings
    controller = build(app, settings=Settings(QSettings(os.path.join(work, "s.ini"), QSettings.Format.IniFormat)))
    window = controller.window
    window.resize(1600, 1080)
    window.show()
    controller.start()
    batch = Batch(items=[MediaItem(p, FileFacts(size=os.path.getsize(p), kind="jpg")) for p in paths])
    controller.doc.batch.items[:] = []
    controller.doc.batch.items.extend(batch.items)
    viewer = window.viewer
    window.central.setCurrentWidget(viewer)
    viewer.resize(1600, 1000)

    def wait_for(condition, seconds: float = 30.0) -> None:
        deadline = time.perf_counter() + seconds
        while not condition() and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    beats = {"last": time.perf_counter(), "worst": 0.0}

    def beat() -> None:
        now = time.perf_counter()
        beats["worst"] = max(beats["worst"], now - beats["last"])
        beats["last"] = now
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)

    rss_before = _rss_mb()
    timer = QElapsedTimer()
    timer.start()
    viewer.open(paths, 0)
    wait_for(lambda: paths[0] in viewer.images)
    viewer.repaint()
    first = timer.elapsed()

    def walk(gap_ms: int, steps: int) -> list[float]:
        waits = []
        for _ in range(steps):
            deadline = time.perf_counter() + gap_ms / 1000
            wait_for(lambda: time.perf_counter() >= deadline, gap_ms / 1000 + 1)
            timer.start()
            from PySide6.QtTest import QTest
            QTest.keyClick(viewer, Qt.Key.Key_Right)
            wait_for(lambda: viewer.current() in viewer.images)
            viewer.repaint()
            waits.append(timer.elapsed())
        return waits

    beats["last"], beats["worst"] = time.perf_counter(), 0.0
    heart.start()
    person = walk(args.gap_ms, min(len(paths) - 1, 60))
    held = walk(20, max(0, len(paths) - 1 - len(person)))
    heart.stop()
    stall = beats["worst"] * 1000
    grown = _rss_mb() - rss_before
    cached = sum(image.sizeInBytes() for image in viewer.images.values()) / 1e6
    # baseline (after the walk, so that its whole-file decode does not hide the viewer's peak): a plain program decodes the photo on the GUI thread and scales it to the window
    timer = QElapsedTimer()
    baseline = []
    for p in paths[:5]:
        timer.start()
        QImage(p).scaled(1600, 1000, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        baseline.append(timer.elapsed())
    plain = statistics.median(baseline)

    # compare: four photos side by side, then all four at 100 % (whole pictures decoded on workers)
    timer.start()
    viewer.open(paths[40:44], 0, 4)
    wait_for(lambda: all(p in viewer.images for p in viewer.visible()))
    viewer.repaint()
    compare_ms = timer.elapsed()
    beats["last"], beats["worst"] = time.perf_counter(), 0.0
    heart.start()
    timer.start()
    viewer.toggle_zoom()
    viewer.repaint()
    zoom_first = timer.elapsed()                  # at once: the screen pictures, scaled
    wait_for(lambda: all(p in viewer.full for p in viewer.visible()), 60)
    viewer.repaint()
    zoom_sharp = timer.elapsed()
    heart.stop()
    zoom_stall = beats["worst"] * 1000
    beats["last"], beats["worst"] = time.perf_counter(), 0.0
    heart.start()
    for step in range(20):                        # a drag across the four
        viewer.pan(-15, -10)
        viewer.repaint()
        app.processEvents()
    heart.stop()
    pan_stall = beats["worst"] * 1000
    held_full = sum(image.sizeInBytes() for image in viewer.full.values()) / 1e6


    print(f"{'measure':44}{'value':>12}{'baseline':>26}{'ratio':>8}  target")
    print(f"{'first photo shown (ms)':44}{first:>12.0f}{f'plain decode {plain:.0f} ms':>26}{first / plain:>7.2f}×  < 200 ms")
    print(f"{f'next photo, keys every {args.gap_ms} ms (median/max ms)':44}"
          f"{f'{statistics.median(person):.0f}/{max(person):.0f}':>12}{f'plain decode {plain:.0f} ms':>26}"
          f"{statistics.median(person) / plain:>7.2f}×  < 50 ms")
    if held:
        print(f"{'next photo, key held (median/max ms)':44}{f'{statistics.median(held):.0f}/{max(held):.0f}':>12}"
              f"{'':>26}{'':>8}  (the decode rate bounds it)")
    print(f"{'longest GUI stall moving through them (ms)':44}{stall:>12.0f}{'':>26}{'':>8}  < 50 ms")
    print(f"{'memory: RSS growth / pictures kept (MB)':44}{f'{grown:.0f} / {cached:.0f}':>12}{'':>26}{'':>8}"
          f"  bounded: {len(viewer.images)} pictures kept of {len(paths)}")
    print(f"{'compare: four photos shown (ms)':44}{compare_ms:>12.0f}{f'plain decode x4 {4 * plain:.0f} ms':>26}"
          f"{compare_ms / (4 * plain):>7.2f}×")
    print(f"{'compare at 100 %: shown / sharp (ms)':44}{f'{zoom_first:.0f} / {zoom_sharp:.0f}':>12}"
          f"{f'plain decode x4 {4 * plain:.0f} ms':>26}{zoom_sharp / (4 * plain):>7.2f}×  "
          f"sharp when the whole pictures are decoded")
    print(f"{'longest GUI stall: to 100 % / panning (ms)':44}{f'{zoom_stall:.0f} / {pan_stall:.0f}':>12}{'':>26}{'':>8}  < 50 ms")
    print(f"{'memory: whole pictures kept at 100 % (MB)':44}{held_full:>12.0f}{'':>26}{'':>8}"
          f"  at most {len(viewer.full)} (four compared)")
    controller.wait_for_workers()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
