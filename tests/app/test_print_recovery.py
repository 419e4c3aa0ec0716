"""Recovery: progress committed to the DB as the job runs; interrupted jobs resume from their line."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.printing.jobs import JobRecorder, list_jobs, load_job, mark_orphans_interrupted
from app.printing.runner import (
    PrintRefusedError,
    check_lines,
    connect_printer,
    resume_print,
    start_print,
    store_checked_job,
)
from app.services import Services
from db.engine import unit_of_work
from db.models import JobState, PrintJob
from db.types import utcnow
from printers.ports import is_port_present
from printers.session import JobOutcome
from printers.sim.device import SimPrinterDevice
from printers.sim.faults import FaultSpec
from printers.sim.printer import SimulatedPrinter
from tests.printers.simulated import FAST_OPTIONS, FAST_SIM, HOUSEKEEPING, nothing_left_open  # noqa: F401

pytestmark = pytest.mark.usefixtures("nothing_left_open")

PREAMBLE = ["M140 S60", "M104 S200", "M190 S60", "M109 S200", "G28", "G90", "M82", "G92 E0"]


def gcode_lines(moves: int) -> list[str]:
    lines = ["; made for the recovery tests", *PREAMBLE]
    for i in range(moves):
        if i % 400 == 0:
            lines.append(f";LAYER:{i // 400}")
            lines.append(f"G1 Z{0.2 + 0.2 * (i // 400):.1f} F600")
        lines.append(f"G1 X{10 + i % 100}.{i % 10} Y{10 + (i * 7) % 100} E{0.5 + i * 0.02:.2f} F1500")
    return [*lines, "M104 S0", "M140 S0", "M84"]


def commands_of(lines: list[str]) -> list[str]:
    return [line for line in lines if line and not line.startswith(";")]


CLOSING = ["M104 S0", "M140 S0", "M107"]  # what a closing session sends so no printer is left hot


def executed(sim: SimulatedPrinter | SimPrinterDevice) -> list[str]:
    """The job's commands the printer ran, without the handshake and the heaters-off of a closing session."""
    log = [c for c in sim.executed_commands() if not c.startswith(HOUSEKEEPING)]
    return log[: -len(CLOSING)] if log[-len(CLOSING) :] == CLOSING else log


@pytest.fixture
def sim() -> Iterator[SimulatedPrinter]:
    printer = SimulatedPrinter(FAST_SIM, faults=FaultSpec.parse("disconnect@2200"), seed=5)
    printer.start()
    yield printer
    printer.stop()


def test_cable_pull_records_interrupted_job_and_resume_finishes_it_exactly_once(
    services: Services, sim: SimulatedPrinter
) -> None:
    lines = gcode_lines(4000)
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("frame.gcode", lines))
    active = start_print(services.session_factory, services.blobs, job_id=job_id, port=sim.port, options=FAST_OPTIONS)
    result = active.session.wait_until_finished(30)
    active.session.close()
    assert result is not None and result.outcome is JobOutcome.INTERRUPTED

    view, _, state, offset = load_job(services.session_factory, services.blobs, job_id)
    assert view.state is JobState.INTERRUPTED and view.is_resumable
    assert view.last_acked_line == result.progress.confirmed_index + 1  # committed before anyone acted on it
    assert state.hotend_target_c == 200.0 and state.z_mm > 0 and offset is not None
    assert "Lost the connection" in view.error

    sim.replug()
    resumed = resume_print(services.session_factory, services.blobs, job_id=job_id, port=sim.port, options=FAST_OPTIONS)
    final = resumed.session.wait_until_finished(60)
    resumed.session.close()
    assert final is not None and final.outcome is JobOutcome.DONE
    assert resumed.plan is not None and resumed.plan.is_exact
    split = resumed.plan.start_index
    assert executed(sim) == commands_of(lines[:split]) + resumed.plan.preamble + commands_of(lines[split:])
    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None and job.state is JobState.DONE
        assert job.last_acked_line == len(lines)
        kinds = [e.kind for e in job.events]
        assert kinds.index("started") < kinds.index("interrupted") < kinds.index("resumed") < kinds.index("done")


def test_app_crash_leaves_a_job_that_shows_as_interrupted(services: Services) -> None:
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("a.gcode", gcode_lines(10)))
    recorder = JobRecorder(services.session_factory, job_id, port="/dev/ttyUSB0")
    recorder.started(is_resume=False)
    assert mark_orphans_interrupted(services.session_factory) == 0  # fresh heartbeat: still running elsewhere
    with unit_of_work(services.session_factory) as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        job.last_acked_line = 7
        job.machine_state = {**job.machine_state, "heartbeat_utc": (utcnow() - timedelta(minutes=5)).isoformat()}
    assert mark_orphans_interrupted(services.session_factory) == 1
    [view] = list_jobs(services.session_factory, states=[JobState.INTERRUPTED])
    assert view.id == job_id and view.last_acked_line == 7 and "line 7" in view.error


def test_unsafe_gcode_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(PrintRefusedError, match="Not printing"):
        check_lines("cold.gcode", ["G28", "G1 X10 Y10 E5 F1500"])


def test_cli_print_streams_and_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "part.gcode"
    path.write_text("\n".join(gcode_lines(300)) + "\n")
    with SimulatedPrinter(FAST_SIM) as printer:
        code = main(["--data-dir", str(tmp_path / "d"), "print", str(path), "--port", printer.port, "--baud", "115200",
                     "--json"])
        out = json.loads(capsys.readouterr().out)
        assert code == 0, out
        assert out["outcome"] == "done" and out["last_acked_line"] == len(gcode_lines(300))
        assert executed(printer) == commands_of(gcode_lines(300))


@pytest.mark.parametrize(
    ("content", "port", "message"),
    [
        ("G28\nG1 X10 E5 F1500\n", None, "Not printing"),  # extrudes cold
        (None, "/dev/heliofab-no-such-port", "There is no port"),
        ("\x00\x01\x02binary", None, "not G-code"),
    ],
)
def test_cli_print_bad_input_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, port: str | None, message: str
) -> None:
    path = tmp_path / "part.gcode"
    path.write_text(content if content is not None else "\n".join(gcode_lines(5)))
    with SimulatedPrinter(FAST_SIM) as printer:
        code = main(["--data-dir", str(tmp_path / "d"), "print", str(path), "--port", port or printer.port, "--baud",
                     "115200"])
        assert code == 1
        assert message in capsys.readouterr().err
        assert printer.executed() == []


def test_cli_list_and_resume_unknown_job(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "print", "--list"]) == 0
    assert "No interrupted jobs" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "d"), "print", "--resume", "99", "--port", "/dev/null"]) == 1
    assert "no print job 99" in capsys.readouterr().err


def test_cli_ports_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "printers", "ports", "--json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_sim_printer_process_links_and_exits_cleanly_on_sigterm(tmp_path: Path) -> None:
    link = tmp_path / "printer"
    log = tmp_path / "sim.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d"), "sim-printer", "--link", str(link), "--speed",
         "0", "--log", str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert "Simulated printer on" in banner and link.is_symlink()
        code = main(["--data-dir", str(tmp_path / "d2"), "print", _write_job(tmp_path), "--port", str(link), "--baud",
                     "115200"])
        assert code == 0
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=20)
    assert process.returncode == 0, err
    assert not link.exists() and not link.is_symlink()
    assert "M109 S200" in log.read_text()


def _write_job(tmp_path: Path) -> str:
    path = tmp_path / "job.gcode"
    path.write_text("\n".join(gcode_lines(50)) + "\n")
    return str(path)


def test_printing_service_runs_two_printers_at_once(services: Services) -> None:
    printing = services.printing
    ports = [printing.start_simulator(speed=0.0), printing.start_simulator(speed=0.0)]
    job_ids = [store_checked_job(services.session_factory, services.blobs, check_lines(f"p{i}.gcode", gcode_lines(500)))
               for i in range(2)]
    changed: list[str] = []
    printing.subscribe(changed.append)
    for port, job_id in zip(ports, job_ids, strict=True):
        printing.connect(port, baud=115200)
        printing.start_job(port, job_id)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all(printing.snapshot(p).last_result for p in ports):
        time.sleep(0.05)
    snaps = [printing.snapshot(p) for p in ports]
    assert all(s.last_result.startswith("done") for s in snaps), snaps
    assert {s.job_id for s in snaps} == set(job_ids)
    assert set(changed) >= set(ports)
    assert all(s.is_simulated and s.firmware.startswith("Marlin") for s in snaps)
    assert all(is_port_present(port) and port.startswith("sim://") for port in ports)


def test_baud_auto_detection_finds_the_printers_rate() -> None:
    options = replace(FAST_OPTIONS, connect_timeout_s=1.0, hello_retry_s=0.25)
    with SimulatedPrinter(replace(FAST_SIM, port_baud=250000)) as printer:
        session = connect_printer(printer.port, baud=None, options=options)
        try:
            assert session.baud == 250000
            assert session.capabilities.firmware_name.startswith("Marlin")
        finally:
            session.close()


def test_service_reconnects_and_resumes_by_itself_after_a_cable_pull(services: Services, tmp_path: Path) -> None:
    from app.printing.service import PrinterNotConnectedError, PrintingService

    lines = gcode_lines(3000)
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("auto.gcode", lines))
    printing = PrintingService(services.session_factory, services.blobs, options=FAST_OPTIONS, reconnect_poll_s=0.05)
    printer = SimulatedPrinter(FAST_SIM, faults=FaultSpec.parse("disconnect@1500"), seed=2,
                               link_path=tmp_path / "ttyACM0")
    port = printer.start()
    try:
        printing.connect(port, baud=115200)
        printing.start_job(port, job_id)
        def shows(text: str, field: str) -> bool:
            try:
                return str(getattr(printing.snapshot(port), field)).startswith(text)
            except PrinterNotConnectedError:
                return False  # between the pull and the reconnect the port has no connection

        def is_done() -> bool:
            return shows("done", "last_result")

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not shows("Cable pulled", "message") and printer.is_plugged:
            time.sleep(0.02)
        assert not printer.is_plugged
        printer.replug()
        while time.monotonic() < deadline and not is_done():
            time.sleep(0.05)
        assert is_done(), printing.snapshots()
    finally:
        printing.close()
        printer.stop()
    log = executed(printer)
    reheat = ["M190 S60", "M109 S200"]
    split = next(i for i in range(len(PREAMBLE), len(log)) if log[i : i + 2] == reheat)  # after the job's own heat-up
    assert log[:split] + log[split + 2 :] == commands_of(lines)


def test_service_reconnects_to_a_sim_url_when_its_cable_comes_back(services: Services) -> None:
    from app.printing.service import PrinterNotConnectedError, PrintingService
    from printers.sim.device import printer_for_url, stop_printer

    lines = gcode_lines(2000)
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("url.gcode", lines))
    printing = PrintingService(services.session_factory, services.blobs, options=FAST_OPTIONS, reconnect_poll_s=0.05)
    port = "sim://bench?speed=0&seed=2&faults=disconnect@1200"
    printer = printer_for_url(port)
    try:
        printing.connect(port, baud=115200)
        printing.start_job(port, job_id)

        def snapshot_says(text: str, field: str) -> bool:
            try:
                return str(getattr(printing.snapshot(port), field)).startswith(text)
            except PrinterNotConnectedError:
                return False

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and printer.is_plugged:
            time.sleep(0.02)
        assert not printer.is_plugged and not is_port_present(port)
        while time.monotonic() < deadline and not snapshot_says("Cable pulled", "message"):
            time.sleep(0.02)
        assert snapshot_says("Cable pulled", "message")  # waiting: the port is not in the list
        printer.replug()
        while time.monotonic() < deadline and not snapshot_says("done", "last_result"):
            time.sleep(0.05)
        assert snapshot_says("done", "last_result"), printing.snapshots()
    finally:
        printing.close()
        stop_printer(port)
    log = executed(printer)
    reheat = ["M190 S60", "M109 S200"]
    split = next(i for i in range(len(PREAMBLE), len(log)) if log[i : i + 2] == reheat)
    assert log[:split] + log[split + 2 :] == commands_of(lines)
