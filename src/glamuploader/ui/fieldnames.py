"""The parameters of Commons' museum templates ({{Artwork}}, {{Photograph}}, {{Art Photo}}) in
the app's language. The page keeps the template's own (English) parameter names; the window
names them in words a volunteer reads, with the parameter in the tooltip."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _labels() -> dict[str, str]:
    return {   # written out in full: pyside6-lupdate reads the calls
        "artist": QCoreApplication.translate("TemplateFields", "Artist"),
        "author": QCoreApplication.translate("TemplateFields", "Author"),
        "title": QCoreApplication.translate("TemplateFields", "Title"),
        "description": QCoreApplication.translate("TemplateFields", "Description"),
        "date": QCoreApplication.translate("TemplateFields", "Date"),
        "medium": QCoreApplication.translate("TemplateFields", "Medium"),
        "dimensions": QCoreApplication.translate("TemplateFields", "Dimensions"),
        "institution": QCoreApplication.translate("TemplateFields", "Institution"),
        "department": QCoreApplication.translate("TemplateFields", "Department"),
        "accession number": QCoreApplication.translate("TemplateFields", "Accession number"),
        "credit line": QCoreApplication.translate("TemplateFields", "Credit line"),
        "source": QCoreApplication.translate("TemplateFields", "Source"),
        "permission": QCoreApplication.translate("TemplateFields", "Permission"),
        "other versions": QCoreApplication.translate("TemplateFields", "Other versions"),
        "other_versions": QCoreApplication.translate("TemplateFields", "Other versions"),
        "depicted people": QCoreApplication.translate("TemplateFields", "Depicted people"),
        "depicted place": QCoreApplication.translate("TemplateFields", "Depicted place"),
        "place of creation": QCoreApplication.translate("TemplateFields", "Place of creation"),
        "place of discovery": QCoreApplication.translate("TemplateFields", "Place of discovery"),
        "object history": QCoreApplication.translate("TemplateFields", "Object history"),
        "exhibition history": QCoreApplication.translate("TemplateFields", "Exhibition history"),
        "inscriptions": QCoreApplication.translate("TemplateFields", "Inscriptions"),
        "notes": QCoreApplication.translate("TemplateFields", "Notes"),
        "references": QCoreApplication.translate("TemplateFields", "References"),
        "wikidata": QCoreApplication.translate("TemplateFields", "Wikidata item"),
        "photographer": QCoreApplication.translate("TemplateFields", "Photographer"),
        "artwork license": QCoreApplication.translate("TemplateFields", "Licence of the artwork"),
        "photo description": QCoreApplication.translate("TemplateFields", "Photo description"),
        "photo date": QCoreApplication.translate("TemplateFields", "Date of the photo"),
        "photo license": QCoreApplication.translate("TemplateFields", "Licence of the photo"),
    }


def template_field_label(name: str) -> str:
    """"accession number" -> "Accession number" in the app's language; a parameter the app does
    not know (a museum's own ${place}) as it is."""
    return _labels().get(name.strip().lower(), name)
