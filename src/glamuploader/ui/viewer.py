"""The viewer: one photo filling the window, or two to four side by side to compare.

Space (or a double-click) in the grid or the table opens it on the current photo; C compares
the selected photos (or a stack's); Esc goes back with them selected. Right, Space and Page
Down go on, Left, Backspace and Page Up back; P, X, U and 0-5 cull the photo shown (the one
framed, when comparing) and go on; K keeps it and rejects the others compared. Z shows the
photos at 100 % where the pointer is, and back to fitting; at 100 % dragging (or Shift and the
arrows) pans, all compared photos together.

Pictures are decoded at the size of the screen (a JPEG at a fraction of its size by libjpeg,
orientation applied) on worker threads, never on the GUI thread; the next two and the one
before are decoded ahead, so that going on is immediate; a few are kept, the rest dropped
(memory: about six screens of pixels, and at 100 % at most four whole pictures).
"""
from __future__ import annotations

import sys
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ..core.picks import PICK, REJECT, UNMARKED, pick_of, stars_of
from . import viewerlayout as layout

KEPT = 6                     # pictures kept decoded at screen size
KEPT_FULL = 4                # whole pictures kept for 100 % (one per compared photo)
FULL_CAP = 12000             # longest side decoded for 100 % (a 300 MB scan stays bounded)
AHEAD, BEHIND = 2, 1         # decoded before they are asked for
CULL_KEYS = {Qt.Key.Key_P: ("pick", PICK), Qt.Key.Key_X: ("pick", REJECT), Qt.Key.Key_U: ("pick", UNMARKED),
             **{getattr(Qt.Key, f"Key_{n}"): ("rating", n) for n in range(6)}}


def decode_for_screen(path: str, long_side: int, rotate: int = 0) -> QImage | None:
    """The picture covering ``long_side`` pixels on its long side (a JPEG up to twice that), upright, as a
    QImage (on a worker thread: Pillow, no widget; a JPEG decoded by libjpeg at the scale the
    screen needs). Not Qt's image reader: two of them at once on worker threads crashed the
    test suite (a segfault in QImageReader's constructor while another read)."""
    from ..media.thumbnails import screen_picture
    image = screen_picture(path, long_side)
    if image is None:
        return None
    full_size = image.info.get("full_size", image.size)
    if rotate % 360:                     # the turn the uploaded copy will have (its tag)
        from PIL import Image
        turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
        image = image.transpose(turns[rotate % 360])
        if rotate % 180:
            full_size = (full_size[1], full_size[0])
    # Pillow writes the pixels in the layout the painter draws as they are (no conversion at
    # each paint), and Qt only wraps them: QImage's own copy or conversion of a whole 12 Mpx
    # picture holds the GIL 20 ms, and four of them held the GUI thread 100 ms at 100 %
    image = image.convert("RGBA")
    data = image.tobytes("raw", "BGRA" if sys.byteorder == "little" else "ARGB")
    picture = QImage(data, image.width, image.height, 4 * image.width, QImage.Format.Format_ARGB32_Premultiplied)
    picture.pixels = data                # the buffer lives as long as the picture
    picture.full_size = tuple(full_size)   # the whole picture this one stands for
    return picture


def full_size_of(image: QImage) -> tuple[int, int]:
    """The whole picture's size (upright) a decoded screen picture stands for."""
    return getattr(image, "full_size", None) or (image.width(), image.height())


class Viewer(QWidget):
    closed = Signal(str)         # the path shown last: the grid selects it
    shown = Signal(str)          # a picture is on screen (tests and benchmarks)
    sharp = Signal(str)          # a whole picture is on screen at 100 % (tests)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("viewer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#1e1e1e"))
        self.setPalette(palette)
        self.paths: list[str] = []
        self.index = 0               # the photo shown, or framed when comparing
        self.panes = 1               # photos side by side (1-4)
        self.offset = 0              # the first of them
        self.zoomed = False          # 100 %: one picture pixel to one screen pixel
        self.centre = (0.5, 0.5)     # the point of every picture at its pane's centre, at 100 %
        self.images: OrderedDict[str, QImage] = OrderedDict()
        self.full: OrderedDict[str, QImage] = OrderedDict()
        self.asked: set[str] = set()
        self.asked_full: set[str] = set()
        self.turns: dict[str, int] = {}      # the turn each decoded picture was decoded with
        self.long_side = 1600
        self._drag: QPointF | None = None
        from PySide6.QtCore import QThreadPool
        from .tasks import Tasks
        pool = QThreadPool(self)
        pool.setMaxThreadCount(2)           # its own: thumbnails being made do not hold it up
        self.tasks = Tasks(self, pool=pool)
        window.doc.undo.indexChanged.connect(self._follow_turns)

    def release(self) -> None:
        """Back to the grid: the pictures go (up to 4 whole ones at 100 % were 190 MB, held
        while the volunteer went on describing); opening again decodes anew."""
        self.paths = []
        self.images.clear()
        self.full.clear()
        self.turns.clear()

    # --- what is shown ------------------------------------------------------------------------
    def open(self, paths: list[str], index: int, panes: int = 1) -> None:
        self.paths, self.index = list(paths), max(0, min(index, len(paths) - 1))
        self.panes = max(1, min(panes, 4, len(self.paths) or 1))
        self.offset = layout.window_of(self.index, 0, self.panes, len(self.paths))
        self.zoomed, self.centre = False, (0.5, 0.5)
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1600, 1000)
        ratio = self.devicePixelRatioF()
        self.long_side = round(max(screen.width(), screen.height(), self.width(), self.height()) * ratio)
        self._want_around()
        self.update()

    def comparing(self) -> bool:
        return self.panes > 1

    def current(self) -> str:
        return self.paths[self.index] if self.paths else ""

    def visible(self) -> list[str]:
        return self.paths[self.offset:self.offset + self.panes]

    def go(self, step: int) -> None:
        if not self.paths:
            return
        self.index = max(0, min(self.index + step, len(self.paths) - 1))
        self.offset = layout.window_of(self.index, self.offset, self.panes, len(self.paths))
        self._want_around()
        self.update()
        if self.current() in self.images:
            self.shown.emit(self.current())

    def toggle_zoom(self, at: QPointF | None = None) -> None:
        """100 % where the pointer is (or the middle), and back to the whole picture."""
        self.zoomed = not self.zoomed
        if self.zoomed:
            self.centre = (0.5, 0.5)
            for path, cell in zip(self.visible(), self._cells()):
                image = self.images.get(path)
                if at is not None and image is not None and not image.isNull() and self._rect(cell).contains(at):
                    self.centre = layout.point_in_picture(cell, full_size_of(image), (at.x(), at.y()))
            for path in self.visible():
                self._want_full(path)
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        image = self.images.get(self.current())
        if not self.zoomed or image is None or image.isNull():
            return
        self.centre = layout.panned(self.centre, dx, dy, full_size_of(image), self.devicePixelRatioF())
        self.update()

    def _want_around(self) -> None:
        first, last = self.offset, self.offset + self.panes - 1
        order = [*range(first, last + 1), *(last + n for n in range(1, AHEAD + 1)),
                 *(first - n for n in range(1, BEHIND + 1))]
        for n in order:
            if 0 <= n < len(self.paths):
                self._want(self.paths[n])
        if self.zoomed:
            for path in self.visible():
                self._want_full(path)

    def _want(self, path: str) -> None:
        if path in self.images:
            self.images.move_to_end(path)
            return
        if path in self.asked:
            return
        self.asked.add(path)
        long_side, rotate = self.long_side, self._turn_of(path)
        self.tasks.run(lambda: decode_for_screen(path, long_side, rotate),
                       lambda image, p=path: self._decoded(p, image, rotate),
                       lambda _exc, p=path: self._decoded(p, None, rotate))

    def _want_full(self, path: str) -> None:
        if path in self.full:
            self.full.move_to_end(path)
            return
        image = self.images.get(path)
        if path in self.asked_full or (image is not None and image.size().toTuple() == full_size_of(image)):
            return                      # the screen picture is already the whole picture
        self.asked_full.add(path)
        rotate = self._turn_of(path)
        self.tasks.run(lambda: decode_for_screen(path, FULL_CAP, rotate),
                       lambda image, p=path: self._decoded_full(p, image, rotate),
                       lambda _exc, p=path: self._decoded_full(p, None, rotate))

    def _turn_of(self, path: str) -> int:
        item = self.window.doc.model.item_of(path)
        return item.meta.rotate if item is not None else 0

    def turn(self, degrees: int) -> None:
        """The photo shown a quarter further (its copy sent turned too); at once, from the
        picture already decoded."""
        self.window.curation.turn([self.current()], degrees)   # the undo stack tells _follow_turns

    def _follow_turns(self, *_args) -> None:
        """After any edit (a turn here or in the grid, an undo): the pictures kept that were
        decoded with another turn are turned to match."""
        if not self.paths:
            return
        for path in list(self.images):
            self._follow_turn(path)
        self.update()

    def _follow_turn(self, path: str) -> None:
        """A picture decoded before its turn changed is turned now, on the GUI thread but at
        screen size only (a few ms); the whole one is decoded again."""
        now, then = self._turn_of(path), self.turns.get(path, 0)
        image = self.images.get(path)
        if now == then or image is None:
            return
        self.turns[path] = now
        self.full.pop(path, None)
        if image.isNull():
            return
        from PySide6.QtGui import QTransform
        width, height = full_size_of(image)
        turned = image.transformed(QTransform().rotate((now - then) % 360))
        if (now - then) % 180:
            width, height = height, width
        turned.full_size = (width, height)
        self.images[path] = turned
        if self.zoomed:
            self._want_full(path)

    def _decoded(self, path: str, image: QImage | None, rotate: int = 0) -> None:
        self.asked.discard(path)
        if path not in self.paths:
            return                      # the viewer was closed meanwhile
        self.images[path] = image if image is not None else QImage()
        self.turns[path] = rotate
        near = range(self.offset - BEHIND, self.offset + self.panes + AHEAD)
        keep = {self.paths[n] for n in near if 0 <= n < len(self.paths)}
        while len(self.images) > max(KEPT, len(keep)):
            oldest = next((p for p in self.images if p not in keep), None)
            if oldest is None:
                break
            del self.images[oldest]
        if path in self.visible():
            if self.zoomed:
                self._want_full(path)
            self.update()
            if path == self.current():
                self.shown.emit(path)

    def _decoded_full(self, path: str, image: QImage | None, rotate: int = 0) -> None:
        self.asked_full.discard(path)
        if path not in self.paths:
            return
        if rotate != self._turn_of(path):
            if self.zoomed and path in self.visible():
                self._want_full(path)
            return
        if image is None or image.isNull():
            return                      # the screen picture stays, scaled
        self.full[path] = image
        while len(self.full) > KEPT_FULL:
            self.full.popitem(last=False)
        if path in self.visible():
            self.update()
            if self.zoomed:
                self.sharp.emit(path)

    # --- drawing ------------------------------------------------------------------------------
    def _cells(self) -> list[layout.Rect]:
        return layout.cells(self.width(), self.height(), self.panes)

    @staticmethod
    def _rect(cell: layout.Rect) -> QRectF:
        return QRectF(*cell)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, (path, cell) in enumerate(zip(self.visible(), self._cells()), self.offset):
            painter.save()
            painter.setClipRect(self._rect(cell))
            self._paint_picture(painter, path, cell)
            self._paint_marks(painter, path, cell, number)
            painter.restore()
            if self.comparing() and path == self.current():
                painter.setPen(QPen(QColor("#3d8ee8"), 3))
                painter.drawRect(self._rect(cell).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()

    def _paint_picture(self, painter: QPainter, path: str, cell: layout.Rect) -> None:
        image = self.images.get(path)
        if image is None:
            return                      # being decoded: a moment of dark, no words
        if image.isNull():
            painter.setPen(QColor("#eeeeee"))
            painter.drawText(self._rect(cell).adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("This file cannot be shown: it is not a picture the viewer can read, "
                                     "or it is damaged. Check it in the list of problems."))
            return
        full = full_size_of(image)
        if not self.zoomed:
            painter.drawImage(self._rect(layout.fitted(cell, (image.width(), image.height()))), image)
            return
        whole = self.full.get(path)
        source = whole if whole is not None else image      # until the whole one is decoded: blurred
        part, target = layout.at_full_size(cell, full, self.centre, self.devicePixelRatioF())
        scale = source.width() / full[0] if full[0] else 1.0
        painter.drawImage(QRectF(*target), source, QRectF(*(v * scale for v in part)))

    def _paint_marks(self, painter: QPainter, path: str, cell: layout.Rect, number: int) -> None:
        item = self.window.doc.model.item_of(path)   # its path index: no dict of the whole batch per paint
        if item is None:
            return
        marks = " ".join(filter(None, (f"{number + 1} / {len(self.paths)}", item.name,
                                       "100 %" if self.zoomed else "",
                                       {PICK: "\u2714", REJECT: "\u2716"}.get(pick_of(item), ""),
                                       "\u2605" * stars_of(item))))
        area = self._rect(cell).adjusted(12, 8, -12, -8)
        flags = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter
        chip = painter.boundingRect(area, flags, marks).adjusted(-8, -2, 8, 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))        # readable on a bright photo too
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor("#eeeeee"))
        painter.drawText(area, flags, marks)

    # --- keys and the mouse -------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key == Qt.Key.Key_Escape:
            self.closed.emit(self.current())
        elif shift and self.zoomed and key in steps:
            dx, dy = steps[key]                 # the picture moves the other way: the view goes there
            self.pan(-dx * self.width() / 10, -dy * self.height() / 10)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.go(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.go(-1)
        elif key == Qt.Key.Key_Home:
            self.go(-len(self.paths))
        elif key == Qt.Key.Key_End:
            self.go(len(self.paths))
        elif key == Qt.Key.Key_Z and not event.modifiers():
            self.toggle_zoom(self.mapFromGlobal(self.cursor().pos()).toPointF() if self.underMouse() else None)
        elif key in (Qt.Key.Key_BracketLeft, Qt.Key.Key_BracketRight):
            self.turn(-90 if key == Qt.Key.Key_BracketLeft else 90)
        elif key == Qt.Key.Key_K and not event.modifiers() and self.comparing():
            self.window.curation.keep_one(self.current(), self.paths)
            self.update()
        elif key in CULL_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            field, value = CULL_KEYS[key]
            self.window.curation.mark_paths([self.current()], field, value)
            self.go(1) if self.window.curation.move_on else self.update()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
            for n, cell in enumerate(self._cells()[:len(self.visible())]):
                if self._rect(cell).contains(event.position()) and self.offset + n != self.index:
                    self.index = self.offset + n    # comparing: the photo clicked is the one keys act on
                    self.update()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag is not None and self.zoomed:
            delta = event.position() - self._drag
            self._drag = event.position()
            self.pan(delta.x(), delta.y())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._drag = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.closed.emit(self.current())
