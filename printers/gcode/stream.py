"""What a print session sends: the tokenizer's canonical commands, file line numbers kept.

A command's text is exactly what the safety check read (no comment, no line number or checksum of
the file's own, one space between words): the session frames it with its own `N` and `*`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from printers.gcode.parse import GcodeCommand, GcodeSource, ParsedGcode, iter_commands, parse_gcode


@dataclass(frozen=True, slots=True)
class StreamLine:
    line_no: int  # 1-based line in the file, for resuming after the last acknowledged one
    text: str  # the command to send, without comment, line number or checksum


@dataclass(frozen=True)
class JobCommands:
    """A job as a print session streams it."""

    sent: list[tuple[str, int]]  # (canonical text, 0-based index of its line in the file), in order
    commands: list[GcodeCommand]  # the same commands parsed, for the machine state as lines are confirmed
    layer_starts: set[int]  # positions in `sent` where a layer begins (its first command after the slicer's marker)


def job_commands(source: Sequence[str] | ParsedGcode) -> JobCommands:
    """The commands to stream; a parsed program is used as it is, lines are tokenized once here."""
    program = parse_gcode(source) if not isinstance(source, ParsedGcode) else source
    commands = list(program.commands)
    line_nos = [cmd.line_no for cmd in commands]
    starts = {bisect.bisect_left(line_nos, mark) for mark in program.layer_marks}
    return JobCommands([(cmd.text, cmd.line_no - 1) for cmd in commands], commands, starts)


def stream_commands(source: GcodeSource, *, start_after_line: int = 0) -> Iterator[StreamLine]:
    """Commands in file order; `start_after_line` skips everything up to that file line (for resume)."""
    for command in iter_commands(source):
        if command.line_no > start_after_line:
            yield StreamLine(command.line_no, command.text)
