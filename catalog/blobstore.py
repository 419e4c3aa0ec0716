"""Content-addressed file store: `objects/ab/abcdef…` named by SHA-256, written atomically, verified on read."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from catalog.foreign_ground import is_writer_gone, writer_tag

# Re-exported: ui/ writes files through these and may not import db/ itself.
from db.atomic_files import atomic_write_bytes as atomic_write_bytes
from db.atomic_files import fsync_dir as fsync_dir
from db.atomic_files import replace_with_retry
from db.models import Blob
from i18n import _

CHUNK_BYTES = 1 << 20
INCOMING_PREFIX = ".in-"
# A staging file an earlier Heliofab left (no writer in its name) counts as a leftover after this long untouched.
LEGACY_INCOMING_STALE_AFTER_S = 3600.0
_INCOMING_RE = re.compile(r"^\.in-(?P<tag>[a-z0-9]+-\d+)-")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
# Inside objects/: stored files whose bytes no longer hash to their name, moved aside by `doctor --repair`
# (the two-hex-digit folders never clash with it), and the list of those the last check found.
DAMAGED_DIR = "damaged"
DAMAGED_LIST = "found.json"


class BlobError(Exception):
    """Base for blob store failures."""


class BlobNotFoundError(BlobError):
    pass


class BlobCorruptError(BlobError):
    """The bytes on disk no longer hash to their name."""


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size_bytes: int


def is_sha256(text: str) -> bool:
    return bool(_SHA256_RE.match(text))


class BlobStore:
    def __init__(self, objects_dir: Path) -> None:
        self.objects_dir = objects_dir
        self._incoming = objects_dir / "incoming"

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise BlobNotFoundError(_("{sha256!r} is not a SHA-256 object name").format(sha256=sha256))
        return self.objects_dir / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return is_sha256(sha256) and self.path_for(sha256).is_file()

    def put_bytes(self, data: bytes) -> BlobRef:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        if not target.exists():
            atomic_write_bytes(target, data)
        return BlobRef(sha, len(data))

    def incoming_prefix(self) -> str:
        """Staging names carry their writer, so a leftover is told from a copy still running."""
        return f"{INCOMING_PREFIX}{writer_tag()}-"

    def stale_incoming(self) -> list[Path]:
        """Staging files of copies whose process has ended (a killed import)."""
        if not self._incoming.is_dir():
            return []
        found = []
        for path in sorted(self._incoming.glob(f"{INCOMING_PREFIX}*")):
            match = _INCOMING_RE.match(path.name)
            if match is not None:
                is_stale = is_writer_gone(match["tag"])
            else:
                try:
                    is_stale = path.lstat().st_mtime < time.time() - LEGACY_INCOMING_STALE_AFTER_S
                except OSError:
                    continue
            if is_stale:
                found.append(path)
        return found

    def remove_stale_incoming(self) -> int:
        stale = self.stale_incoming()
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def put_stream(self, source: BinaryIO, *, expected_sha256: str | None = None) -> BlobRef:
        """Copy a stream in while hashing it; with `expected_sha256`, refuse bytes that don't match."""
        self._incoming.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=self.incoming_prefix(), dir=self._incoming)
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in iter(lambda: source.read(CHUNK_BYTES), b""):
                    digest.update(chunk)
                    size += len(chunk)
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise BlobCorruptError(_("object {value}… arrived with hash {value2}…").format(
                        value=expected_sha256[:12], value2=sha[:12]))
            target = self.path_for(sha)
            if target.exists():
                Path(tmp_name).unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                replace_with_retry(tmp_name, target)
                fsync_dir(target.parent)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return BlobRef(sha, size)

    def put_file(self, path: Path, *, expected_sha256: str | None = None) -> BlobRef:
        with path.open("rb") as fh:
            return self.put_stream(fh, expected_sha256=expected_sha256)

    def read_bytes(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise BlobNotFoundError(_("object {value}… is missing from {objects_dir}").format(
                    value=sha256[:12], objects_dir=self.objects_dir)) from exc
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobCorruptError(_("object {value}… is corrupt on disk: restore it from a backup").format(
                    value=sha256[:12]))
        return data

    def verify(self, sha256: str) -> bool:
        try:
            self.read_bytes(sha256)
        except BlobError:
            return False
        return True

    def hash_of(self, sha256: str) -> str | None:
        """The hash of the bytes stored under this name (None when there are none): the name when intact."""
        digest = hashlib.sha256()
        try:
            with self.path_for(sha256).open("rb") as fh:
                for chunk in iter(lambda: fh.read(CHUNK_BYTES), b""):
                    digest.update(chunk)
        except (FileNotFoundError, NotADirectoryError):
            return None
        return digest.hexdigest()

    @property
    def damaged_dir(self) -> Path:
        return self.objects_dir / DAMAGED_DIR

    def recorded_damaged(self) -> list[str]:
        """The stored files the last backup or full check found damaged and nothing has moved aside yet."""
        try:
            listed = json.loads((self.damaged_dir / DAMAGED_LIST).read_bytes())
        except (OSError, ValueError):
            return []
        if not isinstance(listed, list):
            return []
        return sorted(sha for sha in listed if isinstance(sha, str) and is_sha256(sha))

    def record_damaged(self, shas: list[str], *, is_complete: bool = False) -> None:
        """Remember damaged stored files for `doctor`; `is_complete` (a check of every file) replaces the list."""
        known = set() if is_complete else set(self.recorded_damaged())
        listed = sorted(known | set(shas))
        path = self.damaged_dir / DAMAGED_LIST
        if listed:
            atomic_write_bytes(path, json.dumps(listed).encode("utf-8"))
        else:
            path.unlink(missing_ok=True)

    def quarantine(self, sha256: str) -> Path:
        """Move a damaged stored file out of the store, to objects/damaged/<its name>, and forget it was listed."""
        target = self.damaged_dir / sha256
        self.damaged_dir.mkdir(mode=0o700, exist_ok=True)
        replace_with_retry(self.path_for(sha256), target)
        fsync_dir(self.damaged_dir)
        listed = [sha for sha in self.recorded_damaged() if sha != sha256]
        self.record_damaged(listed, is_complete=True)
        return target

    def iter_shas(self) -> Iterator[str]:
        for sub in sorted(self.objects_dir.glob("[0-9a-f][0-9a-f]")):
            for item in sorted(sub.iterdir()):
                if is_sha256(item.name):
                    yield item.name

    def delete(self, sha256: str) -> None:
        self.path_for(sha256).unlink(missing_ok=True)


def register_blob(session: Session, ref: BlobRef, media_type: str = "application/octet-stream") -> Blob:
    """The DB row for a stored object; idempotent."""
    row = session.get(Blob, ref.sha256)
    if row is None:
        row = Blob(sha256=ref.sha256, size_bytes=ref.size_bytes, media_type=media_type)
        session.add(row)
    return row
