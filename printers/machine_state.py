"""What the printer's state is after a given G-code line: position, modes, temperatures, fan.

Followed line by line as the firmware acknowledges them, so a paused or interrupted job can be
put back exactly where it was: the resume preamble never assumes a positioning mode.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from printers.protocol import command_code

_WORD = re.compile(r"([A-Za-z])\s*(-?\d*\.?\d+)")


def command_words(command: str) -> dict[str, float]:
    """`G1 X10 Y-2.5 F1200` → {"X": 10, "Y": -2.5, "F": 1200} (the code letter itself is skipped)."""
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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MachineState:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


def advance(state: MachineState, command: str) -> MachineState:
    """The state after `command` ran (comments already stripped)."""
    code = command_code(command)
    if not code:
        return state
    words = command_words(command)
    if code in ("G0", "G1", "G2", "G3"):
        return _move(state, words)
    if code == "G90":
        return replace(state, is_relative_xyz=False, is_relative_e=False)
    if code == "G91":
        return replace(state, is_relative_xyz=True, is_relative_e=True)
    if code == "M82":
        return replace(state, is_relative_e=False)
    if code == "M83":
        return replace(state, is_relative_e=True)
    if code == "G92":
        return replace(
            state,
            x_mm=words.get("X", state.x_mm),
            y_mm=words.get("Y", state.y_mm),
            z_mm=words.get("Z", state.z_mm),
            e_mm=words.get("E", state.e_mm),
        )
    if code == "G28":
        axes = {char for char in command.upper()[3:] if char in "XYZ"}
        homes = axes or {"X", "Y", "Z"}
        return replace(
            state,
            x_mm=0.0 if "X" in homes else state.x_mm,
            y_mm=0.0 if "Y" in homes else state.y_mm,
            z_mm=0.0 if "Z" in homes else state.z_mm,
            is_homed=True,
        )
    if code in ("M104", "M109"):
        return replace(state, hotend_target_c=words.get("S", words.get("R", state.hotend_target_c)))
    if code in ("M140", "M190"):
        return replace(state, bed_target_c=words.get("S", words.get("R", state.bed_target_c)))
    if code == "M106":
        return replace(state, fan_pwm=int(max(0.0, min(255.0, words.get("S", 255.0)))))
    if code == "M107":
        return replace(state, fan_pwm=0)
    return state


def _move(state: MachineState, words: dict[str, float]) -> MachineState:
    def axis(name: str, current: float, is_relative: bool) -> float:
        if name not in words:
            return current
        return current + words[name] if is_relative else words[name]

    z_mm = axis("Z", state.z_mm, state.is_relative_xyz)
    return replace(
        state,
        x_mm=axis("X", state.x_mm, state.is_relative_xyz),
        y_mm=axis("Y", state.y_mm, state.is_relative_xyz),
        z_mm=z_mm,
        e_mm=axis("E", state.e_mm, state.is_relative_e),
        feed_mm_min=words.get("F", state.feed_mm_min),
    )


def is_layer_change(comment_or_command: str) -> bool:
    """Slicer layer markers: `;LAYER:12` (Cura), `;LAYER_CHANGE` (PrusaSlicer), `;LAYER 3` (ours)."""
    text = comment_or_command.strip().upper()
    return text.startswith(";LAYER")


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
    commands: list[str] = []
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
    return commands


def park_commands(state: MachineState, *, park_x_mm: float, park_y_mm: float, lift_mm: float, retract_mm: float, is_heaters_off: bool) -> list[str]:
    """Wait for moves, retract, lift, park out of the way; optionally switch the heaters off."""
    commands = ["M400", "M83", f"G1 E-{retract_mm:g} F1800", "G91", f"G1 Z{lift_mm:g} F600", "G90", f"G1 X{park_x_mm:g} Y{park_y_mm:g} F3000"]
    # Put the extrusion mode back: restore_after_pause will set the job's own modes explicitly.
    commands.append("M83" if state.is_relative_e else "M82")
    if is_heaters_off:
        commands += ["M104 S0", "M140 S0"]
    return commands


def cooldown_commands() -> list[str]:
    return ["M104 S0", "M140 S0", "M107", "M84"]
