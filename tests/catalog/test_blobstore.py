from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from catalog.blobstore import BlobCorruptError, BlobNotFoundError, BlobStore, register_blob
from db.engine import unit_of_work
from db.models import Blob


def test_put_and_read_round_trip(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "objects")
    ref = store.put_bytes(b"solid frame\n")
    assert ref.sha256 == hashlib.sha256(b"solid frame\n").hexdigest()
    assert store.path_for(ref.sha256) == tmp_path / "objects" / ref.sha256[:2] / ref.sha256
    assert store.read_bytes(ref.sha256) == b"solid frame\n"
    assert store.put_bytes(b"solid frame\n") == ref  # idempotent
    assert list(store.iter_shas()) == [ref.sha256]


def test_stream_with_expected_hash_refuses_mismatch(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "objects")
    wrong = "0" * 64
    with pytest.raises(BlobCorruptError):
        store.put_stream(io.BytesIO(b"payload"), expected_sha256=wrong)
    assert list(store.iter_shas()) == []
    assert not any((tmp_path / "objects" / "incoming").iterdir())


def test_corruption_is_detected_on_read(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "objects")
    ref = store.put_bytes(b"good bytes")
    store.path_for(ref.sha256).write_bytes(b"bad bytes!")
    with pytest.raises(BlobCorruptError, match="corrupt"):
        store.read_bytes(ref.sha256)
    assert not store.verify(ref.sha256)


def test_missing_and_malformed_names(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "objects")
    with pytest.raises(BlobNotFoundError):
        store.read_bytes("a" * 64)
    with pytest.raises(BlobNotFoundError):
        store.path_for("../../etc/passwd")


def test_register_blob_row(services) -> None:  # type: ignore[no-untyped-def]
    ref = services.blobs.put_bytes(b"gcode")
    with unit_of_work(services.session_factory) as session:
        register_blob(session, ref, "text/x-gcode")
        register_blob(session, ref, "text/x-gcode")
    with services.session_factory() as session:
        row = session.get(Blob, ref.sha256)
        assert row is not None and row.size_bytes == 5 and row.media_type == "text/x-gcode"
