"""A print's turning points reach the operator's log, and its lines don't."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.logs import LOG_FILE_NAME
from printers.sim.printer import SimulatedPrinter
from tests.app.test_print_recovery import gcode_lines
from tests.printers.simulated import FAST_SIM, nothing_left_open  # noqa: F401

pytestmark = pytest.mark.usefixtures("nothing_left_open")


def test_a_print_is_logged_from_connection_to_end_without_flooding(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "part.gcode"
    lines = gcode_lines(300)
    path.write_text("\n".join(lines) + "\n")
    with SimulatedPrinter(FAST_SIM) as printer:
        assert main(["--data-dir", str(tmp_path / "d"), "print", str(path), "--port", printer.port, "--baud",
                     "115200"]) == 0
        port = printer.port
    log_lines = (tmp_path / "d" / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8").splitlines()
    text = "\n".join(log_lines)
    assert f"on {port} at 115200 baud" in text and "Connected to" in text
    assert f"Job 1 started on {port}: {len(lines)} lines" in text
    assert f"Job 1 ended done at line {len(lines)} of {len(lines)}" in text
    assert len(log_lines) < 20  # turning points only: no line per G-code command or progress tick
    assert "part.gcode" not in text  # file and job names can carry a customer's name


def test_refused_gcode_is_logged_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cold.gcode"
    path.write_text("G28\nG1 X10 E5 F1500\n")
    with SimulatedPrinter(FAST_SIM) as printer:
        assert main(["--data-dir", str(tmp_path / "d"), "print", str(path), "--port", printer.port, "--baud",
                     "115200"]) == 1
    text = (tmp_path / "d" / "logs" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "G-code refused by the safety check" in text
