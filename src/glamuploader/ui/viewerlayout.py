"""Where the viewer draws: its panes (one photo, or two to four side by side to compare) and,
at 100 %, which part of each picture is in its pane (one picture pixel to one screen pixel,
all panes centred on the same point of their pictures, so zoom and pan are linked).

Plain arithmetic on rectangles (x, y, width, height); no widget.
"""
from __future__ import annotations

Rect = tuple[float, float, float, float]

#: panes across and down for one to four photos
GRID = {1: (1, 1), 2: (2, 1), 3: (3, 1), 4: (2, 2)}
GAP = 4


def cells(width: float, height: float, count: int) -> list[Rect]:
    """The panes of a viewer ``width`` x ``height`` showing ``count`` (1-4) photos."""
    across, down = GRID[max(1, min(count, 4))]
    cell_w = (width - GAP * (across - 1)) / across
    cell_h = (height - GAP * (down - 1)) / down
    return [(col * (cell_w + GAP), row * (cell_h + GAP), cell_w, cell_h)
            for row in range(down) for col in range(across)][:max(1, min(count, 4))]


def fitted(cell: Rect, picture: tuple[float, float]) -> Rect:
    """The picture fitted into the pane, centred, never blown up past its own pixels."""
    x, y, w, h = cell
    pw, ph = picture
    scale = min(w / pw, h / ph, 1.0) if pw and ph else 1.0
    tw, th = pw * scale, ph * scale
    return (x + (w - tw) / 2, y + (h - th) / 2, tw, th)


def at_full_size(cell: Rect, full: tuple[float, float], centre: tuple[float, float],
                 pixel_ratio: float = 1.0) -> tuple[Rect, Rect]:
    """At 100 %: (the part of the whole picture shown, in its pixels; where in the pane).

    ``centre`` is the point of the picture (fractions of its width and height) at the pane's
    centre; a picture smaller than the pane is centred in it, and the view never goes past
    the picture's edge."""
    x, y, w, h = cell
    fw, fh = full
    view_w, view_h = w * pixel_ratio, h * pixel_ratio        # picture pixels the pane holds
    shown_w, shown_h = min(view_w, fw), min(view_h, fh)
    left = min(max(centre[0] * fw - shown_w / 2, 0.0), fw - shown_w)
    top = min(max(centre[1] * fh - shown_h / 2, 0.0), fh - shown_h)
    target_w, target_h = shown_w / pixel_ratio, shown_h / pixel_ratio
    target = (x + (w - target_w) / 2, y + (h - target_h) / 2, target_w, target_h)
    return (left, top, shown_w, shown_h), target


def panned(centre: tuple[float, float], dx: float, dy: float, full: tuple[float, float],
           pixel_ratio: float = 1.0) -> tuple[float, float]:
    """The centre after dragging the picture by (dx, dy) screen pixels at 100 %."""
    fw, fh = full
    if not fw or not fh:
        return centre
    x = centre[0] - dx * pixel_ratio / fw
    y = centre[1] - dy * pixel_ratio / fh
    return (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))


def point_in_picture(cell: Rect, picture: tuple[float, float], point: tuple[float, float]) -> tuple[float, float]:
    """Where a point of the pane falls in the fitted picture (fractions, clamped): Z zooms there."""
    x, y, w, h = fitted(cell, picture)
    if not w or not h:
        return (0.5, 0.5)
    return (min(max((point[0] - x) / w, 0.0), 1.0), min(max((point[1] - y) / h, 0.0), 1.0))


def window_of(index: int, offset: int, panes: int, total: int) -> int:
    """The first of the photos shown, so that ``index`` (the active one) is among them."""
    if index < offset:
        offset = index
    elif index >= offset + panes:
        offset = index - panes + 1
    return max(0, min(offset, max(0, total - panes)))
