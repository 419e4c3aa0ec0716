"""What a USB stick allows: free space before a copy, the FAT32 file size limit, and write failures in plain words.

Catalogue exports and backups both write to sticks formatted FAT32 or exFAT: no symlinks, no
permissions, 2 s timestamps, case-insensitive names, and on FAT32 no file of 4 GiB or more. Both
check the space first and explain a failure (full, write-protected, pulled out) in one sentence.
"""

from __future__ import annotations

import errno
import math
import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from catalog.safety import FAT32_MAX_FILE_BYTES
from db.atomic_files import FileHeldError

# A cluster size to round each file up to when the file system does not say (32 KiB is the FAT32
# default for sticks of 16–32 GB; exFAT uses up to 128 KiB, which the margin below absorbs).
DEFAULT_CLUSTER_BYTES = 32 * 1024
MIN_MARGIN_BYTES = 1024 * 1024
MARGIN_FRACTION = 0.01
_FAT32_TYPES = frozenset({"vfat", "msdos", "fat", "fuse.fusefat", "fat12", "fat16", "fat32"})
_REMOVED_ERRNOS = frozenset({errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTCONN, errno.ESHUTDOWN})
# Windows: ERROR_NOT_READY, ERROR_DEVICE_NOT_CONNECTED, ERROR_DEV_NOT_EXIST, ERROR_DEVICE_REMOVED.
_REMOVED_WINERRORS = frozenset({21, 1167, 55, 1617})
_WRITE_PROTECT_WINERROR = 19


@dataclass(frozen=True)
class SpaceShortage:
    needed_bytes: int
    free_bytes: int


def format_bytes(count: int) -> str:
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= size:
            return f"{count / size:.1f} {unit}"
    return f"{count} bytes"


def existing_ancestor(path: Path) -> Path:
    """The folder itself, or the nearest parent that exists (the stick's root for a folder not made yet)."""
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return candidate
    return path


def _cluster_bytes(folder: Path) -> int:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return DEFAULT_CLUSTER_BYTES
    try:
        size = int(statvfs(folder).f_frsize)
    except OSError:
        return DEFAULT_CLUSTER_BYTES
    return size if size >= 512 else DEFAULT_CLUSTER_BYTES


def space_shortage(dest: Path, file_sizes: Iterable[int], extra_bytes: int = 0) -> SpaceShortage | None:
    """Whether `dest` lacks room for these files (each rounded up to whole clusters) plus a margin.

    None when there is room, or when the file system does not report its size (a total of 0: some
    FUSE drivers); then only a failed write can tell, and the callers handle that too.
    """
    folder = existing_ancestor(dest)
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return None
    if usage.total == 0:
        return None
    cluster = _cluster_bytes(folder)
    needed = sum(math.ceil(size / cluster) * cluster if size else cluster for size in file_sizes) + extra_bytes
    needed += max(MIN_MARGIN_BYTES, int(needed * MARGIN_FRACTION))
    if usage.free >= needed:
        return None
    return SpaceShortage(needed, usage.free)


def filesystem_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file system holding `path` ("vfat", "exfat", "FAT32", "NTFS"…), or None when it can't be told."""
    folder = existing_ancestor(path).resolve()
    if sys.platform == "win32":
        return _windows_filesystem_type(folder)
    try:
        lines = mounts_file.read_text(errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = Path(fields[1].replace("\\040", " "))
        is_inside = folder == mount_point or mount_point in folder.parents
        if is_inside and (best is None or len(str(mount_point)) > best[0]):
            best = (len(str(mount_point)), fields[2])
    return best[1] if best else None


def _windows_filesystem_type(folder: Path) -> str | None:  # pragma: no cover - exercised on Windows only
    import ctypes

    root = folder.anchor
    name = ctypes.create_unicode_buffer(64)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    if not kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), None, 0, None, None, None, name, len(name)):
        return None
    return name.value or None


def has_fat32_size_limit(dest: Path) -> bool:
    """True on FAT32, and when the file system is unknown (a stick is more often FAT32 than not)."""
    kind = filesystem_type(dest)
    return kind is None or kind.lower() in _FAT32_TYPES


def too_big_for_fat32(size_bytes: int) -> bool:
    return size_bytes > FAT32_MAX_FILE_BYTES


def as_full_when_writing(exc: OSError) -> OSError:
    """A failed write() into a file that opened fine: permission is not the cause, space is.

    fusefat answers a write on a full volume with EPERM ("Operation not permitted") instead of
    ENOSPC; the file was already open for writing, so the stick being full is the honest reading.
    """
    if exc.errno in (errno.EPERM, errno.EACCES) and not isinstance(exc, FileHeldError):
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return exc


def is_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def explain_write_error(exc: OSError, dest: Path, kept: str) -> str:
    """One sentence for a failed write to a stick or folder; `kept` says what is still intact."""
    if isinstance(exc, FileHeldError):
        return f"{exc} {kept[:1].upper()}{kept[1:]}."
    winerror = getattr(exc, "winerror", None)
    if is_full(exc):
        return f"The stick is full ({dest}): {kept}; make room on it or use a bigger stick, then try again."
    if exc.errno == errno.EFBIG:
        return (f"A file is too large for the stick's file system ({dest}, FAT32 holds at most 4 GB per file): "
                f"{kept}; format the stick as exFAT.")
    if exc.errno == errno.EROFS or winerror == _WRITE_PROTECT_WINERROR:
        return (
            f"{dest} is read-only (the stick's write-protect switch, or the system mounted it read-only): "
            f"{kept}; slide the switch off or use another stick."
        )
    if exc.errno in _REMOVED_ERRNOS or winerror in _REMOVED_WINERRORS or not dest.exists():
        return f"{dest} went away while writing (was the stick pulled out?): {kept}; plug it in and try again."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Heliofab may not write to {dest}: {kept}; choose another stick or folder."
    return f"Writing to {dest} failed ({exc.strerror or exc}): {kept}; check the stick and try again."

