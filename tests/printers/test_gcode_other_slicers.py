"""Each way other slicers' files used to be misread, as a small snippet: the check and the estimate
must read them as the firmware does, and the refusals that are right must stay refusals."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from printers.gcode import ProblemKind, Severity, analyze_gcode, check_gcode, preview_layers
from printers.gcode.notes import read_slicer_notes
from printers.gcode.parse import parse_command
from printers.profiles import (
    FirmwareFlavour,
    PrinterProfile,
    ProfileError,
    find_material,
    find_printer,
    generic_printer,
)
from tests.printers.gcode_samples import GOOD_BODY, GOOD_END, GOOD_START, good_program
from ui.entry import main

ENDER = find_printer("creality-ender3")
MK3 = find_printer("prusa-mk3")
MMU = find_printer("prusa-mk3-mmu")
GENERIC = generic_printer()
PLA = find_material("pla")

PRINT = GOOD_START + GOOD_BODY  # homed, heated, something printed; no end code yet


def kinds(program: list[str], printer: PrinterProfile = ENDER, **kwargs: bool) -> dict[ProblemKind, Severity]:
    report = check_gcode(program, printer, **kwargs)
    found: dict[ProblemKind, Severity] = {}
    for problem in report.problems:
        found.setdefault(problem.kind, problem.severity)
    return found


# (description, program, printer, is_safe, the kind reported, its severity or None when nothing is reported)
CASES = [
    # A relative "present the bed" move at the end: Marlin's software endstops stop it at the edge.
    (
        "Cura's present-the-bed end move",
        PRINT + ["M104 S0", "G91", "G1 Z+10 Y+200 F9000", "G90", "M84"],
        ENDER,
        True,
        ProblemKind.CLAMPED_MOVE,
        Severity.WARNING,
    ),
    (
        "the same move without software endstops",
        PRINT + ["M104 S0", "G91", "G1 Z+10 Y+200 F9000", "G90", "M84"],
        dataclasses.replace(ENDER, has_software_endstops=False),
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    (
        "a relative move off the bed with printing after it",
        PRINT + ["G91", "G1 Y+200", "G90", "M83", "G1 X100 Y100 E1"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    (
        "an absolute end move off the bed",
        PRINT + ["M104 S0", "G1 Y300"],
        ENDER,
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    # M203 with no axis letter: Marlin sets nothing.
    ("M203 80", ["M203 80"] + good_program(), ENDER, True, ProblemKind.IGNORED_COMMAND, Severity.WARNING),
    ("M203 X80 with junk", ["M203 X80 80"] + good_program(), ENDER, False, ProblemKind.BAD_NUMBER, Severity.ERROR),
    # No printer named: purge lines a few millimetres off the bed are fine, wiper pads are not.
    (
        "Prusa purge line at Y-3 without a printer",
        GOOD_START + ["G1 Z0.2", "G1 Y-3.0 F1000", "G1 X60 E9 F1000"] + GOOD_END,
        GENERIC,
        True,
        None,
        None,
    ),
    (
        "LulzBot wiper pad at X-19 without a printer",
        GOOD_START + ["G1 X-19 Y258 F1000"] + GOOD_BODY + GOOD_END,
        GENERIC,
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    # Arcs: filament per mm along the arc, not along its chord.
    (
        "a nearly closed arc with a normal amount of filament",
        GOOD_START + ["G1 Z0.2", "G1 X100 Y100", "G3 X100.5 Y100 I0.25 J10 E2"] + GOOD_END,
        ENDER,
        True,
        None,
        None,
    ),
    (
        "an over-extruding arc",
        GOOD_START + ["G1 Z0.2", "G1 X100 Y100", "G3 X120 Y100 I10 J0 E30"] + GOOD_END,
        ENDER,
        True,
        ProblemKind.OVER_EXTRUSION,
        Severity.WARNING,
    ),
    (
        "an R-form arc bulging off the bed",
        GOOD_START + ["G1 Z0.2", "G1 X215 Y100", "G3 X215 Y120 R10 E1"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    # Extrusion after M104 S0: the nozzle cools at a finite rate.
    ("re-prime right after M104 S0", PRINT + ["M104 S0", "G1 E-1 F300", "G1 E6"] + GOOD_END, ENDER, True, None, None),
    (
        "extrusion five minutes after M104 S0",
        PRINT + ["M104 S0", "G4 S300", "G1 X20 Y20 E2"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.COLD_EXTRUSION,
        Severity.ERROR,
    ),
    (
        "a nozzle only ever heated below the melting point",
        ["G90", "M83", "G28", "M109 S150", "G1 Z0.2", "G1 X20 Y20 E2"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.COLD_EXTRUSION,
        Severity.ERROR,
    ),
    (
        "turned down below the minimum but extruding while still hot",
        PRINT + ["M104 S150", "G1 X20 Y20 E0.5"] + GOOD_END,
        ENDER,
        True,
        None,
        None,
    ),
    (
        "another tool's heater turned off",
        ["M104 T1 S0"] + good_program(),
        dataclasses.replace(ENDER, tool_count=2),
        True,
        None,
        None,
    ),
    # Klipper files on a Marlin printer: one refusal naming the command.
    (
        "PRINT_START",
        ["PRINT_START EXTRUDER=215 BED=60"] + good_program(),
        ENDER,
        False,
        ProblemKind.OTHER_FIRMWARE,
        Severity.ERROR,
    ),
    (
        "EXCLUDE_OBJECT_DEFINE",
        good_program()[:9] + ["EXCLUDE_OBJECT_START NAME=part_1"] + good_program()[9:],
        ENDER,
        False,
        ProblemKind.OTHER_FIRMWARE,
        Severity.ERROR,
    ),
    # Settings changed in the printer's memory.
    ("M92 steps", ["M92 E93"] + good_program(), ENDER, False, ProblemKind.SETTINGS_CHANGE, Severity.ERROR),
    ("M206 offsets", ["M206 Z-0.2"] + good_program(), ENDER, False, ProblemKind.SETTINGS_CHANGE, Severity.ERROR),
    ("M211 S0", ["M211 S0"] + good_program(), ENDER, False, ProblemKind.SETTINGS_CHANGE, Severity.ERROR),
    ("M211 S1 is harmless", ["M211 S1"] + good_program(), ENDER, True, None, None),
    ("M121", ["M121"] + good_program(), ENDER, False, ProblemKind.SETTINGS_CHANGE, Severity.ERROR),
    ("M301 PID", ["M301 P22 I1 D114"] + good_program(), ENDER, False, ProblemKind.SETTINGS_CHANGE, Severity.ERROR),
    ("M304 PID", ["M304 P97 I1.4 D1675"] + good_program(), ENDER, False, ProblemKind.SETTINGS_CHANGE, Severity.ERROR),
    ("M301 only reports", ["M301"] + good_program(), ENDER, True, None, None),
    # Tools.
    ("T99", good_program()[:-4] + ["T99"] + GOOD_END, ENDER, False, ProblemKind.UNKNOWN_TOOL, Severity.ERROR),
    ("T1 on a single extruder", ["T1"] + good_program(), ENDER, False, ProblemKind.UNKNOWN_TOOL, Severity.ERROR),
    ("T4 on an MMU with five", good_program()[:-4] + ["T4", "G1 X30 Y30 E1"] + GOOD_END, MMU, True, None, None),
    ("T99 without a printer", ["T99"] + good_program(), GENERIC, False, ProblemKind.UNKNOWN_TOOL, Severity.ERROR),
    # Lines the firmware's buffer cannot hold.
    (
        "a 120-character command",
        good_program()[:-4] + ["M117 " + "A" * 115] + GOOD_END,
        ENDER,
        False,
        ProblemKind.LINE_TOO_LONG,
        Severity.ERROR,
    ),
    (
        "a long comment is not sent",
        good_program()[:-4] + ["G1 X20 Y20 ; " + "c" * 200] + GOOD_END,
        ENDER,
        True,
        None,
        None,
    ),
    # Characters a printer cannot read.
    (
        "superscript digit",
        good_program()[:-4] + ["G1⁰ X5"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.NON_ASCII,
        Severity.ERROR,
    ),
    (
        "Arabic-Indic digits",
        good_program()[:-4] + ["G1 X١٢ Y10"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.NON_ASCII,
        Severity.ERROR,
    ),
    (
        "an accent in a message",
        ["M117 Tisk začíná"] + good_program(),
        ENDER,
        True,
        ProblemKind.NON_ASCII,
        Severity.WARNING,
    ),
    # Refusals that must stay.
    (
        "a start code that never homes",
        [line for line in good_program() if line != "G28"],
        ENDER,
        False,
        ProblemKind.NOT_HOMED,
        Severity.ERROR,
    ),
    (
        "a centred-origin file",
        GOOD_START + ["G1 Z0.2", "G1 X10 Y-100", "G1 X10 Y-90 E1"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    (
        "a large-format printer's 524 mm move",
        GOOD_START + ["G1 Z0.2", "G1 X524 Y100 E20"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.OUT_OF_VOLUME,
        Severity.ERROR,
    ),
    (
        "heating left to a firmware macro",
        ["G90", "M83", "G28", "G1 Z0.2", "G1 X20 Y20 E2"] + GOOD_END,
        ENDER,
        False,
        ProblemKind.NOT_HEATED,
        Severity.ERROR,
    ),
]


@pytest.mark.parametrize(
    ("description", "program", "printer", "is_safe", "kind", "severity"), CASES, ids=[c[0] for c in CASES]
)
def test_each_class_is_read_as_the_firmware_does(
    description: str,
    program: list[str],
    printer: PrinterProfile,
    is_safe: bool,
    kind: ProblemKind | None,
    severity: Severity | None,
) -> None:
    report = check_gcode(program, printer)
    assert report.is_safe is is_safe, (description, report.problems)
    found = kinds(program, printer)
    if kind is None:
        assert found == {}, report.problems
    else:
        assert found.get(kind) is severity, report.problems
    for problem in report.problems:
        assert problem.message.endswith("."), problem.message


def test_the_start_code_never_homes_is_one_refusal() -> None:
    program = [line for line in good_program() if line != "G28"]
    report = check_gcode(program, ENDER)
    assert [p.kind for p in report.errors] == [ProblemKind.NOT_HOMED]
    assert "never homes (G28)" in report.summary()
    late = [line for line in good_program() if line != "G28"][:9] + ["G28"] + good_program()[9:]
    assert "never homes" not in check_gcode(late, ENDER).summary()


def test_a_klipper_file_is_refused_for_klipper_first() -> None:
    program = ["G1 X10 Y10", "PRINT_START BED=60 EXTRUDER=215", "G1 X20 Y20 E1", "PRINT_END"]
    report = check_gcode(program, ENDER)
    assert report.summary().startswith(
        "Unsafe G-code, line 2: This file is for Klipper firmware: it relies on `PRINT_START`"
    )
    assert "and 1 more such command" in report.summary()
    assert sum(p.kind is ProblemKind.BAD_NUMBER for p in report.problems) == 0


def test_a_klipper_printer_takes_its_start_macro_for_homing_and_heating() -> None:
    klipper = dataclasses.replace(ENDER, firmware=FirmwareFlavour.KLIPPER)
    program = ["PRINT_START BED=60 EXTRUDER=215", "G1 Z0.2", "G1 X20 Y20 E1", "EXCLUDE_OBJECT_END NAME=a", "PRINT_END"]
    assert check_gcode(program, klipper).is_safe
    assert not check_gcode(program, ENDER).is_safe


def test_settings_changes_pass_when_the_operator_allows_them() -> None:
    program = ["M92 E93", "M206 Z-0.2", "M301 P22 I1 D114", "M304 P97 I1 D1675", "M121"] + good_program()
    assert not check_gcode(program, ENDER).is_safe
    assert check_gcode(program, ENDER, allow_firmware_changes=True).is_safe


def test_endstops_turned_off_and_allowed_no_longer_clamp() -> None:
    program = ["M211 S0"] + PRINT + ["M104 S0", "G91", "G1 Y+200", "G90"]
    report = check_gcode(program, ENDER, allow_firmware_changes=True)
    assert [p.kind for p in report.errors] == [ProblemKind.OUT_OF_VOLUME]


def test_line_limit_comes_from_the_profile() -> None:
    program = good_program()[:-4] + ["M117 " + "A" * 115] + GOOD_END
    roomy = dataclasses.replace(ENDER, max_line_chars=256)
    assert check_gcode(program, roomy).is_safe
    line = next(p for p in check_gcode(program, ENDER).problems if p.kind is ProblemKind.LINE_TOO_LONG)
    assert line.line_no == 19 and "96-character" in line.message


@pytest.mark.parametrize(
    ("text", "code", "words", "is_bad"),
    [
        ("PRINT_START EXTRUDER=215 BED=60", "PRINT_START", {}, False),
        ("EXCLUDE_OBJECT_DEFINE NAME=a CENTER=1,2 POLYGON=[[1,2],[3,4]]", "EXCLUDE_OBJECT_DEFINE", {}, False),
        ("TIMELAPSE_TAKE_FRAME", "TIMELAPSE_TAKE_FRAME", {}, False),
        ("T0", "T0", {}, False),
        ("M203 80", "M203", {}, True),
        ("G1⁰ X5", "G1", {}, True),
        ("G1 X١٢", "G1", {}, True),
        ("g1 x10", "G1", {"X": 10.0}, False),
    ],
)
def test_the_tokenizer_reads_commands_as_firmware_does(
    text: str, code: str, words: dict[str, float], is_bad: bool
) -> None:
    cmd = parse_command(text, 7)
    assert (cmd.code, cmd.words, cmd.has_bad_number) == (code, words, is_bad)


def test_non_ascii_files_do_not_crash_gcode_info(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "odd.gcode"
    path.write_text("\n".join(good_program()[:-4] + ["G1⁰ X5", "G1 X١٢ Y10"] + GOOD_END) + "\n", encoding="utf-8")
    code = main(["--data-dir", str(data_dir), "gcode", "info", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(p["line"], p["kind"]) for p in data["problems"]] == [(19, "non_ascii"), (20, "non_ascii")]


# --- the estimate ---------------------------------------------------------------------------------------------

BODY = GOOD_START + GOOD_BODY


def test_tool_changes_take_the_profile_time() -> None:
    one = analyze_gcode(BODY + ["T0"] + GOOD_BODY, MMU, PLA)
    two = analyze_gcode(BODY + ["T1"] + GOOD_BODY + ["T0"] + GOOD_BODY, MMU, PLA)
    plain = analyze_gcode(BODY + GOOD_BODY + GOOD_BODY, MMU, PLA)
    assert one.tool_changes == 0 and two.tool_changes == 2
    assert two.print_time_s - plain.print_time_s == pytest.approx(2 * MMU.tool_change_s, abs=1.0)
    assert one.print_time_s == pytest.approx(analyze_gcode(BODY + GOOD_BODY, MMU, PLA).print_time_s)


@pytest.mark.parametrize(
    ("comments", "seconds"),
    [
        (["; filament_load_time = 15,15,15", "; filament_unload_time = 12,12,12"], 27.0),
        (["; machine_load_filament_time = 50", "; machine_unload_filament_time = 50"], 100.0),
        (["; filament_load_time = 0", "; filament_unload_time = 0"], MMU.tool_change_s),
    ],
)
def test_tool_change_time_stated_by_the_slicer(comments: list[str], seconds: float) -> None:
    program = BODY + ["T1"] + GOOD_BODY
    base = analyze_gcode(BODY + GOOD_BODY, MMU, PLA).print_time_s
    assert analyze_gcode(program + comments, MMU, PLA).print_time_s - base == pytest.approx(seconds, abs=1.0)


@pytest.mark.parametrize(
    ("comment", "diameter"),
    [
        ("; filament_diameter = 2.85", 2.85),
        ("; filament_diameter = 2.85,2.85", 2.85),
        (';SETTING_3 {"global_quality": "[general]\\\\nmaterial_diameter = 2.85\\\\n', 2.85),
        (";FILAMENT_DIAMETER: 2.85", 2.85),
        (";   filamentDiameters,2.85|2.85", 2.85),
        (";Filament Diameter #1: 2.850", 2.85),
        ("; filamentDiameter = 2.85", 2.85),
        (";filament_diameter0: 2.85", 2.85),
        ("; nozzle_diameter = 0.4", None),
    ],
)
def test_filament_diameter_stated_by_the_slicer(comment: str, diameter: float | None) -> None:
    assert read_slicer_notes([comment]).filament_diameter_mm == diameter


def test_grams_follow_the_stated_filament() -> None:
    thin = analyze_gcode(good_program(), ENDER, PLA)
    thick = analyze_gcode(good_program() + ["; filament_diameter = 2.85"], ENDER, PLA)
    assert thick.filament_diameter_mm == 2.85
    assert thick.filament_g / thin.filament_g == pytest.approx((2.85 / 1.75) ** 2)
    warnings = check_gcode(good_program() + ["; filament_diameter = 2.85"], ENDER).problems
    assert [p.kind for p in warnings] == [ProblemKind.FILAMENT_MISMATCH]
    assert check_gcode(good_program() + ["; filament_diameter = 2.85"], GENERIC).problems == ()


def test_m200_makes_e_a_volume() -> None:
    area = 3.14159265 * (2.85 / 2) ** 2
    volumetric = analyze_gcode(["M200 D2.85"] + GOOD_START + ["G1 X10 Y10 E" + f"{5 * area:.4f}"], ENDER, PLA)
    assert volumetric.filament_mm == pytest.approx(5.0, rel=1e-3)
    assert volumetric.filament_cm3 == pytest.approx(5 * area / 1000, rel=1e-3)


def test_cura_ultimaker_files_state_their_filament_by_volume() -> None:
    linear = analyze_gcode(good_program(), ENDER, PLA)
    volume_mm3 = linear.filament_mm * 3.14159265 * (2.85 / 2) ** 2
    griffin = [";FLAVOR:Griffin", f";EXTRUDER_TRAIN.0.MATERIAL.VOLUME_USED:{volume_mm3:.3f}"] + good_program()
    analysis = analyze_gcode(griffin, ENDER, PLA)
    assert analysis.filament_diameter_mm == pytest.approx(2.85, abs=0.01)
    assert analysis.filament_cm3 == pytest.approx(volume_mm3 / 1000, rel=1e-3)


def test_ultigcode_counts_e_in_cubic_millimetres() -> None:
    volumetric = analyze_gcode([";FLAVOR:UltiGCode"] + good_program(), ENDER, PLA)
    linear = analyze_gcode(good_program(), ENDER, PLA)
    assert volumetric.filament_cm3 == pytest.approx(linear.filament_mm / 1000)
    # A volumetric line is not over-extruded: 1 mm³ per mm is a normal bead.
    program = [";FLAVOR:UltiGCode"] + GOOD_START + ["G1 Z0.2", "G1 X10 Y10", "G1 X60 Y10 E9"] + GOOD_END
    assert check_gcode(program, ENDER).problems == ()


def test_file_limits_apply_within_the_profile() -> None:
    body = BODY + [f"G1 X{10 + 100 * (i % 2)} Y{10 + i} E1 F12000" for i in range(40)]
    slow = analyze_gcode(["M201 X100 Y100", "M204 P100 T100"] + body, ENDER).print_time_s
    raised = analyze_gcode(["M201 X5000 Y5000", "M204 P5000 T5000"] + body, ENDER).print_time_s
    at_ceiling = analyze_gcode(["M201 X1000 Y1000", "M204 P1000 T1000"] + body, ENDER).print_time_s
    assert slow > at_ceiling
    assert raised == pytest.approx(at_ceiling)  # twice the Ender's 500 mm/s² at most
    unknown = analyze_gcode(["M201 X5000 Y5000", "M204 P5000 T5000"] + body, GENERIC).print_time_s
    assert unknown < at_ceiling


def test_klipper_velocity_limits_are_read() -> None:
    body = BODY + [f"G1 X{10 + 100 * (i % 2)} Y{10 + i} E1 F12000" for i in range(40)]
    slow = analyze_gcode(["SET_VELOCITY_LIMIT ACCEL=200"] + body, GENERIC).print_time_s
    fast = analyze_gcode(["SET_VELOCITY_LIMIT ACCEL=5000"] + body, GENERIC).print_time_s
    assert slow > fast * 1.5


def _vase(turns: int, steps: int = 40, height: float = 0.3) -> list[str]:
    """Two flat bottom layers, then a spiral that climbs one layer height per turn."""
    lines = list(GOOD_START)
    for z in (height, 2 * height):
        lines += [f"G1 Z{z:.2f}", "G1 X50 Y50"]
        lines += [f"G1 X{50 + 20 * (i % 2)} Y{50 + 20 * ((i // 2) % 2)} E0.5" for i in range(8)]
    z = 2 * height
    for _ in range(turns):
        for step in range(steps):
            z += height / steps
            corner = step % 4
            lines.append(f"G1 X{50 + 20 * (corner in (1, 2))} Y{50 + 20 * (corner in (2, 3))} Z{z:.4f} E0.2")
    return lines + GOOD_END


def test_spiral_vase_layers_are_counted_by_layer_height() -> None:
    analysis = analyze_gcode(_vase(turns=30), ENDER, PLA)
    assert analysis.layers == pytest.approx(32, abs=1)
    assert len(preview_layers(_vase(turns=30))) == analysis.layers
    spiral_only = [line for line in _vase(turns=30, height=0.1) if line != "G1 Z0.20"]
    assert analyze_gcode(spiral_only + ["; layer_height = 0.1"], ENDER, PLA).layers == pytest.approx(31, abs=1)


def test_material_cost_uses_the_profiles_default_material() -> None:
    analysis = analyze_gcode(good_program(), ENDER)
    assert analysis.material_cost == pytest.approx(analysis.filament_g / 1000 * PLA.price_per_kg)
    assert analysis.material_cost > 0


def test_new_profile_fields_are_checked() -> None:
    data = ENDER.to_dict()
    assert PrinterProfile.from_dict(data) == ENDER
    for change, field in [
        ({"tool_count": 0}, "tool_count"),
        ({"tool_count": 1.5}, "tool_count"),
        ({"max_line_chars": 0}, "max_line_chars"),
        ({"has_software_endstops": "yes"}, "has_software_endstops"),
        ({"default_material_id": 3}, "default_material_id"),
        ({"tool_change_s": -1}, "tool_change_s"),
    ]:
        with pytest.raises(ProfileError, match=field):
            PrinterProfile.from_dict({**data, **change})
    old = {k: v for k, v in data.items() if k not in ("tool_count", "max_line_chars", "has_software_endstops")}
    profile = PrinterProfile.from_dict(old)
    assert (profile.tool_count, profile.max_line_chars, profile.has_software_endstops) == (1, 96, True)


def test_a_line_number_reset_in_the_file_is_refused_even_when_firmware_changes_are_allowed() -> None:
    program = GOOD_START + ["M110 N0"] + GOOD_BODY + GOOD_END
    for allowed in (False, True):
        report = check_gcode(program, ENDER, allow_firmware_changes=allowed)
        assert not report.is_safe
        assert [p.kind for p in report.problems if p.severity is Severity.ERROR] == [ProblemKind.HOST_PROTOCOL]
        assert "M110" in report.summary()
