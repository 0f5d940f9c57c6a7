"""The licences GLAM Uploader offers, with what Commons and Wikidata call them.

Names here are plain English for logs and the command line; the UI translates by ``id``
and maps ``fits`` (a machine key for "what it allows / when it fits") to translated text.
"""
from __future__ import annotations

from dataclasses import dataclass

#: P6216 (copyright status) values
COPYRIGHTED = "Q50423863"
PUBLIC_DOMAIN = "Q19652"
DEDICATED_TO_PUBLIC_DOMAIN = "Q88088423"   # copyrighted, dedicated to the PD by the holder (CC0)

#: what a source may say to mean "the uploader made it" (compared case-insensitively)
OWN_WORK_SOURCES = ("", "{{own}}", "own work")


@dataclass(frozen=True)
class License:
    id: str
    name: str                          # plain English; the UI translates by id
    own_work_template: str | None      # e.g. "{{self|cc-by-sa-4.0}}"; None: cannot be own work
    third_party_template: str          # e.g. "{{cc-by-sa-4.0}}"
    sdc_license: str | None            # P275 Q-id; None for public domain
    copyright_status: str              # P6216 Q-id
    spdx: str | None
    url: str
    fits: str                          # machine key: what it allows / when it fits
    own_work_only: bool = False
    public_domain: bool = False

    def template(self, *, own_work: bool) -> str:
        """The licence template for the page: ``{{self|…}}`` for own work where there is one."""
        if own_work and self.own_work_template:
            return self.own_work_template
        return self.third_party_template


def _cc(id_: str, name: str, q: str, spdx: str, path: str, fits: str) -> License:
    return License(id=id_, name=name, own_work_template=f"{{{{self|{id_}}}}}",
                   third_party_template=f"{{{{{id_}}}}}", sdc_license=q,
                   copyright_status=COPYRIGHTED, spdx=spdx,
                   url=f"https://creativecommons.org/licenses/{path}/", fits=fits)


def _pd(id_: str, name: str, template: str, page: str, fits: str) -> License:
    return License(id=id_, name=name, own_work_template=None, third_party_template=template,
                   sdc_license=None, copyright_status=PUBLIC_DOMAIN, spdx=None,
                   url=f"https://commons.wikimedia.org/wiki/Template:{page}", fits=fits,
                   public_domain=True)


LICENSES: tuple[License, ...] = (
    License(id="cc0", name="CC0 1.0 Universal Public Domain Dedication",
            own_work_template="{{self|cc-zero}}", third_party_template="{{cc-zero}}",
            sdc_license="Q6938433", copyright_status=DEDICATED_TO_PUBLIC_DOMAIN, spdx="CC0-1.0",
            url="https://creativecommons.org/publicdomain/zero/1.0/",
            fits="own-work-no-conditions", own_work_only=True),
    _cc("cc-by-4.0", "Creative Commons Attribution 4.0", "Q20007257", "CC-BY-4.0",
        "by/4.0", "attribution"),
    _cc("cc-by-sa-4.0", "Creative Commons Attribution-ShareAlike 4.0", "Q18199165",
        "CC-BY-SA-4.0", "by-sa/4.0", "attribution-share-alike"),
    _cc("cc-by-sa-3.0", "Creative Commons Attribution-ShareAlike 3.0", "Q14946043",
        "CC-BY-SA-3.0", "by-sa/3.0", "attribution-share-alike-older-version"),
    _cc("cc-by-3.0", "Creative Commons Attribution 3.0", "Q14947546", "CC-BY-3.0",
        "by/3.0", "attribution-older-version"),
    _pd("pd-old-70", "Public domain: author died more than 70 years ago", "{{PD-old-70}}",
        "PD-old-70", "author-died-over-70-years-ago"),
    _pd("pd-old-100", "Public domain: author died more than 100 years ago", "{{PD-old-100}}",
        "PD-old-100", "author-died-over-100-years-ago"),
    _pd("pd-art", "Public domain: faithful reproduction of a 2D artwork (PD-old-70)",
        "{{PD-Art|PD-old-70}}", "PD-Art", "faithful-reproduction-of-old-2d-artwork"),
    _pd("pd-us-expired", "Public domain in the United States: copyright expired",
        "{{PD-US-expired}}", "PD-US-expired", "published-in-us-before-cutoff"),
    _pd("pd-usgov", "Public domain: work of the United States federal government",
        "{{PD-USGov}}", "PD-USGov", "us-federal-government-work"),
)

_BY_ID = {lic.id: lic for lic in LICENSES}


def get_license(id: str) -> License | None:  # noqa: A002 - the licence's id
    """The licence with this id (case and surrounding space ignored), or None."""
    return _BY_ID.get(id.strip().lower())


def is_own_work(*, license: License | None, source: str) -> bool:  # noqa: A002
    """Own work: the source is empty or says so, and the licence can be used for own work."""
    if license is None or license.own_work_template is None:
        return False
    return source.strip().lower() in OWN_WORK_SOURCES
