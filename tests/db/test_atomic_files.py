from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from db import atomic_files
from db.atomic_files import FileHeldError, atomic_write_bytes, replace_with_retry


def _held(winerror: int) -> PermissionError:
    exc = PermissionError(errno.EACCES,
                          "The process cannot access the file because it is being used by another process")
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


@pytest.fixture
def fail_replace(monkeypatch: pytest.MonkeyPatch) -> tuple[list[float], dict[str, object]]:
    """os.replace that fails `times` times with `error` before it works; the sleeps are recorded, not slept."""
    sleeps: list[float] = []
    state: dict[str, object] = {"times": 0, "error": _held(32), "calls": 0}
    real_replace = os.replace

    def flaky(source: str, target: str) -> None:
        state["calls"] = int(state["calls"]) + 1  # type: ignore[call-overload]
        if int(state["times"]) > 0:  # type: ignore[call-overload]
            state["times"] = int(state["times"]) - 1  # type: ignore[call-overload]
            raise state["error"]  # type: ignore[misc]
        real_replace(source, target)

    monkeypatch.setattr(atomic_files.os, "replace", flaky)
    monkeypatch.setattr(atomic_files.time, "sleep", sleeps.append)
    return sleeps, state


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_rename_held_for_a_moment_is_retried(tmp_path: Path, fail_replace: tuple[list[float], dict[str, object]],
                                               winerror: int) -> None:
    sleeps, state = fail_replace
    state.update(times=3, error=_held(winerror))
    (tmp_path / "new").write_bytes(b"new")
    (tmp_path / "old").write_bytes(b"old")
    replace_with_retry(tmp_path / "new", tmp_path / "old")
    assert (tmp_path / "old").read_bytes() == b"new"
    assert sleeps == list(atomic_files.RETRY_DELAYS_S[:3])  # a growing back-off


def test_a_rename_held_for_too_long_gives_one_clear_line(tmp_path: Path,
                                                         fail_replace: tuple[list[float], dict[str, object]]) -> None:
    sleeps, state = fail_replace
    state.update(times=100)
    target = tmp_path / "catalog.json"
    target.write_bytes(b"old")
    with pytest.raises(FileHeldError) as caught:
        atomic_write_bytes(target, b"new")
    assert str(caught.value) == (
        f"{target} is held by another program (often an antivirus scan): wait a moment and try again.")
    assert isinstance(caught.value, PermissionError)
    assert len(sleeps) == len(atomic_files.RETRY_DELAYS_S) and state["calls"] == len(sleeps) + 1
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.json"]  # no temporary file left


def test_other_permission_errors_are_not_retried(tmp_path: Path,
                                                 fail_replace: tuple[list[float], dict[str, object]]) -> None:
    sleeps, state = fail_replace
    state.update(times=1, error=PermissionError(errno.EACCES, "Permission denied"))
    (tmp_path / "a").write_bytes(b"a")
    with pytest.raises(PermissionError) as caught:
        replace_with_retry(tmp_path / "a", tmp_path / "b")
    assert not isinstance(caught.value, FileHeldError) and sleeps == []


def test_a_file_system_that_cannot_sync_a_folder_still_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync

    def no_dir_sync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(atomic_files.os, "fsync", no_dir_sync)
    atomic_write_bytes(tmp_path / "x.json", b"{}")
    assert (tmp_path / "x.json").read_bytes() == b"{}"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_private_write_stays_private_and_a_public_one_gets_the_usual_mode(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "private.json", b"{}")
        atomic_write_bytes(tmp_path / "public.json", b"{}", is_private=False)
        assert atomic_files.current_umask() == 0o022
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "public.json").stat().st_mode) == 0o644


def test_a_file_system_without_permissions_does_not_stop_a_public_write(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object, mode: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic_files.os, "chmod", refuse)
    atomic_write_bytes(tmp_path / "on-fat.json", b"{}", is_private=False)
    assert (tmp_path / "on-fat.json").read_bytes() == b"{}"
