"""A print session on one port: handshake, streaming, pause/resume/cancel/emergency stop.

Two named threads: the reader turns reply lines into events for the `Sender`, the writer waits
on a `threading.Event` (set by the reader, by the API, or by the next timeout) and writes what
the sender releases. Everything the two share sits behind one lock. Callbacks run on these
threads, outside the lock: the UI bridge re-delivers them on the GUI thread.

Close order: stop flag, join both threads, close the port.
"""

from __future__ import annotations

import atexit
import enum
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from i18n import N_, _
from printers.gcode.parse import GcodeCommand, ParsedGcode
from printers.gcode.stream import job_commands
from printers.machine_state import (
    MachineState,
    advance,
    cooldown_commands,
    park_commands,
    restore_after_pause,
)
from printers.protocol import Capabilities, ErrorClass, Reply, ReplyKind, Temperature, frame, parse_reply, strip_comment
from printers.sender import LinkFatalError, LinkPolicy, Origin, Outgoing, Sender
from printers.transport import LinkLostError, PortError, SerialTransport

log = logging.getLogger(__name__)

# Sent bare (no line number, no `ok` awaited) when the session ends or fails: nothing may leave a
# printer hot once no host watches it. M107: the part fan off too.
HEATERS_OFF = b"M104 S0\nM140 S0\nM107\n"


class SessionState(enum.Enum):
    CONNECTING = "connecting"
    OPERATIONAL = "operational"  # connected, no job
    PRINTING = "printing"
    PAUSING = "pausing"
    PAUSED = "paused"
    CANCELLING = "cancelling"
    ERROR = "error"  # stopped on a fault; the port is closed
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The state in the operator's language (`value` stays the English name logs and JSON keep)."""
        return _(_STATE_LABELS[self])


_STATE_LABELS = {
    SessionState.CONNECTING: N_("connecting"),
    SessionState.OPERATIONAL: N_("ready"),
    SessionState.PRINTING: N_("printing"),
    SessionState.PAUSING: N_("pausing"),
    SessionState.PAUSED: N_("paused"),
    SessionState.CANCELLING: N_("cancelling"),
    SessionState.ERROR: N_("stopped on an error"),
    SessionState.CLOSED: N_("disconnected"),
}


class JobOutcome(enum.Enum):
    DONE = "done"  # the printer confirmed the last line
    CANCELLED = "cancelled"
    FAILED = "failed"  # firmware error (thermal, kill): heaters off
    INTERRUPTED = "interrupted"  # the link or the printer went away: resumable


class ConnectError(Exception):
    """No printer answered the handshake."""


class SessionError(Exception):
    """An API call that makes no sense in the current state."""


class HoldJobError(Exception):
    """Raised by a callback when the job must not go on (its progress can't be saved, for one).

    The session pauses the job at once (parked, heaters off, as for an unattended low-power
    pause) and reports `message`; `kind` names the cause for a screen that words it itself.
    """

    def __init__(self, message: str, *, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class JobHold:
    """Why a job was paused by a fault rather than by the operator."""

    kind: str
    message: str


# Heat-ups the firmware waits on; a cancel breaks each with `M108`, or the cool-down would queue behind them.
HEAT_WAIT_CODES = frozenset({"M109", "M190", "M191"})
WAIT_BREAK_EVERY_S = 1.0

# Set-point changes that move no axis and extrude nothing: safe to interleave with a running job.
MID_PRINT_COMMANDS = ("M140", "M104", "M106", "M107", "M220", "M221")


@dataclass(frozen=True)
class SessionOptions:
    policy: LinkPolicy = field(default_factory=LinkPolicy)
    connect_timeout_s: float = 10.0
    hello_retry_s: float = 1.0
    temperature_autoreport_s: int = 2
    temperature_poll_s: float = 5.0
    progress_interval_s: float = 0.25
    park_x_mm: float = 0.0
    park_y_mm: float = 200.0
    park_lift_mm: float = 10.0
    retract_mm: float = 2.0


@dataclass(frozen=True)
class TemperatureReading:
    hotend_c: float
    hotend_target_c: float | None
    bed_c: float | None
    bed_target_c: float | None
    at_s: float


@dataclass(frozen=True)
class JobProgress:
    confirmed_index: int  # index in the job's lines of the last confirmed command (-1: none yet)
    total_lines: int
    fraction: float
    elapsed_s: float
    remaining_s: float | None
    layer: int
    state: MachineState
    line_offset: int | None = None  # wire line number minus job position, for the last-line probe on resume


@dataclass(frozen=True)
class JobResult:
    outcome: JobOutcome
    message: str
    progress: JobProgress
    is_link_lost: bool = False  # the cable or the port went away: worth waiting for it to come back


@dataclass(frozen=True)
class SessionCallbacks:
    """All optional; called from the session's threads."""

    on_state: Callable[[SessionState, str], None] | None = None
    on_progress: Callable[[JobProgress], None] | None = None
    on_temperature: Callable[[TemperatureReading], None] | None = None
    on_error: Callable[[str], None] | None = None
    on_job_finished: Callable[[JobResult], None] | None = None
    on_terminal: Callable[[str, str], None] | None = None  # ("<" reply | ">" sent, text)
    on_prompt: Callable[[str, tuple[str, ...]], None] | None = None  # question, buttons; ("", ()) when closed


TransportFactory = Callable[[str, int], SerialTransport]


class _PausePlan(enum.Enum):
    NONE = "none"
    NOW = "now"
    AT_LAYER = "at_layer"


class PrintSession:
    """One connected printer. Start a job with `start_job`; the queue dispatcher and the UI use the same API."""

    def __init__(
        self,
        port: str,
        *,
        baud: int = 115200,
        options: SessionOptions | None = None,
        callbacks: SessionCallbacks | None = None,
        transport_factory: TransportFactory | None = None,
    ) -> None:
        self.port = port
        self.baud = baud
        self.options = options or SessionOptions()
        self.callbacks = callbacks or SessionCallbacks()
        self._transport_factory = transport_factory or (lambda p, b: SerialTransport(p, b))
        self._transport: SerialTransport | None = None
        self._lock = threading.Lock()
        self._callback_lock = threading.RLock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._finished = threading.Event()
        self._threads: list[threading.Thread] = []
        self._state = SessionState.CLOSED
        self._sender = Sender(self.options.policy, now_s=time.monotonic())
        self.capabilities = Capabilities()
        self._connect_error = ""
        self._pending_callbacks: list[Callable[[], None]] = []
        self.last_temperature: TemperatureReading | None = None
        # The job.
        self._job: list[str] = []
        self._job_commands: list[tuple[str, int]] = []  # (canonical command, index in _job)
        self._job_parsed: list[GcodeCommand] = []  # the same commands, tokenized
        self._layer_starts: set[int] = set()  # positions in _job_commands where a layer begins
        self._feed_pos = 0
        self._job_state = MachineState()
        self._confirmed_index = -1
        self._confirmed_pos = -1
        self._job_started_s = 0.0
        self._estimate_s = 0.0
        self._pause_plan = _PausePlan.NONE
        self._pause_heaters_off = False
        self._pause_scripts_sent = False
        self._cancel_cleanup_sent = False
        self._result: JobResult | None = None
        self._last_progress_emit_s = 0.0
        self._next_poll_s = 0.0
        self._hello_sent_s = 0.0
        self._connect_deadline_s = 0.0
        self._is_job_active = False
        self._line_offset: int | None = None
        self._prompt: tuple[str, tuple[str, ...]] = ("", ())
        self.printer_last_line: int | None = None  # from the probe: the last line the firmware took
        self.was_printer_reset = False
        self._hold: JobHold | None = None
        self._is_parking_on_cancel = False
        self._is_cancel_resumable = False
        self._has_shaken_hands = False
        self._next_wait_break_s = 0.0

    # -- connection ------------------------------------------------------------------------

    def connect(self, *, is_probing_last_line: bool = False) -> Capabilities:
        """Open the port and shake hands (`M110 N0`, `M115`, autoreport). Raises PortError or ConnectError.

        `is_probing_last_line`: before the handshake resets the line counter, ask the firmware
        which line it took last (see `_probe_last_line`); the answer is in `printer_last_line`.
        """
        transport = self._transport_factory(self.port, self.baud)
        transport.open()
        self._transport = transport
        # Any way the process ends (a return from main, an uncaught exception, sys.exit) closes the
        # session, and closing switches the heaters off. Signals are the callers' part: see close().
        atexit.register(self._close_at_exit)
        if is_probing_last_line:
            self._probe_last_line(transport)
        now = time.monotonic()
        with self._lock:
            self._set_state(SessionState.CONNECTING,
                            _("Connecting to {port} at {baud} baud").format(port=self.port, baud=self.baud))
            self._begin_hello(now)
            self._connect_deadline_s = now + self.options.connect_timeout_s
        self._stop.clear()
        self._threads = [
            threading.Thread(target=self._read_loop, name=f"printer-reader:{self.port}", daemon=True),
            threading.Thread(target=self._write_loop, name=f"printer-writer:{self.port}", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        self._run_callbacks()
        self._connected.wait(self.options.connect_timeout_s + 2.0)
        with self._lock:
            error = self._connect_error
            is_ok = self._state is SessionState.OPERATIONAL
        if not is_ok:
            self.close()
            raise ConnectError(error or self._no_answer_message())
        return self.capabilities

    def _probe_last_line(self, transport: SerialTransport) -> None:
        """Send a line with a number the firmware can't expect; Marlin answers
        `Error:Line Number is not Last Line Number+1, Last Line: 1234` and `Resend: 1235`, which
        says exactly which job line it ran last if it kept its state through a cable pull.
        A `start` instead means the board restarted and forgot everything.
        """
        probe_no = 1 << 30
        deadline = time.monotonic() + max(1.5, self.options.hello_retry_s * 2)
        try:
            transport.write(b"\n" + frame(probe_no, "M105"))
            while time.monotonic() < deadline:
                for raw in transport.read_lines():
                    reply = parse_reply(raw.decode("ascii", errors="replace"))
                    if reply.kind is ReplyKind.START:
                        self.was_printer_reset = True
                        return
                    if reply.kind is ReplyKind.RESEND and reply.line_no is not None:
                        self.printer_last_line = reply.line_no - 1
                        self._swallow_probe_ok(transport)
                        return
                    if reply.kind is ReplyKind.OK and reply.line_no is None and reply.temperatures:
                        self.printer_last_line = probe_no - 1  # it happened to expect exactly this number
                        return
        except LinkLostError:
            return  # the handshake will report the port

    @staticmethod
    def _swallow_probe_ok(transport: SerialTransport) -> None:
        # The `ok` Marlin sends after `Resend:` must not reach the handshake, where it would
        # look like the answer to `M110`.
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:
            replies = (parse_reply(raw.decode("ascii", errors="replace")) for raw in transport.read_lines())
            if any(reply.kind is ReplyKind.OK for reply in replies):
                return

    def _begin_hello(self, now: float) -> None:
        # Numbered and checksummed from the first byte: a line after boot noise still parses.
        handshake_policy = replace(
            self.options.policy,
            ok_timeout_s=self.options.hello_retry_s,
            max_timeouts=max(2, int(self.options.connect_timeout_s / self.options.hello_retry_s)),
        )
        self._sender = Sender(handshake_policy, now_s=now)
        self._sender.enqueue_host("M110 N0")
        self._sender.enqueue_host("M115")
        self._hello_sent_s = now
        self._wake.set()

    def close(self) -> None:
        """Stop flag → join the threads → heaters and fan off → close the port.

        Safe to call twice, from any non-session thread. The heaters go off whatever the state: an
        app quitting, a shutdown or a crash handler must never leave a printer hot with no host
        watching it. A running job is recorded as interrupted, so it can be resumed (re-heated).
        """
        self._stop.set()
        self._wake.set()
        current = threading.current_thread()
        for thread in self._threads:
            if thread is not current:
                thread.join(timeout=5.0)
        self._threads = [t for t in self._threads if t.is_alive()]
        transport, self._transport = self._transport, None
        if transport is not None:
            self._switch_heaters_off(transport)
            transport.close()
        atexit.unregister(self._close_at_exit)
        with self._lock:
            if self._state not in (SessionState.ERROR, SessionState.CLOSED):
                self._set_state(SessionState.CLOSED, _("Disconnected"))
            if self._is_job_active and self._result is None:
                self._finish_job(JobOutcome.INTERRUPTED,
                                 _("The connection was closed during the job: resume it from the printers screen or "
                                   "with `heliofab print --resume`."))
        self._connected.set()
        self._run_callbacks()

    def _switch_heaters_off(self, transport: SerialTransport) -> None:
        with self._lock:
            # Never send G-code to a device that did not answer as a printer. A session that
            # stopped on a fault already sent these lines (or lost the link it would send them on).
            is_printer = self._has_shaken_hands and self._state is not SessionState.ERROR
            is_job_active = self._is_job_active
            is_parser = self.capabilities.has_emergency_parser
        if not is_printer:
            return
        try:
            if is_job_active and is_parser:
                # Ends an `M109`/`M190` wait, or the heaters-off lines would queue behind the heat-up.
                transport.write(b"M108\n")
            transport.write(HEATERS_OFF)
        except LinkLostError:
            log.warning("Could not switch the heaters off on %s: the connection is already gone", self.port)
            return
        log.info("Heaters and fan switched off on %s before closing the port", self.port)

    def _close_at_exit(self) -> None:
        try:
            self.close()
        except Exception:  # at exit nothing may stop the other sessions from closing
            log.exception("Closing the printer on %s at exit failed", self.port)

    def __enter__(self) -> PrintSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def state(self) -> SessionState:
        with self._lock:
            return self._state

    @property
    def stats(self) -> dict[str, int]:
        with self._lock:
            return dict(vars(self._sender.stats))

    @property
    def is_advanced_ok(self) -> bool:
        with self._lock:
            return self._sender.is_advanced_ok

    # -- the job -----------------------------------------------------------------------------

    def start_job(
        self,
        lines: Sequence[str],
        *,
        start_index: int = 0,
        preamble: Sequence[str] = (),
        estimate_s: float = 0.0,
        initial_state: MachineState | None = None,
        program: ParsedGcode | None = None,
    ) -> None:
        """Stream `lines` (already safety-checked G-code, comments allowed) from `start_index`.

        `preamble` (host commands: resume heat/home/restore) goes first. `initial_state` is the
        machine state before `start_index` (from the job's record when resuming). `program` is
        `lines` as the safety check tokenized them: what is sent is then exactly what was checked,
        and the file is not read again.
        """
        with self._lock:
            if self._state is not SessionState.OPERATIONAL:
                raise SessionError(_("The printer is {state}: wait until it is connected and idle.").format(
                    state=self._state.label))
            self._job = list(lines)
            job = job_commands(program if program is not None else self._job)
            self._job_commands, self._job_parsed, self._layer_starts = job.sent, job.commands, job.layer_starts
            self._feed_pos = next((i for i, (_command, index) in enumerate(self._job_commands) if index >= start_index),
                                  len(self._job_commands))
            self._confirmed_pos = self._feed_pos - 1
            self._confirmed_index = start_index - 1
            self._job_state = initial_state or MachineState()
            self._estimate_s = estimate_s
            self._job_started_s = time.monotonic()
            self._result = None
            self._finished.clear()
            self._is_job_active = True
            self._pause_plan = _PausePlan.NONE
            self._cancel_cleanup_sent = False
            self._is_parking_on_cancel = False
            self._is_cancel_resumable = False
            self._hold = None
            for command in preamble:
                self._sender.enqueue_host(command)
            self._sender.set_job_paused(False)
            self._set_state(SessionState.PRINTING, _("Printing {count} commands").format(
                count=len(self._job_commands) - self._feed_pos))
        self._wake.set()
        self._run_callbacks()

    def wait_until_finished(self, timeout_s: float | None = None) -> JobResult | None:
        self._finished.wait(timeout_s)
        with self._lock:
            return self._result

    def send_command(self, command: str) -> None:
        """A terminal or jog command; refused while a job streams (pause first)."""
        self.send_commands([command])

    def send_commands(self, commands: Sequence[str]) -> None:
        """Commands queued together or not at all: a jog's `G91` is never left without its `G90`."""
        texts = [text for text in (strip_comment(command) for command in commands) if text]
        if not texts:
            return
        with self._lock:
            if self._state not in (SessionState.OPERATIONAL, SessionState.PAUSED):
                raise SessionError(_("The printer is {state}: commands are accepted when idle or paused.").format(
                    state=self._state.label))
            for text in texts:
                self._sender.enqueue_host(text)
        self._wake.set()

    def adjust_while_printing(self, command: str) -> None:
        """Slip one temperature, fan or speed change into the running stream (e.g. a lower bed on low power).

        Only commands that move nothing are allowed: the job's own lines keep their numbers and the
        exactly-once bookkeeping is untouched, as for the host commands of a resume.
        """
        text = strip_comment(command)
        if text.split(" ", 1)[0].upper() not in MID_PRINT_COMMANDS:
            raise SessionError(_("'{command}' can't be sent during a print: only {allowed} can.").format(
                command=text, allowed=", ".join(MID_PRINT_COMMANDS)))
        with self._lock:
            if self._state is not SessionState.PRINTING:
                raise SessionError(_("The printer is {state}, not printing.").format(state=self._state.label))
            self._sender.enqueue_host(text)
        self._wake.set()

    def pause(self, *, is_heaters_off: bool = False) -> None:
        """Stop after the lines already sent, then retract, lift and park; the position is kept."""
        self._request_pause(_PausePlan.NOW, is_heaters_off)

    def pause_at_next_layer(self, *, is_heaters_off: bool = True) -> None:
        """For safe pausing on low power: finish the current layer, park, switch the heaters off."""
        self._request_pause(_PausePlan.AT_LAYER, is_heaters_off)

    def _request_pause(self, plan: _PausePlan, is_heaters_off: bool) -> None:
        with self._lock:
            if self._state is not SessionState.PRINTING:
                raise SessionError(_("Only a printing job can be paused (the printer is {state}).").format(
                    state=self._state.label))
            self._plan_pause_locked(plan, is_heaters_off, _("Pausing: finishing the moves already sent"))
        self._wake.set()
        self._run_callbacks()

    def _no_answer_message(self) -> str:
        return _("No printer answered on {port} at {baud} baud: check the baud rate, and that the device is "
                 "a printer that is switched on.").format(port=self.port, baud=self.baud)

    def _plan_pause_locked(self, plan: _PausePlan, is_heaters_off: bool, message: str) -> None:
        self._pause_plan = plan
        self._pause_heaters_off = is_heaters_off
        self._pause_scripts_sent = False
        if plan is _PausePlan.NOW:
            self._stop_feeding()
            self._set_state(SessionState.PAUSING, message)

    def resume(self) -> None:
        """Heat back up if needed, return to the stored position and modes, go on streaming."""
        with self._lock:
            if self._state is not SessionState.PAUSED:
                raise SessionError(_("Only a paused job can be resumed (the printer is {state}).").format(
                    state=self._state.label))
            self._resume_locked(_("Resumed"))
        self._wake.set()
        self._run_callbacks()

    def _resume_locked(self, message: str) -> None:
        """Back to the stored position and modes (heating up first if needed), then on streaming."""
        # A fault that paused the job is taken as fixed; if it is not, the next callback holds it again.
        self._hold = None
        for command in restore_after_pause(self._job_state, prime_mm=self.options.retract_mm):
            self._sender.enqueue_host(command)
        self._pause_plan = _PausePlan.NONE
        self._sender.set_job_paused(False)
        self._set_state(SessionState.PRINTING, message)

    def cancel(self, *, is_parking: bool = False, is_resumable: bool = False) -> None:
        """Stop streaming, let the sent lines finish, then heaters and fan off, motors off.

        `is_parking`: first retract, lift and move the nozzle off the part (stopping before a quit,
        when nobody may come back to the printer for a while). A job already parked by a pause is
        not lifted again. `is_resumable`: the stop is nobody's verdict on the print (a logout, a
        shutdown), so the job ends INTERRUPTED at its last confirmed line, to be resumed, not CANCELLED.
        """
        with self._lock:
            if self._state not in (SessionState.PRINTING, SessionState.PAUSING, SessionState.PAUSED):
                raise SessionError(_("There is no job to cancel (the printer is {state}).").format(
                    state=self._state.label))
            is_parked = self._state is SessionState.PAUSED and self._pause_scripts_sent
            self._stop_feeding()
            self._pause_plan = _PausePlan.NONE
            self._cancel_cleanup_sent = False
            self._is_parking_on_cancel = is_parking and not is_parked
            self._is_cancel_resumable = is_resumable
            self._hold = None
            self._set_state(SessionState.CANCELLING, _("Cancelling: cooling down"))
            is_parser = self.capabilities.has_emergency_parser
        transport = self._transport
        if is_parser and transport is not None:
            try:
                # Jumps the firmware's queue: ends an `M109`/`M190` wait instead of heating to the end.
                transport.write(b"M108\n")
            except LinkLostError:
                pass  # the reader reports the lost link
        self._wake.set()
        self._run_callbacks()

    def emergency_stop(self) -> None:
        """`M112` at once (ahead of everything), heaters off without waiting, then close the port."""
        transport = self._transport
        if transport is not None:
            try:
                transport.write(b"M112\n")
                with self._lock:
                    line_no = self._sender.confirmed_line_no + 1
                transport.write(frame(line_no, "M112"))
                transport.write(b"M104 S0\nM140 S0\n")
            except LinkLostError:
                pass  # the printer is already gone: nothing more can be sent
        with self._lock:
            self._set_state(SessionState.ERROR,
                            _("Emergency stop: the printer is halted. Switch it off and on (or reset it) before "
                              "printing again."))
            if self._is_job_active and self._result is None:
                self._finish_job(JobOutcome.FAILED, _("Emergency stop."))
        self._run_callbacks()
        self._stop.set()
        self._wake.set()
        self.close()

    def _stop_feeding(self) -> None:
        self._sender.set_job_paused(True)
        removed = self._sender.clear_job_queue()
        if removed:
            self._feed_pos = removed[0][1]

    # -- threads -------------------------------------------------------------------------------

    def _read_loop(self) -> None:
        self._guarded(self._read_replies, "reader")

    def _write_loop(self) -> None:
        self._guarded(self._write_lines, "writer")

    def _guarded(self, body: Callable[[], None], role: str) -> None:
        """A thread body that ends, whatever goes wrong, with the heaters off and the fault reported."""
        try:
            body()
        except Exception as exc:  # the last line of defence: report it, never leave the printer hot
            log.exception("The printer %s thread on %s stopped on an unexpected error", role, self.port)
            self._stop_on_fault(
                _("Heliofab stopped printing on {port} after an unexpected error ({error}): the heaters are "
                  "switched off. Resume the job to go on from its last line, and send the log (heliofab doctor) "
                  "to whoever looks after Heliofab.").format(port=self.port, error=f"{exc.__class__.__name__}: {exc}")
            )

    def _stop_on_fault(self, message: str) -> None:
        transport = self._transport
        if transport is not None and self._has_shaken_hands:
            try:
                transport.write(HEATERS_OFF)  # first, before anything else can fail
            except LinkLostError:
                pass  # the link is gone: the printer's own thermal watchdog has to do it
        try:
            with self._lock:
                self._fail_locked(message, JobOutcome.INTERRUPTED)
            self._run_callbacks()
        except Exception:  # the heaters are off; what failed now is only the report
            log.exception("Reporting the fault on %s failed", self.port)
            self._stop.set()
            self._wake.set()

    def _read_replies(self) -> None:
        transport = self._transport
        while not self._stop.is_set() and transport is not None:
            try:
                raw_lines = transport.read_lines()
            except LinkLostError as exc:
                self._on_link_lost(str(exc))
                return
            if not raw_lines:
                continue
            now = time.monotonic()
            with self._lock:
                try:
                    for raw in raw_lines:
                        self._handle_line(raw.decode("ascii", errors="replace"), now)
                except LinkFatalError as exc:
                    self._fail_locked(str(exc), JobOutcome.INTERRUPTED)
            self._wake.set()
            self._run_callbacks()

    def _write_lines(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                deadline = self._sender.next_deadline_s()
            wait_s = 0.5 if deadline is None else max(0.0, min(0.5, deadline - time.monotonic()))
            self._wake.wait(wait_s)
            self._wake.clear()
            if self._stop.is_set():
                return
            now = time.monotonic()
            with self._lock:
                try:
                    self._sender.on_tick(now)
                    self._advance_locked(now)
                    frames = self._sender.frames_to_send(now)
                    is_wait_break_due = self._is_wait_break_due(now)
                except LinkFatalError as exc:
                    self._fail_locked(str(exc), JobOutcome.INTERRUPTED)
                    frames = []
                    is_wait_break_due = False
            transport = self._transport
            if (frames or is_wait_break_due) and transport is not None:
                try:
                    # M108 bare: the emergency parser reads it at once, ahead of the firmware's queue.
                    transport.write(b"".join(line.frame for line in frames) + (b"M108\n" if is_wait_break_due else b""))
                except LinkLostError as exc:
                    self._on_link_lost(str(exc))
                    return
                if self.callbacks.on_terminal is not None:
                    for line in frames:
                        if line.origin is Origin.HOST:
                            self.callbacks.on_terminal(">", line.command)
            self._run_callbacks()
            with self._lock:
                is_fatal = self._state is SessionState.ERROR
            if is_fatal:
                return

    # -- reply handling (lock held) ---------------------------------------------------------------

    def _handle_line(self, text: str, now: float) -> None:
        reply = parse_reply(text)
        if self.callbacks.on_terminal is not None and reply.kind not in (ReplyKind.OK,):
            self._later(self.callbacks.on_terminal, "<", text)
        if reply.kind is ReplyKind.START:
            self._on_start(now)
            return
        if reply.kind is ReplyKind.ERROR:
            self._on_error_reply(reply)
            return
        if reply.kind is ReplyKind.FIRMWARE:
            self.capabilities = self.capabilities.with_firmware(reply.firmware)
        elif reply.kind is ReplyKind.CAPABILITY and reply.capability is not None:
            self.capabilities = self.capabilities.with_capability(*reply.capability)
        elif reply.kind is ReplyKind.ACTION:
            self._on_action(reply.message)
        if reply.temperatures:
            self._on_temperatures(reply.temperatures, now)
        events = self._sender.on_reply(reply, now)
        for line in events.confirmed:
            self._on_confirmed(line)

    def _on_start(self, now: float) -> None:
        if self._state is SessionState.CONNECTING:
            self._begin_hello(now)  # the board restarted on open: say hello again
            return
        # `start` mid-job: the board restarted and lost its buffers, position and heater targets.
        if self._is_job_active and self._result is None:
            self._fail_locked(
                _("The printer restarted at line {line}: its heaters are off; resume the job to continue from "
                  "there.").format(line=self._confirmed_index + 1),
                JobOutcome.INTERRUPTED,
            )
        else:
            self._begin_hello(now)
            self._set_state(SessionState.CONNECTING, _("The printer restarted: connecting again"))

    def _on_error_reply(self, reply: Reply) -> None:
        error_class = reply.error_class or ErrorClass.FATAL
        if error_class is ErrorClass.FATAL:
            self._fail_locked(
                _("The printer stopped with an error: {error}. Its heaters are switched off; fix the cause and "
                  "restart the printer.").format(error=reply.message),
                JobOutcome.FAILED,
            )
        elif error_class is ErrorClass.IGNORABLE:
            self._later(self._emit_error, _("The printer said: {message}").format(message=reply.message))

    def _on_action(self, action: str) -> None:
        """Host action commands: `//action:pause` asks the host to pause; `paused`/`resumed` say the
        printer did it itself (M600, M0); `prompt_*` build a question for the operator (M876 answers)."""
        name, _sep, rest = action.partition(" ")
        name = name.lower()
        if name == "pause" and self._state is SessionState.PRINTING:
            self._plan_pause_locked(_PausePlan.NOW, False, _("The printer asked to pause"))
        elif name == "resume" and self._state is SessionState.PAUSED:
            self._resume_locked(_("The printer asked to resume"))
        elif name == "paused":
            self._later(self._emit_message, _("The printer paused itself and waits for the operator."))
        elif name == "resumed":
            self._later(self._emit_message, _("The printer resumed."))
        elif name == "cancel" and self._state in (SessionState.PRINTING, SessionState.PAUSED, SessionState.PAUSING):
            self._stop_feeding()
            self._set_state(SessionState.CANCELLING, _("The printer asked to cancel"))
        elif name == "disconnect":
            self._fail_locked(_("The printer asked to disconnect."), JobOutcome.INTERRUPTED)
        elif name == "prompt_begin":
            self._prompt = (rest.strip(), ())
        elif name == "prompt_button":
            self._prompt = (self._prompt[0], (*self._prompt[1], rest.strip()))
        elif name == "prompt_show" and self.callbacks.on_prompt is not None:
            self._later(self.callbacks.on_prompt, *self._prompt)
        elif name == "prompt_end":
            self._prompt = ("", ())
            if self.callbacks.on_prompt is not None:
                self._later(self.callbacks.on_prompt, "", ())

    def answer_prompt(self, choice: int = 0) -> None:
        """Answer the printer's question (`M876 S<choice>`, read by its emergency parser at once)."""
        transport = self._transport
        if transport is None:
            raise SessionError(_("The printer is not connected."))
        transport.write(f"M876 S{int(choice)}\n".encode("ascii"))

    @property
    def prompt(self) -> tuple[str, tuple[str, ...]]:
        """The printer's open question and its buttons, or ("", ())."""
        with self._lock:
            return self._prompt

    def _emit_message(self, message: str) -> None:
        if self.callbacks.on_state is not None:
            self.callbacks.on_state(self.state, message)

    def _on_temperatures(self, temps: dict[str, Temperature], now: float) -> None:
        hotend = temps.get("T0")
        if hotend is None:
            return
        bed = temps.get("B")
        reading = TemperatureReading(
            hotend.actual_c, hotend.target_c, bed.actual_c if bed else None, bed.target_c if bed else None, now
        )
        self.last_temperature = reading
        if self.callbacks.on_temperature is not None:
            self._later(self.callbacks.on_temperature, reading)

    def _on_confirmed(self, line: Outgoing) -> None:
        if line.origin is Origin.HOST:
            if self._state is SessionState.CONNECTING and line.command == "M115":
                self._finish_handshake()
            return
        if line.job_index is None:
            return
        pos = line.job_index
        index = self._job_commands[pos][1]
        if pos in self._layer_starts:
            self._job_state = replace(self._job_state, layer=self._job_state.layer + 1)
        self._job_state = advance(self._job_state, self._job_parsed[pos])
        self._confirmed_index = index
        self._confirmed_pos = pos
        self._line_offset = line.line_no - pos

    def _finish_handshake(self) -> None:
        self._has_shaken_hands = True
        self._sender.policy = self.options.policy
        if self.capabilities.has_autoreport_temp and self.options.temperature_autoreport_s > 0:
            self._sender.enqueue_host(f"M155 S{self.options.temperature_autoreport_s}")
        self._set_state(SessionState.OPERATIONAL, _("Connected: {firmware}").format(
            firmware=self.capabilities.firmware_name or _("printer")))
        self._connected.set()

    # -- the job's steps (lock held) --------------------------------------------------------------

    def _advance_locked(self, now: float) -> None:
        if self._state is SessionState.CONNECTING and now > self._connect_deadline_s:
            self._connect_error = self._no_answer_message()
            self._set_state(SessionState.ERROR, self._connect_error)
            self._connected.set()
            return
        if self._state is SessionState.OPERATIONAL or self._state is SessionState.PAUSED:
            self._maybe_poll_temperature(now)
        if self._state is SessionState.PRINTING:
            self._feed()
            if self._pause_plan is _PausePlan.AT_LAYER and self._feed_pos in self._layer_starts:
                # The lines up to the layer change are queued and still go out; nothing after them.
                self._set_state(SessionState.PAUSING, _("Pausing at the layer change"))
            elif self._feed_pos >= len(self._job_commands) and self._sender.is_idle:
                self._finish_job(JobOutcome.DONE, _("The printer confirmed the last line."))
                self._set_state(SessionState.OPERATIONAL, _("Job done"))
        if self._state is SessionState.PAUSING and self._sender.is_idle:
            if not self._pause_scripts_sent:
                for command in self._park_commands(is_heaters_off=self._pause_heaters_off):
                    self._sender.enqueue_host(command)
                self._pause_scripts_sent = True
            else:
                line = self._confirmed_index + 1
                text = (_("Paused at line {line}: {reason}").format(line=line, reason=self._hold.message)
                        if self._hold is not None else _("Paused at line {line}").format(line=line))
                self._set_state(SessionState.PAUSED, text)
        if self._state is SessionState.CANCELLING and self._sender.is_idle:
            if not self._cancel_cleanup_sent:
                commands = cooldown_commands()
                if self._is_parking_on_cancel:
                    commands = self._park_commands(is_heaters_off=True) + commands
                for command in commands:
                    self._sender.enqueue_host(command)
                self._cancel_cleanup_sent = True
            elif self._is_cancel_resumable:
                self._finish_job(JobOutcome.INTERRUPTED,
                                 _("Stopped at line {line}; heaters off: resume it with `heliofab print "
                                   "--resume`.").format(line=self._confirmed_index + 1))
                self._set_state(SessionState.OPERATIONAL, _("Job stopped, to be resumed"))
            else:
                self._finish_job(JobOutcome.CANCELLED, _("Cancelled at line {line}; heaters off.").format(
                    line=self._confirmed_index + 1))
                self._set_state(SessionState.OPERATIONAL, _("Job cancelled"))
        if self._is_job_active and now - self._last_progress_emit_s >= self.options.progress_interval_s:
            self._emit_progress(now)

    def _is_wait_break_due(self, now: float) -> bool:
        """Cancelling while the firmware waits on a heat-up: each later `M109`/`M190` of the lines
        already sent needs its own `M108` (the one `cancel()` sends ends only the first)."""
        if (
            self._state is not SessionState.CANCELLING
            or not self.capabilities.has_emergency_parser
            or now < self._next_wait_break_s
            or not self._sender.is_in_flight(HEAT_WAIT_CODES)
        ):
            return False
        self._next_wait_break_s = now + WAIT_BREAK_EVERY_S
        return True

    def _park_commands(self, *, is_heaters_off: bool) -> list[str]:
        return park_commands(
            self._job_state,
            park_x_mm=self.options.park_x_mm,
            park_y_mm=self.options.park_y_mm,
            lift_mm=self.options.park_lift_mm,
            retract_mm=self.options.retract_mm,
            is_heaters_off=is_heaters_off,
        )

    def _feed(self) -> None:
        # Keep a short look-ahead in the sender so a pause takes effect within a few lines.
        lookahead = 2 * self.options.policy.max_window + 4
        while self._sender.unsent_job_lines < lookahead and self._feed_pos < len(self._job_commands):
            if self._pause_plan is _PausePlan.AT_LAYER and self._feed_pos in self._layer_starts:
                return
            batch_end = min(len(self._job_commands), self._feed_pos + lookahead)
            if self._pause_plan is _PausePlan.AT_LAYER:
                later = [p for p in self._layer_starts if self._feed_pos < p < batch_end]
                if later:
                    batch_end = min(later)
            self._sender.enqueue_job([(self._job_commands[p][0], p) for p in range(self._feed_pos, batch_end)])
            self._feed_pos = batch_end

    def _maybe_poll_temperature(self, now: float) -> None:
        if self.capabilities.has_autoreport_temp or now < self._next_poll_s:
            return
        if self._sender.is_idle:
            self._sender.enqueue_host("M105")
        self._next_poll_s = now + self.options.temperature_poll_s

    def _progress(self, now: float) -> JobProgress:
        total = len(self._job_commands)
        done = self._confirmed_pos + 1
        fraction = done / total if total else 1.0
        elapsed = now - self._job_started_s
        remaining = self._estimate_s * (1.0 - fraction) if self._estimate_s > 0 else None
        return JobProgress(
            self._confirmed_index,
            len(self._job),
            fraction,
            elapsed,
            remaining,
            self._job_state.layer,
            self._job_state,
            self._line_offset,
        )

    def _emit_progress(self, now: float) -> None:
        self._last_progress_emit_s = now
        if self.callbacks.on_progress is not None:
            self._later(self.callbacks.on_progress, self._progress(now))

    def progress(self) -> JobProgress:
        """The job's progress now (callable from any thread)."""
        with self._lock:
            return self._progress(time.monotonic())

    def _finish_job(self, outcome: JobOutcome, message: str, *, is_link_lost: bool = False) -> None:
        self._is_job_active = False
        self._result = JobResult(outcome, message, self._progress(time.monotonic()), is_link_lost)
        self._sender.set_job_paused(True)
        self._sender.clear_job_queue()
        if self.callbacks.on_progress is not None:
            self._later(self.callbacks.on_progress, self._result.progress)
        if self.callbacks.on_job_finished is not None:
            self._later(self.callbacks.on_job_finished, self._result)
        self._finished.set()

    # -- faults ----------------------------------------------------------------------------------

    def _fail_locked(self, message: str, outcome: JobOutcome) -> None:
        if self._state is SessionState.ERROR:
            return
        if self._state is SessionState.CONNECTING:
            message = self._no_answer_message()
        transport = self._transport
        if transport is not None:
            try:
                # Never leave heaters on after an error: bare lines, no `ok` awaited.
                transport.write(HEATERS_OFF)
            except LinkLostError:
                pass  # the link is what failed; the printer's own watchdog has to do it
        if self._is_job_active and self._result is None:
            self._finish_job(outcome, message)
        self._set_state(SessionState.ERROR, message)
        self._later(self._emit_error, message)
        if not self._connected.is_set():
            self._connect_error = message
            self._connected.set()
        self._stop.set()
        self._wake.set()

    def _on_link_lost(self, message: str) -> None:
        with self._lock:
            if self._state in (SessionState.ERROR, SessionState.CLOSED):
                return
            text = _("Lost the connection to {port}: check the cable, then resume the job.").format(port=self.port)
            if self._is_job_active and self._result is None:
                self._finish_job(JobOutcome.INTERRUPTED, text, is_link_lost=True)
            self._set_state(SessionState.ERROR, text)
            self._later(self._emit_error, text)
            self._connected.set()
        self._stop.set()
        self._wake.set()
        self._run_callbacks()

    def _emit_error(self, message: str) -> None:
        if self.callbacks.on_error is not None:
            self.callbacks.on_error(message)

    # -- plumbing --------------------------------------------------------------------------------

    def _set_state(self, state: SessionState, message: str) -> None:
        if state is self._state and state is not SessionState.ERROR:
            return
        self._state = state
        if self.callbacks.on_state is not None:
            self._later(self.callbacks.on_state, state, message)

    def _later(self, fn: Callable[..., None], *args: object) -> None:
        self._pending_callbacks.append(lambda: fn(*args))

    def _run_callbacks(self) -> None:
        # Both threads deliver callbacks; one re-entrant lock keeps them in the order they arose.
        # A callback that fails must not end the thread that runs it (the writer, most often): the
        # job is paused instead, and callbacks the pause itself raises go out in the same call.
        with self._callback_lock:
            while True:
                with self._lock:
                    pending, self._pending_callbacks = self._pending_callbacks, []
                if not pending:
                    return
                for callback in pending:
                    try:
                        callback()
                    except HoldJobError as exc:
                        self._hold_job(JobHold(exc.kind or "hold", str(exc)))
                    except Exception as exc:  # any listener's failure pauses the job, never kills the thread
                        log.exception("A listener of the printer on %s failed", self.port)
                        self._hold_job(JobHold(
                            "listener",
                            f"part of Heliofab that follows the print failed ({exc.__class__.__name__}: {exc}); "
                            "resume the job when you are ready, and send the log (heliofab doctor) to whoever looks "
                            "after Heliofab",
                        ))

    @property
    def hold(self) -> JobHold | None:
        """Why the job was paused by a fault (None: not paused by one)."""
        with self._lock:
            return self._hold

    def _hold_job(self, hold: JobHold) -> None:
        """Pause the job at once: the lines already sent finish, then park with the heaters off."""
        with self._lock:
            is_new = self._hold is None and self._is_job_active and self._result is None
            if is_new:
                self._hold = hold
                if self._state is SessionState.PRINTING:
                    self._plan_pause_locked(_PausePlan.NOW, True, _("Pausing: {reason}").format(reason=hold.message))
                elif self._state is SessionState.PAUSING and not self._pause_scripts_sent:
                    self._pause_heaters_off = True
                elif self._state in (SessionState.PAUSING, SessionState.PAUSED) and not self._pause_heaters_off:
                    for command in ("M104 S0", "M140 S0"):
                        self._sender.enqueue_host(command)
                    self._pause_heaters_off = True
                self._later(self._emit_error, _("The print is paused: {reason}").format(reason=hold.message))
        if is_new:
            log.warning("Job on %s paused: %s", self.port, hold.message)
            self._wake.set()
        else:
            log.debug("Further fault on %s while paused or without a job: %s", self.port, hold.message)


__all__ = [
    "ConnectError",
    "HoldJobError",
    "JobHold",
    "JobOutcome",
    "JobProgress",
    "JobResult",
    "PortError",
    "PrintSession",
    "SessionCallbacks",
    "SessionError",
    "SessionOptions",
    "SessionState",
    "TemperatureReading",
]
