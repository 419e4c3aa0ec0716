"""Queueing a G-code file from elsewhere: the one service behind `heliofab queue add FILE` and the
window's "Queue a G-code file".

The file is checked against the printer profile it was sliced for before anything is stored: an
unsafe file is refused with its first problem and line, and nothing is queued. The job keeps that
profile and material, so the planner gives it only to printers that can take it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.queue.order import OrderLink
from app.queue.store import QueueError, add_gcode_job, lab_printers
from printers.profiles import MaterialProfile, PrinterProfile, UnknownProfileError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from catalog.blobstore import BlobStore


@dataclass(frozen=True)
class ProfileChoice:
    id: str
    name: str
    is_in_lab: bool  # a printer of this lab uses it


def printer_profile_choices(session_factory: sessionmaker[Session], profiles: ProfileStore) -> list[ProfileChoice]:
    """Every printer profile, those of the lab's own printers first (what a file is most likely for)."""
    in_lab = {p.profile_id for p in lab_printers(session_factory)}
    return sorted(
        (ProfileChoice(p.id, p.name, p.id in in_lab) for p in profiles.printers()),
        key=lambda c: (not c.is_in_lab, c.name.lower()),
    )


def material_choices(profiles: ProfileStore) -> list[tuple[str, str]]:
    return [(m.id, m.name) for m in profiles.materials()]


def queue_gcode_file(
    session_factory: sessionmaker[Session], blobs: BlobStore, profiles: ProfileStore,
    path: Path,
    *,
    printer_profile_id: str | None,
    material_id: str | None = None,
    name: str | None = None,
    priority: int = 0,
    deadline_utc: datetime | None = None,
    printer: str | None = None,
    order: OrderLink | None = None,
) -> int:
    """Check `path` for its printer profile and queue it; returns the job id.

    Raises QueueError (unknown profile or printer, or UnsafeQueueFileError naming the problem and its
    line) or GcodeEstimateError: nothing queued.
    """
    if not path.is_file():
        raise QueueError(f"There is no file {path}: give the path of a sliced .gcode file.")
    profile = _printer_profile(session_factory, profiles, printer_profile_id, printer, path)
    material = _material(profiles, material_id)
    return add_gcode_job(
        session_factory, blobs, path, printer_profile=profile, material=material,
        name=name, priority=priority, deadline_utc=deadline_utc, printer=printer, order=order,
        profiles=profiles,
    )


def _printer_profile(
    session_factory: sessionmaker[Session],
    profiles: ProfileStore,
    profile_id: str | None,
    printer: str | None,
    path: Path,
) -> PrinterProfile:
    if profile_id:
        try:
            return profiles.printer(profile_id)
        except UnknownProfileError as exc:
            raise QueueError(str(exc)) from exc
    lab = lab_printers(session_factory)
    if printer:
        required = next((p for p in lab if p.name == printer), None)
        if required is None:
            raise QueueError(
                f"There is no printer named '{printer}': add it on the Printers screen or leave the printer out."
            )
        return profiles.printer(required.profile_id)
    in_lab = list(dict.fromkeys(p.profile_id for p in lab))
    if len(in_lab) == 1:
        # Every printer of this lab has the same profile: that is what the file was sliced for.
        return profiles.printer(in_lab[0])
    raise QueueError(
        f"Say which printer profile {path.name} was sliced for (--printer-profile, see `heliofab printers profiles`): "
        "it is checked against that printer before it is queued."
    )


def _material(profiles: ProfileStore, material_id: str | None) -> MaterialProfile | None:
    if not material_id:
        return None
    try:
        return profiles.material(material_id)
    except UnknownProfileError as exc:
        raise QueueError(str(exc)) from exc
