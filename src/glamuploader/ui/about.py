"""Help ▸ About: the version, the licences of what the app is built on, and where its files live."""
from __future__ import annotations

import html
import os

from PySide6.QtCore import QCoreApplication

from .. import __version__

#: the libraries the app ships with, and their licences (as their projects state them)
LIBRARIES = (
    ("Qt / PySide6", "LGPL-3.0"), ("pywikibot", "MIT"), ("Pillow", "MIT-CMU (HPND)"),
    ("ExifRead", "BSD-3-Clause"), ("PyYAML", "MIT"), ("keyring", "MIT"),
    ("platformdirs", "MIT"), ("mwparserfromhell", "MIT"), ("requests", "Apache-2.0"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def about_text() -> str:
    from ..paths import cache_root, data_root
    data, cache = data_root(), cache_root()
    places = (
        (_tr("New batches"), os.path.join(data, "batches")),
        (_tr("Upload journal (what reached the wiki, for resuming)"), os.path.join(data, "uploads.sqlite")),
        (_tr("Thumbnails and lookups cache"), cache),
    )
    rows = "".join(f"<li>{html.escape(what)}: <code>{html.escape(where)}</code></li>" for what, where in places)
    libs = ", ".join(f"{html.escape(name)} ({html.escape(lic)})" for name, lic in LIBRARIES)
    return (f"<h3>GLAM Uploader {html.escape(__version__)}</h3>"
            f"<p>{html.escape(_tr('Batch uploads of photos and scans to Wikimedia Commons, with structured data.'))}"
            f" {html.escape(_tr('Free software under the GNU GPL, version 3 or later.'))}</p>"
            f"<p>{html.escape(_tr('Where your files live:'))}</p><ul>{rows}</ul>"
            f"<p>{html.escape(_tr('Built on:'))} {libs}.</p>"
            f"<p>{html.escape(_tr('After a crash: open the app again. Your batch is saved as you work, and the journal knows which files reached the wiki; Upload goes on without sending any file twice.'))}</p>")
