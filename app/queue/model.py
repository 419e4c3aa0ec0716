"""Plain values the planner takes and gives: no ORM rows, no printer sessions, no G-code."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import NewType

import numpy as np
from numpy.typing import NDArray

from i18n import _

FloatArray = NDArray[np.float64]


class PlanInputError(ValueError):
    """A scenario or queue the planner can't work with; the message names the value to fix."""


# A lab's job: its database id, an int from the queue to the printer. Dispatch and printing take only these.
JobId = NewType("JobId", int)
# A what-if scenario's job (`heliofab queue plan SCENARIO.json`), named with text ("frame-amina"): the
# planner plans it, but it is in no lab's queue, so nothing ever hands it to a printer.
ScenarioJobKey = NewType("ScenarioJobKey", str)
# What names a job in a plan: the planner plans the lab's queue and what-if scenarios alike.
JobKey = JobId | ScenarioJobKey


@dataclass(frozen=True)
class PlanJob:
    """One print as the planner sees it.

    `profile_w` is the mean power in each slot from the G-code analysis when known; otherwise the
    planner shapes one from `energy_wh` and `peak_w` (heat-up at peak in the first slot, then steady).
    """

    id: JobKey
    duration_min: float
    energy_wh: float
    peak_w: float
    priority: int = 0  # higher is more important
    deadline_utc: datetime | None = None
    printer: str | None = None  # required printer, or any
    profile_w: tuple[float, ...] | None = None
    release_utc: datetime | None = None
    pinned_start_utc: datetime | None = None  # the operator's choice: placed there, never moved
    pinned_printer: str | None = None
    is_running: bool = False  # started before the plan's start: fixed, with the remaining profile
    previous_start_utc: datetime | None = None  # stickiness on re-plans
    name: str = ""
    # Printers whose profile can take the job (None: any, for a job with no recorded profile);
    # `printer_note` says why the list is empty, or what the operator should know about it.
    printers_allowed: tuple[str, ...] | None = None
    printer_note: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise PlanInputError(_("A job has no id: give every job a unique id."))
        if not math.isfinite(self.duration_min) or self.duration_min <= 0:
            raise PlanInputError(_("Job {id}: the duration must be more than 0 minutes.").format(id=self.id))
        if not math.isfinite(self.energy_wh) or self.energy_wh < 0:
            raise PlanInputError(_("Job {id}: the energy must be 0 Wh or more.").format(id=self.id))
        if not math.isfinite(self.peak_w) or self.peak_w < 0:
            raise PlanInputError(_("Job {id}: the peak power must be 0 W or more.").format(id=self.id))
        for when in (self.deadline_utc, self.release_utc, self.pinned_start_utc, self.previous_start_utc):
            if when is not None and when.tzinfo is None:
                raise PlanInputError(_("Job {id}: times need a time zone (write them in UTC, ending in Z).").format(
                        id=self.id))


@dataclass(frozen=True)
class BatteryState:
    capacity_wh: float
    soc_pct: float
    reserve_pct: float
    charge_efficiency: float = 0.95
    discharge_efficiency: float = 0.95
    max_charge_w: float = math.inf  # controller current limit × battery voltage
    max_discharge_w: float = math.inf  # inverter / LVD-safe draw
    # The lowest reserve worth suggesting to an operator: 30 % keeps lead-acid healthy, LFP takes 10 %.
    lowest_sound_reserve_pct: float = 30.0
    is_soc_assumed: bool = False  # no reading: the state of charge is a guess (the reserve)

    @property
    def energy_wh(self) -> float:
        return self.capacity_wh * self.soc_pct / 100.0

    @property
    def reserve_wh(self) -> float:
        return self.capacity_wh * self.reserve_pct / 100.0


@dataclass(frozen=True, eq=False)
class PlanInput:
    start_utc: datetime
    slot_min: float
    pv_cautious_w: FloatArray  # the low quantile: the reserve is checked on this
    pv_expected_w: FloatArray  # the median: cost is judged on this
    load_w: FloatArray  # everything but the printers
    battery: BatteryState
    printers: tuple[str, ...]
    jobs: tuple[PlanJob, ...]
    start_ok: NDArray[np.bool_] | None = None  # slots where someone can start a print
    timezone: str = "UTC"
    printer_busy_until: dict[str, datetime] = field(default_factory=dict)
    panels_wp: float = 0.0  # the site's panels, so advice can say how many more would do; 0: unknown

    @property
    def n_slots(self) -> int:
        return len(self.pv_cautious_w)


@dataclass(frozen=True)
class Assignment:
    job: JobKey
    printer: str
    start_utc: datetime
    end_utc: datetime
    start_slot: int
    reason: str
    battery_wh: float  # expected draw from the battery (median forecast)
    sun_share_pct: float  # share of the job's energy paid directly by the sun (median forecast)
    is_pinned: bool = False
    is_running: bool = False


@dataclass(frozen=True)
class Unscheduled:
    job: JobKey
    reason: str


@dataclass(frozen=True)
class Plan:
    start_utc: datetime
    slot_min: float
    assignments: tuple[Assignment, ...]
    unscheduled: tuple[Unscheduled, ...]
    soc_pct: tuple[float, ...]  # cautious forecast, at the end of each slot
    soc_expected_pct: tuple[float, ...]
    pv_cautious_w: tuple[float, ...]
    pv_expected_w: tuple[float, ...]
    load_w: tuple[float, ...]  # non-printer load
    printer_load_w: tuple[float, ...]
    reserve_pct: float
    warnings: tuple[str, ...] = ()

    def assignment_for(self, job_id: JobKey) -> Assignment | None:
        return next((a for a in self.assignments if a.job == job_id), None)

    def to_json(self) -> dict[str, object]:
        return {
            "start_utc": iso_z(self.start_utc),
            "slot_min": self.slot_min,
            "assignments": [
                {
                    "job": a.job,
                    "printer": a.printer,
                    "start_utc": iso_z(a.start_utc),
                    "end_utc": iso_z(a.end_utc),
                    "reason": a.reason,
                    "battery_wh": round(a.battery_wh, 1),
                    "sun_share_pct": round(a.sun_share_pct, 1),
                    "is_pinned": a.is_pinned,
                }
                for a in self.assignments
            ],
            "unscheduled": [{"job": u.job, "reason": u.reason} for u in self.unscheduled],
            "soc_pct": [round(v, 3) for v in self.soc_pct],
            "soc_expected_pct": [round(v, 3) for v in self.soc_expected_pct],
            "reserve_pct": self.reserve_pct,
            "warnings": list(self.warnings),
        }


def iso_z(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")
