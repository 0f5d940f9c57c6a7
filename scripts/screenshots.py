#!/usr/bin/env python3
"""Show the app in a real window under Xvfb and save screenshots of its main states.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]      (default docs/screenshots)

States: empty, a batch with problems, uploading, done; the window and the finished upload in
Arabic, Russian and Turkish; the window on a 1024 x 600 screen; a museum's spreadsheet
(the columns dialog, and the table view filled in from it). Uses a temporary data folder
and its own sandbox wiki, so nothing of the user's is touched. Needs Debian's xvfb.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_xvfb() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is not installed: apt-get install xvfb (scripts/dev.sh setup does it).")
    display = ":77"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return proc


def main() -> int:
    out_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "screenshots"))
    os.makedirs(out_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="glamuploader-shots-")
    # small chunks: a photo goes up in several requests, so there is a moment to photograph
    # (one request a file is quicker than the eye)
    os.environ.setdefault("GLAMUPLOADER_CHUNK_MIB", "0.02")
    os.environ.update(GLAMUPLOADER_DATA_DIR=os.path.join(work, "data"),
                      GLAMUPLOADER_CACHE_DIR=os.path.join(work, "cache"),
                      GLAMUPLOADER_SANDBOX_DIR=os.path.join(work, "sandbox"),
                      GLAMUPLOADER_PYWIKIBOT_DIR=os.path.join(work, "pywikibot"),
                      QT_QPA_PLATFORM="xcb")
    compile_translations()
    xvfb = start_xvfb()
    try:
        return shoot(out_dir, work)
    finally:
        if xvfb is not None:
            xvfb.terminate()
        from glamuploader.sandbox import Sandbox
        Sandbox(os.environ["GLAMUPLOADER_SANDBOX_DIR"]).stop()
        shutil.rmtree(work, ignore_errors=True)


def compile_translations() -> None:
    """The .ts files as they are now (an editable install compiled them once, when installed)."""
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "translations.py"), "compile"], check=True,
                   stdout=subprocess.DEVNULL)


def shoot(out_dir: str, work: str) -> int:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from glamuploader.samples import write_samples
    from glamuploader.sandbox import Sandbox
    from glamuploader.ui.app import build
    from glamuploader.ui.settings import Settings

    app = QApplication(sys.argv)
    settings = Settings(QSettings(os.path.join(work, "settings.ini"), QSettings.Format.IniFormat))
    settings.set("target", "sandbox")
    c = build(app, settings=settings)
    w = c.window
    w.resize(1280, 820)
    w.move(0, 0)   # the whole window on the 1280-pixel screen
    w.show()
    c.start()

    def wait(condition, seconds: float = 30.0) -> None:
        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)

    def shot(name: str, widget=None) -> None:
        wait(lambda: False, 0.3)
        target = widget or w
        screen = target.screen()
        pixmap = screen.grabWindow(0, target.x(), target.y(), target.frameGeometry().width(),
                                   target.frameGeometry().height())
        if pixmap.isNull() or pixmap.width() < 10:
            pixmap = target.grab()
        path = os.path.join(out_dir, f"{name}.png")
        pixmap.save(path)
        print(path)

    wait(lambda: bool(c.doc.batch.path), 5)
    shot("1-empty")

    photos = os.path.join(work, "photos")
    write_samples(photos, size=(3000, 2250))
    w.import_paths([photos])
    wait(lambda: len(c.doc.batch.items) == 3 and bool(c.doc.problems))
    w.grid.select_paths([i.path for i in c.doc.batch.items])
    wait(lambda: False, 1.0)
    shot("2-batch-with-problems")

    from glamuploader.samples import SAMPLES
    from glamuploader.core import edits
    items = c.doc.batch.items
    by_name = {s.name: s for s in SAMPLES}
    c.doc.apply_edit(edits.set_field(items, "license", "cc-by-sa-4.0"), "licence")
    c.doc.apply_edit(edits.set_field(items, "author", "[[User:Admin|Admin]]"), "author")
    c.doc.apply_edit(edits.add_to_list(items, "categories", "Photo walk Kazan 2026"), "category")
    for item in items:
        sample = by_name[item.name]
        c.doc.apply_edit(edits.set_field([item], "title", sample.title), "title")
        for lang, text in sample.descriptions.items():
            c.doc.apply_edit(edits.set_field([item], f"description:{lang}", text), "description")
    w.grid.select_paths([items[0].path])
    wait(lambda: w.problems.error_count() == 0, 10)

    info = Sandbox(os.environ["GLAMUPLOADER_SANDBOX_DIR"]).start()
    c.show_upload()
    panel = c.upload_panel
    panel.move(w.x() + 200, w.y() + 120)
    panel.uploader.log_in("sandbox", info.bot_user, info.bot_password, remember=False)
    wait(lambda: panel.uploader.session is not None, 60)
    shots_taken = []
    photographed = threading.Event()

    def mid_file(event) -> bool:
        return event.kind == "progress" and event.index == 1 and 0 < event.sent < event.size

    def during(event) -> None:   # GUI thread: photograph the panel while the second file goes up
        if mid_file(event) and not shots_taken:
            shots_taken.append(True)
            shot("3-uploading", panel)
            photographed.set()

    def hold(event) -> None:     # upload thread: wait there until the picture is taken
        if mid_file(event):
            photographed.wait(10)
    panel.uploader.event.connect(during)    # queued first, so the GUI sees the event before the hold
    panel.uploader.event.connect(hold, Qt.ConnectionType.DirectConnection)
    panel.start_button.click()
    wait(lambda: not panel.uploader.running and bool(shots_taken), 120)
    shot("4-done", panel)
    panel.hide()

    # the same window and the finished upload in the other languages the app ships
    for n, (code, name) in enumerate((("ar", "arabic"), ("ru", "russian"), ("tr", "turkish")), start=5):
        c.set_language(code)
        w.grid.select_paths([items[2].path])
        wait(lambda: False, 1.0)
        shot(f"{n}-{name}")
        c.show_upload()
        panel.move(w.x() + 200, w.y() + 120)
        wait(lambda: False, 0.5)
        shot(f"{n}-{name}-upload-done", panel)
        panel.hide()
    # four of the languages no native speaker has read yet: look for missing glyphs and cut words
    for n, (code, name) in enumerate((("kk", "kazakh"), ("sah", "sakha"), ("ug", "uyghur"), ("az", "azerbaijani")),
                                     start=11):
        c.set_language(code)
        w.grid.select_paths([items[2].path])
        wait(lambda: False, 1.0)
        shot(f"{n}-{name}")
    def bot_password_page(name: str) -> None:   # the first-run assistant's third page
        wizard = c.show_first_run()
        wizard.move(w.x() + 160, w.y() + 80)
        wizard.next()
        wizard.next()
        wait(lambda: False, 0.8)
        shot(name, wizard)
        wizard.reject()
    bot_password_page("14-azerbaijani-first-run")   # still in Azerbaijani
    c.set_language("en")
    bot_password_page("15-first-run-bot-password")
    guide = c.show_guide()
    guide.move(w.x() + 200, w.y() + 60)
    wait(lambda: False, 0.5)
    shot("16-guide", guide)
    guide.close()

    # a 1024 x 600 netbook: the window fits, the grid and the editor get the room
    from PySide6.QtCore import QRect
    w.fit_to_screen(QRect(0, 0, 1024, 600 - 32))
    w.grid.select_paths([items[0].path])
    wait(lambda: False, 1.0)
    shot("8-small-screen-1024x600")

    # a museum's scans and its spreadsheet (Tate's published layout): the columns dialog, then
    # the table view with the files filled in
    w.resize(1280, 820)
    w.move(0, 0)
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    from museumdata import TATE_HEADERS, export_csv
    from PIL import Image, ImageDraw
    scans = os.path.join(work, "scans")
    os.makedirs(scans)
    for n, (name, colour) in enumerate((("A00001.jpg", (196, 170, 120)), ("A00002.jpg", (120, 110, 96)),
                                        ("Tate A00003 recto.jpg", (210, 200, 180)))):
        picture = Image.new("RGB", (800, 600), colour)
        ImageDraw.Draw(picture).rectangle((200 + 40 * n, 150, 600 - 20 * n, 450), outline=(60, 50, 40), width=12)
        picture.save(os.path.join(scans, name), quality=90)
    sheet = os.path.join(work, "artwork_data.csv")
    with open(sheet, "w", encoding="utf-8", newline="") as fh:
        fh.write(export_csv(TATE_HEADERS))
    c.doc.new_batch(target="sandbox")
    wait(lambda: not c.doc.batch.items, 5)
    w.import_paths([scans])
    wait(lambda: len(c.doc.batch.items) == 3 and bool(c.doc.problems))
    from glamuploader.ui.museumsheet import open_sheet
    open_sheet(w, sheet)
    wait(lambda: getattr(getattr(w, "last_message", None), "choices", None) is not None)
    dialog = w.last_message
    dialog.move(w.x() + 120, w.y() + 120)
    shot("9-museum-spreadsheet-columns", dialog)
    dialog.accept()
    wait(lambda: w.last_message is not dialog, 5)
    w.last_message.close()
    w.grid.show_table(True)
    w.grid.select_paths([c.doc.batch.items[0].path])
    wait(lambda: False, 1.5)
    shot("10-museum-table")

    # culling a walk: a burst of the same scene, picked, starred and rejected with P, X and 0-5
    sys.path.insert(0, os.path.join(ROOT, "tests"))
    from pathlib import Path
    from similarphotos import make_burst
    walk = Path(work) / "walk"
    walk.mkdir()
    for seed in (3, 5):
        make_burst(walk, seed, f"2026:05:14 19:1{seed}:00")
    from corpus import make_jpeg
    from similarphotos import scene
    for seed in (7, 8, 9):                  # and single shots between the bursts
        make_jpeg(walk / f"single{seed}.jpg", image=scene(seed), taken=f"2026:05:14 19:2{seed}:00", gps=None,
                  with_thumbnail=False)
    w.grid.show_table(False)
    c.doc.new_batch(target="sandbox")
    wait(lambda: not c.doc.batch.items, 5)
    w.import_paths([str(walk)])
    wait(lambda: len(c.doc.batch.items) == 17 and bool(c.doc.problems))
    marks = {"s03_base.jpg": ("pick", 5), "s03_shift.jpg": ("reject", None), "s03_dark.jpg": ("reject", None),
             "s03_bright.jpg": ("", 3), "s05_base.jpg": ("pick", 4), "s05_recompressed.jpg": ("reject", None)}
    by_name = {i.name: i for i in c.doc.batch.items}
    for name, (pick, stars) in marks.items():
        w.grid.select_paths([by_name[name].path])
        if pick:
            w.curation.mark("pick", pick)
        if stars is not None:
            w.grid.select_paths([by_name[name].path])
            w.curation.mark("rating", stars)
    w.grid.select_paths([by_name["s03_base.jpg"].path])
    wait(lambda: False, 1.5)
    shot("17-culling")
    w.curation.open_viewer()                # Space: the picked photo filling the window
    wait(lambda: w.viewer.current() in w.viewer.images, 10)
    wait(lambda: False, 0.5)
    shot("18-viewer")
    qtest = __import__("PySide6.QtTest", fromlist=["QTest"]).QTest
    qtest.keyClick(w.viewer, Qt.Key.Key_Escape)
    # C: four of the burst side by side, the second framed (clicked), then K would keep it
    w.curation.open_compare([by_name[n].path for n in ("s03_base.jpg", "s03_shift2.jpg", "s03_bright.jpg",
                                                       "s03_recompressed.jpg")])
    wait(lambda: all(p in w.viewer.images for p in w.viewer.visible()), 10)
    w.viewer.index = 2
    w.viewer.update()
    shot("19-compare")
    qtest.keyClick(w.viewer, Qt.Key.Key_Escape)
    # Edit ▸ Stack similar photos: each burst one photo with its count
    w.stacks.action.setChecked(True)
    wait(lambda: bool(c.doc.model.stack_sizes), 30)
    w.grid.select_paths([next(iter(c.doc.model.stack_sizes))])
    wait(lambda: False, 1.5)
    shot("20-stacks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
