"""`heliofab print` ended by a logout or a shutdown (SIGTERM, SIGHUP) leaves the job interrupted at its last
confirmed line, heaters off, to be resumed; Ctrl-C (the operator's own stop) cancels it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.shutdown_signals import shutdown_signals
from tests.app.test_print_recovery import gcode_lines

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the pty simulated printer is POSIX-only")


def _heliofab(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


@pytest.fixture
def sim_printer(tmp_path: Path) -> Iterator[tuple[Path, Path, subprocess.Popen[str]]]:
    """`heliofab sim-printer` in its own process, in real time: heating up takes simulated seconds."""
    link, log = tmp_path / "ttyPRINTER", tmp_path / "executed.log"
    process = subprocess.Popen(
        _heliofab("--data-dir", str(tmp_path / "sim-data"), "sim-printer", "--link", str(link), "--speed", "1",
                  "--log", str(log)),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert process.stdout is not None
    assert "Simulated printer on" in process.stdout.readline()
    yield link, log, process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
    process.communicate(timeout=20)


def _executed(log: Path) -> list[str]:
    """The commands in the simulator's log (`<index>\t<command>` lines)."""
    if not log.exists():
        return []
    return [line.split("\t", 1)[-1] for line in log.read_text().splitlines() if line]


def _wait_for_line(log: Path, text: str, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if text in _executed(log):
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("signum",
                         [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s])
def test_a_shutdown_signal_leaves_the_job_resumable_with_the_heaters_off(
    tmp_path: Path, sim_printer: tuple[Path, Path, subprocess.Popen[str]], signum: int
) -> None:
    link, log, simulator = sim_printer
    job = tmp_path / "part.gcode"
    job.write_text("\n".join(gcode_lines(400)) + "\n")
    printing = subprocess.Popen(
        _heliofab("--data-dir", str(tmp_path / "data"), "print", str(job), "--port", str(link), "--baud", "115200"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        # The job's heat-up has begun: the bed heats at 1 °C/s, so the print waits in M190 for a while.
        assert _wait_for_line(log, "M104 S200", 30.0), _executed(log)
        printing.send_signal(signum)
        _out, err = printing.communicate(timeout=30)
    finally:
        if printing.poll() is None:
            printing.kill()
            printing.communicate()
    assert printing.returncode == 128 + signum, err
    assert signal.Signals(signum).name in err and "heaters are off" in err
    assert "job 1 interrupted at line" in err and f"heliofab print --resume 1 --port {link}" in err
    listed = subprocess.run(_heliofab("--data-dir", str(tmp_path / "data"), "print", "--list", "--json"),
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    interrupted = json.loads(listed.stdout)
    assert [job["id"] for job in interrupted] == [1]  # still in the lab, waiting for --resume
    # The bare heaters-off lines run once the few lines already in the printer's buffer (homing) have.
    assert _wait_for_line(log, "M140 S0", 30.0), _executed(log)
    simulator.send_signal(signal.SIGTERM)
    simulator.communicate(timeout=20)
    executed = _executed(log)
    last = executed[executed.index("M104 S200"):]
    assert "M104 S0" in last and "M140 S0" in last and "M107" in last
    assert not any(line.startswith("G1 X") for line in last)  # stopped during the heat-up: no move was made


def test_ctrl_c_is_the_operators_stop_and_cancels_the_job(
    tmp_path: Path, sim_printer: tuple[Path, Path, subprocess.Popen[str]]
) -> None:
    link, log, _simulator = sim_printer
    job = tmp_path / "part.gcode"
    job.write_text("\n".join(gcode_lines(400)) + "\n")
    printing = subprocess.Popen(
        _heliofab("--data-dir", str(tmp_path / "data"), "print", str(job), "--port", str(link), "--baud", "115200"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert _wait_for_line(log, "M104 S200", 30.0), _executed(log)
        printing.send_signal(signal.SIGINT)
        _out, err = printing.communicate(timeout=30)
    finally:
        if printing.poll() is None:
            printing.kill()
            printing.communicate()
    assert printing.returncode == 130, err
    assert "Ctrl-C" in err and "job 1 cancelled at line" in err and "heaters are off" in err
    assert "queue the file again" in err
    assert _wait_for_line(log, "M140 S0", 30.0), _executed(log)
    listed = subprocess.run(_heliofab("--data-dir", str(tmp_path / "data"), "print", "--list", "--json"),
                            capture_output=True, text=True, timeout=60)
    assert json.loads(listed.stdout) == []  # nothing left to resume: the operator stopped it


def test_the_shutdown_signals_of_this_os() -> None:
    names = {signal.Signals(s).name for s in shutdown_signals()}
    assert "SIGTERM" in names
    assert ("SIGHUP" in names) == hasattr(signal, "SIGHUP")
    assert ("SIGBREAK" in names) == hasattr(signal, "SIGBREAK")
    assert os.name != "posix" or "SIGHUP" in names


def test_resuming_a_printer_that_restarted_needs_the_operators_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main
    from printers.sim.faults import FaultSpec
    from printers.sim.printer import SimulatedPrinter
    from tests.printers.simulated import FAST_SIM

    job = tmp_path / "part.gcode"
    job.write_text("\n".join(gcode_lines(800)) + "\n")
    data = ["--data-dir", str(tmp_path / "d")]
    with SimulatedPrinter(FAST_SIM, faults=FaultSpec.parse("reset@400"), seed=1) as printer:
        assert main([*data, "print", str(job), "--port", printer.port, "--baud", "115200"]) == 1
        assert "restarted" in capsys.readouterr().err
        executed = len(printer.executed_commands())
        # No terminal to ask on (a script): refused with what to do, nothing of the job sent.
        assert main([*data, "print", "--resume", "1", "--port", printer.port, "--baud", "115200"]) == 1
        err = capsys.readouterr().err
        assert "--yes-part-in-place" in err and "mm (layer" in err and "nozzle's way is clear" in err
        assert not [c for c in printer.executed_commands()[executed:] if c.startswith(("G1", "G28", "M109"))]
        assert main([*data, "print", "--resume", "1", "--port", printer.port, "--baud", "115200",
                     "--yes-part-in-place", "--json"]) == 0
        assert '"outcome": "done"' in capsys.readouterr().out
        assert "G28 X Y" in printer.executed_commands()[executed:]
