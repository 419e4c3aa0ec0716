"""Real files from ten slicers (the shared corpus, never copied into the repository): each one's verdict
with the bundled profile that fits it best and with none, as read from the file itself.

Skipped when the corpus is not beside the checkout (set HELIOFAB_CORPUS to point at it elsewhere).
"""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path

import pytest

from printers.gcode import ParsedGcode, ProblemKind, analyze_gcode, check_gcode, parse_gcode, read_gcode_lines
from printers.profiles import find_printer, generic_printer


def _corpus() -> Path:
    named = os.environ.get("HELIOFAB_CORPUS")
    if named:
        return Path(named)
    return Path(__file__).resolve().parents[3] / "shared" / "corpus"


CORPUS = _corpus()
pytestmark = pytest.mark.skipif(not (CORPUS / "manifest.tsv").is_file(), reason=f"no G-code corpus at {CORPUS}")

SAFE = None
# file, best-fitting bundled profile,
#   (kind of the main refusal with that profile, or SAFE), (the same with no profile),
#   a warning expected with the profile (or None), words the main refusal must use (or "")
CASES = [
    # PrusaSlicer 2.6 for the MINI: its purge line runs at Y-2, inside the MINI's reach and the generic one.
    ("bgc_mini_cube_b_ref.gcode", "prusa-mini", SAFE, SAFE, None, ""),
    # Cura 15: the part reaches X 243, which the MK3's 250 mm bed holds; the end move is relative (-20 mm).
    ("dlp_cura1504_drzak.gcode", "prusa-mk3", SAFE, SAFE, None, ""),
    # Cura 3.5: ends with G91 "G1 Z+10 Y+200" to present the bed; the software endstops stop it at the edge.
    ("dlp_cura350_usbcap.gcode", "creality-ender3", SAFE, SAFE, ProblemKind.CLAMPED_MOVE, ""),
    # Cura 3.6 for an Ender-3: "M203 80" names no axis, so Marlin ignores it.
    ("dlp_cura360_CE3_base.gcode", "creality-ender3", SAFE, SAFE, ProblemKind.IGNORED_COMMAND, ""),
    # Cura LulzBot for the TAZ 6: wipes the nozzle on pads at X-19 and presents the bed at Y 280, off any
    # bundled printer (the TAZ 6 bed is 280 mm deep) and far past the few millimetres of a purge line.
    ("dlp_curalulzbot369_taz6cube.gcode", "prusa-mk3", ProblemKind.OUT_OF_VOLUME, ProblemKind.OUT_OF_VOLUME, None, ""),
    # ideaMaker: an ordinary single-extruder file.
    ("dlp_ideamaker340_box.gcode", "creality-ender3", SAFE, SAFE, None, ""),
    # Simplify3D for a two-extruder printer (back and front extruders, T1): no bundled printer has two.
    ("dlp_s3d302_ukazovatko.gcode", "creality-ender3", ProblemKind.UNKNOWN_TOOL, SAFE, None, "tool 1"),
    # Simplify3D whose start code lowers the bed and heats but never homes: the first move is blind.
    ("dlp_s3d400_BC_Wheel.gcode", "creality-ender3", ProblemKind.NOT_HOMED, ProblemKind.NOT_HOMED, None, "never homes"),
    # Slic3r PE for the MK3: purge line at Y-3, inside the MK3's reach.
    ("dlp_slic3rpe1387_rook.gcode", "prusa-mk3", SAFE, SAFE, None, ""),
    # PrusaSlicer for the MK3S with MMU2S (T0 then T2): fine on the five-filament printer.
    ("gm_ps250_full_m73_mk3smmu2s.gcode", "prusa-mk3-mmu", SAFE, SAFE, None, ""),
    # Slic3r + ArcWelder: G2/G3 arcs whose filament per mm is sane along the arc.
    ("gp_benchy_arcs.gcode", "creality-ender3", SAFE, SAFE, None, ""),
    # PrusaSlicer 2.6 for the MINI.
    ("gp_benchy_ps261.gcode", "prusa-mini", SAFE, SAFE, None, ""),
    # PrusaSlicer spiral vase for an Ender-3 V2.
    ("gp_vase.gcode", "creality-ender3", SAFE, SAFE, None, ""),
    # Cura for the Ultimaker 3 (Griffin flavour): that firmware homes by itself, the file never does.
    (
        "jg_cura4110_um3e_griffin.gcode",
        "creality-ender3",
        ProblemKind.NOT_HOMED,
        ProblemKind.NOT_HOMED,
        None,
        "never homes",
    ),
    # MatterSlice for 2.85 mm filament with a 115 °C bed: fits the MK3's bed heater, but the MK3 takes
    # 1.75 mm filament, so every line would get 2.65 times too little plastic: refused for the named
    # printer; with none named there is no filament to compare with.
    (
        "mc_matterslice_pyramid.gcode",
        "prusa-mk3",
        ProblemKind.FILAMENT_MISMATCH,
        SAFE,
        None,
        "2.85 mm filament",
    ),
    # PrusaSlicer 2.3 for a 215 mm printer.
    ("pygcd_3DBenchy.gcode", "creality-ender3", SAFE, SAFE, None, ""),
    # PrusaSlicer 2.6 for the MINI, spiral vase.
    ("pygcd_prusa_mini_2.gcode", "prusa-mini", SAFE, SAFE, None, ""),
    # Cura 5 for an Ender-3 Pro.
    ("rh_cura522_bracelet_ender3pro.gcode", "creality-ender3", SAFE, SAFE, None, ""),
    # FlashPrint for an Adventurer 5M: origin in the middle of the bed, prints at Y-110.
    (
        "sm_flashprint244.gcode",
        "creality-ender3",
        ProblemKind.OUT_OF_VOLUME,
        ProblemKind.OUT_OF_VOLUME,
        None,
        "middle of the bed",
    ),
    # Orca for a Klipper printer (EXCLUDE_OBJECT_*, SET_VELOCITY_LIMIT); homing left to its firmware.
    (
        "sm_orcaff142_ad5x_silk.gcode",
        "creality-ender3",
        ProblemKind.OTHER_FIRMWARE,
        ProblemKind.OTHER_FIRMWARE,
        None,
        "Klipper",
    ),
    # Slic3r 1.3 for 2.85 mm filament and a 0.25 mm nozzle: the Ender-3 takes 1.75 mm, so it would lay
    # 2.65 times too little plastic; refused for the named printer, safe with none named.
    (
        "spp_slic3r130dev_nice_out.gcode",
        "creality-ender3",
        ProblemKind.FILAMENT_MISMATCH,
        SAFE,
        None,
        "slice it again for 1.75 mm",
    ),
]


@cache
def _program(name: str) -> ParsedGcode:
    return parse_gcode(read_gcode_lines(CORPUS / "gcode" / name))


@cache
def _slicer_estimates() -> dict[str, float]:
    with (CORPUS / "manifest.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {row["file"]: float(row["slicer_estimate_s"]) for row in rows if row["slicer_estimate_s"]}


def test_every_corpus_file_has_a_row() -> None:
    assert {path.name for path in (CORPUS / "gcode").glob("*.gcode")} == {case[0] for case in CASES}


@pytest.mark.parametrize(
    ("name", "profile_id", "with_profile", "without_profile", "warning", "words"), CASES, ids=[c[0] for c in CASES]
)
def test_corpus_verdicts(
    name: str,
    profile_id: str,
    with_profile: ProblemKind | None,
    without_profile: ProblemKind | None,
    warning: ProblemKind | None,
    words: str,
) -> None:
    for printer, expected in ((find_printer(profile_id), with_profile), (generic_printer(), without_profile)):
        report = check_gcode(_program(name), printer)
        main = report.main_error
        assert (main.kind if main else None) is expected, (printer.id, report.summary())
        if main is not None and words:
            assert words in main.message
    if warning is not None:
        assert warning in {p.kind for p in check_gcode(_program(name), find_printer(profile_id)).problems}


@pytest.mark.parametrize(("name", "profile_id"), [(c[0], c[1]) for c in CASES], ids=[c[0] for c in CASES])
def test_corpus_estimates_are_near_the_slicers(name: str, profile_id: str) -> None:
    """Not a fit to any file: a gross error (tool changes taking no time, a vase counted in Z steps) shows."""
    analysis = analyze_gcode(_program(name), find_printer(profile_id))
    assert analysis.material_cost > 0
    assert analysis.layers < 1500
    stated = _slicer_estimates().get(name)
    if stated is not None:
        assert 0.6 < analysis.print_time_s / stated < 1.9
