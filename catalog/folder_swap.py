"""Replacing a whole output folder so that, whatever stops the process, it holds the old set or the new one.

A folder can't be swapped with another in one rename on every system, so the swap is journalled:

    1. the new set is written into `.NAME.heliofab-<host>-<pid>-<rand>.new` beside NAME;
    2. a journal `.NAME.heliofab-…-<rand>.swap` naming both is written (as `….part`) and flushed;
    3. NAME is renamed to `….old`, then `….new` to NAME;
    4. the journal is deleted, then `….old`.

A process killed at any step leaves a journal (or only a staging folder). The next write beside
NAME, or `heliofab doctor --repair` through `recover_swaps`, completes it: a staging folder whose
journal exists while NAME is gone becomes NAME (rolled forward); a journal whose first rename never
happened is dropped with its staging folder (rolled back). The writer's pid is in every name, so
the work of a process still running is never taken for a leftover.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from catalog.foreign_ground import (
    is_writer_gone,
    lstat_or_none,
    read_file_nofollow,
    writer_tag,
)
from db.atomic_files import fsync_dir, replace_with_retry

JOURNAL_FORMAT = "heliofab-folder-swap"
_NAME_RE = re.compile(
    r"^\.(?P<name>.+)\.heliofab-(?P<tag>[a-z0-9]+-\d+)-(?P<rand>[0-9a-f]{8})\.(?P<kind>new|old|swap|part)$")
# What earlier versions left when stopped between their two renames: `.NAME.<mkdtemp>.tmp|old`.
_LEGACY_RE = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.(?P<kind>tmp|old)$")
_MAX_JOURNAL_BYTES = 64 * 1024


@dataclass(frozen=True)
class SwapRecovery:
    """What `recover_swaps` did in one folder, in words an operator can read."""

    completed: tuple[str, ...] = ()
    rolled_back: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.completed or self.rolled_back or self.removed)


def replace_folder(out_dir: Path, files: Mapping[str, bytes], *, folder_mode: int | None = 0o755) -> Path:
    """Write `files` into a new folder and put it in place of `out_dir` (absent, or replaceable by the
    caller's rules)."""
    parent = out_dir.parent
    recover_swaps(parent, name=out_dir.name)
    stem = f".{out_dir.name}.heliofab-{writer_tag()}-{secrets.token_hex(4)}"
    staging, old, journal = parent / f"{stem}.new", parent / f"{stem}.old", parent / f"{stem}.swap"
    os.mkdir(staging)
    try:
        if folder_mode is not None:
            try:
                staging.chmod(folder_mode)
            except OSError:
                pass  # FAT and exFAT sticks have no permissions to set (chmod fails with EPERM there)
        for name, data in files.items():
            with (staging / name).open("xb") as fh:  # a fresh folder: "x" also refuses a name given twice
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())  # every file is on disk before the journal says the set is complete
        fsync_dir(staging)
        if lstat_or_none(out_dir) is None:
            replace_with_retry(staging, out_dir)  # nothing to replace: one rename is the whole swap
            fsync_dir(parent)
            return out_dir
        _write_journal(parent / f"{stem}.part", journal, _journal_bytes(out_dir.name, staging.name, old.name))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    try:
        replace_with_retry(out_dir, old)
        replace_with_retry(staging, out_dir)
        fsync_dir(parent)
    except BaseException:
        # Undo at once what can be undone; anything left is the journal's to finish at the next run.
        _finish(parent, journal.name, {"target": out_dir.name, "new": staging.name, "old": old.name}, SwapRecovery())
        raise
    journal.unlink()
    shutil.rmtree(old, ignore_errors=True)
    return out_dir


def _write_journal(part: Path, journal: Path, data: bytes) -> None:
    # Named like the rest of the swap (not a random temporary name), so a kill while writing it
    # leaves nothing the next run can't recognise and remove.
    try:
        with part.open("xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace_with_retry(part, journal)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    fsync_dir(journal.parent)


def _journal_bytes(target: str, new: str, old: str) -> bytes:
    return json.dumps({"format": JOURNAL_FORMAT, "target": target, "new": new, "old": old}).encode("utf-8")


def recover_swaps(parent: Path, *, name: str | None = None) -> SwapRecovery:
    """Finish or undo the swaps stopped in `parent` (only those of folder `name` when given), and delete
    the staging folders their writers left behind when those writers are gone."""
    recovery = SwapRecovery()
    try:
        with os.scandir(parent) as listing:
            entries = sorted(entry.name for entry in listing if entry.name.startswith("."))
    except OSError:
        return recovery
    for entry in entries:
        match = _NAME_RE.match(entry)
        if match is None or (name is not None and match["name"] != name) or match["kind"] != "swap":
            continue
        if not is_writer_gone(match["tag"]):
            continue
        plan = _read_journal(parent / entry)
        if plan is None:
            continue
        recovery = _finish(parent, entry, plan, recovery)
    for entry in entries:
        match = _NAME_RE.match(entry)
        if match is None or (name is not None and match["name"] != name) or match["kind"] == "swap":
            continue
        if lstat_or_none(parent / entry) is None or not is_writer_gone(match["tag"]):
            continue
        if not _journal_names(parent, entry):
            if match["kind"] == "part":
                (parent / entry).unlink(missing_ok=True)
            else:
                shutil.rmtree(parent / entry, ignore_errors=True)
            recovery = _add(recovery, removed=str(parent / entry))
    return recovery if name is None else _recover_legacy(parent, entries, name, recovery)


def _read_journal(path: Path) -> dict[str, str] | None:
    try:
        data = json.loads(read_file_nofollow(path, _MAX_JOURNAL_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT:
        return None
    plan = {key: data.get(key) for key in ("target", "new", "old")}
    if not all(isinstance(value, str) and value and "/" not in value and "\\" not in value for value in plan.values()):
        return None
    return {key: str(value) for key, value in plan.items()}


def _journal_names(parent: Path, entry: str) -> bool:
    stem = entry.rsplit(".", 1)[0]
    return lstat_or_none(parent / f"{stem}.swap") is not None


def _finish(parent: Path, journal_name: str, plan: dict[str, str], recovery: SwapRecovery) -> SwapRecovery:
    target, new, old = parent / plan["target"], parent / plan["new"], parent / plan["old"]
    has_target, has_new, has_old = (lstat_or_none(p) is not None for p in (target, new, old))
    if has_new and not has_target:
        replace_with_retry(new, target)  # killed between the two renames: the new set is complete
        recovery = _add(recovery, completed=str(target))
    elif has_new:
        shutil.rmtree(new, ignore_errors=True)  # the first rename never happened: the old set stays
        recovery = _add(recovery, rolled_back=str(target))
    elif not has_target and has_old:
        replace_with_retry(old, target)  # only the old set survived: it stays
        has_old = False
        recovery = _add(recovery, rolled_back=str(target))
    fsync_dir(parent)
    (parent / journal_name).unlink(missing_ok=True)
    if has_old and lstat_or_none(old) is not None:
        shutil.rmtree(old, ignore_errors=True)
    return recovery


def _recover_legacy(parent: Path, entries: list[str], name: str, recovery: SwapRecovery) -> SwapRecovery:
    """An earlier Heliofab stopped between its renames left `.NAME.xxxxxxxx.old` with NAME gone: put it back.

    Only folders holding a set's report.json are touched: a hidden folder of that shape could be anyone's.
    """
    for entry in entries:
        match = _LEGACY_RE.match(entry)
        if match is None or match["name"] != name or lstat_or_none(parent / entry / "report.json") is None:
            continue
        target = parent / match["name"]
        if match["kind"] == "old" and lstat_or_none(target) is None:
            replace_with_retry(parent / entry, target)
            recovery = _add(recovery, rolled_back=str(target))
        elif lstat_or_none(target) is not None or match["kind"] == "tmp":
            shutil.rmtree(parent / entry, ignore_errors=True)
            recovery = _add(recovery, removed=str(parent / entry))
    return recovery


def _add(recovery: SwapRecovery, *, completed: str = "", rolled_back: str = "", removed: str = "") -> SwapRecovery:
    return SwapRecovery(
        recovery.completed + ((completed,) if completed else ()),
        recovery.rolled_back + ((rolled_back,) if rolled_back else ()),
        recovery.removed + ((removed,) if removed else ()),
    )
