"""A STAND-IN for Wikibase/WikibaseMediaInfo, for tests: a reverse proxy in front of the real
sandbox MediaWiki that answers the structured-data API itself.

Wikibase cannot be installed here, so this small HTTP server on 127.0.0.1 speaks the subset
of the Wikibase API that GLAM Uploader uses — ``action=wbgetentities`` (``ids=M…``) and
``action=wbeditentity`` (``id=M…``, ``data``, ``token``, POST) — from an in-memory store of
MediaInfo entities keyed by ``M<page id>``. Every other request (login, tokens, uploads in
chunks, queries, cookies) is forwarded byte for byte to the real sandbox wiki, so pywikibot
talks to the proxy URL as if it were the wiki and the upload and structured-data code paths
are those used for Commons.

What it checks, and the error it answers with, as Wikibase does (sources: Wikibase
``repo/tests/phpunit/includes/Api/EditEntityTest.php`` ``provideExceptionData``, the term
checks of ``EditEntity``/``TermSerializationValidator``, ``ValidatorBuilders::buildTimeValidators``
and the ``wikibase-validator-*`` messages of ``repo/i18n``, found with the code search):

* ``invalid-entity-id``: the id is not ``M`` + digits; ``no-such-entity``: no file page has
  that page id (asked of the real wiki);
* ``missingparam`` (no ``data`` or no ``token``: MediaWiki 1.39's code), ``badtoken`` (the
  token is checked with the real wiki's ``action=checktoken`` and the client's cookies),
  ``mustbeposted`` for a GET;
* ``invalid-json``, ``not-recognized-array`` (data not an object), ``not-recognized`` (an
  unknown top-level key);
* labels: ``missing-language``, ``inconsistent-language``, ``not-recognized-language`` (not a
  language the wiki knows, from its siteinfo), ``not-recognized-string``;
  ``modification-failed`` + ``wikibase-validator-label-too-long`` over 250 characters;
* statements: ``invalid-claim`` (malformed statement or snak, property id not ``P`` + digits),
  ``modification-failed`` with the message ``wikibase-validator-no-such-property`` (a property
  it does not know), ``wikibase-validator-bad-value-type`` (a data value of the wrong type for
  the property), ``wikibase-validator-too-high`` / ``-too-low`` (time precision outside 0…11),
  ``wikibase-validator-malformed-value`` (a time that does not end in ``T00:00:00Z``, a
  coordinate off the globe or without a precision, an item id that is not one).

``fail_next(n)`` makes the next ``n`` edits fail with ``modification-failed`` (as a save
conflict or a server-side failure would), to test what happens after an upload.
"""
from __future__ import annotations

import json
import re
import threading
import urllib.parse
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .forwarding import forward

#: the datatypes of the properties the stand-in knows (as on Wikidata), and their value types
PROPERTIES = {
    "P180": "wikibase-item", "P170": "wikibase-item", "P275": "wikibase-item",
    "P6216": "wikibase-item", "P7482": "wikibase-item", "P6243": "wikibase-item",
    "P195": "wikibase-item", "P3831": "wikibase-item", "P276": "wikibase-item",
    "P137": "wikibase-item", "P2093": "string", "P217": "string", "P4174": "external-id",
    "P2699": "url", "P973": "url", "P571": "time", "P1259": "globe-coordinate",
    "P9149": "globe-coordinate",
}
VALUE_TYPES = {"wikibase-item": "wikibase-entityid", "string": "string", "external-id": "string",
               "url": "string", "time": "time", "globe-coordinate": "globecoordinate"}
LABEL_LIMIT = 250
RANKS = ("normal", "preferred", "deprecated")


class ApiFailure(Exception):
    def __init__(self, code: str, info: str, message: str | None = None) -> None:
        super().__init__(code)
        self.code, self.info, self.message = code, info, message

    def body(self) -> dict:
        error: dict = {"code": self.code, "info": self.info}
        if self.message:
            error["messages"] = [{"name": self.message, "parameters": [], "html": {"*": self.info}}]
        return {"error": error}


@dataclass
class Edit:
    """One ``wbeditentity`` the stand-in received (and accepted or refused)."""

    id: str
    data: object
    summary: str
    params: dict
    accepted: bool
    error: str = ""


@dataclass
class Store:
    entities: dict[str, dict] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    reads: list[str] = field(default_factory=list)
    fail_edits: int = 0
    revision: int = 1000


class WikibaseStandIn:
    """``with WikibaseStandIn(target_server) as standin: standin.api_url …``"""

    def __init__(self, target_server: str) -> None:
        parsed = urllib.parse.urlparse(target_server)
        self.target_host, self.target_port = parsed.hostname or "127.0.0.1", parsed.port or 80
        self.store = Store()
        self.lock = threading.Lock()
        self._languages: set[str] | None = None
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> WikibaseStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def server(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.server + "/api.php"

    @property
    def edits(self) -> list[Edit]:
        return list(self.store.edits)

    def entity(self, mid: str) -> dict | None:
        with self.lock:
            found = self.store.entities.get(mid)
            return json.loads(json.dumps(found)) if found else None

    def fail_next(self, n: int) -> None:
        with self.lock:
            self.store.fail_edits = n

    def forward(self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
                ) -> tuple[int, list[tuple[str, str]], bytes]:
        return forward(self.target_host, self.target_port, method, path, headers, body)

    def ask_wiki(self, params: dict, cookie: str = "") -> dict:
        body = urllib.parse.urlencode({**params, "format": "json"}).encode()
        headers = [("Content-Type", "application/x-www-form-urlencoded")]
        if cookie:
            headers.append(("Cookie", cookie))
        _status, _h, data = self.forward("POST", "/api.php", headers, body)
        return json.loads(data)

    def languages(self) -> set[str]:
        if self._languages is None:
            data = self.ask_wiki({"action": "query", "meta": "siteinfo", "siprop": "languages"})
            self._languages = {lang["code"] for lang in data["query"]["languages"]}
        return self._languages

    def file_page_exists(self, page_id: int) -> bool:
        data = self.ask_wiki({"action": "query", "pageids": str(page_id)})
        page = data.get("query", {}).get("pages", {}).get(str(page_id), {})
        return "missing" not in page and page.get("ns") == 6

    # --- the API subset -----------------------------------------------------------------
    def wbgetentities(self, params: dict) -> dict:
        out = {}
        for mid in [i for i in params.get("ids", "").split("|") if i]:
            if not re.fullmatch(r"M[1-9]\d*", mid):
                raise ApiFailure("no-such-entity", f'Could not find an entity with the ID "{mid}".')
            with self.lock:
                self.store.reads.append(mid)
                found = self.store.entities.get(mid)
            out[mid] = json.loads(json.dumps(found)) if found else {"id": mid, "missing": ""}
        return {"entities": out, "success": 1}

    def wbeditentity(self, params: dict, method: str, cookie: str) -> dict:
        mid = params.get("id", "")
        raw = params.get("data")
        try:
            if method != "POST":
                raise ApiFailure("mustbeposted", 'The "wbeditentity" module requires a POST request.')
            if not re.fullmatch(r"M[1-9]\d*", mid):
                raise ApiFailure("invalid-entity-id", "Invalid entity ID.")
            if raw is None:
                raise ApiFailure("missingparam", 'The "data" parameter must be set.')
            if "token" not in params:
                raise ApiFailure("missingparam", 'The "token" parameter must be set.')
            check = self.ask_wiki({"action": "checktoken", "type": "csrf", "token": params["token"]}, cookie)
            if check.get("checktoken", {}).get("result") != "valid":
                raise ApiFailure("badtoken", "Invalid CSRF token.")
            if not self.file_page_exists(int(mid[1:])):
                raise ApiFailure("no-such-entity", f'Could not find an entity with the ID "{mid}".')
            data = _parse_data(raw)
            labels = self.check_labels(data.get("labels", {}))
            claims = check_claims(data.get("claims", data.get("statements", [])))
            with self.lock:
                if self.store.fail_edits > 0:
                    self.store.fail_edits -= 1
                    raise ApiFailure("modification-failed", "The save has failed (stand-in: told to fail).",
                                     "wikibase-api-failed-save")
                entity = self.apply(mid, labels, claims)
                self.store.edits.append(Edit(mid, data, params.get("summary", ""), params, True))
            return {"entity": entity, "success": 1}
        except ApiFailure as failure:
            try:
                parsed: object = json.loads(raw) if raw is not None else None
            except ValueError:
                parsed = raw
            with self.lock:
                self.store.edits.append(Edit(mid, parsed, params.get("summary", ""), params, False,
                                             failure.code))
            raise

    def check_labels(self, labels: object) -> dict:
        if not isinstance(labels, dict):
            raise ApiFailure("not-recognized-array", "An array was expected for labels.")
        for code, term in labels.items():
            if not isinstance(term, dict) or "language" not in term:
                raise ApiFailure("missing-language", f"'language' was not found in term serialization for {code}")
            if term["language"] != code:
                raise ApiFailure("inconsistent-language",
                                 f"inconsistent language: {code} is not equal to {term['language']}")
            if code not in self.languages():
                raise ApiFailure("not-recognized-language", f"Unknown language: {code}")
            if "remove" not in term and not isinstance(term.get("value"), str):
                raise ApiFailure("not-recognized-string", "A string was expected, but not found in the json")
            if len(term.get("value", "")) > LABEL_LIMIT:
                raise ApiFailure("modification-failed", f"Must be no more than {LABEL_LIMIT} characters long",
                                 "wikibase-validator-label-too-long")
        return labels

    def apply(self, mid: str, labels: dict, claims: list[dict]) -> dict:
        entity = self.store.entities.setdefault(
            mid, {"pageid": int(mid[1:]), "ns": 6, "type": "mediainfo", "id": mid,
                  "labels": {}, "descriptions": {}, "statements": {}})
        for code, term in labels.items():
            if "remove" in term or term.get("value") == "":
                entity["labels"].pop(code, None)
            else:
                entity["labels"][code] = {"language": code, "value": term["value"]}
        for claim in claims:
            stored = dict(claim, id=f"{mid}${uuid.uuid4()}")
            stored.setdefault("rank", "normal")
            entity["statements"].setdefault(claim["mainsnak"]["property"], []).append(stored)
        self.store.revision += 1
        entity["lastrevid"] = self.store.revision
        return json.loads(json.dumps(entity))


def _parse_data(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except ValueError:
        raise ApiFailure("invalid-json", "Could not parse the JSON.") from None
    if isinstance(data, list):
        raise ApiFailure("not-recognized-string", "An array was expected, but not found in the json")
    if not isinstance(data, dict):
        raise ApiFailure("not-recognized-array", "An array was expected, but not found in the json")
    for key in data:
        if key not in ("labels", "descriptions", "claims", "statements", "id", "type"):
            raise ApiFailure("not-recognized", f"Unknown key in json: {key}")
    return data


def check_claims(claims: object) -> list[dict]:
    if isinstance(claims, dict):
        claims = [c for group in claims.values() for c in (group if isinstance(group, list) else [])]
    if not isinstance(claims, list):
        raise ApiFailure("invalid-claim", "Claims must be a list")
    for claim in claims:
        if not isinstance(claim, dict) or not isinstance(claim.get("mainsnak"), dict):
            raise ApiFailure("invalid-claim", "Statement serialization has no mainsnak")
        if claim.get("type", "statement") != "statement" or claim.get("rank", "normal") not in RANKS:
            raise ApiFailure("invalid-claim", "Invalid statement type or rank")
        _check_snak(claim["mainsnak"])
        for prop, snaks in (claim.get("qualifiers") or {}).items():
            for q in snaks:
                if q.get("property") != prop:
                    raise ApiFailure("invalid-claim", f"Qualifier property {q.get('property')} is not {prop}")
                _check_snak(q)
    return claims


def _check_snak(snak: dict) -> None:
    prop, kind = snak.get("property"), snak.get("snaktype")
    if not isinstance(prop, str) or not re.fullmatch(r"P[1-9]\d*", prop):
        raise ApiFailure("invalid-claim", f"'{prop}' is not a valid property ID")
    if kind not in ("value", "somevalue", "novalue"):
        raise ApiFailure("invalid-claim", f"Unknown snak type {kind}")
    if prop not in PROPERTIES:
        raise ApiFailure("modification-failed", f"Property {prop} not found",
                         "wikibase-validator-no-such-property")
    if kind != "value":
        return
    datavalue = snak.get("datavalue")
    if not isinstance(datavalue, dict) or "type" not in datavalue or "value" not in datavalue:
        raise ApiFailure("invalid-claim", "A value snak needs a datavalue with type and value")
    expected = VALUE_TYPES[PROPERTIES[prop]]
    if datavalue["type"] != expected:
        raise ApiFailure("modification-failed", f"Bad value type {datavalue['type']}, expected {expected}",
                         "wikibase-validator-bad-value-type")
    _check_value(expected, datavalue["value"])


def _malformed(what: str) -> ApiFailure:
    return ApiFailure("modification-failed", f"Malformed value: {what}", "wikibase-validator-malformed-value")


def _check_value(kind: str, value: object) -> None:
    if kind == "string":
        if not isinstance(value, str) or not value.strip():
            raise _malformed(repr(value))
    elif kind == "wikibase-entityid":
        if not isinstance(value, dict) or value.get("entity-type") != "item":
            raise _malformed(repr(value))
        qid = value.get("id") or f"Q{value.get('numeric-id')}"
        if not re.fullmatch(r"Q[1-9]\d*", str(qid)) or (
                "numeric-id" in value and f"Q{value['numeric-id']}" != qid):
            raise _malformed(repr(value))
    elif kind == "time":
        if not isinstance(value, dict) or not isinstance(value.get("time"), str):
            raise ApiFailure("invalid-claim", "A time value needs a time string")
        if not re.fullmatch(r"[-+]\d{1,16}-(0\d|1[012])-([012]\d|3[01])T00:00:00Z", value["time"]):
            raise _malformed(value["time"])
        precision = value.get("precision")
        if not isinstance(precision, int) or isinstance(precision, bool):
            raise ApiFailure("invalid-claim", "The precision must be an integer")
        if precision > 11:
            raise ApiFailure("modification-failed", "Value too high", "wikibase-validator-too-high")
        if precision < 0:
            raise ApiFailure("modification-failed", "Value too low", "wikibase-validator-too-low")
    elif kind == "globecoordinate":
        if not isinstance(value, dict):
            raise _malformed(repr(value))
        lat, lon, precision = value.get("latitude"), value.get("longitude"), value.get("precision")
        if not all(isinstance(v, (int, float)) for v in (lat, lon, precision)) or precision <= 0:
            raise _malformed(repr(value))
        if not (-90 <= lat <= 90 and -360 <= lon <= 360) or not str(value.get("globe", "")).startswith("http"):
            raise _malformed(repr(value))


def _handler(standin: WikibaseStandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            return

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            query = urllib.parse.urlsplit(self.path).query
            params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
            ctype = self.headers.get("Content-Type", "")
            if self.command == "POST" and ctype.startswith("application/x-www-form-urlencoded"):
                params.update(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            action = params.get("action")
            if action in ("wbgetentities", "wbeditentity"):
                try:
                    if action == "wbgetentities":
                        answer = standin.wbgetentities(params)
                    else:
                        answer = standin.wbeditentity(params, self.command,
                                                      self.headers.get("Cookie", ""))
                except ApiFailure as failure:
                    answer = failure.body()
                payload = json.dumps(answer, ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                if "error" in answer:
                    self.send_header("MediaWiki-API-Error", answer["error"]["code"])
                self.end_headers()
                self.wfile.write(payload)
                return
            status, headers, data = standin.forward(self.command, self.path, list(self.headers.items()), body)
            self.log_request(status)
            self.send_response_only(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_HEAD = _serve

    return Handler
