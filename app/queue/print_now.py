"""What printing a job now, outside the plan, would do to the battery: a what-if on the planner's own model.

The planner is given only the job, pinned to the current slot, and the jobs already printing (the
lab's real load for the coming hours); its cautious battery walk then says how low the battery
goes and when. Waiting jobs are left out: they would be planned around this one anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np

from app.queue.model import JobId, JobKey, PlanInput, PlanInputError, PlanJob
from app.queue.planner import Planner
from app.queue.service import build_lab_input
from app.queue.store import lab_printers
from i18n import _
from printers.ports import is_same_port

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.settings import SettingsStore

LOOKAHEAD_H = 24.0  # the night after the print and the morning that recharges the battery


@dataclass(frozen=True)
class PrintNowCost:
    """The lowest point of the cautious battery forecast if the job starts now."""

    job: JobKey
    printer: str
    low_pct: float
    low_utc: datetime  # the end of the slot where the battery is lowest
    reserve_pct: float
    end_utc: datetime  # when the print would end
    energy_wh: float
    timezone: str = "UTC"  # the site's, to say the times in
    without_pct: float = 100.0  # the low point over the same hours without this print: what is its own doing

    @property
    def is_below_anyway(self) -> bool:
        """The lab's other loads take the battery below its reserve even without this print."""
        return self.without_pct < self.reserve_pct - 0.5

    @property
    def is_below_reserve(self) -> bool:
        return self.low_pct < self.reserve_pct - 0.5  # shown rounded: 39.6 % reads as the 40 % reserve


def print_now_cost(inp: PlanInput, job_id: JobKey, printer: str | None = None) -> PrintNowCost:
    """The battery's low point over the next day if `job_id` starts now on `printer` (or the printer
    the planner would give it). Raises PlanInputError when the job is not in `inp`."""
    job = next((j for j in inp.jobs if j.id == job_id), None)
    if job is None:
        raise PlanInputError(_("Job {job_id} is not in the queue any more: re-plan and choose it again.").format(
                job_id=job_id))
    chosen = printer if printer in inp.printers else _first_printer(inp, job)
    now_job = replace(
        job,
        pinned_start_utc=inp.start_utc,
        pinned_printer=chosen,
        deadline_utc=None,
        release_utc=None,
        previous_start_utc=None,
        is_running=False,
        # Printing now is the operator's choice: the profile check happens when the file is sent.
        printers_allowed=None,
        printer=None,
    )
    others = tuple(j for j in inp.jobs if j.is_running and j.id != job_id)
    planner = Planner(replace(inp, jobs=(now_job, *others)))
    plan = planner.plan()
    placed = plan.assignment_for(job_id)
    if placed is None:
        raise PlanInputError(_("Job {job_id} can't be tried now: {value}.").format(
                job_id=job_id, value=planner.reasons.get(job_id, 'no printer')))
    n = min(len(plan.soc_pct), max(1, round(LOOKAHEAD_H * 60.0 / inp.slot_min)))
    soc = np.asarray(plan.soc_pct[:n], dtype=float)
    without = Planner(replace(inp, jobs=others)).plan().soc_pct[:n]
    low_slot = int(np.argmin(soc))
    energy_wh = float(planner.profiles[job_id].sum() * inp.slot_min / 60.0)
    return PrintNowCost(
        job=job_id,
        printer=placed.printer,
        low_pct=float(soc[low_slot]),
        low_utc=inp.start_utc + timedelta(minutes=inp.slot_min * (low_slot + 1)),
        reserve_pct=inp.battery.reserve_pct,
        end_utc=placed.end_utc,
        energy_wh=energy_wh,
        timezone=inp.timezone,
        without_pct=float(min(without)),
    )


def lab_print_now_cost(
    session_factory: sessionmaker[Session],
    settings: SettingsStore,
    profiles: ProfileStore,
    job_id: int,
    port: str,
    now: datetime | None = None,
) -> PrintNowCost:
    """The what-if for the lab's queue, with the lab printer set up on `port` (blocking: call from a worker)."""
    inp, _state = build_lab_input(session_factory, settings, profiles, now)
    printer = next((p.name for p in lab_printers(session_factory) if p.port and is_same_port(p.port, port)), None)
    return print_now_cost(inp, JobId(job_id), printer)


def _first_printer(inp: PlanInput, job: PlanJob) -> str:
    for name in (job.pinned_printer, job.printer, *(job.printers_allowed or ())):
        if name in inp.printers:
            return name
    return inp.printers[0]
