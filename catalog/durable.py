"""Durable writes that also work on Windows, where a directory can't be opened to fsync it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from catalog.blobstore import fsync_dir


def sync_dir(folder: Path) -> None:
    # NTFS and FAT on Windows commit a rename with the file's own flush; there is no directory handle.
    if os.name != "nt":
        fsync_dir(folder)


def atomic_write(target: Path, data: bytes) -> None:
    """Temp file + fsync + rename (+ directory sync): a pulled stick keeps the old file or the new one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    sync_dir(target.parent)
