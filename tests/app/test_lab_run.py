"""`heliofab lab run`: the lab's queue printing by itself with no window, on the simulated printer and
charge controller; time is driven through the dispatcher's clock, never slept through."""

from __future__ import annotations

import dataclasses
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.cli.common import CliContext
from app.services import Services
from printers.session import SessionState

LAYERED = ["M140 S60", "M104 S200", "M190 S60", "M109 S200", "G28", "G92 E0"]
for _layer in range(40):
    LAYERED.append(f";LAYER:{_layer}")
    LAYERED.append(f"G1 Z{0.2 * (_layer + 1):.1f} F600")
    for _i in range(10):
        LAYERED.append(f"G1 X{10 + (_i % 2) * 2} Y{10 + _layer % 5} E{(_layer * 10 + _i + 1) * 0.1:.1f} F1200")
LAYERED += ["M104 S0", "M140 S0"]


class LabClock:
    """The lab's time, moved by the test: the dispatcher reads it on each pass."""

    def __init__(self, start: datetime) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when


def wait_for(condition: Callable[[], bool], timeout_s: float = 60.0) -> bool:
    """Poll a condition the lab's threads make true (a deadline for a broken run, not a speed check)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def midday_longitude(now: datetime) -> float:
    """A longitude where it is late morning now, so the sun and the plan look the same whenever the test runs."""
    hours = now.hour + now.minute / 60.0
    return ((11.0 - hours) * 15.0 + 180.0) % 360.0 - 180.0


@pytest.fixture
def lab(data_dir: Path) -> Iterator[tuple[CliContext, Services]]:
    """A data folder held as `lab run` holds it, with the services `lab run` builds."""
    ctx = CliContext(data_dir=data_dir)
    ctx.hold_data_folder("heliofab lab run")
    try:
        yield ctx, ctx.services()
    finally:
        ctx.close()


def set_up_lab(services: Services, tmp_path: Path, name: str, now: datetime) -> int:
    """A site where it is late morning, a simulated printer and controller, and one checked job."""
    from app.energy.overview import save_site
    from app.energy.site import SiteSettings
    from app.lab_printers import add_lab_printer
    from app.queue.store import add_gcode_job

    longitude = midday_longitude(now)
    site = dataclasses.replace(
        services.settings.load(SiteSettings), latitude_deg=5.0, longitude_deg=round(longitude, 3), timezone="UTC",
        panels_wp=400.0, battery_capacity_wh=1200.0, battery_reserve_pct=50.0, staffed_from_hour=0.0,
        staffed_to_hour=24.0, controller="vedirect",
        controller_port=f"simcharger://{name}?panels_wp=400&utc_offset_h={longitude / 15.0:.2f}",
    )
    save_site(services.settings, site)
    add_lab_printer(services.session_factory, services.profiles, name="P1", port=f"sim://{name}?speed=20",
                    profile_id="creality-ender3")
    gcode = tmp_path / "frame.gcode"
    gcode.write_text("\n".join(LAYERED) + "\n")
    return add_gcode_job(services.session_factory, services.blobs, gcode,
                         printer_profile=services.profiles.printer("creality-ender3"))


def store_soc(services: Services, at: datetime, soc_pct: float) -> None:
    from app.energy.readings import Reading, store_reading

    store_reading(services.session_factory, Reading(at, "manual", soc_pct=soc_pct))


def test_lab_run_starts_pauses_resumes_and_books_a_job_on_its_own(
    lab: tuple[CliContext, Services], tmp_path: Path
) -> None:
    from app.energy.state import slot_floor
    from app.lab_runner import run_lab
    from app.queue.timeline import pin_job
    from db.models import JobState, PrintJob

    _ctx, services = lab
    t0 = slot_floor(datetime.now(timezone.utc)) + timedelta(minutes=2)
    job_id = set_up_lab(services, tmp_path, "lab-run-ladder", t0)
    store_soc(services, t0 - timedelta(minutes=1), 95.0)
    planned_at = slot_floor(t0) + timedelta(minutes=30)
    pin_job(services.session_factory, job_id, planned_at, "P1")  # the plan says: half an hour from now, on P1

    clock = LabClock(t0)
    lines: list[tuple[datetime, str]] = []
    stop = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        outcome["summary"] = run_lab(services, stop, say=lambda at, message: lines.append((at, message)),
                                     clock=clock, interval_s=0.05, reconnect_every_s=0.5)

    def said(fragment: str) -> list[tuple[datetime, str]]:
        return [(at, m) for at, m in list(lines) if fragment in m]

    thread = threading.Thread(target=run, name="test-lab-run")
    thread.start()
    try:
        assert wait_for(lambda: bool(said("Dispatching")))
        assert said("Printer P1 connected on sim://lab-run-ladder")
        assert said("Listening to the vedirect charge controller")
        assert wait_for(lambda: bool(said("First reading from the charge controller")))
        assert wait_for(lambda: bool(said(f"Plan: job {job_id} on P1 at {planned_at:%Y-%m-%d %H:%M}Z")))
        assert not said(": started.")  # its time has not come

        clock.set(planned_at + timedelta(minutes=1))
        assert wait_for(lambda: bool(said(f"Job {job_id} on P1: started.")))
        [(started_at, _)] = said(": started.")
        assert started_at >= planned_at
        port = "sim://lab-run-ladder?speed=20"
        assert wait_for(lambda: services.printing.snapshot(port).state is SessionState.PRINTING)

        # The battery reads far under its reserve: the ladder pauses at the next layer, heaters off.
        store_soc(services, planned_at + timedelta(minutes=2), 30.0)
        clock.set(planned_at + timedelta(minutes=3))
        assert wait_for(lambda: bool(said(f"Job {job_id} on P1: paused.")))
        assert wait_for(lambda: services.printing.snapshot(port).state is SessionState.PAUSED)
        terminal = services.printing.snapshot(port).terminal
        assert "> M104 S0" in terminal and "> M140 S0" in terminal
        assert 0.0 < services.printing.snapshot(port).fraction < 1.0

        # The sun came back: enough to re-heat and finish above the reserve.
        store_soc(services, planned_at + timedelta(minutes=40), 99.0)
        clock.set(planned_at + timedelta(minutes=41))
        assert wait_for(lambda: bool(said(f"Job {job_id} on P1: resumed.")))
        assert wait_for(lambda: bool(said(f"Job {job_id} on P1: finished.")), timeout_s=120.0)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive()
    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None and job.state is JobState.DONE
        assert job.last_acked_line == job.total_lines
        assert job.used_energy_wh is not None and job.used_energy_wh > 0  # booked on the job
    summary = outcome["summary"]
    assert summary.jobs_left_interrupted == [] and summary.printers_connected == ["P1"]  # type: ignore[attr-defined]
    assert said("Lab stopped.")
    assert not services.dispatch.is_running and not services.energy.is_running
    assert services.printing.connected_ports() == []


def test_lab_run_stopped_mid_print_leaves_the_job_resumable_with_heaters_off(
    lab: tuple[CliContext, Services], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from app.energy.state import slot_floor
    from app.lab_runner import run_lab
    from app.queue.timeline import pin_job
    from db.models import JobState, PrintJob

    caplog.set_level(logging.INFO, logger="printers.session")
    _ctx, services = lab
    t0 = slot_floor(datetime.now(timezone.utc)) + timedelta(minutes=2)
    job_id = set_up_lab(services, tmp_path, "lab-run-stop", t0)
    store_soc(services, t0, 95.0)
    pin_job(services.session_factory, job_id, slot_floor(t0), "P1")
    lines: list[str] = []
    stop = threading.Event()
    port = "sim://lab-run-stop?speed=20"
    thread = threading.Thread(target=lambda: run_lab(services, stop, say=lambda at, m: lines.append(m),
                                                     clock=LabClock(t0), interval_s=0.05), name="test-lab-run")
    thread.start()
    try:
        assert wait_for(lambda: any(": started." in m for m in list(lines)))
        assert wait_for(lambda: services.printing.snapshot(port).confirmed_line > 20)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive()
    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None and job.state is JobState.INTERRUPTED and 0 < job.last_acked_line < job.total_lines
    assert any(f"Job {job_id} on {port} was stopped with its heaters off and can be resumed" in m for m in lines)
    # The session's normal close path ran: heaters and fan off, then the port closed.
    assert f"Heaters and fan switched off on {port} before closing the port" in caplog.messages


def test_lab_run_without_a_printer_says_how_to_add_one(lab: tuple[CliContext, Services]) -> None:
    from app.lab_runner import LabSetupError, run_lab

    _ctx, services = lab
    with pytest.raises(LabSetupError, match="heliofab printers add NAME --port PORT --profile ID"):
        run_lab(services, threading.Event())
    assert not services.dispatch.is_running


def test_a_printer_that_is_off_is_tried_again_and_the_lab_goes_on(lab: tuple[CliContext, Services]) -> None:
    from app.lab_printers import add_lab_printer
    from app.lab_runner import run_lab

    _ctx, services = lab
    add_lab_printer(services.session_factory, services.profiles, name="Off", port="/dev/heliofab-no-such-port",
                    profile_id="creality-ender3")
    add_lab_printer(services.session_factory, services.profiles, name="On", port="sim://lab-run-one-off",
                    profile_id="creality-ender3")
    lines: list[str] = []
    stop = threading.Event()
    thread = threading.Thread(target=lambda: run_lab(services, stop, say=lambda at, m: lines.append(m),
                                                     interval_s=0.05, reconnect_every_s=0.05), name="test-lab-run")
    thread.start()
    try:
        assert wait_for(lambda: any(m.startswith("Dispatching") for m in list(lines)))
        time.sleep(0.3)  # several reconnection rounds
    finally:
        stop.set()
        thread.join(timeout=60)
    unreachable = [m for m in lines if m.startswith("Printer Off on /dev/heliofab-no-such-port is not reachable")]
    assert len(unreachable) == 1  # said once, tried again quietly
    assert any(m.startswith("Printer On connected on sim://lab-run-one-off") for m in lines)
    assert "No charge controller is set up" in " ".join(lines)


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM to a child process is a POSIX test")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", signal.SIGTERM)])
def test_heliofab_lab_run_stops_cleanly_on_a_signal(data_dir: Path, signum: int) -> None:
    from app.cli import main

    assert main(["--data-dir", str(data_dir), "printers", "add", "Sim", "--port", "sim://sub",
                 "--profile", "creality-ender3"]) == 0
    assert main(["--data-dir", str(data_dir), "energy", "controller", "--port", "simcharger://sub"]) == 0
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), "lab", "run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        seen: list[str] = []
        assert child.stdout is not None
        for line in child.stdout:
            seen.append(line)
            if "Dispatching" in line:
                break
        assert any("Printer Sim connected on sim://sub" in line for line in seen), seen
        child.send_signal(signum)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    name = signal.Signals(signum).name
    assert child.returncode == 0, err
    assert f"Stopping ({name})." in out and "Lab stopped." in out
    log = (data_dir / "logs" / "heliofab.log").read_text(encoding="utf-8")
    assert f"Stopping ({name})." in log and "Lab stopped." in log and "Finished with exit code 0" in log
