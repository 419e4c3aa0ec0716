from __future__ import annotations

import ctypes
import os
import struct
from pathlib import Path
from typing import Any

import pytest

from app import removable_drives
from app.removable_drives import (
    BUS_TYPE_USB,
    DRIVE_FIXED,
    DRIVE_REMOVABLE,
    IOCTL_STORAGE_QUERY_PROPERTY,
    mac_volumes,
    windows_removable_roots,
)

BUS_TYPE_SATA = 11
BUS_TYPE_NVME = 17
INVALID_HANDLE_VALUE = -1


class FakeKernel32:
    """The few kernel32 calls the drive finder makes, answering as Windows does for a set of drives."""

    def __init__(self, drives: dict[str, tuple[int, int | None]]) -> None:
        self.drives = drives  # letter -> (GetDriveTypeW answer, bus type, or None when the device won't open)
        self.handles: dict[int, str] = {}
        self.closed: list[int] = []
        self.queries: list[bytes] = []

    def GetLogicalDrives(self) -> int:  # the Windows name
        return sum(1 << (ord(letter) - ord("A")) for letter in self.drives)

    def GetDriveTypeW(self, root: str) -> int:
        return self.drives[root[0]][0]

    def CreateFileW(self, name: str, access: int, share: int, security: None, disposition: int, flags: int,
                    template: None) -> int:
        assert name.startswith("\\\\.\\") and name.endswith(":") and access == 0
        letter = name[4]
        if self.drives[letter][1] is None:
            return INVALID_HANDLE_VALUE
        handle = 100 + len(self.handles)
        self.handles[handle] = letter
        return handle

    def DeviceIoControl(self, handle: int, code: int, query: Any, query_size: int, out: Any, out_size: int,
                        returned: Any, overlapped: None) -> int:
        assert code == IOCTL_STORAGE_QUERY_PROPERTY and query_size == 12
        self.queries.append(query.raw)
        bus = self.drives[self.handles[handle]][1]
        # STORAGE_DEVICE_DESCRIPTOR as the driver fills it: Version, Size, four bytes, four offsets, BusType.
        descriptor = struct.pack("<IIBBBBIIIII", 40, 40, 0, 0, 0, 0, 0, 0, 0, 0, bus)
        ctypes.memmove(out, descriptor, len(descriptor))
        returned._obj.value = len(descriptor)
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.closed.append(handle)
        return 1


@pytest.fixture
def every_root_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(removable_drives.os.path, "exists", lambda path: True)


def test_windows_counts_usb_disks_reported_as_fixed(every_root_exists: None) -> None:
    kernel32 = FakeKernel32(
        {
            "C": (DRIVE_FIXED, BUS_TYPE_NVME),  # the system disk
            "D": (DRIVE_FIXED, BUS_TYPE_SATA),  # a second internal disk
            "E": (DRIVE_REMOVABLE, BUS_TYPE_USB),  # a stick Windows calls removable
            "F": (DRIVE_FIXED, BUS_TYPE_USB),  # a USB disk (or stick) Windows calls fixed
            "G": (DRIVE_FIXED, None),  # a device that refuses to open
            "Z": (4, None),  # a network drive
        }
    )
    assert windows_removable_roots(kernel32, system_drive="C:") == [Path("E:\\"), Path("F:\\")]
    assert set(kernel32.closed) == set(kernel32.handles)  # every handle opened is closed
    assert all(query == b"\0" * 12 for query in kernel32.queries)  # StorageDeviceProperty, PropertyStandardQuery


def test_windows_never_offers_the_system_drive_even_on_usb(every_root_exists: None) -> None:
    kernel32 = FakeKernel32({"C": (DRIVE_FIXED, BUS_TYPE_USB), "E": (DRIVE_REMOVABLE, BUS_TYPE_USB)})
    assert windows_removable_roots(kernel32, system_drive="C:") == [Path("E:\\")]


def test_windows_skips_an_empty_card_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(removable_drives.os.path, "exists", lambda path: path != "E:\\")
    kernel32 = FakeKernel32({"E": (DRIVE_REMOVABLE, None), "F": (DRIVE_REMOVABLE, None)})
    assert windows_removable_roots(kernel32, system_drive="C:") == [Path("F:\\")]


def test_the_windows_branch_is_chosen_by_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(removable_drives, "windows_removable_roots", lambda: [Path("E:\\")])
    assert removable_drives._candidate_paths(Path("/nonexistent"), platform="win32") == [Path("E:\\")]


def test_macos_lists_volumes_but_not_the_boot_disk(tmp_path: Path) -> None:
    volumes = tmp_path / "Volumes"
    volumes.mkdir()
    (volumes / "STICK").mkdir()
    (volumes / "LAB DISK").mkdir()
    (volumes / ".timemachine").mkdir()
    (volumes / "Macintosh HD").symlink_to("/")
    (volumes / "stray-file").write_bytes(b"")
    other_device = os.stat(volumes / "STICK").st_dev + 1  # the boot disk is another device than the sticks
    found = mac_volumes(volumes, boot_device=other_device)
    assert found == [volumes / "LAB DISK", volumes / "STICK"]
    # A boot volume listed under its own name rather than as a link is recognised by its device.
    assert mac_volumes(volumes, boot_device=os.stat(volumes / "STICK").st_dev) == []


def test_the_macos_branch_is_chosen_by_platform(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(removable_drives, "mac_volumes", lambda volumes_dir: [volumes_dir / "STICK"])
    found = removable_drives._candidate_paths(Path("/nonexistent"), platform="darwin", volumes_dir=tmp_path)
    assert found == [tmp_path / "STICK"]


def test_linux_reads_desktop_and_hand_mounts(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/ama/STICK\\040ONE vfat rw 0 0\n"
        "/dev/sdc1 /mnt/usb fuseblk rw 0 0\n"
        "/dev/sdd1 /mnt/data ext4 rw 0 0\n"
        "fusefat /mnt/fat fuse.fusefat rw 0 0\n"
    )
    assert removable_drives._candidate_paths(mounts, platform="linux") == [
        Path("/media/ama/STICK ONE"),
        Path("/mnt/fat"),
        Path("/mnt/usb"),
    ]
