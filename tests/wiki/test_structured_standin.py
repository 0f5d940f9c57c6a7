"""wiki/structured.py: reading and writing MediaInfo through pywikibot, against the Wikibase
STAND-IN in front of the real sandbox wiki (tests/standin/wikibase_proxy.py), and its parsers
against real Wikibase answers kept in tests/data/wikibase/."""
from __future__ import annotations

import json
import pathlib
import urllib.parse
import urllib.request

import pytest
from wikitools import random_image, unique_title

from glamuploader.core.ports import StructuredDataError
from glamuploader.wiki import connect, url_target
from glamuploader.wiki.structured import NO_STRUCTURED_DATA, parse_entity, parse_error

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "wikibase"
CAPTION = {"labels": {"en": {"language": "en", "value": "A bridge"}}}


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def depicts(value: dict, prop: str = "P180") -> dict:
    return {"claims": [{"mainsnak": {"snaktype": "value", "property": prop, "datavalue": value},
                        "type": "statement", "rank": "normal"}]}


ITEM = {"type": "wikibase-entityid", "value": {"entity-type": "item", "numeric-id": 42, "id": "Q42"}}


@pytest.fixture(scope="module")
def standin_wiki(sandbox, wikibase_standin, pywikibot_dir):
    return connect(url_target(wikibase_standin.api_url), user=sandbox.bot_user,
                   password=sandbox.bot_password, config_dir=pywikibot_dir)


@pytest.fixture(scope="module")
def page_id(standin_wiki, tmp_path_factory) -> int:
    photo = random_image(tmp_path_factory.mktemp("sdc") / "bridge.jpg")
    outcome = standin_wiki.upload(str(photo), unique_title("Bridge"), text="A bridge.",
                                  comment="GLAM Uploader structured data test")
    assert outcome.uploaded
    return standin_wiki.existing_title(outcome.title).page_id


# --- parsers, on real answers ----------------------------------------------------------------

def test_an_entity_with_captions_and_statements_is_read_from_a_real_commons_answer():
    entity = parse_entity(load("wbgetentities_M74698470.json"), "M74698470")
    assert entity["type"] == "mediainfo" and entity["labels"]["en"]["value"].startswith("Chick Corea")
    assert [s["mainsnak"]["datavalue"]["value"]["id"] for s in entity["statements"]["P180"]] == [
        "Q192465", "Q453406"]


def test_a_file_without_structured_data_reads_as_missing():
    assert "missing" in parse_entity(load("wbgetentities_missing.json"), "M123456")


def test_an_api_error_keeps_its_code_and_names_the_wikibase_checks_that_failed():
    error = parse_error(load("wbeditentity_error_failed_save.json"))
    assert error.code == "failed-save"
    assert "wikibase-validator-label-conflict" in error.info
    assert parse_error({"success": 1}) is None


def test_an_answer_without_the_entity_is_a_bad_response_not_a_crash():
    with pytest.raises(StructuredDataError) as caught:
        parse_entity({"success": 1}, "M1")
    assert caught.value.code == "bad-response"


# --- a wiki without Wikibase ------------------------------------------------------------------

def test_a_plain_mediawiki_says_it_has_no_structured_data(wiki):
    with pytest.raises(StructuredDataError) as caught:
        wiki.existing_mediainfo(1)
    assert caught.value.code == NO_STRUCTURED_DATA


# --- through the stand-in ---------------------------------------------------------------------

def test_a_new_file_has_no_entity_then_one_edit_creates_it(standin_wiki, wikibase_standin, page_id):
    assert "missing" in standin_wiki.existing_mediainfo(page_id)
    standin_wiki.write_mediainfo(page_id, {**CAPTION, **depicts(ITEM)}, summary="test")
    entity = standin_wiki.existing_mediainfo(page_id)
    assert entity["id"] == f"M{page_id}" and entity["labels"]["en"]["value"] == "A bridge"
    assert entity["statements"]["P180"][0]["mainsnak"]["datavalue"] == ITEM
    edit = wikibase_standin.edits[-1]
    assert edit.accepted and edit.params["token"].endswith("+\\") and edit.params["bot"] == "1"


@pytest.mark.parametrize("data, code, message", [
    (depicts(ITEM, prop="P99999999"), "modification-failed", "wikibase-validator-no-such-property"),
    (depicts({"type": "string", "value": "Q42"}), "modification-failed", "wikibase-validator-bad-value-type"),
    (depicts({"type": "time", "value": {"time": "+2024-05-01T00:00:00Z", "timezone": 0, "before": 0,
                                         "after": 0, "precision": 12,
                                         "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}},
             prop="P571"), "modification-failed", "wikibase-validator-too-high"),
    ({"labels": {"xx-not-a-language": {"language": "xx-not-a-language", "value": "x"}}},
     "not-recognized-language", None),
    ({"labels": {"en": {"language": "de", "value": "x"}}}, "inconsistent-language", None),
    (depicts(ITEM, prop="X180"), "invalid-claim", None),
])
def test_the_standin_refuses_malformed_edits_with_the_codes_wikibase_uses(
        standin_wiki, wikibase_standin, page_id, data, code, message):
    before = wikibase_standin.entity(f"M{page_id}")
    with pytest.raises(StructuredDataError) as caught:
        standin_wiki.write_mediainfo(page_id, data, summary="test")
    assert caught.value.code == code
    if message:
        assert message in caught.value.info
    assert wikibase_standin.edits[-1].accepted is False
    assert wikibase_standin.entity(f"M{page_id}") == before


def test_an_edit_of_a_page_id_that_is_no_file_is_no_such_entity(standin_wiki):
    with pytest.raises(StructuredDataError) as caught:
        standin_wiki.write_mediainfo(987654321, CAPTION, summary="test")
    assert caught.value.code == "no-such-entity"


def _post(api_url: str, method: str = "POST", **params: str) -> dict:
    query = urllib.parse.urlencode({**params, "format": "json"})
    if method == "GET":
        request = urllib.request.Request(f"{api_url}?{query}")
    else:
        request = urllib.request.Request(api_url, data=query.encode(), method="POST")
    with urllib.request.urlopen(request, timeout=30) as resp:
        return json.load(resp)


def test_the_standin_refuses_requests_without_token_with_a_bad_token_a_get_or_bad_json(
        wikibase_standin, page_id):
    api, mid = wikibase_standin.api_url, f"M{page_id}"
    data = json.dumps(CAPTION)
    assert _post(api, action="wbeditentity", id=mid, data=data)["error"]["code"] == "missingparam"
    assert _post(api, action="wbeditentity", id=mid, data=data, token="0123abc+\\")["error"]["code"] == "badtoken"
    assert _post(api, "GET", action="wbeditentity", id=mid, data=data, token="+\\")["error"]["code"] == "mustbeposted"
    assert _post(api, action="wbeditentity", id="Q12x", data=data, token="+\\")["error"]["code"] == "invalid-entity-id"
    assert _post(api, action="wbeditentity", id=mid, data="{{{", token="+\\")["error"]["code"] == "invalid-json"


def test_everything_else_goes_through_to_the_real_sandbox_wiki(wikibase_standin, sandbox):
    through = _post(wikibase_standin.api_url, action="query", meta="siteinfo")
    direct = _post(sandbox.api_url, action="query", meta="siteinfo")
    # the same wiki answered both, but "time" is the server's clock at each answer: the two
    # can fall in different seconds
    through["query"]["general"].pop("time", None)
    direct["query"]["general"].pop("time", None)
    assert through["query"]["general"] == direct["query"]["general"]
    assert through["query"]["general"]["sitename"] == "GLAM Uploader Sandbox"
