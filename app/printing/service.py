"""Connected printers for the GUI, the queue's dispatcher and demo mode: one session per port.

The service keeps a small live picture of each printer (state, temperatures with history, job
progress, terminal lines) updated from the sessions' callbacks, and hands out frozen snapshots.
Listeners are called with the port that changed, from the session threads: the UI bridge moves
them to the GUI thread.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.printer_profiles import ProfileStore
from app.printing.jobs import PrintJobView, abandon_job, job_view, list_jobs
from app.printing.orphans import mark_orphans_interrupted
from app.printing.runner import (
    ActivePrint,
    CheckedGcode,
    ResumeNeedsOperatorError,
    chain_callbacks,
    check_file,
    connect_printer,
    resume_print,
    start_file_print,
    start_print,
)
from catalog.blobstore import BlobStore
from db.models import JobState, PrintJob
from i18n import _
from printers.machine_state import MachineState
from printers.ports import PortInfo, describe_port, is_port_present, list_serial_ports
from printers.recovery import ResumePlan
from printers.session import (
    ConnectError,
    JobOutcome,
    JobProgress,
    JobResult,
    PrintSession,
    SessionCallbacks,
    SessionError,
    SessionOptions,
    TemperatureReading,
)
from printers.session import (
    SessionState as SessionState,  # the window reads a snapshot's state through this module
)
from printers.sim.device import SimPrinterDevice, is_sim_printer_url, start_printer, stop_printer
from printers.sim.firmware import SimConfig
from printers.transport import PortError

HISTORY_POINTS = 600  # ten minutes at the 1 s autoreport rate
TERMINAL_LINES = 300
PRINTING_STATES = (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED, SessionState.CANCELLING)


class PrinterNotConnectedError(LookupError):
    """No connected printer on that port."""


@dataclass(frozen=True)
class PrinterSnapshot:
    port: str
    state: SessionState  # shown as state.value, where text is needed
    message: str
    firmware: str
    hotend_c: float | None
    hotend_target_c: float | None
    bed_c: float | None
    bed_target_c: float | None
    temperature_history: tuple[tuple[float, float, float | None], ...]  # (seconds ago ≤ 0, hotend, bed)
    job_id: int | None
    job_name: str
    fraction: float
    confirmed_line: int
    total_lines: int
    elapsed_s: float
    remaining_s: float | None
    layer: int
    terminal: tuple[str, ...]
    is_simulated: bool
    last_result: str
    prompt: str = ""  # the printer's question to the operator (M600, M0), if one is open
    prompt_buttons: tuple[str, ...] = ()
    hold_kind: str = ""  # why a fault paused the job (see app.printing.record_faults); "" when none did
    hold_message: str = ""
    terminal_count: int = 0  # terminal lines ever logged on this connection: `terminal` holds the last ones

    @property
    def percent(self) -> int:
        """The job's progress as every screen shows it: whole percent, rounded down, so 100 % means done."""
        return progress_percent(self.fraction)


def progress_percent(fraction: float) -> int:
    return max(0, min(100, math.floor(fraction * 100 + 1e-9)))  # 0.29 * 100 is 28.999…: still 29 %


@dataclass(frozen=True)
class InterruptedJob:
    """A job that stopped part-way (cable, printer restart, crash, power cut), as the screens list it."""

    id: int
    name: str
    line: int  # the last line the printer confirmed (1-based); 0: none
    total_lines: int
    layer: int
    z_mm: float | None  # the height it stopped at, when the record has it
    port: str  # the port it printed on: it resumes there
    printer: str
    reason: str
    is_port_present: bool


@dataclass
class _Connection:
    port: str
    session: PrintSession
    state: SessionState = SessionState.OPERATIONAL
    message: str = ""
    history: deque[tuple[float, float, float | None]] = field(default_factory=lambda: deque(maxlen=HISTORY_POINTS))
    last_temperature: TemperatureReading | None = None
    terminal: deque[str] = field(default_factory=lambda: deque(maxlen=TERMINAL_LINES))
    terminal_count: int = 0
    active: ActivePrint | None = None
    job_name: str = ""
    progress: JobProgress | None = None
    last_result: str = ""
    prompt: tuple[str, tuple[str, ...]] = ("", ())


class PrintingService:
    def __init__(
        self,
        factory: sessionmaker[Session],
        blobs: BlobStore,
        *,
        options: SessionOptions | None = None,
        profiles: ProfileStore | None = None,
        reconnect_for_s: float = 600.0,
        reconnect_poll_s: float = 1.0,
        is_checking_orphans: bool = True,
    ) -> None:
        """`is_checking_orphans` is False in a process that does not own the data folder (a reader
        while the window prints): the owner's live and paused jobs are not orphans."""
        self._factory = factory
        self._profiles = profiles
        self._blobs = blobs
        self._options = options or SessionOptions()
        self._lock = threading.Lock()
        self._connections: dict[str, _Connection] = {}
        self._listeners: list[Callable[[str], None]] = []
        self._simulators: dict[str, SimPrinterDevice] = {}
        # After a cable pull, keep trying the port this long and resume by itself if the printer
        # kept its state (0 turns it off). OctoPrint #1876 lost a 41-hour print to this.
        self._reconnect_for_s = reconnect_for_s
        self._reconnect_poll_s = reconnect_poll_s
        self._stopping = threading.Event()
        self._reconnectors: list[threading.Thread] = []
        # Jobs a crashed or powered-off process left "printing" show up as interrupted at their line.
        self.orphans_found = mark_orphans_interrupted(factory) if is_checking_orphans else 0

    # -- listeners ----------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[str], None]) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _notify(self, port: str) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(port)

    # -- ports and connections ----------------------------------------------------------------

    def ports(self) -> list[PortInfo]:
        found = list_serial_ports()
        with self._lock:
            simulated = [describe_port(port, "Simulated Marlin printer", "") for port in self._simulators]
        return [*simulated, *found]

    def connect(self, port: str, *, baud: int | None = 115200) -> PrinterSnapshot:
        """Blocking (handshake): call from a worker. Raises PortError or ConnectError."""
        with self._lock:
            existing = self._connections.get(port)
            if existing is not None and existing.state not in (SessionState.ERROR, SessionState.CLOSED):
                raise SessionError(_("{port} is already connected.").format(port=port))
        if existing is not None:
            self.disconnect(port)  # a session that ended on a fault: replace it
        session = connect_printer(port, baud=baud, options=self._options, callbacks=self._callbacks(port))
        with self._lock:
            # the firmware is shown beside it
            self._connections[port] = _Connection(port, session, message=_("Connected."))
        self._notify(port)
        return self.snapshot(port)

    def disconnect(self, port: str) -> None:
        with self._lock:
            connection = self._connections.pop(port, None)
        if connection is not None:
            connection.session.close()
        self._notify(port)

    def session_for(self, port: str) -> PrintSession:
        with self._lock:
            connection = self._connections.get(port)
        if connection is None:
            raise PrinterNotConnectedError(_("No printer is connected on {port}: connect it first.").format(port=port))
        return connection.session

    def connected_ports(self) -> list[str]:
        with self._lock:
            return sorted(self._connections)

    # -- jobs -----------------------------------------------------------------------------------

    def start_job(
        self, port: str, job_id: int, *, callbacks: SessionCallbacks | None = None, checked: CheckedGcode | None = None
    ) -> None:
        """Stream a stored job on a connected printer (the queue's dispatch call); `checked` is the check
        that stored the job just now, so its file is not read a second time."""
        session = self.session_for(port)
        own = self._callbacks(port)
        active = start_print(
            self._factory, self._blobs, job_id=job_id, port=port, session=session,
            callbacks=chain_callbacks(own, callbacks), checked=checked,
        )
        self._attach(port, active)

    def print_file(self, port: str, path: Path, *, printer_id: str | None = None) -> int:
        """Check a G-code file, store it as a job and stream it on a connected printer (blocking: call from a worker).

        Raises GcodeReadError or PrintRefusedError (nothing is sent) with an operator-readable message.
        """
        session = self.session_for(port)
        checked = check_file(
            path, self._profiles.printer(printer_id) if (printer_id and self._profiles) else None,
            profiles=self._profiles
        )
        if session.state is not SessionState.OPERATIONAL:
            raise SessionError(_("The printer on {port} is {state}: wait until it is idle.").format(
                port=port, state=session.state.label))

        def start(job_id: int) -> int:
            self.start_job(port, job_id, checked=checked)
            return job_id

        return start_file_print(self._factory, self._blobs, checked, start)

    def resume_job(
        self,
        port: str,
        job_id: int,
        *,
        callbacks: SessionCallbacks | None = None,
        confirm: Callable[[ResumePlan], None] | None = None,
    ) -> None:
        """Resume an interrupted job; reconnects so the printer can be asked for its last line first.

        `confirm` runs (on this thread, before anything of the job is sent) when the printer restarted
        and lost its position; it raises ResumeDeclinedError to leave the job interrupted.
        """
        with self._lock:
            existing = self._connections.get(port)
            busy = existing is not None and existing.state in PRINTING_STATES and existing.active is not None
        if busy:
            raise SessionError(_("The printer on {port} is busy with another job: wait for it to end, then "
                                 "resume.").format(port=port))
        self.disconnect(port)
        active = resume_print(
            self._factory, self._blobs, job_id=job_id, port=port, baud=None, options=self._options,
            callbacks=chain_callbacks(self._callbacks(port), callbacks), confirm=confirm,
        )
        with self._lock:
            self._connections[port] = _Connection(port, active.session, state=SessionState.PRINTING)
        self._attach(port, active)

    def _attach(self, port: str, active: ActivePrint) -> None:
        name = job_view(self._factory, active.job_id).name
        with self._lock:
            connection = self._connections.get(port)
            if connection is not None:
                connection.active = active
                connection.job_name = name
        self._notify(port)

    def pause(self, port: str, *, is_heaters_off: bool = False) -> None:
        self.session_for(port).pause(is_heaters_off=is_heaters_off)

    def pause_at_next_layer(self, port: str, *, is_heaters_off: bool = True) -> None:
        self.session_for(port).pause_at_next_layer(is_heaters_off=is_heaters_off)

    def resume(self, port: str) -> None:
        self.session_for(port).resume()

    def cancel(self, port: str) -> None:
        self.session_for(port).cancel()

    def answer_prompt(self, port: str, choice: int = 0) -> None:
        self.session_for(port).answer_prompt(choice)

    def emergency_stop(self, port: str) -> None:
        self.session_for(port).emergency_stop()

    def interrupted_jobs(self) -> list[PrintJobView]:
        return list_jobs(self._factory, states=[JobState.INTERRUPTED])

    def interrupted_job_details(self) -> list[InterruptedJob]:
        """Interrupted jobs with the height they stopped at and whether their own port is there now
        (reads the database and the port list: call from a worker)."""
        with self._factory() as db:
            rows = list(db.scalars(
                select(PrintJob).where(PrintJob.state == JobState.INTERRUPTED).order_by(PrintJob.id.desc())
            ))
            found = [(job.id, job.name, job.last_acked_line, job.total_lines, job.error, dict(job.machine_state or {}))
                     for job in rows]
        details: list[InterruptedJob] = []
        for job_id, name, line, total, error, stored in found:
            machine = MachineState.from_stored(stored)
            port = str(stored.get("port", ""))
            details.append(InterruptedJob(
                job_id, name, line, total, 0 if machine is None else machine.layer,
                None if machine is None else machine.z_mm, port, str(stored.get("printer", "")), error,
                bool(port) and self.is_port_present(port),
            ))
        return details

    def is_port_present(self, port: str) -> bool:
        """Whether `port` is plugged in now (a simulated printer of this process counts)."""
        with self._lock:
            if port in self._simulators:
                return True
        return is_port_present(port)

    # -- stopping every print (quitting) ---------------------------------------------------------

    def printing_ports(self) -> list[str]:
        """Ports whose printer is running, pausing, paused or cancelling a job."""
        with self._lock:
            return sorted(p for p, c in self._connections.items()
                          if c.state in PRINTING_STATES and c.active is not None)

    def stop_all_prints(self) -> list[str]:
        """Stop every running job before a quit: the sent lines finish, then retract, lift and park,
        heaters, fan and motors off. Returns the ports being stopped (see `wait_until_stopped`)."""
        stopping: list[str] = []
        for port in self.printing_ports():
            session = self.session_for(port)
            try:
                if session.state is not SessionState.CANCELLING:
                    session.cancel(is_parking=True)
            except SessionError:
                continue  # it ended by itself meanwhile
            stopping.append(port)
        return stopping

    def wait_until_stopped(self, ports: list[str], *, timeout_s: float = 60.0) -> bool:
        """Blocking (call from a worker): True once every job on `ports` has ended."""
        deadline = time.monotonic() + timeout_s
        is_all = True
        for port in ports:
            try:
                session = self.session_for(port)
            except PrinterNotConnectedError:
                continue
            if session.wait_until_finished(max(0.0, deadline - time.monotonic())) is None:
                is_all = False
        return is_all

    def abandon_job(self, job_id: int) -> None:
        abandon_job(self._factory, job_id)

    # -- manual control -------------------------------------------------------------------------

    def send(self, port: str, command: str) -> None:
        # No echo here: the session's writer logs each command as it goes out (`> M104 S200`).
        self.session_for(port).send_command(command)

    def send_commands(self, port: str, commands: list[str]) -> None:
        """Commands queued together or not at all (a jog's G91, G1, G90); refused while a job streams."""
        self.session_for(port).send_commands(commands)

    def home(self, port: str) -> None:
        self.send(port, "G28")

    def jog(self, port: str, axis: str, distance_mm: float, *, feed_mm_min: float = 3000.0) -> None:
        if axis.upper() not in ("X", "Y", "Z", "E"):
            raise ValueError(_("Can't jog axis {axis}: choose X, Y, Z or E.").format(axis=axis))
        self.send_commands(port, ["G91", f"G1 {axis.upper()}{distance_mm:g} F{feed_mm_min:g}", "G90"])

    def set_temperatures(self, port: str, *, hotend_c: float | None = None, bed_c: float | None = None) -> None:
        if hotend_c is not None:
            self.send(port, f"M104 S{hotend_c:g}")
        if bed_c is not None:
            self.send(port, f"M140 S{bed_c:g}")

    def lower_bed_while_printing(self, port: str, bed_c: float) -> None:
        """The first rung of the energy ladder: a cooler bed mid-print (raises SessionError if not printing)."""
        self.session_for(port).adjust_while_printing(f"M140 S{bed_c:g}")

    # -- automatic reconnect ----------------------------------------------------------------------

    def _start_reconnecting(self, port: str, job_id: int) -> None:
        if self._reconnect_for_s <= 0 or self._stopping.is_set():
            return
        thread = threading.Thread(target=self._reconnect, args=(port, job_id), name=f"printer-reconnect:{port}",
                                  daemon=True)
        with self._lock:
            self._reconnectors = [t for t in self._reconnectors if t.is_alive()]
            self._reconnectors.append(thread)
        thread.start()

    def _reconnect(self, port: str, job_id: int) -> None:
        with self._lock:
            connection = self._connections.pop(port, None)
        if connection is not None:
            connection.session.close()  # the dead session's threads end before the port is reopened
        placeholder = _Connection(
            port,
            connection.session if connection else PrintSession(port),
            state=SessionState.CLOSED,
            message=_("Cable pulled? Waiting for the printer to come back…"),
            active=connection.active if connection else None,
            job_name=connection.job_name if connection else "",
            progress=connection.progress if connection else None,
        )
        with self._lock:
            self._connections[port] = placeholder
        self._notify(port)
        deadline = time.monotonic() + self._reconnect_for_s
        while not self._stopping.wait(self._reconnect_poll_s) and time.monotonic() < deadline:
            with self._lock:
                if self._connections.get(port) is not placeholder:
                    return  # the operator disconnected it meanwhile
            if not is_port_present(port):
                continue  # not listed by the OS yet (or the simulated cable is still out)
            try:
                active = resume_print(
                    self._factory, self._blobs, job_id=job_id, port=port, baud=None, options=self._options,
                    callbacks=self._callbacks(port), is_exact_only=True,
                )
            except (PortError, ConnectError):
                continue  # not back yet, or still booting
            except ResumeNeedsOperatorError as exc:
                self._set_message(port, str(exc))
                return
            if self._stopping.is_set():
                active.session.close()
                return
            with self._lock:
                self._connections[port] = _Connection(port, active.session, state=SessionState.PRINTING,
                                                      message=_("Reconnected: resuming"))
            self._attach(port, active)
            return
        self._set_message(port,
                          _("The printer on {port} did not come back: resume job {job} when it is plugged in "
                            "again.").format(port=port, job=job_id))

    def _set_message(self, port: str, message: str) -> None:
        with self._lock:
            connection = self._connections.get(port)
            if connection is not None:
                connection.message = message
        self._notify(port)

    # -- demo -------------------------------------------------------------------------------------

    def start_simulator(self, *, speed: float = 1.0) -> str:
        """A simulated printer in this process (demo mode); its `sim://` port connects like any other."""
        simulator = start_printer("printer", config=SimConfig(speed=speed))
        with self._lock:
            self._simulators[simulator.url] = simulator
        return simulator.url

    # -- snapshots ----------------------------------------------------------------------------------

    def snapshot(self, port: str) -> PrinterSnapshot:
        with self._lock:
            connection = self._connections.get(port)
            if connection is None:
                raise PrinterNotConnectedError(_("No printer is connected on {port}.").format(port=port))
            return self._snapshot(connection)

    def snapshots(self) -> list[PrinterSnapshot]:
        with self._lock:
            return [self._snapshot(c) for _port, c in sorted(self._connections.items())]

    def _snapshot(self, c: _Connection) -> PrinterSnapshot:
        now = time.monotonic()
        t = c.last_temperature
        p = c.progress
        hold = c.session.hold if c.state in PRINTING_STATES else None
        return PrinterSnapshot(
            port=c.port,
            state=c.state,
            message=c.message,
            firmware=c.session.capabilities.firmware_name,
            hotend_c=t.hotend_c if t else None,
            hotend_target_c=t.hotend_target_c if t else None,
            bed_c=t.bed_c if t else None,
            bed_target_c=t.bed_target_c if t else None,
            temperature_history=tuple((at - now, h, b) for at, h, b in c.history),
            job_id=c.active.job_id if c.active else None,
            job_name=c.job_name,
            fraction=p.fraction if p else 0.0,
            confirmed_line=(p.confirmed_index + 1) if p else 0,
            total_lines=p.total_lines if p else 0,
            elapsed_s=p.elapsed_s if p else 0.0,
            remaining_s=p.remaining_s if p else None,
            layer=p.layer if p else 0,
            terminal=tuple(c.terminal),
            is_simulated=c.port in self._simulators or is_sim_printer_url(c.port),
            last_result=c.last_result,
            prompt=c.prompt[0],
            prompt_buttons=c.prompt[1],
            hold_kind=hold.kind if hold else "",
            hold_message=hold.message if hold else "",
            terminal_count=c.terminal_count,
        )

    # -- callbacks from the session threads ---------------------------------------------------------

    def _callbacks(self, port: str) -> SessionCallbacks:
        def on_state(state: SessionState, message: str) -> None:
            with self._lock:
                connection = self._connections.get(port)
                if connection is not None:
                    connection.state = state
                    connection.message = message
            self._notify(port)

        def on_temperature(reading: TemperatureReading) -> None:
            with self._lock:
                connection = self._connections.get(port)
                if connection is not None:
                    connection.last_temperature = reading
                    connection.history.append((reading.at_s, reading.hotend_c, reading.bed_c))
            self._notify(port)

        def on_progress(progress: JobProgress) -> None:
            with self._lock:
                connection = self._connections.get(port)
                if connection is not None:
                    connection.progress = progress
            self._notify(port)

        def on_finished(result: JobResult) -> None:
            with self._lock:
                connection = self._connections.get(port)
                job_id = None
                if connection is not None:
                    connection.last_result = f"{result.outcome.value}: {result.message}"
                    connection.progress = result.progress
                    job_id = connection.active.job_id if connection.active else None
            self._notify(port)
            is_lost = result.outcome is JobOutcome.INTERRUPTED and result.is_link_lost
            if is_lost and job_id is not None:
                self._start_reconnecting(port, job_id)

        def on_terminal(direction: str, text: str) -> None:
            self._terminal(port, direction, text)

        def on_prompt(text: str, buttons: tuple[str, ...]) -> None:
            with self._lock:
                connection = self._connections.get(port)
                if connection is not None:
                    connection.prompt = (text, buttons)
            self._notify(port)

        def on_error(message: str) -> None:
            with self._lock:
                connection = self._connections.get(port)
                if connection is not None:
                    connection.message = message
            self._notify(port)

        return SessionCallbacks(on_state, on_progress, on_temperature, on_error, on_finished, on_terminal, on_prompt)

    def _terminal(self, port: str, direction: str, text: str) -> None:
        with self._lock:
            connection = self._connections.get(port)
            if connection is not None:
                connection.terminal.append(f"{direction} {text}")
                connection.terminal_count += 1

    def _stop_job_resumably(self, port: str) -> None:
        """Stop a running job as a shutdown does: the lines already in the printer finish, a heat-up wait
        is broken, then heaters off; the job stays interrupted at its last confirmed line, to be resumed.
        (Closing the port alone would let a heat-up command already in the printer's buffer run first.)"""
        with self._lock:
            connection = self._connections.get(port)
        if connection is None:
            return
        try:
            connection.session.cancel(is_resumable=True)
        except SessionError:
            return  # no job running: nothing to stop
        connection.session.wait_until_finished(20.0)

    def close(self) -> None:
        """Stop reconnecting, disconnect every printer (a running job is recorded as interrupted), stop simulators."""
        self._stopping.set()
        with self._lock:
            reconnectors = list(self._reconnectors)
        for thread in reconnectors:
            thread.join(timeout=30.0)
        for port in self.connected_ports():
            self._stop_job_resumably(port)
            self.disconnect(port)
        with self._lock:
            simulators = list(self._simulators.values())
            self._simulators.clear()
        for simulator in simulators:
            stop_printer(simulator.url)


def on_job_finished(listener: Callable[[str, str], None]) -> SessionCallbacks:
    """Callbacks for `start_job` that tell `listener(outcome, message)` once the job's end is recorded
    (outcome is "done", "failed", "cancelled" or "interrupted"; called on the printer's thread)."""
    return SessionCallbacks(on_job_finished=lambda result: listener(result.outcome.value, result.message))
