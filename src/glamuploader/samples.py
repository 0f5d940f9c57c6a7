"""Sample photos and a sample kit, for the demo and for trying the app without a camera.

Each photo is a real JPEG with EXIF: date taken with its offset, GPS position and heading,
and camera make and model, as a phone would write them.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass

from PIL import Image, ImageDraw

from .core.batch import Batch
from .core.kit import Kit
from .media.importer import import_paths
from .store.batchfile import load_batch, save_batch


@dataclass(frozen=True)
class Sample:
    name: str            # the file name a camera would give
    title: str           # what a volunteer would call it
    taken: str           # EXIF "YYYY:MM:DD HH:MM:SS"
    offset: str          # EXIF OffsetTimeOriginal
    latitude: float
    longitude: float
    heading: float
    colour: tuple[int, int, int]
    descriptions: dict[str, str]


SAMPLES = (
    Sample("IMG_0001.jpg", "Kul Sharif Mosque at dusk", "2026:05:14 19:42:10", "+03:00",
           55.798333, 49.105278, 310.0, (60, 90, 160),
           {"en": "Kul Sharif Mosque in the Kazan Kremlin at dusk",
            "tt": "Казан Кремлендәге Кол Шәриф мәчете", "ru": "Мечеть Кул-Шариф в Казанском кремле"}),
    Sample("IMG_0002.jpg", "Söyembikä Tower from the south", "2026:05:14 19:55:31", "+03:00",
           55.799722, 49.106944, 12.5, (170, 80, 60),
           {"en": "Söyembikä Tower seen from the south", "tt": "Сөембикә манарасы"}),
    Sample("DSC_0147.jpg", "Maiden Tower, Baku, street view", "2026:06:02 11:03:44", "+04:00",
           40.366111, 49.837222, 95.0, (200, 170, 90),
           {"en": "Maiden Tower in the Old City of Baku", "az": "Qız qalası, İçərişəhər",
            "ar": "برج العذراء في باكو"}),
)


def sample_kit() -> Kit:
    return Kit(name="GLAM Uploader demo", license="cc-by-sa-4.0", author="[[User:Admin|Admin]]",
               title_pattern="{title}", categories=["GLAM Uploader demo"],
               languages=["tt", "az", "ru", "ar", "en"])


def write_samples(folder: str, *, size: tuple[int, int] = (1200, 900)) -> list[str]:
    """Write the sample photos into ``folder`` and return their paths."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for n, sample in enumerate(SAMPLES):
        path = os.path.join(folder, sample.name)
        with open(path, "wb") as fh:
            fh.write(sample_jpeg(sample, size=size, seed=n))
        paths.append(path)
    return paths


def sample_jpeg(sample: Sample, *, size: tuple[int, int], seed: int = 0) -> bytes:
    img = Image.new("RGB", size, sample.colour)
    draw = ImageDraw.Draw(img)
    w, h = size
    for i in range(12):  # a few shapes so no two samples share a SHA-1 or look flat
        x = (seed * 97 + i * 131) % w
        y = (seed * 53 + i * 71) % h
        shade = tuple(min(255, c + 8 * i) for c in sample.colour)
        draw.rectangle([x, y, x + w // 6, y + h // 8], fill=shade)
    draw.text((20, 20), sample.title, fill=(255, 255, 255))
    exif = gps_exif(sample.latitude, sample.longitude, heading=sample.heading)
    exif[0x010F], exif[0x0110] = "Canon", "EOS 90D"
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = sub[0x9004] = sample.taken   # DateTimeOriginal, DateTimeDigitized
    sub[0x9011] = sample.offset                 # OffsetTimeOriginal
    exif[0x0132] = sample.taken
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def gps_exif(latitude: float, longitude: float, *, altitude: float | None = None,
             heading: float | None = None) -> Image.Exif:
    """An Exif block holding a GPS position (and heading) as cameras write it."""
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[0x0000] = b"\x02\x03\x00\x00"
    gps[0x0001], gps[0x0002] = ("N" if latitude >= 0 else "S"), _dms(abs(latitude))
    gps[0x0003], gps[0x0004] = ("E" if longitude >= 0 else "W"), _dms(abs(longitude))
    if altitude is not None:
        gps[0x0005], gps[0x0006] = (0 if altitude >= 0 else 1), abs(altitude)
    if heading is not None:
        gps[0x0010], gps[0x0011] = "T", heading
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = round((minutes_full - minutes) * 60, 4)
    return (float(degrees), float(minutes), seconds)


DEMO_BATCH = "demo.glam.yaml"


def make_demo_batch(folder: str, *, on_progress=None) -> Batch:
    """Write the samples and a batch for them into ``folder`` (reusing an earlier demo batch)."""
    path = os.path.join(folder, DEMO_BATCH)
    if os.path.exists(path):
        return load_batch(path)
    files = write_samples(os.path.join(folder, "photos"))
    batch = Batch(kit=sample_kit(), target="sandbox", path=os.path.abspath(path))
    batch.add(import_paths(files, on_progress=on_progress))
    by_name = {s.name: s for s in SAMPLES}
    for item in batch.items:
        sample = by_name[item.name]
        item.meta.title = sample.title
        item.meta.descriptions = dict(sample.descriptions)
        item.meta.categories = ["Kazan Kremlin"] if sample.latitude > 50 else ["Maiden Tower (Baku)"]
    save_batch(batch)
    return batch
