"""The file description page: ``{{Information}}`` / ``{{Artwork}}`` / ``{{Photograph}}``,
``{{Location}}``, the licence, the kit's templates and the categories.

User text never breaks the page. ``escape`` (and ``unescape``, its exact inverse on the
normalised text) works like this:

* normalise: ``\\r\\n`` and ``\\r`` become ``\\n``; C0/C1 control characters other than
  ``\\n`` and ``\\t`` are dropped; NFC (as MediaWiki does on save); leading and trailing
  whitespace is stripped (as MediaWiki does for named template parameters);
* ``& < > | = { } [ ] ~`` become character references (``&amp; &lt; &gt; &#124; &#61;
  &#123; &#125; &#91; &#93; &#126;``), so no link, template, table, tag, comment,
  ``<nowiki>``, signature or heading can start in user text;
* a newline becomes ``<br />``: the value stays on one line, so nothing is at a line start;
* a leading ``* # : ; - !`` and every ``_`` or ``'`` followed by the same character become
  character references (no list, rule, ``__MAGICWORD__`` or bold/italic);
* a combining mark right after markup we wrote (the ``=`` before a value, an entity, ``<br />``)
  becomes a character reference, so NFC on save cannot fuse it with that markup (``>`` + U+0338).

Categories and templates the user gives are not escaped but checked (``category_problems``,
``template_problems``); ``render_page`` leaves out those that fail (``validate`` reports them).
"""
from __future__ import annotations

import html
import re
import unicodedata

from . import dates, museumdates
from .item import MediaItem, Metadata
from .kit import TRACKING_CATEGORY, Kit, effective
from .languages import is_well_formed
from .licenses import get_license, is_own_work
from .lookups import is_qid
from .problems import Problem
from .titles import FORBIDDEN, TITLE_TRAPS, is_invisible

BR = "<br />"
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "=": "&#61;", "{": "&#123;",
            "}": "&#125;", "[": "&#91;", "]": "&#93;", "~": "&#126;"}
_LINE_START = "*#:;-!"
_DOUBLED = "_'"

#: parameters written even when empty, and those written only when there is a value
INFORMATION_FIELDS = ("description", "date", "source", "author", "permission", "other versions")
ARTWORK_FIELDS = ("artist", "title", "description", "date", "medium", "dimensions", "institution",
                  "accession number", "credit line", "source", "permission", "other_versions")
ARTWORK_OPTIONAL = ("author", "depicted people", "depicted place", "department", "place of creation",
                    "place of discovery", "object history", "exhibition history", "inscriptions",
                    "notes", "references", "wikidata")
PHOTOGRAPH_FIELDS = ("photographer", "title", "description", "depicted place", "date", "medium",
                     "dimensions", "institution", "department", "accession number", "credit line",
                     "source", "permission", "other_versions")
PHOTOGRAPH_OPTIONAL = ("depicted people", "references", "object history", "exhibition history",
                       "inscriptions", "notes", "wikidata")
#: {{Art Photo}}: a photo of an artwork that needs two licences (a 3D work, or a photo with its
#: own copyright), the artwork by its Wikidata item; the parameters as Pattypan fills them
ART_PHOTO_FIELDS = ("wikidata", "artwork license", "photo description", "photo date", "photographer",
                    "source", "photo license", "other_versions")
_FIELDS = {"Information": (INFORMATION_FIELDS, ()), "Artwork": (ARTWORK_FIELDS, ARTWORK_OPTIONAL),
           "Photograph": (PHOTOGRAPH_FIELDS, PHOTOGRAPH_OPTIONAL), "Art Photo": (ART_PHOTO_FIELDS, ())}


def normalize_text(text: str) -> str:
    """User text as the page keeps it (see the module docstring); ``unescape(escape(t))`` is this."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or not _is_control(ch))
    return unicodedata.normalize("NFC", text).strip()


def escape(text: str) -> str:
    """User text made safe as a template parameter value (see the module docstring)."""
    return _escape_normalized(normalize_text(text), at_start=True)


def _escape_normalized(text: str, *, at_start: bool) -> str:
    out: list[str] = []
    after_markup = True
    for i, ch in enumerate(text):
        if ch == "\n":
            out.append(BR)
            after_markup = True
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
            after_markup = True
        elif ((i == 0 and at_start and ch in _LINE_START)
              or (ch in _DOUBLED and text[i + 1:i + 2] == ch)
              or (after_markup and unicodedata.combining(ch))):
            out.append(f"&#{ord(ch)};")
            after_markup = True
        else:
            out.append(ch)
            after_markup = False
    return "".join(out)


#: links a person may write in an author or source: [[User:Name|Name]], [https://… label];
#: never to a category or file (that would categorise or embed), never with ~ or __ in them
_SAFE_LINK = re.compile(
    r"\[\[(?!\s*:?\s*(?:category|file|image|media)\s*:)[^\[\]{}|<>\n~]+(?:\|[^\[\]{}|<>\n~]*)?\]\]"
    r"|\[https?://[^\s\[\]{}|<>\"~]+(?: [^\[\]{}|<>\n~]*)?\]", re.IGNORECASE)


def escape_keeping_links(text: str) -> str:
    """As ``escape``, but well-formed links to pages and web addresses stay links.

    For the author and source fields, where Commons expects ``[[User:Name|Name]]``.
    Inside a kept link only ``&`` is escaped, so ``unescape`` is still the exact inverse.
    """
    return _escape_links_kept(normalize_text(text), at_start=True)


def _escape_links_kept(text: str, *, at_start: bool) -> str:
    """``escape_keeping_links`` of a piece of text already normalised (not stripped again)."""
    out: list[str] = []
    pos = 0
    for match in _SAFE_LINK.finditer(text):
        link = match.group(0)
        if "__" in link or "\t" in link:
            continue
        out.append(_escape_normalized(text[pos:match.start()], at_start=at_start and pos == 0))
        out.append(link.replace("&", "&amp;"))
        pos = match.end()
    out.append(_escape_normalized(text[pos:], at_start=at_start and pos == 0))
    return "".join(out)


def unescape(value: str) -> str:
    """The text ``escape`` was given (normalised): ``<br />`` → newline, references decoded."""
    return "\n".join(html.unescape(part) for part in value.split(BR))


def _is_control(ch: str) -> bool:
    cp = ord(ch)
    return cp < 0x20 or 0x7F <= cp <= 0x9F


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_]+", " ", key.strip().lower())


def category_name(name: str) -> str:
    """The name without a ``Category:`` prefix, "_" as spaces, spaces collapsed."""
    text = re.sub(r"[\s_]+", " ", name).strip()
    if text.lower().startswith("category:"):
        text = text[len("category:"):].strip()
    return text


def category_problems(name: str, *, item: str | None = None) -> list[Problem]:
    """category-invalid when ``name`` cannot be a category (``Category:`` prefix allowed)."""
    text = category_name(name)
    bad = (not text or text.startswith(":") or "\n" in name
           or any(ch in FORBIDDEN or is_invisible(ch) for ch in text)
           or TITLE_TRAPS.search(text) is not None or len(text.encode("utf-8")) > 255)
    return [Problem("category-invalid", item=item, field="categories",
                    params={"category": name})] if bad else []


_NO_SUBST = re.compile(r"\s*(?:safesubst|subst|msgnw|msg|raw|int)\s*:", re.IGNORECASE)


def template_problems(text: str, *, item: str | None = None) -> list[Problem]:
    """template-invalid unless ``text`` is exactly one transclusion ``{{Name|…}}`` on one line.

    Nested templates and ``[[links]]`` inside are allowed; ``{{{parameters}}}``, parser
    functions, ``subst:``, tags, comments, signatures, magic words, category or file links
    and anything outside the outer braces are not.
    """
    return [] if _template_ok(text.strip()) else [
        Problem("template-invalid", item=item, field="templates", params={"template": text})]


def _template_ok(t: str) -> bool:
    if not (t.startswith("{{") and t.endswith("}}")) or "{{{" in t:
        return False
    if ("<" in t or "~~~" in t or re.search(r"__[A-Z]+__", t) or any(is_invisible(ch) for ch in t)
            or t.count("[[") != t.count("]]")
            or re.search(r"\[\[\s*:?\s*(?:category|file|image|media)\s*:", t, re.IGNORECASE)):
        return False
    if not _one_transclusion(t):
        return False
    name = re.split(r"\||\{\{|\}\}", t[2:], maxsplit=1)[0].strip()
    if not name or name.startswith("#") or _NO_SUBST.match(name):
        return False
    if ":" in name and not name.lower().startswith("template:"):
        return False
    return not any(ch in FORBIDDEN for ch in name)


def render_page(item: MediaItem, kit: Kit, *, meta: Metadata | None = None) -> str:
    """The wikitext of the file description page for ``item`` with ``kit``'s defaults
    (``meta``: the effective metadata, when the caller has it already)."""
    meta = meta or effective(item, kit)
    if kit.page_template.strip():
        lines = [fill_page_template(kit.page_template, meta).rstrip("\n")]
    else:
        lines = _standard_page(meta, kit)
    lines += [t.strip() for t in meta.templates if not template_problems(t)]
    categories = [category_name(c) for c in meta.categories if not category_problems(c)]
    if kit.tracking_category:
        categories.append(TRACKING_CATEGORY)
    seen: dict[str, None] = {}
    for name in categories:
        seen.setdefault(name[:1].upper() + name[1:], None)
    if seen:
        lines.append("")
        lines += [f"[[Category:{name}]]" for name in seen]
    return "\n".join(lines) + "\n"


def _standard_page(meta: Metadata, kit: Kit) -> list[str]:
    chosen = meta.description_template or kit.description_template   # the file's own, else the kit's
    template = chosen if chosen in _FIELDS else "Information"
    lines = ["=={{int:filedesc}}==", "{{" + template]
    for name, value in _template_values(template, meta).items():
        lines.append(f"|{name}={value}")
    lines.append("}}")
    location = _location(meta)
    if location:
        lines.append(location)
    lines += ["", "=={{int:license-header}}=="]
    licence = get_license(meta.license)
    artwork = normalize_text(next((v for k, v in meta.fields.items() if _norm_key(k) == "artwork license"), ""))
    if template == "Art Photo" and artwork:   # two licences: the work's, then the photo's
        lines.append(wikitext_cell(artwork))
    if licence is not None:
        lines.append(licence.template(own_work=is_own_work(license=licence, source=meta.source)))
    return lines


#: the templates of museum objects (Information has no museum fields)
MUSEUM_TEMPLATES = ("Artwork", "Photograph", "Art Photo")
#: what the page fills from the app's own fields, not from a museum's column
_FROM_THE_APP = ("description", "source", "permission", "other versions", "other_versions", "author",
                 "photo description", "photo date", "photo license", "photographer")


def template_fields(kit: Kit, templates=None) -> tuple[str, ...]:
    """The museum fields the page asks for: its template's parameters (or the ``${places}`` of
    a page template), for a spreadsheet's columns and the editor's rows. ``templates``: the
    pages of the files concerned (each file's own, else the kit's), their fields together."""
    if kit.page_template.strip():
        return tuple(dict.fromkeys(m.strip() for m in _PLACE.findall(kit.page_template) if m.strip() != "name"))
    names: dict[str, None] = {}
    for template in ([kit.description_template] if templates is None else templates):
        if template in MUSEUM_TEMPLATES:      # every parameter: those always written, then the others
            always, optional = _FIELDS[template]
            names.update(dict.fromkeys(n for n in always + optional if n not in _FROM_THE_APP))
    return tuple(names)


_PLACE = re.compile(r"\$\{\s*([^}]*?)\s*\}")


def pages_of(items, kit: Kit) -> list[str]:
    """The page template of each file (its own, else the kit's), each named once, in order."""
    return list(dict.fromkeys(i.meta.description_template or kit.description_template for i in items))


def fill_page_template(template: str, meta: Metadata) -> str:
    """A page written as Pattypan's users write it: ``${column}`` is that column's cell (the
    item's field of that name; ``${name}`` its title). Cells are wikitext there (a
    ``{{Creator:…}}`` artist, ``{{en|1=…}}{{ru|1=…}}`` descriptions, a ``{{self|…}}`` licence):
    whole templates and links in a cell go in as they are, everything around them is escaped,
    so a stray ``|`` or ``}}`` cannot break the page. Pattypan's own category block
    (``<#if categories …>…</#if>``) is left to the app, which writes the categories itself."""
    fields = {_norm_key(k): v for k, v in meta.fields.items()}

    def value(m: re.Match) -> str:
        key = _norm_key(m[1].split("?", 1)[0])
        return wikitext_cell(meta.title if key == "name" and "name" not in fields else fields.get(key, ""))
    return _PLACE.sub(value, _FREEMARKER_CATEGORIES.sub("", template))


#: a transclusion with a name (not "{{}}", "{{|x}}" or a parser function "{{#if:…}}")
_NAMED = re.compile(r"\{\{\s*[^\s|{}#<>\[\]]")
#: Pattypan's category block in its page templates (FreeMarker), written by the app instead
_FREEMARKER_CATEGORIES = re.compile(r"<#if\s+categories\b.*?</#if>\s*", re.DOTALL)


def wikitext_cell(text: str) -> str:
    """A cell meant as wikitext: each whole, well-paired ``{{…}}`` stays, the rest is escaped
    with its links kept."""
    text = normalize_text(text)
    out: list[str] = []
    pos = search = 0
    while (start := text.find("{{", search)) >= 0:
        end = _closing(text, start)
        if end is None:
            search = start + 2
            continue
        out.append(_escape_links_kept(text[pos:start], at_start=pos == 0))
        out.append(text[start:end])
        pos = search = end
    out.append(_escape_links_kept(text[pos:], at_start=pos == 0))
    return "".join(out)


def _closing(text: str, start: int) -> int | None:
    """Where the transclusion opening at ``start`` ends, if it is one to keep."""
    depth, i = 0, start
    while i < len(text):
        pair = text[i:i + 2]
        if pair in ("{{", "}}"):
            depth += 1 if pair == "{{" else -1
            i += 2
            if depth == 0:
                whole = text[start:i]
                return i if _one_template(whole) and _NAMED.match(whole) else None
        else:
            i += 1
    return None


def _one_template(t: str) -> bool:
    """``{{…}}`` as a whole, its braces paired, on one line, without tags or parameters' ``{{{``."""
    if not (t.startswith("{{") and t.endswith("}}")) or "{{{" in t or "\n" in t or "<" in t or "~~~" in t:
        return False
    return _one_transclusion(t)


def _one_transclusion(t: str) -> bool:
    """The outer ``{{`` closes at the very end, every brace in between pairs up, none is alone."""
    depth, i = 0, 0
    while i < len(t):
        pair = t[i:i + 2]
        if pair in ("{{", "}}"):
            depth += 1 if pair == "{{" else -1
            i += 2
            if depth < 0 or (depth == 0 and i != len(t)):
                return False
        elif t[i] in "{}":
            return False
        else:
            i += 1
    return depth == 0


def description_value(descriptions: dict[str, str]) -> str:
    """``{{en|1=…}}{{tr|1=…}}``: one language template per non-empty, well-formed code."""
    return "".join(f"{{{{{code.strip()}|1={escape(text)}}}}}" for code, text in descriptions.items()
                   if is_well_formed(code.strip()) and normalize_text(text))


def _template_values(template: str, meta: Metadata) -> dict[str, str]:
    always, optional = _FIELDS[template]
    fields = {_norm_key(k): v for k, v in meta.fields.items()}
    own = is_own_work(license=get_license(meta.license), source=meta.source)
    source = "{{own}}" if own else escape_keeping_links(meta.source)
    date = escape(dates.to_wikitext(meta.date) or meta.date)
    values: dict[str, str] = {}
    for name in always + tuple(n for n in optional if normalize_text(fields.get(_norm_key(n), ""))):
        key = _norm_key(name)
        if key in ("description", "photo description"):
            values[name] = description_value(meta.descriptions)
        elif key == "photo date":
            values[name] = date
        elif key == "photo license":
            licence = get_license(meta.license)
            values[name] = licence.template(own_work=own) if licence is not None else ""
        elif key == "artwork license":
            values[name] = wikitext_cell(fields.get(key, ""))
        elif key == "wikidata" and template == "Art Photo":
            given = normalize_text(fields.get(key, "")) or normalize_text(meta.represents_qid)
            values[name] = given if is_qid(given) else escape(given)
        elif key == "source":
            values[name] = source
        elif key == "date":
            given = fields.get("date", "")
            values[name] = museum_date_text(given) if template != "Information" and normalize_text(given) else date
        elif key == "author" and template == "Information":
            values[name] = escape_keeping_links(meta.author)
        elif key in ("artist", "photographer"):
            given = fields.get(key, "")
            values[name] = person_or_place(given if normalize_text(given) else meta.author)
        elif key == "institution":
            values[name] = person_or_place(fields.get(key, ""))
        elif key == "dimensions":
            values[name] = size_text(fields.get(key, ""))
        else:
            values[name] = escape(fields.get(key, ""))
    return values


_PERSON_OR_PLACE = re.compile(r"\{\{\s*(?:Creator|Institution)\s*:\s*[^\s|{}]", re.IGNORECASE)
_SIZE = re.compile(r"^(?P<label>[^\d:]{0,40}:\s*)?(?P<h>\d+(?:[.,]\d+)?)\s*[x×х]\s*(?P<w>\d+(?:[.,]\d+)?)"
                   r"(?:\s*[x×х]\s*(?P<d>\d+(?:[.,]\d+)?))?\s*(?P<unit>mm|cm|m|in|мм|см|м)\.?$", re.IGNORECASE)
_UNITS = {"мм": "mm", "см": "cm", "м": "m"}


def person_or_place(text: str) -> str:
    """An artist or institution as the museum gives it: a Wikidata Q-id or one whole template
    (``{{Creator:William Blake}}``, ``{{Institution:Tate}}``) as it is, else text (links kept)."""
    value = normalize_text(text)
    if is_qid(value) or (_PERSON_OR_PLACE.match(value) and _one_template(value)):
        return value
    return escape_keeping_links(value)


def size_text(text: str) -> str:
    """"support: 394 x 419 mm" (height by width, as museums write it) as
    ``support: {{Size|unit=mm|height=394|width=419}}``; anything else as written."""
    m = _SIZE.match(normalize_text(text))
    if m is None:
        return escape(text)
    unit = _UNITS.get(m["unit"].lower(), m["unit"].lower())
    size = (f"{{{{Size|unit={unit}|height={m['h'].replace(',', '.')}|width={m['w'].replace(',', '.')}"
            + (f"|depth={m['d'].replace(',', '.')}" if m["d"] else "") + "}}")
    label = (m["label"] or "").strip()
    return f"{escape(label)} {size}" if label else size


def museum_date_text(given: str) -> str:
    """A museum's date as a template where it is one of the forms read (``{{circa|1785}}``),
    else as written."""
    parsed = museumdates.parse(given)
    return parsed.wikitext() if parsed is not None else escape(given)


def _location(meta: Metadata) -> str:
    point = meta.location
    if point is None or not point.is_valid():
        return ""
    text = f"{{{{Location|{_number(point.latitude, 6)}|{_number(point.longitude, 6)}"
    if point.heading is not None:
        text += f"|heading:{_number(point.heading, 1)}"
    return text + "}}"


def _number(value: float, places: int) -> str:
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def upload_comment(item: MediaItem, kit: Kit, *, version: str = "") -> str:
    """The edit summary of the upload: the tool, its version and the kit's name (≤ 250 chars)."""
    text = "Uploaded with GLAM Uploader" + (f" {version.strip()}" if version.strip() else "")
    name = re.sub(r"\s+", " ", "".join(" " if is_invisible(ch) else ch for ch in kit.name)).strip()
    name = name.replace("[", "(").replace("]", ")").replace("/*", "/ *").replace("{", "(").replace("}", ")")
    if name:
        text += f" ({name})"
    if len(text) > 250:
        text = text[:249] + "…"
    return text
