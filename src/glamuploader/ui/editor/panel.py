"""The editor for the selected items: every edit becomes an undoable ``core.edits.Edit``.

With several items selected an edit applies to all of them; a field whose value differs
between them shows as mixed and is left alone unless it is changed.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from ...core import edits
from ...core.edits import MIXED, Edit
from ...core.item import MediaItem
from ...core.kit import PRIVACY_MODES
from ...core.licenses import LICENSES, get_license
from ..licensetexts import license_explanation, license_name
from ..messages import privacy_choices, upload_name_text
from .fieldwidgets import _LocationEditor, _OneLineLabel, _WheelOnlyWhenFocused, _WrappedLabel
from .langtexts import LanguageTexts
from .listfield import ListField

SCALAR_EDITS = ("title", "date", "author", "source", "new_version_of", "version_comment")


class EditorPanel(QScrollArea):
    edit_made = Signal(object)          # core.edits.Edit, not applied yet
    lookup_requested = Signal(str, str)  # "depicts" or "categories", the text typed
    defaults_requested = Signal()        # the person wants the batch defaults (for every file)
    new_version_requested = Signal(str)  # "File:X.jpg": choose a better file to replace it with
    value_chosen = Signal(str, str)      # "depicts" or "categories", the value added

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.items: list[MediaItem] = []
        self._titles: dict[str, str] = {}
        self.kit = None
        self._loaded: dict[str, object] = {}
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)
        # batch defaults are where one licence, author and category go for a whole walk: said
        # where a newcomer looks first, the empty editor
        self.defaults_button = QPushButton()
        self.defaults_button.clicked.connect(self.defaults_requested)
        outer.addWidget(self.defaults_button)
        self.on_wiki = QLabel()          # "On the wiki as File:…" with the page's link
        self.on_wiki.setWordWrap(True)
        self.on_wiki.setOpenExternalLinks(True)
        self.on_wiki.hide()
        outer.addWidget(self.on_wiki)
        self.new_version_button = QPushButton()
        self.new_version_button.clicked.connect(
            lambda: self.items and self.new_version_requested.emit(self.items[0].upload.page_title))
        self.new_version_button.hide()
        outer.addWidget(self.new_version_button)

        form = QFormLayout()
        self.form = form
        self.line_edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for key in SCALAR_EDITS:
            edit = QLineEdit()
            edit.editingFinished.connect(lambda key=key: self._scalar_done(key))
            self.line_edits[key] = edit
        self.title_preview = _OneLineLabel()   # cut in the middle on a narrow screen, whole in a tooltip
        self.license_box = QComboBox()
        self.license_box.addItem("", "")
        for lic in LICENSES:
            self.license_box.addItem("", lic.id)
        self.license_box.activated.connect(self._license_chosen)
        self.license_help = _WrappedLabel()
        self.descriptions = LanguageTexts(multiline=True)
        self.descriptions.committed.connect(lambda lang, text: self._emit(edits.set_field(self.items, f"description:{lang}", text)))
        self.descriptions.removed.connect(lambda lang: self._emit(edits.set_field(self.items, f"description:{lang}", "")))
        self.captions = LanguageTexts(multiline=False)
        self.captions.committed.connect(lambda lang, text: self._emit(edits.set_field(self.items, f"caption:{lang}", text)))
        self.captions.removed.connect(lambda lang: self._emit(edits.set_field(self.items, f"caption:{lang}", "")))
        self.lists: dict[str, ListField] = {}
        for key in ("categories", "depicts", "templates"):
            field = ListField()
            field.added.connect(lambda value, key=key: self._add_value(key, value))
            if key in ("depicts", "categories"):
                field.search_requested.connect(lambda text, key=key: text and self.lookup_requested.emit(key, text))
            field.removed.connect(lambda value, key=key: self._emit(edits.remove_from_list(self.items, key, value)))
            self.lists[key] = field
        # keywords the files carry (XMP dc:subject, IPTC), offered as categories to check
        self.keywords_button = QPushButton()
        self.keywords_button.clicked.connect(self._keywords_as_categories)
        self.location = _LocationEditor()
        self.location.committed.connect(lambda point: self._emit(edits.set_field(self.items, "location", point)))
        self.privacy_box = QComboBox()
        for value, text in privacy_choices():
            self.privacy_box.addItem(text, value)
        self.privacy_box.activated.connect(self._privacy_chosen)
        from PySide6.QtCore import Qt   # here, not at import: the window paints first (app.py)
        for box in (self.license_box, self.privacy_box):   # scrolling the form never changes them
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # the closed box may cut a long licence name (the list shows it whole), so that the
            # editor fits beside the grid on a 1024-pixel screen without scrolling sideways
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
            box.installEventFilter(_WheelOnlyWhenFocused(box))
        self.version_policy = _WrappedLabel()   # the gist of Commons' policy on overwriting files

        from .museumfields import PageTemplateBox
        self.page_box = PageTemplateBox()
        self.page_box.chosen.connect(self._page_chosen)
        self.page_box.installEventFilter(_WheelOnlyWhenFocused(self.page_box))
        rows = [("title", self.line_edits["title"]), ("title_preview", self.title_preview),
                ("descriptions", self.descriptions), ("captions", self.captions),
                ("date", self.line_edits["date"]), ("author", self.line_edits["author"]),
                ("source", self.line_edits["source"]), ("license", self._license_row()),
                ("categories", self.lists["categories"]),
                ("keywords", self.keywords_button),
                ("depicts", self.lists["depicts"]), ("location", self.location),
                ("privacy", self.privacy_box), ("page", self.page_box), ("templates", self.lists["templates"]),
                ("new_version_of", self.line_edits["new_version_of"]),
                ("version_policy", self.version_policy),
                ("version_comment", self.line_edits["version_comment"])]
        for key, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            form.addRow(label, widget)
        self.labels["license"].setBuddy(self.license_box)   # Alt+L opens the box, not its row
        box = QGroupBox()
        box.setLayout(form)
        self.box = box
        outer.addWidget(box)
        from .museumfields import MuseumFields
        self.museum = MuseumFields()
        self.museum.committed.connect(lambda key, text: self._emit(edits.set_field(self.items, key, text)))
        outer.addWidget(self.museum)
        outer.addStretch(1)
        self.translate_ui()
        self.set_items([], {})

    # --- texts -----------------------------------------------------------------------------
    def translate_ui(self) -> None:
        names = {
            "title": self.tr("T&itle"), "title_preview": "", "descriptions": self.tr("&Description"),
            "captions": self.tr("Ca&ption"), "date": self.tr("Da&te"), "author": self.tr("&Author"),
            "source": self.tr("&Source"), "license": self.tr("&Licence"),
            "categories": self.tr("&Categories"), "depicts": self.tr("Depicts"),
            "location": self.tr("Locatio&n"), "templates": self.tr("Te&mplates"),
            "privacy": self.tr("Privac&y"), "page": self.tr("Page template"),
            "new_version_of": self.tr("New &version of"),
            "version_policy": "", "version_comment": self.tr("Version s&ummary"), "keywords": "",
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        self.line_edits["date"].setToolTip(self.tr("YYYY-MM-DD, YYYY-MM or YYYY. Empty: the date the photo was taken."))
        self.line_edits["source"].setToolTip(self.tr("Empty for your own work; else the museum, book or web address."))
        self.lists["categories"].entry.setPlaceholderText(self.tr("Category name, without \u201cCategory:\u201d"))
        self.lists["depicts"].entry.setPlaceholderText(self.tr("Wikidata item, e.g. Q42"))
        self.lists["templates"].entry.setPlaceholderText(self.tr("e.g. {{Wiki Loves Monuments 2026|tr}}"))
        self.box.setTitle(self.tr("Metadata"))
        self.defaults_button.setText(self.tr("Licence, author and categories for every file…"))
        self.new_version_button.setText(self.tr("Upload a better version of this file…"))
        self.new_version_button.setToolTip(self.tr(
            "Only for minor improvements of the same picture: better resolution, colour, noise or "
            "rotation. Anything else goes up as a new file."))
        for index, (_value, text) in enumerate(privacy_choices()):
            self.privacy_box.setItemText(index, text)
        self.privacy_box.setToolTip(self.tr("A cleaned copy is uploaded; the pixels and your original "
                                            "file are never changed."))
        self.line_edits["new_version_of"].setPlaceholderText(self.tr("File:Name.jpg on the wiki — empty for a new file"))
        self.version_policy.setText(self.tr(
            "Commons allows a new version only for minor improvements of the same picture: better "
            "resolution, colour, noise or rotation. Anything else (another photo, a crop that changes "
            "what is shown) goes up as a new file. When in doubt, upload a new file."))
        for index, lic in enumerate(LICENSES, 1):
            self.license_box.setItemText(index, license_name(lic))
        self._show_license_help(self.license_box.currentData())
        self.location.translate_ui()
        for widget in (self.descriptions, self.captions, *self.lists.values()):
            widget.translate_ui()
        self._update_heading()
        # the hints in the fields and the planned title, in the new language too (also with
        # nothing selected: the empty form's hints stayed in the old language)
        self.set_items(self.items, self._titles, self.kit)

    def _show_on_wiki(self, items: list[MediaItem]) -> None:
        import html
        self.on_wiki.setVisible(bool(items))
        one = items[0] if len(items) == 1 else None
        self.new_version_button.setVisible(one is not None and one.upload.state.value == "uploaded")
        if not items:
            return
        if one is not None and one.upload.url:
            link = f'<a href="{html.escape(one.upload.url)}">{html.escape(one.upload.page_title)}</a>'
            text = (self.tr("Uploaded as %1. Its page is edited on the wiki now.") if one.upload.state.value != "duplicate"
                    else self.tr("Already on the wiki as %1: it is not uploaded again.")).replace("%1", link)
        else:
            text = self.tr("These files are on the wiki. Their pages are edited there now.")
        self.on_wiki.setText(text)

    def _file_keywords(self) -> dict[str, list[str]]:
        """Per selected file, the keywords it carries that are not yet among its categories."""
        out = {}
        for item in self.items:
            if not item.facts.keywords:   # most files carry none: nothing to compare
                continue
            have = {c.strip().casefold() for c in item.meta.categories}
            new = [k for k in item.facts.keywords if k.strip() and k.strip().casefold() not in have]
            if new:
                out[item.path] = new
        return out

    def _show_keywords(self) -> None:
        found = self._file_keywords()
        words = list(dict.fromkeys(k for ks in found.values() for k in ks))
        self.keywords_button.setVisible(bool(words))
        if words:
            shown = ", ".join(words[:4]) + (" …" if len(words) > 4 else "")
            self.keywords_button.setText(self.tr("Keywords from the file as categories: %1").replace("%1", shown))
            self.keywords_button.setToolTip(self.tr("Each is checked on the wiki like any category; remove "
                                                    "those that are not categories there."))

    def _keywords_as_categories(self) -> None:
        found = self._file_keywords()
        chosen = [i for i in self.items if i.path in found]
        if not chosen:
            return
        before = {i.path: list(i.meta.categories) for i in chosen}
        after = {i.path: [*i.meta.categories, *(k.strip() for k in found[i.path])] for i in chosen}
        self._emit(Edit("categories", before, after))
        for word in dict.fromkeys(k.strip() for ks in found.values() for k in ks):
            self.value_chosen.emit("categories", word)

    def _description_from_file(self) -> tuple[str, str] | None:
        """(language, text) of the description the one selected file carries, when it has none
        of its own and the batch defaults give none: that text is what the page says."""
        if len(self.items) != 1:
            return None
        item = self.items[0]
        kit_texts = getattr(self.kit, "descriptions", None) or {}
        if item.meta.descriptions or kit_texts or not (item.facts.description or "").strip():
            return None
        from ...core.kit import Kit, file_description_language
        return file_description_language(item, self.kit or Kit()), item.facts.description.strip()

    def _first_language(self) -> str:
        """The language a new description starts in: the batch's first, else the app's."""
        from PySide6.QtCore import QLocale

        from ...core.languages import is_known
        first = [c for c in (getattr(self.kit, "languages", None) or []) if c.strip()]
        if first:
            return first[0].strip()
        app_language = QLocale().name().split("_")[0]
        return app_language if is_known(app_language) else "en"

    def field_label(self, key: str) -> str:
        """The field's label as the editor shows it, without its shortcut mark (for Undo texts)."""
        label = self.labels.get({"description": "descriptions", "caption": "captions",
                                 "description_template": "page"}.get(key, key))
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&") if label else ""
        if key == "field":
            return self.tr("Museum field")
        return text or key

    def _update_heading(self) -> None:
        n = len(self.items)
        self.defaults_button.setVisible(not (self.items and all(i.upload.state.is_done for i in self.items)))
        if n == 0:
            self.heading.setText(self.tr("Select one or more files to edit them."))
        elif n == 1:
            self.heading.setText(self.items[0].path)
        else:
            self.heading.setText(self.tr("%n files selected: a change applies to all of them.", "", n))

    # --- loading the selection ------------------------------------------------------------
    def set_items(self, items: list[MediaItem], titles: dict[str, str], kit=None) -> None:
        self.items = list(items)
        self._titles = titles
        self.kit = kit
        # a file on the wiki is not edited here (nothing would be sent): shown read-only, with
        # its page, and a way to send a better version of it
        on_wiki = bool(items) and all(i.upload.state.is_done for i in items)
        enabled = bool(items) and not on_wiki
        self.box.setEnabled(enabled)
        self._show_on_wiki(items if on_wiki else [])
        self._loaded.clear()
        langs = {attr: list(dict.fromkeys(lang for i in self.items for lang in getattr(i.meta, attr)))
                 for attr in ("descriptions", "captions")}
        keys = [*self.line_edits, "privacy", "license", "location",
                *(f"description:{lang}" for lang in langs["descriptions"]),
                *(f"caption:{lang}" for lang in langs["captions"])]
        common = edits.common_values(self.items, keys)   # one pass over 10 000 selected files
        for key, edit in self.line_edits.items():
            value = common[key] if items else ""
            self._loaded[key] = value
            edit.blockSignals(True)
            edit.setText("" if value is MIXED or value is None else str(value))
            edit.blockSignals(False)
            edit.setPlaceholderText(self.tr("(differs between the selected files)") if value is MIXED
                                    else self._placeholder(key))
        privacy = common["privacy"] if items else ""
        self.privacy_box.setCurrentIndex(-1 if privacy is MIXED else max(0, self.privacy_box.findData(privacy or "")))
        lic = common["license"] if items else ""
        kit_licence = get_license(getattr(self.kit, "license", "") or "") if self.kit else None
        # the first entry is "no licence of its own": it names what the batch defaults give
        self.license_box.setItemText(0, self.tr("%1 — from the batch defaults").replace(
            "%1", license_name(kit_licence)) if kit_licence else "")
        self.license_box.setCurrentIndex(-1 if lic is MIXED else max(0, self.license_box.findData(lic or "")))
        self._show_license_help(None if lic is MIXED else lic)
        for field, widget, attr in (("description", self.descriptions, "descriptions"),
                                    ("caption", self.captions, "captions")):
            values, mixed = {}, set()
            for lang in langs[attr]:
                value = common[f"{field}:{lang}"]
                if value is MIXED:
                    mixed.add(lang)
                else:
                    values[lang] = value
            if attr == "descriptions":
                default, hint = self._first_language(), ""
                from_file = self._description_from_file()
                if from_file is not None:
                    default, text = from_file
                    hint = self.tr("From the file: %1").replace("%1", text)
                widget.set_values(values, mixed, default=default, hint=hint)
            else:   # a caption is offered in the same language first (not Turkish in an English app)
                widget.set_values(values, mixed)
                widget.picker.set_code(self._first_language())
        for key, widget in self.lists.items():
            defaults = getattr(self.kit, key, []) if self.items else []
            widget.set_values(edits.list_presence(self.items, key), len(self.items),
                              [d for d in defaults if d.strip()])
        self._show_keywords()
        self.museum.setEnabled(enabled)
        self.museum.show_for(self.items, kit)
        self.page_box.show_for(self.items, kit)
        loc = common["location"] if items else None
        self.location.set_point(None if loc is MIXED else loc, mixed=loc is MIXED,
                                fallback=self.items[0].facts.gps if len(self.items) == 1 else None)
        self._show_location_removed()
        if len(self.items) == 1:
            self.title_preview.setText(upload_name_text(self.tr("Will be uploaded as: File:%1"), titles.get(self.items[0].path, "")))
        else:
            self.title_preview.setText("")
        self._update_heading()

    def _placeholder(self, key: str) -> str:
        if key == "date" and len(self.items) == 1 and self.items[0].facts.taken:
            # a date is left-to-right even in an Arabic sentence: isolate it (U+2066 … U+2069)
            return self.tr("Taken: %1").replace("%1", "\u2066" + self.items[0].facts.taken + "\u2069")
        if key == "title":
            return self.tr("What the picture shows")
        inherited = getattr(self.kit, key, "") if key in ("author", "source") and self.kit else ""
        if inherited:   # what the file gets unless it has its own: shown in place
            return self.tr("%1 — from the batch defaults").replace("%1", inherited)
        return ""

    def focus_field(self, key: str | None) -> None:
        widget = {"license": self.license_box, "descriptions": self.descriptions.picker,
                  "captions": self.captions.picker, "location": self.location.lat}.get(key or "")
        widget = widget or self.line_edits.get(key or "") or (self.lists[key].entry if key in self.lists else None)
        if widget is not None:
            self.ensureWidgetVisible(widget)
            widget.setFocus()

    # --- edits ----------------------------------------------------------------------------
    def _scalar_done(self, key: str) -> None:
        text = self.line_edits[key].text().strip()
        loaded = self._loaded.get(key)
        if loaded is MIXED and not text:
            return   # left mixed
        if text != (loaded or ""):
            self._loaded[key] = text
            self._emit(edits.set_field(self.items, key, text))

    def _license_row(self) -> QWidget:
        """The licence box with its explanation under it, as one row: a wrapped text as a row of
        its own was given too little height and ran over the box on narrow windows."""
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.license_box)
        layout.addWidget(self.license_help)
        return row

    def _page_chosen(self, template: str) -> None:
        self._emit(edits.set_field(self.items, "description_template", template))
        self.museum.show_for(self.items, self.kit)   # its fields at once (the edit re-reads soon too)

    def _privacy_chosen(self, index: int) -> None:
        self._emit(edits.set_field(self.items, "privacy", self.privacy_box.itemData(index)))
        self._show_location_removed()

    def _show_location_removed(self) -> None:
        """A file whose location is removed shows none: what is shown is what is sent."""
        kit_privacy = getattr(self.kit, "privacy", "") if self.kit is not None else ""
        removed = bool(self.items) and all((i.meta.privacy or kit_privacy) in PRIVACY_MODES
                                           for i in self.items)
        self.location.set_removed(removed)

    def _license_chosen(self, index: int) -> None:
        lic = self.license_box.itemData(index) or ""
        self._show_license_help(lic)
        self._emit(edits.set_field(self.items, "license", lic))

    def _show_license_help(self, lic_id: str | None) -> None:
        lic = get_license(lic_id or "")
        self.license_help.setText(license_explanation(lic) if lic else "")

    def _add_value(self, key: str, value: str) -> None:
        if key == "depicts":
            value = value.strip().upper() if value.strip()[:1] in "qQ" and value.strip()[1:].isdigit() else value
        self._emit(edits.add_to_list(self.items, key, value))
        if key in ("depicts", "categories"):
            self.value_chosen.emit(key, value)

    def show_item_suggestions(self, typed: str, hits: list) -> None:
        rows = []
        for hit in hits:
            label = f"\u2068{hit.label}\u2069" if hit.label else hit.qid
            rows.append((hit.qid, f"{label} — {hit.description} ({hit.qid})" if hit.description
                         else f"{label} ({hit.qid})"))
        self.lists["depicts"].show_suggestions(typed, rows)

    def show_category_suggestions(self, typed: str, names: list[str]) -> None:
        self.lists["categories"].show_suggestions(typed, [(name, name) for name in names])

    def _emit(self, edit: Edit) -> None:
        if self.items and edit.changes_anything():
            self.edit_made.emit(edit)
