"""The cost of printing a job now, outside the plan, in the planner's own battery figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from app.queue.model import BatteryState, PlanInput, PlanInputError, PlanJob
from app.queue.planner import Planner
from app.queue.print_now import print_now_cost

START = datetime(2025, 3, 3, 15, 0, tzinfo=timezone.utc)  # 18:00 in Nairobi: no more sun today
SLOTS = 96  # one day of 15-minute slots


@pytest.fixture
def evening() -> PlanInput:
    """1200 Wh at 50 %, reserve 40 %, no sun for the next 12 hours, no other load."""
    pv = np.zeros(SLOTS)
    pv[48:80] = 300.0  # tomorrow morning
    return PlanInput(
        start_utc=START,
        slot_min=15.0,
        pv_cautious_w=pv,
        pv_expected_w=pv.copy(),
        load_w=np.zeros(SLOTS),
        battery=BatteryState(capacity_wh=1200.0, soc_pct=50.0, reserve_pct=40.0),
        printers=("P1", "P2"),
        jobs=(
            PlanJob(id=1, name="frame", duration_min=120.0, energy_wh=200.0, peak_w=200.0, priority=3),
            PlanJob(id=2, name="case", duration_min=60.0, energy_wh=80.0, peak_w=200.0),
        ),
        timezone="Africa/Nairobi",
    )


def test_printing_now_in_the_evening_takes_the_battery_below_its_reserve(evening: PlanInput) -> None:
    cost = print_now_cost(evening, 1, "P2")

    # 200 Wh drawn through a 95 % efficient discharge: 210.5 Wh, 17.5 % of 1200 Wh, from 50 %.
    assert cost.low_pct == pytest.approx(50.0 - 200.0 / 0.95 / 1200.0 * 100.0, abs=0.01)
    assert cost.low_utc == START + timedelta(hours=2)  # the end of the print: nothing charges before morning
    assert cost.end_utc == START + timedelta(hours=2)
    assert cost.printer == "P2"
    assert cost.reserve_pct == 40.0
    assert cost.is_below_reserve
    assert cost.energy_wh == pytest.approx(200.0)
    assert cost.without_pct == pytest.approx(50.0) and not cost.is_below_anyway  # the print alone does it


def test_the_lab_s_own_loads_are_told_apart_from_the_print(evening: PlanInput) -> None:
    """A 30 W evening load takes 12 h × 30 W / 0.95 = 379 Wh, 31.6 %, with no print at all."""
    loaded = replace(evening, load_w=np.full(SLOTS, 30.0))

    cost = print_now_cost(loaded, 1, "P1")

    assert cost.without_pct == pytest.approx(50.0 - 48 * 0.25 * 30.0 / 0.95 / 1200.0 * 100.0, abs=0.01)
    assert cost.is_below_anyway
    assert cost.low_pct == pytest.approx(cost.without_pct - 200.0 / 0.95 / 1200.0 * 100.0, abs=0.01)


def test_the_planner_itself_would_not_start_that_job_now(evening: PlanInput) -> None:
    """The what-if is the cost of overriding the plan: the plan keeps the battery above its reserve."""
    plan = Planner(evening).plan()

    assert plan.assignment_for(1) is None or plan.assignment_for(1).start_slot > 0  # type: ignore[union-attr]
    assert min(plan.soc_pct) >= 40.0 - 1e-6


def test_printing_now_in_full_sun_keeps_the_battery_above_its_reserve(evening: PlanInput) -> None:
    sunny = replace(evening, pv_cautious_w=np.full(SLOTS, 400.0), pv_expected_w=np.full(SLOTS, 400.0))

    cost = print_now_cost(sunny, 2)

    assert not cost.is_below_reserve
    assert cost.low_pct >= 50.0  # the sun pays the whole print and charges besides
    assert cost.printer in sunny.printers


def test_a_running_print_is_counted_in(evening: PlanInput) -> None:
    running = PlanJob(id=9, name="running", duration_min=60.0, energy_wh=95.0, peak_w=0.0, is_running=True)
    alone = print_now_cost(evening, 2)

    cost = print_now_cost(replace(evening, jobs=(*evening.jobs, running)), 2)

    assert cost.low_pct == pytest.approx(alone.low_pct - 95.0 / 0.95 / 1200.0 * 100.0, abs=0.01)


def test_a_job_gone_from_the_queue_is_named(evening: PlanInput) -> None:
    with pytest.raises(PlanInputError, match="Job 7 is not in the queue"):
        print_now_cost(evening, 7)
