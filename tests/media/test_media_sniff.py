from __future__ import annotations

import gzip

import pytest
from corpus import (SIGNATURES, binary_stl, make_gif, make_jpeg, make_pdf, make_png, make_svg,
                    make_tiff, make_wav, make_webp)

from glamuploader.media.sniff import Detected, extension_agrees, sniff


def head(path: str) -> tuple[bytes, int]:
    with open(path, "rb") as fh:
        data = fh.read()
    return data[:4096], len(data)


@pytest.mark.parametrize("maker, mime, ext", [
    (make_jpeg, "image/jpeg", "jpg"), (make_png, "image/png", "png"),
    (make_gif, "image/gif", "gif"), (make_tiff, "image/tiff", "tif"),
    (make_webp, "image/webp", "webp"), (make_svg, "image/svg+xml", "svg"),
    (make_pdf, "application/pdf", "pdf"), (make_wav, "audio/wav", "wav"),
])
def test_images_and_documents_are_recognised_by_content_whatever_their_name(tmp_path, maker, mime, ext):
    data, size = head(maker(tmp_path / "no-extension"))
    assert sniff(data, size=size) == Detected(mime, ext)


@pytest.mark.parametrize("kind", sorted(SIGNATURES))
def test_other_kinds_commons_accepts_are_recognised(kind):
    data = SIGNATURES[kind]
    detected = sniff(data, size=len(data))
    assert detected is not None and detected.ext == kind


def test_binary_stl_is_recognised_by_its_triangle_count():
    data = binary_stl()
    assert sniff(data, size=len(data)).ext == "stl"
    assert sniff(data, size=len(data) + 1) is None


def test_svg_root_after_declaration_doctype_and_comments_is_svg(tmp_path):
    data, size = head(make_svg(tmp_path / "a.svg", preamble=True))
    assert sniff(data, size=size).ext == "svg"
    bare, size = head(make_svg(tmp_path / "b.svg", preamble=False))
    assert sniff(bare, size=size).ext == "svg"


def test_xml_that_is_not_svg_and_plain_text_are_unknown():
    assert sniff(b"<?xml version='1.0'?>\n<html><svg/></html>") is None
    assert sniff(b"<?xml version='1.0'?>\n<!-- <svg> in a comment -->\n<rss/>") is None
    assert sniff(b"Just some words about <svg> files.\n") is None
    assert sniff(gzip.compress(b"<svg/>")) is None
    assert sniff(b"") is None


def test_utf16_svg_with_bom_is_svg():
    data = "\ufeff<?xml version='1.0' encoding='UTF-16'?><svg xmlns='x'/>".encode("utf-16-le")
    assert sniff(data).ext == "svg"


def test_mp3_without_id3_tag_is_recognised_by_its_frame_header():
    assert sniff(b"\xff\xfb\x90\x64" + b"\x00" * 400).ext == "mp3"


def test_a_jpeg_is_not_taken_for_mp3_frame_sync():
    assert sniff(b"\xff\xd8\xff\xe0" + b"\x00" * 100).ext == "jpg"
    assert sniff(b"\xff\xf1\x50\x80" + b"\x00" * 100) is None  # AAC ADTS, layer bits 00


@pytest.mark.parametrize("extension, kind", [
    ("jpg", "jpg"), ("JPEG", "jpg"), (".jpe", "jpg"), ("tiff", "tif"), ("TIF", "tif"),
    ("ogg", "opus"), ("oga", "oga"), ("ogg", "ogv"), ("midi", "mid"), ("djv", "djvu"),
])
def test_extensions_that_name_the_same_kind_agree(extension, kind):
    assert extension_agrees(extension, kind)


@pytest.mark.parametrize("extension, kind", [
    ("jpg", "png"), ("png", "jpg"), ("", "jpg"), ("ogv", "oga"), ("opus", "ogv"), ("tif", "jpg"),
])
def test_extensions_of_another_kind_disagree(extension, kind):
    assert not extension_agrees(extension, kind)
