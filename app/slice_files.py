"""The G-code files the window slices into `tmp/slices` of the data folder, and their end.

A slice is a working file: the queue keeps its own copy of the G-code in the content-addressed
store, so the slice goes as soon as its job holds that copy, when the operator discards it (a new
slice, a closed slicing window, a closed main window), or, for files a crash or a kill left
behind, at the next start once they are a day old and no unfinished job needs their content.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Callable, Collection
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.slicing import new_slice_path
from db.models.printing import JobState, PrintJob

log = logging.getLogger(__name__)

ORPHAN_AGE_S = 24 * 3600.0
# A job in one of these states still has to be printed (or resumed) from its G-code.
UNFINISHED_STATES = (JobState.QUEUED, JobState.PLANNED, JobState.PRINTING, JobState.PAUSED, JobState.INTERRUPTED)


def slices_folder(tmp_dir: Path) -> Path:
    return tmp_dir / "slices"


def is_temporary_slice(path: Path, tmp_dir: Path) -> bool:
    """True for a file inside `tmp/slices`: only those are ever removed, never a G-code the operator
    saved or named on the command line."""
    folder = slices_folder(tmp_dir).resolve()
    return folder in Path(path).resolve().parents


def discard_slice(path: Path, tmp_dir: Path) -> bool:
    """Remove a temporary slice; True when a file went. Files outside `tmp/slices` are left alone."""
    if not is_temporary_slice(path, tmp_dir):
        return False
    try:
        Path(path).unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        # Windows refuses while another program (an antivirus) holds it: the start-up sweep retries.
        log.warning("Could not remove the slice %s: %s", path, exc)
        return False
    return True


class HeldSlices:
    """The slices this window made and has not let go of yet, so closing the window removes them all.

    Slicing runs in worker threads, hence the lock."""

    def __init__(self, tmp_dir: Path) -> None:
        self.tmp_dir = tmp_dir
        self._lock = threading.Lock()
        self._paths: set[Path] = set()

    def new_path(self) -> Path:
        path = new_slice_path(self.tmp_dir)
        with self._lock:
            self._paths.add(path)
        return path

    def held(self) -> list[Path]:
        with self._lock:
            return sorted(self._paths)

    def discard(self, path: Path) -> None:
        with self._lock:
            self._paths.discard(Path(path))
        discard_slice(Path(path), self.tmp_dir)

    def discard_all(self) -> list[Path]:
        """Remove every slice still held (the window closes); the files that went."""
        with self._lock:
            paths, self._paths = sorted(self._paths), set()
        return [path for path in paths if discard_slice(path, self.tmp_dir)]


def unfinished_job_gcode(session_factory: sessionmaker[Session]) -> set[str]:
    """The SHA-256 of every G-code an unfinished job still prints from."""
    with session_factory() as session:
        rows = session.scalars(select(PrintJob.gcode_sha256).where(PrintJob.state.in_(UNFINISHED_STATES)))
        return {sha for sha in rows if sha}


def sweep_orphan_slices(
    tmp_dir: Path,
    find_referenced: Callable[[], Collection[str]],
    *,
    max_age_s: float = ORPHAN_AGE_S,
    now_s: float | None = None,
) -> list[Path]:
    """Remove what is in `tmp/slices` and older than `max_age_s`, unless its content is the G-code of a
    job (the SHA-256s `find_referenced` gives, asked only when there is something old); the files and
    folders removed. Younger ones may belong to a slice in progress elsewhere, such as a command-line
    `queue` run's private folder."""
    folder = slices_folder(tmp_dir)
    if not folder.is_dir():
        return []
    now = time.time() if now_s is None else now_s
    removed: list[Path] = []
    referenced: Collection[str] | None = None
    for entry in sorted(folder.iterdir()):
        try:
            if now - entry.stat().st_mtime < max_age_s:
                continue
            if referenced is None:
                referenced = find_referenced()
            files = [entry] if not entry.is_dir() else [p for p in entry.rglob("*") if p.is_file()]
            if any(_sha256(path) in referenced for path in files):
                continue
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as exc:
            log.warning("Could not remove the old slice %s: %s", entry, exc)
            continue
        removed.append(entry)
    if removed:
        log.info("Removed %d old slice(s) from %s", len(removed), folder)
    return removed


def sweep_data_folder_slices(tmp_dir: Path, session_factory: sessionmaker[Session]) -> list[Path]:
    """The start-up sweep: old slices that no unfinished job needs."""
    return sweep_orphan_slices(tmp_dir, lambda: unfinished_job_gcode(session_factory))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
