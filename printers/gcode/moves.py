"""Where a move takes the tool, and which axes a G28 homes: the rules every pass over G-code shares
(the hot loops of the estimator and the safety check inline the first for speed)."""

from __future__ import annotations

from printers.gcode.parse import GcodeCommand


def move_target(pos: list[float], words: dict[str, float], *, is_abs_xyz: bool, is_abs_e: bool) -> list[float]:
    """X Y Z E after a G0–G3 from `pos`: each given word absolute, or relative (G91 / M83)."""
    target = list(pos)
    for axis, letter in enumerate("XYZ"):
        if letter in words:
            target[axis] = words[letter] if is_abs_xyz else pos[axis] + words[letter]
    if "E" in words:
        target[3] = words["E"] if is_abs_e else pos[3] + words["E"]
    return target


def homed_axes(cmd: GcodeCommand) -> list[int]:
    """The axes a G28 homes: those it names (with or without a value), or all three."""
    return [axis for axis, letter in enumerate("XYZ") if letter in cmd.words or letter in cmd.flags] or [0, 1, 2]
