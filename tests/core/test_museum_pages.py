"""Museum-object pages: {{Art Photo}} with two licences, {{Size}}, Creator and Q-id artists."""
from __future__ import annotations

from glamuploader.core.item import MediaItem, Metadata
from glamuploader.core.kit import TEMPLATES, Kit
from glamuploader.core.wikitext import render_page, template_fields


def test_a_photo_of_a_sculpture_carries_the_works_licence_and_the_photos():
    meta = Metadata(license="cc-by-sa-4.0", author="[[User:Aygul|Aygul]]", descriptions={"en": "Bronze bust, front"},
                    date="2026-05-14", represents_qid="Q12418", fields={"artwork license": "{{PD-old-100}}"})
    page = render_page(MediaItem("/walk/bust.jpg", meta=meta), Kit(description_template="Art Photo"))
    assert "Art Photo" in TEMPLATES
    for line in ("{{Art Photo", "|wikidata=Q12418", "|artwork license={{PD-old-100}}",
                 "|photo description={{en|1=Bronze bust, front}}", "|photo date=2026-05-14",
                 "|photographer=[[User:Aygul|Aygul]]", "|photo license={{self|cc-by-sa-4.0}}"):
        assert line in page.splitlines(), line
    section = page.split("=={{int:license-header}}==\n", 1)[1]
    assert section.startswith("{{PD-old-100}}\n{{self|cc-by-sa-4.0}}\n")   # the work's, then the photo's
    assert template_fields(Kit(description_template="Art Photo")) == ("wikidata", "artwork license")


def test_an_artwork_licence_cell_cannot_break_the_page():
    meta = Metadata(license="cc0", fields={"artwork license": "PD | }} [[Category:Spam]]"})
    page = render_page(MediaItem("/walk/a.jpg", meta=meta), Kit(description_template="Art Photo", tracking_category=False))
    assert "|artwork license=PD &#124; &#125;&#125; &#91;&#91;Category:Spam&#93;&#93;" in page
    assert "[[Category:Spam]]" not in page


def test_artwork_artist_as_creator_template_or_qid_and_dimensions_as_size():
    kit = Kit(description_template="Artwork")
    for artist in ("{{Creator:William Blake}}", "Q41513"):
        page = render_page(MediaItem("/s/a.jpg", meta=Metadata(license="pd-art", fields={
            "artist": artist, "dimensions": "support: 394 x 419 mm", "institution": "{{Institution:Tate}}"})), kit)
        assert f"|artist={artist}" in page and "|institution={{Institution:Tate}}" in page
        assert "|dimensions=support: {{Size|unit=mm|height=394|width=419}}" in page
    page = render_page(MediaItem("/s/a.jpg", meta=Metadata(license="pd-art", fields={"artist": "{{Template:Evil}}"})), kit)
    assert "|artist=&#123;&#123;Template:Evil&#125;&#125;" in page       # only Creator: templates pass


def test_an_institution_given_as_a_qid_is_the_collection_of_the_accession_number():
    from glamuploader.core.sdc import mediainfo, sdc_problems
    item = MediaItem("/s/A00001.jpg", meta=Metadata(license="pd-art", fields={
        "institution": "Q430682", "accession number": "A00001"}))
    kit = Kit(description_template="Artwork")
    [collection] = [c for c in mediainfo(item, kit)["claims"] if c["mainsnak"]["property"] == "P195"]
    assert collection["mainsnak"]["datavalue"]["value"]["id"] == "Q430682"
    assert collection["qualifiers"]["P217"][0]["datavalue"]["value"] == "A00001"
    assert "inventory-without-collection" not in {p.code for p in sdc_problems(item, kit)}
    item.meta.fields["institution"] = "{{Institution:Tate}}"          # a template is no Q-id
    assert "inventory-without-collection" in {p.code for p in sdc_problems(item, kit)}
