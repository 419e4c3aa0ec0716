"""Whole-lab backup (DB through SQLite's backup API, every blob, the lab key) and restore onto a new laptop.

A backup is a folder `heliofab-backup-<UTC stamp>/` with `backup.json` listing every file's SHA-256;
backup.json is written last, once every file is copied and verified, so a half-written backup never
looks like a backup (and one that fails is deleted). The lab's private signing key travels only encrypted with a
passphrase the operator chose, or not at all (format 2; format 1 backups carried it in clear and
still restore).
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from catalog.blob_refs import BlobReference, references_in
from catalog.blobstore import CHUNK_BYTES, BlobStore, is_sha256
from catalog.foreign_ground import is_writer_gone, writer_tag
from catalog.safety import ArchiveError, check_relative_name
from catalog.signing import PRIVATE_KEY_FILE, LabKey, SigningError, WrongPassphraseError, check_passphrase_strength
from catalog.stick import (
    as_full_when_writing,
    explain_write_error,
    format_bytes,
    has_fat32_size_limit,
    space_shortage,
    too_big_for_fat32,
)
from db.atomic_files import atomic_write_bytes, fsync_dir, replace_with_retry
from db.sqlite_copy import copy_database
from i18n import _

BACKUP_PREFIX = "heliofab-backup-"
BACKUP_MANIFEST = "backup.json"
DB_NAME = "heliofab.sqlite"
FORMAT = "heliofab-backup"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
KEY_ENTRY = f"keys/{PRIVATE_KEY_FILE}"
MAX_MANIFEST_BYTES = 256 * 1024 * 1024
# backup.json spends about this much on each file it lists (name, hash, size).
MANIFEST_BYTES_PER_FILE = 200
# Written before the database and the key move in, deleted once both are in place.
RESTORE_JOURNAL = "restore-journal.json"
RESTORE_JOURNAL_FORMAT = "heliofab-restore"
RESTORE_STAGING_PREFIX = "restore-"
BACKUP_STAGING_PREFIX = "backup-"
_STAGING_RE = re.compile(r"^(?:restore|backup)-(?P<tag>[a-z0-9]+-\d+)-[0-9a-f]{8}$")
# Inside a backup folder being written: which process writes it (removed before backup.json is written).
WRITER_MARKER_PREFIX = ".writer-"
# Earlier versions staged backups under this name on the stick.
LEGACY_PARTIAL_PREFIX = ".partial-backup-"
# Staging left by a Heliofab that did not name its writer counts as a leftover after this long untouched.
LEGACY_STALE_AFTER_S = 3600.0
# The settings section holding the fingerprint of the lab key this database goes with.
LAB_KEY_SETTING = "lab_key"

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class BackupError(Exception):
    """A backup or restore that could not be done; the message says what to do."""


class BackupPassphraseError(BackupError):
    """The backup's signing key needs a passphrase, or the one given does not open it."""


class KeyInBackup(enum.Enum):
    """How the lab's private signing key is kept in a backup."""

    ENCRYPTED = "encrypted"  # PKCS#8, encrypted with the operator's passphrase
    LEFT_OUT = "left_out"  # the operator chose to move it by hand
    NONE = "none"  # the lab had no key yet (it never exported a catalogue)
    CLEAR = "clear"  # format 1 backups, made before keys were encrypted


class KeyAfterRestore(enum.Enum):
    RESTORED = "restored"  # the backup's key is the lab's key again
    KEPT_CURRENT = "kept_current"  # the backup had none (or it was skipped): the data folder's own key stays
    NEW_KEY = "new_key"  # neither had one: a new key was made, other labs must trust it anew


@dataclass(frozen=True)
class DamagedFile:
    """A stored file whose bytes no longer hash to its name: left out of the backup."""

    sha256: str  # its name, the hash it should have
    references: tuple[BlobReference, ...]

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "used_by": [ref.to_json() for ref in self.references]}


@dataclass(frozen=True)
class BackupReport:
    folder: Path
    file_count: int
    total_bytes: int
    key: KeyInBackup
    # Left out, never copied under a name their bytes don't match: the backup holds no damaged file.
    damaged: tuple[DamagedFile, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder), "files": self.file_count, "bytes": self.total_bytes,
            "signing_key": self.key.value,
            "damaged_files_left_out": [item.to_json() for item in self.damaged],
        }


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    file_count: int
    total_bytes: int
    previous_db_kept_at: Path | None
    key: KeyAfterRestore

    def to_json(self) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "files": self.file_count,
            "bytes": self.total_bytes,
            "previous_db_kept_at": str(self.previous_db_kept_at) if self.previous_db_kept_at else None,
            "signing_key": self.key.value,
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
                    raise BackupError(_("Cancelled: nothing was kept."))
                digest.update(chunk)
                size += len(chunk)
                try:
                    out.write(chunk)
                except OSError as exc:
                    raise as_full_when_writing(exc) from exc
            try:
                out.flush()
                os.fsync(out.fileno())
            except OSError as exc:
                raise as_full_when_writing(exc) from exc
        replace_with_retry(tmp_name, target)
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
    key_passphrase: str | None,
    schema_revision: str | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> BackupReport:
    """Back the lab up into a new folder in `dest`; the signing key goes in encrypted with
    `key_passphrase`, or is left out when it is None."""
    key_pem, key_state = _key_for_backup(keys_dir, key_passphrase)
    # The database is copied onto this laptop first: SQLite's backup API then never writes a journal
    # on the stick, and the copy's exact size is known for the space check.
    local_tmp = db_file.parent / "tmp"
    local_tmp.mkdir(parents=True, exist_ok=True)
    remove_staging_leftovers(db_file.parent)
    remove_partial_backups(dest)
    staging = local_tmp / f"{BACKUP_STAGING_PREFIX}{writer_tag()}-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        db_copy = staging / DB_NAME
        copy_database(db_file, db_copy)
        sources = _backup_sources(db_copy, blobs, keys_dir)
        _check_room(dest, sources, key_pem)
        report = _write_folder(dest, sources, key_pem, key_state, schema_revision, progress, is_cancelled)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    # `heliofab doctor` then reports them (and `--repair` moves them aside) without hashing every file.
    blobs.record_damaged([item.sha256 for item in report.damaged])
    return report


def _key_for_backup(keys_dir: Path, passphrase: str | None) -> tuple[bytes | None, KeyInBackup]:
    key_file = keys_dir / PRIVATE_KEY_FILE
    if not key_file.is_file():
        return None, KeyInBackup.NONE
    if passphrase is None:
        return None, KeyInBackup.LEFT_OUT
    try:
        check_passphrase_strength(passphrase)
        key = LabKey.from_pem(key_file.read_bytes(), str(key_file))
        return key.to_encrypted_pem(passphrase), KeyInBackup.ENCRYPTED
    except SigningError as exc:
        raise BackupError(_("{error} Nothing was written.").format(error=exc)) from exc


def _backup_sources(db_copy: Path, blobs: BlobStore, keys_dir: Path) -> dict[str, Path]:
    """Every file the backup holds, by its name in the backup, except the (encrypted) key."""
    sources = {DB_NAME: db_copy}
    for sha in blobs.iter_shas():
        sources[f"objects/{sha[:2]}/{sha}"] = blobs.path_for(sha)
    if keys_dir.is_dir():
        for key_file in sorted(keys_dir.iterdir()):
            if key_file.name != PRIVATE_KEY_FILE and key_file.is_file() and not key_file.is_symlink():
                sources[f"keys/{key_file.name}"] = key_file
    return sources


def _check_room(dest: Path, sources: dict[str, Path], key_pem: bytes | None) -> None:
    sizes = {relative: path.stat().st_size for relative, path in sources.items()}
    if has_fat32_size_limit(dest):
        for relative, size in sizes.items():
            if too_big_for_fat32(size):
                raise BackupError(
                    _("{relative} is {value}, more than the 4 GB a FAT32 stick holds in one file: back up "
                      "to a stick or disk formatted exFAT or NTFS; nothing was written.").format(
                            relative=relative, value=format_bytes(size))
                )
    manifest_bytes = MANIFEST_BYTES_PER_FILE * (len(sizes) + 1) + 4096
    shortage = space_shortage(dest, [*sizes.values(), len(key_pem or b"")], manifest_bytes)
    if shortage is not None:
        raise BackupError(
            _("The backup needs {value} free on {dest} but there is only {value2}: make room (older backups"
              " there can go) or use a bigger stick; nothing was written.").format(
                    value=format_bytes(shortage.needed_bytes), dest=dest, value2=format_bytes(shortage.free_bytes))
        )


def _write_folder(
    dest: Path,
    sources: dict[str, Path],
    key_pem: bytes | None,
    key_state: KeyInBackup,
    schema_revision: str | None,
    progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> BackupReport:
    kept = "no backup was kept there and older backups are untouched"
    # The folder gets its final name at once and backup.json, written last, marks it complete: a folder
    # without it is never taken for a backup. No folder is renamed: Windows refuses to rename a folder
    # while an antivirus scans a file inside, and fusefat loses a renamed folder's contents.
    try:
        dest.mkdir(parents=True, exist_ok=True)
        folder = _new_backup_folder(dest)
    except OSError as exc:
        raise BackupError(explain_write_error(exc, dest, "nothing was written")) from exc
    files: dict[str, dict[str, Any]] = {}
    damaged: list[str] = []
    marker = folder / f"{WRITER_MARKER_PREFIX}{writer_tag()}"
    try:
        marker.write_bytes(b"")  # the next backup here deletes this folder if it is left incomplete
        for index, (relative, source) in enumerate(sources.items()):
            digest, size = _hash_copy(source, folder / relative, is_cancelled)
            name = relative.rsplit("/", 1)[-1]
            if relative.startswith("objects/") and digest != name:
                # One damaged file must not cost the lab its backup; it is left out and reported by name.
                (folder / relative).unlink()
                damaged.append(name)
                continue
            files[relative] = {"sha256": digest, "size": size}
            if progress is not None:
                progress((index + 1) / len(sources) * 0.9, f"copied {index + 1} of {len(sources)} files")
        if key_pem is not None:
            atomic_write_bytes(folder / KEY_ENTRY, key_pem)
            files[KEY_ENTRY] = {"sha256": hashlib.sha256(key_pem).hexdigest(), "size": len(key_pem)}
        if progress is not None:
            progress(0.95, "verifying")
        _verify_files(folder, files, is_cancelled)
        marker.unlink()
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "schema_revision": schema_revision,
            "signing_key": key_state.value,
            "files": files,
        }
        # the commit point
        atomic_write_bytes(folder / BACKUP_MANIFEST, json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8"))
        fsync_dir(dest)
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise BackupError(explain_write_error(exc, dest, kept)) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    total = sum(int(f["size"]) for f in files.values())
    used_by = references_in(sources[DB_NAME], damaged)
    found = tuple(DamagedFile(sha, tuple(used_by[sha])) for sha in damaged)
    return BackupReport(folder, len(files), total, key_state, found)


def _new_backup_folder(dest: Path) -> Path:
    """Create `heliofab-backup-<stamp>`, with a suffix when a backup was already made in the same second."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    suffix = 1
    while True:
        folder = dest / (f"{BACKUP_PREFIX}{stamp}" if suffix == 1 else f"{BACKUP_PREFIX}{stamp}-{suffix}")
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            suffix += 1


def _load_manifest(folder: Path) -> dict[str, dict[str, Any]]:
    return _read_manifest(folder)[0]


def _read_manifest(folder: Path) -> tuple[dict[str, dict[str, Any]], KeyInBackup]:
    path = folder / BACKUP_MANIFEST
    try:
        if path.is_symlink() or path.stat().st_size > MAX_MANIFEST_BYTES:
            raise BackupError(_("{path} is not a usable backup manifest: refused.").format(path=path))
        manifest = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise BackupError(_("No Heliofab backup at {folder} ({BACKUP_MANIFEST} is missing): choose a "
                            "heliofab-backup-… folder.").format(
                folder=folder, BACKUP_MANIFEST=BACKUP_MANIFEST)) from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackupError(_("{path} is damaged (not JSON): use another backup.").format(path=path)) from exc
    if (not isinstance(manifest, dict) or manifest.get("format") != FORMAT
            or manifest.get("format_version") not in READABLE_VERSIONS):
        raise BackupError(_("{folder} is not a Heliofab backup this version can read.").format(folder=folder))
    files = manifest.get("files")
    if not isinstance(files, dict) or DB_NAME not in files:
        raise BackupError(_("{folder} has no database in its manifest: use another backup.").format(
                folder=folder))
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
            raise BackupError(_("{folder} lists an unexpected file ({value!r}): refused.").format(
                    folder=folder, value=relative[:80]))
    if manifest.get("format_version") == 1:
        return files, KeyInBackup.CLEAR if KEY_ENTRY in files else KeyInBackup.NONE
    try:
        key_state = KeyInBackup(manifest.get("signing_key"))
    except ValueError as exc:
        raise BackupError(_("{folder} does not say how it keeps the lab's signing key: refused.").format(
                folder=folder)) from exc
    if key_state is KeyInBackup.CLEAR or (key_state is KeyInBackup.ENCRYPTED) != (KEY_ENTRY in files):
        raise BackupError(_("{folder} does not hold the lab's signing key the way its manifest says: "
                            "refused.").format(
                folder=folder))
    return files, key_state


def backup_key_state(source: Path) -> KeyInBackup:
    """How the backup in `source` (or the newest one in it) holds the lab's signing key."""
    return _read_manifest(find_backup(source))[1]


def open_backup_key(source: Path, passphrase: str | None) -> LabKey | None:
    """The lab key a backup holds, decrypted; None when it holds none. Reads nothing else."""
    folder = find_backup(source)
    files, key_state = _read_manifest(folder)
    if key_state not in (KeyInBackup.ENCRYPTED, KeyInBackup.CLEAR):
        return None
    path = folder / KEY_ENTRY
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BackupError(_("The backup at {folder} is missing its signing key ({strerror}): use another "
                            "backup, or restore without the key.").format(
                folder=folder, strerror=exc.strerror)) from exc
    if hashlib.sha256(data).hexdigest() != files[KEY_ENTRY]["sha256"]:
        raise BackupError(_("The backup at {folder} is damaged ({KEY_ENTRY} does not match): use another "
                            "backup, or restore without the key.").format(
                folder=folder, KEY_ENTRY=KEY_ENTRY))
    try:
        return LabKey.from_pem(data, str(folder), passphrase)
    except WrongPassphraseError as exc:
        raise BackupPassphraseError(str(exc)) from exc
    except SigningError as exc:
        raise BackupError(_("{error} Or restore without the key.").format(error=exc)) from exc


def verify_backup(folder: Path, *, is_cancelled: CancelFn | None = None) -> int:
    """Re-hash every file against the manifest; returns the file count or raises BackupError."""
    files = _load_manifest(folder)
    _verify_files(folder, files, is_cancelled)
    return len(files)


def _verify_files(folder: Path, files: dict[str, dict[str, Any]], is_cancelled: CancelFn | None) -> None:
    for relative, entry in files.items():
        if is_cancelled is not None and is_cancelled():
            raise BackupError("Cancelled.")
        path = folder / relative
        if path.is_symlink() or not path.is_file():
            raise BackupError(_("The backup at {folder} is missing {relative}: it is incomplete; use "
                                "another backup.").format(
                    folder=folder, relative=relative))
        if _hash_file(path) != entry["sha256"]:
            raise BackupError(_("The backup at {folder} is damaged ({relative} does not match): use another"
                                " backup.").format(
                    folder=folder, relative=relative))


def find_backup(source: Path) -> Path:
    """The backup folder itself, or the newest `heliofab-backup-*` inside `source`."""
    if (source / BACKUP_MANIFEST).is_file():
        return source
    candidates = sorted(p for p in source.glob(f"{BACKUP_PREFIX}*") if (p / BACKUP_MANIFEST).is_file())
    if not candidates:
        raise BackupError(_("No Heliofab backup found in {source}: choose the heliofab-backup-… folder.").format(
                source=source))
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
    key_passphrase: str | None = None,
    is_key_skipped: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RestoreReport:
    """Verify while copying into the data dir's staging area, then move the database and the key into
    place together under a journal (see finish_interrupted_restore).

    The app must not have the DB open. Without `is_replace`, only a fresh data dir is restored into;
    with it, the current DB is kept under backups/ first. The backup's signing key is opened with
    `key_passphrase` before anything is copied; with `is_key_skipped`, or when the backup has no key,
    the data dir keeps its own key (or gets a new one).
    """
    folder = find_backup(source)
    files = _load_manifest(folder)
    db_file = data_dir / DB_NAME
    finish_interrupted_restore(data_dir)
    if not is_replace and not is_fresh_data_dir(db_file):
        raise BackupError(
            _("{data_dir} already holds a lab's data: restore into a new --data-dir, or pass --replace to "
              "keep the current one under backups/ and replace it.").format(
                    data_dir=data_dir)
        )
    restored_key = None if is_key_skipped else open_backup_key(folder, key_passphrase)
    staging_root = data_dir / "tmp"
    staging_root.mkdir(parents=True, exist_ok=True)
    remove_staging_leftovers(data_dir)
    staging = staging_root / f"{RESTORE_STAGING_PREFIX}{writer_tag()}-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    # The private key was checked and decrypted above; the other files are copied and checked here.
    to_copy = {relative: entry for relative, entry in files.items() if relative != KEY_ENTRY}
    total = sum(int(entry.get("size", 0)) for entry in to_copy.values()) or 1
    done = 0
    try:
        for relative, entry in sorted(to_copy.items()):
            source_path = folder / relative
            if source_path.is_symlink() or not source_path.is_file():
                raise BackupError(_("The backup at {folder} is missing {relative}: use another backup.").format(
                        folder=folder, relative=relative))
            try:
                digest, size = _hash_copy(source_path, staging / relative, is_cancelled)
            except OSError as exc:
                if not folder.exists() or not source_path.exists():
                    raise BackupError(
                        _("{folder} went away while it was read (was the stick pulled out?): nothing was "
                          "restored; plug it in and try again.").format(
                                folder=folder)
                    ) from exc
                raise
            if digest != entry["sha256"]:
                raise BackupError(_("The backup at {folder} is damaged ({relative} does not match): nothing"
                                    " was restored.").format(
                        folder=folder, relative=relative))
            done += size
            if progress is not None:
                progress(done / total * 0.95, f"checked {relative.split('/')[-1][:16]}")
        key, key_outcome, is_key_staged = _key_going_with(data_dir, staging, restored_key)
        record_lab_key(staging / DB_NAME, key.fingerprint)
        # Objects are named by their content: adding them changes nothing the current database sees.
        for relative in to_copy:
            if relative.startswith("objects/"):
                target_path = data_dir / relative
                target_path.parent.mkdir(parents=True, exist_ok=True)
                replace_with_retry(staging / relative, target_path)
        kept = None
        if db_file.exists() and db_file.stat().st_size:
            # The same kind of copy migrations keep; imported here, as it loads SQLAlchemy.
            from db.migrate import backup_database

            kept = backup_database(db_file, data_dir / "backups", "restore")
        _keep_replaced_key(data_dir, restored_key)
        moves = [[relative, relative] for relative in sorted(to_copy) if relative.startswith("keys/")]
        if is_key_staged:
            moves.append([KEY_ENTRY, KEY_ENTRY])
        moves.append([DB_NAME, DB_NAME])  # last: a database is never in place without its key
        journal = {"format": RESTORE_JOURNAL_FORMAT, "staging": staging.name, "moves": moves}
        atomic_write_bytes(data_dir / RESTORE_JOURNAL, json.dumps(journal).encode("utf-8"))  # the commit point
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BackupError(
            _("Restoring from {folder} failed ({error}): check the stick and the free space on this laptop;"
              " the current data was not replaced.").format(
                    folder=folder, error=exc)
        ) from exc
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        finish_interrupted_restore(data_dir)
    except OSError as exc:
        raise BackupError(
            _("Restoring from {folder} stopped while moving files into place ({error}): run `heliofab "
              "doctor --repair` to finish it.").format(
                    folder=folder, error=exc)
        ) from exc
    if progress is not None:
        progress(1.0, "restored")
    return RestoreReport(folder, len(files), done, kept, key_outcome)


def _key_going_with(data_dir: Path, staging: Path, restored_key: LabKey | None) -> tuple[LabKey, KeyAfterRestore, bool]:
    """The key the restored database will sign with, and whether it waits in staging to be moved in."""
    current = data_dir / KEY_ENTRY
    if restored_key is not None:
        _stage_key(staging, restored_key)
        return restored_key, KeyAfterRestore.RESTORED, True
    if current.is_file():
        try:
            return LabKey.from_pem(current.read_bytes(), str(current)), KeyAfterRestore.KEPT_CURRENT, False
        except SigningError as exc:
            raise BackupError(_("{error} Or restore the backup with its key.").format(error=exc)) from exc
    key = LabKey(Ed25519PrivateKey.generate())
    _stage_key(staging, key)
    return key, KeyAfterRestore.NEW_KEY, True


def _stage_key(staging: Path, key: LabKey) -> None:
    (staging / "keys").mkdir(mode=0o700, exist_ok=True)
    atomic_write_bytes(staging / KEY_ENTRY, key.to_pem())  # created private (0600) where there are permissions


def _keep_replaced_key(data_dir: Path, restored_key: LabKey | None) -> None:
    current = data_dir / KEY_ENTRY
    if restored_key is not None and current.is_file() and current.read_bytes() != restored_key.to_pem():
        # Never lose a key silently: other labs may trust the one being replaced.
        atomic_write_bytes(data_dir / "backups" / f"{PRIVATE_KEY_FILE}.before-restore", current.read_bytes())


def record_lab_key(db_file: Path, fingerprint: str) -> bool:
    """Write the lab key's fingerprint into a database file (the `lab_key` settings section); False when
    the database predates settings (its first start migrates it and records the key then)."""
    connection = sqlite3.connect(db_file)
    try:
        with connection:
            connection.execute(
                "INSERT OR REPLACE INTO site_settings (key, value, updated_at) VALUES (?, ?, ?)",
                (LAB_KEY_SETTING, json.dumps({"fingerprint": fingerprint}, sort_keys=True, separators=(",", ":")),
                 datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")),
            )
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()
    return True


def has_interrupted_restore(data_dir: Path) -> bool:
    return (data_dir / RESTORE_JOURNAL).exists()


def finish_interrupted_restore(data_dir: Path) -> bool:
    """Complete a restore stopped after its journal was written (the database and key then move in
    together); True when there was one. Call it before the database is opened, holding the data folder."""
    journal_path = data_dir / RESTORE_JOURNAL
    if not journal_path.exists():
        return False
    try:
        journal = json.loads(journal_path.read_bytes().decode("utf-8"))
        staging = data_dir / "tmp" / _plain_name(journal["staging"])
        moves = [(check_relative_name(src, "journal"), check_relative_name(dst, "journal"))
                 for src, dst in journal["moves"]]
    except (ValueError, KeyError, TypeError, ArchiveError, UnicodeDecodeError) as exc:
        raise BackupError(
            _("{journal_path} is damaged, so a stopped restore can't be finished: restore the backup again "
              "with --replace.").format(
                    journal_path=journal_path)
        ) from exc
    for src, dst in moves:
        staged, target = staging / src, data_dir / dst
        if not staged.exists():
            continue  # moved before the process stopped
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # keys/: private where there are permissions
        if dst == DB_NAME:
            # The old database's write-ahead log must not be replayed into the restored one.
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        replace_with_retry(staged, target)
    fsync_dir(data_dir)
    journal_path.unlink()
    shutil.rmtree(staging, ignore_errors=True)
    return True


def _plain_name(value: object) -> str:
    if not isinstance(value, str) or not value or "/" in value or "\\" in value or value in (".", ".."):
        raise ValueError(_("not a plain name"))
    return value


def find_staging_leftovers(data_dir: Path) -> list[Path]:
    """`tmp/restore-*` and `tmp/backup-*` folders whose writer has ended (they hold customer data)."""
    tmp = data_dir / "tmp"
    if not tmp.is_dir():
        return []
    named = _journal_staging(data_dir)
    return [
        entry for entry in sorted(tmp.iterdir())
        if entry.name != named and entry.name.startswith((RESTORE_STAGING_PREFIX, BACKUP_STAGING_PREFIX))
        and entry.is_dir() and not entry.is_symlink() and _is_stale_staging(entry)
    ]


def remove_staging_leftovers(data_dir: Path) -> list[Path]:
    removed = find_staging_leftovers(data_dir)
    for entry in removed:
        shutil.rmtree(entry, ignore_errors=True)
    return removed


def _journal_staging(data_dir: Path) -> str | None:
    try:
        return str(json.loads((data_dir / RESTORE_JOURNAL).read_bytes())["staging"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale_staging(folder: Path) -> bool:
    match = _STAGING_RE.match(folder.name)
    if match is not None:
        return is_writer_gone(match["tag"])
    # Named by an earlier Heliofab (no writer in the name): a leftover once nothing in it has moved for a while.
    return _newest_mtime(folder) < time.time() - LEGACY_STALE_AFTER_S


def _newest_mtime(folder: Path) -> float:
    newest = folder.lstat().st_mtime
    for path in folder.rglob("*"):
        try:
            newest = max(newest, path.lstat().st_mtime)
        except OSError:
            continue
    return newest


def find_partial_backups(dest: Path) -> list[Path]:
    """Backup folders on `dest` that never got their backup.json (a stopped backup) and whose writer has
    ended: each holds a copy of the customer database."""
    try:
        entries = sorted(dest.iterdir())
    except OSError:
        return []
    found: list[Path] = []
    for entry in entries:
        is_ours = entry.name.startswith(BACKUP_PREFIX) or entry.name.startswith(LEGACY_PARTIAL_PREFIX)
        if not is_ours or entry.is_symlink() or not entry.is_dir() or (entry / BACKUP_MANIFEST).exists():
            continue
        markers = [m.name[len(WRITER_MARKER_PREFIX):] for m in entry.glob(f"{WRITER_MARKER_PREFIX}*")]
        if markers:
            is_stale = all(is_writer_gone(tag) for tag in markers)
        else:
            is_stale = _newest_mtime(entry) < time.time() - LEGACY_STALE_AFTER_S
        if is_stale:
            found.append(entry)
    return found


def remove_partial_backups(dest: Path) -> list[Path]:
    removed = find_partial_backups(dest)
    for entry in removed:
        shutil.rmtree(entry, ignore_errors=True)
    return removed
