"""The MediaInfo entity of an item: captions and statements as Commons stores them, what is
already on the wiki left alone, and the checks of the fields only structured data uses."""
from __future__ import annotations

import json
import pathlib

from glamuploader.core.item import FileFacts, GeoPoint, MediaItem, Metadata
from glamuploader.core.kit import Kit
from glamuploader.core.sdc import mediainfo, missing_parts, sdc_problems

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "wikibase"
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"


def item(name="vase.jpg", gps=None, taken=None, **meta) -> MediaItem:
    return MediaItem(path=f"/museum/{name}", facts=FileFacts(kind="jpg", gps=gps, taken=taken),
                     meta=Metadata(**meta))


def claims_of(data: dict, prop: str) -> list[dict]:
    return [c for c in data["claims"] if c["mainsnak"]["property"] == prop]


def entity_ids(data: dict, prop: str) -> list[str]:
    return [c["mainsnak"]["datavalue"]["value"]["id"] for c in claims_of(data, prop)]


def test_captions_become_labels_in_every_language_including_right_to_left_arabic():
    data = mediainfo(item(captions={"en": "Kazan Kremlin", "ar": "كرملين  قازان", "tt": "Казан Кремле",
                                    "de": "  "}), Kit())
    assert data["labels"] == {"en": {"language": "en", "value": "Kazan Kremlin"},
                              "ar": {"language": "ar", "value": "كرملين قازان"},
                              "tt": {"language": "tt", "value": "Казан Кремле"}}


def test_kit_captions_and_depicts_are_defaults_the_item_adds_to_or_overrides():
    kit = Kit(captions={"en": "A vase", "ru": "Ваза"}, depicts=["Q191851"])
    data = mediainfo(item(captions={"en": "Blue vase"}, depicts=["Q1088", "Q191851"]), kit)
    assert data["labels"]["en"]["value"] == "Blue vase" and data["labels"]["ru"]["value"] == "Ваза"
    assert entity_ids(data, "P180") == ["Q191851", "Q1088"]


def test_depicts_statement_has_the_exact_wikibase_item_shape():
    assert claims_of(mediainfo(item(depicts=["Q42"]), Kit()), "P180") == [{
        "mainsnak": {"snaktype": "value", "property": "P180", "datavalue": {
            "type": "wikibase-entityid", "value": {"entity-type": "item", "numeric-id": 42, "id": "Q42"}}},
        "type": "statement", "rank": "normal"}]


def test_creator_without_an_item_is_somevalue_with_name_username_and_url_qualifiers():
    data = mediainfo(item(author="[[User:Aygul Sh|Aygul Sharipova]]",
                          creator_url="https://example.org/aygul"), Kit())
    [creator] = claims_of(data, "P170")
    assert creator["mainsnak"] == {"snaktype": "somevalue", "property": "P170"}
    assert creator["qualifiers-order"] == ["P2093", "P4174", "P2699"]
    values = {p: q[0]["datavalue"] for p, q in creator["qualifiers"].items()}
    assert values == {"P2093": {"type": "string", "value": "Aygul Sharipova"},
                      "P4174": {"type": "string", "value": "Aygul Sh"},
                      "P2699": {"type": "string", "value": "https://example.org/aygul"}}


def test_creator_with_a_wikidata_item_is_that_item_and_the_kit_can_set_it_for_the_batch():
    data = mediainfo(item(author="Museum photographer"), Kit(creator_qid="Q5593"))
    [creator] = claims_of(data, "P170")
    assert creator["mainsnak"]["datavalue"]["value"]["id"] == "Q5593" and "qualifiers" not in creator


def test_licence_and_copyright_status_come_from_the_licence_catalogue():
    data = mediainfo(item(license="cc-by-sa-4.0", author="Ann"), Kit())
    assert entity_ids(data, "P275") == ["Q18199165"] and entity_ids(data, "P6216") == ["Q50423863"]
    cc0 = mediainfo(item(license="cc0", author="Ann"), Kit())
    assert entity_ids(cc0, "P275") == ["Q6938433"] and entity_ids(cc0, "P6216") == ["Q88088423"]
    pd = mediainfo(item(license="pd-old-70", source="Museum archive"), Kit())
    assert entity_ids(pd, "P275") == [] and entity_ids(pd, "P6216") == ["Q19652"]


def test_source_is_own_work_or_a_web_address_described_at_url():
    own = mediainfo(item(license="cc-by-4.0"), Kit())
    assert entity_ids(own, "P7482") == ["Q66458942"]
    web = mediainfo(item(license="cc-by-sa-3.0", source="https://museum.example/objects/7"), Kit())
    [source] = claims_of(web, "P7482")
    assert source["mainsnak"]["datavalue"]["value"]["id"] == "Q74228490"
    assert source["qualifiers"]["P973"][0]["datavalue"] == {"type": "string",
                                                              "value": "https://museum.example/objects/7"}
    assert claims_of(mediainfo(item(license="cc-by-sa-3.0", source="Museum archive"), Kit()), "P7482") == []


def test_inception_has_day_month_or_year_precision_with_zeros_for_what_is_unknown():
    def inception(date: str) -> dict:
        return claims_of(mediainfo(item(date=date), Kit()), "P571")[0]["mainsnak"]["datavalue"]["value"]
    assert inception("2024-05-01") == {"time": "+2024-05-01T00:00:00Z", "timezone": 0, "before": 0,
                                       "after": 0, "precision": 11, "calendarmodel": GREGORIAN}
    assert (inception("2024-05")["time"], inception("2024-05")["precision"]) == ("+2024-05-00T00:00:00Z", 10)
    assert (inception("1890")["time"], inception("1890")["precision"]) == ("+1890-00-00T00:00:00Z", 9)
    assert inception("2026:05:14 19:42:10")["time"] == "+2026-05-14T00:00:00Z"
    assert claims_of(mediainfo(item(date="not a date"), Kit()), "P571") == []


def test_date_taken_from_the_camera_is_the_inception_when_no_date_is_given():
    data = mediainfo(item(taken="2025-12-31T23:59:59+03:00"), Kit())
    assert claims_of(data, "P571")[0]["mainsnak"]["datavalue"]["value"]["time"] == "+2025-12-31T00:00:00Z"


def test_gps_becomes_point_of_view_and_the_depicted_place_its_own_statement():
    data = mediainfo(item(gps=GeoPoint(55.798333, 49.105278, 60.0, 310.0),
                          depicted_location=GeoPoint(55.8, 49.106)), Kit())
    [view] = claims_of(data, "P1259")
    assert view["mainsnak"]["datavalue"] == {"type": "globecoordinate", "value": {
        "latitude": 55.798333, "longitude": 49.105278, "altitude": None, "precision": 1e-05,
        "globe": "http://www.wikidata.org/entity/Q2"}}
    [place] = claims_of(data, "P9149")
    assert (place["mainsnak"]["datavalue"]["value"]["latitude"], place["mainsnak"]["datavalue"]["value"]["longitude"]) == (55.8, 49.106)


def test_a_location_the_user_set_wins_over_gps_and_an_impossible_one_is_not_sent():
    data = mediainfo(item(gps=GeoPoint(1.0, 2.0), location=GeoPoint(3.0, 4.0)), Kit())
    assert claims_of(data, "P1259")[0]["mainsnak"]["datavalue"]["value"]["latitude"] == 3.0
    assert claims_of(mediainfo(item(location=GeoPoint(95.0, 4.0)), Kit()), "P1259") == []


def test_collection_carries_the_inventory_number_and_artwork_is_digital_representation_of():
    data = mediainfo(item(collection_qid="Q4233718", inventory_number="KP 1/23",
                          represents_qid="Q12418"), Kit())
    [collection] = claims_of(data, "P195")
    assert collection["mainsnak"]["datavalue"]["value"]["id"] == "Q4233718"
    assert collection["qualifiers"] == {"P217": [{"snaktype": "value", "property": "P217",
                                                  "datavalue": {"type": "string", "value": "KP 1/23"}}]}
    assert entity_ids(data, "P6243") == ["Q12418"]


def test_the_accession_number_museum_field_is_the_inventory_number_when_none_is_given():
    data = mediainfo(item(collection_qid="Q4233718", fields={"Accession number": "A-7"}), Kit())
    assert claims_of(data, "P195")[0]["qualifiers"]["P217"][0]["datavalue"]["value"] == "A-7"


def test_nothing_known_gives_an_entity_with_nothing_to_send():
    data = mediainfo(item(), Kit())
    assert data == {"labels": {}, "claims": []}
    assert missing_parts(data, None) == {}


def test_missing_parts_of_an_entity_without_structured_data_is_everything():
    wanted = mediainfo(item(captions={"en": "Vase"}, depicts=["Q1088"]), Kit())
    missing = json.loads((DATA / "wbgetentities_missing.json").read_text())["entities"]["M123456"]
    assert missing_parts(wanted, missing) == wanted


def test_missing_parts_never_overwrite_a_caption_edited_on_the_wiki_and_skip_statements_present():
    existing = json.loads((DATA / "wbgetentities_M74698470.json").read_text())["entities"]["M74698470"]
    wanted = mediainfo(item(captions={"en": "My caption", "ar": "تعليق"}, depicts=["Q192465", "Q1088"],
                            date="2014-07-25", license="cc-by-sa-4.0", author="[[User:Vidartereyes|Vidartereyes]]"),
                       Kit())
    missing = missing_parts(wanted, existing)
    assert missing["labels"] == {"ar": {"language": "ar", "value": "تعليق"}}
    assert [(c["mainsnak"]["property"], c["mainsnak"].get("datavalue", {}).get("value", {}).get("id"))
            for c in missing["claims"]] == [("P180", "Q1088")]


def test_missing_parts_compare_main_values_ignoring_ids_hashes_ranks_and_qualifiers():
    wanted = mediainfo(item(date="2024-05", gps=GeoPoint(55.798333, 49.105278), author="Ann"), Kit())
    stored = json.loads(json.dumps(wanted["claims"]))
    for n, claim in enumerate(stored):
        claim.update(id=f"M1${n}", rank="preferred")
        claim["mainsnak"]["hash"] = "abc"
        claim.pop("qualifiers", None)
    by_property: dict = {}
    for claim in stored:
        by_property.setdefault(claim["mainsnak"]["property"], []).append(claim)
    assert missing_parts(wanted, {"id": "M1", "labels": {}, "statements": by_property}) == {}
    other_month = mediainfo(item(date="2024-06", gps=GeoPoint(55.798333, 49.105278), author="Ann"), Kit())
    assert [c["mainsnak"]["property"] for c in missing_parts(other_month, {"statements": by_property})["claims"]] == ["P571"]


def test_structured_data_fields_are_checked_with_their_own_problem_codes():
    bad = item(creator_qid="Ann", collection_qid="", represents_qid="Q0", creator_url="example.org",
               creator_username="Ann|x", inventory_number="KP 1", depicted_location=GeoPoint(91.0, 0.0),
               captions={"en": "x" * 251})
    found = {(p.code, p.field) for p in sdc_problems(bad, Kit())}
    assert found == {("sdc-value-invalid", "creator_qid"), ("sdc-value-invalid", "represents_qid"),
                     ("sdc-value-invalid", "creator_url"), ("sdc-value-invalid", "creator_username"),
                     ("sdc-value-invalid", "depicted_location"),
                     ("inventory-without-collection", "inventory_number"), ("caption-too-long", "captions")}
    assert sdc_problems(item(creator_qid="Q5593", collection_qid="Q1", inventory_number="1"), Kit()) == []


def test_every_problem_code_of_structured_data_has_a_severity_and_words():
    from glamuploader.core.problems import CODES
    from glamuploader.messages import PROBLEMS
    for code in ("sdc-value-invalid", "inventory-without-collection", "caption-too-long"):
        assert code in CODES and code in PROBLEMS
