"""The queue in the database: jobs as frozen values in and out, plans written back in one unit of work."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.printer_profiles import ProfileStore
from app.printing.job_material import material_for_file
from app.queue.model import JobId, Plan, PlanJob
from app.queue.order import OrderLink
from catalog.blobstore import BlobStore, register_blob
from db.engine import unit_of_work
from db.models import JobEvent, Printer, PrintJob
from db.models import JobState as JobState  # the state of a QueueJob, for the screens that read it
from i18n import _
from printers.gcode import GcodeReadError, SafetyReport, check_gcode, program_for_passes, read_gcode_lines
from printers.profiles import MaterialProfile, PrinterProfile

PROFILE_EVENT = "energy_profile"
ACTIVE_STATES = (JobState.QUEUED, JobState.PLANNED, JobState.PRINTING, JobState.PAUSED, JobState.INTERRUPTED)


class QueueError(ValueError):
    """A queue change that can't be made; the message says what to do."""


class UnsafeQueueFileError(QueueError):
    """The file failed the safety check for the profile it is queued for: nothing was queued."""

    def __init__(self, report: SafetyReport, printer: PrinterProfile) -> None:
        problem = report.summary().removeprefix("Unsafe G-code, ").rstrip(".")
        super().__init__(f"Not queued, unsafe on {printer.name}: {problem}.")
        self.report = report
        self.printer = printer


@dataclass(frozen=True)
class LabPrinter:
    name: str
    profile_id: str
    port: str


@dataclass(frozen=True)
class QueueJob:
    id: JobId
    name: str
    state: JobState  # as text (state.value) only where it is shown or written out
    priority: int
    deadline_utc: datetime | None
    printer: str | None  # required printer's name
    duration_min: float
    energy_wh: float
    peak_w: float
    planned_start_utc: datetime | None
    planned_printer: str | None
    plan_reason: str
    is_pinned: bool
    profile_w: tuple[float, ...] | None  # mean watts per 15-min slot, from the G-code analysis
    printer_profile_id: str | None = None  # what it was sliced for; None: queued before that was recorded
    material_id: str | None = None

    def to_plan_job(self, printers_allowed: tuple[str, ...] | None = None, printer_note: str = "") -> PlanJob:
        return PlanJob(
            id=self.id,
            name=self.name,
            duration_min=self.duration_min,
            energy_wh=self.energy_wh,
            peak_w=self.peak_w,
            priority=self.priority,
            deadline_utc=self.deadline_utc,
            printer=self.printer,
            profile_w=self.profile_w,
            pinned_start_utc=self.planned_start_utc if self.is_pinned else None,
            pinned_printer=self.planned_printer if self.is_pinned else None,
            is_running=self.state in (JobState.PRINTING, JobState.PAUSED),
            previous_start_utc=self.planned_start_utc,
            printers_allowed=printers_allowed,
            printer_note=printer_note,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "state": self.state.value,
            "priority": self.priority,
            "deadline_utc": _iso(self.deadline_utc),
            "printer": self.printer,
            "duration_min": round(self.duration_min, 1),
            "energy_wh": round(self.energy_wh, 1),
            "peak_w": round(self.peak_w, 1),
            "planned_start_utc": _iso(self.planned_start_utc),
            "planned_printer": self.planned_printer,
            "plan_reason": self.plan_reason,
            "is_pinned": self.is_pinned,
            "printer_profile": self.printer_profile_id,
            "material": self.material_id,
        }


def _iso(when: datetime | None) -> str | None:
    return None if when is None else when.isoformat().replace("+00:00", "Z")


def printer_names(session_factory: sessionmaker[Session]) -> list[str]:
    with session_factory() as session:
        return list(session.scalars(select(Printer.name).where(Printer.is_enabled).order_by(Printer.id)))


def lab_printers(session_factory: sessionmaker[Session]) -> list[LabPrinter]:
    """The lab's enabled printers with their profiles, in the order they were added."""
    with session_factory() as session:
        rows = session.scalars(select(Printer).where(Printer.is_enabled).order_by(Printer.id))
        return [LabPrinter(r.name, r.profile_id, r.port) for r in rows]


def _printer_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    row = session.scalars(select(Printer).where(Printer.name == name)).first()
    if row is None:
        raise QueueError(_("There is no printer named '{name}': add it on the Printers screen or leave the "
                           "printer out.").format(
                name=name))
    return row.id


def list_jobs(session_factory: sessionmaker[Session], *, is_active_only: bool = True) -> list[QueueJob]:
    with session_factory() as session:
        query = select(PrintJob).order_by(PrintJob.id)
        if is_active_only:
            query = query.where(PrintJob.state.in_(ACTIVE_STATES))
        rows = session.scalars(query).all()
        names = {p.id: p.name for p in session.scalars(select(Printer))}
        profiles: dict[int, tuple[float, ...]] = {}
        for event in session.scalars(
            select(JobEvent).where(JobEvent.kind == PROFILE_EVENT, JobEvent.job_id.in_([r.id for r in rows]))
        ):
            profiles[event.job_id] = tuple(float(v) for v in event.data.get("profile_w", []))
        return [
            QueueJob(
                id=JobId(r.id),
                name=r.name,
                state=r.state,
                priority=r.priority,
                deadline_utc=r.deadline_utc,
                printer=names.get(r.required_printer_id) if r.required_printer_id else None,
                duration_min=r.duration_s / 60.0,
                energy_wh=r.energy_wh,
                peak_w=r.peak_w,
                planned_start_utc=r.planned_start_utc,
                planned_printer=names.get(r.planned_printer_id) if r.planned_printer_id else None,
                plan_reason=r.plan_reason,
                is_pinned=r.is_pinned,
                profile_w=profiles.get(r.id) or None,
                printer_profile_id=r.printer_profile_id,
                material_id=r.material_id,
            )
            for r in rows
        ]


def add_job(
    session_factory: sessionmaker[Session],
    *,
    name: str,
    duration_min: float,
    energy_wh: float,
    peak_w: float,
    priority: int = 0,
    deadline_utc: datetime | None = None,
    printer: str | None = None,
    profile_w: tuple[float, ...] | None = None,
    gcode_sha256: str | None = None,
    filament_g: float = 0.0,
    total_lines: int = 0,
    design_id: str | None = None,
    fit_id: int | None = None,
    order: OrderLink | None = None,
    printer_profile_id: str | None = None,
    material_id: str | None = None,
    material_cost: float = 0.0,
) -> int:
    """`order` ties the job to a customer's order and carries the design's licence with it; its material
    cost (from the slice) counts when it has one, else `material_cost` (from the file's estimate)."""
    if not name.strip():
        raise QueueError(_("The job needs a name."))
    if not math.isfinite(duration_min) or duration_min <= 0:
        raise QueueError(_("The print time must be more than 0 minutes."))
    if not math.isfinite(energy_wh) or energy_wh < 0 or not math.isfinite(peak_w) or peak_w < 0:
        raise QueueError(_("Energy and peak power must be 0 or more."))
    if not -100 <= priority <= 100:
        raise QueueError(_("Priority must be between -100 and 100 (higher prints first)."))
    if deadline_utc is not None and deadline_utc.tzinfo is None:
        raise QueueError(_("The deadline needs a time zone: write it in UTC ending in Z."))
    with unit_of_work(session_factory) as session:
        job = PrintJob(
            name=name.strip(),
            state=JobState.QUEUED,
            priority=priority,
            deadline_utc=deadline_utc,
            required_printer_id=_printer_id(session, printer),
            duration_s=duration_min * 60.0,
            energy_wh=energy_wh,
            peak_w=peak_w,
            gcode_sha256=gcode_sha256,
            filament_g=filament_g,
            total_lines=total_lines,
            design_id=design_id,
            fit_id=fit_id,
            printer_profile_id=printer_profile_id,
            material_id=material_id,
        )
        if order is not None:
            order.apply_to(job)
        if not job.material_cost:
            job.material_cost = material_cost
        session.add(job)
        session.flush()
        if profile_w:
            session.add(JobEvent(job_id=job.id, kind=PROFILE_EVENT,
                                 data={"slot_min": 15, "profile_w": list(profile_w)}))
        session.add(JobEvent(job_id=job.id, kind="queued", message=f"Queued {name.strip()}"))
        return int(job.id)


def add_gcode_job(
    session_factory: sessionmaker[Session],
    blobs: BlobStore,
    path: Path,
    *,
    printer_profile: PrinterProfile,
    material: MaterialProfile | None = None,
    name: str | None = None,
    priority: int = 0,
    deadline_utc: datetime | None = None,
    printer: str | None = None,
    order: OrderLink | None = None,
    profiles: ProfileStore | None = None,
) -> int:
    """Check the G-code for the printer profile it was made for, analyse it (time, energy profile, peak)
    and queue it with that profile and material; the file goes into the blob store. Without a
    `material`, the one the file names (when `profiles` know it) or the profile's default prices it.

    Raises UnsafeQueueFileError (the problem and its line), QueueError or GcodeEstimateError: nothing queued.
    """
    from app.queue.gcode_estimate import GcodeEstimateError, estimate_from_gcode

    try:
        program = program_for_passes(read_gcode_lines(path))
        report = check_gcode(program, printer_profile)
    except GcodeReadError as exc:
        raise GcodeEstimateError(str(exc)) from exc
    if not report.is_safe:
        raise UnsafeQueueFileError(report, printer_profile)
    material = material or material_for_file(program, printer_profile, profiles)
    estimate = estimate_from_gcode(path, printer=printer_profile, material=material, program=program)
    if printer:
        with session_factory() as session:
            _printer_id(session, printer)  # an unknown printer name fails before the file is stored
    ref = blobs.put_file(path)
    with unit_of_work(session_factory) as session:
        register_blob(session, ref, "text/x-gcode")
    return add_job(
        session_factory,
        name=name or path.stem,
        duration_min=estimate.duration_min,
        energy_wh=estimate.energy_wh,
        peak_w=estimate.peak_w,
        priority=priority,
        deadline_utc=deadline_utc,
        printer=printer,
        profile_w=estimate.profile_w,
        gcode_sha256=ref.sha256,
        filament_g=estimate.filament_g,
        total_lines=estimate.total_lines,
        order=order,
        printer_profile_id=printer_profile.id,
        material_id=material.id if material is not None else None,
        material_cost=estimate.material_cost,
    )


def remove_job(session_factory: sessionmaker[Session], job_id: int) -> str:
    with unit_of_work(session_factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise QueueError(_("There is no job {job_id}: see `heliofab queue list`.").format(job_id=job_id))
        if job.state in (JobState.PRINTING, JobState.PAUSED):
            raise QueueError(_("Job {job_id} is {state}: cancel the print on the Printers screen first.").format(
                    job_id=job_id, state=job.state.label))
        name = job.name
        session.delete(job)
        return name


def set_pin(session_factory: sessionmaker[Session], job_id: int, start_utc: datetime | None,
            printer: str | None) -> None:
    """Pin a job to a start and printer (the operator's override), or unpin it with start_utc=None."""
    with unit_of_work(session_factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise QueueError(_("There is no job {job_id}.").format(job_id=job_id))
        job.is_pinned = start_utc is not None
        if start_utc is not None:
            job.planned_start_utc = start_utc
            job.planned_printer_id = _printer_id(session, printer) if printer else job.planned_printer_id
            session.add(JobEvent(job_id=job_id, kind="pinned",
                                 message=f"Pinned by the operator to {start_utc:%Y-%m-%d %H:%M} UTC"))


def set_priority(session_factory: sessionmaker[Session], job_id: int, priority: int) -> None:
    with unit_of_work(session_factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise QueueError(_("There is no job {job_id}.").format(job_id=job_id))
        job.priority = max(-100, min(100, priority))


def set_terms(
    session_factory: sessionmaker[Session], job_id: int, priority: int, deadline_utc: datetime | None
) -> None:
    """Change a waiting job's priority and "needed by" deadline (None: no deadline); the next plan follows them."""
    if not -100 <= priority <= 100:
        raise QueueError(_("Priority {priority} is outside -100…100: choose a value in that range.").format(
                priority=priority))
    if deadline_utc is not None and deadline_utc.tzinfo is None:
        raise QueueError(_("The deadline needs a time zone: write it in UTC ending in Z."))
    with unit_of_work(session_factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise QueueError(_("There is no job {job_id}.").format(job_id=job_id))
        if job.state not in (JobState.QUEUED, JobState.PLANNED):
            raise QueueError(
                _("Job {job_id} is {state}: only a waiting job's priority and deadline can change.").format(
                        job_id=job_id, state=job.state.label))
        job.priority = priority
        job.deadline_utc = deadline_utc
        # Re-plans keep earlier starts unless something is clearly better: forget them, so the new
        # priority or deadline reorders the queue at once instead of losing to the old plan.
        session.execute(update(PrintJob).where(PrintJob.state.in_((JobState.QUEUED, JobState.PLANNED)),
                                               PrintJob.is_pinned.is_(False)).values(planned_start_utc=None))


def save_plan(session_factory: sessionmaker[Session], plan: Plan) -> None:
    """Write planned starts and reasons back; unscheduled jobs go back to QUEUED with their reason."""
    by_job = {a.job: a for a in plan.assignments}
    reasons = {u.job: u.reason for u in plan.unscheduled}
    waiting = (JobState.QUEUED, JobState.PLANNED)
    with unit_of_work(session_factory) as session:
        ids = {p.name: p.id for p in session.scalars(select(Printer))}
        jobs = session.execute(select(PrintJob.id, PrintJob.is_pinned).where(PrintJob.state.in_(waiting))).all()
        for row_id, is_pinned in jobs:
            job_id = JobId(row_id)
            values: dict[str, object]
            if job_id in by_job:
                a = by_job[job_id]
                values = {"state": JobState.PLANNED, "planned_start_utc": a.start_utc,
                          "planned_printer_id": ids.get(a.printer), "plan_reason": a.reason}
            elif job_id in reasons:
                values = {"state": JobState.QUEUED, "plan_reason": reasons[job_id]}
                if not is_pinned:
                    values.update(planned_start_utc=None, planned_printer_id=None)
            else:
                continue
            # Conditional on the state: a job a printer claimed since the plan was read keeps its claim.
            session.execute(
                update(PrintJob).where(PrintJob.id == job_id, PrintJob.state.in_(waiting)).values(**values)
            )


def planned_starts(session_factory: sessionmaker[Session]) -> list[tuple[JobId, str, datetime]]:
    """(job id, printer name, start) of every planned job, earliest first."""
    with session_factory() as session:
        names = {p.id: p.name for p in session.scalars(select(Printer))}
        rows = session.scalars(
            select(PrintJob)
            .where(PrintJob.state == JobState.PLANNED, PrintJob.planned_start_utc.is_not(None))
            .order_by(PrintJob.planned_start_utc)
        ).all()
        return [
            (JobId(r.id), names[r.planned_printer_id], r.planned_start_utc)
            for r in rows
            if r.planned_printer_id in names and r.planned_start_utc is not None
        ]


_EVENT_STATES = {
    "started": JobState.PRINTING,
    "paused": JobState.PAUSED,
    "resumed": JobState.PRINTING,
    "finished": JobState.DONE,
    "failed": JobState.FAILED,
    "offline": JobState.INTERRUPTED,
}


def record_dispatch_event(
    session_factory: sessionmaker[Session], job_id: JobId, kind: str, message: str, at_utc: datetime
) -> None:
    """Log what dispatch did to a job and move its state along, in one unit of work."""
    with unit_of_work(session_factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            return
        session.add(JobEvent(job_id=job.id, kind=kind, message=message, at=at_utc))
        state = _EVENT_STATES.get(kind)
        if state is not None:
            job.state = state
        if kind == "refused":
            job.plan_reason = message  # shown in the queue until the next plan explains it again
        if kind == "started":
            job.started_at = at_utc
        elif kind in ("finished", "failed"):
            job.finished_at = at_utc
