"""Where Heliofab keeps its data: one directory holding the DB, the blob store and backups."""

from __future__ import annotations

import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "heliofab"
HOME_ENV = "HELIOFAB_HOME"


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
        for folder in (paths.root, paths.objects_dir, paths.backups_dir, paths.tmp_dir):
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(
            f"Cannot create the data directory {root} ({exc.strerror}): choose another with --data-dir."
        ) from exc
    if not root.is_dir():
        raise DataDirError(f"The data directory {root} is not a folder: choose another with --data-dir.")
    assert_writable(root)
    return paths


def assert_writable(folder: Path) -> None:
    probe = folder / f".write-probe-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            f"The data directory {folder} is not writable ({exc.strerror}): "
            "fix its permissions or choose another with --data-dir."
        ) from exc
