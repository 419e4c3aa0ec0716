"""A lab set up with the first-run wizard's defaults, and nothing else: its plan and what it is told."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from app.energy.readings import Reading, store_reading
from app.first_run import FirstRunChoices, Place, apply_first_run, default_panel_tilt_deg
from app.queue.model import BatteryState, PlanInput, PlanJob
from app.queue.planner import Planner, simulate_soc_pct
from app.queue.service import plan_lab_queue
from app.queue.store import add_job
from app.services import Services

NIAMEY = Place("Niamey, Niger", 13.51, 2.11, 207, "Africa/Niamey")
# 06:30 local on a dry-season morning.
DAWN = datetime(2026, 1, 15, 5, 30, tzinfo=timezone.utc)


@pytest.fixture
def new_lab(services: Services) -> Services:
    """The wizard's defaults: 200 Wp, 1200 Wh, reserve 40 %, one Ender-class printer."""
    apply_first_run(services.session_factory, services.settings, services.profiles, FirstRunChoices(
        "en", NIAMEY, 200, default_panel_tilt_deg(NIAMEY.latitude), 180, 1200, 40, "creality-ender3",
    ))
    return services


def _plan(services: Services, now: datetime = DAWN):  # type: ignore[no-untyped-def]
    return plan_lab_queue(services.session_factory, services.settings, services.profiles, now)[0]


def test_no_reading_never_shows_a_negative_charge_and_plans_a_frame(new_lab: Services) -> None:
    job = add_job(new_lab.session_factory, name="frame", duration_min=45, energy_wh=95, peak_w=250)
    plan = _plan(new_lab)
    assert min(plan.soc_pct) >= 0.0 and min(plan.soc_expected_pct) >= 0.0
    placed = plan.assignment_for(job)
    assert placed is not None, [u.reason for u in plan.unscheduled]
    assert 9 <= placed.start_utc.astimezone(ZoneInfo(NIAMEY.timezone)).hour <= 15  # in the sun
    assert placed.start_utc - DAWN < timedelta(days=3)
    # It waits for a fuller battery; the reason says what would let it start sooner, from the numbers.
    if placed.start_utc - DAWN > timedelta(hours=12):
        assert "To start it sooner, " in placed.reason and "enter a battery reading (it fits from " in placed.reason


def test_a_fresh_70_pct_reading_prints_today_in_the_sun(new_lab: Services) -> None:
    job = add_job(new_lab.session_factory, name="frame", duration_min=45, energy_wh=95, peak_w=250)
    store_reading(new_lab.session_factory, Reading(DAWN - timedelta(minutes=5), "manual", soc_pct=70))
    placed = _plan(new_lab).assignment_for(job)
    assert placed is not None
    local = placed.start_utc.astimezone(ZoneInfo(NIAMEY.timezone))
    assert local.date() == DAWN.date() and 9 <= local.hour <= 15


def test_a_job_too_big_for_the_lab_says_in_one_sentence_what_to_change(new_lab: Services) -> None:
    job = add_job(new_lab.session_factory, name="big", duration_min=240, energy_wh=900, peak_w=250)
    plan = _plan(new_lab)
    assert plan.assignment_for(job) is None
    reason = next(u.reason for u in plan.unscheduled if u.job == job)
    why, advice = reason.split(". ", 1)
    assert why.startswith("Not scheduled: even at its best start, ")
    # The best start is in the sun, not at night.
    best = why.split("best start, ")[1].split(",")[0]
    assert 9 <= int(best.split()[-1].split(":")[0]) <= 15
    assert advice.startswith("To print it, ") and advice.count(".") == 1
    assert " Wh" in advice or " Wp" in advice


def _night_lab(reserve_pct: float, soc_pct: float, *, is_soc_assumed: bool) -> PlanInput:
    n = 96 * 2
    hours = (np.arange(n) * 0.25 + 0.125) % 24
    sun = np.maximum(0.0, np.sin(np.pi * (hours - 6.0) / 12.0)) * 150.0
    start = datetime(2026, 1, 15, 0, 0, tzinfo=timezone.utc)
    return PlanInput(
        start_utc=start, slot_min=15.0, pv_cautious_w=sun * 0.35, pv_expected_w=sun * 0.7,
        load_w=np.full(n, 40.0), battery=BatteryState(capacity_wh=1200, soc_pct=soc_pct, reserve_pct=reserve_pct,
                                                      is_soc_assumed=is_soc_assumed),
        printers=("P1",), jobs=(PlanJob("J1", 45, 95, 250),), panels_wp=200,
    )


def test_a_battery_that_runs_flat_stays_at_zero_and_agrees_with_the_simulation() -> None:
    inp = _night_lab(40, 20, is_soc_assumed=True)
    plan = Planner(inp).plan()
    assert min(plan.soc_pct) == pytest.approx(0.0, abs=1e-9)
    assert np.allclose(simulate_soc_pct(inp, plan), plan.soc_pct, atol=1e-6)
    assert plan.unscheduled and plan.unscheduled[0].reason.startswith("Not scheduled: even at its best start, ")


def test_advice_figures_really_make_room() -> None:
    inp = _night_lab(40, 40, is_soc_assumed=False)
    plan = Planner(inp).plan()
    reason = plan.unscheduled[0].reason
    assert "To print it, " in reason and "add panels up to " in reason
    wp = float(reason.split("add panels up to ")[1].split(" Wp")[0])
    scale = wp / 200.0
    bigger = PlanInput(inp.start_utc, inp.slot_min, inp.pv_cautious_w * scale, inp.pv_expected_w * scale,
                       inp.load_w, inp.battery, inp.printers, inp.jobs, panels_wp=wp)
    assert Planner(bigger).plan().assignment_for("J1") is not None
    less = (wp - 50.0) / 200.0
    smaller = PlanInput(inp.start_utc, inp.slot_min, inp.pv_cautious_w * less, inp.pv_expected_w * less,
                        inp.load_w, inp.battery, inp.printers, inp.jobs, panels_wp=wp - 50.0)
    assert Planner(smaller).plan().assignment_for("J1") is None


def test_queue_plan_and_list_say_what_to_change(new_lab: Services, data_dir, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    add_job(new_lab.session_factory, name="big", duration_min=240, energy_wh=900, peak_w=250)
    new_lab.close()
    assert main(["--data-dir", str(data_dir), "queue", "plan"]) == 0
    planned = capsys.readouterr().out
    # The plan starts now (any day of the year), so the advice's figures vary; it is always there.
    advice = ("To print it, ", "No reserve, battery or panels within reach")
    assert any(a in planned for a in advice) and "lowest -" not in planned
    assert main(["--data-dir", str(data_dir), "queue", "list"]) == 0
    listed = capsys.readouterr().out
    assert "1: Not scheduled: even at its best start" in listed and any(a in listed for a in advice)
