"""The desktop integration a Linux volunteer meets: the menu entry, its icon at every size, the
file type of batches, and the software-centre page; each checked by the tool the desktop uses."""
from __future__ import annotations

import configparser
import fnmatch
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
APP_ID = "io.github.glam_uploader.glamuploader"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/dev.sh setup installs it"
    return found


def _desktop() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(RESOURCES / f"{APP_ID}.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_desktop_entry_validates():
    done = subprocess.run([_tool("desktop-file-validate"), str(RESOURCES / f"{APP_ID}.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_validates_and_names_the_entry_the_command_and_the_batch_type():
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(RESOURCES / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    component = ET.parse(RESOURCES / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.findtext("provides/binary") == "glamuploader"
    assert component.findtext("provides/mediatype") == "application/x-glamuploader-batch"
    shots = component.findall("screenshots/screenshot/image")
    assert len(shots) >= 3
    for shot in shots:      # each points at a screenshot that is in the repository
        assert (ROOT / "docs" / "screenshots" / shot.text.rsplit("/", 1)[1]).is_file(), shot.text
    release = component.find("releases/release")
    import glamuploader
    assert release.get("version") == glamuploader.__version__ and release.find("description/ul/li") is not None


def test_batch_files_have_their_own_type_which_the_desktop_entry_opens():
    mime = ET.parse(RESOURCES / f"{APP_ID}.mime.xml").getroot().find(f"{MIME}mime-type")
    assert mime.get("type") == "application/x-glamuploader-batch"
    patterns = [g.get("pattern") for g in mime.findall(f"{MIME}glob")]
    assert any(fnmatch.fnmatch("Kazan walk 2026.glam.yaml", p) for p in patterns)
    assert not any(fnmatch.fnmatch(name, p) for p in patterns for name in ("walk.kit.yaml", "config.yaml"))
    assert _desktop()["MimeType"].rstrip(";") == mime.get("type")
    assert _desktop()["Icon"] == APP_ID and _desktop()["Exec"] == "glamuploader %f"


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_the_icon_is_there_at_each_size_the_desktop_asks_for_and_drawn_from_the_svg(size, qapp):
    from PIL import Image
    png = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "glamuploader.png"
    with Image.open(png) as image:
        assert image.size == (size, size) and image.mode == "RGBA"
        corner, middle = image.getpixel((0, 0)), image.getpixel((size // 2, size // 2))
    assert corner[3] == 0 and middle[3] == 255      # rounded: transparent corner, solid inside
    import importlib.util
    spec = importlib.util.spec_from_file_location("icons_script", ROOT / "scripts" / "icons.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    fresh = script.render(size)     # the PNG is the SVG as it is now (run scripts/icons.py after editing it)
    pixel = fresh.pixelColor(size // 2, size // 2)
    assert abs(pixel.red() - middle[0]) <= 8 and abs(pixel.blue() - middle[2]) <= 8


def test_the_window_has_the_icon_and_names_its_desktop_entry(qapp):
    from glamuploader.ui.app import _identify
    _identify(qapp)
    assert not qapp.windowIcon().isNull() and qapp.desktopFileName() == APP_ID
    assert {s.width() for s in qapp.windowIcon().availableSizes()} >= {16, 32, 48, 256}
    assert not qapp.windowIcon().pixmap(100, 100).isNull()
