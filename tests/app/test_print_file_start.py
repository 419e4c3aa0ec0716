"""A file printed directly becomes a job only if its print starts: a bad port leaves nothing queued."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.printing.runner import PrintRefusedError
from app.printing.service import PrintingService
from app.services import Services
from db.engine import unit_of_work
from db.models import JobState, Printer, PrintJob
from printers.sim.device import printer_for_url
from tests.app.test_safe_printing import gcode
from tests.printers.simulated import FAST_OPTIONS


def jobs(services_or_dir: Services | Path) -> list[tuple[int, JobState]]:
    if isinstance(services_or_dir, Path):
        from app.services import StartupOptions, build_services

        built = build_services(StartupOptions(data_dir=services_or_dir))
        try:
            return jobs(built)
        finally:
            built.close()
    with services_or_dir.session_factory() as session:
        return [(j.id, j.state) for j in session.query(PrintJob).order_by(PrintJob.id)]


@pytest.mark.parametrize(
    "port",
    ["COM12", "/dev/ttyUSB9", "sim://?faults=bogus=1", "simx://", "REGULAR_FILE"],
)
def test_a_print_that_fails_to_start_leaves_no_queued_job(
    port: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    if port == "REGULAR_FILE":
        port = str(part)
    data_dir = tmp_path / "lab"
    assert main(["--data-dir", str(data_dir), "print", str(part), "--port", port, "--baud", "115200"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert jobs(data_dir) == []  # nothing waits for the dispatcher or `lab run` to start it later


def test_a_print_that_started_and_failed_keeps_its_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    data_dir = tmp_path / "lab"
    port = "sim://started-then-lost?speed=0&seed=3&faults=disconnect@30"
    assert main(["--data-dir", str(data_dir), "print", str(part), "--port", port, "--baud", "115200"]) == 1
    assert "interrupted" in capsys.readouterr().err
    assert [state for _, state in jobs(data_dir)] == [JobState.INTERRUPTED]  # resumable, not lost


@pytest.fixture
def printing(services: Services) -> Iterator[tuple[PrintingService, str]]:
    port = "sim://window-print-file?speed=0&seed=4"
    printer_for_url(port)
    service = PrintingService(services.session_factory, services.blobs, options=FAST_OPTIONS,
                              profiles=services.profiles)
    service.connect(port, baud=115200)
    yield service, port
    service.close()


def test_the_window_print_refused_for_its_printer_leaves_no_job(
    services: Services, printing: tuple[PrintingService, str], tmp_path: Path
) -> None:
    service, port = printing
    services.profiles.seed_builtin()
    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name="Small Ender", profile_id="creality-ender3", port=port))
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))  # passes the generic check, not the Ender's 220 mm bed
    with pytest.raises(PrintRefusedError, match="on Small Ender"):
        service.print_file(port, wide)
    assert jobs(services) == []
    part = tmp_path / "part.gcode"
    part.write_text(gcode())
    job_id = service.print_file(port, part)
    assert service.session_for(port).wait_until_finished(30) is not None
    deadline = time.monotonic() + 10.0
    while jobs(services) != [(job_id, JobState.DONE)] and time.monotonic() < deadline:
        time.sleep(0.05)  # the recorder commits the end on the printer's thread
    assert jobs(services) == [(job_id, JobState.DONE)]
