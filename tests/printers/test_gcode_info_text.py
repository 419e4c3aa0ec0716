"""What `heliofab gcode info` prints about safety: the verdict first, then the refusals and the warnings
apart, each reason once with the lines it covers."""

from __future__ import annotations

from pathlib import Path

import pytest

from printers.gcode import Severity, check_gcode
from printers.profiles import find_printer
from tests.printers.gcode_samples import GOOD_END, GOOD_START, good_program
from ui.entry import main

# Forty lines laid out around the bed's centre: one reason, forty lines. Y changes on every line, as
# only the axes a move changes are checked against the bed.
CENTRED = (
    GOOD_START + ["G1 Z0.2", "G1 X10 Y10 E1"] + [f"G1 X{10 + i} Y{-60 - i % 2} E0.2" for i in range(40)] + GOOD_END
)
FIRST_CENTRED_LINE = len(GOOD_START) + 3
NEXT_NINE = ", ".join(str(FIRST_CENTRED_LINE + n) for n in range(1, 10))

CASES = [
    # (description, program, printer option, exit code, verdict, sections in order, lines that must appear)
    ("a clean file", good_program(), [], 0, "Safe to print.", [], []),
    (
        "a warning only",
        good_program()[:-4] + ["M203 80"] + GOOD_END,
        ["--printer", "creality-ender3"],
        0,
        "Safe to print; read the warning below.",
        ["Warnings (the print can go ahead):"],
        ["  line 19: 'M203 80' names no axis or value letter: the printer ignores it."],
    ),
    (
        "forty lines of one reason",
        CENTRED,
        ["--printer", "creality-ender3"],
        1,
        "Not safe to print: 1 reason below on 40 lines.",
        ["Refused because:"],
        [f"    … and 39 more lines like it: lines {NEXT_NINE}, …"],
    ),
    (
        "a refusal and a warning",
        good_program()[:-4] + ["M203 80", "G1 X230 Y100 E1"] + GOOD_END,
        ["--printer", "creality-ender3"],
        1,
        "Not safe to print: 1 reason below.",
        ["Refused because:", "Warnings (the print can go ahead):"],
        ["  line 19: 'M203 80' names no axis or value letter: the printer ignores it."],
    ),
    (
        "a 2.85 mm file on a named 1.75 mm printer",
        good_program() + ["; filament_diameter = 2.85"],
        ["--printer", "creality-ender3"],
        1,
        "Not safe to print: 1 reason below.",
        ["Refused because:"],
        [
            (
                "  The file was sliced for 2.85 mm filament, but Creality Ender-3 class takes 1.75 mm, so every "
                "line would get 2.65 times too little plastic: slice it again for 1.75 mm filament."
            )
        ],
    ),
    (
        "a 2.85 mm file with no printer named",
        good_program() + ["; filament_diameter = 2.85"],
        [],
        0,
        "Safe to print.",
        [],
        [],
    ),
]
SECTIONS = ("Refused because:", "Warnings (the print can go ahead):")


@pytest.mark.parametrize(
    ("program", "options", "exit_code", "verdict", "sections", "expected_lines"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_gcode_info_safety_text(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    program: list[str],
    options: list[str],
    exit_code: int,
    verdict: str,
    sections: list[str],
    expected_lines: list[str],
) -> None:
    path = tmp_path / "part.gcode"
    path.write_text("\n".join(program) + "\n", encoding="utf-8")
    code = main(["--data-dir", str(data_dir), "gcode", "info", str(path), *options])
    lines = capsys.readouterr().out.splitlines()
    assert code == exit_code
    # The verdict comes before any list, and the old mixed list is gone.
    verdict_at = lines.index(verdict)
    assert "Problems:" not in lines
    assert [line for line in lines if line in SECTIONS] == sections
    assert all(lines.index(title) > verdict_at for title in sections)
    for expected in expected_lines:
        assert expected in lines
    if sections == ["Refused because:", "Warnings (the print can go ahead):"]:
        refusals = lines[lines.index(sections[0]) + 1 : lines.index(sections[1])]
        assert refusals and all("M203" not in line for line in refusals)


def test_one_reason_is_written_once(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "centred.gcode"
    path.write_text("\n".join(CENTRED) + "\n", encoding="utf-8")
    main(["--data-dir", str(data_dir), "gcode", "info", str(path), "--printer", "creality-ender3"])
    out = capsys.readouterr().out
    assert out.count("middle of the bed") == 1
    assert f"  line {FIRST_CENTRED_LINE}: 'G1 X10 Y-60 E0.2' reaches Y -60 mm" in out


def test_travels_of_a_centred_file_share_its_reason() -> None:
    """Once a file prints far below zero, its travels just below zero are the same layout, not a wiper pad."""
    program = GOOD_START + ["G1 Z0.2", "G1 X10 Y10 E1", "G1 X20 Y-60 E2", "G1 X30 Y-8", "G1 X40 Y-3"] + GOOD_END
    groups = check_gcode(program, find_printer("creality-ender3")).groups(Severity.ERROR)
    assert [(group.line_nos, group.total) for group in groups] == [((11, 12, 13), 3)]
    assert "middle of the bed" in groups[0].first.message
