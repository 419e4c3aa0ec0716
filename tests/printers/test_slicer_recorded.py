from __future__ import annotations

import pytest

from printers.gcode import analyze_gcode, check_gcode, parse_gcode
from printers.gcode.parse import MOVE_RUN_CODE, ParsedGcode
from printers.profiles import find_material, find_printer
from printers.slicer import SliceResult, SliceSettings, slice_parts
from printers.slicer.writer import WriterStats, _Output
from tests.printers.shapes import frame_set

MK3 = find_printer("prusa-mk3")
PLA = find_material("pla")


@pytest.fixture(scope="module")
def sliced() -> SliceResult:
    return slice_parts([frame_set()[1]], MK3, PLA, SliceSettings(skirt_loops=1))


def test_recorded_commands_index_as_the_parsed_text(sliced: SliceResult) -> None:
    assert sliced.program is not None
    handed = sliced.program.commands
    reparsed = parse_gcode(sliced.gcode.splitlines()).commands
    count = len(reparsed)
    assert len(handed) == count > 1000
    for index in (0, 1, count // 3, count // 2, count - 2, count - 1, -1, -count):
        assert handed[index] == reparsed[index], f"command {index}"
    assert list(handed[10:20]) == list(reparsed[10:20])
    with pytest.raises(IndexError):
        handed[count]


def test_recorded_commands_read_the_same_on_every_pass(sliced: SliceResult) -> None:
    assert sliced.program is not None
    first, second = list(sliced.program.commands), list(sliced.program.commands)
    assert first == second
    reparsed = parse_gcode(sliced.gcode.splitlines())
    assert check_gcode(sliced.program, MK3).is_safe
    assert analyze_gcode(sliced.program, MK3, PLA) == analyze_gcode(reparsed, MK3, PLA)


def _recorded(lines_before: list[str], runs: list[tuple[list[float], list[float], list[float]]],
              between: list[str]) -> tuple[ParsedGcode, list[str]]:
    """A program as the writer records it: plain lines, then runs of `G1 X Y E` with `between` after each."""
    stats = WriterStats()
    out = _Output(stats)
    out.add_all(lines_before)
    for xs, ys, es in runs:
        out.add_extrusions(xs, ys, es)
        out.add_all(between)
    program = stats.program()
    assert program is not None
    return program, stats.lines


@pytest.mark.parametrize("modes", [
    ["G21", "G90", "M83"],  # the slicer's own: runs taken whole
    ["G21", "G90", "M82"],  # absolute E: runs taken whole, E read as positions
    ["G21", "G91", "M83"],  # relative positions: each move of a run on its own
    ["G20", "G90", "M83"],  # inches: each move on its own
])
def test_runs_taken_whole_give_the_estimate_of_their_moves_one_by_one(modes: list[str]) -> None:
    runs = [
        ([10.0, 10.0, 20.5, 20.5], [10.0, 30.0, 30.0, 30.0], [0.5, 0.66667, 0.41, 0.0]),  # a move that stays put
        ([21.0, 22.0, 40.0], [31.0, 31.0, 12.125], [-0.8, 0.8, 1.23457]),  # a retraction in the run
        ([40.0], [40.0], [0.0]),  # a travel written as a run
    ]
    between = ["G1 Z0.6 F600", "G1 F1800"]
    program, lines = _recorded([*modes, "M104 S200", "G28", "G1 Z0.3 F900", "G1 F1500"], runs, between)

    whole = analyze_gcode(program, MK3, PLA)
    one_by_one = analyze_gcode(ParsedGcode(program.line_count, list(program.commands)), MK3, PLA)
    from_text = analyze_gcode(lines, MK3, PLA)

    assert whole == one_by_one == from_text
    assert whole.extrusion_moves > 0 and whole.retractions >= 1


def test_the_slicers_runs_are_most_of_its_moves(sliced: SliceResult) -> None:
    assert sliced.program is not None
    blocks = list(sliced.program.commands.blocks())  # type: ignore[attr-defined]
    moves_in_runs = sum(len(block.xs) for block in blocks if block.code == MOVE_RUN_CODE)
    assert moves_in_runs > 0.8 * len(sliced.program.commands)
