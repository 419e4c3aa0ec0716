"""Each action reads a G-code file once: `gcode info`, `queue add` and `print` tokenize it one time and
hand the parsed program to the check, the estimate, the streamer and the resume state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from printers.gcode import parse
from printers.sim.faults import FaultSpec
from printers.sim.printer import SimulatedPrinter
from tests.printers.gcode_samples import good_program
from tests.printers.simulated import FAST_SIM


@pytest.fixture
def tokenized(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many files (or parts of files) went through the tokenizer."""
    calls: list[int] = []
    real = parse.tokenize

    def counting(lines: object, **kwargs: object) -> Iterator[parse.GcodeCommand]:
        calls.append(1)
        return real(lines, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parse, "tokenize", counting)
    return calls


@pytest.fixture
def part(tmp_path: Path) -> Path:
    path = tmp_path / "part.gcode"
    lines = good_program()
    path.write_text("\n".join([lines[0], "N3 G28*22 ; homed", ";LAYER:0", *lines[1:]]) + "\n")
    return path


@pytest.fixture
def sim() -> Iterator[SimulatedPrinter]:
    printer = SimulatedPrinter(FAST_SIM, faults=FaultSpec.parse(""), seed=3)
    printer.start()
    yield printer
    printer.stop()


def test_gcode_info_reads_the_file_once(tokenized: list[int], part: Path, data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "gcode", "info", str(part), "--json"]) == 0
    assert len(tokenized) == 1


def test_queue_add_reads_the_file_once(tokenized: list[int], part: Path, data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "queue", "add", str(part), "--printer-profile", "creality-ender3"]) == 0
    assert len(tokenized) == 1


def test_print_reads_the_file_once(
    tokenized: list[int], part: Path, data_dir: Path, sim: SimulatedPrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(data_dir)]
    assert main([*data, "print", str(part), "--port", sim.port, "--baud", "115200", "--printer",
                 "creality-ender3"]) == 0
    assert "done" in capsys.readouterr().out.lower()
    assert len(tokenized) == 1
    assert "G28" in sim.executed_commands() and not any("*22" in c for c in sim.executed_commands())
