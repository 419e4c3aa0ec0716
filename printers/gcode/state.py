"""The machine state a G-code file has set up by a given line: what a print session needs to
resume after a cable pull or a power cut (temperatures, fan, modes, position, feed rate)."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from printers.gcode.moves import homed_axes, move_target
from printers.gcode.parse import GcodeSource, commands_and_line_count


@dataclass(frozen=True)
class MachineState:
    x_mm: float
    y_mm: float
    z_mm: float
    e_mm: float  # the E axis value as the file counts it (absolute mode) or 0 after G92/relative
    feed_mm_min: float
    hotend_c: float
    bed_c: float
    fan_pct: float
    is_relative_xyz: bool
    is_relative_e: bool
    is_homed: bool
    line_no: int  # the last file line taken into account

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def state_at_line(source: GcodeSource, line_no: int) -> MachineState:
    """The state after every command up to and including file line `line_no`."""
    commands, _ = commands_and_line_count(source)
    pos = [0.0, 0.0, 0.0, 0.0]
    feed = 0.0
    hotend = bed = fan = 0.0
    is_rel_xyz = is_rel_e = False
    is_homed = False
    last = 0
    for cmd in commands:
        if cmd.line_no > line_no:
            break
        last = cmd.line_no
        code, words = cmd.code, cmd.words
        if cmd.has_bad_number:
            continue
        if code in ("G0", "G1", "G2", "G3"):
            pos = move_target(pos, words, is_abs_xyz=not is_rel_xyz, is_abs_e=not is_rel_e)
            if words.get("F", 0.0) > 0:
                feed = words["F"]
        elif code == "G92":
            for axis, letter in enumerate("XYZE"):
                if letter in words:
                    pos[axis] = words[letter]
        elif code == "G28":
            is_homed = True
            for axis in homed_axes(cmd):
                pos[axis] = 0.0
        elif code == "G90":
            is_rel_xyz = is_rel_e = False
        elif code == "G91":
            is_rel_xyz = is_rel_e = True
        elif code == "M82":
            is_rel_e = False
        elif code == "M83":
            is_rel_e = True
        elif code in ("M104", "M109"):
            value = words.get("S", words.get("R"))
            if value is not None:
                hotend = value
        elif code in ("M140", "M190"):
            value = words.get("S", words.get("R"))
            if value is not None:
                bed = value
        elif code == "M106":
            fan = min(max(words.get("S", 255.0), 0.0), 255.0) / 255.0 * 100.0
        elif code == "M107":
            fan = 0.0
    return MachineState(
        x_mm=pos[0],
        y_mm=pos[1],
        z_mm=pos[2],
        e_mm=pos[3],
        feed_mm_min=feed,
        hotend_c=hotend,
        bed_c=bed,
        fan_pct=round(fan, 1) if math.isfinite(fan) else 0.0,
        is_relative_xyz=is_rel_xyz,
        is_relative_e=is_rel_e,
        is_homed=is_homed,
        line_no=last,
    )
