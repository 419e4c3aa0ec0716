"""Heliofab's own wheel made again from the installed copy, for a copy installed with `pip install .`
that keeps neither a wheel of itself nor its source: pip's RECORD lists every file the wheel held,
with its hash, so the same files can be zipped back into a wheel (PEP 427) that installs like the first."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import re
import time
import zipfile
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path, PurePosixPath

from app.installer.errors import InstallerError
from i18n import _

# Written by the installer, not carried by the wheel (PEP 376, PEP 610, PEP 627).
_INSTALL_ONLY = frozenset({"RECORD", "INSTALLER", "REQUESTED", "direct_url.json", "RECORD.jws", "RECORD.p7s"})
# Zip entries cannot hold a date before 1980.
_OLDEST_ZIP_TIME = time.mktime((1980, 1, 2, 0, 0, 0, 0, 0, -1))


@dataclass(frozen=True)
class _Entry:
    name: str  # the path inside the wheel, '/'-separated
    path: Path  # the installed file


def rebuild_wheel(dist_info: Path, dest: Path) -> Path:
    """Zip the installed distribution described by `dist_info` into a wheel in `dest`, after checking
    each file against the hash pip recorded when it installed it; raise InstallerError if one changed."""
    site = dist_info.parent
    remedy = "reinstall Heliofab (pip install --force-reinstall) or name its source folder with --source."
    metadata = _headers(dist_info / "METADATA", remedy)
    wheel_info = _headers(dist_info / "WHEEL", remedy)
    name, version = metadata.get("Name"), metadata.get("Version")
    tags = wheel_info.get_all("Tag") or []
    if not name or not version or not tags:
        raise InstallerError(_("{dist_info} names no project, version or wheel tag, so Heliofab cannot copy"
                               " itself: {remedy}").format(
                dist_info=dist_info, remedy=remedy))
    entries = _installed_entries(dist_info, site, remedy)
    record_name = f"{dist_info.name}/RECORD"
    wheel_path = dest / f"{_wheel_name(name)}-{_wheel_version(version)}-{_compressed_tag(tags)}.whl"
    dest.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, str]] = []
    with zipfile.ZipFile(wheel_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        # The dist-info goes last, RECORD at its very end, as PEP 427 recommends.
        for entry in sorted(entries, key=lambda e: (e.name.startswith(f"{dist_info.name}/"), e.name)):
            data = entry.path.read_bytes()
            info = zipfile.ZipInfo(entry.name, date_time=_zip_time(entry.path))
            info.external_attr = (entry.path.stat().st_mode & 0o777 | 0o100000) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
            rows.append((entry.name, _hash(data), str(len(data))))
        rows.append((record_name, "", ""))
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        archive.writestr(zipfile.ZipInfo(record_name, date_time=time.localtime()[:6]), buffer.getvalue())
    verify_wheel(wheel_path)
    return wheel_path


def verify_wheel(wheel: Path) -> None:
    """Check that the wheel's RECORD lists exactly its files with their right hashes and sizes, as pip will."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            names = set(archive.namelist())
            records = [n for n in names if n.count("/") == 1 and n.endswith(".dist-info/RECORD")]
            if len(records) != 1:
                raise InstallerError(_("{name} has no single RECORD: remove it and make the stick again.").format(
                        name=wheel.name))
            rows = list(csv.reader(io.StringIO(archive.read(records[0]).decode("utf-8"))))
            listed = {row[0]: row for row in rows if row}
            if set(listed) != names:
                odd = min(set(listed) ^ names)
                raise InstallerError(_("{name} and its RECORD disagree about {odd}: make the stick again.").format(
                        name=wheel.name, odd=odd))
            for name, row in listed.items():
                if name == records[0]:
                    continue
                data = archive.read(name)
                if len(row) < 3 or row[1] != _hash(data) or row[2] != str(len(data)):
                    raise InstallerError(_("{name} in {name2} does not match its RECORD: make the stick "
                                           "again.").format(
                            name=name, name2=wheel.name))
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise InstallerError(_("{wheel} cannot be read back ({error}): make the stick again.").format(
                wheel=wheel, error=exc)) from exc


def _headers(path: Path, remedy: str) -> Message:
    try:
        return HeaderParser().parsestr(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InstallerError(_("{path} cannot be read ({error}), so Heliofab cannot copy itself: {remedy}").format(
                path=path, error=exc, remedy=remedy)) from exc


def _installed_entries(dist_info: Path, site: Path, remedy: str) -> list[_Entry]:
    try:
        rows = list(csv.reader(io.StringIO((dist_info / "RECORD").read_text(encoding="utf-8"))))
    except (OSError, UnicodeDecodeError) as exc:
        raise InstallerError(_("{value} cannot be read ({error}), so Heliofab cannot copy itself: {remedy}").format(
                value=dist_info / 'RECORD', error=exc, remedy=remedy)) from exc
    entries: list[_Entry] = []
    for row in rows:
        if not row:
            continue
        name = PurePosixPath(row[0])
        # Paths outside site-packages (`../../../bin/heliofab`) are the launchers pip made from
        # entry_points.txt: the wheel carries the entry points, not the launchers.
        if name.is_absolute() or ".." in name.parts or "__pycache__" in name.parts or name.suffix == ".pyc":
            continue
        if name.parent.name == dist_info.name and name.name in _INSTALL_ONLY:
            continue
        path = site.joinpath(*name.parts)
        expected = row[1] if len(row) > 1 else ""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InstallerError(_("{path} is missing from this installation of Heliofab: {remedy}").format(
                    path=path, remedy=remedy)) from exc
        if expected and expected != _hash(data, expected.partition("=")[0]):
            raise InstallerError(_("{path} has changed since Heliofab was installed, so this copy cannot "
                                   "pass itself on as it is: {remedy}").format(
                    path=path, remedy=remedy))
        entries.append(_Entry(name.as_posix(), path))
    if not any(e.name == f"{dist_info.name}/METADATA" for e in entries):
        raise InstallerError(_("{value} does not list the METADATA: {remedy}").format(
                value=dist_info / 'RECORD', remedy=remedy))
    return entries


def _hash(data: bytes, algorithm: str = "sha256") -> str:
    try:
        digest = hashlib.new(algorithm, data).digest()
    except ValueError:
        # pip records sha256; an algorithm this Python lacks cannot prove the file unchanged either.
        return "unknown"
    return f"{algorithm}=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _wheel_name(name: str) -> str:
    # The binary distribution format's file name: the normalized name, runs of -_. as one _.
    return re.sub(r"[-_.]+", "_", name).lower()


def _wheel_version(version: str) -> str:
    return version.replace("-", "_")


def _compressed_tag(tags: list[str]) -> str:
    """`py3-none-any` from the WHEEL file's Tag lines; several tags join each part with dots."""
    parts = [tag.split("-") for tag in tags]
    return "-".join(".".join(dict.fromkeys(p[i] for p in parts)) for i in range(3))


def _zip_time(path: Path) -> tuple[int, int, int, int, int, int]:
    return time.localtime(max(path.stat().st_mtime, _OLDEST_ZIP_TIME))[:6]
