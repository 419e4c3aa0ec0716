"""Where Heliofab keeps its data: one directory holding the DB, the blob store and backups."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from db.errors import is_disk_full

APP_NAME = "heliofab"
HOME_ENV = "HELIOFAB_HOME"
# Customer records live here: on a shared laptop other accounts must not read them (POSIX only;
# Windows keeps a user's AppData private by its own access lists).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class DataDirError(Exception):
    """The data directory can't be used; the message says what to do."""


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def db_file(self) -> Path:
        return self.root / "heliofab.sqlite"

    @property
    def objects_dir(self) -> Path:
        return self.root / "objects"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def tmp_dir(self) -> Path:
        return self.root / "tmp"

    @property
    def keys_dir(self) -> Path:
        return self.root / "keys"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then `HELIOFAB_HOME`, then the platform's user data directory."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(HOME_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).resolve()


def fresh_demo_dir() -> Path:
    """Every demo starts clean, and never inside the real data directory."""
    return Path(tempfile.mkdtemp(prefix="heliofab-demo-"))


def prepare_data_dir(root: Path) -> DataPaths:
    """Create the directory layout and prove it is writable, or raise DataDirError."""
    paths = DataPaths(root)
    try:
        is_new = not root.exists()
        for folder in (paths.root, paths.objects_dir, paths.backups_dir, paths.tmp_dir):
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if is_new:
            make_private(paths.root, PRIVATE_DIR_MODE)
        if not paths.db_file.exists():
            # Created private before SQLite opens it: SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(paths.db_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass  # another process created the database file a moment ago
    except OSError as exc:
        if is_disk_full(exc):
            raise DataDirError(_full_disk_message(root)) from exc
        raise DataDirError(
            f"Cannot create the data directory {root} ({exc.strerror}): choose another with --data-dir."
        ) from exc
    if not root.is_dir():
        raise DataDirError(f"The data directory {root} is not a folder: choose another with --data-dir.")
    assert_writable(root)
    return paths


def has_posix_permissions() -> bool:
    return os.name == "posix"


def make_private(path: Path, mode: int) -> bool:
    """chmod where the system and file system have modes; False when they don't (Windows, FAT sticks)."""
    if not has_posix_permissions():
        return False
    try:
        os.chmod(path, mode)
    except (OSError, NotImplementedError):
        return False
    return True


def assert_writable(folder: Path) -> None:
    probe = folder / f".write-probe-{os.urandom(16).hex()}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        probe.unlink(missing_ok=True)
        # A full disk is not a permission problem: advising chmod would send the operator the wrong way.
        if is_disk_full(exc):
            raise DataDirError(_full_disk_message(folder)) from exc
        raise DataDirError(
            f"The data directory {folder} is not writable ({exc.strerror}): "
            "fix its permissions or choose another with --data-dir."
        ) from exc


def _full_disk_message(folder: Path) -> str:
    return (
        f"The disk holding the data directory {folder} is full: free some space (empty the bin, move old "
        "files or backups elsewhere) or choose another folder with --data-dir."
    )
