"""A file's structured data (its MediaInfo entity ``M`` + page id) through pywikibot.

``core.ports.WikiStructuredData`` on the raw Wikibase API, the way UploadWizard does it:
``action=wbgetentities&ids=M…`` to read, one ``action=wbeditentity&id=M…&data=<json>`` to
write. pywikibot's own route, ``FilePage.data_item()``, is not used: it needs the site to
be a Wikibase repository with ``entity_sources`` in its family file (Commons is; a wiki
known only by its api.php URL — the local sandbox, or the Wikibase stand-in in front of it —
is not), and it edits one claim per request. ``site.simple_request`` goes through the same
session, login, CSRF token handling (a ``badtoken`` is refreshed and retried by pywikibot),
maxlag and throttle as the upload.

Every failure becomes ``StructuredDataError(code, info)``: the API's error code, ``network``
when the wiki could not be reached, ``no-structured-data`` when the wiki has no Wikibase
(MediaWiki answers ``badvalue`` for an unknown ``action``), ``bad-response`` when the answer
is not what the API documents.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from glamuploader.core.ports import StructuredDataError

from .errors import is_network_error

if TYPE_CHECKING:
    from pywikibot.site import APISite

NO_STRUCTURED_DATA = "no-structured-data"


def entity_id(page_id: int) -> str:
    return f"M{int(page_id)}"


def parse_entity(response: dict, mid: str) -> dict:
    """The entity ``mid`` of a ``wbgetentities`` answer (``{"missing": …}`` included)."""
    entities = response.get("entities")
    if not isinstance(entities, dict):
        raise StructuredDataError("bad-response", f"no entities in the answer for {mid}")
    entity = entities.get(mid)
    if not isinstance(entity, dict):
        raise StructuredDataError("bad-response", f"{mid} is not in the answer")
    return entity


def parse_error(response: dict) -> StructuredDataError | None:
    """The ``error`` of an API answer as a StructuredDataError, with the Wikibase messages'
    names after the text (they say which check failed), or None."""
    error = response.get("error")
    if not isinstance(error, dict):
        return None
    info = str(error.get("info") or "")
    names = [str(m.get("name")) for m in error.get("messages") or [] if isinstance(m, dict)]
    if names:
        info = f"{info} ({', '.join(names)})" if info else ", ".join(names)
    return _error(str(error.get("code") or "unknown"), info)


def _error(code: str, info: str) -> StructuredDataError:
    if code in ("badvalue", "unknown_action") and "action" in info:
        return StructuredDataError(NO_STRUCTURED_DATA, info)
    return StructuredDataError(code, info)


class StructuredData:
    """Reads and writes MediaInfo entities on one logged-in pywikibot site."""

    def __init__(self, site: APISite) -> None:
        self.site = site

    def existing_mediainfo(self, page_id: int) -> dict:
        mid = entity_id(page_id)
        response = self._call(action="wbgetentities", ids=mid, props="labels|claims|info")
        return parse_entity(response, mid)

    def write_mediainfo(self, page_id: int, data: dict, *, summary: str) -> None:
        mid = entity_id(page_id)
        response = self._call(action="wbeditentity", id=mid, summary=summary, bot=1,
                              data=json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                              token=self.site.tokens["csrf"])
        if not response.get("success"):
            raise StructuredDataError("bad-response", f"wbeditentity on {mid}: {str(response)[:200]}")

    def _call(self, **params: Any) -> dict:
        from pywikibot import exceptions as pwb_exc

        try:
            response = self.site.simple_request(**params).submit()
        except pwb_exc.APIError as exc:
            if is_network_error(exc):
                raise StructuredDataError("network", f"{type(exc).__name__}: {exc}") from exc
            names = [str(m.get("name")) for m in (exc.other or {}).get("messages") or []
                     if isinstance(m, dict)]
            info = str(exc.info) + (f" ({', '.join(names)})" if names else "")
            raise _error(str(exc.code), info) from exc
        except Exception as exc:  # noqa: BLE001 - network failures become a recorded outcome
            if is_network_error(exc):
                raise StructuredDataError("network", f"{type(exc).__name__}: {exc}") from exc
            raise
        error = parse_error(response)
        if error is not None:
            raise error
        return response
