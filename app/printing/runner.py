"""Starting and resuming prints: safety check, connect (with baud detection), recorder, stream.

The one path used by `heliofab print`, the printers screen and the queue's dispatcher.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.printing.jobs import JobNotResumableError, JobRecorder, create_job, load_job
from catalog.blobstore import BlobStore
from db.models import JobState
from printers.gcode import SafetyReport, analyze_gcode, check_gcode, program_for_passes, read_gcode_lines
from printers.profiles import PrinterProfile, generic_printer
from printers.recovery import ResumePlan, plan_resume
from printers.session import (
    ConnectError,
    PrintSession,
    SessionCallbacks,
    SessionOptions,
)
from printers.transport import COMMON_BAUDS, PortError


class ResumeNeedsOperatorError(Exception):
    """The printer restarted and lost its position: resuming needs someone to check the bed first."""


class JobNotStartableError(ValueError):
    """The job already ran (or is running, or waits to be resumed)."""


STARTABLE_STATES = (JobState.QUEUED.value, JobState.PLANNED.value)


class PrintRefusedError(Exception):
    """The G-code failed the safety check: nothing was sent to the printer."""

    def __init__(self, report: SafetyReport) -> None:
        super().__init__(f"Not printing: {report.summary()}")
        self.report = report


@dataclass(frozen=True)
class CheckedGcode:
    name: str
    lines: list[str]
    data: bytes
    printer: PrinterProfile
    duration_s: float
    filament_g: float
    energy_wh: float


def check_file(path: Path, printer: PrinterProfile | None = None) -> CheckedGcode:
    """Read and safety-check a G-code file. Raises GcodeReadError or PrintRefusedError."""
    lines = read_gcode_lines(path)
    return check_lines(path.name, lines, printer)


def check_lines(name: str, lines: list[str], printer: PrinterProfile | None = None) -> CheckedGcode:
    """The safety check every job passes before a single line is streamed."""
    profile = printer or generic_printer()
    program = program_for_passes(lines)
    report = check_gcode(program, profile)
    if not report.is_safe:
        raise PrintRefusedError(report)
    analysis = analyze_gcode(program, profile)
    return CheckedGcode(
        name,
        lines,
        ("\n".join(lines) + "\n").encode("utf-8"),
        profile,
        analysis.total_time_s,
        analysis.filament_g,
        analysis.energy_wh,
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
    )


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
        base = replace(base, connect_timeout_s=min(base.connect_timeout_s, 3.0), hello_retry_s=min(base.hello_retry_s, 0.5))
    last_error: ConnectError | None = None
    for rate in bauds:
        session = PrintSession(port, baud=rate, options=base, callbacks=callbacks)
        try:
            session.connect(is_probing_last_line=is_probing_last_line)
            return session
        except PortError:
            session.close()
            raise
        except ConnectError as exc:
            last_error = exc
    if baud is None:
        tried = ", ".join(str(b) for b in bauds)
        raise ConnectError(f"No printer answered on {port} at {tried} baud: check that it is switched on and that this is its port.")
    assert last_error is not None
    raise last_error


def merged_callbacks(recorder: JobRecorder, extra: SessionCallbacks | None) -> SessionCallbacks:
    """The recorder first (the record is committed before anyone acts on the news), then the caller's."""
    own = SessionCallbacks(
        on_state=recorder.on_state, on_progress=recorder.on_progress, on_job_finished=recorder.on_finished
    )
    return chain_callbacks(own, extra)


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
        a(*args)
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
) -> ActivePrint:
    """Check the job's G-code, connect (unless `session` is already connected) and stream it."""
    view, lines, _, _ = load_job(factory, blobs, job_id)
    if view.state not in STARTABLE_STATES:
        # A done job printed again would overwrite what its first print used; an interrupted one resumes.
        hint = "resume it with --resume" if view.state == JobState.INTERRUPTED.value else "queue it again"
        raise JobNotStartableError(f"Job {job_id} is {view.state}, so it can't be started from the top: {hint}.")
    checked = check_lines(view.name, lines, printer)
    deferred = _DeferredCallbacks(callbacks)
    if session is None:
        session = connect_printer(port, baud=baud, options=_with_park(options, checked.printer), callbacks=deferred.callbacks())
    else:
        deferred = None
    recorder = JobRecorder(factory, job_id, port=port)
    merged = merged_callbacks(recorder, callbacks)
    if deferred is not None:
        deferred.target = merged
    else:
        session.callbacks = merged
    if on_session is not None:
        on_session(session)
    recorder.started(is_resume=False)
    session.start_job(checked.lines, estimate_s=checked.duration_s)
    return ActivePrint(job_id, session, recorder, None)


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
) -> ActivePrint:
    """Pick an interrupted job up: probe the printer's last line, then continue (or re-heat, home X/Y, restore).

    `is_exact_only` (automatic reconnects): resume only if the printer kept its state; otherwise
    close the port and raise ResumeNeedsOperatorError, having sent nothing of the job.
    """
    view, lines, state, offset = load_job(factory, blobs, job_id)
    if not view.is_resumable:
        raise JobNotResumableError(f"Job {job_id} is {view.state}, not interrupted: only interrupted jobs can be resumed.")
    checked = check_lines(view.name, lines, printer)
    deferred = _DeferredCallbacks(callbacks)
    session = connect_printer(
        port, baud=baud, options=_with_park(options, checked.printer), callbacks=deferred.callbacks(), is_probing_last_line=True
    )
    plan = plan_resume(
        lines,
        last_confirmed_index=view.last_acked_line - 1,
        state=state,
        line_offset=offset,
        printer_last_line=session.printer_last_line,
        was_printer_reset=session.was_printer_reset,
    )
    if is_exact_only and not plan.is_exact:
        session.close()
        raise ResumeNeedsOperatorError(
            f"The printer on {port} restarted and lost its position: check the part, then resume job {job_id} by hand."
        )
    recorder = JobRecorder(factory, job_id, port=port)
    deferred.target = merged_callbacks(recorder, callbacks)
    recorder.started(is_resume=True)
    session.start_job(lines, start_index=plan.start_index, preamble=plan.preamble, initial_state=plan.state, estimate_s=checked.duration_s)
    return ActivePrint(job_id, session, recorder, plan)


def _with_park(options: SessionOptions | None, printer: PrinterProfile) -> SessionOptions:
    base = options or SessionOptions()
    if printer.id == "generic":
        return base
    return replace(base, park_x_mm=0.0, park_y_mm=printer.bed_y_mm)
