"""Whether other accounts of this computer can read the lab's customer data, and making it private.

POSIX only: the data folder 0700, and the database (with its -wal and -shm), the database copies
under backups/ and the signing key 0600. Windows keeps a user's AppData private through its own
access lists, and FAT or exFAT (a lab run from a stick) have no permissions at all: both are skipped.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass
from pathlib import Path

from app.paths import (
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    DataPaths,
    has_posix_permissions,
    make_private,
)
from catalog.signing import PRIVATE_KEY_FILE
from catalog.stick import filesystem_type

_NO_PERMISSIONS_FS = frozenset({"vfat", "msdos", "fat", "exfat", "fuse.fusefat", "fuse.exfat", "fuseblk"})


@dataclass(frozen=True)
class PermissionState:
    is_applicable: bool
    too_open: list[Path]


def _private_paths(paths: DataPaths) -> list[tuple[Path, int]]:
    wanted: list[tuple[Path, int]] = [(paths.root, PRIVATE_DIR_MODE)]
    for suffix in ("", "-wal", "-shm"):
        wanted.append((Path(f"{paths.db_file}{suffix}"), PRIVATE_FILE_MODE))
    wanted += [(paths.keys_dir, PRIVATE_DIR_MODE), (paths.keys_dir / PRIVATE_KEY_FILE, PRIVATE_FILE_MODE)]
    if paths.backups_dir.is_dir():
        wanted += [(p, PRIVATE_FILE_MODE) for p in sorted(paths.backups_dir.iterdir())
                   if p.is_file() and not p.is_symlink()]
    return [(path, mode) for path, mode in wanted if path.exists() and not path.is_symlink()]


def has_permissions(paths: DataPaths) -> bool:
    if not has_posix_permissions():
        return False
    kind = filesystem_type(paths.root)
    return kind is None or kind.lower() not in _NO_PERMISSIONS_FS


def check_permissions(paths: DataPaths) -> PermissionState:
    if not has_permissions(paths):
        return PermissionState(False, [])
    too_open = [path for path, _mode in _private_paths(paths) if stat.S_IMODE(path.stat().st_mode) & 0o077]
    return PermissionState(True, too_open)


def make_lab_private(paths: DataPaths) -> list[Path]:
    """chmod what is too open; returns what stayed open (a file system that ignores modes)."""
    if not has_permissions(paths):
        return []
    stayed: list[Path] = []
    for path, mode in _private_paths(paths):
        if stat.S_IMODE(path.stat().st_mode) & 0o077:
            make_private(path, mode)
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                stayed.append(path)
    return stayed
