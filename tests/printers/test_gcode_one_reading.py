"""One reading of G-code: what the safety check reads is what the printer is sent.

Files are generated with every decoration a slicer or a person adds to a command (the file's own
`N` line numbers and `*` checksums, `;` and `( )` comments, `\\;` escapes, odd spacing); the check's
commands must be exactly the commands the host frames, and the simulated firmware runs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from printers.gcode import check_gcode, parse_gcode, state_at_line
from printers.gcode.parse import strip_comment
from printers.gcode.stream import job_commands
from printers.machine_state import MachineState, advance
from printers.profiles import generic_printer
from printers.protocol import Reply, ReplyKind, parse_frame
from printers.sender import LinkPolicy, Sender
from printers.session import JobOutcome, PrintSession
from printers.sim.printer import SimulatedPrinter
from tests.printers.simulated import (  # noqa: F401 - fixtures are used by name
    executed_job_lines,
    make_session,
    make_sim,
    nothing_left_open,
)

MakeSim = Callable[..., SimulatedPrinter]
MakeSession = Callable[..., PrintSession]

_NUMBER = st.decimals(min_value=-50, max_value=250, places=3, allow_nan=False, allow_infinity=False).map(str)
_SPACE = st.sampled_from([" ", "  ", "\t", " \t "])
# Message text: printable ASCII that is neither a comment, a checksum nor an escape (those are decorations).
_MESSAGE = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:!?-_/"),
                   max_size=20)


@st.composite
def _command(draw: st.DrawFn) -> tuple[list[str], bool]:
    """A command as words (joined later with any spacing) and whether it carries free text."""
    kind = draw(st.sampled_from(["move", "mode", "heat", "fan", "message", "escaped", "klipper", "tool", "home"]))
    if kind == "move":
        axes = draw(st.lists(st.sampled_from("XYZEF"), min_size=1, max_size=4, unique=True))
        return [draw(st.sampled_from(["G0", "G1"]))] + [f"{a}{draw(_NUMBER)}" for a in axes], False
    if kind == "mode":
        return [draw(st.sampled_from(["G90", "G91", "M82", "M83", "G21"]))], False
    if kind == "heat":
        return [draw(st.sampled_from(["M104", "M140"])), f"S{draw(st.integers(0, 240))}"], False
    if kind == "fan":
        return draw(st.sampled_from([["M106", "S128"], ["M107"]])), False
    if kind == "message":
        return [draw(st.sampled_from(["M117", "M118"])), *draw(_MESSAGE).split()], True
    if kind == "escaped":
        return ["M117", f"{draw(_MESSAGE).strip() or 'x'}\\;", "done"], True
    if kind == "klipper":
        return draw(st.sampled_from([["SET_VELOCITY_LIMIT", "ACCEL=500"],
                                     ["EXCLUDE_OBJECT_START", "NAME=part_1"]])), False
    if kind == "tool":
        return ["T0"], False
    return ["G28", *draw(st.lists(st.sampled_from("XYZ"), max_size=2, unique=True))], False


@st.composite
def _line(draw: st.DrawFn) -> tuple[str, str]:
    """(line as written in the file, the command it holds, "" for none)."""
    shape = draw(st.sampled_from(["command", "command", "command", "blank", "comment", "paren"]))
    if shape == "blank":
        return draw(st.sampled_from(["", "   ", "\t"])), ""
    if shape == "comment":
        return f";{draw(_MESSAGE)} *12 N5", ""
    if shape == "paren":
        return f"({draw(_MESSAGE).replace(')', '')})", ""
    words, is_text = draw(_command())
    if not is_text and len(words) > 1 and draw(st.booleans()):
        words.insert(draw(st.integers(1, len(words) - 1)), "(note)")  # an inline comment between words
    body = words[0] + "".join(draw(_SPACE) + w for w in words[1:])
    expected = " ".join(w for w in " ".join(words).split() if w != "(note)")
    line = body
    if draw(st.booleans()):
        line = f"N{draw(st.integers(0, 99999))}{draw(_SPACE)}{line}"
    if draw(st.booleans()):
        line += f"*{draw(st.integers(0, 255))}"
    if draw(st.booleans()):
        line += draw(st.sampled_from([" ; world", ";LAYER:3", "; N7 G1 X999*3", " ;\\;"]))
    return draw(st.sampled_from(["", " ", "\t"])) + line, expected


_FILES = st.lists(_line(), min_size=1, max_size=40)


def _wire(sent: list[tuple[str, int]]) -> list[bytes]:
    """Every frame the host puts on the wire for these job commands, the printer acknowledging each."""
    sender = Sender(LinkPolicy(), now_s=0.0, first_line_no=1)
    sender.enqueue_job([(text, pos) for pos, (text, _) in enumerate(sent)])
    frames: list[bytes] = []
    for _ in range(10 * len(sent) + 10):
        out = sender.frames_to_send(0.0)
        if not out:
            break
        for line in out:
            frames.append(line.frame)
            sender.on_reply(Reply(ReplyKind.OK, "ok"), 0.0)
    return frames


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FILES)
def test_the_commands_checked_are_the_frames_sent(file: list[tuple[str, str]]) -> None:
    lines = [line for line, _ in file]
    program = parse_gcode(lines)
    checked = [cmd.text for cmd in program.commands]
    assert checked == [expected for _, expected in file if expected]

    frames = _wire(job_commands(program).sent)
    on_wire = []
    for number, raw in enumerate(frames, start=1):
        parsed = parse_frame(raw.decode("ascii"))
        assert parsed.line_no == number and parsed.has_checksum and parsed.is_checksum_ok
        on_wire.append(parsed.command)
    assert on_wire == checked
    # A raw line handed to the session without a program is read by the same tokenizer.
    assert [text for text, _ in job_commands(lines).sent] == checked


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(file=_FILES)
def test_the_simulated_firmware_runs_what_was_checked(
    file: list[tuple[str, str]], make_sim: MakeSim, make_session: MakeSession
) -> None:
    lines = [line for line, _ in file]
    program = parse_gcode(lines)
    checked = [cmd.text for cmd in program.commands]
    sim = make_sim()
    session = make_session(sim.port)
    session.connect()
    before = len(executed_job_lines(sim))
    session.start_job(lines, program=program)
    result = session.wait_until_finished(30)
    assert result is not None and result.outcome is JobOutcome.DONE
    assert executed_job_lines(sim)[before : before + len(checked)] == checked
    session.close()


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("N12 G1 X5*99", "G1 X5"),
        ("N12 G1 X5 *99 ; move", "G1 X5"),
        ("n7 g1 x5*3", "g1 x5"),
        ("G1  X5\tY6   E0.1", "G1 X5 Y6 E0.1"),
        ("G1 X5 (to the corner) Y6", "G1 X5 Y6"),
        ("M117 Hello; world", "M117 Hello"),
        ("M117 50\\; done ; note", "M117 50\\; done"),
        ("M23 part (1).gco", "M23 part (1).gco"),  # a file name, not a comment
        ("PRINT_START EXTRUDER=215  BED=60 ; macro", "PRINT_START EXTRUDER=215 BED=60"),
        ("N5 *12", ""),
        ("(only a comment)", ""),
    ],
)
def test_the_tokenizer_gives_the_text_that_is_sent(raw: str, text: str) -> None:
    assert strip_comment(raw) == text
    program = parse_gcode([raw])
    assert [cmd.text for cmd in program.commands] == ([text] if text else [])


def test_a_checked_line_is_quoted_as_it_is_sent() -> None:
    report = check_gcode(["N1 G28*18", "N2 G1 X5000 Y10 ; off the bed*7"], generic_printer())
    assert not report.is_safe
    assert "'G1 X5000 Y10'" in report.errors[0].message


def test_layer_markers_become_layer_starts_for_the_session() -> None:
    lines = ["G28", ";LAYER:0", "G1 Z0.2", "G1 X5 E1", ";LAYER_CHANGE", "", "G1 Z0.4", "G1 X6 E2"]
    job = job_commands(parse_gcode(lines))
    assert job.layer_starts == {1, 3}
    assert [index for _, index in job.sent] == [0, 2, 3, 6, 7]


# ---- the one modal interpreter ----------------------------------------------------------------------


MODAL_FILE = [
    "G28",
    "G21",
    "M104 S210",
    "M140 S60",
    "G90",
    "M83",
    "G1 X10 Y10 Z0.2 F3000",
    "G1 X20 E1.5",
    "G91",
    "G1 X5 Y-2",
    "G90",
    "G92 E0",
    "G20",
    "G1 X1 F100",  # inches: 25.4 mm, 2540 mm/min
    "G21",
    "G2 X35.4 Y18 I5 J0 E0.5",
    "M106 S255",
    "G1 X10 Y10 E1*99",
]


def test_the_resume_state_and_the_session_state_follow_one_interpreter() -> None:
    program = parse_gcode(MODAL_FILE)
    by_file = state_at_line(program, 14)
    assert (by_file.x_mm, by_file.y_mm, by_file.z_mm) == (pytest.approx(25.4), 8.0, 0.2)
    assert by_file.feed_mm_min == pytest.approx(2540.0)
    assert not by_file.is_relative_e and not by_file.is_relative_xyz  # G90 made E absolute too

    state = MachineState()
    for cmd in program.commands:
        state = advance(state, cmd)
    final = state_at_line(program, len(MODAL_FILE))
    assert (state.x_mm, state.y_mm, state.z_mm, state.e_mm) == (final.x_mm, final.y_mm, final.z_mm, final.e_mm)
    assert (state.x_mm, state.y_mm) == (10.0, 10.0)
    assert (state.hotend_target_c, state.bed_target_c, state.fan_pwm) == (210.0, 60.0, 255)
    assert state.is_homed and not state.is_inches


def test_the_estimate_and_the_check_read_inches_as_the_firmware_does() -> None:
    from printers.gcode import analyze_gcode

    inch = ["G28", "M104 S200", "M109 S200", "G20", "G1 X1 Y1 Z0.01 F600", "G1 X2 E0.04", "G21"]
    mm = ["G28", "M104 S200", "M109 S200", "G1 X25.4 Y25.4 Z0.254 F15240", "G1 X50.8 E1.016"]
    assert analyze_gcode(inch).print_time_s == pytest.approx(analyze_gcode(mm).print_time_s)
    assert analyze_gcode(inch).filament_mm == pytest.approx(1.016)
    assert check_gcode(inch, generic_printer()).errors[0].kind.value == "inches"
