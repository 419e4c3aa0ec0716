"""One dispatch pass for the lab: planned jobs from the database, outlooks from the forecast, events logged.

The dispatch service (`app.queue.dispatch_service`, owned by the core services) calls `tick` every
minute with the printers connected, as `PrinterControl`s keyed by printer name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app.queue.dispatch import Dispatcher, DispatchEvent, Outlook, PlannedStart, PrinterControl
from app.queue.model import JobId
from app.queue.outlook import running_outlook
from app.queue.service import build_lab_input
from app.queue.store import planned_starts, record_dispatch_event

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.settings import SettingsStore

# The emergency floor sits this many points under the reserve (never below 10 %): room to finish a
# nearly-done print, still above where a controller's low-voltage disconnect would cut the lab off.
FLOOR_MARGIN_PCT = 10.0

log = logging.getLogger(__name__)


class DispatchLoop:
    def __init__(
        self,
        printers: dict[str, PrinterControl],
        *,
        session_factory: sessionmaker[Session],
        settings: SettingsStore,
        profiles: ProfileStore,
        ask: Callable[[str], bool] | None = None,
        on_event: Callable[[DispatchEvent], None] | None = None,
    ) -> None:
        from app.energy.site import SiteSettings

        site = settings.load(SiteSettings)
        self._session_factory = session_factory
        self._settings = settings
        self._profiles = profiles
        self._on_event = on_event
        self.dispatcher = Dispatcher(
            printers,
            reserve_pct=site.battery_reserve_pct,
            floor_pct=max(10.0, site.battery_reserve_pct - FLOOR_MARGIN_PCT),
            ask=ask,
            on_event=self._record,
        )

    def set_printers(self, printers: dict[str, PrinterControl]) -> None:
        """Printers come and go (plugged, unplugged); jobs running on the ones that stay are kept."""
        self.dispatcher.printers = printers
        for name in [n for n in self.dispatcher.running if n not in printers]:
            del self.dispatcher.running[name]

    def _record(self, event: DispatchEvent) -> None:
        log.info("Dispatch %s job %s on %s: %s", event.kind, event.job, event.printer, event.message)
        record_dispatch_event(self._session_factory, event.job, event.kind, event.message, event.at_utc)
        if self._on_event is not None:
            self._on_event(event)

    def tick(self, now: datetime | None = None) -> list[DispatchEvent]:
        now = now or datetime.now(timezone.utc)
        starts = [PlannedStart(job, printer, at) for job, printer, at in planned_starts(self._session_factory)]
        outlooks: dict[JobId, Outlook] = {}
        if self.dispatcher.running:
            inp, _ = build_lab_input(self._session_factory, self._settings, self._profiles, now)
            jobs = {j.id: j for j in inp.jobs}
            for printer, run in self.dispatcher.running.items():
                job = jobs.get(run.job)
                if job is not None:
                    remaining = self.dispatcher.printers[printer].remaining_fraction()
                    outlooks[run.job] = running_outlook(inp, job, remaining)
        return self.dispatcher.tick(now, starts, outlooks)
