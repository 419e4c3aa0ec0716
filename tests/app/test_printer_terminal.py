"""The terminal's filter hides Marlin's routine chatter, and the command history walks like a shell's."""

from __future__ import annotations

import pytest

from app.printing.terminal import CommandHistory, is_routine_line, visible_lines


@pytest.mark.parametrize(
    ("line", "is_routine"),
    [
        ("<  T:21.9 /0.0 B:21.6 /0.0 @:0 B@:0", True),
        ("< T:210.00 /210.00 B:60.00 /60.00 W:?", True),  # M109's countdown
        ("< T0:200.0 /200.0 T1:20.0 /0.0 B:60 /60 @:0", True),
        ("< wait", True),
        ("< echo:busy: processing", True),
        ("< busy: processing", True),
        ("> M105", True),
        ("> M104 S200", False),
        ("> G28", False),
        ("< echo:Unknown command: \"M999x\"", False),
        ("< Error:Printer halted. kill() called!", False),
        ("< X:0.00 Y:0.00 Z:0.00 E:0.00 Count X:0 Y:0 Z:0", False),
        ("< echo: cold extrusion prevented", False),
        ("< FIRMWARE_NAME:Marlin 2.1.2.1 (Heliofab simulator)", False),
    ],
)
def test_routine_lines(line: str, is_routine: bool) -> None:
    assert is_routine_line(line) is is_routine


def test_visible_lines_keep_order_and_show_everything_when_unfiltered() -> None:
    lines = ["> G28", "< echo:busy: processing", "< T:20 /0 B:20 /0", "< X:0.00 Y:0.00 Z:0.00 E:0.00"]
    assert visible_lines(lines, is_hiding_routine=True) == ["> G28", "< X:0.00 Y:0.00 Z:0.00 E:0.00"]
    assert visible_lines(lines, is_hiding_routine=False) == lines


def test_history_walks_back_and_returns_to_the_draft() -> None:
    history = CommandHistory()
    for command in ("M105", "G28", "G28", "M114"):
        history.add(command)
    assert len(history) == 3  # a repeat of the last command is kept once
    assert history.previous("M10") == "M114"
    assert history.previous("M114") == "G28"
    assert history.previous("G28") == "M105"
    assert history.previous("M105") == "M105"  # the oldest stays
    assert history.next("M105") == "G28"
    assert history.next("G28") == "M114"
    assert history.next("M114") == "M10"  # back to what was being typed
    assert history.next("M10") == "M10"


def test_history_is_bounded_and_a_send_ends_the_walk() -> None:
    history = CommandHistory(size=2)
    for command in ("M104 S200", "M140 S60", "G28"):
        history.add(command)
    assert history.previous("") == "G28"
    history.add("M114")
    assert history.previous("") == "M114"
    assert history.previous("M114") == "G28"
    assert history.previous("G28") == "G28"  # M104 fell out
    assert CommandHistory().previous("typed") == "typed"
