"""The demo batch: sample photos with EXIF, described as a volunteer would, aimed at the sandbox."""
from __future__ import annotations

import os

from ..core.batch import Batch
from ..media.importer import import_paths
from ..samples import SAMPLES, sample_kit, write_samples
from ..store.batchfile import load_batch, save_batch

DEMO_BATCH = "demo.glam.yaml"


def make_demo_batch(folder: str, *, on_progress=None) -> Batch:
    """Write the samples and a batch for them into ``folder`` (reusing an earlier demo batch)."""
    path = os.path.join(folder, DEMO_BATCH)
    if os.path.exists(path):
        return load_batch(path)
    files = write_samples(os.path.join(folder, "photos"))
    batch = Batch(kit=sample_kit(), target="sandbox", path=os.path.abspath(path))
    batch.add(import_paths(files, on_progress=on_progress))
    by_name = {s.name: s for s in SAMPLES}
    for item in batch.items:
        sample = by_name[item.name]
        item.meta.title = sample.title
        item.meta.descriptions = dict(sample.descriptions)
        item.meta.categories = ["Kazan Kremlin"] if sample.latitude > 50 else ["Maiden Tower (Baku)"]
    save_batch(batch)
    return batch
