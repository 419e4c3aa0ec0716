"""Catalogue export/import, backup/restore and a full stick on real FAT32 and exFAT file systems.

Each test formats a small image with mkfs.vfat / mkfs.exfat and mounts it: through the kernel when it
has the driver (and we may mount), else through FUSE (fusefat; exfat-fuse, on a loop device when run
as root, because exfat-fuse as root insists on a block device). Where none of that is possible the
tests skip and say exactly what is missing. After unmounting, fsck checks the image is consistent.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import time
import uuid
from collections import namedtuple
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trimesh

from app.services import Services, StartupOptions, build_services
from catalog import bundle as bundle_module
from catalog import signing as signing_module
from catalog import stick as stick_module
from catalog.backup import BackupError, KeyAfterRestore, restore_backup, verify_backup
from catalog.bundle import BUNDLE_DIR_NAME, MANIFEST_FILE, BundleError, read_bundle
from catalog.importers import ImportDefaults
from catalog.records import SearchQuery
from catalog.signing import LabKey
from catalog.stick import filesystem_type
from tests.catalog.catalog_helpers import box_stl, unseeded_lab

IMAGE_BYTES = 40 * 1024 * 1024
DiskUsage = namedtuple("DiskUsage", "total used free")
PASSPHRASE = "solar panels at noon"


@dataclass(frozen=True)
class MountedStick:
    kind: str  # "fat32" or "exfat"
    image: Path
    root: Path


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def _need(tool: str, package: str) -> str:
    path = shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin:/usr/bin")
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian package {package}): cannot make a real {package.split()[0]} "
                    "stick here")
    return path


def _kernel_has(fs_name: str) -> bool:
    try:
        listed = Path("/proc/filesystems").read_text().splitlines()
        return any(line.split()[-1] == fs_name for line in listed if line.strip())
    except OSError:
        return False


def _fuse_usable() -> str | None:
    """Why FUSE cannot mount here, or None when it can."""
    if not os.path.exists("/dev/fuse"):
        return "/dev/fuse does not exist (no FUSE in this kernel or container)"
    if not os.access("/dev/fuse", os.R_OK | os.W_OK):
        return "/dev/fuse is not readable and writable by this user"
    if shutil.which("fusermount") is None and shutil.which("fusermount3") is None:
        return "fusermount is not installed (Debian package fuse or fuse3)"
    return None


def _unmount(root: Path, is_fuse: bool, daemon: subprocess.Popen[bytes] | None = None) -> None:
    if is_fuse:
        tool = shutil.which("fusermount") or shutil.which("fusermount3") or "fusermount"
        result = _run([tool, "-u", str(root)])
    else:
        result = _run(["umount", str(root)])
    assert result.returncode == 0, f"unmounting {root} failed: {result.stderr.strip()}"
    if daemon is not None:
        # fusermount returns before the file system process has flushed the image and cleared
        # FAT's dirty bit: fsck must wait until that process is gone, as a real eject waits.
        daemon.wait(timeout=30)


def _start_fusefat(fusefat: str, image: Path, root: Path) -> subprocess.Popen[bytes] | None:
    """Run fusefat in the foreground so its end can be waited for; None when it did not mount."""
    # In the foreground fusefat traces every call on stderr: an unread pipe would fill and hang it.
    daemon = subprocess.Popen([fusefat, "-f", "-o", "rw+", str(image), str(root)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10.0
    while not os.path.ismount(root):  # FUSE gives no other signal that the mount is up
        if daemon.poll() is not None or time.monotonic() > deadline:
            daemon.kill()
            daemon.wait()
            return None
        time.sleep(0.02)
    return daemon


def _mount(kind: str, image: Path, root: Path) -> tuple[bool, str | None, subprocess.Popen[bytes] | None]:
    """Mount the image at root; returns (is_fuse, loop device, FUSE process to wait for) or skips with the reason."""
    kernel_fs = "vfat" if kind == "fat32" else "exfat"
    reasons = []
    if _kernel_has(kernel_fs) and os.geteuid() == 0 and shutil.which("mount"):
        result = _run(["mount", "-t", kernel_fs, "-o", "loop", str(image), str(root)])
        if result.returncode == 0:
            return False, None, None
        reasons.append(f"kernel {kernel_fs} mount failed: {result.stderr.strip()}")
    else:
        reasons.append(f"the kernel has no {kernel_fs} driver or we are not root")
    why_not_fuse = _fuse_usable()
    if why_not_fuse is not None:
        pytest.skip(f"cannot mount a {kind} image: {'; '.join(reasons)}; {why_not_fuse}")
    if kind == "fat32":
        fusefat = _need("fusefat", "fusefat")
        daemon = _start_fusefat(fusefat, image, root)
        if daemon is None:
            pytest.skip(f"cannot mount a FAT32 image: {'; '.join(reasons)}; fusefat did not mount it")
        return True, None, daemon
    mount_exfat = _need("mount.exfat-fuse", "exfat-fuse")
    loop = None
    target = str(image)
    if os.geteuid() == 0:
        # exfat-fuse run as root mounts only block devices ("fuse: mount failed: Block device required").
        losetup = shutil.which("losetup")
        attached = _run([losetup, "-f", "--show", str(image)]) if losetup else None
        if attached is None or attached.returncode != 0:
            detail = (attached.stderr.strip() if attached is not None
                      else "losetup is not installed (Debian package mount)")
            pytest.skip(f"cannot mount an exFAT image: {'; '.join(reasons)}; exfat-fuse as root needs a loop device: "
                        f"{detail}")
        loop = attached.stdout.strip()
        target = loop
    result = _run([mount_exfat, target, str(root)])
    if result.returncode != 0 or not os.path.ismount(root):
        if loop:
            _run(["losetup", "-d", loop])
        pytest.skip(f"cannot mount an exFAT image: {'; '.join(reasons)}; exfat-fuse failed: {result.stderr.strip()}")
    return True, loop, None


def _format(kind: str, image: Path) -> None:
    with image.open("wb") as fh:
        fh.truncate(IMAGE_BYTES)
    if kind == "fat32":
        command = [_need("mkfs.vfat", "dosfstools"), "-F", "32", "-n", "HELIOSTICK", str(image)]
    else:
        command = [_need("mkfs.exfat", "exfatprogs"), "-L", "HELIOSTICK", str(image)]
    result = _run(command)
    assert result.returncode == 0, result.stderr


def _fsck(kind: str, image: Path) -> None:
    tool = shutil.which("fsck.vfat" if kind == "fat32" else "fsck.exfat", path="/usr/sbin:/sbin:/usr/bin")
    if tool is None:
        return
    result = _run([tool, "-n", str(image)])
    assert result.returncode == 0, f"the {kind} image is inconsistent after the test:\n{result.stdout}{result.stderr}"


@pytest.fixture(params=["fat32", "exfat"])
def stick(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MountedStick]:
    kind = str(request.param)
    image = tmp_path / f"{kind}.img"
    _format(kind, image)
    root = tmp_path / f"mnt-{uuid.uuid4().hex[:8]}"
    root.mkdir()
    is_fuse, loop, daemon = _mount(kind, image, root)
    try:
        yield MountedStick(kind, image, root)
    finally:
        _unmount(root, is_fuse, daemon)
        if loop:
            _run(["losetup", "-d", loop])
    _fsck(kind, image)


@pytest.fixture
def lab_a(tmp_path: Path) -> Iterator[Services]:
    with unseeded_lab(tmp_path / "lab-a") as lab:
        yield lab


@pytest.fixture
def lab_b(tmp_path: Path) -> Iterator[Services]:
    with unseeded_lab(tmp_path / "lab-b") as lab:
        yield lab


def _import(services: Services, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / f"{name}.stl"
    path.write_bytes(data)
    services.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author="Lab A"))


def _big_stl() -> bytes:
    """About 1 MB: more than the few hundred kB the full-stick tests leave free."""
    return bytes(trimesh.exchange.stl.export_stl(trimesh.creation.icosphere(subdivisions=5, radius=20.0)))


def _fill(root: Path, leave_bytes: int) -> Path:
    """Fill the stick, then give back `leave_bytes`: other files took the room, as on a real stick."""
    filler = root / "holiday-photos.bin"
    chunk = b"\xa5" * (256 * 1024)
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(chunk)
                fh.flush()
        except OSError as exc:
            # fusefat reports a full volume as EPERM, the kernel drivers and exfat-fuse as ENOSPC.
            assert exc.errno in (errno.ENOSPC, errno.EPERM), exc
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave_bytes))
    return filler


def test_the_file_systems_are_what_the_sticks_have(stick: MountedStick) -> None:
    kind = filesystem_type(stick.root)
    assert kind in {"vfat", "fuse.fusefat", "exfat", "fuseblk"}, kind
    probe = stick.root / "probe.txt"
    probe.write_bytes(b"x")
    assert (stick.root / "PROBE.TXT").exists()  # case-insensitive names
    with pytest.raises(OSError):
        os.symlink("probe.txt", stick.root / "link")  # no symlinks


def test_catalogue_round_trip_on_a_real_stick(stick: MountedStick, lab_a: Services, lab_b: Services,
                                              tmp_path: Path) -> None:
    for i in range(3):
        _import(lab_a, tmp_path, f"part-{i}", box_stl(5 + i, 6, 7))
    first = lab_a.catalog.export(stick.root)
    assert first.design_count == 3 and first.objects_copied == 6
    assert not list(stick.root.rglob(".tmp-*"))

    # FAT keeps times to 2 s and other tools rewrite them: freshness never rests on them.
    for path in (stick.root / BUNDLE_DIR_NAME).rglob("*"):
        if path.is_file():
            os.utime(path, (315532800, 315532800))
    again = lab_a.catalog.export(stick.root)
    assert again.objects_copied == 0 and again.objects_skipped == 6 and not again.is_manifest_rewritten

    # A system that shows the names in capitals: the same objects, nothing copied or deleted.
    # (Written afresh rather than renamed: fusefat loses a file's clusters on a rename that only changes case.)
    victim = next(p for p in (stick.root / BUNDLE_DIR_NAME / "objects").rglob("*") if p.is_file())
    data = victim.read_bytes()
    victim.unlink()
    victim.with_name(victim.name.upper()).write_bytes(data)
    _import(lab_a, tmp_path, "part-9", box_stl(9, 9, 9))
    grown = lab_a.catalog.export(stick.root)
    assert grown.design_count == 4 and grown.objects_copied == 2 and grown.objects_removed == 0

    outcome = lab_b.catalog.import_path(stick.root)
    assert outcome.plan.summary()["new"] == 4
    assert lab_b.catalog.count(SearchQuery()) == 4
    for design in lab_b.catalog.search(SearchQuery()):
        for spec in lab_b.catalog.get(design.id).files:
            assert lab_b.blobs.read_bytes(spec.sha256) == lab_a.blobs.read_bytes(spec.sha256)


def test_backup_and_restore_on_a_real_stick(stick: MountedStick, lab_a: Services, tmp_path: Path) -> None:
    _import(lab_a, tmp_path, "hinge", box_stl())
    fingerprint = lab_a.catalog.key_info().fingerprint
    report = lab_a.catalog.backup(stick.root, key_passphrase=PASSPHRASE)
    assert verify_backup(report.folder) == report.file_count
    second = lab_a.catalog.backup(stick.root, key_passphrase=None)  # the same second: a second folder, not a clash
    assert second.folder != report.folder and not list(stick.root.glob(".partial-*"))

    new_laptop = tmp_path / "new-laptop"
    restored = restore_backup(report.folder, new_laptop, key_passphrase=PASSPHRASE)
    assert restored.key is KeyAfterRestore.RESTORED
    services = build_services(StartupOptions(data_dir=new_laptop, seed_catalogue=False))
    try:
        assert services.catalog.key_info().fingerprint == fingerprint
        assert [d.title for d in services.catalog.search(SearchQuery())] == ["hinge"]
    finally:
        services.close()


def test_a_lab_key_kept_on_a_stick_needs_no_chmod(stick: MountedStick) -> None:
    """A lab run from a stick keeps its key there: chmod fails (FAT) or does nothing (exFAT)."""
    keys_dir = stick.root / "heliofab-data" / "keys"
    made = LabKey.load_or_create(keys_dir)
    assert LabKey.load_or_create(keys_dir).fingerprint == made.fingerprint


def test_a_full_real_stick_keeps_its_old_catalogue(stick: MountedStick, lab_a: Services, lab_b: Services,
                                                   tmp_path: Path) -> None:
    _import(lab_a, tmp_path, "small", box_stl())
    lab_a.catalog.export(stick.root)
    old_manifest = (stick.root / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    _fill(stick.root, leave_bytes=300_000)
    _import(lab_a, tmp_path, "dome", _big_stl())

    with pytest.raises(BundleError) as caught:
        lab_a.catalog.export(stick.root)
    # With a file system that reports its size the check comes first; fusefat reports none, so the
    # write itself finds the stick full.
    assert "free for this export but has only" in str(caught.value) or str(caught.value).startswith("The stick is full")
    assert "previous catalogue" in str(caught.value)
    assert (stick.root / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes() == old_manifest
    assert not list(stick.root.rglob(".tmp-*"))
    assert [d.title for d in read_bundle(stick.root).drafts] == ["small"]
    assert lab_b.catalog.import_path(stick.root).plan.summary()["new"] == 1

    with pytest.raises(BackupError, match=r"free on|The stick is full"):
        lab_a.catalog.backup(stick.root, key_passphrase=None)
    assert not list(stick.root.glob(".partial-*")) and not list(stick.root.glob("heliofab-backup-*"))


def test_a_stick_that_fills_up_during_the_copy_keeps_its_old_catalogue(
    stick: MountedStick, lab_a: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The space check can be wrong (another program writes too): the real ENOSPC must be handled as well."""
    _import(lab_a, tmp_path, "small", box_stl())
    lab_a.catalog.export(stick.root)
    old_manifest = (stick.root / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    _fill(stick.root, leave_bytes=300_000)
    _import(lab_a, tmp_path, "dome", _big_stl())
    monkeypatch.setattr(bundle_module, "space_shortage", lambda *args, **kwargs: None)

    with pytest.raises(BundleError, match=r"^The stick is full .*previous catalogue is still complete"):
        lab_a.catalog.export(stick.root)
    assert (stick.root / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes() == old_manifest
    assert not list(stick.root.rglob(".tmp-*"))
    assert [d.title for d in read_bundle(stick.root).drafts] == ["small"]


def test_a_catalogue_survives_a_fat32_image_without_mounting(lab_a: Services, lab_b: Services, tmp_path: Path) -> None:
    """Where nothing can be mounted, mtools still writes and reads a real FAT32 image: the catalogue's
    names (long names, lower case) and sizes must come back out exactly as they went in."""
    mcopy = _need("mcopy", "mtools")
    image = tmp_path / "fat32.img"
    _format("fat32", image)
    for i in range(2):
        _import(lab_a, tmp_path, f"part-{i}", box_stl(4 + i, 5, 6))
    exported = tmp_path / "exported"
    lab_a.catalog.export(exported)
    env = {**os.environ, "MTOOLS_SKIP_CHECK": "1"}
    put = subprocess.run([mcopy, "-s", "-i", str(image), str(exported / BUNDLE_DIR_NAME), "::/"], capture_output=True,
                         text=True, env=env, check=False)
    assert put.returncode == 0, put.stderr
    back = tmp_path / "read-back"
    back.mkdir()
    got = subprocess.run([mcopy, "-s", "-n", "-i", str(image), f"::/{BUNDLE_DIR_NAME}", str(back)], capture_output=True,
                         text=True, env=env, check=False)
    assert got.returncode == 0, got.stderr
    original = sorted(p.relative_to(exported).as_posix() for p in exported.rglob("*") if p.is_file())
    returned = sorted(p.relative_to(back).as_posix() for p in back.rglob("*") if p.is_file())
    assert returned == original
    assert lab_b.catalog.import_path(back).plan.summary()["new"] == 2
    _fsck("fat32", image)


# ---- the rules, where no stick is needed -----------------------------------------------------------


def test_the_key_is_made_and_loaded_where_chmod_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_permissions(path: object, mode: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(signing_module.os, "chmod", no_permissions)
    made = LabKey.load_or_create(tmp_path / "keys")
    assert LabKey.load_or_create(tmp_path / "keys").fingerprint == made.fingerprint


def test_a_write_error_reads_as_one_sentence(tmp_path: Path) -> None:
    kept = "its previous catalogue is still complete"
    full = stick_module.explain_write_error(OSError(errno.ENOSPC, "No space left on device"), tmp_path, kept)
    assert full.startswith(f"The stick is full ({tmp_path}): {kept};")
    read_only = stick_module.explain_write_error(OSError(errno.EROFS, "Read-only file system"), tmp_path, kept)
    assert "is read-only" in read_only and kept in read_only
    write_protected = OSError(errno.EACCES, "The media is write protected")
    write_protected.winerror = 19  # type: ignore[attr-defined]
    assert "is read-only" in stick_module.explain_write_error(write_protected, tmp_path, kept)
    gone = stick_module.explain_write_error(OSError(errno.EACCES, "Permission denied"), tmp_path / "pulled", kept)
    assert "was the stick pulled out?" in gone
    assert "may not write" in stick_module.explain_write_error(OSError(errno.EACCES, "Permission denied"), tmp_path,
                                                               kept)
    assert all("\n" not in text for text in (full, read_only, gone))


def test_a_write_refused_after_the_file_opened_means_full() -> None:
    converted = stick_module.as_full_when_writing(OSError(errno.EPERM, "Operation not permitted"))
    assert stick_module.is_full(converted)
    assert not stick_module.is_full(stick_module.as_full_when_writing(OSError(errno.EIO, "Input/output error")))


def test_a_file_system_that_reports_no_size_is_not_called_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stick_module.shutil, "disk_usage", lambda _path: DiskUsage(0, 0, 0))
    assert stick_module.space_shortage(tmp_path, [10_000_000]) is None


def test_space_counts_whole_clusters_and_a_margin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stick_module, "_cluster_bytes", lambda _folder: 32 * 1024)
    monkeypatch.setattr(stick_module.shutil, "disk_usage", lambda _path: DiskUsage(10**9, 10**9 - 2_000_000, 2_000_000))
    # 100 files of 1 byte take 100 clusters (3.3 MB) on the stick, not 100 bytes.
    shortage = stick_module.space_shortage(tmp_path / "not-yet-made", [1] * 100)
    assert shortage is not None and shortage.needed_bytes == 100 * 32 * 1024 + stick_module.MIN_MARGIN_BYTES
    assert stick_module.space_shortage(tmp_path, [1] * 10) is None


def test_the_file_system_is_read_from_the_mount_table(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {tmp_path} vfat rw 0 0\n")
    assert stick_module.filesystem_type(tmp_path / "heliofab-catalog", mounts) == "vfat"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {tmp_path} exfat rw 0 0\n")
    assert stick_module.filesystem_type(tmp_path, mounts) == "exfat"
