"""Help ▸ About: the version, the licences of what the app is built on, and where its files live."""
from __future__ import annotations

import html
import os

from PySide6.QtCore import QCoreApplication

from .. import __version__

# The libraries the app ships with, and their licences (as their projects state them).
# (A plain comment: lupdate reads "#:" as a note for the next translated text.)
LIBRARIES = (
    ("Qt / PySide6", "LGPL-3.0"), ("pywikibot", "MIT"), ("Pillow", "MIT-CMU (HPND)"),
    ("ExifRead", "BSD-3-Clause"), ("PyYAML", "MIT"), ("keyring", "MIT"),
    ("platformdirs", "MIT"), ("mwparserfromhell", "MIT"), ("requests", "Apache-2.0"),
)


def about_text() -> str:
    from ..paths import cache_root, data_root
    data, cache = data_root(), cache_root()
    places = (
        (QCoreApplication.translate("About", "New batches"), os.path.join(data, "batches")),
        (QCoreApplication.translate("About", "Upload journal (what reached the wiki, for resuming)"),
         os.path.join(data, "uploads.sqlite")),
        (QCoreApplication.translate("About", "Thumbnails and lookups cache"), cache),
    )
    rows = "".join(f"<li>{html.escape(what)}: <code>{html.escape(where)}</code></li>" for what, where in places)
    libs = ", ".join(f"{html.escape(name)} ({html.escape(lic)})" for name, lic in LIBRARIES)
    texts = (
        QCoreApplication.translate("About", "Batch uploads of photos and scans to Wikimedia Commons, "
                                            "with structured data."),
        QCoreApplication.translate("About", "Free software under the GNU GPL, version 3 or later."),
        QCoreApplication.translate("About", "Where your files live:"),
        QCoreApplication.translate("About", "Built on:"),
        QCoreApplication.translate("About", "After a crash: open the app again. Your batch is saved as "
                                            "you work, and the journal knows which files reached the "
                                            "wiki; Upload goes on without sending any file twice."),
    )
    what, licence, where, built, crash = (html.escape(t) for t in texts)
    return (f"<h3>GLAM Uploader {html.escape(__version__)}</h3><p>{what} {licence}</p>"
            f"<p>{where}</p><ul>{rows}</ul><p>{built} {libs}.</p><p>{crash}</p><p>{languages_text()}</p>")


def languages_text() -> str:
    """Which interface languages a reviewer has read, and which not yet (HTML)."""
    from ..core.languages import get_language
    from .preferences import available_languages
    from .translations import REVIEWED

    def names(codes) -> str:
        return ", ".join(html.escape(getattr(get_language(c), "native_name", c)) for c in codes)
    shipped = [c for c in available_languages() if c != "pseudo"]
    reviewed = [c for c in shipped if c in REVIEWED and c != "en"]
    unreviewed = [c for c in shipped if c not in REVIEWED]
    text = html.escape(QCoreApplication.translate("About", "Reviewed translations: %1.")).replace("%1", names(reviewed))
    if unreviewed:
        text += " " + html.escape(QCoreApplication.translate(
            "About", "Not yet reviewed by a native speaker: %1. Corrections are welcome "
                     "(translations/README.md says how).")).replace("%1", names(unreviewed))
    return text
