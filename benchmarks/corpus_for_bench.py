"""Photos for the GUI benchmark: camera-sized JPEGs with EXIF and an embedded thumbnail."""
from __future__ import annotations

import io
import os

from PIL import Image

from glamuploader.samples import gps_exif


def make_photos(folder: str, n: int, *, size: tuple[int, int] = (1600, 1200)) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    base = Image.effect_noise(size, 40).convert("RGB")
    paths = []
    for i in range(n):
        img = base.copy()
        img.putpixel((i % size[0], 0), (i % 256, (i // 256) % 256, 7))   # every file different
        exif = gps_exif(55.79 + i / 1e5, 49.10, heading=float(i % 360))
        exif.get_ifd(0x8769)[0x9003] = "2026:05:14 19:42:10"
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85, exif=exif)
        path = os.path.join(folder, f"IMG_{i:05d}.jpg")
        with open(path, "wb") as fh:
            fh.write(buf.getvalue())
        paths.append(path)
    return paths
