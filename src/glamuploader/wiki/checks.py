"""Read-only questions to a wiki before an upload (``core.ports.WikiChecks`` on pywikibot)."""
from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from glamuploader.core.ports import ExistingFile, SiteLimits

if TYPE_CHECKING:
    from pywikibot.site import APISite

FILE_PREFIX = "File:"
#: characters MediaWiki leaves unescaped in page URLs (wfUrlencode)
_URL_SAFE = ";:@$!*(),/~"
_TITLES_PER_REQUEST = 50


def file_title(site: APISite, title: str) -> str:
    """``title`` as "File:Name.ext" in the wiki's normal form (first letter, spaces)."""
    import pywikibot

    name = title.split(":", 1)[1] if ":" in title and _is_file_namespace(site, title) else title
    page = pywikibot.FilePage(site, FILE_PREFIX + name, ignore_extension=True)
    return page.title()


def _is_file_namespace(site: APISite, title: str) -> bool:
    prefix = title.split(":", 1)[0].strip()
    return site.namespaces.lookup_name(prefix) == site.namespaces[6]


def _query(site: APISite, **params: Any) -> dict[str, Any]:
    return site.simple_request(action="query", formatversion=2, **params).submit()


class SiteChecks:
    """Implements ``WikiChecks`` for one logged-in (or anonymous) pywikibot site."""

    def __init__(self, site: APISite) -> None:
        self.site = site
        self._has_blacklist: bool | None = None
        self._limits: SiteLimits | None = None

    def limits(self) -> SiteLimits:
        """Read once per connection: file types and size limit do not change during a run."""
        if self._limits is None:
            extensions = frozenset(ext.lower() for ext in self.site.file_extensions)
            size = self.site.siteinfo.get("maxuploadsize")
            self._limits = SiteLimits(extensions=extensions,
                                      max_upload_size=int(size) if size is not None else None)
        return self._limits

    def find_by_sha1(self, sha1: str) -> list[ExistingFile]:
        """Files whose current version has this SHA-1 (40 hex digits)."""
        data = _query(self.site, generator="allimages", gaisha1=sha1.lower(), gailimit=50,
                      prop="info", inprop="url")
        pages = data.get("query", {}).get("pages", [])
        return sorted((ExistingFile(title=p["title"], url=p["fullurl"], page_id=p.get("pageid"))
                       for p in pages if not p.get("missing")), key=lambda f: f.title)

    def existing_title(self, title: str) -> ExistingFile | None:
        """The file page with this title, when the page or a file under this name exists."""
        return self.existing_titles([title])[title]

    def existing_titles(self, titles: list[str]) -> dict[str, ExistingFile | None]:
        """``existing_title`` of many titles, 50 to a request; keyed by the titles as given."""
        normal = {title: file_title(self.site, title) for title in titles}
        found: dict[str, ExistingFile | None] = {}
        names = sorted(set(normal.values()))
        for start in range(0, len(names), _TITLES_PER_REQUEST):
            part = names[start:start + _TITLES_PER_REQUEST]
            data = _query(self.site, titles="|".join(part), prop="info|imageinfo", inprop="url",
                          iiprop="sha1")
            query = data.get("query", {})
            renamed = {n["from"]: n["to"] for n in query.get("normalized", [])}
            pages = {p.get("title"): p for p in query.get("pages", [])}
            for name in part:
                page = pages.get(renamed.get(name, name))
                exists = page is not None and (not page.get("missing") or bool(page.get("imageinfo")))
                found[name] = (ExistingFile(title=page["title"], url=page["fullurl"],
                                            page_id=page.get("pageid"))
                               if exists and not page.get("invalid") else None)
        return {title: found.get(name) for title, name in normal.items()}

    def page_url(self, title: str) -> str:
        """The address of the file page, as MediaWiki writes it (``File:A_b.jpg``)."""
        name = file_title(self.site, title).replace(" ", "_")
        return self.site.base_url(self.site.articlepath.format(quote(name, safe=_URL_SAFE)))

    def blacklist_reason(self, title: str) -> str | None:
        """The title blacklist's reason when ``title`` may not be created, else None.

        Asks ``action=titleblacklist`` with ``tbnooverride`` so that an administrator
        (who may override the list) sees what a regular uploader would. None when the
        wiki has no TitleBlacklist extension.
        """
        if not self.has_title_blacklist():
            return None
        data = self.site.simple_request(
            action="titleblacklist", tbaction="create", tbnooverride=True,
            tbtitle=file_title(self.site, title), formatversion=2).submit()
        result = data.get("titleblacklist", {})
        if result.get("result") != "blacklisted":
            return None
        reason = str(result.get("reason") or result.get("line") or "blacklisted")
        return html.unescape(re.sub(r"</?code>", "", reason))  # the message is HTML-ish

    def has_title_blacklist(self) -> bool:
        if self._has_blacklist is None:
            data = self.site.simple_request(action="paraminfo", modules="titleblacklist",
                                            formatversion=2).submit()
            modules = data.get("paraminfo", {}).get("modules", [])
            self._has_blacklist = any(m.get("name") == "titleblacklist" for m in modules)
        return self._has_blacklist
