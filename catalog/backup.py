"""Whole-lab backup (DB through SQLite's backup API, every blob, the lab key) and restore onto a new laptop.

A backup is a folder `heliofab-backup-<UTC stamp>/` with `backup.json` listing every file's SHA-256;
it is written under a temporary name and renamed when complete and verified, so a half-written
backup never looks like a backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from catalog.blobstore import CHUNK_BYTES, BlobStore, is_sha256
from catalog.blobstore import atomic_write_bytes, fsync_dir
from catalog.safety import ArchiveError, check_relative_name
from db.sqlite_copy import copy_database

BACKUP_PREFIX = "heliofab-backup-"
BACKUP_MANIFEST = "backup.json"
DB_NAME = "heliofab.sqlite"
FORMAT = "heliofab-backup"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 256 * 1024 * 1024

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class BackupError(Exception):
    """A backup or restore that could not be done; the message says what to do."""


@dataclass(frozen=True)
class BackupReport:
    folder: Path
    file_count: int
    total_bytes: int

    def to_json(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "files": self.file_count, "bytes": self.total_bytes}


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    file_count: int
    total_bytes: int
    previous_db_kept_at: Path | None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "files": self.file_count,
            "bytes": self.total_bytes,
            "previous_db_kept_at": str(self.previous_db_kept_at) if self.previous_db_kept_at else None,
        }


def _hash_copy(source: Path, target: Path, is_cancelled: CancelFn | None) -> tuple[str, int]:
    """Copy and hash in one pass; the target is fsynced before its name is final."""
    digest = hashlib.sha256()
    size = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: src.read(CHUNK_BYTES), b""):
                if is_cancelled is not None and is_cancelled():
                    raise BackupError("Cancelled: nothing was kept.")
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return digest.hexdigest(), size


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_backup(
    db_file: Path,
    blobs: BlobStore,
    keys_dir: Path,
    dest: Path,
    *,
    schema_revision: str | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> BackupReport:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    final = dest / f"{BACKUP_PREFIX}{stamp}"
    try:
        dest.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=".partial-backup-", dir=dest))
    except OSError as exc:
        raise BackupError(f"Cannot write to {dest} ({exc.strerror}): check the stick or folder and its free space.") from exc
    try:
        files: dict[str, dict[str, Any]] = {}
        copy_database(db_file, partial / DB_NAME)  # consistent even while the app writes
        db_copy = partial / DB_NAME
        with db_copy.open("rb+") as fh:
            os.fsync(fh.fileno())
        files[DB_NAME] = {"sha256": _hash_file(db_copy), "size": db_copy.stat().st_size}
        shas = list(blobs.iter_shas())
        for index, sha in enumerate(shas):
            relative = f"objects/{sha[:2]}/{sha}"
            digest, size = _hash_copy(blobs.path_for(sha), partial / relative, is_cancelled)
            if digest != sha:
                raise BackupError(f"The stored file {sha[:12]}… is corrupt in this lab: run `heliofab doctor`; the backup was not kept.")
            files[relative] = {"sha256": digest, "size": size}
            if progress is not None:
                progress((index + 1) / max(len(shas), 1) * 0.9, f"copied {index + 1} of {len(shas)} files")
        if keys_dir.is_dir():
            for key_file in sorted(keys_dir.iterdir()):
                if key_file.is_file() and not key_file.is_symlink():
                    digest, size = _hash_copy(key_file, partial / "keys" / key_file.name, is_cancelled)
                    files[f"keys/{key_file.name}"] = {"sha256": digest, "size": size}
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "schema_revision": schema_revision,
            "files": files,
        }
        atomic_write_bytes(partial / BACKUP_MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))
        if progress is not None:
            progress(0.95, "verifying")
        verify_backup(partial)
        os.replace(partial, final)
        fsync_dir(dest)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise BackupError(f"Writing the backup to {dest} failed ({exc.strerror or exc}): check the stick and its free space.") from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    total = sum(int(f["size"]) for f in files.values())
    return BackupReport(final, len(files), total)


def _load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / BACKUP_MANIFEST
    try:
        if path.is_symlink() or path.stat().st_size > MAX_MANIFEST_BYTES:
            raise BackupError(f"{path} is not a usable backup manifest: refused.")
        manifest = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise BackupError(f"No Heliofab backup at {folder} ({BACKUP_MANIFEST} is missing): choose a heliofab-backup-… folder.") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackupError(f"{path} is damaged (not JSON): use another backup.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"{folder} is not a Heliofab backup this version can read.")
    files = manifest.get("files")
    if not isinstance(files, dict) or DB_NAME not in files:
        raise BackupError(f"{folder} has no database in its manifest: use another backup.")
    for relative, entry in files.items():
        try:
            name = check_relative_name(relative, str(folder))
        except ArchiveError as exc:
            raise BackupError(str(exc)) from exc
        parts = name.split("/")
        is_allowed = (
            name == DB_NAME
            or (len(parts) == 3 and parts[0] == "objects" and is_sha256(parts[2]) and parts[1] == parts[2][:2])
            or (len(parts) == 2 and parts[0] == "keys")
        )
        if not is_allowed or not isinstance(entry, dict) or not is_sha256(str(entry.get("sha256", ""))):
            raise BackupError(f"{folder} lists an unexpected file ({relative[:80]!r}): refused.")
    return files


def verify_backup(folder: Path, *, is_cancelled: CancelFn | None = None) -> int:
    """Re-hash every file against the manifest; returns the file count or raises BackupError."""
    files = _load_manifest(folder)
    for relative, entry in files.items():
        if is_cancelled is not None and is_cancelled():
            raise BackupError("Cancelled.")
        path = folder / relative
        if path.is_symlink() or not path.is_file():
            raise BackupError(f"The backup at {folder} is missing {relative}: it is incomplete; use another backup.")
        if _hash_file(path) != entry["sha256"]:
            raise BackupError(f"The backup at {folder} is damaged ({relative} does not match): use another backup.")
    return len(files)


def find_backup(source: Path) -> Path:
    """The backup folder itself, or the newest `heliofab-backup-*` inside `source`."""
    if (source / BACKUP_MANIFEST).is_file():
        return source
    candidates = sorted(p for p in source.glob(f"{BACKUP_PREFIX}*") if (p / BACKUP_MANIFEST).is_file())
    if not candidates:
        raise BackupError(f"No Heliofab backup found in {source}: choose the heliofab-backup-… folder.")
    return candidates[-1]


def is_fresh_data_dir(db_file: Path) -> bool:
    """True when the DB is absent or holds no designs, customers or jobs worth keeping."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return True
    connection = sqlite3.connect(db_file)
    try:
        for table in ("customers", "print_jobs", "designs"):
            try:
                if connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                    return False
            except sqlite3.OperationalError:
                continue
    finally:
        connection.close()
    return True


def restore_backup(
    source: Path,
    data_dir: Path,
    *,
    is_replace: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RestoreReport:
    """Verify while copying into the data dir's staging area, then move into place, the DB last.

    The app must not have the DB open. Without `is_replace`, only a fresh data dir is restored into;
    with it, the current DB is kept under backups/ first.
    """
    folder = find_backup(source)
    files = _load_manifest(folder)
    db_file = data_dir / DB_NAME
    if not is_replace and not is_fresh_data_dir(db_file):
        raise BackupError(
            f"{data_dir} already holds a lab's data: restore into a new --data-dir, or pass --replace to keep the current one under backups/ and replace it."
        )
    staging_root = data_dir / "tmp"
    staging_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="restore-", dir=staging_root))
    total = sum(int(entry.get("size", 0)) for entry in files.values()) or 1
    done = 0
    try:
        for relative, entry in sorted(files.items()):
            source_path = folder / relative
            if source_path.is_symlink() or not source_path.is_file():
                raise BackupError(f"The backup at {folder} is missing {relative}: use another backup.")
            digest, size = _hash_copy(source_path, staging / relative, is_cancelled)
            if digest != entry["sha256"]:
                raise BackupError(f"The backup at {folder} is damaged ({relative} does not match): nothing was restored.")
            done += size
            if progress is not None:
                progress(done / total * 0.95, f"checked {relative.split('/')[-1][:16]}")
        kept = None
        if db_file.exists() and db_file.stat().st_size:
            # The same kind of copy migrations keep; imported here, as it loads SQLAlchemy.
            from db.migrate import backup_database

            kept = backup_database(db_file, data_dir / "backups", "restore")
        for relative in files:
            if relative.startswith("objects/"):
                target_path = data_dir / relative
                target_path.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / relative, target_path)
        keys_target = data_dir / "keys"
        for relative in files:
            if relative.startswith("keys/"):
                keys_target.mkdir(parents=True, exist_ok=True)
                existing = keys_target / relative.split("/", 1)[1]
                if existing.exists() and kept is not None:
                    shutil.copy2(existing, data_dir / "backups" / f"{existing.name}.before-restore")
                os.replace(staging / relative, existing)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        os.replace(staging / DB_NAME, db_file)  # the commit point
        fsync_dir(data_dir)
    except OSError as exc:
        raise BackupError(f"Restoring from {folder} failed ({exc.strerror or exc}): check the stick; the current data was not replaced.") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if progress is not None:
        progress(1.0, "restored")
    return RestoreReport(folder, len(files), done, kept)
