from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest

from app.queue.dispatch import (
    Dispatcher,
    JobPowerPolicy,
    Outlook,
    PlannedStart,
    PrinterRunState,
    Rung,
    decide,
    outlook_for,
)
from app.queue.model import JobId

NOW = datetime(2025, 3, 3, 15, 0, tzinfo=timezone.utc)
JOB_7, JOB_A, JOB_B = JobId(7), JobId(11), JobId(12)
GOOD = Outlook(soc_now_pct=80, min_soc_if_continue_pct=70, remaining_min=90, remaining_fraction=0.7, resume_need_pct=60)
BAD = Outlook(soc_now_pct=56, min_soc_if_continue_pct=38, remaining_min=120, remaining_fraction=0.8, resume_need_pct=66)

if TYPE_CHECKING:
    from app.queue.dispatch_service import DispatchService
    from app.services import Services


class FakePrinter:
    def __init__(self, printer_id: str, *, can_lower_bed: bool = True) -> None:
        self.printer_id = printer_id
        self.state = PrinterRunState.IDLE
        self.can_lower_bed = can_lower_bed
        self.calls: list[str] = []

    def run_state(self) -> PrinterRunState:
        return self.state

    def start_job(self, job_id: JobId) -> None:
        self.calls.append(f"start {job_id}")
        self.state = PrinterRunState.PRINTING

    def pause_at_layer_change(self) -> None:
        self.calls.append("pause")
        self.state = PrinterRunState.PAUSED

    def lower_bed_temp(self, bed_c: float) -> bool:
        self.calls.append(f"bed {bed_c:.0f}")
        return self.can_lower_bed

    def resume(self) -> None:
        self.calls.append("resume")
        self.state = PrinterRunState.PRINTING

    def remaining_fraction(self) -> float:
        return 0.5


def _dispatch_service(services: Services) -> DispatchService:
    from app.queue.dispatch_service import DispatchService

    return DispatchService(
        session_factory=services.session_factory, settings=services.settings, profiles=services.profiles,
        printing=services.printing, energy=services.energy,
    )

def test_ladder_rungs() -> None:
    policy = JobPowerPolicy(bed_c=60, min_bed_c=45, bed_step_c=10)
    kw = {"reserve_pct": 50.0, "floor_pct": 40.0, "policy": policy}
    assert decide(GOOD, is_paused=False, bed_now_c=60, **kw).rung is Rung.CONTINUE
    nearly = Outlook(60, 44, 20, 0.1, 60)
    assert decide(nearly, is_paused=False, bed_now_c=60, **kw).rung is Rung.FINISH_ON_BUFFER
    assert decide(BAD, is_paused=False, bed_now_c=60, **kw).rung is Rung.LOWER_BED
    assert decide(BAD, is_paused=False, bed_now_c=50, **kw).rung is Rung.PAUSE  # 40 °C is below the profile's 45
    assert decide(BAD, is_paused=True, bed_now_c=50, **kw).rung is Rung.WAIT
    assert decide(GOOD, is_paused=True, bed_now_c=50, **kw).rung is Rung.RESUME


def test_dispatch_starts_then_lowers_bed_then_pauses_then_resumes() -> None:
    printer = FakePrinter("P1")
    events = []
    dispatcher = Dispatcher({"P1": printer}, reserve_pct=50, floor_pct=40, on_event=events.append)
    planned = [PlannedStart(JOB_7, "P1", NOW - timedelta(minutes=1), JobPowerPolicy(60, 50, 10))]
    dispatcher.tick(NOW, planned, {JOB_7: GOOD})
    assert printer.calls == ["start 7"]
    dispatcher.tick(NOW + timedelta(minutes=15), [], {JOB_7: BAD})
    assert printer.calls[-1] == "bed 50"
    dispatcher.tick(NOW + timedelta(minutes=30), [], {JOB_7: BAD})
    assert printer.calls[-1] == "pause" and printer.state is PrinterRunState.PAUSED
    dispatcher.tick(NOW + timedelta(minutes=45), [], {JOB_7: BAD})
    assert printer.calls[-1] == "pause"  # waits: not enough energy
    dispatcher.tick(NOW + timedelta(hours=16), [], {JOB_7: GOOD})
    assert printer.calls[-1] == "resume"
    assert [e.kind for e in events] == ["started", "bed_lowered", "paused", "resumed"]
    assert "38 %" in events[2].message


def test_printer_that_cannot_lower_the_bed_pauses() -> None:
    printer = FakePrinter("P1", can_lower_bed=False)
    dispatcher = Dispatcher({"P1": printer}, reserve_pct=50, floor_pct=40)
    dispatcher.tick(NOW, [PlannedStart(JOB_7, "P1", NOW, JobPowerPolicy(60, 40, 10))], {JOB_7: BAD})
    assert printer.calls == ["start 7", "bed 50", "pause"]


def test_operator_override_is_asked_and_can_be_refused() -> None:
    printer = FakePrinter("P1")
    questions: list[str] = []
    answers = iter([False, True])

    def ask(question: str) -> bool:
        questions.append(question)
        return next(answers)

    dispatcher = Dispatcher({"P1": printer}, reserve_pct=50, floor_pct=40, ask=ask)
    dispatcher.tick(NOW, [PlannedStart(JOB_7, "P1", NOW)], {JOB_7: GOOD})
    assert not dispatcher.override_continue("P1", NOW, BAD)
    assert dispatcher.override_continue("P1", NOW, BAD)
    assert "38 %" in questions[0]
    dispatcher.tick(NOW + timedelta(minutes=15), [], {JOB_7: BAD})
    assert printer.state is PrinterRunState.PRINTING  # overridden: no pause


def test_hold_stops_auto_resume_and_resume_now_asks() -> None:
    printer = FakePrinter("P1")
    dispatcher = Dispatcher({"P1": printer}, reserve_pct=50, floor_pct=40, ask=lambda q: True)
    dispatcher.tick(NOW, [PlannedStart(JOB_7, "P1", NOW)], {JOB_7: BAD})
    assert printer.state is PrinterRunState.PAUSED
    dispatcher.hold("P1")
    dispatcher.tick(NOW + timedelta(hours=5), [], {JOB_7: GOOD})
    assert printer.state is PrinterRunState.PAUSED
    assert dispatcher.resume_now("P1", NOW + timedelta(hours=5), BAD)
    assert printer.state is PrinterRunState.PRINTING


def test_outlook_resume_need() -> None:
    o = outlook_for(soc_now_pct=60, capacity_wh=1000, reserve_pct=50, remaining_wh=76, remaining_min=40,
                    remaining_fraction=0.5, min_soc_if_continue_pct=45, reheat_wh=19, discharge_efficiency=0.95)
    assert o.resume_need_pct == pytest.approx(60.0)


LAYERED = ["M140 S60", "M104 S200", "M190 S60", "M109 S200", "G28", "G92 E0"]
for layer in range(40):
    LAYERED.append(f";LAYER:{layer}")
    LAYERED.append(f"G1 Z{0.2 * (layer + 1):.1f} F600")
    for i in range(10):
        LAYERED.append(f"G1 X{10 + (i % 2) * 2} Y{10 + layer % 5} E{(layer * 10 + i + 1) * 0.1:.1f} F1200")


def test_running_outlook_from_the_forecast() -> None:
    import numpy as np

    from app.queue.model import BatteryState, PlanInput, PlanJob
    from app.queue.outlook import running_outlook

    n = 96
    dark = np.zeros(n)
    job = PlanJob("frame", 120, 240, 250)
    inp = PlanInput(NOW, 15.0, dark, dark, np.full(n, 10.0), BatteryState(1000, 60, 50), ("P1",), ())
    outlook = running_outlook(inp, job, 0.5)
    assert outlook.min_soc_if_continue_pct < 50  # 120 Wh plus the night's lights from 600 Wh
    assert outlook.remaining_min == pytest.approx(60)
    sunny = running_outlook(replace_pv(inp, 400.0), job, 0.5)
    assert sunny.min_soc_if_continue_pct > outlook.min_soc_if_continue_pct


def replace_pv(inp, watts: float):  # type: ignore[no-untyped-def]
    import dataclasses

    import numpy as np

    pv = np.full(inp.n_slots, watts)
    return dataclasses.replace(inp, pv_cautious_w=pv, pv_expected_w=pv)


def test_dispatch_loop_starts_planned_jobs_from_the_database(services) -> None:  # type: ignore[no-untyped-def]
    from app.energy.overview import add_manual_reading, save_site
    from app.energy.site import SiteSettings
    from app.queue.dispatch_loop import DispatchLoop
    from app.queue.service import plan_lab_queue
    from app.queue.store import JobState, add_job, list_jobs
    from db.engine import unit_of_work
    from db.models import Printer

    services.profiles.seed_builtin()
    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name="P1", profile_id="creality-ender3"))
    save_site(services.settings, SiteSettings(latitude_deg=-1.29, longitude_deg=36.82, timezone="Africa/Nairobi",
                                     panels_wp=400, battery_capacity_wh=1200, battery_reserve_pct=50,
                                     staffed_from_hour=0, staffed_to_hour=24))
    add_manual_reading(services.session_factory, soc_pct=95, pv_w=None, battery_v=None)
    job_id = add_job(services.session_factory, name="frame", duration_min=30, energy_wh=40, peak_w=200)
    now = datetime.now(timezone.utc)
    plan, _ = plan_lab_queue(services.session_factory, services.settings, services.profiles, now)
    start = plan.assignment_for(job_id).start_utc  # type: ignore[union-attr]
    printer = FakePrinter("P1")
    loop = DispatchLoop(
        {"P1": printer},
        session_factory=services.session_factory, settings=services.settings, profiles=services.profiles,
    )
    events = loop.tick(start + timedelta(minutes=1))
    assert [e.kind for e in events] == ["started"]
    assert next(j for j in list_jobs(services.session_factory) if j.id == job_id).state is JobState.PRINTING
    loop.tick(start + timedelta(minutes=5))  # the outlook is computed from the forecast: no pause needed
    assert printer.state is PrinterRunState.PRINTING


def _lab_printer_on_a_simulator(services, tmp_path, lines: list[str]):  # type: ignore[no-untyped-def]
    """A simulated printer set up in the lab as an Ender 3, and a job queued (checked) for that profile."""
    from app.queue.printing_control import ServicePrinterControl
    from app.queue.store import add_gcode_job
    from db.engine import unit_of_work
    from db.models import Printer

    gcode = tmp_path / "frame.gcode"
    gcode.write_text("\n".join(lines) + "\nM104 S0\nM140 S0\n")
    ender = services.profiles.printer("creality-ender3")
    job_id = add_gcode_job(services.session_factory, services.blobs, gcode, printer_profile=ender)
    port = services.printing.start_simulator(speed=20)
    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name="P1", profile_id=ender.id, port=port))
    services.printing.connect(port)
    return job_id, port, ServicePrinterControl(services.printing, port, "P1")


def test_safe_pause_through_the_printing_service(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    job_id, port, control = _lab_printer_on_a_simulator(services, tmp_path, LAYERED)
    dispatcher = Dispatcher({"P1": control}, reserve_pct=50, floor_pct=40)
    dispatcher.tick(NOW, [PlannedStart(job_id, "P1", NOW)], {job_id: GOOD})
    deadline = time.monotonic() + 20
    while control.run_state() is not PrinterRunState.PRINTING and time.monotonic() < deadline:
        time.sleep(0.02)
    dispatcher.tick(NOW, [], {job_id: BAD})
    while control.run_state() is not PrinterRunState.PAUSED and time.monotonic() < deadline:
        time.sleep(0.02)
    assert control.run_state() is PrinterRunState.PAUSED
    sent = services.printing.snapshot(port).terminal
    assert "> M104 S0" in sent and "> M140 S0" in sent  # parked, then heaters off
    assert 0.0 < control.remaining_fraction() < 1.0
    dispatcher.tick(NOW + timedelta(hours=3), [], {job_id: GOOD})
    deadline = time.monotonic() + 60
    while control.run_state() is not PrinterRunState.IDLE and time.monotonic() < deadline:
        time.sleep(0.05)
    assert services.printing.snapshot(port).last_result
    events = dispatcher.tick(NOW + timedelta(hours=4), [], {})
    assert [e.kind for e in events] == ["finished"]
    # The real path recorded the print: progress to the last line, and what it used.
    from db.models import PrintJob

    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None and job.state.value == "done" and job.last_acked_line == job.total_lines
        assert job.energy_source == "estimate" and job.used_energy_wh > 0


def test_dispatch_service_plans_and_replans_on_a_divergent_reading(services) -> None:  # type: ignore[no-untyped-def]
    from app.energy.overview import save_site
    from app.energy.site import SiteSettings
    from app.queue.store import JobState, add_job, list_jobs

    save_site(services.settings, SiteSettings(latitude_deg=-1.29, longitude_deg=36.82, timezone="Africa/Nairobi",
                                     panels_wp=400, battery_capacity_wh=1200, battery_reserve_pct=50,
                                     staffed_from_hour=0, staffed_to_hour=24))
    from app.energy.readings import Reading, store_reading
    from app.energy.state import slot_floor

    now = slot_floor(datetime.now(timezone.utc)) + timedelta(minutes=1)  # well inside one slot
    store_reading(services.session_factory, Reading(now, "manual", soc_pct=90))
    add_job(services.session_factory, name="frame", duration_min=30, energy_wh=40, peak_w=200)
    messages: list[str] = []
    service = _dispatch_service(services)
    service.on_plan_changed = messages.append
    assert service.tick(now) == []  # no printer connected: nothing starts, but the plan is saved
    assert list_jobs(services.session_factory)[0].state is JobState.PLANNED
    store_reading(services.session_factory, Reading(now + timedelta(minutes=1), "manual", soc_pct=60))
    service.tick(now + timedelta(minutes=2))
    assert messages and "60 %" in messages[-1]


def test_lower_bed_rung_runs_mid_print_on_the_simulated_printer(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.queue.dispatch import JobPowerPolicy
    from printers.session import SessionState

    job_id, port, control = _lab_printer_on_a_simulator(services, tmp_path, LAYERED)
    dispatcher = Dispatcher({"P1": control}, reserve_pct=50, floor_pct=40)
    policy = JobPowerPolicy(bed_c=60.0, min_bed_c=45.0, bed_step_c=10.0)
    dispatcher.tick(NOW, [PlannedStart(job_id, "P1", NOW, policy)], {job_id: GOOD})
    deadline = time.monotonic() + 20
    while services.printing.snapshot(port).confirmed_line < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    events = dispatcher.tick(NOW, [], {job_id: BAD})
    assert [e.kind for e in events] == ["bed_lowered"]
    assert services.printing.snapshot(port).state is SessionState.PRINTING  # lowered without stopping
    while "> M140 S50" not in services.printing.snapshot(port).terminal and time.monotonic() < deadline:
        time.sleep(0.02)
    assert "> M140 S50" in services.printing.snapshot(port).terminal
    services.printing.cancel(port)
    deadline = time.monotonic() + 60
    while control.run_state() is not PrinterRunState.IDLE and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_refused_start_is_reported_and_the_other_printers_go_on(services) -> None:  # type: ignore[no-untyped-def]
    class RefusingPrinter(FakePrinter):
        def start_job(self, job_id: JobId) -> None:
            raise ValueError(f"Not printing on {self.printer_id}: Unsafe G-code, line 12: X 240 is off the bed")

    small, big = RefusingPrinter("small"), FakePrinter("big")
    dispatcher = Dispatcher({"small": small, "big": big}, reserve_pct=50, floor_pct=40)
    planned = [PlannedStart(JOB_A, "small", NOW), PlannedStart(JOB_B, "big", NOW)]
    events = dispatcher.tick(NOW, planned, {})
    assert [(e.kind, e.job) for e in events] == [("refused", JOB_A), ("started", JOB_B)]
    assert "line 12" in events[0].message and big.calls == ["start 12"]
    assert dispatcher.tick(NOW + timedelta(minutes=1), planned, {}) == []  # not retried every minute


def test_a_printer_saved_with_the_windows_device_prefix_matches_its_connection(services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from db.engine import unit_of_work
    from db.models import Printer

    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name="P1", profile_id="creality-ender3", port="\\\\.\\COM12"))
    monkeypatch.setattr(services.printing, "connected_ports", lambda: ["COM12"])

    printers = _dispatch_service(services)._printers()

    assert list(printers) == ["P1"]
    assert printers["P1"].port == "COM12"  # the connection's own spelling, which the printing service knows
