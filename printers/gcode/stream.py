"""What a print session sends: commands only, comments and blank lines stripped, file line numbers kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from printers.gcode.parse import GcodeSource, ParsedGcode, source_lines, strip_comment


@dataclass(frozen=True, slots=True)
class StreamLine:
    line_no: int  # 1-based line in the file, for resuming after the last acknowledged one
    text: str  # the command to send, without comment, line number or checksum


def stream_commands(source: GcodeSource, *, start_after_line: int = 0) -> Iterator[StreamLine]:
    """Commands in file order; `start_after_line` skips everything up to that file line (for resume)."""
    if isinstance(source, ParsedGcode):
        for command in source.commands:
            if command.line_no > start_after_line:
                yield StreamLine(command.line_no, command.text)
        return
    for index, raw in enumerate(source_lines(source), start=1):
        if index <= start_after_line:
            continue
        text = strip_comment(raw)
        if text:
            yield StreamLine(index, text)

