"""The command line with hostile text and a full disk: one sentence, never a traceback or a reversed name."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.paths import DataDirError, prepare_data_dir


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_direction_override_and_escapes_in_a_name_are_neither_stored_nor_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "d"
    code, out, _ = _run(capsys, d, "customers", "add", "--name", "Ama\u202e \x1b[2JMensah\x07", "--code", "C0005")
    assert code == 0
    code, out, _ = _run(capsys, d, "customers", "list")
    assert "C0005" in out and "Ama Mensah" in out
    assert not any(ch in out for ch in "\u202e\x1b\x07")


def test_controls_in_old_rows_are_removed_when_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "d"
    _run(capsys, d, "customers", "add", "--name", "Kofi", "--code", "K1")
    with sqlite3.connect(d / "heliofab.sqlite") as db:  # a row written before names were cleaned
        db.execute("UPDATE customers SET name = ? WHERE code = 'K1'", ("\u202eKofi\x1b[31m",))
    code, out, _ = _run(capsys, d, "customers", "show", "K1")
    assert code == 0 and "Kofi (K1)" in out and "\u202e" not in out and "\x1b" not in out


def test_a_name_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin1_name = b"Jos\xe9".decode("utf-8", "surrogateescape")  # as Python decodes a Latin-1 argument
    code, _out, err = _run(capsys, tmp_path / "d", "customers", "add", "--name", latin1_name)
    assert code == 2
    assert err.count("\n") == 1 and "not UTF-8 text" in err and "Traceback" not in err


def test_a_photo_file_named_in_latin1_is_opened_as_a_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    photo = Path(os.fsdecode(bytes(tmp_path) + b"/ph\xf6to.png"))
    photo.write_bytes(b"not an image")
    code, _, err = _run(capsys, tmp_path / "d", "fit", "pd-from-photo", str(photo), "--card", "0,0", "1,0", "1,1",
                        "0,1",
                        "--pupils", "0,0", "1,1")
    assert code == 1 and "ph\ufffdto.png" in err and "Traceback" not in err


def _fill_database_on_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new connection may not grow the file: SQLite then says "database or disk is full"."""
    from db import engine

    original = engine._on_connect

    def full(connection: sqlite3.Connection, record: Any) -> None:
        original(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine, "_on_connect", full)


def test_full_database_disk_is_one_sentence_and_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "d"
    assert _run(capsys, d, "customers", "list")[0] == 0
    _fill_database_on_connect(monkeypatch)
    code, _, err = _run(capsys, d, "customers", "add", "--name", "Esi", "--notes", "n" * 20_000)
    assert code == 1 and "is full: free some space" in err and "Traceback" not in err
    monkeypatch.undo()
    code, out, _ = _run(capsys, d, "customers", "list")
    assert "Esi" not in out


def test_full_disk_is_not_called_a_permission_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(DataDirError, match="is full") as refused:
        prepare_data_dir(tmp_path / "d")
    assert "permissions" not in str(refused.value)


def test_full_disk_while_storing_a_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.blobstore import BlobStore
    from tests.catalog.catalog_helpers import box_stl

    d = tmp_path / "d"
    assert _run(capsys, d, "customers", "list")[0] == 0
    stl = tmp_path / "part.stl"
    stl.write_bytes(box_stl())

    def full(*_: object, **__: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(BlobStore, "put_bytes", full)
    code, _, err = _run(capsys, d, "catalog", "import", str(stl), "--licence", "CC0-1.0")
    assert code == 1 and "is full" in err and "Traceback" not in err
