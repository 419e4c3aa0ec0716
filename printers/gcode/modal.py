"""The modal interpreter: the state a G-code program builds up command by command, as the firmware
keeps it. Positioning (G90/G91), extrusion mode (M82/M83), units (G20/G21), the workspace origin
(G92), homing (G28), the end point of every move G0-G3, heater targets and the part fan.

The safety check, the estimate, the preview, the resume state and the print session's machine state
all follow a program through this one class, so a G91 or a G92 means the same to each of them. The
check and the estimate keep an inlined copy of `target` in their per-line hot paths (taken only in
millimetres), and hand every other command here.
"""

from __future__ import annotations

import math

from printers.gcode.parse import GcodeCommand

MOVE_CODES = frozenset({"G0", "G1", "G2", "G3"})
INCH_MM = 25.4
FAN_FULL_PWM = 255.0
# Commands that change what this interpreter follows; every other command leaves it as it was.
MODAL_CODES = MOVE_CODES | frozenset(
    {"G20", "G21", "G28", "G90", "G91", "G92", "M82", "M83", "M104", "M109", "M140", "M190", "M106", "M107"}
)

# Commands whose numbers are the point: unreadable numbers leave them without effect.
_VALUED_CODES = MOVE_CODES | frozenset({"G92", "M104", "M109", "M140", "M190", "M106"})


class Modal:
    """One program's modal state; `apply` each command in file order.

    A move, origin, temperature or fan command with a number that is not one (NaN, "1.2.3",
    non-ASCII) changes nothing: the safety check refuses it, and nothing else may be poisoned by it.
    A mode switch or a G28 acts whatever follows it, as on the firmware.
    """

    __slots__ = ("bed_c", "fan_pwm", "feed_mm_min", "homed", "hotend_c", "is_abs_e", "is_abs_xyz", "pos", "unit_mm")

    def __init__(
        self,
        pos: list[float] | None = None,
        *,
        is_abs_xyz: bool = True,
        is_abs_e: bool = True,
        feed_mm_min: float = 0.0,
        hotend_c: float = 0.0,
        bed_c: float = 0.0,
        fan_pwm: float = 0.0,
        is_homed: bool = False,
    ) -> None:
        self.pos = list(pos) if pos is not None else [0.0, 0.0, 0.0, 0.0]  # X Y Z E in mm
        self.is_abs_xyz = is_abs_xyz
        self.is_abs_e = is_abs_e
        self.unit_mm = 1.0  # 25.4 after G20
        self.feed_mm_min = feed_mm_min
        self.hotend_c = hotend_c
        self.bed_c = bed_c
        self.fan_pwm = fan_pwm  # 0..255
        self.homed = [is_homed, is_homed, is_homed]

    @property
    def is_homed(self) -> bool:
        return all(self.homed)

    @property
    def is_mm(self) -> bool:
        return self.unit_mm == 1.0

    def target(self, words: dict[str, float]) -> list[float]:
        """X Y Z E (mm) after a G0-G3 with these words from the current position, without moving there."""
        pos, unit = self.pos, self.unit_mm
        target = list(pos)
        for axis, letter in enumerate("XYZ"):
            if letter in words:
                value = words[letter] * unit
                target[axis] = value if self.is_abs_xyz else pos[axis] + value
        if "E" in words:
            value = words["E"] * unit
            target[3] = value if self.is_abs_e else pos[3] + value
        return target

    def arc_words(self, words: dict[str, float]) -> dict[str, float]:
        """An arc's centre offsets and radius (I J R) in mm, whatever the units."""
        if self.unit_mm == 1.0:
            return words
        return {k: v * self.unit_mm if k in "IJR" else v for k, v in words.items()}

    def apply(self, cmd: GcodeCommand) -> bool:
        """Follow one command; True if it is one this interpreter follows (and was readable)."""
        code = cmd.code
        if code not in MODAL_CODES or (cmd.has_bad_number and code in _VALUED_CODES):
            return False
        words = cmd.words
        if code in MOVE_CODES:
            self.pos = self.target(words)
            feed = words.get("F")
            if feed is not None and feed > 0:
                self.feed_mm_min = feed * self.unit_mm
        elif code == "G92":
            for axis, letter in enumerate("XYZE"):
                if letter in words:
                    self.pos[axis] = words[letter] * self.unit_mm
        elif code == "G28":
            for axis in homed_axes(cmd):
                self.pos[axis] = 0.0
                self.homed[axis] = True
        elif code == "G90":
            self.is_abs_xyz = self.is_abs_e = True
        elif code == "G91":
            self.is_abs_xyz = self.is_abs_e = False
        elif code == "M82":
            self.is_abs_e = True
        elif code == "M83":
            self.is_abs_e = False
        elif code == "G20":
            self.unit_mm = INCH_MM
        elif code == "G21":
            self.unit_mm = 1.0
        elif code in ("M104", "M109"):
            value = words.get("S", words.get("R"))
            if value is not None:
                self.hotend_c = value
        elif code in ("M140", "M190"):
            value = words.get("S", words.get("R"))
            if value is not None:
                self.bed_c = value
        elif code == "M106":
            self.fan_pwm = min(max(words.get("S", FAN_FULL_PWM), 0.0), FAN_FULL_PWM)
        else:  # M107
            self.fan_pwm = 0.0
        return True


def homed_axes(cmd: GcodeCommand) -> list[int]:
    """The axes a G28 homes: those it names (with or without a value), or all three."""
    return [axis for axis, letter in enumerate("XYZ") if letter in cmd.words or letter in cmd.flags] or [0, 1, 2]


def fan_percent(pwm: float) -> float:
    return round(pwm / FAN_FULL_PWM * 100.0, 1) if math.isfinite(pwm) else 0.0
