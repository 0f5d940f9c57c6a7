"""Bursts for the near-duplicate tests: a scene of soft shapes, and the copies a photo walk or
a digitisation day gives of it - shifted a little, brighter, darker, recompressed hard, and
stored sideways with an EXIF orientation that turns it back."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from corpus import make_jpeg

VARIANTS = ("base", "shift", "shift2", "bright", "dark", "recompressed", "sideways")


def scene(seed: int, size: tuple[int, int] = (600, 450)) -> Image.Image:
    rnd = random.Random(seed)
    image = Image.new("RGB", size, tuple(rnd.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        w, h = rnd.randrange(size[0] // 15, size[0] // 2), rnd.randrange(size[1] // 11, size[1] // 2)
        rnd.choice((draw.ellipse, draw.rectangle))((x, y, x + w, y + h),
                                                   fill=tuple(rnd.randrange(256) for _ in range(3)))
    return image.filter(ImageFilter.GaussianBlur(2))


def _shifted(image: Image.Image, dx: int, dy: int) -> Image.Image:
    w, h = image.size
    return image.crop((dx, dy, w - w // 30 + dx, h - h // 30 + dy)).resize((w, h))


def make_burst(folder, seed: int, taken: str) -> dict[str, str]:
    """The seven copies of scene ``seed`` as JPEGs named s<seed>_<variant>.jpg, all ``taken``
    then (EXIF "YYYY:MM:DD HH:MM:SS"); variant -> path."""
    base = scene(seed)
    w = base.size[0]
    made = {
        "base": (base, 90, 1), "shift": (_shifted(base, w // 100, w // 200), 90, 1),
        "shift2": (_shifted(base, w * 3 // 100, w // 50), 90, 1),
        "bright": (ImageEnhance.Brightness(base).enhance(1.25), 90, 1),
        "dark": (ImageEnhance.Brightness(base).enhance(0.8), 90, 1),
        "recompressed": (base, 35, 1),
        "sideways": (base.transpose(Image.Transpose.ROTATE_90), 90, 6),
    }
    return {name: make_jpeg(folder / f"s{seed:02}_{name}.jpg", image=image, quality=quality, orientation=o,
                            taken=taken, with_thumbnail=False, gps=None)
            for name, (image, quality, o) in made.items()}
