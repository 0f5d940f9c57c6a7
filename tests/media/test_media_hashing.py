from __future__ import annotations

import hashlib
import io

from hypothesis import given
from hypothesis import strategies as st

from glamuploader.media.hashing import sha1_file, sha1_stream


def test_sha1_of_a_file_spanning_many_blocks_matches_hashlib(tmp_path):
    data = bytes(range(256)) * 10_000  # 2.5 MB: three 1 MiB blocks
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    assert sha1_file(str(path)) == hashlib.sha1(data).hexdigest()


@given(st.binary(max_size=5000), st.integers(1, 4096), st.integers(0, 4096), st.integers(0, 100))
def test_streamed_sha1_with_prefix_and_tail_equals_one_shot(data, block, tail, split):
    split, tail = min(split, len(data)), min(tail, block)
    hashed = sha1_stream(io.BytesIO(data[split:]), block_size=block, tail=tail,
                         prefix=data[:split])
    assert hashed.sha1 == hashlib.sha1(data).hexdigest()
    assert hashed.size == len(data)
    assert hashed.tail == (data[-tail:] if tail else b"")


@given(st.lists(st.sampled_from([b"\xff", b"\xd9", b"\x00", b"ab"]), max_size=400),
       st.integers(1, 64), st.integers(0, 40), st.sampled_from([b"\xff\xd9", b"\xd9", b"IEND"]))
def test_the_last_marker_near_the_end_is_found_wherever_the_blocks_split_it(parts, block, split,
                                                                           marker):
    data = b"".join(parts)
    split = min(split, len(data))
    hashed = sha1_stream(io.BytesIO(data[split:]), block_size=block, prefix=data[:split],
                         marker=marker)
    true_last = data.rfind(marker)
    assert hashed.marker_at in (-1, true_last)
    if true_last >= len(data) - block:
        assert hashed.marker_at == true_last


def test_hashing_reads_in_fixed_blocks_not_the_whole_file():
    class Recorder(io.BytesIO):
        sizes: list[int] = []

        def readinto(self, buf):
            self.sizes.append(len(buf))
            return super().readinto(buf)

    fh = Recorder(b"x" * 300_000)
    sha1_stream(fh, block_size=65536)
    assert set(fh.sizes) == {65536} and len(fh.sizes) == 6
