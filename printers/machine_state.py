"""What the printer's state is after a given G-code line: position, modes, temperatures, fan.

Followed line by line as the firmware acknowledges them, so a paused or interrupted job can be
put back exactly where it was: the resume preamble never assumes a positioning mode.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from printers.gcode.modal import INCH_MM, MODAL_CODES, Modal
from printers.gcode.parse import GcodeCommand, parse_command, strip_comment

_WORD = re.compile(r"([A-Za-z])\s*(-?\d*\.?\d+)")


def command_words(command: str) -> dict[str, float]:
    """`G1 X10 Y-2.5 F1200` → {"X": 10, "Y": -2.5, "F": 1200} (the code letter itself is skipped).

    The simulated firmware's own reading of what it received, kept apart from the host's tokenizer
    on purpose: a test against the simulator must not share the host's mistakes."""
    words: dict[str, float] = {}
    for index, match in enumerate(_WORD.finditer(command)):
        if index == 0:
            continue
        words.setdefault(match.group(1).upper(), float(match.group(2)))
    return words


@dataclass(frozen=True)
class MachineState:
    x_mm: float = 0.0
    y_mm: float = 0.0
    z_mm: float = 0.0
    e_mm: float = 0.0
    feed_mm_min: float = 1500.0
    is_relative_xyz: bool = False
    is_relative_e: bool = False
    hotend_target_c: float = 0.0
    bed_target_c: float = 0.0
    fan_pwm: int = 0  # 0..255
    is_homed: bool = False
    layer: int = 0
    is_inches: bool = False  # G20: the file's numbers are inches

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MachineState:
        """The state `to_json` wrote; a field missing or of the wrong kind (a damaged or older record)
        keeps its default rather than reaching the resume preamble as text."""
        known: dict[str, Any] = {}
        for field in fields(cls):
            value = data.get(field.name)
            if isinstance(field.default, bool):
                if isinstance(value, bool):
                    known[field.name] = value
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                known[field.name] = int(value) if isinstance(field.default, int) else float(value)
        return cls(**known)

    @classmethod
    def from_stored(cls, stored: Mapping[str, Any]) -> MachineState | None:
        """The machine state in a job's stored resume record (`{"machine": {...}, "layer": 12, ...}`, as
        the job store writes it), or None when the job never reported one. The record's own layer count
        is the one the progress was committed with, so it wins over the state's."""
        machine = stored.get("machine")
        if not isinstance(machine, Mapping) or not machine:
            return None
        state = cls.from_json(machine)
        layer = stored.get("layer")
        if isinstance(layer, int) and not isinstance(layer, bool):
            state = replace(state, layer=layer)
        return state


def advance(state: MachineState, command: GcodeCommand | str) -> MachineState:
    """The state after `command` ran, followed by the same interpreter as the safety check's.

    Takes the tokenizer's command (what the session streamed); a host command given as text (a
    resume preamble, a jog) is tokenized first."""
    cmd = command if isinstance(command, GcodeCommand) else parse_command(strip_comment(command), 0)
    if cmd.code not in MODAL_CODES:
        return state
    modal = Modal(
        [state.x_mm, state.y_mm, state.z_mm, state.e_mm],
        is_abs_xyz=not state.is_relative_xyz,
        is_abs_e=not state.is_relative_e,
        feed_mm_min=state.feed_mm_min,
        hotend_c=state.hotend_target_c,
        bed_c=state.bed_target_c,
        fan_pwm=state.fan_pwm,
        is_homed=state.is_homed,
    )
    modal.unit_mm = INCH_MM if state.is_inches else 1.0
    if not modal.apply(cmd):
        return state
    x, y, z, e = modal.pos
    return replace(
        state,
        x_mm=x,
        y_mm=y,
        z_mm=z,
        e_mm=e,
        feed_mm_min=modal.feed_mm_min,
        is_relative_xyz=not modal.is_abs_xyz,
        is_relative_e=not modal.is_abs_e,
        is_inches=not modal.is_mm,
        hotend_target_c=modal.hotend_c,
        bed_target_c=modal.bed_c,
        fan_pwm=int(modal.fan_pwm),
        is_homed=state.is_homed or cmd.code == "G28",
    )


def resume_preamble(state: MachineState, *, safe_z_lift_mm: float = 5.0) -> list[str]:
    """Commands that put the machine back to `state` after a pause, reset or power loss.

    Heat first (bed, then hotend, waiting for both), home X and Y only (homing Z would crash the
    nozzle into the part), then restore Z above the part, X/Y, Z, E, the modes and the feed rate.
    """
    commands: list[str] = []
    if state.bed_target_c > 0:
        commands += [f"M140 S{state.bed_target_c:g}"]
    if state.hotend_target_c > 0:
        commands += [f"M104 S{state.hotend_target_c:g}"]
    if state.bed_target_c > 0:
        commands += [f"M190 S{state.bed_target_c:g}"]
    if state.hotend_target_c > 0:
        commands += [f"M109 S{state.hotend_target_c:g}"]
    commands += [
        f"G92 Z{state.z_mm:g}",  # the printer forgot Z on reset; the part is still at this height
        "G91",
        f"G1 Z{safe_z_lift_mm:g} F600",
        "G90",
        "G28 X Y",
        f"G1 X{state.x_mm:g} Y{state.y_mm:g} F3000",
        f"G1 Z{state.z_mm:g} F600",
        f"G92 E{state.e_mm:g}",
    ]
    commands += _modes_and_fan(state)
    return commands


def restore_after_pause(state: MachineState, *, prime_mm: float = 0.0) -> list[str]:
    """Back from the park position (the machine kept its coordinates): heat, X/Y, Z, prime, E, modes, fan."""
    commands: list[str] = ["G21"] if state.is_inches else []  # the numbers below are millimetres
    if state.bed_target_c > 0:
        commands += [f"M190 S{state.bed_target_c:g}"]
    if state.hotend_target_c > 0:
        commands += [f"M109 S{state.hotend_target_c:g}"]
    commands += [
        "G90",
        f"G1 X{state.x_mm:g} Y{state.y_mm:g} F3000",
        f"G1 Z{state.z_mm:g} F600",
    ]
    if prime_mm > 0:
        commands += ["M83", f"G1 E{prime_mm:g} F1800"]
    commands.append(f"G92 E{state.e_mm:g}")
    return commands + _modes_and_fan(state)


def _modes_and_fan(state: MachineState) -> list[str]:
    commands = ["G91" if state.is_relative_xyz else "G90", "M83" if state.is_relative_e else "M82"]
    commands.append(f"M106 S{state.fan_pwm}" if state.fan_pwm > 0 else "M107")
    commands.append(f"G1 F{state.feed_mm_min:g}")
    if state.is_inches:
        commands.append("G20")  # last: the job's next numbers are inches again
    return commands


def park_commands(state: MachineState, *, park_x_mm: float, park_y_mm: float, lift_mm: float, retract_mm: float,
                  is_heaters_off: bool) -> list[str]:
    """Wait for moves, retract, lift, park out of the way; optionally switch the heaters off."""
    commands = ["M400", *(["G21"] if state.is_inches else []), "M83", f"G1 E-{retract_mm:g} F1800", "G91",
                f"G1 Z{lift_mm:g} F600", "G90", f"G1 X{park_x_mm:g} Y{park_y_mm:g} F3000"]
    # Put the extrusion mode back: restore_after_pause will set the job's own modes explicitly.
    commands.append("M83" if state.is_relative_e else "M82")
    if is_heaters_off:
        commands += ["M104 S0", "M140 S0"]
    return commands  # still in millimetres: restore_after_pause puts G20 back last


def cooldown_commands() -> list[str]:
    return ["M104 S0", "M140 S0", "M107", "M84"]
