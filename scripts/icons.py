#!/usr/bin/env python3
"""Render resources/icons/glamuploader.svg to the PNG sizes desktops look for.

    python scripts/icons.py     writes resources/icons/hicolor/<N>x<N>/apps/glamuploader.png

Run it after changing the SVG, and commit the PNGs with it (the .deb, the bundle and Windows'
and macOS' icon files are made from them).
"""
from __future__ import annotations

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = os.path.join(ROOT, "resources", "icons", "glamuploader.svg")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> str:
    return os.path.join(ROOT, "resources", "icons", "hicolor", f"{size}x{size}", "apps", "glamuploader.png")


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(SVG).render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])   # noqa: F841 - QImage and fonts need it
    for size in SIZES:
        os.makedirs(os.path.dirname(png_path(size)), exist_ok=True)
        if not render(size).save(png_path(size), "PNG"):
            sys.exit(f"could not write {png_path(size)}")
        print(os.path.relpath(png_path(size), ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
