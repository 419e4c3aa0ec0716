"""The safety check run before anything is queued or streamed: a pure function of the lines and the
printer profile. Slicers such as CuraEngine and Slic3r exit 0 with off-bed output, so the G-code
itself is checked, never a slicer's exit code.

Files come from every slicer, so each rule follows what the firmware will really do with a line:
Marlin ignores `M203 80` (no axis), its software endstops stop a relative "present the bed" move at
the edge, a nozzle turned off a second ago is still hot. A refusal names the real reason once, in the
operator's words, rather than one line per symptom.
"""

from __future__ import annotations

import enum
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from printers.gcode.arcs import arc_from_words
from printers.gcode.modal import Modal, homed_axes
from printers.gcode.nozzle import Nozzle
from printers.gcode.parse import GcodeCommand, GcodeSource, is_extended_code, is_non_ascii, program_parts
from printers.profiles import GENERIC_PRINTER_ID, FirmwareFlavour, PrinterProfile

BED_TOLERANCE_MM = 0.5  # rounding in slicers' coordinates, not a licence to leave the bed
MIN_EXTRUDE_TEMP_C = 170.0  # Marlin's default EXTRUDE_MINTEMP
MAX_FILAMENT_PER_MM = 0.25  # mm of 1.75 filament per mm of travel: ~0.6 mm² bead, far above any sane line
MAX_FILAMENT_MM3_PER_MM = MAX_FILAMENT_PER_MM * math.pi * (1.75 / 2) ** 2
MAX_REPORTS_PER_REASON = 10  # lines kept for each reason; the others are only counted
# A file printing this far below zero was laid out around the bed's centre (deltas, Flashforge, some
# CNC-derived firmwares), not a purge line a few millimetres in front of the bed.
CENTRED_ORIGIN_MARGIN_MM = 10.0
CENTRED_ORIGIN_WORDS = "the file puts the origin (0,0) in the middle of the bed"
# 1.75 against 2.85 mm is 2.65 times the plastic (or 38 %): a file beyond this share of the printer's
# filament diameter would blob or starve every line, while a few hundredths is only a calibration matter.
FILAMENT_MISMATCH_SHARE = 0.10
DEFAULT_FEED_MM_MIN = 3000.0  # until the file sets F; fast, so cooling is never over-estimated
BED_COOLING_S = 900.0  # a bed's Newton time constant, for how long `M190 R` waits while it cools
_E_EPSILON = 1e-6  # rounding left by a retraction and its matching unretraction
_CHECKSUM_CHARS = 4  # "*" and up to three digits
_DISPLAY_CODES = frozenset({"M117", "M118"})  # messages: an accent shows as "?", nothing else happens

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
# Settings changed in the printer's memory: they last until the next reset, so they also spoil the
# prints after this one, and an M500 anywhere later would make them permanent.
SETTINGS_CHANGES: dict[str, str] = {
    "M92": "changes the motors' steps per mm",
    "M206": "shifts the printer's home position",
    "M211": "turns the software endstops off, so moves can drive the carriage into the frame",
    "M121": "turns the endstops off, so homing can drive the carriage into the frame",
    "M301": "changes the hotend's PID heating values",
    "M304": "changes the bed's PID heating values",
}

_NEEDS_VALUES = frozenset({"G0", "G1", "G2", "G3", "G92", "M104", "M109", "M140", "M190"})
_VALUE_LETTERS = frozenset("XYZEFSRIJ")
# Commands whose numbers move the machine or heat it; others may carry text ("M862.3 P \"MK3S\"").
_NUMERIC_CODES = _NEEDS_VALUES | frozenset({"G4", "M106", "M201", "M203", "M204", "M205", "M220", "M221", ""})
# Marlin does nothing for these without an axis or S letter (`M203 80` sets nothing).
_IGNORED_WITHOUT_WORDS = frozenset({"M201", "M203", "M204", "M205", "M220", "M221"})
_MOVES = frozenset({"G0", "G1", "G2", "G3"})
# What moves the origin, homes or switches a mode: handed to the shared interpreter.
_MODE_CODES = frozenset({"G20", "G21", "G28", "G90", "G91", "G92", "M82", "M83"})


class Severity(enum.Enum):
    ERROR = "error"  # refuses the job
    WARNING = "warning"  # shown, does not refuse


class ProblemKind(enum.Enum):
    EMPTY = "empty"
    BAD_NUMBER = "bad_number"
    NON_ASCII = "non_ascii"
    LINE_TOO_LONG = "line_too_long"
    OTHER_FIRMWARE = "other_firmware"
    NOT_HOMED = "not_homed"
    OUT_OF_VOLUME = "out_of_volume"
    CLAMPED_MOVE = "clamped_move"
    HOTEND_TOO_HOT = "hotend_too_hot"
    BED_TOO_HOT = "bed_too_hot"
    NO_HEATED_BED = "no_heated_bed"
    NEGATIVE_TEMPERATURE = "negative_temperature"
    NOT_HEATED = "extrusion_before_heating"
    COLD_EXTRUSION = "cold_extrusion"
    FIRMWARE_CHANGE = "firmware_change"
    SETTINGS_CHANGE = "settings_change"
    UNKNOWN_TOOL = "unknown_tool"
    INCHES = "inches"
    OVER_EXTRUSION = "over_extrusion"
    IGNORED_COMMAND = "ignored_command"
    FILAMENT_MISMATCH = "filament_mismatch"
    HOST_PROTOCOL = "host_protocol"


# The refusal a summary names first: what explains the others (a Klipper file "never homes" because
# its PRINT_START macro does), then the file's own order.
_ROOT_CAUSES = (ProblemKind.OTHER_FIRMWARE, ProblemKind.NON_ASCII)


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


# Quoted commands, figures and axis letters: what changes from one line to the next of the same reason.
_LINE_DETAILS = re.compile(r"'[^']*'|`[^`]*`|[-+]?\d[\d.,]*|\b[XYZE]\b")


def reason_of(problem: SafetyProblem) -> tuple[ProblemKind, Severity, str]:
    """What the lines of one reason share: the message without the command it quotes and its figures
    ("'G1 X-110 Y4 E2' prints at Y -110 mm" and "'G1 X-98 ...' prints at X -98 mm" are one reason)."""
    return problem.kind, problem.severity, _LINE_DETAILS.sub("#", problem.message)


@dataclass(frozen=True)
class ProblemGroup:
    """Lines refused or warned about for the same reason: the first one's message speaks for all."""

    first: SafetyProblem
    line_nos: tuple[int, ...]  # the lines kept, at most MAX_REPORTS_PER_REASON
    total: int  # every line with this reason, kept or only counted

    @property
    def more(self) -> int:
        return self.total - len(self.line_nos)


@dataclass(frozen=True)
class SafetyReport:
    problems: tuple[SafetyProblem, ...]
    suppressed: int = 0  # further lines of a reason already reported MAX_REPORTS_PER_REASON times
    # How many lines each reason (see reason_of) has in all, kept or suppressed
    totals: tuple[tuple[tuple[ProblemKind, Severity, str], int], ...] = ()

    @property
    def is_safe(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def errors(self) -> tuple[SafetyProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[SafetyProblem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    def groups(self, severity: Severity) -> tuple[ProblemGroup, ...]:
        """The problems of one severity by reason, in the order their first line comes in the file."""
        totals = dict(self.totals)
        lines: dict[tuple[ProblemKind, Severity, str], list[SafetyProblem]] = {}
        for problem in self.problems:
            if problem.severity is severity:
                lines.setdefault(reason_of(problem), []).append(problem)
        groups = [
            ProblemGroup(kept[0], tuple(p.line_no for p in kept), max(totals.get(reason, 0), len(kept)))
            for reason, kept in lines.items()
        ]
        # The root cause leads: the other refusals often follow from it.
        main = self.main_error
        groups.sort(key=lambda g: main is None or reason_of(g.first) != reason_of(main))
        return tuple(groups)

    def _error_count(self) -> int:
        return sum(group.total for group in self.groups(Severity.ERROR))

    @property
    def main_error(self) -> SafetyProblem | None:
        """The refusal to show first: a root cause if there is one, else the earliest."""
        errors = self.errors
        for kind in _ROOT_CAUSES:
            for problem in errors:
                if problem.kind is kind:
                    return problem
        return errors[0] if errors else None

    def summary(self) -> str:
        first = self.main_error
        if first is None:
            return "Safe to print."
        more = self._error_count() - 1
        return f"Unsafe G-code, {first}" + (f" (and {more:,} more problems)" if more else "")

    def to_json(self) -> list[dict[str, Any]]:
        return [p.to_json() for p in self.problems]


@dataclass(frozen=True)
class _PendingOutside:
    """A relative move past the edge: clamped by the software endstops if nothing is printed after it."""

    line_no: int
    message: str  # the refusal, should something be printed after it
    clamped_message: str  # the warning, if nothing is
    extrusions_before: int


def check_gcode(source: GcodeSource, printer: PrinterProfile, allow_firmware_changes: bool = False) -> SafetyReport:
    """Every problem with its line number. Raises GcodeReadError only when the file is not G-code text."""
    program, line_count, notes = program_parts(source)
    found: list[SafetyProblem] = []
    counts: Counter[tuple[ProblemKind, Severity, str]] = Counter()
    suppressed = 0

    def report(line_no: int, kind: ProblemKind, message: str, severity: Severity = Severity.ERROR) -> None:
        nonlocal suppressed
        problem = SafetyProblem(line_no, kind, message, severity)
        reason = reason_of(problem)
        counts[reason] += 1
        if counts[reason] > MAX_REPORTS_PER_REASON:
            suppressed += 1
            return
        found.append(problem)

    lo = (printer.min_x_mm - BED_TOLERANCE_MM, printer.min_y_mm - BED_TOLERANCE_MM, -BED_TOLERANCE_MM)
    hi = (printer.bed_x_mm + BED_TOLERANCE_MM, printer.bed_y_mm + BED_TOLERANCE_MM, printer.bed_z_mm + BED_TOLERANCE_MM)
    is_klipper = printer.firmware is FirmwareFlavour.KLIPPER
    # Modes and positions follow the shared interpreter; the hot path below mirrors its modes in locals.
    modal = Modal()
    pos = modal.pos
    is_mm = True
    homed = [False, False, False]
    is_all_homed = False
    has_homing = False
    unhomed_problem: int | None = None  # index in `found` of the one "moves before homing" refusal
    is_abs_xyz = is_abs_e = True
    bed_target = 0.0
    bed_waited = False
    has_extruded = False
    # Purge and prime lines are drawn thick on purpose before the print starts: straight lines until the
    # nozzle first travels, retracts or rises after extruding. Arcs are never part of them.
    is_priming = True
    is_centred = False  # the file has printed far below zero: it is laid out around the bed's centre
    # Filament pulled back by retractions (or unloaded at a tool change) and not yet pushed again: the
    # E that refills it lays no plastic, so loading and cooling moves are not over-extrusion.
    retracted_e = 0.0
    extrusions = 0
    commands = 0
    pending_outside: list[_PendingOutside] = []
    has_endstops = printer.has_software_endstops
    other_firmware: list[GcodeCommand] = []

    power = printer.power
    active_tool = 0
    nozzles = {0: Nozzle(power.ambient_c, power.hotend_heat_rate_c_s, power.hotend_cooling_s)}
    clock_s = 0.0  # rough time since the start: only to tell how far a nozzle has heated or cooled
    feed_mm_min = DEFAULT_FEED_MM_MIN
    settles_at = 0.0  # until then the nozzle's temperature is changing: every move takes the full checks
    is_nozzle_ready = False  # hot enough to extrude, and staying so

    def nozzle_changed() -> None:
        nonlocal settles_at, is_nozzle_ready
        settles_at = max(n.settles_at(MIN_EXTRUDE_TEMP_C) for n in nozzles.values())
        is_nozzle_ready = clock_s >= settles_at and nozzles[active_tool].temp_at(clock_s) >= MIN_EXTRUDE_TEMP_C

    diameter = notes.filament_diameter_mm or printer.filament_diameter_mm
    # With no printer named there is no filament to compare with: the stated diameter only weighs the
    # filament. A named printer pushes its own filament at the rate the file asks for the other one.
    if (
        notes.filament_diameter_mm is not None
        and printer.id != GENERIC_PRINTER_ID
        and abs(notes.filament_diameter_mm - printer.filament_diameter_mm)
        > FILAMENT_MISMATCH_SHARE * printer.filament_diameter_mm
    ):
        # E counts millimetres of filament: the printer's own filament gives this share of the plastic meant.
        ratio = (printer.filament_diameter_mm / notes.filament_diameter_mm) ** 2
        effect = f"{ratio:.2f} times too much" if ratio > 1 else f"{1 / ratio:.2f} times too little"
        report(
            0,
            ProblemKind.FILAMENT_MISMATCH,
            f"The file was sliced for {notes.filament_diameter_mm:g} mm filament, but {printer.name} takes "
            f"{printer.filament_diameter_mm:g} mm, so every line would get {effect} plastic: slice it again for "
            f"{printer.filament_diameter_mm:g} mm filament.",
        )
    # mm³ of plastic per E unit: the filament's cross-section, or 1 where E counts volume (M200 D, UltiGCode)
    e_mm3 = 1.0 if notes.is_volumetric_e else math.pi * (diameter / 2) ** 2
    # What the printer receives is "N<n> <command>*<checksum>": room left for the command itself.
    max_text = printer.max_line_chars - 1 - (len(f"N{max(line_count, 1)} ") + _CHECKSUM_CHARS)

    for cmd in program:
        commands += 1
        code = cmd.code
        words = cmd.words
        if (
            (code == "G1" or code == "G0")
            and is_all_homed
            and is_mm
            and not cmd.has_bad_number
            and not cmd.flags
            and len(cmd.text) <= max_text
            and clock_s >= settles_at
            and not is_priming
        ):
            # The hot path, nearly every line: a straight move with nothing to report needs only the
            # new position (Modal.target inlined). Anything out of the ordinary falls through to the full checks below.
            px, py, pz, pe = pos
            if is_abs_xyz:
                tx, ty, tz = words.get("X", px), words.get("Y", py), words.get("Z", pz)
            else:
                tx, ty, tz = px + words.get("X", 0.0), py + words.get("Y", 0.0), pz + words.get("Z", 0.0)
            te = words.get("E", pe) if is_abs_e else pe + words.get("E", 0.0)
            de = te - pe
            is_fine = lo[0] <= tx <= hi[0] and lo[1] <= ty <= hi[1] and lo[2] <= tz <= hi[2]
            if is_fine and de > 0:
                is_fine = has_extruded and is_nozzle_ready and not retracted_e
                if is_fine:
                    xy = math.hypot(tx - px, ty - py)
                    is_fine = xy <= 1.0 or de * e_mm3 / xy <= MAX_FILAMENT_MM3_PER_MM
                    extrusions += 1
            if is_fine:
                if de < 0:
                    retracted_e -= de
                feed_mm_min = words.get("F", feed_mm_min)
                pos = [tx, ty, tz, te]
                continue
        if is_non_ascii(cmd):
            bad = "".join(sorted({ch for ch in cmd.text if not ch.isascii()}))
            if code in _DISPLAY_CODES:
                report(
                    cmd.line_no,
                    ProblemKind.NON_ASCII,
                    f"The message '{cmd.text}' holds {bad}, which the printer's display shows as '?'.",
                    Severity.WARNING,
                )
            else:
                report(
                    cmd.line_no,
                    ProblemKind.NON_ASCII,
                    f"'{cmd.text}' holds {bad}, which is not plain ASCII: the printer cannot read it as a "
                    "number or a command; retype the line or slice again.",
                )
            continue
        if len(cmd.text) > max_text:
            report(
                cmd.line_no,
                ProblemKind.LINE_TOO_LONG,
                f"This command is {len(cmd.text)} characters long; with its line number and checksum it does not "
                f"fit the printer's {printer.max_line_chars}-character line buffer, which would cut it short: "
                "shorten it or slice again.",
            )
        if is_extended_code(code):
            if not is_klipper:
                other_firmware.append(cmd)
            elif "START" in code and "PRINT" in code:
                # Klipper's PRINT_START / START_PRINT macro is the printer's own start code: it homes and heats.
                homed = [True, True, True]
                is_all_homed = has_homing = True
                bed_waited = True
                for nozzle in nozzles.values():
                    nozzle.has_waited = True
                    nozzle.start_c = nozzle.target_c = max(nozzle.target_c, MIN_EXTRUDE_TEMP_C)
                nozzle_changed()
            continue
        if (cmd.has_bad_number and code in _NUMERIC_CODES) or (code in _NEEDS_VALUES and cmd.flags & _VALUE_LETTERS):
            if code in _IGNORED_WITHOUT_WORDS and not words and not cmd.flags:
                report(
                    cmd.line_no,
                    ProblemKind.IGNORED_COMMAND,
                    f"'{cmd.text}' names no axis or value letter: the printer ignores it.",
                    Severity.WARNING,
                )
                continue
            report(cmd.line_no, ProblemKind.BAD_NUMBER, f"'{cmd.text}' has a missing or non-numeric value.")
            continue
        if code == "M110":
            # The host numbers and checksums every line it sends, starting from its own M110: a second
            # M110 from the file resets the firmware's count under it, and every later line is refused.
            report(
                cmd.line_no,
                ProblemKind.HOST_PROTOCOL,
                "M110 resets the line numbers Heliofab uses to check each line it sends, so the printer "
                "would refuse every line after it: remove it from the file.",
            )
            continue
        if code in FIRMWARE_CHANGES or (code in SETTINGS_CHANGES and _changes_settings(cmd)):
            if code == "M211" and words.get("S") == 0:
                has_endstops = False
            if not allow_firmware_changes:
                is_setting = code in SETTINGS_CHANGES
                report(
                    cmd.line_no,
                    ProblemKind.SETTINGS_CHANGE if is_setting else ProblemKind.FIRMWARE_CHANGE,
                    f"{code} {SETTINGS_CHANGES[code] if is_setting else FIRMWARE_CHANGES[code]}; "
                    "remove it, or allow firmware changes for this job.",
                )
        elif code == "M211" and words.get("S") == 1:
            has_endstops = True
        elif code[:1] == "T" and code[1:].isdigit():
            tool = int(code[1:])
            if tool >= printer.tool_count:
                report(
                    cmd.line_no,
                    ProblemKind.UNKNOWN_TOOL,
                    f"'{cmd.text}' selects tool {tool}, but {_has_tools(printer)}: {_slice_for(printer)}.",
                )
            elif tool != active_tool:
                # A tool never heated on its own is the same nozzle with another filament (MMU).
                nozzles.setdefault(tool, nozzles[active_tool])
                active_tool = tool
                nozzle_changed()
        elif code in _MODE_CODES:
            if code == "G20":
                report(
                    cmd.line_no, ProblemKind.INCHES,
                    "G20 switches to inches, which Heliofab does not check: slice in mm."
                )
            elif code == "G28":
                has_homing = True
                for axis in homed_axes(cmd):
                    homed[axis] = True
                is_all_homed = all(homed)
            modal.pos = pos
            modal.apply(cmd)
            pos, is_abs_xyz, is_abs_e, is_mm = modal.pos, modal.is_abs_xyz, modal.is_abs_e, modal.is_mm
        elif code == "M200":
            # Marlin: M200 D<d> makes E a volume in mm³ (D0 or S0 back to length) for filament of d mm.
            if words.get("D", 1.0) == 0 or words.get("S") == 0:
                e_mm3 = math.pi * (diameter / 2) ** 2
            elif words.get("D", 0.0) > 0 or words.get("S") == 1:
                diameter = words.get("D", diameter)
                e_mm3 = 1.0
        elif code == "G4":
            clock_s += max(words.get("S", 0.0), 0.0) + max(words.get("P", 0.0), 0.0) / 1000.0
        elif code in ("M104", "M109"):
            value = words.get("S", words.get("R"))
            tool = int(words["T"]) if "T" in words and words["T"] >= 0 else active_tool
            if value is None or tool >= printer.tool_count:
                continue  # the firmware ignores a heater it does not have
            problem = _temperature_problem(code, value, "hotend", printer.max_hotend_c, ProblemKind.HOTEND_TOO_HOT)
            if problem is not None:
                report(cmd.line_no, *problem)
            nozzle = nozzles.setdefault(
                tool, Nozzle(power.ambient_c, power.hotend_heat_rate_c_s, power.hotend_cooling_s)
            )
            nozzle.set_target(clock_s, value)
            if code == "M109":
                clock_s = nozzle.wait(clock_s, is_cooling_awaited="R" in words)
            nozzle_changed()
        elif code in ("M140", "M190"):
            value = words.get("S", words.get("R"))
            if value is not None:
                if not printer.has_heated_bed and value > 0:
                    report(
                        cmd.line_no,
                        ProblemKind.NO_HEATED_BED,
                        f"{code} heats a bed, but {printer.name} has no heated bed: slice for this printer.",
                    )
                else:
                    problem = _temperature_problem(code, value, "bed", printer.max_bed_c, ProblemKind.BED_TOO_HOT)
                    if problem is not None:
                        report(cmd.line_no, *problem)
                if code == "M190":
                    bed_waited = True
                    clock_s += _bed_wait_s(bed_target, value, power.bed_heat_rate_c_s, power.ambient_c)
                bed_target = value
        elif code in _MOVES:
            modal.pos = pos
            target = modal.target(words)
            if not is_mm:
                words = modal.arc_words(words)
                feed_mm_min = words["F"] * modal.unit_mm if "F" in words else feed_mm_min
            else:
                feed_mm_min = words.get("F", feed_mm_min)
            moved = [target[a] != pos[a] for a in range(3)]
            if unhomed_problem is None and any(moved[a] and not homed[a] for a in range(3)):
                unhomed_problem = len(found)
                report(cmd.line_no, ProblemKind.NOT_HOMED, f"'{cmd.text}' moves before the axes are homed (G28).")
                # One refusal says it: the moves after it are not homed for the same reason.
            is_arc = code in ("G2", "G3")
            arc = arc_from_words(pos, target, words, clockwise=code == "G2") if is_arc else None
            points = [target] + (_arc_extremes(pos, target, words, clockwise=code == "G2") if is_arc else [])
            de = target[3] - pos[3]
            for point in points:
                outside = [a for a in range(3) if (moved[a] or is_arc) and not lo[a] <= point[a] <= hi[a]]
                if not outside:
                    continue
                # Once the file prints around the bed's centre, its travels there are the same mistake.
                message = _outside_message(
                    cmd, point, outside, printer, lo, is_extruding=de > 0, is_centred_file=is_centred
                )
                is_centred = is_centred or CENTRED_ORIGIN_WORDS in message
                if not is_abs_xyz and has_endstops:
                    edge = hi[outside[0]] if point[outside[0]] > hi[outside[0]] else lo[outside[0]]
                    clamped = (
                        f"'{cmd.text}' would go to {'XYZ'[outside[0]]} {point[outside[0]]:.1f} mm, past the edge at "
                        f"{edge:.1f} mm; nothing is printed after it and the software endstops stop it at the edge."
                    )
                    pending_outside.append(_PendingOutside(cmd.line_no, message, clamped, extrusions))
                    # The firmware stops the carriage at the edge: later relative moves start from there.
                    target = [min(max(target[a], lo[a]), hi[a]) for a in range(3)] + [target[3]]
                else:
                    report(cmd.line_no, ProblemKind.OUT_OF_VOLUME, message)
                break
            length = arc.length_xy if arc is not None else math.hypot(target[0] - pos[0], target[1] - pos[1])
            was_settling = clock_s < settles_at
            if is_priming and (
                is_arc or (has_extruded and (de < 0 or target[2] > pos[2] or (de <= 0 and length > 1.0)))
            ):
                is_priming = False
            clock_s += max(length, abs(target[2] - pos[2]), abs(de)) / max(feed_mm_min, 1.0) * 60.0
            if de > 0:
                extrusions += 1
                if not has_extruded:
                    has_extruded = True
                    if not nozzles[active_tool].has_waited:
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
                nozzle = nozzles[active_tool]
                now_c = nozzle.temp_at(clock_s)
                if nozzle.has_waited and now_c < MIN_EXTRUDE_TEMP_C:
                    report(
                        cmd.line_no,
                        ProblemKind.COLD_EXTRUSION,
                        f"'{cmd.text}' extrudes with the nozzle at about {now_c:.0f} °C (set to "
                        f"{nozzle.target_c:.0f} °C), below the {MIN_EXTRUDE_TEMP_C:.0f} °C filament needs to "
                        "melt: heat it again (M109) before extruding.",
                    )
                refill = min(de, retracted_e)
                retracted_e = retracted_e - refill if retracted_e - refill > _E_EPSILON else 0.0
                laid = de - refill
                if not is_priming and length > 1.0 and laid * e_mm3 / length > MAX_FILAMENT_MM3_PER_MM:
                    report(
                        cmd.line_no,
                        ProblemKind.OVER_EXTRUSION,
                        f"'{cmd.text}' pushes {laid * e_mm3 / length / (math.pi * (diameter / 2) ** 2):.2f} mm "
                        "of filament per mm inside the print: check the filament diameter.",
                        Severity.WARNING,
                    )
            elif de < 0:
                retracted_e -= de
            pos = target
            if was_settling:
                nozzle_changed()
    if commands == 0:
        report(0, ProblemKind.EMPTY, "The file holds no G-code commands: slice the part again.")
    for pending in pending_outside:
        if pending.extrusions_before == extrusions:
            report(pending.line_no, ProblemKind.CLAMPED_MOVE, pending.clamped_message, Severity.WARNING)
        else:
            report(pending.line_no, ProblemKind.OUT_OF_VOLUME, pending.message)
    if other_firmware:
        report(other_firmware[0].line_no, ProblemKind.OTHER_FIRMWARE, _other_firmware_message(other_firmware, printer))
    if unhomed_problem is not None and not has_homing:
        first = found[unhomed_problem]
        found[unhomed_problem] = SafetyProblem(
            first.line_no,
            first.kind,
            f"The start code never homes (G28): add G28 before the first move ('{_short(first.message)}').",
        )
    found.sort(key=lambda p: p.line_no)
    return SafetyReport(tuple(found), suppressed, tuple(counts.items()))


def _changes_settings(cmd: GcodeCommand) -> bool:
    """M92 or M301 without values only report the settings; M211 changes them only with S0."""
    if cmd.code == "M211":
        return cmd.words.get("S") == 0
    if cmd.code == "M121":
        return True
    return bool(cmd.words)


def _has_tools(printer: PrinterProfile) -> str:
    if printer.id == GENERIC_PRINTER_ID:
        return f"Marlin firmware drives at most {_tools(printer.tool_count)}"
    return f"{printer.name} has {_tools(printer.tool_count)}"


def _corner_origin(printer: PrinterProfile) -> str:
    return "most printers have it" if printer.id == GENERIC_PRINTER_ID else f"{printer.name} has it"


def _slice_for(printer: PrinterProfile, named: str = "this printer") -> str:
    """The advice that ends a refusal, read the same whether a printer was named or not."""
    return "slice it for your printer" if printer.id == GENERIC_PRINTER_ID else f"slice it for {named}"


def _tools(count: int) -> str:
    return "one tool (T0)" if count == 1 else f"{count} tools (T0 to T{count - 1})"


def _short(message: str) -> str:
    """The command quoted at the start of a move message."""
    return message.split("'")[1] if message.count("'") >= 2 else message


def _temperature_problem(
    code: str, value_c: float, heater: str, limit_c: float, too_hot: ProblemKind
) -> tuple[ProblemKind, str] | None:
    """What is wrong with setting `heater` to `value_c`: below zero, or above this printer's limit for it."""
    if value_c < 0:
        return ProblemKind.NEGATIVE_TEMPERATURE, f"{code} sets a negative temperature."
    if value_c > limit_c:
        return too_hot, f"{code} sets the {heater} to {value_c:.0f} °C, above this printer's limit of {limit_c:.0f} °C."
    return None


def _bed_wait_s(from_c: float, to_c: float, rate_c_s: float, ambient_c: float) -> float:
    if to_c >= from_c:
        return (to_c - max(from_c, ambient_c)) / rate_c_s if to_c > ambient_c else 0.0
    if to_c <= ambient_c:
        return BED_COOLING_S * 3
    return BED_COOLING_S * math.log((from_c - ambient_c) / (to_c - ambient_c))


def _outside_message(
    cmd: GcodeCommand,
    point: list[float],
    axes: list[int],
    printer: PrinterProfile,
    lo: tuple[float, float, float],
    *,
    is_extruding: bool,
    is_centred_file: bool = False,
) -> str:
    """Where the move goes and why that matters, for the axis that is furthest out."""
    hi = (printer.bed_x_mm, printer.bed_y_mm, printer.bed_z_mm)
    low = (printer.min_x_mm, printer.min_y_mm, 0.0)
    axis = max(axes, key=lambda a: max(low[a] - point[a], point[a] - hi[a]))
    letter = "XYZ"[axis]
    is_far_below = point[axis] < lo[axis] - CENTRED_ORIGIN_MARGIN_MM
    if axis < 2 and ((is_extruding and is_far_below) or (is_centred_file and point[axis] < lo[axis])):
        # Prints and travels share one sentence: in a centred file they are one mistake, counted together.
        return (
            f"'{cmd.text}' reaches {letter} {point[axis]:.0f} mm: {CENTRED_ORIGIN_WORDS}, as centred-origin "
            f"printers do, but {_corner_origin(printer)} at the front left corner; {_slice_for(printer)}."
        )
    if printer.id == GENERIC_PRINTER_ID:
        where = (
            "further off the bed than a purge line: a wiper pad or parking spot of one particular printer"
            if point[axis] < low[axis]
            else f"beyond the {hi[axis]:.0f} mm any printer is given when none is named"
        )
        return f"'{cmd.text}' goes to {letter} {point[axis]:.1f} mm, {where}; check the file against its printer."
    volume = f"{printer.bed_x_mm:.0f}×{printer.bed_y_mm:.0f}×{printer.bed_z_mm:.0f} mm"
    return (
        f"'{cmd.text}' goes to {letter} {point[axis]:.1f} mm, outside the {volume} build volume of {printer.name} "
        f"({letter} {low[axis]:g} to {hi[axis]:g} mm): the file was made for another printer; slice it for this one."
    )


def _other_firmware_message(commands: list[GcodeCommand], printer: PrinterProfile) -> str:
    first = commands[0]
    others = len(commands) - 1
    more = f" and {others} more such command{'s' if others > 1 else ''}" if others else ""
    if "_" in first.code or "=" in first.text:
        return (
            f"This file is for Klipper firmware: it relies on `{first.code}`{more}, which Marlin firmware "
            f"does not understand; {_slice_for(printer, printer.name)} with its own start code."
        )
    return (
        f"`{first.code}`{more} is not a command Marlin firmware understands: the file was written for "
        f"another firmware; {_slice_for(printer, printer.name)}."
    )


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
