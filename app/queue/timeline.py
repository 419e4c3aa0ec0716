"""What the queue screen shows and does, as plain functions over the stores they read (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app.queue.model import Plan
from app.queue.service import plan_lab_queue
from app.queue.store import QueueJob, list_jobs, set_pin, set_priority

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.settings import SettingsStore


@dataclass(frozen=True)
class QueueTimeline:
    plan: Plan
    jobs: tuple[QueueJob, ...]
    printers: tuple[str, ...]
    now_utc: datetime
    soc_note: str
    timezone: str
    known_printers: tuple[str, ...]  # printers in the lab; empty when none is set up yet


def build_timeline(
    session_factory: sessionmaker[Session], settings: SettingsStore, profiles: ProfileStore, now: datetime | None = None
) -> QueueTimeline:
    """Re-plan the lab's queue (saved) and return everything the timeline draws."""
    now = now or datetime.now(timezone.utc)
    plan, state = plan_lab_queue(session_factory, settings, profiles, now)
    jobs = tuple(list_jobs(session_factory))
    printers = tuple(sorted({a.printer for a in plan.assignments})) or ("printer",)
    from app.queue.store import printer_names

    known = tuple(printer_names(session_factory))
    return QueueTimeline(plan, jobs, known or printers, now, state.soc_note, state.site.timezone, known)


def pin_job(session_factory: sessionmaker[Session], job_id: int, start_utc: datetime, printer: str | None) -> None:
    set_pin(session_factory, job_id, start_utc, printer)


def unpin_job(session_factory: sessionmaker[Session], job_id: int) -> None:
    set_pin(session_factory, job_id, None, None)


def reorder_jobs(session_factory: sessionmaker[Session], ordered_ids: list[int]) -> None:
    """The operator's order becomes priorities: first in the list prints first."""
    n = len(ordered_ids)
    for rank, job_id in enumerate(ordered_ids):
        set_priority(session_factory, job_id, min(100, n - rank))
