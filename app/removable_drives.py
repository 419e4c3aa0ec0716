"""Finding USB sticks (and what is on them) without any desktop service: mount tables, /Volumes and drive letters."""

from __future__ import annotations

import os
import shutil
import string
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.backup import BACKUP_PREFIX
from catalog.bundle import is_bundle

_REMOVABLE_FS = {"vfat", "exfat", "msdos", "fat", "fuseblk", "fuse.fusefat", "fuse.exfat", "ntfs", "ntfs3", "hfsplus",
                 "apfs"}
_DESKTOP_MOUNT_PARENTS = ("/media/", "/run/media/")

# Windows constants (winbase.h, winioctl.h).
DRIVE_REMOVABLE = 2
DRIVE_FIXED = 3
BUS_TYPE_USB = 7
IOCTL_STORAGE_QUERY_PROPERTY = 0x2D1400
FILE_SHARE_READ_WRITE = 0x1 | 0x2
OPEN_EXISTING = 3
# STORAGE_PROPERTY_QUERY {PropertyId = StorageDeviceProperty, QueryType = PropertyStandardQuery,
# AdditionalParameters[1]}
_PROPERTY_QUERY = struct.pack("<II4x", 0, 0)
# STORAGE_DEVICE_DESCRIPTOR: Version, Size (DWORD); DeviceType, DeviceTypeModifier, RemovableMedia, CommandQueueing
# (BYTE); VendorId/ProductId/ProductRevision/SerialNumber offsets (DWORD); BusType (enum, 4 bytes) at byte 28.
_BUS_TYPE_OFFSET = 28
_DESCRIPTOR_BYTES = 1024


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


def _candidate_paths(mounts_file: Path, platform: str = sys.platform,
                     volumes_dir: Path = Path("/Volumes")) -> list[Path]:
    if platform == "win32":
        return windows_removable_roots()
    if platform == "darwin":
        return mac_volumes(volumes_dir)
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
    return sorted(set(found))


def mac_volumes(volumes_dir: Path = Path("/Volumes"), boot_device: int | None = None) -> list[Path]:
    """Every volume under /Volumes except the boot disk, which macOS lists there as a link to `/`.

    `boot_device` is the device number of `/` unless a test gives another.
    """
    if not volumes_dir.is_dir():
        return []
    if boot_device is None:
        boot_device = os.stat("/").st_dev
    found = []
    for entry in volumes_dir.iterdir():
        # Hidden entries are system mounts (Time Machine snapshots, .timemachine), never a stick.
        if entry.name.startswith(".") or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            if entry.stat().st_dev == boot_device:
                continue  # the boot volume under its own name, not as a link
        except OSError:
            continue
        found.append(entry)
    return sorted(found)


def windows_removable_roots(kernel32: Any | None = None, system_drive: str | None = None) -> list[Path]:
    """Drive roots of USB sticks and USB disks.

    `GetDriveTypeW` says DRIVE_REMOVABLE for many sticks but DRIVE_FIXED for USB hard disks and some
    sticks, so a fixed drive counts when its bus is USB. `kernel32` is the system's unless a test
    passes a stand-in; ctypes is only touched here, at call time.
    """
    if kernel32 is None:  # pragma: no cover - Windows only
        kernel32 = _load_kernel32()
    if system_drive is None:
        system_drive = os.environ.get("SYSTEMDRIVE", "C:")
    bitmask = kernel32.GetLogicalDrives()
    found = []
    for index, letter in enumerate(string.ascii_uppercase):
        if not bitmask & (1 << index) or f"{letter}:".lower() == system_drive.lower():
            continue
        root = f"{letter}:\\"
        kind = kernel32.GetDriveTypeW(root)
        is_removable = kind == DRIVE_REMOVABLE or (kind == DRIVE_FIXED and bus_type(kernel32, letter) == BUS_TYPE_USB)
        # A card reader with no card is listed but has no volume.
        if is_removable and os.path.exists(root):
            found.append(Path(root))
    return found


def bus_type(kernel32: Any, letter: str) -> int | None:
    """STORAGE_DEVICE_DESCRIPTOR.BusType of a drive letter's disk, or None when Windows won't say."""
    import ctypes

    # Access 0: a device query needs no read or write rights, so this works without administrator rights.
    handle = kernel32.CreateFileW(f"\\\\.\\{letter}:", 0, FILE_SHARE_READ_WRITE, None, OPEN_EXISTING, 0, None)
    if handle in (None, 0, -1, ctypes.c_void_p(-1).value):
        return None
    try:
        query = ctypes.create_string_buffer(_PROPERTY_QUERY, len(_PROPERTY_QUERY))
        descriptor = ctypes.create_string_buffer(_DESCRIPTOR_BYTES)
        returned = ctypes.c_ulong(0)
        is_ok = kernel32.DeviceIoControl(
            handle, IOCTL_STORAGE_QUERY_PROPERTY, query, len(query), descriptor, len(descriptor),
            ctypes.byref(returned), None
        )
        if not is_ok or returned.value < _BUS_TYPE_OFFSET + 4:
            return None
        return int(struct.unpack_from("<I", descriptor.raw, _BUS_TYPE_OFFSET)[0])
    finally:
        kernel32.CloseHandle(handle)


def _load_kernel32() -> Any:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    # A private handle on kernel32, so setting argument types here never changes ctypes.windll's for others.
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetLogicalDrives.restype = wintypes.DWORD
    kernel32.GetDriveTypeW.argtypes = [wintypes.LPCWSTR]
    kernel32.GetDriveTypeW.restype = wintypes.UINT
    kernel32.CreateFileW.argtypes = [
        wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID, wintypes.DWORD, wintypes.DWORD,
        wintypes.HANDLE
    ]
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.DeviceIoControl.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, wintypes.LPVOID, wintypes.DWORD, wintypes.LPVOID, wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD), wintypes.LPVOID,
    ]
    kernel32.DeviceIoControl.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.CloseHandle.restype = wintypes.BOOL
    return kernel32
