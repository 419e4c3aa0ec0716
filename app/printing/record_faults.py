"""Why a running job's progress could not be saved, in the operator's words.

A print whose progress can't be committed must not go on: after a crash it would be resumed from
a stale line and print part of itself twice. The runner turns the recorder's failure into a
`HoldJobError`, so the session pauses the job (parked, heaters off) and says why.
"""

from __future__ import annotations

import errno

# What each cause is called for a screen that words it itself (and translates it).
DISK_FULL = "disk_full"
DATABASE_LOCKED = "database_locked"
DISK_FAILED = "disk_failed"
NOT_RECORDED = "not_recorded"


def recording_failure(exc: BaseException) -> tuple[str, str]:
    """(kind, sentence) for a failed commit of a job's progress.

    SQLite words it "database or disk is full", "database is locked" or "disk I/O error"; the
    same text reaches us wrapped by SQLAlchemy, so the whole chain of causes is read.
    """
    texts: list[str] = []
    errnos: set[int] = set()
    seen: BaseException | None = exc
    while seen is not None and len(texts) < 8:
        texts.append(str(seen).lower())
        if isinstance(seen, OSError) and seen.errno is not None:
            errnos.add(seen.errno)
        seen = seen.__cause__ or seen.__context__
    text = " ".join(texts)
    if "disk is full" in text or errno.ENOSPC in errnos or "no space left" in text:
        return DISK_FULL, (
            "the disk of the data folder is full, so the print's progress can't be saved: free some space on it, "
            "then resume the print"
        )
    if "database is locked" in text or "database table is locked" in text:
        return DATABASE_LOCKED, (
            "another program holds Heliofab's database locked, so the print's progress can't be saved: close "
            "that program (a second Heliofab, a backup tool), then resume the print"
        )
    if "disk i/o error" in text or "readonly" in text or "read-only" in text or errnos:
        return DISK_FAILED, (
            "the disk of the data folder refused to write (a pulled stick, a failing or read-only disk), so the "
            "print's progress can't be saved: check the disk, then resume the print"
        )
    first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    return NOT_RECORDED, f"the print's progress can't be saved ({first}): resume the print once that is fixed"
