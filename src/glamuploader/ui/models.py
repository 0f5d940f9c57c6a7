"""The batch as a Qt model for the thumbnail grid, and the proxy that filters and sorts it."""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QImage

from ..core.batch import Batch
from ..core.item import ItemState, MediaItem
from ..core.lookups import fold   # case, accents and "_" ignored: "istanbul" finds "İstanbul"
from ..core.problems import Problem

# Qt's roles as plain numbers: naming ``Qt`` here would make PySide build all of its ~90 enum
# types at import, before the window is shown (gui_bench measures it). Qt.ItemDataRole values:
DISPLAY, DECORATION, EDIT, TOOLTIP, USER = 0, 1, 2, 3, 256
ItemRole = USER + 1
BadgeRole = USER + 2
ProblemsRole = USER + 3
DateRole = USER + 4
NameRole = USER + 5
FilterRole = USER + 6
FileNameRole = USER + 7     # the file's own name, shown under its planned title
StarsRole = USER + 8        # for sorting: picks first, then by stars, rejects last
StackRole = USER + 9        # a stack's shown photo: how many it stands for (0 for the others)

#: badges in the order the state filter offers them
BADGES = ("problem", "ready", "uploading", "uploaded", "sdc-pending", "failed", "duplicate", "rejected")


def badge_for(item: MediaItem, problems: list[Problem]) -> str:
    state = item.upload.state
    if state is ItemState.SDC_PENDING:
        return "sdc-pending"
    if state is ItemState.UPLOADED:
        return "uploaded"
    if state is ItemState.DUPLICATE:
        return "duplicate"
    if state is ItemState.UPLOADING:
        return "uploading"
    if state is ItemState.FAILED:
        return "failed"
    from ..core.picks import is_rejected
    if is_rejected(item):     # never sent, whatever its problems
        return "rejected"
    return "problem" if any(p.is_error for p in problems) else "ready"


class ImageCache:
    """Thumbnails in memory, least recently used dropped first (they stay cached on disk)."""

    def __init__(self, limit: int = 2000) -> None:
        self.limit = limit
        self._images: OrderedDict[str, QImage] = OrderedDict()

    def get(self, key: str) -> QImage | None:
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
        return image

    def put(self, key: str, image: QImage) -> None:
        self._images[key] = image
        self._images.move_to_end(key)
        while len(self._images) > self.limit:
            self._images.popitem(last=False)


class BatchModel(QAbstractListModel):
    """One row per item. Asks for a thumbnail only when a view paints that row."""

    def __init__(self, parent=None, *, request_thumbnail: Callable[[MediaItem], None] | None = None) -> None:
        super().__init__(parent)
        self.batch = Batch()
        # rows are going or coming back, a run at a time: the selection is moved at each run, and
        # whoever reads it waits for the end (mapping it mid-way took 0.4 s for 2 000 rows)
        self.changing = False
        self.titles: dict[str, str] = {}
        self.problems: dict[str | None, list[Problem]] = {}
        self.images = ImageCache()
        self._request = request_thumbnail or (lambda item: None)
        self._asked: set[str] = set()
        self._rows: dict[str, int] = {}
        self.stack_sizes: dict[str, int] = {}   # the photo shown for a stack -> photos in it
        self.stacked: set[str] = set()          # the others of a stack, hidden while stacking

    # --- data ------------------------------------------------------------------------------
    def set_batch(self, batch: Batch) -> None:
        self.beginResetModel()
        self.batch = batch
        self._asked.clear()
        self._reindex()
        self.endResetModel()

    def append(self, items: list[MediaItem]) -> None:
        items = [i for i in items if i.path not in self._rows]
        if not items:
            return
        first = len(self.batch.items)
        self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
        self.batch.items.extend(items)
        self._reindex()
        self.endInsertRows()

    def remove(self, paths: set[str]) -> list[tuple[int, MediaItem]]:
        """Take the items out, a run of neighbouring rows at a time (2 000 rows one by one froze
        the window for seconds); returns (row, item) of each, in row order, for ``restore``."""
        rows = sorted(self._rows[p] for p in paths if p in self._rows)
        removed = [(row, self.batch.items[row]) for row in rows]
        self.changing = True
        try:
            for first, last in reversed(_runs(rows)):
                self.beginRemoveRows(QModelIndex(), first, last)
                del self.batch.items[first:last + 1]
                self.endRemoveRows()
        finally:
            self.changing = False
        self._reindex()
        return removed

    def restore(self, removed: list[tuple[int, MediaItem]]) -> None:
        """Put back what ``remove`` took, at the rows it had (undo)."""
        rows = [row for row, _ in removed]
        items = dict(removed)
        self.changing = True
        try:
            for first, last in _runs(rows):
                self.beginInsertRows(QModelIndex(), first, last)
                self.batch.items[first:first] = [items[row] for row in range(first, last + 1)]
                self.endInsertRows()
        finally:
            self.changing = False
        self._reindex()

    def _reindex(self) -> None:
        self._rows = {item.path: n for n, item in enumerate(self.batch.items)}

    def set_problems(self, problems: list[Problem], titles: dict[str, str]) -> None:
        grouped: dict[str | None, list[Problem]] = {}
        for p in problems:
            grouped.setdefault(p.item, []).append(p)
        self.problems, self.titles = grouped, titles
        self.refresh_all()

    def refresh_all(self) -> None:
        if self.batch.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.batch.items) - 1))

    def refresh(self, paths) -> None:
        """Tell the views that these rows changed: one signal per run of neighbouring rows
        (an edit of 10 000 selected files is one signal, not 10 000)."""
        rows = sorted(row for row in (self._rows.get(p) for p in paths) if row is not None)
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first), self.index(last))

    def set_image(self, path: str, image: QImage) -> None:
        self.images.put(path, image)
        self.refresh([path])

    def row_of(self, path: str) -> int | None:
        return self._rows.get(path)

    def item_at(self, row: int) -> MediaItem:
        return self.batch.items[row]

    def item_of(self, path: str) -> MediaItem | None:
        row = self._rows.get(path)
        return self.batch.items[row] if row is not None else None

    def items_of(self, paths) -> list[MediaItem]:
        """The batch's items for ``paths`` (those still in it), through the path index: no dict
        of the whole batch per key press."""
        return [self.batch.items[row] for row in map(self._rows.get, paths) if row is not None]

    # --- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.batch.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if not index.isValid():
            return None
        item = self.batch.items[index.row()]
        if role in (DISPLAY, EDIT):
            return self.titles.get(item.path) or item.meta.title or item.name
        if role == TOOLTIP:
            return item.path
        if role == DECORATION:
            image = self.images.get(item.path)
            if image is None and item.path not in self._asked:
                self._asked.add(item.path)
                self._request(item)
            return image
        if role == ItemRole:
            return item
        if role == BadgeRole:
            return badge_for(item, self.problems.get(item.path, []))
        if role == ProblemsRole:
            return self.problems.get(item.path, [])
        if role == DateRole:
            return item.meta.date or item.facts.taken or ""
        if role == NameRole:
            return item.name.casefold()
        if role == FileNameRole:
            return item.name
        if role == StarsRole:   # ascending: picked 5 stars first … rejected last; then by name
            from ..core.picks import cull_order
            rank, stars = cull_order(item)
            return f"{rank}{stars}{item.name.casefold()}"
        if role == StackRole:
            return self.stack_sizes.get(item.path, 0)
        if role == FilterRole:
            from ..core.picks import pick_of, stars_of
            badge = badge_for(item, self.problems.get(item.path, []))
            marks = (pick_of(item) or "none")[0] + str(stars_of(item))      # "p3", "r0", "n5"
            hidden = "h" if item.path in self.stacked else ""
            words = [self.titles.get(item.path, ""), item.meta.title, item.name,
                     *item.meta.descriptions.values(), *item.meta.categories]
            return "\x1f".join((badge, marks, hidden, fold(" ".join(words))))
        return None

    def set_stacks(self, tops: dict[str, int], hidden: set[str]) -> None:
        """Stacks of similar photos: the one shown for each (-> its size) and the others."""
        changed = set(self.stack_sizes) | set(tops) | self.stacked | hidden
        self.stack_sizes, self.stacked = dict(tops), set(hidden)
        self.refresh(changed)

    def forget_thumbnail_request(self, path: str) -> None:
        """Let the next paint ask again (after a failed or cancelled thumbnail)."""
        self._asked.discard(path)


class BatchFilter(QSortFilterProxyModel):
    """Filter by badge, by picks and stars, by text (title, file name, descriptions,
    categories), and stacks of similar photos to the one shown for each; sort by name, date,
    title or picks and stars.

    Filtering is a regular expression over ``FilterRole`` ("badge<US>marks<US>h<US>searchable
    text"), so Qt does it in C++ and, with no filter set, asks Python nothing at all for 10 000 rows.
    """

    SORT_ROLES = {"name": NameRole, "date": DateRole, "title": DISPLAY, "stars": StarsRole}
    filter_changed = QtCore.Signal()     # the table view follows the grid's filter

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._badges: set[str] = set()
        self._marks = ""            # a regular expression over "p3" (pick letter, stars)
        self._stacked = False
        self._text = ""
        self.setSortCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(NameRole)
        self.setFilterRole(FilterRole)

    def set_state(self, badges: set[str], marks: str = "") -> None:
        """Only files with one of ``badges``, and whose pick and stars ("p3", "r0", "n5") match
        ``marks`` (a regular expression; "" for all)."""
        self._badges, self._marks = set(badges), marks
        self._apply()

    def set_stacked(self, on: bool) -> None:
        self._stacked = on
        self._apply()

    def set_text(self, text: str) -> None:
        self._text = fold(text).strip()
        self._apply()

    def _apply(self) -> None:
        self._set_filter()
        self.filter_changed.emit()

    def _set_filter(self) -> None:
        if not self._badges and not self._text and not self._marks and not self._stacked:
            self.setFilterRegularExpression("")
            return
        anything = "[^\x1f]*"
        badge = "(?:" + "|".join(sorted(re.escape(b) for b in self._badges)) + ")" if self._badges else anything
        marks = f"(?:{self._marks})" if self._marks else anything
        hidden = "" if self._stacked else anything
        text = ".*" + QtCore.QRegularExpression.escape(self._text) if self._text else ""
        self.setFilterRegularExpression(QtCore.QRegularExpression(f"^{badge}\x1f{marks}\x1f{hidden}\x1f{text}"))

    def sort_by(self, key: str, descending: bool = False) -> None:
        self.setSortRole(self.SORT_ROLES[key])
        order = QtCore.Qt.SortOrder
        self.sort(0, order.DescendingOrder if descending else order.AscendingOrder)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as runs of neighbours: [1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
