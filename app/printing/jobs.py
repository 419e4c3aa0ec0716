"""Print jobs in the DB: create one from checked G-code, record progress, find interrupted ones.

Progress that must survive a crash (the last acknowledged line, the machine state after it) is
committed by `JobRecorder` as the printer confirms lines; a job whose process died is found by
its stale heartbeat and shown as interrupted at that line.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal_column, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.printing.accounting import record_usage
from app.printing.orphans import LIVE_STATES
from app.printing.orphans import mark_orphans_interrupted as mark_orphans_interrupted  # its home before orphans.py
from catalog.blobstore import BlobCorruptError, BlobNotFoundError, BlobStore, register_blob
from db.engine import unit_of_work
from db.models import JobEvent, JobState, PrintJob
from db.types import utcnow
from i18n import _
from printers.machine_state import MachineState
from printers.session import JobOutcome, JobProgress, JobResult, SessionState


class JobNotFoundError(LookupError):
    """No print job with that id."""


class JobNotResumableError(ValueError):
    """The job is not interrupted (done, cancelled, or still running elsewhere)."""


class JobFileChangedError(ValueError):
    """The job's G-code on disk is no longer the file that was queued: nothing is sent."""


class JobAlreadyClaimedError(ValueError):
    """Another printer (or another start) took the job first."""


@dataclass(frozen=True)
class PrintJobView:
    id: int
    name: str
    state: JobState  # as text (state.value) only where it is shown or written out
    last_acked_line: int  # 1-based file line of the last command the printer confirmed; 0 = none
    total_lines: int
    error: str
    port: str
    layer: int
    updated_at: str
    printer_profile_id: str | None = None  # what it was made for; None: queued before Heliofab recorded it
    material_id: str | None = None
    printer: str = ""  # the printer that claimed it last

    @property
    def is_resumable(self) -> bool:
        return self.state is JobState.INTERRUPTED and self.total_lines > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "state": self.state.value,
            "last_acked_line": self.last_acked_line,
            "total_lines": self.total_lines,
            "error": self.error,
            "port": self.port,
            "layer": self.layer,
            "is_resumable": self.is_resumable,
        }


def _view(job: PrintJob) -> PrintJobView:
    state = job.machine_state or {}
    machine = MachineState.from_stored(state)
    return PrintJobView(
        job.id,
        job.name,
        job.state,
        job.last_acked_line,
        job.total_lines,
        job.error,
        str(state.get("port", "")),
        0 if machine is None else machine.layer,
        str(state.get("heartbeat_utc", "")),
        job.printer_profile_id,
        job.material_id,
        str(state.get("printer", "")),
    )


def create_job(
    factory: sessionmaker[Session],
    blobs: BlobStore,
    *,
    name: str,
    gcode: bytes,
    total_lines: int,
    duration_s: float = 0.0,
    filament_g: float = 0.0,
    energy_wh: float = 0.0,
    printer_profile_id: str | None = None,
    material_id: str | None = None,
    material_cost: float = 0.0,
) -> int:
    """Store the G-code (content-addressed) and a QUEUED job row for it; returns the job id."""
    ref = blobs.put_bytes(gcode)
    with unit_of_work(factory) as session:
        register_blob(session, ref, "text/x-gcode")
        job = PrintJob(
            name=name,
            gcode_sha256=ref.sha256,
            total_lines=total_lines,
            duration_s=duration_s,
            filament_g=filament_g,
            energy_wh=energy_wh,
            printer_profile_id=printer_profile_id,
            material_id=material_id,
            material_cost=material_cost,
        )
        session.add(job)
        session.flush()
        return job.id


def discard_unsent_job(factory: sessionmaker[Session], job_id: int) -> bool:
    """Remove a job of which nothing was sent (its start failed and released it back to queued);
    True if it was removed. A job that printed a line, or that another start took meanwhile, stays."""
    with unit_of_work(factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None or job.state is not JobState.QUEUED or job.last_acked_line > 0:
            return False
        session.delete(job)
        return True


def _no_such_job(job_id: int) -> str:
    return (
        f"There is no print job {job_id}: `heliofab queue list` shows the queued jobs, "
        "`heliofab print --list` the interrupted ones."
    )


def job_view(factory: sessionmaker[Session], job_id: int) -> PrintJobView:
    with factory() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise JobNotFoundError(_no_such_job(job_id))
        return _view(job)


def load_job(factory: sessionmaker[Session], blobs: BlobStore,
             job_id: int) -> tuple[PrintJobView, list[str], MachineState, int | None]:
    """The job, its G-code lines, the machine state after its last acknowledged line, and the line offset."""
    with factory() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise JobNotFoundError(_no_such_job(job_id))
        if job.gcode_sha256 is None:
            raise JobNotFoundError(_("Print job {job_id} has no G-code attached: slice it again.").format(
                    job_id=job_id))
        view = _view(job)
        sha = job.gcode_sha256
        stored = dict(job.machine_state or {})
    try:
        data = blobs.read_bytes(sha)
    except BlobNotFoundError as exc:
        raise JobFileChangedError(
            _("The G-code of job {job_id} is missing from the data folder: nothing was sent; restore the "
              "folder from a backup or queue the file again.").format(
                    job_id=job_id)
        ) from exc
    except BlobCorruptError:
        data = b""  # reported below with the job's own words
    # Checked here as well as in the store: what is streamed must be byte for byte what was checked and queued.
    if hashlib.sha256(data).hexdigest() != sha:
        raise JobFileChangedError(
            _("The G-code of job {job_id} changed on disk since it was queued (its SHA-256 no longer "
              "matches): nothing was sent; queue the file again.").format(
                    job_id=job_id)
        )
    text = data.decode("utf-8", errors="replace")
    state = MachineState.from_stored(stored) or MachineState()
    offset = stored.get("line_offset")
    return view, text.splitlines(), state, int(offset) if offset is not None else None


def list_jobs(factory: sessionmaker[Session], *, states: Sequence[JobState] | None = None) -> list[PrintJobView]:
    with factory() as session:
        query = select(PrintJob).order_by(PrintJob.id.desc())
        if states:
            query = query.where(PrintJob.state.in_(states))
        return [_view(job) for job in session.scalars(query)]


@dataclass(frozen=True)
class Claim:
    """A job taken for one printer; `previous_state` is where releasing it puts the job back."""

    job_id: int
    token: str
    previous_state: JobState
    printer: str
    port: str


def claim_job(
    factory: sessionmaker[Session], job_id: int, *, printer: str, port: str, from_states: Sequence[JobState]
) -> Claim:
    """Take the job for this printer before connecting: one conditional UPDATE in its own committed
    transaction, so of two starts racing for the same job exactly one wins.

    The row's state moves to PRINTING only if it is still in `from_states`; the state it had, the
    printer and a token go into its machine state in the same statement (SQL evaluates the right-hand
    sides on the old row), so the claim can be released exactly as it was made.
    """
    token = uuid.uuid4().hex
    now = utcnow().isoformat()
    machine_state = func.json_set(
        func.coalesce(PrintJob.machine_state, literal_column("'{}'")),
        "$.claimed_from", PrintJob.state,
        "$.claim_token", token,
        "$.printer", printer,
        "$.port", port,
        "$.heartbeat_utc", now,
    )
    with unit_of_work(factory) as session:
        result = session.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.state.in_(from_states))
            .values(state=JobState.PRINTING, machine_state=machine_state)
            .execution_options(synchronize_session=False)
        )
        claimed = result.rowcount == 1  # type: ignore[attr-defined]
    with factory() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise JobNotFoundError(_("There is no print job {job_id}: see `heliofab queue list`.").format(
                    job_id=job_id))
        stored = job.machine_state or {}
        if not claimed or stored.get("claim_token") != token:
            holder = stored.get("printer") or stored.get("port")
            if job.state in (JobState.PRINTING, JobState.PAUSED):
                message = (_("Job {job_id} is already {state} on {holder}.") if holder
                           else _("Job {job_id} is already {state}."))
                raise JobAlreadyClaimedError(message.format(job_id=job_id, state=job.state.label, holder=holder))
            raise JobAlreadyClaimedError(_("Job {job_id} is {state}, so it can't be started now.").format(
                    job_id=job_id, state=job.state.label))
        previous = JobState.__members__.get(str(stored.get("claimed_from")), from_states[0])
    return Claim(job_id, token, previous, printer, port)


def release_claim(factory: sessionmaker[Session], claim: Claim, reason: str) -> None:
    """Put a claimed job back where it was (connecting failed, or nothing was sent): it can be started again."""
    with unit_of_work(factory) as session:
        job = session.get(PrintJob, claim.job_id)
        if job is None or (job.machine_state or {}).get("claim_token") != claim.token:
            return  # not ours any more
        if job.state is not JobState.PRINTING:
            return  # the recorder has moved it on: it owns the job's state now
        stored = {k: v for k, v in (job.machine_state or {}).items() if k not in ("claimed_from", "claim_token")}
        job.machine_state = stored
        job.state = claim.previous_state
        session.add(JobEvent(job=job, kind="released", message=f"Not started on {claim.printer}: {reason}"))


def abandon_job(factory: sessionmaker[Session], job_id: int) -> None:
    with unit_of_work(factory) as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise JobNotFoundError(_("There is no print job {job_id}.").format(job_id=job_id))
        if job.state in LIVE_STATES:
            raise JobNotResumableError(_("Job {job_id} is still {state}: cancel it on the printer first.").format(
                    job_id=job_id, state=job.state.label))
        job.state = JobState.CANCELLED
        job.finished_at = utcnow()
        session.add(JobEvent(job=job, kind="abandoned", message=f"Abandoned at line {job.last_acked_line}."))


_OUTCOME_STATES = {
    JobOutcome.DONE: JobState.DONE,
    JobOutcome.CANCELLED: JobState.CANCELLED,
    JobOutcome.FAILED: JobState.FAILED,
    JobOutcome.INTERRUPTED: JobState.INTERRUPTED,
}


class JobRecorder:
    """Commits a running job's progress; wired to a session's callbacks.

    Each commit is its own unit of work (callbacks come from the session's threads). Progress is
    committed at most every `commit_interval_s`, and always on pause, state change and finish,
    so the record is never more than that interval behind the printer; resuming after a cable
    pull asks the firmware for its exact last line as well (see printers.recovery).
    """

    def __init__(self, factory: sessionmaker[Session], job_id: int, *, port: str,
                 commit_interval_s: float = 0.5) -> None:
        self._factory = factory
        self.job_id = job_id
        self._port = port
        self._interval_s = commit_interval_s
        self._last_commit_s = 0.0
        self._lock = threading.Lock()
        self._last_progress: JobProgress | None = None

    def started(self, *, is_resume: bool) -> None:
        with unit_of_work(self._factory) as session:
            job = self._job(session)
            job.state = JobState.PRINTING
            job.error = ""
            if job.started_at is None:
                job.started_at = utcnow()
            job.machine_state = {**(job.machine_state or {}), "port": self._port, "heartbeat_utc": utcnow().isoformat()}
            session.add(JobEvent(job=job, kind="resumed" if is_resume else "started", message=f"on {self._port}"))

    def on_progress(self, progress: JobProgress) -> None:
        now = time.monotonic()
        with self._lock:
            self._last_progress = progress
            if now - self._last_commit_s < self._interval_s:
                return
            self._last_commit_s = now
        self._commit(progress, None, "")

    def on_state(self, state: SessionState, message: str) -> None:
        job_state = {SessionState.PAUSED: JobState.PAUSED, SessionState.PRINTING: JobState.PRINTING}.get(state)
        if job_state is None:
            return
        with self._lock:
            progress = self._last_progress
        self._commit(progress, job_state, message, event=state.value)

    def on_finished(self, result: JobResult) -> None:
        state = _OUTCOME_STATES[result.outcome]
        error = "" if result.outcome is JobOutcome.DONE else result.message
        self._commit(result.progress, state, error, event=result.outcome.value, is_final=True)

    def _commit(
        self, progress: JobProgress | None, state: JobState | None, message: str, *, event: str = "",
        is_final: bool = False
    ) -> None:
        with self._lock, unit_of_work(self._factory) as session:
            job = self._job(session)
            stored = dict(job.machine_state or {})
            if progress is not None and progress.confirmed_index + 1 >= job.last_acked_line:
                job.last_acked_line = progress.confirmed_index + 1
                stored.update(
                    machine=progress.state.to_json(),
                    line_offset=progress.line_offset,
                    layer=progress.layer,
                    fraction=progress.fraction,
                )
                job.printed_minutes = max(job.printed_minutes, progress.elapsed_s / 60.0)
            stored["heartbeat_utc"] = utcnow().isoformat()
            stored["port"] = self._port
            job.machine_state = stored
            if state is not None:
                job.state = state
                if state is not JobState.PRINTING and message:
                    job.error = message
            if is_final and job.state is not JobState.INTERRUPTED:
                fraction = progress.fraction if progress is not None else 0.0
                record_usage(session, job, fraction_done=fraction, finished_at=utcnow())
            if event:
                session.add(JobEvent(job=job, kind=event, message=message, data={"line": job.last_acked_line}))

    def _job(self, session: Session) -> PrintJob:
        job = session.get(PrintJob, self.job_id)
        if job is None:
            raise JobNotFoundError(_("Print job {job_id} disappeared from the database.").format(
                    job_id=self.job_id))
        return job
