"""The queue running by itself: every minute, keep the plan current and dispatch what is due.

A core service, built by the composition root on first use and idle until started: the window's "Start and pause
prints by themselves" toggles it, `heliofab lab run` runs it without a window.

One named thread. Each tick: at a new slot, a full plan from fresh readings; otherwise the latest
reading is checked against the plan (re-planning incrementally if it strays); then the dispatcher
starts due jobs and walks the pause ladder for running ones. Printers take part when they are
connected on the port recorded for them. `ask` answers the operator's questions (from the UI).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app.energy.readings import latest_reading
from app.queue.dispatch import DispatchEvent, PrinterControl
from app.queue.dispatch_loop import DispatchLoop
from app.queue.live import LivePlan, ReplanReason
from app.queue.model import Plan
from app.queue.planner import Planner
from app.queue.service import build_lab_input
from app.queue.store import save_plan
from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.energy.monitor import EnergyMonitor
    from app.printer_profiles import ProfileStore
    from app.printing.service import PrintingService
    from app.settings import SettingsStore

log = logging.getLogger(__name__)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class DispatchService:
    def __init__(
        self,
        *,
        session_factory: sessionmaker[Session],
        settings: SettingsStore,
        profiles: ProfileStore,
        printing: PrintingService,
        energy: EnergyMonitor,
        interval_s: float = 60.0,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        """`clock` gives the time of each pass (tests and simulations run the lab's day faster than the wall)."""
        self._session_factory = session_factory
        self._settings = settings
        self._profiles = profiles
        self._printing = printing
        self._energy = energy
        self.interval_s = interval_s
        self.clock = clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._live: LivePlan | None = None
        self.ask: Callable[[str], bool] | None = None
        self.on_event: Callable[[DispatchEvent], None] | None = None
        self.on_plan_changed: Callable[[str], None] | None = None
        self.on_plan_saved: Callable[[Plan], None] | None = None  # each full plan and re-plan
        self._loop: DispatchLoop | None = None

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.is_running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="queue-dispatch", daemon=True)
        self._thread.start()
        log.info("Automatic dispatch started (every %.0f s)", self.interval_s)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            log.info("Automatic dispatch stopped")
        self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.tick(self.clock())
            except Exception as exc:
                log.exception("A dispatch pass failed; trying again in %.0f s", self.interval_s)
                if self.on_plan_changed is not None:
                    self.on_plan_changed(_("Dispatch paused for a minute: {why}").format(why=exc))
            self._stop.wait(self.interval_s)

    def _printers(self) -> dict[str, PrinterControl]:
        from sqlalchemy import select

        from app.queue.printing_control import ServicePrinterControl
        from db.models import Printer
        from printers.ports import port_key

        # One port has several spellings on Windows (`COM12`, `\\.\COM12`): match them as one.
        connected = {port_key(port): port for port in self._printing.connected_ports()}
        with self._session_factory() as session:
            rows = session.scalars(select(Printer).where(Printer.is_enabled)).all()
            return {
                r.name: ServicePrinterControl(self._printing, connected[port_key(r.port)], r.name)
                for r in rows
                if r.port and port_key(r.port) in connected
            }

    def tick(self, now: datetime | None = None) -> list[DispatchEvent]:
        now = now or self.clock()
        message = self._keep_plan_current(now)
        if message and self.on_plan_changed is not None:
            self.on_plan_changed(message)
        printers = self._printers()
        if self._loop is None:
            self._loop = DispatchLoop(
                printers, session_factory=self._session_factory, settings=self._settings, profiles=self._profiles,
                ask=self._ask, on_event=self._event,
            )
        else:
            self._loop.set_printers(printers)
        return self._loop.tick(now)

    def _ask(self, question: str) -> bool:
        return self.ask(question) if self.ask is not None else False

    def _event(self, event: DispatchEvent) -> None:
        if self.on_event is not None:
            self.on_event(event)

    def _keep_plan_current(self, now: datetime) -> str:
        live = self._live
        reading = self._energy.latest or latest_reading(self._session_factory)
        if live is not None and reading is not None:
            check = live.check(reading)
            if check.plan is not None:
                self._save(check.plan)
                return check.message
            if check.reason is not ReplanReason.SLOT_PASSED and live.slot_of(now) < 1:
                return ""
        elif live is not None and live.slot_of(now) < 1:
            return ""
        inp, _ = build_lab_input(self._session_factory, self._settings, self._profiles, now)
        planner = Planner(inp)
        plan = planner.plan()
        self._save(plan)
        self._live = LivePlan(planner, plan)
        return ""

    def _save(self, plan: Plan) -> None:
        save_plan(self._session_factory, plan)
        if self.on_plan_saved is not None:
            self.on_plan_saved(plan)

