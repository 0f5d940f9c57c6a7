"""The structured-data fields of items, kits and upload records survive a save and a load."""
from __future__ import annotations

from glamuploader.core.batch import Batch
from glamuploader.core.item import FileFacts, GeoPoint, ItemState, MediaItem, Metadata, UploadRecord
from glamuploader.core.kit import Kit
from glamuploader.store.batchfile import load_batch, save_batch
from glamuploader.store.kitfile import load_kit, save_kit


def _museum_batch(folder) -> Batch:
    item = MediaItem(
        path=str(folder / "vase.jpg"), facts=FileFacts(size=10, sha1="b" * 40, kind="jpg"),
        meta=Metadata(title="Vase", creator_qid="Q5593", creator_username="Museum Bot",
                      creator_url="https://museum.example/photographers/7", collection_qid="Q4233718",
                      inventory_number="KP 1/23", represents_qid="Q12418",
                      depicted_location=GeoPoint(55.79, 49.12)),
        upload=UploadRecord(state=ItemState.SDC_PENDING, page_title="File:Vase.jpg", page_id=12,
                            mid="M12", error="modification-failed", error_info="Property P1 not found"))
    done = MediaItem(path=str(folder / "jug.jpg"), facts=FileFacts(size=11, sha1="c" * 40, kind="jpg"),
                     upload=UploadRecord(state=ItemState.UPLOADED, page_id=13, mid="M13", sdc_done=True))
    kit = Kit(name="Museum", creator_qid="Q5593", creator_username="Museum Bot",
              creator_url="https://museum.example/", collection_qid="Q4233718")
    return Batch(items=[item, done], kit=kit, target="sandbox", path=str(folder / "m.glam.yaml"))


def test_structured_data_fields_and_pending_state_load_back_whole(tmp_path):
    batch = _museum_batch(tmp_path)
    save_batch(batch)
    again = load_batch(batch.path)
    assert again.items == batch.items
    assert again.kit == batch.kit
    assert again.items[0].upload.state is ItemState.SDC_PENDING
    assert again.items[1].upload.sdc_done is True


def test_sdc_done_is_written_only_when_true_and_old_files_read_as_not_done(tmp_path):
    batch = _museum_batch(tmp_path)
    batch.items[1].upload.sdc_done = False
    save_batch(batch)
    assert "sdc_done" not in open(batch.path, encoding="utf-8").read()
    assert load_batch(batch.path).items[1].upload.sdc_done is False


def test_kit_with_set_wide_creator_and_collection_loads_back(tmp_path):
    kit = _museum_batch(tmp_path).kit
    path = str(tmp_path / "museum.kit.yaml")
    save_kit(kit, path)
    assert load_kit(path) == kit
