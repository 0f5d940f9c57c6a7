"""Paints one grid cell: the thumbnail, the title under it, and a coloured badge for its state."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .models import BadgeRole, FileNameRole, ItemRole, StackRole

BADGE_COLOURS = {
    "problem": QColor("#c62828"), "ready": QColor("#2e7d32"), "uploading": QColor("#1565c0"),
    "uploaded": QColor("#00695c"), "sdc-pending": QColor("#00838f"), "failed": QColor("#e65100"),
    "duplicate": QColor("#6a1b9a"), "rejected": QColor("#616161"),
}


def badge_label(badge: str) -> str:
    labels = {
        "problem": QCoreApplication.translate("Badge", "problem"),
        "ready": QCoreApplication.translate("Badge", "ready"),
        "uploading": QCoreApplication.translate("Badge", "uploading"),
        "uploaded": QCoreApplication.translate("Badge", "uploaded"),
        "sdc-pending": QCoreApplication.translate("Badge", "uploaded, data pending"),
        "failed": QCoreApplication.translate("Badge", "failed"),
        "duplicate": QCoreApplication.translate("Badge", "duplicate"),
        "rejected": QCoreApplication.translate("Badge", "rejected"),
    }
    return labels.get(badge, badge)


class ThumbnailDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, *, thumb_size: int = 160) -> None:
        super().__init__(parent)
        self.thumb_size = thumb_size
        self._turns: dict[tuple[int, int], QImage] = {}   # thumbnails shown turned

    def _turned(self, image: QImage, degrees: int) -> QImage:
        key = (image.cacheKey(), degrees)
        turned = self._turns.get(key)
        if turned is None:
            from PySide6.QtGui import QTransform
            turned = image.transformed(QTransform().rotate(degrees))
            if len(self._turns) > 512:
                self._turns.clear()
            self._turns[key] = turned
        return turned

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height()
        return QSize(self.thumb_size + 16, self.thumb_size + 3 * line + 16)   # title (2), file name

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        painter.save()
        rect = option.rect.adjusted(4, 4, -4, -4)
        palette = option.palette
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(160))
        box = QRect(rect.left() + (rect.width() - self.thumb_size) // 2, rect.top() + 4,
                    self.thumb_size, self.thumb_size)
        stacked = index.data(StackRole) or 0
        image = index.data(Qt.ItemDataRole.DecorationRole)
        item = index.data(ItemRole)
        if isinstance(image, QImage) and not image.isNull() and item is not None and item.meta.rotate % 360:
            image = self._turned(image, item.meta.rotate % 360)   # as the copy sent will show
        if isinstance(image, QImage) and not image.isNull():
            scaled = image.size().scaled(box.adjusted(0, 10, -10, 0).size() if stacked else box.size(),
                                         Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(box.center())
            if stacked:                     # room for the cards behind, up and to the side
                target.translate(-5 if option.direction != Qt.LayoutDirection.RightToLeft else 5, 5)
                self._paint_stack_behind(painter, option, target)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
        else:
            if stacked:
                self._paint_stack_behind(painter, option, box)
            painter.fillRect(box, palette.color(QPalette.ColorRole.AlternateBase))
        badge = index.data(BadgeRole)
        if badge:
            self._paint_badge(painter, option, box, badge)
        self._paint_cull(painter, option, box, index.data(ItemRole))
        if stacked:
            self._paint_stack_count(painter, option, box, stacked)
        text_rect = QRect(rect.left() + 2, box.bottom() + 4, rect.width() - 4, rect.bottom() - box.bottom() - 4)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        metrics = QFontMetrics(option.font)
        shown = str(index.data() or "")
        title = metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, text_rect.width() * 2)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, title)
        name = index.data(FileNameRole) or ""
        if name and name != shown:   # the file's own name, under the planned title: found by both
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            name_rect = QRect(text_rect.left(), text_rect.bottom() - metrics.height(), text_rect.width(),
                              metrics.height())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                             metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, name_rect.width()))
        painter.restore()

    def _paint_cull(self, painter: QPainter, option, box: QRect, item) -> None:
        """A green tick for a pick and the stars, at the thumbnail's foot (symbols, no words)."""
        if item is None:
            return
        from ..core.picks import PICK, pick_of, stars_of
        marks = ("\u2714 " if pick_of(item) == PICK else "") + "\u2605" * stars_of(item)
        if not marks:
            return
        metrics = QFontMetrics(option.font)
        chip = QRect(box.left() + 2, box.bottom() - metrics.height() - 3, metrics.horizontalAdvance(marks) + 10,
                     metrics.height() + 2)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            chip.moveRight(box.right() - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor("#ffd54f"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, marks)

    def _paint_stack_behind(self, painter: QPainter, option, box: QRect) -> None:
        """Two cards behind the thumbnail: more photos lie under this one."""
        step = -1 if option.direction == Qt.LayoutDirection.RightToLeft else 1
        painter.setPen(QColor("#ffffff"))
        for shift, colour in ((10, QColor("#5f6b73")), (5, QColor("#8d99a1"))):
            painter.setBrush(colour)
            painter.drawRect(box.translated(shift * step, -shift))

    def _paint_stack_count(self, painter: QPainter, option, box: QRect, count: int) -> None:
        """How many photos the stack holds, at the thumbnail's top corner (the badge is at the other)."""
        text = self.tr("%n similar", "", count)     # self.tr: lupdate sees the count (a plural)
        metrics = QFontMetrics(option.font)
        chip = QRect(box.left() + 2, box.top() + 2, metrics.horizontalAdvance(text) + 10, metrics.height() + 2)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            chip.moveRight(box.right() - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#37474f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_badge(self, painter: QPainter, option, box: QRect, badge: str) -> None:
        label = badge_label(badge)
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(label) + 10
        height = metrics.height() + 2
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        left = box.left() + 2 if rtl else box.right() - width - 2
        chip = QRect(left, box.top() + 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(BADGE_COLOURS.get(badge, QColor("#555")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(chip, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
