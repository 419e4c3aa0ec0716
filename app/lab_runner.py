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
from printers.session import SessionState

if TYPE_CHECKING:
    from app.energy.sim_charger_device import SimChargerDevice
    from app.services import Services

log = logging.getLogger(__name__)

RECONNECT_EVERY_S = 60.0
STOP_POLL_S = 0.25  # how soon a stop asked by a signal is seen
# Printer states after which a port is connected again (a printer switched off, a cable pulled).
_DEAD_STATES = (SessionState.ERROR, SessionState.CLOSED)


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
                "No printer of this lab has a port to print on: add one with "
                "`heliofab printers add NAME --port PORT --profile ID`, then run the lab again."
            )
        try:
            self.start()
            next_reconnect_s = time.monotonic() + self.reconnect_every_s
            while not self._stop.wait(STOP_POLL_S) and not self._is_stop_requested:
                if time.monotonic() >= next_reconnect_s:
                    self.connect_missing_printers()
                    next_reconnect_s = time.monotonic() + self.reconnect_every_s
        finally:
            self.stop(self.summary.stop_reason or "asked to stop")
        return self.summary

    def start(self) -> None:
        self.report(f"Lab starting in {self.services.paths.root}: {len(self._printers)} printer(s).")
        self.connect_missing_printers()
        self._start_controller()
        dispatch = self.services.dispatch
        dispatch.ask = self._ask
        dispatch.on_event = self._dispatch_event
        dispatch.on_plan_changed = lambda message: self.report(f"Plan: {message}")
        dispatch.on_plan_saved = self._plan_saved
        dispatch.start()
        self.report(f"Dispatching: planned prints start by themselves, checked every {dispatch.interval_s:g} s.")

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
                self.report(f"Printer {printer.name} on {printer.port} is not reachable: {reason} "
                            f"Trying again every {self.reconnect_every_s:g} s.", level=logging.WARNING)
            self._unreachable[printer.port] = reason
            return
        self._unreachable.pop(printer.port, None)
        if printer.port.lower().startswith("sim://") and printer.port not in self._simulated_ports:
            self._simulated_ports.append(printer.port)
        if printer.name not in self.summary.printers_connected:
            self.summary.printers_connected.append(printer.name)
        firmware = f" ({snapshot.firmware})" if snapshot.firmware else ""
        self.report(f"Printer {printer.name} connected on {printer.port}{firmware}.")

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
            self.report("No charge controller is set up: the plan uses readings typed by hand "
                        "(`heliofab energy manual`), or assumes the battery at its reserve.")
            return
        try:
            services = self.services
            start_controller(services.energy, services.session_factory, services.settings, port, kind, callbacks)
        except Exception as exc:  # the queue still runs on the last readings, cautiously
            self.report(f"The charge controller on {port} could not be started: {exc}", level=logging.WARNING)
            return
        self.report(f"Listening to the {kind} charge controller on {port}.")

    # ---- what happens ------------------------------------------------------------------------

    def report(self, message: str, *, level: int = logging.INFO, is_logged: bool = True) -> None:
        if is_logged:
            log.log(level, "%s", message)
        self.summary.events += 1
        self._say(self._clock(), message)

    def _dispatch_event(self, event: DispatchEvent) -> None:
        # The dispatcher logs its events itself (app.queue.dispatch_loop): print them only.
        self.report(f"Job {event.job} on {event.printer}: {event.kind}. {event.message}", is_logged=False)

    def _plan_saved(self, plan: Plan) -> None:
        """Said when what is planned changes (a plan is made every slot: most change nothing)."""
        starts = tuple((a.job, a.printer, a.start_utc) for a in plan.assignments if not a.is_running)
        waiting = tuple(u.job for u in plan.unscheduled)
        if (starts, waiting) == self._last_plan:
            return
        self._last_plan = (starts, waiting)
        parts = [f"job {job} on {printer} at {start:%Y-%m-%d %H:%M}Z" for job, printer, start in starts]
        said = "; ".join(parts) if parts else "nothing to start"
        if waiting:
            names = ", ".join(str(job) for job in waiting)
            said += f"; waiting (not enough sun or no printer for them): job(s) {names}"
        self.report(f"Plan: {said}.")

    def _reading(self, reading: Reading) -> None:
        if self._has_reading:
            return
        self._has_reading = True
        soc = "" if reading.soc_pct is None else f", battery {reading.soc_pct:.0f} %"
        volts = "" if reading.battery_v is None else f", {reading.battery_v:.2f} V"
        sun = "" if reading.pv_w is None else f", panels {reading.pv_w:.0f} W"
        self.report(f"First reading from the charge controller{soc}{volts}{sun}.")

    def _controller_problem(self, message: str) -> None:
        if message == self._controller_note:
            return  # a silent controller says so every few seconds: once is enough
        self._controller_note = message
        self.report(f"Charge controller: {message}", level=logging.WARNING)

    def _ask(self, question: str) -> bool:
        self.report(f"No one to ask, so no: {question}", level=logging.WARNING)
        return False

    # ---- stopping ----------------------------------------------------------------------------

    def stop(self, reason: str) -> None:
        self.summary.stop_reason = reason
        self.report(f"Stopping ({reason}).")
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
            self.report(f"Job {job_id} on {port} was stopped with its heaters off and can be resumed "
                        "(the window's Printers screen, or `heliofab print --resume`).")
        self.report("Lab stopped.")

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
