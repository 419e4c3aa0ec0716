"""Database failures meant for the operator; importable without loading SQLAlchemy, so the CLI starts fast."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

# Error numbers for a full disk or an exhausted quota; EDQUOT does not exist on Windows.
_FULL_ERRNOS = frozenset(n for n in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if n is not None)
_SQLITE_FULL = 13


class NotADatabaseError(Exception):
    """The DB path holds something that is not an SQLite database."""


class MigrationError(Exception):
    """The schema could not be brought to head; the message names the backup to restore."""


class DatabaseTooNewError(MigrationError):
    """The DB was written by a newer Heliofab."""


class DatabaseReplacedError(Exception):
    """The database file was replaced (restored, copied over) while this process had it open."""


class DiskFullError(Exception):
    """The disk (or the user's quota) holding the data folder is full; nothing was saved."""


def is_disk_full(exc: BaseException) -> bool:
    """True for an OSError or SQLite error that means the disk (or the user's quota) is full, as
    opposed to a folder that may not be written (EACCES, EROFS), which needs other advice."""
    if isinstance(exc, DiskFullError):
        return True
    if isinstance(exc, OSError):
        return exc.errno in _FULL_ERRNOS
    original = getattr(exc, "orig", exc)  # SQLAlchemy wraps the driver's exception
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)  # Python 3.11+; older ones only say it
        return code == _SQLITE_FULL or "database or disk is full" in str(original)
    return False


def disk_full_error(exc: BaseException, folder: Path | None = None) -> DiskFullError | None:
    """The operator's sentence for a full disk, or None when `exc` is something else."""
    if isinstance(exc, DiskFullError):
        return exc
    if not is_disk_full(exc):
        return None
    where = f"The disk holding {folder}" if folder is not None else "The disk holding Heliofab's data folder"
    return DiskFullError(
        f"{where} is full: free some space (empty the bin, move old files or backups elsewhere) and try again."
    )
