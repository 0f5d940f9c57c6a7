"""The editor's own small widgets: wrapped and one-line labels that fit their form, combo boxes
that ignore the wheel until focused, and the location row. (Their class names are the contexts
of their translations: renaming one needs the .ts files updated too.)"""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...core.item import GeoPoint


class _WrappedLabel(QLabel):
    """A wrapped text that asks for the height its lines need at the width it is given: in the
    form inside the scroll area, a plain wrapped label kept the height of its first layout and its
    lines ran over the rows around it (the licence's explanation in Russian, at 1366 pixels)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit(event.size().width())

    def setText(self, text: str) -> None:  # noqa: N802
        super().setText(text)
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        # measured from the text (QLabel.heightForWidth never answers below the minimum height)
        from PySide6.QtCore import Qt
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.margin()
        needed = 0
        if inner > 0 and self.text():
            lines = self.fontMetrics().boundingRect(0, 0, inner, 100000, int(Qt.TextFlag.TextWordWrap),
                                                    self.text())
            needed = lines.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class _OneLineLabel(QLabel):
    """One line, cut in the middle when it does not fit (a wrapped label in the form overlapped the
    row below it on a 1024-pixel screen); the whole text in its tooltip."""

    def setText(self, text: str) -> None:  # noqa: N802
        self._full = text
        self.setToolTip(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self):  # noqa: N802
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def _fit(self) -> None:
        from PySide6.QtCore import Qt
        full = getattr(self, "_full", "")
        shown = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle, max(40, self.width()))
        QLabel.setText(self, shown)

    def text(self) -> str:
        return getattr(self, "_full", "")


class _WheelOnlyWhenFocused(QObject):
    """A combo box under the mouse while the form scrolls is not changed by the wheel (a licence
    changed silently that way); once the person clicks or tabs into it, the wheel works."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QEvent
        self._wheel = QEvent.Type.Wheel

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == self._wheel and not obj.hasFocus():
            event.ignore()
            return True
        return False


class _LocationEditor(QWidget):
    committed = Signal(object)   # GeoPoint or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lat, self.lon, self.heading = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.lat, self.lon, self.heading):
            edit.editingFinished.connect(self._done)
            layout.addWidget(edit)
        self.map_button = QPushButton()
        self.map_button.clicked.connect(self._open_map)
        layout.addWidget(self.map_button)
        self._loaded: GeoPoint | None = None

    def translate_ui(self) -> None:
        self.lat.setPlaceholderText(self.tr("latitude"))
        self.lon.setPlaceholderText(self.tr("longitude"))
        self.heading.setPlaceholderText(self.tr("heading °"))
        self.map_button.setText(self.tr("Map"))
        self.map_button.setToolTip(self.tr("Show this place on OpenStreetMap in your browser"))

    def set_point(self, point: GeoPoint | None, *, mixed: bool, fallback: GeoPoint | None) -> None:
        shown = point or fallback
        self._loaded = shown
        for edit, value in ((self.lat, shown and shown.latitude), (self.lon, shown and shown.longitude),
                            (self.heading, shown and shown.heading)):
            edit.blockSignals(True)
            edit.setText("" if value is None or mixed else f"{value:g}")
            edit.blockSignals(False)
        self.map_button.setEnabled(shown is not None and not mixed)

    def set_removed(self, removed: bool) -> None:
        """The location is removed from the uploaded copy: nothing shown, nothing to edit."""
        self.setEnabled(not removed)
        for edit in (self.lat, self.lon, self.heading):
            if removed:
                edit.blockSignals(True)
                edit.setText("")
                edit.blockSignals(False)
                edit.setPlaceholderText(self.tr("removed from the upload"))
        if not removed:
            self.translate_ui()

    def point(self) -> GeoPoint | None:
        try:
            lat, lon = float(self.lat.text().replace(",", ".")), float(self.lon.text().replace(",", "."))
        except ValueError:
            return None
        heading = self.heading.text().strip().replace(",", ".")
        try:
            return GeoPoint(lat, lon, None, float(heading) if heading else None)
        except ValueError:
            return GeoPoint(lat, lon)

    def _done(self) -> None:
        point = self.point()
        if point is not None and point != self._loaded:
            self._loaded = point
            self.map_button.setEnabled(True)
            self.committed.emit(point)

    def _open_map(self) -> None:
        point = self.point()
        if point is not None:
            QDesktopServices.openUrl(QUrl(f"https://www.openstreetmap.org/?mlat={point.latitude}"
                                          f"&mlon={point.longitude}#map=17/{point.latitude}/{point.longitude}"))
