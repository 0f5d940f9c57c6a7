"""Licence names and plain-words explanations, translated (keyed by the catalogue's ``id`` and ``fits``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.licenses import License



def license_name(lic: License) -> str:
    names = {
        "cc0": QCoreApplication.translate("Licences", "CC0 — no rights reserved"),
        "cc-by-4.0": QCoreApplication.translate("Licences", "CC BY 4.0 — attribution"),
        "cc-by-sa-4.0": QCoreApplication.translate("Licences", "CC BY-SA 4.0 — attribution, share alike"),
        "cc-by-sa-3.0": QCoreApplication.translate("Licences", "CC BY-SA 3.0 — attribution, share alike (older version)"),
        "cc-by-3.0": QCoreApplication.translate("Licences", "CC BY 3.0 — attribution (older version)"),
        "pd-old-70": QCoreApplication.translate("Licences", "Public domain — author died over 70 years ago"),
        "pd-old-100": QCoreApplication.translate("Licences", "Public domain — author died over 100 years ago"),
        "pd-art": QCoreApplication.translate("Licences", "Public domain — photo of an old 2D artwork"),
        "pd-us-expired": QCoreApplication.translate("Licences", "Public domain in the USA — copyright expired"),
        "pd-usgov": QCoreApplication.translate("Licences", "Public domain — work of the US federal government"),
    }
    return names.get(lic.id, lic.name)


def license_explanation(lic: License) -> str:
    texts = {
        "own-work-no-conditions": QCoreApplication.translate("Licences", "Anyone may use the file for anything, without even naming you. "
                                     "Only for your own work."),
        "attribution": QCoreApplication.translate("Licences", "Anyone may use and change the file, also commercially, if they name the author."),
        "attribution-share-alike": QCoreApplication.translate("Licences", "Anyone may use and change the file, also commercially, if they name "
                                      "the author and share changed versions under the same licence. "
                                      "The usual choice on Commons."),
        "attribution-share-alike-older-version": QCoreApplication.translate("Licences", "As CC BY-SA 4.0; choose it only when the source "
                                                    "released the file under version 3.0."),
        "attribution-older-version": QCoreApplication.translate("Licences", "As CC BY 4.0; choose it only when the source released the file "
                                        "under version 3.0."),
        "author-died-over-70-years-ago": QCoreApplication.translate("Licences", "For works whose author died more than 70 years ago. "
                                            "Give the author and the date of the work."),
        "author-died-over-100-years-ago": QCoreApplication.translate("Licences", "For works whose author died more than 100 years ago; "
                                             "safe in almost every country."),
        "faithful-reproduction-of-old-2d-artwork": QCoreApplication.translate("Licences", "For faithful photos or scans of flat artworks "
                                                      "(paintings, drawings, documents) whose author died "
                                                      "more than 70 years ago."),
        "published-in-us-before-cutoff": QCoreApplication.translate("Licences", "For works published in the USA long enough ago that "
                                            "copyright has expired there."),
        "us-federal-government-work": QCoreApplication.translate("Licences", "For works made by US federal government employees in their duties."),
    }
    return texts.get(lic.fits, "")
