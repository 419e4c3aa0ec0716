from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from printers.gcode import GcodeReadError, ProblemKind, Severity, check_gcode
from printers.profiles import find_printer
from tests.printers.gcode_samples import GOOD_BODY, GOOD_END, GOOD_START, good_program

ENDER = find_printer("creality-ender3")
BEDLESS = find_printer("mini-bedless")


def test_good_program_is_safe() -> None:
    report = check_gcode(good_program(), ENDER)
    assert report.is_safe, report.problems
    assert report.problems == ()
    assert report.summary() == "Safe to print."


def _replace(lines: list[str], old: str, new: str | None) -> list[str]:
    out = []
    for line in lines:
        if line == old:
            if new is not None:
                out.append(new)
        else:
            out.append(line)
    assert out != lines
    return out


BAD_CASES = [
    # (description, program, expected kind, expected 1-based line)
    ("off the bed in X", good_program()[:-4] + ["G1 X230 Y100 E1"] + GOOD_END, ProblemKind.OUT_OF_VOLUME, 19),
    ("below the bed", good_program()[:-4] + ["G1 Z-2"] + GOOD_END, ProblemKind.OUT_OF_VOLUME, 19),
    ("too tall", good_program()[:-4] + ["G1 Z260"] + GOOD_END, ProblemKind.OUT_OF_VOLUME, 19),
    (
        "relative move off the bed, printing after it",
        good_program()[:-4] + ["G91", "G1 X150", "G90", "M83", "G1 X100 Y100 E1"] + GOOD_END,
        ProblemKind.OUT_OF_VOLUME,
        20,
    ),
    ("hotend too hot", _replace(good_program(), "M104 S210", "M104 S290"), ProblemKind.HOTEND_TOO_HOT, 4),
    ("hotend wait too hot", _replace(good_program(), "M109 S210", "M109 S300"), ProblemKind.HOTEND_TOO_HOT, 7),
    ("bed too hot", _replace(good_program(), "M190 S60", "M190 S130"), ProblemKind.BED_TOO_HOT, 6),
    ("no wait for hotend", _replace(good_program(), "M109 S210", None), ProblemKind.NOT_HEATED, 10),
    ("no wait for bed", _replace(good_program(), "M190 S60", None), ProblemKind.NOT_HEATED, 10),
    ("no homing", _replace(good_program(), "G28", None), ProblemKind.NOT_HOMED, 8),
    ("EEPROM write", good_program() + ["M500"], ProblemKind.FIRMWARE_CHANGE, 23),
    ("factory reset", ["M502"] + good_program(), ProblemKind.FIRMWARE_CHANGE, 1),
    ("firmware update", good_program() + ["M997"], ProblemKind.FIRMWARE_CHANGE, 23),
    ("NaN coordinate", good_program()[:-4] + ["G1 XNAN Y10 E1"] + GOOD_END, ProblemKind.BAD_NUMBER, 19),
    ("inf temperature", _replace(good_program(), "M104 S210", "M104 SINF"), ProblemKind.BAD_NUMBER, 4),
    ("missing value", good_program()[:-4] + ["G1 X Y10"] + GOOD_END, ProblemKind.BAD_NUMBER, 19),
    (
        "cold extrusion minutes after the heater went off",
        good_program()[:-4] + ["M104 S0", "G4 S300", "G1 X20 Y20 E2"] + GOOD_END,
        ProblemKind.COLD_EXTRUSION,
        21,
    ),
    ("inches", ["G20"] + good_program(), ProblemKind.INCHES, 1),
    ("negative temperature", _replace(good_program(), "M140 S60", "M140 S-5"), ProblemKind.NEGATIVE_TEMPERATURE, 3),
    (
        "arc bulging off the bed",
        good_program()[:-4] + ["G1 X215 Y100", "G3 X215 Y120 I0 J10 E1"] + GOOD_END,
        ProblemKind.OUT_OF_VOLUME,
        20,
    ),
    ("empty", ["; only a comment", ""], ProblemKind.EMPTY, 0),
]


@pytest.mark.parametrize(("description", "program", "kind", "line"), BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_programs_are_refused_with_line_numbers(
    description: str, program: list[str], kind: ProblemKind, line: int
) -> None:
    report = check_gcode(program, ENDER)
    assert not report.is_safe, description
    matching = [p for p in report.problems if p.kind is kind]
    assert matching, report.problems
    assert matching[0].line_no == line
    assert matching[0].message.endswith(".")


def test_firmware_changes_pass_when_the_operator_allows_them() -> None:
    program = good_program() + ["M500"]
    assert not check_gcode(program, ENDER).is_safe
    assert check_gcode(program, ENDER, allow_firmware_changes=True).is_safe


def test_bed_heating_on_a_bedless_printer_is_refused() -> None:
    report = check_gcode(good_program(), BEDLESS)
    kinds = {p.kind for p in report.problems}
    assert ProblemKind.NO_HEATED_BED in kinds
    bedless_program = [line for line in good_program() if not line.startswith(("M140", "M190"))]
    roomy_bedless = dataclasses.replace(BEDLESS, bed_x_mm=220.0, bed_y_mm=220.0)
    assert check_gcode(bedless_program, roomy_bedless).is_safe


def test_over_extrusion_is_a_warning_only() -> None:
    program = good_program()[:-4] + ["G1 X130 Y120 E10"] + GOOD_END
    report = check_gcode(program, ENDER)
    assert report.is_safe
    assert [p.severity for p in report.problems] == [Severity.WARNING]


def test_limits_come_from_the_profile() -> None:
    bigger = dataclasses.replace(ENDER, bed_x_mm=300.0)
    program = good_program()[:-4] + ["G1 X230 Y100 E1"] + GOOD_END
    assert check_gcode(program, bigger).is_safe


def test_many_problems_are_capped_and_counted() -> None:
    program = GOOD_START + [f"G1 X{300 + i} Y10" for i in range(40)] + GOOD_END
    report = check_gcode(program, ENDER)
    assert len(report.problems) == 10
    assert report.suppressed == 30
    assert "and 39 more" in report.summary()


def test_path_input_and_binary_garbage(tmp_path: Path) -> None:
    good = tmp_path / "good.gcode"
    good.write_text("\n".join(GOOD_START + GOOD_BODY + GOOD_END) + "\n")
    assert check_gcode(good, ENDER).is_safe
    garbage = tmp_path / "garbage.gcode"
    garbage.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(GcodeReadError, match="not G-code text"):
        check_gcode(garbage, ENDER)
    empty = tmp_path / "empty.gcode"
    empty.write_text("")
    with pytest.raises(GcodeReadError, match="empty"):
        check_gcode(empty, ENDER)


def test_reach_outside_the_bed_comes_from_the_profile() -> None:
    # PrusaSlicer's own MK3 start G-code draws its purge line at Y-3.
    program = GOOD_START + ["G1 Y-3.0 F1000", "G1 X60 E9 F1000"] + GOOD_END
    mk3 = find_printer("prusa-mk3")
    assert mk3.min_y_mm < -3
    assert check_gcode(program, mk3).is_safe
    assert not check_gcode(program, ENDER).is_safe


PRUSA_MK3S_START = [
    'M862.3 P "MK3S" ; printer model check',
    "M862.1 P0.4 ; nozzle diameter check",
    "M115 U3.9.0 ; tell printer latest fw version",
    "G90 ; use absolute coordinates",
    "M83 ; extruder relative mode",
    "M104 S215 ; set extruder temp",
    "M140 S60 ; set bed temp",
    "M190 S60 ; wait for bed temp",
    "M109 S215 ; wait for extruder temp",
    "G28 W ; home all without mesh bed level",
    "G80 ; mesh bed leveling",
    "G1 Y-3.0 F1000.0 ; go outside print area",
    "G92 E0.0",
    "G1 X60.0 E9.0 F1000.0 ; intro line",
    "G1 X100.0 E12.5 F1000.0 ; intro line",
    "G92 E0.0",
    "M221 S95",
    "M900 K0.05",
    "M73 P0 R45",
    "M107",
    "G21 ; set units to millimeters",
    "G1 Z0.2 F720",
    "G1 X100 Y100 E2 F1200",
]


def test_prusaslicer_mk3s_start_gcode_is_accepted() -> None:
    report = check_gcode(PRUSA_MK3S_START + GOOD_END, find_printer("prusa-mk3"))
    assert report.is_safe, report.problems


@settings(max_examples=60, deadline=None)
@given(
    points=st.lists(st.tuples(st.floats(0, 220), st.floats(0, 220), st.booleans()), min_size=1, max_size=40),
    bad_index=st.integers(0, 39),
    bad_point=st.tuples(st.floats(-500, 800), st.floats(-500, 800)).filter(
        lambda p: not (-1.0 <= p[0] <= 221.0 and -1.0 <= p[1] <= 221.0)
    ),
)
def test_random_moves_inside_are_safe_and_one_outside_is_found(
    points: list[tuple[float, float, bool]], bad_index: int, bad_point: tuple[float, float]
) -> None:
    moves = [f"G1 X{x:.3f} Y{y:.3f}" + (" E0.01" if extrude else "") for x, y, extrude in points]
    assert check_gcode(GOOD_START + ["G1 Z0.2"] + moves + GOOD_END, ENDER).is_safe
    at = bad_index % len(moves)
    moves.insert(at, f"G1 X{bad_point[0]:.3f} Y{bad_point[1]:.3f}")
    report = check_gcode(GOOD_START + ["G1 Z0.2"] + moves + GOOD_END, ENDER)
    out = [p for p in report.problems if p.kind is ProblemKind.OUT_OF_VOLUME]
    assert out and out[0].line_no == len(GOOD_START) + 2 + at
