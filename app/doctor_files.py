"""The doctor's look at the lab's files: every stored file the database names, and what stopped work left.

Quick mode trusts a file of the right size (unless the last backup or full check found it damaged);
`--full` hashes every one. Damaged files are moved to objects/damaged/ by `--repair`, each reported with
what needs it; the database keeps naming a needed one, so it is reported missing until it is replaced.
Leftovers are the staging files and folders of imports, backups and restores whose process has ended, objects nothing
refers to, catalogue exports and backups stopped on sticks the lab used before (when plugged in),
and demo labs whose window is gone. Removing them is `--repair`'s job; orphan objects are kept when
a database copy under backups/ still names them (restoring that copy would need them).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from app.lab_lock import is_data_folder_busy
from catalog.backup import (
    BACKUP_PREFIX,
    find_partial_backups,
    find_staging_leftovers,
    remove_partial_backups,
    remove_staging_leftovers,
)
from catalog.blob_refs import BlobReference, references_in
from catalog.blobstore import is_sha256
from catalog.bundle import BUNDLE_DIR_NAME, TEMP_PREFIX
from db.models import Blob, SyncRecord

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.paths import DataPaths
    from catalog.blobstore import BlobStore

DEMO_PREFIX = "heliofab-demo-"
DEMO_STALE_AFTER_S = 600.0
MAX_NAMES_SHOWN = 3


@dataclass(frozen=True)
class StoreState:
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    checked: int = 0


def check_store(session_factory: sessionmaker[Session], blobs: BlobStore, *, is_full: bool) -> StoreState:
    """Every file the database registers: present, of its size, and (full) of its hash. Files the last
    backup or full check found damaged are hashed again in quick mode too; a full check is remembered."""
    missing: list[str] = []
    damaged: list[str] = []
    blobs = blobs
    suspects = set(blobs.recorded_damaged())
    with session_factory() as session:
        rows = list(session.execute(select(Blob.sha256, Blob.size_bytes)))
    for sha, size in rows:
        path = blobs.path_for(sha)
        try:
            st = path.lstat()
        except (FileNotFoundError, NotADirectoryError):
            missing.append(sha)
            continue
        if st.st_size != size or ((is_full or sha in suspects) and blobs.hash_of(sha) != sha):
            damaged.append(sha)
    if is_full:
        blobs.record_damaged(damaged, is_complete=True)
    return StoreState(missing, damaged, len(rows))


@dataclass(frozen=True)
class Quarantined:
    sha256: str
    moved_to: Path
    references: list[BlobReference]


def quarantine_damaged(
    session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths, damaged: Iterable[str]
) -> tuple[list[Quarantined], list[str]]:
    """Move damaged stored files to objects/damaged/, each with what needs it. One nothing needs any more
    also loses its row, so it is not reported missing ever after. Returns what moved and what could not."""
    found = list(damaged)
    used_by = references_in(paths.db_file, found)
    moved: list[Quarantined] = []
    problems: list[str] = []
    for sha in found:
        try:
            target = blobs.quarantine(sha)
        except OSError as exc:
            problems.append(f"the damaged stored file {sha[:12]}… could not be moved aside ({exc.strerror or exc})")
            continue
        references = used_by.get(sha, [])
        if not references:
            with session_factory() as session, session.begin():
                session.execute(delete(Blob).where(Blob.sha256 == sha))
        moved.append(Quarantined(sha, target, references))
    return moved, problems


def describe_missing(paths: DataPaths, shas: list[str]) -> str:
    """The first few missing stored files by name, each with what needs it and what to do."""
    used_by = references_in(paths.db_file, shas[:MAX_NAMES_SHOWN])
    shown = []
    for sha in shas[:MAX_NAMES_SHOWN]:
        refs = "; ".join(str(ref) for ref in used_by.get(sha, [])) or "nothing refers to it"
        shown.append(f"{sha[:12]}…, {refs}")
    more = f" and {len(shas) - MAX_NAMES_SHOWN} more" if len(shas) > MAX_NAMES_SHOWN else ""
    return " | ".join(shown) + more


def names(shas: Iterable[str]) -> str:
    listed = list(shas)
    shown = ", ".join(f"{sha[:12]}…" for sha in listed[:MAX_NAMES_SHOWN])
    return shown + (f" and {len(listed) - MAX_NAMES_SHOWN} more" if len(listed) > MAX_NAMES_SHOWN else "")


# ---- leftovers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Leftovers:
    incoming: list[Path] = field(default_factory=list)
    staging: list[Path] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    orphans_kept_for_backups: list[str] = field(default_factory=list)
    stick_leftovers: list[Path] = field(default_factory=list)
    demo_folders: list[Path] = field(default_factory=list)

    @property
    def count(self) -> int:
        return (len(self.incoming) + len(self.staging) + len(self.orphans) + len(self.stick_leftovers)
                + len(self.demo_folders))

    def describe(self) -> str:
        parts = [
            f"{len(self.incoming)} unfinished import file(s)" if self.incoming else "",
            f"{len(self.staging)} backup or restore staging folder(s) holding customer data" if self.staging else "",
            f"{len(self.orphans)} stored file(s) nothing refers to" if self.orphans else "",
            f"{len(self.stick_leftovers)} stopped export or backup leftover(s) on a "
            "stick" if self.stick_leftovers else "",
            f"{len(self.demo_folders)} demo lab folder(s) left in the temporary folder" if self.demo_folders else "",
        ]
        return ", ".join(p for p in parts if p)


def find_leftovers(session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths) -> Leftovers:
    root = paths.root
    incoming = blobs.stale_incoming()
    staging = find_staging_leftovers(root)
    orphans, kept = _orphans(blobs, paths)
    return Leftovers(incoming, staging, orphans, kept, _stick_leftovers(session_factory), _demo_folders(root))


def remove_leftovers(
    session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths, found: Leftovers
) -> list[str]:
    """Remove what `find_leftovers` found; returns what could not be removed, in words."""
    problems: list[str] = []
    for path in found.incoming:
        _unlink(path, problems)
    remove_staging_leftovers(paths.root)
    for sha in found.orphans:
        _unlink(blobs.path_for(sha), problems)
    for stick_root in _used_stick_roots(session_factory):
        remove_partial_backups(stick_root)
        _remove_stick_temp_files(stick_root / BUNDLE_DIR_NAME)
    for folder in found.demo_folders:
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            problems.append(f"{folder} could not be deleted: delete it by hand")
    return problems


def _unlink(path: Path, problems: list[str]) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        problems.append(f"{path} could not be deleted ({exc.strerror or exc})")


def _referenced(connection: sqlite3.Connection) -> set[str]:
    """Every value of every column named like a hash in every table: what a database could ask for."""
    found: set[str] = set()
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            if "sha256" in column:
                found.update(str(row[0]) for row in connection.execute(f'SELECT "{column}" FROM "{table}"') if row[0])
    return found


def _referenced_in(db_file: Path) -> set[str] | None:
    try:
        connection = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
        try:
            return _referenced(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def _orphans(blobs: BlobStore, paths: DataPaths) -> tuple[list[str], list[str]]:
    on_disk = set(blobs.iter_shas())
    if not on_disk:
        return [], []
    live = _referenced_in(paths.db_file)
    if live is None:
        return [], []  # without the database's own list nothing can be called an orphan
    candidates = on_disk - live
    kept: set[str] = set()
    backups = paths.backups_dir
    if candidates and backups.is_dir():
        for copy in sorted(backups.glob("*.sqlite")):
            kept |= candidates & (_referenced_in(copy) or set())
    return sorted(sha for sha in candidates - kept if is_sha256(sha)), sorted(kept)


def _used_stick_roots(session_factory: sessionmaker[Session]) -> list[Path]:
    """The places this lab exported or backed up to, that are plugged in now."""
    with session_factory() as session:
        rows = session.execute(select(SyncRecord.direction, SyncRecord.location)
                               .where(SyncRecord.direction.in_(("export", "backup"))))
        roots = set()
        for direction, location in rows:
            path = Path(location)
            roots.add(path.parent if direction == "backup" and path.name.startswith(BACKUP_PREFIX) else path)
    return sorted(root for root in roots if root.is_dir() and not root.is_symlink())


def _stick_leftovers(session_factory: sessionmaker[Session]) -> list[Path]:
    found: list[Path] = []
    for root in _used_stick_roots(session_factory):
        found += find_partial_backups(root)
        objects = root / BUNDLE_DIR_NAME / "objects"
        if objects.is_dir() and not objects.is_symlink():
            found += [p for sub in _listing(objects) if sub.is_dir() and not sub.is_symlink()
                      for p in _listing(sub) if p.name.startswith(TEMP_PREFIX)]
    return found


def _remove_stick_temp_files(catalogue: Path) -> None:
    objects = catalogue / "objects"
    if not objects.is_dir() or objects.is_symlink() or catalogue.is_symlink():
        return
    for sub in _listing(objects):
        if sub.is_dir() and not sub.is_symlink():
            for item in _listing(sub):
                if item.name.startswith(TEMP_PREFIX) and item.is_file() and not item.is_symlink():
                    item.unlink(missing_ok=True)


def _listing(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _demo_folders(root: Path) -> list[Path]:
    """This account's demo labs in the temporary folder whose process is gone: a running demo holds its
    folder's lock, and one just being set up has a database written in the last minutes."""
    found = []
    uid = getattr(os, "getuid", lambda: None)()
    for folder in _listing(Path(tempfile.gettempdir())):
        if not folder.name.startswith(DEMO_PREFIX) or folder == root or folder.is_symlink() or not folder.is_dir():
            continue
        db_file = folder / "heliofab.sqlite"
        try:
            st = db_file.stat()
        except OSError:
            continue
        is_stale = st.st_mtime < time.time() - DEMO_STALE_AFTER_S
        if (uid is None or st.st_uid == uid) and is_stale and not is_data_folder_busy(folder):
            found.append(folder)
    return found
