"""The printer terminal's lines as an operator reads them: what to hide, and the commands typed before.

Terminal lines are `"> M104 S200"` (sent) and `"< echo:busy: processing"` (received). An idle Marlin
reports its temperatures every second and says `wait` or `echo:busy: processing` when it has nothing
to do or is busy homing: OctoPrint and Pronterface hide those by default, or the terminal is all flood.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from printers.protocol import ReplyKind, parse_reply

SENT = ">"
RECEIVED = "<"
# Host polls for a temperature: hidden with the reports they ask for.
_TEMPERATURE_POLLS = ("M105",)
HISTORY_COMMANDS = 100


def is_temperature_line(line: str) -> bool:
    """` T:21.9 /0.0 B:21.6 /0.0 @:0 B@:0` and the `M105` that asked for it."""
    direction, _, text = line.partition(" ")
    if direction == SENT:
        return text.strip().upper() in _TEMPERATURE_POLLS
    return direction == RECEIVED and parse_reply(text).kind is ReplyKind.TEMPERATURE


def is_busy_line(line: str) -> bool:
    """`wait` (Marlin idle, nothing queued) and `echo:busy: processing` (homing, heating, a long move)."""
    direction, _, text = line.partition(" ")
    return direction == RECEIVED and parse_reply(text).kind in (ReplyKind.WAIT, ReplyKind.BUSY)


def is_routine_line(line: str) -> bool:
    """A line "Hide temperature reports" hides."""
    return is_temperature_line(line) or is_busy_line(line)


def visible_lines(lines: Iterable[str], *, is_hiding_routine: bool) -> list[str]:
    return [line for line in lines if not (is_hiding_routine and is_routine_line(line))]


class CommandHistory:
    """The commands typed before, for the up and down arrows, as in a shell: up goes back, down comes
    forward and ends on the text being typed before the walk began."""

    def __init__(self, size: int = HISTORY_COMMANDS) -> None:
        self._commands: deque[str] = deque(maxlen=size)
        self._index: int | None = None  # position during a walk; None: not walking
        self._draft = ""

    def __len__(self) -> int:
        return len(self._commands)

    def add(self, command: str) -> None:
        """Remember a sent command (a repeat of the last one is kept once) and end any walk."""
        command = command.strip()
        if command and (not self._commands or self._commands[-1] != command):
            self._commands.append(command)
        self._index = None
        self._draft = ""

    def previous(self, current: str) -> str:
        """The command before the one shown; `current` is kept as the draft when a walk begins."""
        if not self._commands:
            return current
        if self._index is None:
            self._draft = current
            self._index = len(self._commands)
        self._index = max(0, self._index - 1)
        return self._commands[self._index]

    def next(self, current: str) -> str:
        """The command after the one shown; past the newest, the draft typed before the walk."""
        if self._index is None:
            return current
        self._index += 1
        if self._index >= len(self._commands):
            self._index = None
            return self._draft
        return self._commands[self._index]
