"""Every problem of every item of a batch, in one pass; and the checks against the wiki.

Each Problem has ``item`` = the item's path and ``field`` = the metadata field it is about
("title", "license", "descriptions", "captions", "date", "categories", "depicts", "location",
"author", "source", "templates", "file"). Items already uploaded are skipped.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from . import dates
from .batch import Batch
from .item import MediaItem, Metadata
from .kit import PRIVACY_MODES, TRACKING_CATEGORY, Kit, effective
from .languages import is_known, is_well_formed
from .licenses import get_license, is_own_work
from .orientation import TURNABLE
from .ports import Lookups, WikiChecks
from .sdc import sdc_problems
from .sendplan import new_version_title, plan_entries
from .problems import Problem
from .titles import (PatternError, batch_title_problems, extension_for, final_title,
                     shared_title_numbers, title_problems)
from .wikitext import category_name, category_problems, normalize_text, template_problems

_QID = re.compile(r"Q[1-9]\d*")

#: add(code, field, **params): records one problem of the item being checked
Adder = Callable[..., None]


def pending(batch: Batch) -> list[tuple[int, MediaItem]]:
    """``(n, item)`` for the items still to upload (not rejected); ``n`` is the 1-based position
    in the batch."""
    from .picks import is_rejected
    return [(n, item) for n, item in enumerate(batch.items, start=1)
            if not item.upload.state.is_done and not is_rejected(item)]


def validate(batch: Batch, *, today: date | None = None) -> list[Problem]:
    """All problems of all items still to upload, and those between items of the batch."""
    today = today or date.today()
    out: list[Problem] = []
    titles: list[tuple[str, str]] = []
    by_sha1: dict[str, str] = {}
    numbers = shared_title_numbers(batch.items, batch.kit)
    for n, item in pending(batch):
        out += item_problems(item, batch.kit, today=today)
        if item.meta.new_version_of.strip():   # the title is the existing file's: not ours to judge
            if not new_version_title(item.meta.new_version_of):
                out.append(Problem("new-version-invalid", item=item.path, field="new_version_of",
                                   params={"value": item.meta.new_version_of}))
            continue
        try:
            title = final_title(item, batch.kit, n, number=numbers.get(item.path, ""))
        except PatternError as error:
            out.append(Problem(error.code, item=item.path, field="title", params=error.params))
        else:
            out += title_problems(title, extension=item.facts.kind or None, item=item.path)
            titles.append((item.path, title))
        sha1 = item.facts.sha1
        if sha1 and sha1 in by_sha1:
            out.append(Problem("file-duplicate-in-batch", item=item.path, field="file",
                               params={"sha1": sha1, "other": by_sha1[sha1]}))
        elif sha1:
            by_sha1[sha1] = item.path
    return out + batch_title_problems(titles)


def item_problems(item: MediaItem, kit: Kit, *, today: date) -> list[Problem]:
    """The problems of one item on its own (its title is checked by ``validate``)."""
    meta = effective(item, kit)
    out = [p if p.item and p.field else replace(p, item=item.path, field=p.field or "file")
           for p in item.facts.problems
           # "the file says only when it was last changed": answered once a date is given
           if not (p.code == "date-only-modified" and meta.date.strip())]

    def add(code: str, field: str, /, **params: object) -> None:
        out.append(Problem(code, item=item.path, field=field, params=params))

    out += sdc_problems(item, kit)
    if meta.privacy and meta.privacy not in PRIVACY_MODES:
        add("privacy-invalid", "privacy", value=meta.privacy)
    if meta.rotate % 360 and item.facts.kind not in TURNABLE:
        add("rotate-unsupported", "rotate", kind=item.facts.kind or "?")
    given = _page_template_gives(kit, meta)
    if "license" not in given:
        _licence(meta, add)
    if not normalize_text(meta.author) and "author" not in given:
        add("author-missing", "author")
    _texts(meta, add, description_given="description" in given)
    if meta.date.strip():
        if not dates.is_valid(meta.date):
            add("date-invalid", "date", value=meta.date)
        elif dates.is_in_future(meta.date, today=today):
            add("date-in-future", "date", value=meta.date)
    if not [c for c in meta.categories if _upper_first(category_name(c)) != TRACKING_CATEGORY]:
        add("category-missing", "categories")
    for name in meta.categories:
        out += category_problems(name, item=item.path)
    for text in meta.templates:
        out += template_problems(text, item=item.path)
    for value in meta.depicts:
        if not _QID.fullmatch(value.strip()):
            add("depicts-invalid", "depicts", value=value)
    point = meta.location
    if point is not None and not (point.is_valid() and math.isfinite(point.latitude)
                                  and math.isfinite(point.longitude)):
        add("location-invalid", "location", latitude=point.latitude, longitude=point.longitude)
    return out


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _licence(meta: Metadata, add: Adder) -> None:
    if not meta.license.strip():
        add("license-missing", "license")
        return
    licence = get_license(meta.license)
    if licence is None:
        add("license-unknown", "license", license=meta.license)
        return
    own = is_own_work(license=licence, source=meta.source)
    if licence.own_work_only and not own:
        add("license-own-work-only", "license", license=licence.id)
    if not own and not normalize_text(meta.source):
        add("source-missing", "source", license=licence.id)


def _page_template_gives(kit: Kit, meta: Metadata) -> set[str]:
    """What a Pattypan-style page template says itself for this file: "license" when its
    licence section holds a template, "author" and "description" when the cells of its
    ``${artist}``/``${author}``/``${photographer}`` and ``${description}`` places are filled."""
    if not kit.page_template.strip() or meta.license.strip():
        given: set[str] = set()
    else:
        from .wikitext import fill_page_template
        page = fill_page_template(kit.page_template, meta)
        section = page.split("{{int:license-header}}", 1)[1] if "{{int:license-header}}" in page else ""
        given = {"license"} if "{{" in section.split("\n==", 1)[0] else set()
    if kit.page_template.strip():
        places = {p.split("?", 1)[0].strip().lower() for p in re.findall(r"\$\{([^}]*)\}", kit.page_template)}
        fields = {k.strip().lower(): v for k, v in meta.fields.items() if normalize_text(v)}
        if places & {"artist", "author", "photographer"} & set(fields):
            given.add("author")
        if "description" in places and "description" in fields:
            given.add("description")
    return given


def _texts(meta: Metadata, add: Adder, *, description_given: bool = False) -> None:
    if not description_given and not any(normalize_text(text) for text in meta.descriptions.values()):
        add("description-missing", "descriptions")
    for field, texts in (("descriptions", meta.descriptions), ("captions", meta.captions)):
        for code in texts:
            if not is_well_formed(code.strip()):
                add("language-invalid", field, language=code, field=field)
            elif not is_known(code):
                add("language-unknown", field, language=code, field=field)


class ChecksCancelled(Exception):
    """The person stopped the checks on the wiki before they were done."""


def online_problems(batch: Batch, checks: WikiChecks, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] = lambda: False) -> list[Problem]:
    """What the wiki says against the items still to upload: duplicates by SHA-1, titles taken
    or blacklisted, file types it refuses, files over its size limit, new versions of files it
    does not have. Every problem before anything is sent (``check --online``).

    Titles are asked 50 to a request; SHA-1 and the blacklist take one request per file:
    ``progress(done, total)`` hears how many are checked; when ``cancelled()`` turns true the
    checks stop with ``ChecksCancelled``."""
    limits = checks.limits()
    out: list[Problem] = []
    todo = [item for _, item in pending(batch)]
    entries, _ = plan_entries(batch, todo)   # a title pattern that fails: validate() reports it
    existing = checks.existing_titles(sorted({e.title for e in entries.values()}))
    for done, item in enumerate(todo):
        if cancelled():
            raise ChecksCancelled
        if progress is not None:
            progress(done, len(todo))

        def add(code: str, field: str, /, **params: object) -> None:
            out.append(Problem(code, item=item.path, field=field, params=params))

        if item.facts.sha1:
            for found in checks.find_by_sha1(item.facts.sha1):
                add("duplicate-on-wiki", "file", sha1=item.facts.sha1, title=found.title,
                    url=found.url, page_id=found.page_id)
        ext = extension_for(item)
        if limits.extensions and ext not in limits.extensions:
            add("filetype-not-allowed", "file", extension=ext, allowed=sorted(limits.extensions))
        if limits.max_upload_size is not None and item.facts.size > limits.max_upload_size:
            add("file-too-large", "file", size=item.facts.size, limit=limits.max_upload_size)
        entry = entries.get(item.path)
        if entry is None:
            continue
        title = entry.title.split(":", 1)[1]
        taken = existing.get(entry.title)
        if entry.new_version:
            if taken is None:
                add("new-version-missing", "new_version_of", title=title)
            continue
        if taken is not None:
            add("title-exists", "title", title=title, url=taken.url)
        reason = checks.blacklist_reason(entry.title)
        if reason is not None:
            add("title-blacklisted", "title", title=title, reason=reason)
    if progress is not None:
        progress(len(todo), len(todo))
    return out


def category_problems_online(batch: Batch, lookups: Lookups, *, language: str = "en") -> list[Problem]:
    """What the lookups say against the items still to upload: categories missing on the wiki
    (with the closest existing one) or redirected, and depicts Q-ids no search confirms.

    Categories the lookups know nothing of (offline and not in the cache) give no problem.
    The tracking category is left out: the app adds it, the user cannot change it.
    ``LookupOffline`` from a lookups object without a cache reaches the caller.
    """
    todo = [(item, effective(item, batch.kit)) for _, item in pending(batch)]
    names = sorted({name for _, meta in todo for name in meta.categories
                    if not category_problems(name)
                    and _upper_first(category_name(name)) != TRACKING_CATEGORY})
    hits = lookups.check_categories(names) if names else {}
    qids = sorted({value.strip() for _, meta in todo for value in meta.depicts
                   if _QID.fullmatch(value.strip())})
    confirmed = {qid for qid in qids if any(
        hit.qid == qid for hit in lookups.search_items(qid, language=language, limit=3))}
    out: list[Problem] = []
    for item, meta in todo:
        def add(code: str, field: str, /, **params: object) -> None:
            out.append(Problem(code, item=item.path, field=field, params=params))

        for name in meta.categories:
            hit = hits.get(name)
            if hit is None:
                continue
            if hit.redirect_to:
                add("category-redirected", "categories", category=name, target=hit.redirect_to)
            elif not hit.exists and hit.suggestion:
                add("category-not-on-wiki", "categories", category=name, suggestion=hit.suggestion)
            elif not hit.exists:
                add("category-not-on-wiki-nothing-close", "categories", category=name)
        for value in meta.depicts:
            if _QID.fullmatch(value.strip()) and value.strip() not in confirmed:
                add("depicts-unverified", "depicts", value=value)
    return out
