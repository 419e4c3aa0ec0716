"""Starting and resuming prints: safety check, connect (with baud detection), recorder, stream.

The one path used by `heliofab print`, the printers screen and the queue's dispatcher.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.printer_profiles import ProfileStore
from app.printing.job_material import material_for_file
from app.printing.jobs import (
    Claim,
    JobAlreadyClaimedError,
    JobNotResumableError,
    JobRecorder,
    PrintJobView,
    claim_job,
    create_job,
    discard_unsent_job,
    load_job,
    release_claim,
)
from app.printing.record_faults import recording_failure
from catalog.blobstore import BlobStore
from db.engine import unit_of_work
from db.models import JobEvent, JobState, Printer, PrintJob
from i18n import _
from printers.gcode import ParsedGcode, SafetyReport, analyze_gcode, check_gcode, parse_gcode, read_gcode_lines
from printers.ports import is_same_port
from printers.profiles import PrinterProfile, UnknownProfileError, generic_printer
from printers.recovery import ResumePlan, plan_resume
from printers.session import (
    ConnectError,
    HoldJobError,
    JobOutcome,
    JobResult,
    PrintSession,
    SessionCallbacks,
    SessionOptions,
    SessionState,
)
from printers.transport import COMMON_BAUDS, PortError

# Jobs are named by number only: a job's name can carry the customer's.
log = logging.getLogger(__name__)
PRINTER_ERRORS_LOGGED = 20
Started = TypeVar("Started")


class ResumeNeedsOperatorError(Exception):
    """The printer restarted and lost its position: resuming needs someone to check the bed first."""


class JobNotStartableError(ValueError):
    """The job already ran (or is running, or waits to be resumed)."""


STARTABLE_STATES = (JobState.QUEUED, JobState.PLANNED)


class PrintRefusedError(Exception):
    """The G-code failed the safety check: nothing was sent to the printer."""

    def __init__(self, report: SafetyReport, printer_name: str = "") -> None:
        where = f" on {printer_name}" if printer_name else ""
        super().__init__(f"Not printing{where}: {report.summary()}")
        self.report = report
        self.printer_name = printer_name


class PrinterUnknownError(ValueError):
    """Nothing says which printer is on the port, and the job gives no profile to check against."""


@dataclass(frozen=True)
class PrintTarget:
    """The printer a job is about to go to, and the profile its file is checked against."""

    name: str  # the lab's name for the printer, or the port when the lab has none for it
    profile: PrinterProfile
    notice: str = ""  # how the profile was chosen, when the operator should know


def lab_printer_on_port(factory: sessionmaker[Session], port: str) -> tuple[str, str] | None:
    """(name, profile id) of the lab's enabled printer on `port`, however the port is spelt
    (`COM3`/`com3`, `sim://p1?speed=0`/`sim://p1`, a by-id link/its device): the size check must
    never be skipped because the operator typed the port another way than it was set up."""
    if not port:
        return None
    with factory() as session:
        rows = session.scalars(select(Printer).where(Printer.is_enabled).order_by(Printer.id))
        row = next((r for r in rows if r.port and is_same_port(r.port, port)), None)
        return (row.name, row.profile_id) if row is not None else None


def resolve_target(
    factory: sessionmaker[Session], view: PrintJobView, *, port: str, printer: PrinterProfile | None
) -> PrintTarget:
    """The operator's choice (`printer`), else the profile of the lab's printer set up on `port`, else
    the profile the job was made for (said so), else a generic printer for a job queued before
    profiles were recorded (said so)."""
    configured = lab_printer_on_port(factory, port)
    if printer is not None:
        return PrintTarget(configured[0] if configured else printer.name, printer)
    profiles = ProfileStore(factory)
    if configured is not None:
        return PrintTarget(configured[0], profiles.printer(configured[1]))
    if view.printer_profile_id is not None:
        try:
            made_for = profiles.printer(view.printer_profile_id)
        except UnknownProfileError as exc:
            raise PrinterUnknownError(
                _("No printer of this lab is set up on {port}, and job {id} was made for the printer "
                  "profile '{printer_profile_id}', which has been deleted: set the printer up with its port"
                  " and profile (or name its profile with --printer), then start the job again.").format(
                        port=port, id=view.id, printer_profile_id=view.printer_profile_id)
            ) from exc
        return PrintTarget(port, made_for, (
            f"No printer of this lab is set up on {port}: job {view.id} is checked against {made_for.name}, "
            "the printer it was made for."
        ))
    return PrintTarget(port, generic_printer(), (
        f"Job {view.id} has no printer profile and no printer of this lab is set up on {port}: it is checked "
        "as for a generic printer only (name the printer's profile with --printer for a full check)."
    ))


@dataclass(frozen=True)
class CheckedGcode:
    name: str
    lines: list[str]
    data: bytes
    printer: PrinterProfile
    duration_s: float
    filament_g: float
    energy_wh: float
    program: ParsedGcode  # `lines` tokenized once: checked, estimated and streamed as they are
    material_id: str | None = None  # what the grams and the cost were counted for
    material_cost: float = 0.0


def check_file(path: Path, printer: PrinterProfile | None = None, *,
               profiles: ProfileStore | None = None) -> CheckedGcode:
    """Read and safety-check a G-code file; the material it names (if the lab's `profiles` know it),
    else the printer's default, prices it. Raises GcodeReadError or PrintRefusedError."""
    lines = read_gcode_lines(path)
    return check_lines(path.name, lines, printer, profiles=profiles)


def check_lines(
    name: str,
    lines: list[str],
    printer: PrinterProfile | None = None,
    *,
    printer_name: str = "",
    program: ParsedGcode | None = None,
    profiles: ProfileStore | None = None,
) -> CheckedGcode:
    """The safety check every job passes before a single line is streamed. `program` is `lines`
    already tokenized (by an earlier check of the same file); the session streams these commands."""
    profile = printer or generic_printer()
    program = program if program is not None else parse_gcode(lines)
    report = check_gcode(program, profile)
    if not report.is_safe:
        log.warning("G-code refused by the safety check for %s: %s", profile.id, report.summary())
        raise PrintRefusedError(report, printer_name)
    material = material_for_file(program, profile, profiles)
    analysis = analyze_gcode(program, profile, material)
    return CheckedGcode(
        name,
        lines,
        ("\n".join(lines) + "\n").encode("utf-8"),
        profile,
        analysis.total_time_s,
        analysis.filament_g,
        analysis.energy_wh,
        program,
        material.id if material is not None else None,
        analysis.material_cost,
    )


def store_checked_job(factory: sessionmaker[Session], blobs: BlobStore, checked: CheckedGcode) -> int:
    return create_job(
        factory,
        blobs,
        name=checked.name,
        gcode=checked.data,
        total_lines=len(checked.lines),
        duration_s=checked.duration_s,
        filament_g=checked.filament_g,
        energy_wh=checked.energy_wh,
        # A generic check says nothing about which printer the file is for: record none.
        printer_profile_id=None if checked.printer.id == generic_printer().id else checked.printer.id,
        material_id=checked.material_id,
        material_cost=checked.material_cost,
    )


def start_file_print(
    factory: sessionmaker[Session], blobs: BlobStore, checked: CheckedGcode, start: Callable[[int], Started]
) -> Started:
    """Store a file printed directly as a job and `start(job_id)` it at once (`heliofab print FILE`, the
    window's "print a file"). A start that fails before anything is sent (no such port, not a serial
    port, no printer answering) removes the job again: left queued, the dispatcher or `lab run` would
    start it later on a printer nobody chose. A job that started keeps its record (interrupted, failed)."""
    job_id = store_checked_job(factory, blobs, checked)
    try:
        return start(job_id)
    except BaseException:
        if discard_unsent_job(factory, job_id):
            log.info("Job %d removed: its print did not start", job_id)
        raise


def connect_printer(
    port: str,
    *,
    baud: int | None,
    options: SessionOptions | None = None,
    callbacks: SessionCallbacks | None = None,
    is_probing_last_line: bool = False,
) -> PrintSession:
    """Connect at `baud`, or try the common rates in turn when it is None (auto-detection)."""
    bauds: Sequence[int] = (baud,) if baud else COMMON_BAUDS
    base = options or SessionOptions()
    if baud is None:
        # Each wrong rate costs its timeout: keep it short while guessing.
        base = replace(base, connect_timeout_s=min(base.connect_timeout_s, 3.0),
                       hello_retry_s=min(base.hello_retry_s, 0.5))
    last_error: ConnectError | None = None
    # Attempts and their failures at DEBUG: the reconnect loop after a cable pull tries every second,
    # and whoever calls surfaces (and logs) the failure that counts.
    log.debug("Connecting to the printer on %s (%s baud)", port, baud or "auto")
    for rate in bauds:
        session = PrintSession(port, baud=rate, options=base, callbacks=callbacks)
        try:
            session.connect(is_probing_last_line=is_probing_last_line)
            log.info("Connected to %s on %s at %d baud", session.capabilities.firmware_name or "a printer", port, rate)
            return session
        except PortError as exc:
            session.close()
            log.debug("Cannot open %s: %s", port, exc)
            raise
        except ConnectError as exc:
            last_error = exc
    if baud is None:
        tried = ", ".join(str(b) for b in bauds)
        log.debug("No printer answered on %s at %s baud", port, tried)
        raise ConnectError(_("No printer answered on {port} at {tried} baud: check that it is switched on "
                             "and that this is its port.").format(
                port=port, tried=tried))
    assert last_error is not None
    log.debug("No printer answered on %s: %s", port, last_error)
    raise last_error


def merged_callbacks(recorder: JobRecorder, extra: SessionCallbacks | None) -> SessionCallbacks:
    """The recorder first (the record is committed before anyone acts on the news), then the caller's."""
    own = SessionCallbacks(
        on_state=_recording(recorder.job_id, recorder.on_state),
        on_progress=_recording(recorder.job_id, recorder.on_progress),
        on_job_finished=_recording(recorder.job_id, recorder.on_finished),
    )
    return chain_callbacks(chain_callbacks(own, _log_callbacks(recorder.job_id)), extra)


def _recording(job_id: int, record: Callable[..., None]) -> Callable[..., None]:
    """A recorder callback whose failed commit (full disk, locked database, disk I/O error) pauses the
    job through the session instead of escaping on the session's thread."""

    def call(*args: object) -> None:
        try:
            record(*args)
        except Exception as exc:
            kind, message = recording_failure(exc)
            log.error("Job %d: progress not saved (%s): %s", job_id, kind, exc)
            raise HoldJobError(message, kind=kind) from exc

    return call


def _log_callbacks(job_id: int) -> SessionCallbacks:
    """A job's turning points in the log, after the recorder committed them; never per line or progress tick."""
    previous: list[SessionState] = []
    errors_logged = [0]

    def on_state(state: SessionState, message: str) -> None:
        if state is SessionState.PAUSED:
            log.info("Job %d paused: %s", job_id, message)
        elif state is SessionState.PRINTING and previous and previous[-1] is SessionState.PAUSED:
            log.info("Job %d resumed: %s", job_id, message)
        elif state is SessionState.ERROR:
            log.warning("Job %d stopped on an error: %s", job_id, message)
        previous[:] = [state]

    def on_error(message: str) -> None:
        # A firmware that answers every unknown command with an error must not fill the log.
        errors_logged[0] += 1
        if errors_logged[0] <= PRINTER_ERRORS_LOGGED:
            log.warning("Job %d: %s", job_id, message)
        elif errors_logged[0] == PRINTER_ERRORS_LOGGED + 1:
            log.warning("Job %d: more printer errors follow; they are not logged", job_id)

    def on_finished(result: JobResult) -> None:
        level = logging.INFO if result.outcome in (JobOutcome.DONE, JobOutcome.CANCELLED) else logging.WARNING
        p = result.progress
        log.log(
            level,
            "Job %d ended %s at line %d of %d after %.0f min%s",
            job_id,
            result.outcome.value,
            p.confirmed_index + 1,
            p.total_lines,
            p.elapsed_s / 60.0,
            f": {result.message}" if result.message else "",
        )

    return SessionCallbacks(on_state=on_state, on_error=on_error, on_job_finished=on_finished)


def chain_callbacks(first: SessionCallbacks, second: SessionCallbacks | None) -> SessionCallbacks:
    """Every event to `first`, then to `second`. A slot neither fills stays None: the session skips
    the work (per-frame terminal text, for one) that nobody listens to."""
    if second is None:
        return first
    return SessionCallbacks(
        *(_both(getattr(first, slot.name), getattr(second, slot.name)) for slot in fields(SessionCallbacks))
    )


def _both(a: Callable[..., None] | None, b: Callable[..., None] | None) -> Callable[..., None] | None:
    if a is None or b is None:
        return a or b

    def call(*args: object) -> None:
        try:
            a(*args)
        except HoldJobError:
            b(*args)  # the news still reaches the rest (the screens); then the session holds the job
            raise
        b(*args)

    return call


class _DeferredCallbacks:
    """Callbacks for a session created before its job's recorder exists (connect, then attach)."""

    def __init__(self, extra: SessionCallbacks | None) -> None:
        self.target: SessionCallbacks = extra or SessionCallbacks()

    def callbacks(self) -> SessionCallbacks:
        return SessionCallbacks(
            on_state=lambda s, m: self.target.on_state(s, m) if self.target.on_state else None,
            on_progress=lambda p: self.target.on_progress(p) if self.target.on_progress else None,
            on_temperature=lambda t: self.target.on_temperature(t) if self.target.on_temperature else None,
            on_error=lambda e: self.target.on_error(e) if self.target.on_error else None,
            on_job_finished=lambda r: self.target.on_job_finished(r) if self.target.on_job_finished else None,
            on_terminal=lambda d, t: self.target.on_terminal(d, t) if self.target.on_terminal else None,
            on_prompt=lambda q, b: self.target.on_prompt(q, b) if self.target.on_prompt else None,
        )


@dataclass
class ActivePrint:
    job_id: int
    session: PrintSession
    recorder: JobRecorder
    plan: ResumePlan | None
    target: PrintTarget | None = None


def start_print(
    factory: sessionmaker[Session],
    blobs: BlobStore,
    *,
    job_id: int,
    port: str,
    baud: int | None = 115200,
    options: SessionOptions | None = None,
    callbacks: SessionCallbacks | None = None,
    session: PrintSession | None = None,
    printer: PrinterProfile | None = None,
    on_session: Callable[[PrintSession], None] | None = None,
    checked: CheckedGcode | None = None,
) -> ActivePrint:
    """Check the job's G-code against the printer it goes to, claim the job, connect (unless `session`
    is already connected) and stream it. Every way of printing a queued job comes through here.

    Raises JobFileChangedError, JobNotStartableError, JobAlreadyClaimedError, PrinterUnknownError or
    PrintRefusedError before anything is sent; a failed connection releases the claim. `checked` is
    the check that queued the job's file just now: its tokenized program is reused when the stored
    lines are the same.
    """
    view, lines, _state_after, _offset = load_job(factory, blobs, job_id)
    if view.state in (JobState.PRINTING, JobState.PAUSED):
        holder = view.printer or view.port or _("a printer")
        raise JobAlreadyClaimedError(_("Job {job_id} is already {state} on {holder}.").format(
                job_id=job_id, state=view.state.label, holder=holder))
    if view.state not in STARTABLE_STATES:
        # A done job printed again would overwrite what its first print used; an interrupted one resumes.
        hint = _("resume it with --resume") if view.state is JobState.INTERRUPTED else _("queue it again")
        raise JobNotStartableError(_("Job {job_id} is {state}, so it can't be started from the top: {hint}.").format(
                job_id=job_id, state=view.state.label, hint=hint))
    target = resolve_target(factory, view, port=port, printer=printer)
    checked = _recheck(view.name, lines, target, checked)
    claim = claim_job(factory, job_id, printer=target.name, port=port, from_states=(JobState.QUEUED, JobState.PLANNED))
    own_session = session is None
    try:
        _note(factory, job_id, target)
        deferred: _DeferredCallbacks | None = None
        if session is None:
            deferred = _DeferredCallbacks(callbacks)
            session = connect_printer(
                port, baud=baud, options=_with_park(options, checked.printer), callbacks=deferred.callbacks()
            )
        recorder = JobRecorder(factory, job_id, port=port)
        merged = merged_callbacks(recorder, callbacks)
        if deferred is not None:
            deferred.target = merged
        else:
            session.callbacks = merged
        if on_session is not None:
            on_session(session)
        recorder.started(is_resume=False)
        log.info("Job %d started on %s: %d lines, about %.0f min", job_id, port, len(checked.lines),
                 checked.duration_s / 60.0)
        session.start_job(checked.lines, estimate_s=checked.duration_s, program=checked.program)
    except BaseException as exc:
        _release(factory, claim, exc, session if own_session else None)
        raise
    return ActivePrint(job_id, session, recorder, None, target)


def resume_print(
    factory: sessionmaker[Session],
    blobs: BlobStore,
    *,
    job_id: int,
    port: str,
    baud: int | None = 115200,
    options: SessionOptions | None = None,
    callbacks: SessionCallbacks | None = None,
    printer: PrinterProfile | None = None,
    is_exact_only: bool = False,
    confirm: Callable[[ResumePlan], None] | None = None,
) -> ActivePrint:
    """Pick an interrupted job up: probe the printer's last line, then continue (or re-heat, home X/Y, restore).

    `is_exact_only` (automatic reconnects): resume only if the printer kept its state; otherwise
    close the port and raise ResumeNeedsOperatorError, having sent nothing of the job.
    `confirm` is called (on this thread, port open, nothing of the job sent) when the printer lost
    its position; it raises ResumeDeclinedError unless the operator confirmed the part is in place.
    """
    view, lines, state, offset = load_job(factory, blobs, job_id)
    if not view.is_resumable:
        raise JobNotResumableError(_("Job {job_id} is {state}, not interrupted: only interrupted jobs can "
                                     "be resumed.").format(
                job_id=job_id, state=view.state.label))
    target = resolve_target(factory, view, port=port, printer=printer)
    checked = check_lines(view.name, lines, target.profile, printer_name=target.name)
    claim = claim_job(factory, job_id, printer=target.name, port=port, from_states=(JobState.INTERRUPTED,))
    session: PrintSession | None = None
    try:
        _note(factory, job_id, target)
        deferred = _DeferredCallbacks(callbacks)
        session = connect_printer(
            port, baud=baud, options=_with_park(options, checked.printer), callbacks=deferred.callbacks(),
            is_probing_last_line=True,
        )
        plan = plan_resume(
            checked.program,
            last_confirmed_index=view.last_acked_line - 1,
            state=state,
            line_offset=offset,
            printer_last_line=session.printer_last_line,
            was_printer_reset=session.was_printer_reset,
        )
        if is_exact_only and not plan.is_exact:
            log.warning("Job %d not resumed by itself on %s: the printer restarted and lost its position", job_id, port)
            raise ResumeNeedsOperatorError(
                _("The printer on {port} restarted and lost its position: check the part, then resume job "
                  "{job_id} by hand.").format(
                        port=port, job_id=job_id)
            )
        if plan.needs_operator and confirm is not None:
            confirm(plan)
        recorder = JobRecorder(factory, job_id, port=port)
        deferred.target = merged_callbacks(recorder, callbacks)
        recorder.started(is_resume=True)
        log.info(
            "Job %d resumed on %s from line %d of %d (%s)",
            job_id,
            port,
            plan.start_index + 1,
            len(lines),
            "printer kept its state" if plan.is_exact else "re-heated and re-homed",
        )
        session.start_job(
            lines, start_index=plan.start_index, preamble=plan.preamble, initial_state=plan.state,
            estimate_s=checked.duration_s, program=checked.program,
        )
    except BaseException as exc:
        _release(factory, claim, exc, session)
        raise
    return ActivePrint(job_id, session, recorder, plan, target)


def _recheck(name: str, lines: list[str], target: PrintTarget, checked: CheckedGcode | None) -> CheckedGcode:
    """The check against the printer the job goes to, tokenizing the lines only if no earlier check did."""
    if checked is None or checked.lines != lines:
        return check_lines(name, lines, target.profile, printer_name=target.name)
    if checked.printer == target.profile:
        return checked
    return check_lines(name, lines, target.profile, printer_name=target.name, program=checked.program)


def _note(factory: sessionmaker[Session], job_id: int, target: PrintTarget) -> None:
    """Say on the job how its printer's profile was chosen, when it was not the lab's own record."""
    if not target.notice:
        return
    with unit_of_work(factory) as db:
        job = db.get(PrintJob, job_id)
        if job is not None:
            db.add(JobEvent(job=job, kind="checked", message=target.notice))


def _release(factory: sessionmaker[Session], claim: Claim, exc: BaseException, session: PrintSession | None) -> None:
    """Nothing of the job was sent: close what this call opened and put the job back where it was."""
    if session is not None:
        session.close()
    release_claim(factory, claim, str(exc) or exc.__class__.__name__)


def _with_park(options: SessionOptions | None, printer: PrinterProfile) -> SessionOptions:
    base = options or SessionOptions()
    if printer.id == "generic":
        return base
    return replace(base, park_x_mm=0.0, park_y_mm=printer.bed_y_mm)
