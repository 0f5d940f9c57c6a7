#!/usr/bin/env python3
"""Make the Windows .ico and the macOS .icns from resources/icons (for PyInstaller's spec).

    python packaging/platform-icons.py     -> packaging/build/glamuploader.ico, glamuploader.icns
"""
import os
import sys

from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
ICONS = os.path.join(os.path.dirname(HERE), "resources", "icons", "hicolor")


def main() -> int:
    out = os.path.join(HERE, "build")
    os.makedirs(out, exist_ok=True)
    with Image.open(os.path.join(ICONS, "512x512", "apps", "glamuploader.png")) as big:
        big.save(os.path.join(out, "glamuploader.ico"), sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        big.save(os.path.join(out, "glamuploader.icns"))
    print("wrote", ", ".join(sorted(os.listdir(out))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
