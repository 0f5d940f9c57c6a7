"""A STAND-IN for Wikidata's search API, for tests only: ``action=wbsearchentities``.

Wikidata (Wikibase) cannot be installed here, so this small HTTP server on 127.0.0.1 answers
the subset of ``wbsearchentities`` GLAM Uploader uses, in the response shape Wikibase
documents (repo/includes/Api/SearchEntities.php; see COMMONS.md section 6):
``searchinfo``, ``search`` [{id, title, pageid, display{label,description}, label, description,
match{type, language, text}, aliases?, url, concepturi, repository}], ``search-continue``,
``success``. Errors come in the API's error shape: a missing ``search`` or ``language`` is
``missingparam``, an unknown language or action ``badvalue`` (HTTP 200, as MediaWiki does,
with a ``MediaWiki-API-Error`` header).

Its items are a few real Wikidata Q-ids whose labels we are sure of, abbreviated: labels in
en, tr, tt, ru and ar where the item has them here; descriptions in English (and some in
Russian), so that the fallback to English shows. Every request is kept in ``requests``.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlparse

#: Q-id: ({language: label}, {language: description}, [English aliases])
ITEMS: dict[str, tuple[dict[str, str], dict[str, str], list[str]]] = {
    "Q1": ({"en": "universe", "tr": "evren", "ru": "Вселенная", "tt": "Галәм", "ar": "كون"},
           {"en": "totality consisting of space, time, matter and energy"}, ["cosmos"]),
    "Q5": ({"en": "human", "tr": "insan", "ru": "человек", "tt": "кеше", "ar": "إنسان"},
           {"en": "any member of Homo sapiens"}, ["person"]),
    "Q42": ({"en": "Douglas Adams", "tr": "Douglas Adams", "ru": "Дуглас Адамс"},
            {"en": "English writer and humourist (1952–2001)"}, ["Douglas Noël Adams"]),
    "Q64": ({"en": "Berlin", "tr": "Berlin", "ru": "Берлин", "tt": "Берлин", "ar": "برلين"},
            {"en": "capital and largest city of Germany"}, []),
    "Q90": ({"en": "Paris", "tr": "Paris", "ru": "Париж", "tt": "Париж", "ar": "باريس"},
            {"en": "capital city of France"}, ["City of Light"]),
    "Q406": ({"en": "Istanbul", "tr": "İstanbul", "ru": "Стамбул", "tt": "Истанбул",
              "ar": "إسطنبول"}, {"en": "largest city in Turkey"}, ["Constantinople"]),
    "Q649": ({"en": "Moscow", "tr": "Moskova", "ru": "Москва", "tt": "Мәскәү", "ar": "موسكو"},
             {"en": "capital and largest city of Russia", "ru": "столица России"}, []),
    "Q900": ({"en": "Kazan", "tr": "Kazan", "ru": "Казань", "tt": "Казан", "ar": "قازان"},
             {"en": "capital city of Tatarstan, Russia", "ru": "столица Татарстана"}, []),
}

#: languages this stand-in accepts (a real Wikibase knows hundreds; any other is badvalue)
LANGUAGES = frozenset({"en", "tr", "tt", "ru", "ar", "de", "fr", "es", "ba", "uk", "az"})
DEFAULT_LIMIT, MAX_LIMIT, MAX_CONTINUE = 7, 50, 50
ENTITY_URI = "http://www.wikidata.org/entity/"
HELP = "See http://127.0.0.1/w/api.php for API usage (Wikidata search stand-in)."


def _error(code: str, info: str) -> dict:
    return {"error": {"code": code, "info": info, "*": HELP}, "servedby": "wikidata-search-standin"}


def _label(qid: str, language: str) -> tuple[str, str] | None:
    labels = ITEMS[qid][0]
    for lang in (language, "en"):  # the fallback chain ends in English
        if lang in labels:
            return labels[lang], lang
    return None


def _description(qid: str, language: str) -> tuple[str, str] | None:
    texts = ITEMS[qid][1]
    for lang in (language, "en"):
        if lang in texts:
            return texts[lang], lang
    return None


def _match(qid: str, text: str, language: str, strict: bool) -> dict | None:
    """How ``qid`` matches ``text``: by id, label (asked language first) or alias."""
    wanted = text.casefold()
    if text.upper() == qid:
        return {"type": "entityId", "text": qid}
    labels, _, aliases = ITEMS[qid]
    order = [language] + ([] if strict else sorted(set(labels) - {language}))
    for lang in order:
        label = labels.get(lang)
        if label and label.casefold().startswith(wanted):
            return {"type": "label", "language": lang, "text": label}
    for alias in aliases if (language == "en" or not strict) else []:
        if alias.casefold().startswith(wanted):
            return {"type": "alias", "language": "en", "text": alias}
    return None


def search_entities(params: dict[str, str]) -> dict:
    """The answer of Wikibase's ``wbsearchentities`` to ``params``, for ``ITEMS``."""
    for name in ("search", "language"):
        if not params.get(name):
            return _error("missingparam", f'The "{name}" parameter must be set.')
    language = params["language"]
    if language not in LANGUAGES:
        return _error("badvalue", f'Unrecognized value for parameter "language": {language}.')
    if params.get("type", "item") != "item":
        return {"searchinfo": {"search": params["search"]}, "search": [], "success": 1}
    try:
        limit = min(int(params.get("limit", DEFAULT_LIMIT)), MAX_LIMIT)
        offset = int(params.get("continue", 0))
    except ValueError:
        return _error("badinteger", 'Invalid value for "limit" or "continue".')
    strict = "strictlanguage" in params
    display_language = params.get("uselang") or language
    found = []
    for qid in sorted(ITEMS, key=lambda q: int(q[1:])):
        match = _match(qid, params["search"].strip(), language, strict)
        if match is not None:
            found.append((match.get("language") != language, qid, match))
    found.sort(key=lambda row: row[0])
    entries = [_entry(qid, match, display_language) for _, qid, match in found]
    page = entries[offset:offset + limit]
    data: dict = {"searchinfo": {"search": params["search"]}, "search": page}
    if offset + limit < len(entries) and offset + limit <= MAX_CONTINUE:
        data["search-continue"] = offset + limit
    data["success"] = 1
    return data


def _entry(qid: str, match: dict, language: str) -> dict:
    entry: dict = {"id": qid, "title": qid, "pageid": 100000 + int(qid[1:]), "display": {},
                   "repository": "wikidata", "url": f"//www.wikidata.org/wiki/{qid}",
                   "concepturi": ENTITY_URI + qid}
    label, description = _label(qid, language), _description(qid, language)
    if label:
        entry["display"]["label"] = {"value": label[0], "language": label[1]}
        entry["label"] = label[0]
    if description:
        entry["display"]["description"] = {"value": description[0], "language": description[1]}
        entry["description"] = description[0]
    entry["match"] = match
    if match["type"] != "label" or (label and match["text"] != label[0]):
        entry["aliases"] = [match["text"]]
    return entry


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlparse(self.path)
        params = dict(parse_qsl(url.query, keep_blank_values=True))
        self.server.owner.requests.append({**params, "_path": url.path,
                                           "_user_agent": self.headers.get("User-Agent", "")})
        if url.path != "/w/api.php":
            self._send(404, {"error": {"code": "notfound", "info": url.path}})
        elif params.get("action") != "wbsearchentities":
            self._send(200, _error("badvalue", 'Unrecognized value for parameter "action": '
                                   f'{params.get("action", "")}.'))
        else:
            self._send(200, search_entities(params))

    def _send(self, status: int, data: dict) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if "error" in data:
            self.send_header("MediaWiki-API-Error", data["error"]["code"])
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet in tests
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: WikidataSearchStandIn


class WikidataSearchStandIn:
    """The stand-in server: ``start()``, ``url``, ``stop()``; ``start()`` again reuses the port,
    as a connection coming back would."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.requests: list[dict[str, str]] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/w/api.php"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> WikidataSearchStandIn:
        server = _Server(("127.0.0.1", self.port), _Handler)
        server.owner = self
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="wikidata-standin",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
