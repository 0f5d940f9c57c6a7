"""Whatever a user types, the batch file gives it back exactly (hypothesis)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, GeoPoint, ItemState, MediaItem, Metadata, UploadRecord
from glamuploader.core.kit import Kit
from glamuploader.store.batchfile import load_batch, save_batch

# any text a person can type, including YAML's own syntax, quotes, RTL and control characters
# (YAML can carry every character except a few that are never in user text: surrogates, NUL)
texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
names = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\\x00"),
                min_size=1, max_size=20).filter(lambda s: s not in (".", ".."))
points = st.builds(GeoPoint, st.floats(-90, 90), st.floats(-180, 180),
                   st.none() | st.floats(-400, 9000), st.none() | st.floats(0, 360))
metas = st.builds(
    Metadata, title=texts, descriptions=st.dictionaries(st.sampled_from(["en", "tr", "ar", "tt"]), texts),
    captions=st.dictionaries(st.sampled_from(["en", "ru", "azb"]), texts), date=texts, author=texts,
    source=texts, license=st.sampled_from(["", "cc0", "cc-by-sa-4.0"]), categories=st.lists(texts, max_size=3),
    depicts=st.lists(st.from_regex(r"Q[1-9][0-9]{0,6}", fullmatch=True), max_size=3),
    location=st.none() | points, templates=st.lists(texts, max_size=2),
    fields=st.dictionaries(st.sampled_from(["accession number", "medium"]), texts))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meta=metas, name=names, kit_text=texts, state=st.sampled_from(list(ItemState)))
def test_a_saved_batch_loads_back_exactly_whatever_the_user_typed(meta, name, kit_text, state):
    with tempfile.TemporaryDirectory() as folder:
        item = MediaItem(str(Path(folder) / f"{name}.jpg"), FileFacts(size=5, sha1="b" * 40, kind="jpg"), meta,
                         UploadRecord(state=state, page_title=kit_text))
        batch = Batch(items=[item], kit=Kit(name=kit_text, author=kit_text, categories=[kit_text]),
                      path=str(Path(folder) / "b.glam.yaml"))
        save_batch(batch)
        again = load_batch(batch.path)
        expected_state = ItemState.NEW if state is ItemState.UPLOADING else state
        assert again.items[0].meta == meta
        assert again.items[0].path == item.path
        assert again.items[0].upload.state is expected_state
        assert again.kit.name == kit_text and again.kit.categories == [kit_text]
