"""Health checks of a data directory, its database, its stored files and the machine's optional helpers.

`run_doctor(..., is_repair=True)` first repairs what can be repaired without a person's judgement
(leftovers of stopped work, permissions), then checks: what still fails is what it could not fix.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from app.doctor_files import (
    Leftovers,
    check_store,
    describe_missing,
    find_leftovers,
    names,
    quarantine_damaged,
    remove_leftovers,
)
from app.doctor_permissions import check_permissions, make_lab_private
from app.lab_recovery import LabKeyRecord, key_file_fingerprint
from app.paths import DataDirError, assert_writable
from catalog.backup import has_interrupted_restore
from catalog.signing import SigningError, format_fingerprint
from db.migrate import current_revision, head_revision
from i18n import N_, _
from printers.ports import list_serial_ports

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from app.paths import DataPaths
    from app.settings import SettingsStore
    from catalog.blobstore import BlobStore


@dataclass(frozen=True)
class Check:
    name: str
    is_ok: bool
    detail: str


@dataclass(frozen=True)
class DoctorReport:
    data_dir: str
    db_file: str
    checks: list[Check]
    serial_ports: list[dict[str, str]]
    helpers: dict[str, str | None] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)

    @property
    def is_healthy(self) -> bool:
        return all(check.is_ok for check in self.checks)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["healthy"] = self.is_healthy
        return data


def run_doctor(
    paths: DataPaths,
    engine: Engine,
    session_factory: sessionmaker[Session],
    blobs: BlobStore,
    settings: SettingsStore,
    *,
    is_full: bool = False,
    is_repair: bool = False,
    is_key_accepted: bool = False,
) -> DoctorReport:
    """`is_full` hashes every stored file; `is_repair` (holding the data folder) removes leftovers and
    makes the lab private first; `is_key_accepted` records the key file as the lab's key."""
    repairs = (
        _repair(session_factory, blobs, paths, settings, is_full=is_full, is_key_accepted=is_key_accepted)
        if is_repair else []
    )
    checks = [
        _check_writable(paths),
        _check_schema(engine),
        _check_integrity(engine),
        _check_restore(paths),
        _check_files(session_factory, blobs, paths, is_full=is_full),
        _check_leftovers(find_leftovers(session_factory, blobs, paths)),
        _check_permissions(paths),
        _check_lab_key(paths, settings),
    ]
    ports = [asdict(port) for port in list_serial_ports()]
    helpers = {
        "prusa-slicer": shutil.which("prusa-slicer"),
        "display": os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or None,
    }
    return DoctorReport(
        data_dir=str(paths.root),
        db_file=str(paths.db_file),
        checks=checks,
        serial_ports=ports,
        helpers=helpers,
        repairs=repairs,
    )


def _repair(
    session_factory: sessionmaker[Session],
    blobs: BlobStore,
    paths: DataPaths,
    settings: SettingsStore,
    *,
    is_full: bool,
    is_key_accepted: bool,
) -> list[str]:
    done = _set_damaged_aside(session_factory, blobs, paths, is_full=is_full)
    found = find_leftovers(session_factory, blobs, paths)
    if found.count:
        problems = remove_leftovers(session_factory, blobs, paths, found)
        done.append(f"removed {found.describe()}")
        done += [f"could not remove: {problem}" for problem in problems]
    if check_permissions(paths).too_open:
        stayed = make_lab_private(paths)
        done.append("made the data folder private to this account")
        done += [f"could not make {path} private: its file system ignores permissions" for path in stayed]
    if is_key_accepted:
        try:
            fingerprint = key_file_fingerprint(paths)
        except (SigningError, OSError) as exc:
            done.append(f"could not accept the lab key: {exc}")
        else:
            if fingerprint is not None:
                settings.save(LabKeyRecord(fingerprint))
                done.append(f"recorded the key {format_fingerprint(fingerprint)} as this lab's signing key")
    return done


def _set_damaged_aside(
    session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths, *, is_full: bool
) -> list[str]:
    """Damaged stored files (by hash with `--full`, else by size and as the last check found them) go to
    objects/damaged/: a backup can then be made again, and each line says what to do to replace it."""
    damaged = check_store(session_factory, blobs, is_full=is_full).damaged
    moved, problems = quarantine_damaged(session_factory, blobs, paths, damaged)
    done = []
    for item in moved:
        where = item.moved_to.relative_to(paths.root).as_posix()
        if item.references:
            needs = "; ".join(str(ref) for ref in item.references)
            done.append(f"moved the damaged stored file {item.sha256[:12]}… to {where}; it belongs to {needs}")
        else:
            done.append(f"moved the damaged stored file {item.sha256[:12]}… to {where}; nothing refers to it any more, "
                        "so it can be deleted")
    return done + [f"could not repair: {problem}" for problem in problems]


def report_text(report: DoctorReport) -> str:
    """The report as the operator reads it (`heliofab doctor`, and doctor.txt in a bundle), in the operator's
    language. The checks' names are identifiers (the same in --json); a detail marked N_ is translated, one
    made of measured facts (paths, counts) stays as written."""
    lines = [_("Data directory: {path}").format(path=report.data_dir),
             _("Database: {path}").format(path=report.db_file), ""]
    for check in report.checks:
        mark = _("ok") if check.is_ok else _("FAIL")
        lines.append(f"  [{mark}] {check.name}: {_(check.detail) if check.detail else ''}")
    lines.append("")
    if report.serial_ports:
        lines.append(_("Serial ports:"))
        lines += [f"  {p['device']}  {p['description']} {p['vid_pid']}".rstrip() for p in report.serial_ports]
    else:
        lines.append(_("Serial ports: none found (plug the printer in, or use `heliofab sim-printer`)"))
    for name, value in report.helpers.items():
        lines.append(f"{name}: {value or _('not available')}")
    lines.append("")
    if report.repairs:
        lines.append(_("Repaired:"))
        lines += [f"  {line}" for line in report.repairs]
        lines.append("")
    lines.append(_("Healthy.") if report.is_healthy else _("Problems found: see FAIL lines above."))
    return "\n".join(lines)


def _check_writable(paths: DataPaths) -> Check:
    try:
        assert_writable(paths.root)
    except DataDirError as exc:
        return Check("data_dir_writable", False, str(exc))
    return Check("data_dir_writable", True, str(paths.root))


def _check_schema(engine: Engine) -> Check:
    current, head = current_revision(engine), head_revision()
    if current == head:
        return Check("schema_at_head", True, f"schema {current}")
    return Check("schema_at_head", False, f"schema {current}, expected {head}: restart Heliofab to update it")


def _check_integrity(engine: Engine) -> Check:
    with engine.connect() as connection:
        rows = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
    if rows == ["ok"]:
        return Check("integrity", True, N_("PRAGMA integrity_check: ok"))
    return Check("integrity", False, "; ".join(rows[:5]) + ": restore the latest backup")


def _check_restore(paths: DataPaths) -> Check:
    if has_interrupted_restore(paths.root):
        return Check(
            "restore_finished", False,
            N_("a restore stopped halfway and could not be finished: close Heliofab everywhere and run "
               "`heliofab doctor --repair`; if it still fails, restore the backup again with --replace"),
        )
    return Check("restore_finished", True, N_("no restore left halfway"))


def _check_files(session_factory: sessionmaker[Session], blobs: BlobStore, paths: DataPaths, *, is_full: bool) -> Check:
    state = check_store(session_factory, blobs, is_full=is_full)
    how = "by hash" if is_full else "by size; `--full` also checks their contents"
    if not state.missing and not state.damaged:
        return Check("stored_files", True, f"{state.checked} stored files present, checked {how}")
    parts = []
    if state.damaged:
        parts.append(
            f"{len(state.damaged)} of {state.checked} stored files are damaged ({names(state.damaged)}): "
            "`heliofab doctor --repair` moves them aside and says what to re-import or re-queue"
        )
    if state.missing:
        parts.append(
            f"{len(state.missing)} of {state.checked} stored files are missing "
            f"({describe_missing(paths, state.missing)}): "
            "do what each says, or restore a backup made before they went (`heliofab restore --replace`)"
        )
    return Check("stored_files", False, "; ".join(parts))


def _check_leftovers(found: Leftovers) -> Check:
    kept = (f"; {len(found.orphans_kept_for_backups)} unused stored files kept for the database copies under backups/"
            if found.orphans_kept_for_backups else "")
    if not found.count:
        return Check("leftovers", True, f"nothing left by stopped work{kept}")
    return Check("leftovers", False, f"{found.describe()}: `heliofab doctor --repair` removes them{kept}")


def _check_permissions(paths: DataPaths) -> Check:
    state = check_permissions(paths)
    if not state.is_applicable:
        return Check("private_to_this_account", True,
                     N_("not applicable here (no POSIX permissions on this system or file system)"))
    if state.too_open:
        shown = ", ".join(str(p) for p in state.too_open[:3])
        return Check(
            "private_to_this_account", False,
            f"other accounts of this computer can read {shown}{' and more' if len(state.too_open) > 3 else ''}: "
            "`heliofab doctor --repair` makes them private",
        )
    return Check("private_to_this_account", True,
                 N_("the data folder and the customer database are private to this account"))


def _check_lab_key(paths: DataPaths, settings: SettingsStore) -> Check:
    try:
        actual = key_file_fingerprint(paths)
    except (SigningError, OSError) as exc:
        return Check("lab_key", False, str(exc))
    recorded = settings.load(LabKeyRecord).fingerprint
    if actual is None:
        if recorded:
            return Check(
                "lab_key", False,
                f"the lab's signing key ({format_fingerprint(recorded)}) is missing from the keys folder: restore it "
                "from a backup "
                "(a new key means other labs must trust this lab again)",
            )
        return Check("lab_key", True, N_("no signing key yet (one is made at the first catalogue export)"))
    if recorded and recorded != actual:
        return Check(
            "lab_key", False,
            f"the signing key in the keys folder ({format_fingerprint(actual)}) is not the one this lab's database "
            "goes with "
            f"({format_fingerprint(recorded)}): a restore was stopped or keys were copied from another lab; restore "
            "the backup "
            "again with --replace, or if this key is the one you mean the lab to use, run `heliofab doctor --repair "
            "--accept-lab-key`",
        )
    return Check("lab_key", True, f"the signing key {format_fingerprint(actual)} goes with this lab's database")
