"""What a G-code file has set up by a given line, read from the file alone: temperatures, fan, modes,
position and feed rate, for showing or checking where a resume would start.

The printer's own state as a session follows it is `printers.machine_state.MachineState`; this is a
snapshot of the file, numbered by its lines."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from printers.gcode.modal import Modal, fan_percent
from printers.gcode.parse import GcodeSource, commands_and_line_count


@dataclass(frozen=True)
class StateAtLine:
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


def state_at_line(source: GcodeSource, line_no: int) -> StateAtLine:
    """The state after every command up to and including file line `line_no`."""
    commands, _ = commands_and_line_count(source)
    modal = Modal()
    last = 0
    for cmd in commands:
        if cmd.line_no > line_no:
            break
        last = cmd.line_no
        modal.apply(cmd)
    return StateAtLine(
        x_mm=modal.pos[0],
        y_mm=modal.pos[1],
        z_mm=modal.pos[2],
        e_mm=modal.pos[3],
        feed_mm_min=modal.feed_mm_min,
        hotend_c=modal.hotend_c,
        bed_c=modal.bed_c,
        fan_pct=fan_percent(modal.fan_pwm),
        is_relative_xyz=not modal.is_abs_xyz,
        is_relative_e=not modal.is_abs_e,
        is_homed=any(modal.homed),
        line_no=last,
    )
