"""The lab without its window (`heliofab lab run`): connect the printers and the charge controller the
lab is set up for, run the dispatcher, say what happens, and stop cleanly when asked.

Stopping leaves every print resumable: the dispatcher stops first (nothing new starts), then the
controller link, then each printer through its session's normal close path (heaters off, the job
recorded as interrupted at its last acknowledged line), so the window resumes it later.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app.energy.monitor import MonitorCallbacks
from app.energy.readings import Reading
from app.energy.site import ControllerKind, SiteSettings
from app.lab_printers import LabPrinterView, list_lab_printers
from app.printing.service import PRINTING_STATES
from app.queue.dispatch import DispatchEvent
from app.queue.model import JobKey, Plan
from i18n import N_, _
from printers.session import SessionState

if TYPE_CHECKING:
    from app.energy.sim_charger_device import SimChargerDevice
    from app.services import Services

log = logging.getLogger(__name__)

RECONNECT_EVERY_S = 60.0
STOP_POLL_S = 0.25  # how soon a stop asked by a signal is seen
# Printer states after which a port is connected again (a printer switched off, a cable pulled).
_DEAD_STATES = (SessionState.ERROR, SessionState.CLOSED)
ASKED_TO_STOP = N_("asked to stop")  # kept in English in the run's summary, said translated
# What happened to a job, as the dispatcher names it (app.queue.dispatch), in the operator's words.
_EVENT_WORDS = {
    "started": N_("started"), "continued": N_("continued"), "bed_lowered": N_("bed lowered"),
    "paused": N_("paused"), "resumed": N_("resumed"), "asked": N_("asked"), "overridden": N_("overridden"),
    "refused": N_("refused"), "finished": N_("finished"), "done": N_("done"), "failed": N_("failed"),
    "offline": N_("offline"),
}


def _said(text: str, **values: object) -> tuple[str, str]:
    """`text` (marked with N_) in the operator's language, and in English for the log."""
    return _(text).format(**values), text.format(**values)


class LabSetupError(Exception):
    """The lab can't run headless as it is set up; the message says what to set up."""


@dataclass
class LabRunSummary:
    printers_connected: list[str] = field(default_factory=list)
    events: int = 0
    jobs_left_interrupted: list[int] = field(default_factory=list)
    stop_reason: str = ""

    def to_json(self) -> dict[str, object]:
        return {"printers_connected": self.printers_connected, "events": self.events,
                "jobs_left_interrupted": self.jobs_left_interrupted, "stop_reason": self.stop_reason}


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class LabRunner:
    """`say(at, message)` gets each event (the command prints them); everything said is also logged."""

    def __init__(
        self,
        services: Services,
        *,
        stop: threading.Event | None = None,
        say: Callable[[datetime, str], None] = lambda at, message: None,
        clock: Callable[[], datetime] | None = None,
        interval_s: float | None = None,
        reconnect_every_s: float = RECONNECT_EVERY_S,
    ) -> None:
        self.services = services
        self._stop = stop or threading.Event()
        self._is_stop_requested = False
        self._say = say
        self._clock = clock or _utc_now
        self.reconnect_every_s = reconnect_every_s
        self.summary = LabRunSummary()
        self._printers: list[LabPrinterView] = []
        self._unreachable: dict[str, str] = {}  # port → the last reason it could not be connected
        self._controller_note = ""
        self._has_reading = False
        self._last_plan: tuple[tuple[tuple[JobKey, str, datetime], ...], tuple[JobKey, ...]] | None = None
        self._simulated_charger: SimChargerDevice | None = None
        self._simulated_ports: list[str] = []
        dispatch = services.dispatch
        dispatch.clock = self._clock
        if interval_s is not None:
            dispatch.interval_s = interval_s

    # ---- running -----------------------------------------------------------------------------

    def request_stop(self, reason: str) -> None:
        """Safe in a signal handler: it only sets a flag, and takes no lock. A handler runs on the main
        thread, possibly in the middle of `Event.wait` holding the event's own lock: setting that
        event from there would deadlock. The run loop sees the flag within `STOP_POLL_S`."""
        self.summary.stop_reason = reason
        self._is_stop_requested = True

    def run(self) -> LabRunSummary:
        """Start, then keep the printers connected until asked to stop; always stops cleanly.

        Raises LabSetupError, with nothing started, when no printer is set up."""
        self._printers = [p for p in list_lab_printers(self.services.session_factory) if p.is_enabled and p.port]
        if not self._printers:
            raise LabSetupError(
                _("No printer of this lab has a port to print on: add one with "
                  "`heliofab printers add NAME --port PORT --profile ID`, then run the lab again.")
            )
        try:
            self.start()
            next_reconnect_s = time.monotonic() + self.reconnect_every_s
            while not self._stop.wait(STOP_POLL_S) and not self._is_stop_requested:
                if time.monotonic() >= next_reconnect_s:
                    self.connect_missing_printers()
                    next_reconnect_s = time.monotonic() + self.reconnect_every_s
        finally:
            self.stop(self.summary.stop_reason or ASKED_TO_STOP)
        return self.summary

    def start(self) -> None:
        self.report(*_said(N_("Lab starting in {root}: {count} printer(s)."), root=self.services.paths.root,
                           count=len(self._printers)))
        self.connect_missing_printers()
        self._start_controller()
        dispatch = self.services.dispatch
        dispatch.ask = self._ask
        dispatch.on_event = self._dispatch_event
        dispatch.on_plan_changed = lambda message: self.report(*_said(N_("Plan: {message}"), message=message))
        dispatch.on_plan_saved = self._plan_saved
        dispatch.start()
        self.report(*_said(N_("Dispatching: planned prints start by themselves, checked every {seconds} s."),
                           seconds=f"{dispatch.interval_s:g}"))

    def connect_missing_printers(self) -> None:
        printing = self.services.printing
        connected = set(printing.connected_ports())
        for printer in self._printers:
            if printer.port in connected:
                snapshot = printing.snapshot(printer.port)
                if snapshot.state not in _DEAD_STATES or snapshot.job_id is not None:
                    continue  # connected, or its own reconnection is at work on a job
            self._connect(printer)

    def _connect(self, printer: LabPrinterView) -> None:
        try:
            snapshot = self.services.printing.connect(printer.port, baud=printer.baud)
        except Exception as exc:  # one unreachable printer must not keep the others off
            reason = str(exc) or exc.__class__.__name__
            if self._unreachable.get(printer.port) != reason:
                self.report(*_said(N_("Printer {name} on {port} is not reachable: {reason} Trying again every "
                                      "{seconds} s."), name=printer.name, port=printer.port, reason=reason,
                                   seconds=f"{self.reconnect_every_s:g}"), level=logging.WARNING)
            self._unreachable[printer.port] = reason
            return
        self._unreachable.pop(printer.port, None)
        if printer.port.lower().startswith("sim://") and printer.port not in self._simulated_ports:
            self._simulated_ports.append(printer.port)
        if printer.name not in self.summary.printers_connected:
            self.summary.printers_connected.append(printer.name)
        firmware = f" ({snapshot.firmware})" if snapshot.firmware else ""
        self.report(*_said(N_("Printer {name} connected on {port}{firmware}."), name=printer.name, port=printer.port,
                           firmware=firmware))

    def _start_controller(self) -> None:
        from app.energy.overview import start_controller, start_demo_charger

        site = self.services.settings.load(SiteSettings)
        callbacks = MonitorCallbacks(on_reading=self._reading, on_problem=self._controller_problem,
                                     on_silent=self._controller_problem)
        port, kind = site.controller_port.strip(), site.controller
        if kind == ControllerKind.SIMULATED.value and not port:
            charger = start_demo_charger(site)
            self._simulated_charger = charger
            port, kind = charger.port_path, ControllerKind.VEDIRECT.value
        if kind == ControllerKind.MANUAL.value or not port:
            self.report(*_said(N_("No charge controller is set up: the plan uses readings typed by hand "
                                  "(`heliofab energy manual`), or assumes the battery at its reserve.")))
            return
        try:
            services = self.services
            start_controller(services.energy, services.session_factory, services.settings, port, kind, callbacks)
        except Exception as exc:  # the queue still runs on the last readings, cautiously
            self.report(*_said(N_("The charge controller on {port} could not be started: {error}"),
                               port=port, error=exc), level=logging.WARNING)
            return
        self.report(*_said(N_("Listening to the {kind} charge controller on {port}."), kind=kind, port=port))

    # ---- what happens ------------------------------------------------------------------------

    def report(self, message: str, logged: str | None = None, *, level: int = logging.INFO,
               is_logged: bool = True) -> None:
        """Say `message` (in the operator's language) and log `logged`, the same in English, or `message`."""
        if is_logged:
            log.log(level, "%s", message if logged is None else logged)
        self.summary.events += 1
        self._say(self._clock(), message)

    def _dispatch_event(self, event: DispatchEvent) -> None:
        # The dispatcher logs its events itself (app.queue.dispatch_loop): print them only.
        kind = _(_EVENT_WORDS[event.kind]) if event.kind in _EVENT_WORDS else event.kind
        self.report(_("Job {job} on {printer}: {kind}. {message}").format(
            job=event.job, printer=event.printer, kind=kind, message=event.message), is_logged=False)

    def _plan_saved(self, plan: Plan) -> None:
        """Said when what is planned changes (a plan is made every slot: most change nothing)."""
        starts = tuple((a.job, a.printer, a.start_utc) for a in plan.assignments if not a.is_running)
        waiting = tuple(u.job for u in plan.unscheduled)
        if (starts, waiting) == self._last_plan:
            return
        self._last_plan = (starts, waiting)
        parts = [_said(N_("job {job} on {printer} at {start}Z"), job=job, printer=printer,
                       start=f"{start:%Y-%m-%d %H:%M}") for job, printer, start in starts]
        said = ["; ".join(p[i] for p in parts) for i in (0, 1)] if parts else list(_said(N_("nothing to start")))
        if waiting:
            names = ", ".join(str(job) for job in waiting)
            more = _said(N_("; waiting (not enough sun or no printer for them): job(s) {names}"), names=names)
            said = [said[0] + more[0], said[1] + more[1]]
        self.report(_("Plan: {message}.").format(message=said[0]), logged=f"Plan: {said[1]}.")

    def _reading(self, reading: Reading) -> None:
        if self._has_reading:
            return
        self._has_reading = True
        soc = ("", "") if reading.soc_pct is None else _said(N_(", battery {soc} %"), soc=f"{reading.soc_pct:.0f}")
        volts = "" if reading.battery_v is None else f", {reading.battery_v:.2f} V"
        sun = ("", "") if reading.pv_w is None else _said(N_(", panels {watts} W"), watts=f"{reading.pv_w:.0f}")
        self.report(_("First reading from the charge controller{battery}{volts}{panels}.").format(
                        battery=soc[0], volts=volts, panels=sun[0]),
                    logged=f"First reading from the charge controller{soc[1]}{volts}{sun[1]}.")

    def _controller_problem(self, message: str) -> None:
        if message == self._controller_note:
            return  # a silent controller says so every few seconds: once is enough
        self._controller_note = message
        self.report(*_said(N_("Charge controller: {message}"), message=message), level=logging.WARNING)

    def _ask(self, question: str) -> bool:
        self.report(*_said(N_("No one to ask, so no: {question}"), question=question), level=logging.WARNING)
        return False

    # ---- stopping ----------------------------------------------------------------------------

    def stop(self, reason: str) -> None:
        self.summary.stop_reason = reason
        # The reason is kept in English (the run's summary, --json); a known one is said translated.
        self.report(_("Stopping ({reason}).").format(reason=_(reason)), logged=f"Stopping ({reason}).")
        services = self.services
        services.dispatch.stop()
        services.dispatch.on_event = services.dispatch.on_plan_changed = services.dispatch.on_plan_saved = None
        services.dispatch.ask = None
        services.energy.stop()
        printing_jobs = {p: s.job_id for p, s in ((s.port, s) for s in services.printing.snapshots())
                         if s.job_id is not None and s.state in PRINTING_STATES}
        services.printing.close()
        self._stop_simulated_devices()
        left = sorted(self._interrupted(set(printing_jobs.values())))
        self.summary.jobs_left_interrupted = left
        for job_id in left:
            port = next(p for p, j in printing_jobs.items() if j == job_id)
            self.report(*_said(N_("Job {job} on {port} was stopped with its heaters off and can be resumed "
                                  "(the window's Printers screen, or `heliofab print --resume`)."),
                               job=job_id, port=port))
        self.report(*_said(N_("Lab stopped.")))

    def _interrupted(self, job_ids: set[int]) -> list[int]:
        from db.models import JobState, PrintJob

        if not job_ids:
            return []
        with self.services.session_factory() as session:
            return [j for j in job_ids if (job := session.get(PrintJob, j)) is not None
                    and job.state is JobState.INTERRUPTED]

    def _stop_simulated_devices(self) -> None:
        # Simulated devices live in this process: they go with the lab that brought them up.
        from printers.sim.device import stop_printer

        for port in self._simulated_ports:
            stop_printer(port)
        self._simulated_ports.clear()
        site = self.services.settings.load(SiteSettings)
        charger_port = site.controller_port.strip()
        if self._simulated_charger is not None:
            self._simulated_charger.stop()
            self._simulated_charger = None
        elif charger_port.lower().startswith("simcharger://"):
            from app.energy.sim_charger_device import stop_charger

            stop_charger(charger_port)


def run_lab(
    services: Services,
    stop: threading.Event,
    *,
    say: Callable[[datetime, str], None] = lambda at, message: None,
    clock: Callable[[], datetime] | None = None,
    interval_s: float | None = None,
    reconnect_every_s: float = RECONNECT_EVERY_S,
) -> LabRunSummary:
    """Run the lab until `stop` is set. Raises LabSetupError (nothing started) when no printer is set up."""
    runner = LabRunner(services, stop=stop, say=say, clock=clock, interval_s=interval_s,
                       reconnect_every_s=reconnect_every_s)
    return runner.run()
