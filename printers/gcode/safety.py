"""The safety check run before anything is queued or streamed: a pure function of the lines and the
printer profile. Slicers such as CuraEngine and Slic3r exit 0 with off-bed output, so the G-code
itself is checked, never a slicer's exit code.
"""

from __future__ import annotations

import enum
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from printers.gcode.arcs import arc_from_words
from printers.gcode.moves import homed_axes, move_target
from printers.gcode.parse import GcodeSource, commands_and_line_count
from printers.profiles import PrinterProfile

BED_TOLERANCE_MM = 0.5  # rounding in slicers' coordinates, not a licence to leave the bed
MIN_EXTRUDE_TEMP_C = 170.0  # Marlin's default EXTRUDE_MINTEMP
MAX_FILAMENT_PER_MM = 0.25  # mm of 1.75 filament per mm of travel: ~0.6 mm² bead, far above any sane line
MAX_REPORTS_PER_KIND = 10

FIRMWARE_CHANGES: dict[str, str] = {
    "M500": "saves settings to the printer's EEPROM",
    "M502": "resets the printer's settings to factory defaults",
    "M997": "starts a firmware update",
    "M303": "runs a PID autotune, which heats without supervision and may store new values",
    "M42": "drives a raw controller pin (it can switch a heater or a fan)",
    "M28": "writes a file to the printer's SD card",
    "M29": "writes a file to the printer's SD card",
    "M30": "deletes a file from the printer's SD card",
}


_NEEDS_VALUES = frozenset({"G0", "G1", "G2", "G3", "G92", "M104", "M109", "M140", "M190"})
_VALUE_LETTERS = frozenset("XYZEFSRIJ")
# Commands whose numbers move the machine or heat it; others may carry text ("M862.3 P \"MK3S\"").
_NUMERIC_CODES = _NEEDS_VALUES | frozenset({"G4", "M106", "M201", "M203", "M204", "M205", "M220", "M221", ""})


class Severity(enum.Enum):
    ERROR = "error"  # refuses the job
    WARNING = "warning"  # shown, does not refuse


class ProblemKind(enum.Enum):
    EMPTY = "empty"
    BAD_NUMBER = "bad_number"
    NOT_HOMED = "not_homed"
    OUT_OF_VOLUME = "out_of_volume"
    HOTEND_TOO_HOT = "hotend_too_hot"
    BED_TOO_HOT = "bed_too_hot"
    NO_HEATED_BED = "no_heated_bed"
    NEGATIVE_TEMPERATURE = "negative_temperature"
    NOT_HEATED = "extrusion_before_heating"
    COLD_EXTRUSION = "cold_extrusion"
    FIRMWARE_CHANGE = "firmware_change"
    INCHES = "inches"
    OVER_EXTRUSION = "over_extrusion"


@dataclass(frozen=True)
class SafetyProblem:
    line_no: int  # 1-based line in the file; 0 for the whole file
    kind: ProblemKind
    message: str
    severity: Severity = Severity.ERROR

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line_no, "kind": self.kind.value, "severity": self.severity.value, "message": self.message}

    def __str__(self) -> str:
        where = f"line {self.line_no}: " if self.line_no else ""
        return f"{where}{self.message}"


@dataclass(frozen=True)
class SafetyReport:
    problems: tuple[SafetyProblem, ...]
    suppressed: int = 0  # further problems of a kind already reported MAX_REPORTS_PER_KIND times

    @property
    def is_safe(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> tuple[SafetyProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    def summary(self) -> str:
        if self.is_safe:
            return "Safe to print."
        first = self.errors[0]
        more = len(self.errors) - 1 + self.suppressed
        return f"Unsafe G-code, {first}" + (f" (and {more} more problems)" if more else "")

    def to_json(self) -> list[dict[str, Any]]:
        return [p.to_json() for p in self.problems]


def check_gcode(source: GcodeSource, printer: PrinterProfile, allow_firmware_changes: bool = False) -> SafetyReport:
    """Every problem with its line number. Raises GcodeReadError only when the file is not G-code text."""
    program, _ = commands_and_line_count(source)
    found: list[SafetyProblem] = []
    counts: Counter[ProblemKind] = Counter()
    suppressed = 0

    def report(line_no: int, kind: ProblemKind, message: str, severity: Severity = Severity.ERROR) -> None:
        nonlocal suppressed
        counts[kind] += 1
        if counts[kind] > MAX_REPORTS_PER_KIND:
            suppressed += 1
            return
        found.append(SafetyProblem(line_no, kind, message, severity))

    lo = (printer.min_x_mm - BED_TOLERANCE_MM, printer.min_y_mm - BED_TOLERANCE_MM, -BED_TOLERANCE_MM)
    hi = (printer.bed_x_mm + BED_TOLERANCE_MM, printer.bed_y_mm + BED_TOLERANCE_MM, printer.bed_z_mm + BED_TOLERANCE_MM)
    pos = [0.0, 0.0, 0.0, 0.0]
    homed = [False, False, False]
    is_all_homed = False
    is_abs_xyz = is_abs_e = True
    hotend_target = bed_target = 0.0
    hotend_waited_c: float | None = None
    bed_waited = False
    has_extruded = False
    commands = 0
    filament_area_ratio = (1.75 / printer.filament_diameter_mm) ** 2

    for cmd in program:
        commands += 1
        code = cmd.code
        words = cmd.words
        if (code == "G1" or code == "G0") and is_all_homed and not cmd.has_bad_number and not cmd.flags:
            # The hot path, nearly every line: a straight move with nothing to report needs only the
            # new position (move_target inlined). Anything out of the ordinary falls through to the full checks below.
            px, py, pz, pe = pos
            if is_abs_xyz:
                tx, ty, tz = words.get("X", px), words.get("Y", py), words.get("Z", pz)
            else:
                tx, ty, tz = px + words.get("X", 0.0), py + words.get("Y", 0.0), pz + words.get("Z", 0.0)
            te = words.get("E", pe) if is_abs_e else pe + words.get("E", 0.0)
            de = te - pe
            is_fine = lo[0] <= tx <= hi[0] and lo[1] <= ty <= hi[1] and lo[2] <= tz <= hi[2]
            if is_fine and de > 0:
                is_fine = has_extruded and hotend_target >= MIN_EXTRUDE_TEMP_C
                if is_fine:
                    xy = math.hypot(tx - px, ty - py)
                    is_fine = xy <= 1.0 or de * filament_area_ratio / xy <= MAX_FILAMENT_PER_MM
            if is_fine:
                pos = [tx, ty, tz, te]
                continue
        if (cmd.has_bad_number and code in _NUMERIC_CODES) or (code in _NEEDS_VALUES and cmd.flags & _VALUE_LETTERS):
            report(cmd.line_no, ProblemKind.BAD_NUMBER, f"'{cmd.text}' has a missing or non-numeric value.")
            continue
        if code in FIRMWARE_CHANGES and not allow_firmware_changes:
            report(
                cmd.line_no,
                ProblemKind.FIRMWARE_CHANGE,
                f"{code} {FIRMWARE_CHANGES[code]}; remove it, or allow firmware changes for this job.",
            )
        elif code == "G20":
            report(
                cmd.line_no, ProblemKind.INCHES, "G20 switches to inches, which Heliofab does not check: slice in mm."
            )
        elif code == "G28":
            for axis in homed_axes(cmd):
                homed[axis] = True
                pos[axis] = 0.0
            is_all_homed = all(homed)
        elif code == "G92":
            for axis, letter in enumerate("XYZE"):
                if letter in words:
                    pos[axis] = words[letter]
        elif code == "G90":
            is_abs_xyz = is_abs_e = True
        elif code == "G91":
            is_abs_xyz = is_abs_e = False
        elif code == "M82":
            is_abs_e = True
        elif code == "M83":
            is_abs_e = False
        elif code in ("M104", "M109"):
            value = words.get("S", words.get("R"))
            if value is not None:
                if value < 0:
                    report(cmd.line_no, ProblemKind.NEGATIVE_TEMPERATURE, f"{code} sets a negative temperature.")
                elif value > printer.max_hotend_c:
                    report(
                        cmd.line_no,
                        ProblemKind.HOTEND_TOO_HOT,
                        f"{code} sets the hotend to {value:.0f} °C, above this printer's limit of "
                        f"{printer.max_hotend_c:.0f} °C.",
                    )
                hotend_target = value
                if code == "M109":
                    hotend_waited_c = value
        elif code in ("M140", "M190"):
            value = words.get("S", words.get("R"))
            if value is not None:
                if not printer.has_heated_bed and value > 0:
                    report(
                        cmd.line_no,
                        ProblemKind.NO_HEATED_BED,
                        f"{code} heats a bed, but {printer.name} has no heated bed: slice for this printer.",
                    )
                elif value < 0:
                    report(cmd.line_no, ProblemKind.NEGATIVE_TEMPERATURE, f"{code} sets a negative temperature.")
                elif value > printer.max_bed_c:
                    report(
                        cmd.line_no,
                        ProblemKind.BED_TOO_HOT,
                        f"{code} sets the bed to {value:.0f} °C, above this printer's limit of "
                        f"{printer.max_bed_c:.0f} °C.",
                    )
                bed_target = value
                if code == "M190":
                    bed_waited = True
        elif code in ("G0", "G1", "G2", "G3"):
            target = move_target(pos, words, is_abs_xyz=is_abs_xyz, is_abs_e=is_abs_e)
            moved = [target[a] != pos[a] for a in range(3)]
            if any(moved[a] and not homed[a] for a in range(3)):
                report(cmd.line_no, ProblemKind.NOT_HOMED, f"'{cmd.text}' moves before the axes are homed (G28).")
            points = [target]
            if code in ("G2", "G3"):
                points += _arc_extremes(pos, target, words, clockwise=code == "G2")
            for point in points:
                outside = [
                    "XYZ"[a] for a in range(3) if (moved[a] or code in ("G2", "G3")) and not lo[a] <= point[a] <= hi[a]
                ]
                if outside:
                    report(
                        cmd.line_no,
                        ProblemKind.OUT_OF_VOLUME,
                        f"'{cmd.text}' goes outside the {printer.bed_x_mm:.0f}×{printer.bed_y_mm:.0f}×"
                        f"{printer.bed_z_mm:.0f} mm build volume ({', '.join(outside)}).",
                    )
                    break
            de = target[3] - pos[3]
            if de > 0:
                if not has_extruded:
                    has_extruded = True
                    if hotend_waited_c is None:
                        report(
                            cmd.line_no,
                            ProblemKind.NOT_HEATED,
                            "The first extrusion comes before waiting for the hotend (M109): "
                            "add M109 to the start G-code.",
                        )
                    if printer.has_heated_bed and bed_target > 0 and not bed_waited:
                        report(
                            cmd.line_no,
                            ProblemKind.NOT_HEATED,
                            "The first extrusion comes before waiting for the bed (M190): "
                            "add M190 to the start G-code.",
                        )
                if hotend_waited_c is not None and hotend_target < MIN_EXTRUDE_TEMP_C:
                    report(
                        cmd.line_no,
                        ProblemKind.COLD_EXTRUSION,
                        f"'{cmd.text}' extrudes with the hotend set to {hotend_target:.0f} °C (below "
                        f"{MIN_EXTRUDE_TEMP_C:.0f} °C).",
                    )
                xy = math.hypot(target[0] - pos[0], target[1] - pos[1])
                if xy > 1.0 and de * filament_area_ratio / xy > MAX_FILAMENT_PER_MM:
                    report(
                        cmd.line_no,
                        ProblemKind.OVER_EXTRUSION,
                        f"'{cmd.text}' pushes {de / xy:.2f} mm of filament per mm: check the filament diameter.",
                        Severity.WARNING,
                    )
            pos = target
    if commands == 0:
        report(0, ProblemKind.EMPTY, "The file holds no G-code commands: slice the part again.")
    return SafetyReport(tuple(found), suppressed)


def _arc_extremes(
    start: list[float], end: list[float], words: dict[str, float], *, clockwise: bool
) -> list[list[float]]:
    """Points where the arc reaches its extreme X or Y, so an arc bulging off the bed is caught."""
    arc = arc_from_words(start, end, words, clockwise=clockwise)
    cx, cy, radius, a0, sweep = arc.cx, arc.cy, arc.radius, arc.start_angle, arc.sweep
    points = []
    for quadrant in range(4):
        angle = quadrant * math.pi / 2
        rel = (angle - a0) % (2 * math.pi) if sweep > 0 else (a0 - angle) % (2 * math.pi)
        if rel <= abs(sweep):
            points.append([cx + radius * math.cos(angle), cy + radius * math.sin(angle), end[2], end[3]])
    return points
