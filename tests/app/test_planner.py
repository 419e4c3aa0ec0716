from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.queue.model import BatteryState, PlanInput, PlanInputError, PlanJob
from app.queue.planner import Planner, job_profile_w, plan, simulate_soc_pct
from app.queue.scenario import example_scenario, scenario_to_input

START = datetime(2025, 3, 3, 3, 0, tzinfo=timezone.utc)


def _sun(n: int, peak_w: float, slot_min: float = 15.0) -> np.ndarray:
    hours = (np.arange(n) * slot_min / 60.0 + 6.0) % 24.0
    return np.maximum(0.0, np.sin(np.pi * (hours - 6.0) / 12.0)) * peak_w


def _baseline_soc(inp: PlanInput) -> np.ndarray:
    empty = PlanInput(inp.start_utc, inp.slot_min, inp.pv_cautious_w, inp.pv_expected_w, inp.load_w,
                      inp.battery, inp.printers, (), inp.start_ok, inp.timezone)
    return simulate_soc_pct(empty, plan(empty))


@st.composite
def scenarios(draw: st.DrawFn) -> PlanInput:
    n = draw(st.integers(8, 200))
    peak = draw(st.floats(0, 600))
    cloud = np.asarray(draw(st.lists(st.floats(0.0, 1.0), min_size=n, max_size=n)))
    pv_exp = _sun(n, peak) * cloud
    pv_c = pv_exp * draw(st.floats(0.2, 1.0))
    load = np.asarray(draw(st.lists(st.floats(0, 80), min_size=n, max_size=n)))
    capacity = draw(st.floats(100, 3000))
    battery = BatteryState(
        capacity_wh=capacity,
        soc_pct=draw(st.floats(0, 100)),
        reserve_pct=draw(st.floats(0, 80)),
        charge_efficiency=draw(st.floats(0.8, 1.0)),
        discharge_efficiency=draw(st.floats(0.8, 1.0)),
        max_charge_w=draw(st.sampled_from([math.inf, 150.0, 400.0])),
    )
    n_printers = draw(st.integers(1, 3))
    printers = tuple(f"P{i}" for i in range(n_printers))
    jobs = []
    for i in range(draw(st.integers(0, 12))):
        duration = draw(st.floats(5, 600))
        deadline = START + timedelta(minutes=draw(st.floats(0, n * 15 + 120))) if draw(st.booleans()) else None
        jobs.append(PlanJob(
            id=f"J{i}", duration_min=duration, energy_wh=draw(st.floats(0, 900)), peak_w=draw(st.floats(0, 350)),
            priority=draw(st.integers(-3, 3)), deadline_utc=deadline,
            printer=draw(st.sampled_from([None, *printers])),
        ))
    start_ok = np.asarray(draw(st.lists(st.booleans(), min_size=n, max_size=n))) if draw(st.booleans()) else None
    return PlanInput(START, 15.0, pv_c, pv_exp, load, battery, printers, tuple(jobs), start_ok, "UTC")


def _check_plan(inp: PlanInput, result) -> None:  # type: ignore[no-untyped-def]
    soc = simulate_soc_pct(inp, result)
    floor = np.minimum(inp.battery.reserve_pct, _baseline_soc(inp))
    assert np.all(soc >= floor - 1e-6), "the battery falls below its reserve"
    assert np.allclose(soc, result.soc_pct, atol=1e-6)
    jobs = {j.id: j for j in inp.jobs}
    busy: dict[str, list[tuple[int, int]]] = {}
    for a in result.assignments:
        job = jobs[a.job]
        d = len(job_profile_w(job, inp.slot_min))
        assert a.start_slot + d <= inp.n_slots
        if job.deadline_utc is not None:
            assert a.end_utc <= job.deadline_utc
        if job.printer is not None:
            assert a.printer == job.printer
        if inp.start_ok is not None:
            assert inp.start_ok[a.start_slot]
        for s, e in busy.get(a.printer, []):
            assert a.start_slot >= e or a.start_slot + d <= s, "two jobs on one printer at once"
        busy.setdefault(a.printer, []).append((a.start_slot, a.start_slot + d))
    assert {a.job for a in result.assignments} | {u.job for u in result.unscheduled} == set(jobs)


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_no_plan_takes_the_battery_below_its_reserve(inp: PlanInput) -> None:
    _check_plan(inp, plan(inp))


@settings(max_examples=100, deadline=None)
@given(scenarios(), st.floats(0, 100), st.floats(0.0, 1.5))
def test_replan_after_a_reading_keeps_the_reserve(inp: PlanInput, soc: float, pv_scale: float) -> None:
    planner = Planner(inp)
    planner.plan()
    new_pv = np.asarray(inp.pv_cautious_w) * pv_scale
    result = planner.replan(soc_pct=soc, pv_cautious_w=new_pv, freeze_slots=0)
    updated = PlanInput(inp.start_utc, inp.slot_min, new_pv, inp.pv_expected_w, inp.load_w,
                        BatteryState(**{**inp.battery.__dict__, "soc_pct": soc}), inp.printers, inp.jobs,
                        inp.start_ok, inp.timezone)
    _check_plan(updated, result)


def test_example_scenario_plans_with_reasons() -> None:
    inp = scenario_to_input(example_scenario())
    result = plan(inp)
    assert result.assignments and all(a.reason for a in result.assignments)
    rush = next(u for u in result.unscheduled if u.job == "rush-demo")
    assert "deadline" in rush.reason
    assert len(result.soc_pct) == inp.n_slots == 672


def test_waits_for_the_sun_and_says_why() -> None:
    n = 96
    pv = _sun(n, 400.0)
    pv = np.roll(pv, 40)  # the sun comes up ~10 h into the plan: "tonight" first
    inp = PlanInput(START, 15.0, pv, pv, np.full(n, 10.0),
                    BatteryState(capacity_wh=1000, soc_pct=55, reserve_pct=50), ("P1",),
                    (PlanJob("frame", 60, 150, 250),), None, "Africa/Nairobi")
    result = plan(inp)
    a = result.assignments[0]
    assert a.start_slot > 0
    assert a.reason.startswith("Waits for") and "battery would fall to" in a.reason and "%" in a.reason


def test_job_that_cannot_meet_its_deadline_is_unscheduled_not_late() -> None:
    n = 96
    pv = _sun(n, 2000.0)
    job = PlanJob("late", 120, 100, 200, deadline_utc=START + timedelta(minutes=90))
    inp = PlanInput(START, 15.0, pv, pv, np.zeros(n), BatteryState(2000, 90, 20), ("P1",), (job,))
    result = plan(inp)
    assert not result.assignments
    assert "deadline" in result.unscheduled[0].reason


def test_priority_wins_the_last_energy() -> None:
    n = 16
    pv = np.zeros(n)
    jobs = (PlanJob("low", 60, 100, 100, priority=0), PlanJob("high", 60, 100, 100, priority=5))
    inp = PlanInput(START, 15.0, pv, pv, np.zeros(n), BatteryState(1000, 62, 50), ("P1", "P2"), jobs)
    result = plan(inp)
    assert [a.job for a in result.assignments] == ["high"]
    assert "battery would fall" in result.unscheduled[0].reason


def test_pinned_job_stays_where_the_operator_put_it() -> None:
    n = 32
    pv = np.full(n, 300.0)
    when = START + timedelta(minutes=60)
    jobs = (PlanJob("pinned", 30, 50, 100, pinned_start_utc=when, pinned_printer="P2"),)
    result = plan(PlanInput(START, 15.0, pv, pv, np.zeros(n), BatteryState(1000, 80, 50), ("P1", "P2"), jobs))
    a = result.assignments[0]
    assert a.start_utc == when and a.printer == "P2" and a.is_pinned


def test_silent_baseline_below_reserve_only_allows_surplus() -> None:
    n = 16
    inp = PlanInput(START, 15.0, np.zeros(n), np.zeros(n), np.full(n, 40.0), BatteryState(500, 51, 50), ("P1",),
                    (PlanJob("j", 30, 40, 100),))
    result = plan(inp)
    assert not result.assignments and result.warnings


def test_bad_input_messages() -> None:
    with pytest.raises(PlanInputError, match="duration"):
        PlanJob("x", 0, 10, 10)
    data = example_scenario()
    data["battery"]["capacity_wh"] = -5
    with pytest.raises(PlanInputError, match="Wh"):
        scenario_to_input(data)
    data = example_scenario()
    data["site"]["latitude"] = 123
    with pytest.raises(PlanInputError, match="Latitude"):
        scenario_to_input(data)
    data = example_scenario()
    data["site"]["timezone"] = "Nowhere/Town"
    with pytest.raises(PlanInputError, match="time zone"):
        scenario_to_input(data)
    data = example_scenario()
    data["pv_forecast_w"] = [1.0, 2.0]
    data["load_w"] = [1.0]
    with pytest.raises(PlanInputError, match="load_w"):
        scenario_to_input(data)


def test_profile_conserves_energy() -> None:
    job = PlanJob("p", 50, 95, 250)
    prof = job_profile_w(job, 15.0)
    assert len(prof) == 4
    assert prof.sum() * 0.25 == pytest.approx(95)
    assert prof[0] == pytest.approx(250)


def test_heat_up_peaks_respect_the_discharge_limit() -> None:
    n = 16
    dark = np.zeros(n)
    jobs = (PlanJob("a", 60, 120, 250), PlanJob("b", 60, 120, 250))
    battery = BatteryState(2000, 90, 20, max_discharge_w=400)
    result = plan(PlanInput(START, 15.0, dark, dark, np.full(n, 20.0), battery, ("P1", "P2"), jobs))
    starts = sorted(a.start_slot for a in result.assignments)
    assert len(starts) == 2 and starts[1] - starts[0] >= 1  # the two heat-ups never share a slot


@settings(max_examples=60, deadline=None)
@given(scenarios(), st.integers(0, 40), st.floats(0.05, 1.0))
def test_pinned_and_running_jobs_stay_and_others_keep_the_reserve(inp: PlanInput, pin_slot: int, left: float) -> None:
    from dataclasses import replace

    fixed = (
        PlanJob("running", 90 * left, 150 * left, 200, is_running=True, printer=inp.printers[0]),
        PlanJob("pinned", 30, 40, 150, pinned_start_utc=START + timedelta(minutes=15 * min(pin_slot, inp.n_slots - 2)),
                pinned_printer=inp.printers[-1]),
    )
    inp = replace(inp, jobs=inp.jobs + fixed)
    result = plan(inp)
    running = result.assignment_for("running")
    pinned = result.assignment_for("pinned")
    assert running is not None and running.start_slot == 0
    assert pinned is not None and pinned.is_pinned
    soc = simulate_soc_pct(inp, result)
    only_fixed = replace(inp, jobs=fixed)
    floor = np.minimum(inp.battery.reserve_pct, simulate_soc_pct(only_fixed, plan(only_fixed)))
    assert np.all(soc >= floor - 1e-6)
