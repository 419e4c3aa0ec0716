"""Keeping the plan honest between full plans: compare each reading with the plan, re-plan on divergence.

A full plan runs every slot (15 min) from fresh readings. In between, each reading is checked: the
measured state of charge more than `soc_tolerance_pct` points from the plan's, PV off the expected
curve by more than `pv_tolerance` for the slot, or a controller fault, triggers an incremental
re-plan (Planner.replan: a few milliseconds) from the slot of the reading.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from app.energy.readings import ChargeState, Reading
from app.queue.model import FloatArray, Plan
from app.queue.planner import Planner


class ReplanReason(enum.Enum):
    NONE = "none"
    SOC_DIVERGED = "soc_diverged"
    PV_DIVERGED = "pv_diverged"
    CONTROLLER_FAULT = "controller_fault"
    SLOT_PASSED = "slot_passed"  # time to run a full plan


@dataclass(frozen=True)
class ReadingCheck:
    reason: ReplanReason
    message: str
    plan: Plan | None = None  # the repaired plan when an incremental re-plan ran


class LivePlan:
    def __init__(
        self,
        planner: Planner,
        plan: Plan,
        *,
        soc_tolerance_pct: float = 4.0,
        pv_tolerance: float = 0.3,
        reforecast: Callable[[float], tuple[FloatArray, FloatArray]] | None = None,
    ) -> None:
        """`reforecast(k_now)` gives new (cautious, expected) PV series when the sky differs from the plan."""
        self.planner = planner
        self.plan = plan
        self.soc_tolerance_pct = soc_tolerance_pct
        self.pv_tolerance = pv_tolerance
        self._reforecast = reforecast

    def slot_of(self, when: datetime) -> int:
        return int((when - self.plan.start_utc).total_seconds() // (self.plan.slot_min * 60.0))

    def check(self, reading: Reading) -> ReadingCheck:
        slot = self.slot_of(reading.at_utc)
        if slot >= 1:
            return ReadingCheck(ReplanReason.SLOT_PASSED, "A new slot began: run a full plan from fresh readings.")
        if slot < 0:
            return ReadingCheck(ReplanReason.NONE, "The reading is older than the plan.")
        if reading.charge_state is ChargeState.FAULT or reading.error_code:
            # Nothing is known about the harvest: plan on the cautious series with no sun at all for now.
            pv = np.asarray(self.plan.pv_cautious_w, dtype=float).copy()
            pv[: 4] = 0.0
            plan = self.planner.replan(pv_cautious_w=pv, soc_pct=reading.soc_pct)
            return self._done(ReplanReason.CONTROLLER_FAULT, "The controller reports a fault: planning without its PV.",
                              plan)
        if reading.soc_pct is not None:
            # The plan's SoC at the start of this slot is the battery's state when the plan was made.
            planned = float(self.planner.e0 / self.planner.e_max * 100.0)
            if abs(reading.soc_pct - planned) > self.soc_tolerance_pct:
                plan = self.planner.replan(soc_pct=reading.soc_pct)
                return self._done(
                    ReplanReason.SOC_DIVERGED,
                    f"The battery reads {reading.soc_pct:.0f} % where the plan expected {planned:.0f} %: re-planned.",
                    plan,
                )
        if reading.pv_w is not None and not reading.is_censored:
            expected = float(self.plan.pv_expected_w[0])
            if expected > 20.0 and abs(reading.pv_w - expected) > self.pv_tolerance * expected:
                k_now = reading.pv_w / expected
                if self._reforecast is not None:
                    cautious, median = self._reforecast(k_now)
                else:
                    scale = np.exp(-np.arange(len(self.plan.pv_expected_w)) * self.plan.slot_min / 60.0 / 2.5)
                    factor = 1.0 + (k_now - 1.0) * scale
                    cautious = np.asarray(self.plan.pv_cautious_w) * np.minimum(factor, 1.0)
                    median = np.asarray(self.plan.pv_expected_w) * factor
                plan = self.planner.replan(pv_cautious_w=cautious, pv_expected_w=median)
                return self._done(
                    ReplanReason.PV_DIVERGED,
                    f"The panels give {reading.pv_w:.0f} W where {expected:.0f} W was expected: re-planned.",
                    plan,
                )
        return ReadingCheck(ReplanReason.NONE, "The reading agrees with the plan.")

    def _done(self, reason: ReplanReason, message: str, plan: Plan) -> ReadingCheck:
        self.plan = plan
        return ReadingCheck(reason, message, plan)
