from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np

from app.energy.readings import ChargeState, Reading
from app.queue.live import LivePlan, ReplanReason
from app.queue.model import BatteryState, PlanInput, PlanJob
from app.queue.planner import Planner

START = datetime(2025, 3, 3, 6, 0, tzinfo=timezone.utc)


def _setup() -> tuple[PlanInput, LivePlan]:
    n = 96
    hours = np.arange(n) * 0.25 + 9.0
    pv = np.maximum(0.0, np.sin(np.pi * (hours - 6.0) / 12.0)) * 300.0
    jobs = tuple(PlanJob(f"J{i}", 60, 110, 250, priority=i) for i in range(5))
    inp = PlanInput(START, 15.0, pv * 0.5, pv, np.full(n, 10.0), BatteryState(1200, 70, 50), ("P1", "P2"), jobs)
    planner = Planner(inp)
    return inp, LivePlan(planner, planner.plan())


def test_agreeing_reading_changes_nothing() -> None:
    _, live = _setup()
    check = live.check(Reading(START + timedelta(minutes=5), "sim", soc_pct=71, pv_w=float(live.plan.pv_expected_w[0])))
    assert check.reason is ReplanReason.NONE and check.plan is None


def test_low_soc_reading_replans_and_keeps_the_reserve() -> None:
    _inp, live = _setup()
    before = len(live.plan.assignments)
    check = live.check(Reading(START + timedelta(minutes=5), "sim", soc_pct=55))
    assert check.reason is ReplanReason.SOC_DIVERGED and check.plan is not None
    assert len(check.plan.assignments) <= before
    assert min(check.plan.soc_pct) >= 50 - 1e-6 or check.plan.warnings


def test_cloudy_reading_replans_from_the_pv_and_fault_drops_pv() -> None:
    _, live = _setup()
    check = live.check(Reading(START + timedelta(minutes=5), "sim", pv_w=10.0, charge_state=ChargeState.BULK))
    assert check.reason is ReplanReason.PV_DIVERGED
    fault = live.check(Reading(START + timedelta(minutes=6), "sim", pv_w=0.0, charge_state=ChargeState.FAULT))
    assert fault.reason is ReplanReason.CONTROLLER_FAULT
    later = live.check(Reading(START + timedelta(minutes=20), "sim", soc_pct=70))
    assert later.reason is ReplanReason.SLOT_PASSED
