from __future__ import annotations

import hashlib
import urllib.request

from wikitools import MIB, api_get, noise, random_image, unique_title, upload_count


def sha1_of(path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()


def file_info(sandbox, title: str) -> dict:
    data = api_get(sandbox, action="query", titles=title, prop="revisions|imageinfo",
                   rvprop="content", rvslots="main", iiprop="sha1|size|url")
    return data["query"]["pages"][0]


def test_limits_list_the_file_types_a_glam_uploads(wiki):
    limits = wiki.limits()
    assert {"jpg", "jpeg", "png", "tif", "tiff", "pdf", "svg"} <= limits.extensions
    assert limits.max_upload_size == 1024 * MIB


def test_upload_puts_the_text_and_the_exact_bytes_on_the_wiki(wiki, sandbox, tmp_path):
    photo = random_image(tmp_path / "photo.jpg")
    title = unique_title("Town hall")
    text = "== Summary ==\nA town hall, photographed for a test.\n[[Category:Tests]]"
    outcome = wiki.upload(str(photo), title, text=text, comment="GLAM Uploader test")
    assert outcome.uploaded and outcome.error == ""
    page = file_info(sandbox, title)
    assert page["revisions"][0]["slots"]["main"]["content"] == text
    assert page["imageinfo"][0]["sha1"] == sha1_of(photo)
    # one request: the upload's answer has no page id; the upload service asks 50 at a time
    assert outcome.page_id is None
    assert wiki.existing_titles([title])[title].page_id == page["pageid"]
    assert outcome.url == wiki.page_url(title)
    with urllib.request.urlopen(page["imageinfo"][0]["url"], timeout=30) as resp:
        assert resp.read() == photo.read_bytes()


def test_same_bytes_under_another_title_are_refused_as_duplicate_and_nothing_is_published(
        wiki, sandbox, tmp_path):
    """A file in one piece: the upload's own ``duplicate`` warning refuses it (one request);
    the outcome names the existing file exactly as the check before sending would."""
    photo = random_image(tmp_path / "photo.jpg")
    first = wiki.upload(str(photo), unique_title("Original"), text="x", comment="first")
    uploads_before = upload_count(sandbox)
    second_title = unique_title("Copy")
    again = wiki.upload(str(photo), second_title, text="x", comment="second")
    assert not again.uploaded
    assert again.error == "duplicate-on-wiki" and "duplicate" in again.warnings
    assert [f.url for f in again.duplicate_of] == [first.url]
    assert upload_count(sandbox) == uploads_before
    assert wiki.existing_title(second_title) is None


def test_a_big_duplicate_is_refused_before_any_chunk_is_sent(wiki, sandbox, tmp_path):
    """A file sent in chunks is checked by SHA-1 first: its bandwidth is not spent in vain."""
    scan = tmp_path / "scan.png"
    noise((1100, 900)).save(scan)                  # about 3 MB: chunks of 1 MiB here
    assert wiki.sends_in_chunks(scan.stat().st_size)
    first = wiki.upload(str(scan), unique_title("Scan")[:-4] + ".png", text="x", comment="first")
    assert first.uploaded
    progress = []
    again = wiki.upload(str(scan), unique_title("Scan copy")[:-4] + ".png", text="x", comment="second",
                        on_progress=lambda sent, total: progress.append(sent))
    assert again.error == "duplicate-on-wiki" and [f.title for f in again.duplicate_of] == [first.title]
    assert progress == []                          # not one chunk was sent


def test_camera_name_is_reported_by_the_blacklist_before_upload(wiki, tmp_path):
    reason = wiki.blacklist_reason("File:IMG_1234.jpg")
    assert reason is not None and "I?MG[P_]?" in reason
    assert wiki.blacklist_reason("File:Rijksmuseum facade at dusk.jpg") is None
    outcome = wiki.upload(str(random_image(tmp_path / "IMG_1234.jpg")), "File:IMG_1234.jpg",
                          text="x", comment="camera name")
    assert (outcome.uploaded, outcome.error) == (False, "title-blacklisted")


def test_invisible_and_bidi_isolate_characters_are_reported_by_the_blacklist(wiki):
    # (MediaWiki itself strips U+200E, U+200F and U+202A-U+202E from titles)
    assert wiki.blacklist_reason("File:Photo\u2067gpj.exe.jpg") is not None
    assert wiki.blacklist_reason("File:Ams\u00adterdam.jpg") is not None


def test_file_over_the_chunk_threshold_goes_up_in_chunks_with_progress(wiki, sandbox, tmp_path):
    big = random_image(tmp_path / "big.png", size=(1100, 1000), fmt="PNG")
    size = big.stat().st_size
    assert size > 3 * MIB
    calls: list[tuple[int, int]] = []
    title = unique_title("Big scan", "png")
    outcome = wiki.upload(str(big), title, text="big", comment="chunked",
                          on_progress=lambda sent, total: calls.append((sent, total)))
    assert outcome.uploaded, outcome
    sent = [c[0] for c in calls]
    assert len(calls) >= 4                     # start, then one per 1 MiB chunk
    assert sent == sorted(set(sent))           # strictly increasing
    assert sent[-1] == size and all(total == size for _, total in calls)
    page = file_info(sandbox, title)
    assert page["imageinfo"][0]["sha1"] == sha1_of(big)
    assert page["imageinfo"][0]["size"] == size


def test_new_file_under_an_existing_title_is_refused_as_title_exists(wiki, tmp_path):
    title = unique_title("Taken")
    assert wiki.upload(str(random_image(tmp_path / "a.jpg")), title, text="a",
                       comment="a").uploaded
    other = wiki.upload(str(random_image(tmp_path / "b.jpg")), title, text="b", comment="b")
    assert (other.uploaded, other.error) == (False, "title-exists")
    assert "exists" in other.warnings
    assert wiki.existing_title(title).url == wiki.page_url(title)


def test_missing_file_is_reported_not_raised(wiki, tmp_path):
    outcome = wiki.upload(str(tmp_path / "gone.jpg"), unique_title("Gone"), text="x",
                          comment="x")
    assert (outcome.uploaded, outcome.error) == (False, "file-missing")


def test_the_wiki_renders_a_page_preview_without_saving_it(wiki, sandbox):
    from wikitools import upload_count
    before = upload_count(sandbox)
    html = wiki.render_html("== Heading ==\n'''Bold''' [[Category:Preview only]]", "File:Preview test.jpg")
    assert "<b>Bold</b>" in html and "Heading" in html
    assert upload_count(sandbox) == before


def test_the_accounts_upload_rate_limit_is_read_from_the_wiki(wiki):
    from glamuploader.core.pacing import RateLimit
    assert wiki.upload_rate_limit() == RateLimit(1000, 60.0)   # what the sandbox's settings allow
