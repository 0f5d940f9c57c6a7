"""The viewer: one photo at a time, filling the window, to see what a thumbnail cannot.

Space (or a double-click) in the grid or the table opens it on the current photo; Esc goes back
with that photo selected. Right, Space and Page Down go on, Left, Backspace and Page Up back;
P, X, U and 0-5 cull as in the grid and go on. Pictures are decoded at the size of the screen
(a JPEG at a fraction of its size by libjpeg, orientation applied) on worker threads, never on
the GUI thread; the next two and the one before are decoded ahead, so that going on is
immediate; a few are kept, the rest dropped (memory: about six screens of pixels).
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from ..core.picks import PICK, REJECT, UNMARKED, pick_of, stars_of

KEPT = 6                     # pictures kept decoded
AHEAD, BEHIND = 2, 1         # decoded before they are asked for
CULL_KEYS = {Qt.Key.Key_P: ("pick", PICK), Qt.Key.Key_X: ("pick", REJECT), Qt.Key.Key_U: ("pick", UNMARKED),
             **{getattr(Qt.Key, f"Key_{n}"): ("rating", n) for n in range(6)}}


def decode_for_screen(path: str, long_side: int) -> QImage | None:
    """The picture covering ``long_side`` pixels on its long side (a JPEG up to twice that), upright, as a
    QImage (on a worker thread: Pillow, no widget; a JPEG decoded by libjpeg at the scale the
    screen needs). Not Qt's image reader: two of them at once on worker threads crashed the
    test suite (a segfault in QImageReader's constructor while another read)."""
    from ..media.thumbnails import screen_picture
    image = screen_picture(path, long_side)
    if image is None:
        return None
    image = image.convert("RGB")
    data = image.tobytes()
    return QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888).copy()


class Viewer(QWidget):
    closed = Signal(str)         # the path shown last: the grid selects it
    shown = Signal(str)          # a picture is on screen (tests and benchmarks)

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
        self.index = 0
        self.images: OrderedDict[str, QImage] = OrderedDict()
        self.asked: set[str] = set()
        self.long_side = 1600
        from PySide6.QtCore import QThreadPool
        from .tasks import Tasks
        pool = QThreadPool(self)
        pool.setMaxThreadCount(2)           # its own: thumbnails being made do not hold it up
        self.tasks = Tasks(self, pool=pool)

    # --- what is shown ------------------------------------------------------------------------
    def open(self, paths: list[str], index: int) -> None:
        self.paths, self.index = list(paths), max(0, min(index, len(paths) - 1))
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1600, 1000)
        ratio = self.devicePixelRatioF()
        self.long_side = round(max(screen.width(), screen.height(), self.width(), self.height()) * ratio)
        self._want_around()
        self.update()

    def current(self) -> str:
        return self.paths[self.index] if self.paths else ""

    def go(self, step: int) -> None:
        if not self.paths:
            return
        self.index = max(0, min(self.index + step, len(self.paths) - 1))
        self._want_around()
        self.update()
        if self.current() in self.images:
            self.shown.emit(self.current())

    def _want_around(self) -> None:
        order = [self.index, *(self.index + n for n in range(1, AHEAD + 1)), *(self.index - n for n in range(1, BEHIND + 1))]
        for n in order:
            if 0 <= n < len(self.paths):
                self._want(self.paths[n])

    def _want(self, path: str) -> None:
        if path in self.images:
            self.images.move_to_end(path)
            return
        if path in self.asked:
            return
        self.asked.add(path)
        long_side = self.long_side
        self.tasks.run(lambda: decode_for_screen(path, long_side),
                                  lambda image, p=path: self._decoded(p, image),
                                  lambda _exc, p=path: self._decoded(p, None))

    def _decoded(self, path: str, image: QImage | None) -> None:
        self.asked.discard(path)
        self.images[path] = image if image is not None else QImage()
        keep = {self.paths[n] for n in range(self.index - BEHIND, self.index + AHEAD + 1) if 0 <= n < len(self.paths)}
        while len(self.images) > KEPT:
            oldest = next((p for p in self.images if p not in keep), None)
            if oldest is None:
                break
            del self.images[oldest]
        if path == self.current():
            self.update()
            self.shown.emit(path)

    # --- drawing ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        image = self.images.get(self.current())
        if image is not None and not image.isNull():
            size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            if size.width() > image.width():   # never blown up past its pixels
                size = image.size()
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
        self._paint_marks(painter)
        painter.end()

    def _paint_marks(self, painter: QPainter) -> None:
        model = self.window.doc.model        # its path index: no dict of the whole batch per paint
        row = model.row_of(self.current()) if self.paths else None
        if row is None:
            return
        item = model.item_at(row)
        marks = " ".join(filter(None, (f"{self.index + 1} / {len(self.paths)}", item.name,
                                       {PICK: "\u2714", REJECT: "\u2716"}.get(pick_of(item), ""),
                                       "\u2605" * stars_of(item))))
        painter.setPen(QColor("#eeeeee"))
        painter.drawText(self.rect().adjusted(12, 8, -12, -8),
                         Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter, marks)

    # --- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.closed.emit(self.current())
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.go(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.go(-1)
        elif key == Qt.Key.Key_Home:
            self.go(-len(self.paths))
        elif key == Qt.Key.Key_End:
            self.go(len(self.paths))
        elif key in CULL_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            field, value = CULL_KEYS[key]
            self.window.curation.mark_paths([self.current()], field, value)
            self.go(1) if self.window.curation.move_on else self.update()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.closed.emit(self.current())
