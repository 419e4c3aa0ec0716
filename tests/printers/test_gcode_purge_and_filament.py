"""Purge, prime and filament-loading lines are not over-extrusion; a file sliced for another filament
diameter is refused on a named printer; messages read well when no printer is named."""

from __future__ import annotations

import dataclasses

import pytest

from printers.gcode import ProblemKind, Severity, check_gcode
from printers.profiles import PrinterProfile, find_printer, generic_printer
from tests.printers.gcode_samples import GOOD_BODY, GOOD_END, GOOD_START, good_program

ENDER = find_printer("creality-ender3")
MMU = find_printer("prusa-mk3-mmu")
GENERIC = generic_printer()
# The MMU's tool change as PrusaSlicer writes it: ramming, unloading 50 mm, cooling moves in the tube,
# the new filament loaded back through the hotend in long, thick-looking moves.
TOOL_CHANGE = [
    "G1 E-15 F6000",
    "G1 E-24.5 F1200",
    "G1 E-7 F600",
    "G1 E-3.5 F360",
    "G1 Y136.86",
    "G1 X170.75 E20 F522",
    "G1 X228.75 E-20 F348",
    "G1 E-35 F2000",
    "T1",
    "G1 E12 F1140",
    "G1 X170.625 E42 F1163",
    "G1 X228.75 E6 F814",
]

PURGE_CASES = [
    # (description, program, printer, an over-extrusion warning expected)
    (
        "Cura's cleaning line before the first layer",
        GOOD_START + ["G0 X20 Y50 Z0.3 F500", "G1 X80 E25 F500", "G92 E0", "G1 E-3 F500"] + GOOD_BODY + GOOD_END,
        ENDER,
        False,
    ),
    (
        "Slic3r PE's intro line",
        GOOD_START + ["G1 Z0.2", "G1 Y1 F1000", "G1 X60 E9 F1000", "G1 X100 E12.5 F1000", "G92 E0"]
        + GOOD_BODY
        + GOOD_END,
        ENDER,
        False,
    ),
    (
        "the MMU's initial load after T0",
        GOOD_START + ["G1 Y2 F1000", "G1 Z0.4", "T0", "G1 X55 E29 F1073", "G1 X5 E29 F1800", "G1 X55 E8 F2000"]
        + GOOD_BODY
        + GOOD_END,
        MMU,
        False,
    ),
    ("unloading and loading at a tool change", good_program()[:-4] + TOOL_CHANGE + GOOD_END, MMU, False),
    ("a thick line inside the print", good_program()[:-4] + ["G1 X130 Y120 E10"] + GOOD_END, ENDER, True),
    (
        "a thick line after a retraction only partly refilled",
        good_program()[:-4] + ["G1 E-2 F2100", "G1 X100 Y100 F9000", "G1 X130 Y100 E12"] + GOOD_END,
        ENDER,
        True,
    ),
    (
        "a thick line once the first layer has travelled",
        GOOD_START + ["G1 Z0.2", "G1 X10 Y10 E2", "G1 X50 Y50 F9000", "G1 X80 Y50 E20"] + GOOD_END,
        ENDER,
        True,
    ),
    (
        "an over-extruding arc as the very first extrusion",
        GOOD_START + ["G1 Z0.2", "G1 X100 Y100", "G3 X120 Y100 I10 J0 E30"] + GOOD_END,
        ENDER,
        True,
    ),
]


@pytest.mark.parametrize(
    ("program", "printer", "is_warned"), [c[1:] for c in PURGE_CASES], ids=[c[0] for c in PURGE_CASES]
)
def test_purge_and_loading_lines_are_not_over_extrusion(
    program: list[str], printer: PrinterProfile, is_warned: bool
) -> None:
    report = check_gcode(program, printer)
    assert report.is_safe, report.summary()
    warned = [p for p in report.problems if p.kind is ProblemKind.OVER_EXTRUSION]
    assert bool(warned) is is_warned, warned
    for problem in warned:
        assert problem.severity is Severity.WARNING
        assert "inside the print" in problem.message


THICK = dataclasses.replace(ENDER, id="thick-filament", name="a 2.85 mm printer", filament_diameter_mm=2.85)

FILAMENT_CASES = [
    # (description, stated diameter, printer, refused, words of the refusal)
    ("2.85 mm file on a 1.75 mm printer", "2.85", ENDER, True, "2.65 times too little plastic"),
    ("1.75 mm file on a 2.85 mm printer", "1.75", THICK, True, "2.65 times too much plastic"),
    ("3.00 mm file on a 2.85 mm printer", "3.00", THICK, False, ""),
    ("1.80 mm file on a 1.75 mm printer", "1.80", ENDER, False, ""),
    ("2.85 mm file with no printer named", "2.85", GENERIC, False, ""),
]


@pytest.mark.parametrize(
    ("stated", "printer", "is_refused", "words"), [c[1:] for c in FILAMENT_CASES], ids=[c[0] for c in FILAMENT_CASES]
)
def test_filament_diameter_mismatch(stated: str, printer: PrinterProfile, is_refused: bool, words: str) -> None:
    report = check_gcode(good_program() + [f"; filament_diameter = {stated}"], printer)
    assert report.is_safe is not is_refused
    if is_refused:
        main = report.main_error
        assert main is not None and main.kind is ProblemKind.FILAMENT_MISMATCH
        assert words in main.message and "slice it again" in main.message
    else:
        assert report.problems == ()


WORDING_CASES = [
    # (description, program, words every message must read well with no printer named)
    (
        "a centred-origin file",
        GOOD_START + ["G1 Z0.2", "G1 X10 Y10 E1", "G1 X20 Y-60 E2"] + GOOD_END,
        "most printers have it at the front left corner; slice it for your printer.",
    ),
    ("a ninth tool", good_program()[:-4] + ["T9"] + GOOD_END, "Marlin firmware drives at most 8 tools"),
    ("a Klipper macro", ["PRINT_START BED=60"] + good_program(), "slice it for your printer with its own start code."),
    ("another firmware's command", good_program()[:-4] + ["WIPE"] + GOOD_END, "slice it for your printer."),
]


@pytest.mark.parametrize(("program", "words"), [c[1:] for c in WORDING_CASES], ids=[c[0] for c in WORDING_CASES])
def test_messages_without_a_printer_named(program: list[str], words: str) -> None:
    report = check_gcode(program, GENERIC)
    assert report.problems
    for problem in report.problems:
        assert GENERIC.name not in problem.message
    if words:
        assert any(words in p.message for p in report.problems), report.problems
