"""Finding USB sticks (and what is on them) without any desktop service: mount tables and drive letters."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from catalog.backup import BACKUP_PREFIX
from catalog.bundle import is_bundle

_REMOVABLE_FS = {"vfat", "exfat", "msdos", "fat", "fuseblk", "ntfs", "ntfs3", "hfsplus", "apfs"}
_DESKTOP_MOUNT_PARENTS = ("/media/", "/run/media/")


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_bytes: int
    total_bytes: int
    has_catalogue: bool
    has_backup: bool


def describe(path: Path) -> Drive:
    try:
        usage = shutil.disk_usage(path)
        free, total = usage.free, usage.total
    except OSError:
        free = total = 0
    try:
        has_backup = any(p.name.startswith(BACKUP_PREFIX) for p in path.iterdir())
    except OSError:
        has_backup = False
    return Drive(path, path.name or str(path), free, total, is_bundle(path), has_backup)


def find_removable_drives(mounts_file: Path = Path("/proc/mounts")) -> list[Drive]:
    return [describe(p) for p in _candidate_paths(mounts_file)]


def _candidate_paths(mounts_file: Path) -> list[Path]:
    if sys.platform == "win32":
        return _windows_removable()
    found: list[Path] = []
    if mounts_file.is_file():
        for line in mounts_file.read_text(errors="replace").splitlines():
            fields = line.split()
            if len(fields) < 3:
                continue
            mount_point = fields[1].replace("\\040", " ")
            # Desktops mount sticks under /media or /run/media; by hand they go under /mnt, and there
            # only a stick's filesystem type tells them from other mounts.
            if mount_point.startswith(_DESKTOP_MOUNT_PARENTS) or (
                mount_point.startswith("/mnt/") and fields[2] in _REMOVABLE_FS
            ):
                found.append(Path(mount_point))
    elif Path("/Volumes").is_dir():
        found = [p for p in Path("/Volumes").iterdir() if p.is_dir() and not p.is_symlink()]
    return sorted(set(found))


def _windows_removable() -> list[Path]:  # pragma: no cover - exercised on Windows only
    import ctypes
    import string

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    drive_removable = 2
    bitmask = kernel32.GetLogicalDrives()
    found = []
    for index, letter in enumerate(string.ascii_uppercase):
        if bitmask & (1 << index):
            root = f"{letter}:\\"
            if kernel32.GetDriveTypeW(root) == drive_removable and os.path.exists(root):
                found.append(Path(root))
    return found
