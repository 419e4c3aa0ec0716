"""Where to pick a job up again after a cable pull, a printer reset, an app crash or a power cut."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from printers.gcode.parse import GcodeCommand, ParsedGcode, parse_gcode
from printers.machine_state import MachineState, advance, resume_preamble


class ResumeDeclinedError(Exception):
    """The operator did not confirm that the part is in place and the nozzle's way is clear."""


@dataclass(frozen=True)
class ResumePlan:
    start_index: int  # the first line of the job (index in its lines) to stream
    preamble: list[str]
    state: MachineState  # the machine state before start_index
    is_exact: bool  # the firmware kept its state and told us its last line: nothing repeated, nothing skipped
    note: str

    @property
    def needs_operator(self) -> bool:
        """The printer lost its position (it restarted): it will home X/Y and come down to the part, so
        someone must first check that the part is still on the bed and nothing is in the nozzle's way."""
        return not self.is_exact

    @property
    def resume_height_mm(self) -> float:
        return self.state.z_mm

    @property
    def resume_layer(self) -> int:
        return self.state.layer


def plan_resume(
    lines: Sequence[str] | ParsedGcode,
    *,
    last_confirmed_index: int,
    state: MachineState,
    line_offset: int | None,
    printer_last_line: int | None,
    was_printer_reset: bool,
) -> ResumePlan:
    """Choose the restart line and the preamble.

    If the printer kept its state (a cable pull on a board that does not reset on open), the
    last-line probe names the last line it took, which may be past the last one we saw
    confirmed: continue right after it, re-asserting only the heater targets. Otherwise it lost
    its position: restart after the last confirmed line with the full preamble (heat, home X/Y,
    restore Z, E, modes, fan, feed rate).

    `lines` is the job's program as the print runner parsed it (or its lines, tokenized here).
    """
    commands = (lines if isinstance(lines, ParsedGcode) else parse_gcode(lines)).commands
    positions = [cmd.line_no - 1 for cmd in commands]  # the index in the job's lines of each command
    committed_pos = _position_of(positions, last_confirmed_index)
    if not was_printer_reset and printer_last_line is not None and line_offset is not None:
        probed_pos = printer_last_line - line_offset
        if committed_pos <= probed_pos < len(positions):
            start_state = _advance_through(commands, committed_pos, probed_pos, state)
            start_index = positions[probed_pos] + 1
            return ResumePlan(
                start_index,
                _reheat(start_state),
                start_state,
                True,
                f"The printer kept its state: continuing after line {start_index}.",
            )
    start_index = last_confirmed_index + 1
    return ResumePlan(
        start_index,
        resume_preamble(state),
        state,
        False,
        f"The printer lost its state: re-heating, homing X/Y and continuing after line {start_index}.",
    )


def _position_of(positions: list[int], index: int) -> int:
    """Position (among commands) of the command at line `index`; -1 before the first."""
    return bisect.bisect_right(positions, index) - 1


def _advance_through(commands: Sequence[GcodeCommand], from_pos: int, to_pos: int, state: MachineState) -> MachineState:
    for pos in range(from_pos + 1, to_pos + 1):
        state = advance(state, commands[pos])
    return state


def _reheat(state: MachineState) -> list[str]:
    commands: list[str] = []
    if state.bed_target_c > 0:
        commands.append(f"M190 S{state.bed_target_c:g}")
    if state.hotend_target_c > 0:
        commands.append(f"M109 S{state.hotend_target_c:g}")
    return commands
