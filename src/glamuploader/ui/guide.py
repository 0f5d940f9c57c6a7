"""Help ▸ Guide: a short guide in the app — the common job, kits, the table of problems, museum
spreadsheets, what to do after a crash, and the keys. Each paragraph is one translatable text."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


class GuideDialog(QDialog):
    """Not modal: the guide can stay open beside the window while the volunteer works."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.translate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def sections(self) -> list[tuple[str, str, list[str]]]:
        """(anchor, heading, paragraphs or steps) of the guide, in the app's language."""
        from PySide6.QtGui import QKeySequence
        native = QKeySequence.SequenceFormat.NativeText

        def key(seq) -> str:
            return QKeySequence(seq).toString(native)
        keys = QKeySequence.StandardKey
        return [
            ("job", self.tr("The common job"), [
                self.tr("Drop a folder of photos on the window, or use File ▸ Import folder. All the new "
                        "files are selected."),
                self.tr("With many files selected, what you type applies to all of them: choose the licence, "
                        "type the author and a category (Enter adds it)."),
                self.tr("Type one title for many files and they are numbered: \"Kazan walk 01\", \"Kazan walk "
                        "02\"… Give a file its own description and caption where it needs one."),
                self.tr("Look at the Problems panel. Errors (red) must be fixed; warnings may be accepted."),
                self.tr("Press Upload (%1), log in with your bot password, and watch the files go up. Each "
                        "uploaded file links to its page on the wiki.").replace("%1", key("Ctrl+Return")),
            ]),
            ("kits", self.tr("Session kits"), [
                self.tr("A session kit holds an event's defaults: licence, author, categories, depicts, "
                        "the title pattern and the languages to offer. An organiser saves one with File ▸ "
                        "Save defaults as kit and hands it to the volunteers, who open it with File ▸ Open "
                        "session kit before they import."),
                self.tr("File ▸ Batch defaults shows what every file of the batch starts with; a file's own "
                        "value always wins."),
            ]),
            ("problems", self.tr("The table of problems"), [
                self.tr("Everything that would make an upload fail, or a reviewer on Commons complain, is "
                        "listed before anything is sent: missing licence or author, titles the wiki refuses "
                        "or that are taken, categories that do not exist, files that are already on the "
                        "wiki, damaged images."),
                self.tr("A problem shared by many files is one row; open it to see them. Double-click a row "
                        "to go to the file and the field to mend. Upload stays off while errors remain."),
            ]),
            ("cull", self.tr("Choosing the best photos"), [
                self.tr("Space shows the selected photo filling the window; the arrows go on and back, Esc "
                        "comes back. Z shows it at 100 % where the pointer is; drag it, or hold Shift and "
                        "press the arrows, to look around."),
                self.tr("P picks, X rejects (a rejected photo is never checked nor uploaded), U unmarks, 0 to 5 "
                        "give stars, and the next photo follows (Edit ▸ Go to the next photo after marking "
                        "one). The list above the grid shows only the picks, what is not rejected, or the "
                        "photos with stars."),
                self.tr("C compares two to four selected photos side by side, zoomed and moved together. "
                        "Click the best one and press K: it is picked and the others are rejected."),
                self.tr("Edit ▸ Stack similar photos shows each burst or near-copy as one photo with a count; "
                        "Space on it compares them. Edit ▸ Keep the best of each stack picks the one with "
                        "most stars in every stack and rejects the rest."),
                self.tr("[ and ] turn a photo a quarter. Only the copy sent is turned, by its orientation tag: "
                        "your file is not changed and no pixel is compressed again (JPEG photos only)."),
                self.tr("S selects the whole scene: the photos taken without a gap of 20 minutes or a walk of "
                        "300 m between them. What you then write in the editor goes to all of them."),
            ]),
            ("museum", self.tr("Museum spreadsheets"), [
                self.tr("File ▸ Fill in from a museum spreadsheet reads CSV, XLSX, ODS and Pattypan's .xls. "
                        "Its columns are matched to the fields (you can change the match), each row to a "
                        "file by name or accession number. Rows without a file and files without a row are "
                        "named; nothing is dropped."),
            ]),
            ("crash", self.tr("After a crash or a lost connection"), [
                self.tr("Your batch is saved as you work. Open the app again: it reopens the batch."),
                self.tr("The upload journal knows which files reached the wiki. Press Upload again and it "
                        "goes on with the rest; no file is sent twice. Pause stops after the file that is "
                        "going up."),
            ]),
            ("keys", self.tr("Keys"), [
                self.tr("%1: upload").replace("%1", key("Ctrl+Return")),
                self.tr("%1 / %2: undo / redo").replace("%1", key(keys.Undo)).replace("%2", key("Ctrl+Y")),
                self.tr("%1: import files; %2: import a folder").replace("%1", key(keys.Open))
                .replace("%2", key("Ctrl+Shift+O")),
                self.tr("%1: this guide").replace("%1", key(keys.HelpContents)),
                self.tr("In the grid and the table: P pick, X reject (never uploaded), U unmark, 0 to 5 stars; "
                        "the next photo is selected after each."),
            ]),
        ]

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("GLAM Uploader guide"))
        sections = self.sections()
        contents = "".join(f'<li><a href="#{anchor}">{html.escape(heading)}</a></li>'
                           for anchor, heading, _ in sections)
        body = []
        for anchor, heading, paragraphs in sections:
            tag = "ol" if anchor == "job" else "ul" if anchor == "keys" else None
            items = "".join(f"<li>{html.escape(p)}</li>" for p in paragraphs) if tag else \
                "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            body.append(f'<h3><a name="{anchor}"></a>{html.escape(heading)}</h3>'
                        + (f"<{tag}>{items}</{tag}>" if tag else items))
        self.browser.setHtml(f"<ul>{contents}</ul>{''.join(body)}")

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)
