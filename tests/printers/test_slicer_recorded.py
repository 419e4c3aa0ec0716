from __future__ import annotations

import pytest

from printers.gcode import analyze_gcode, check_gcode, parse_gcode
from printers.profiles import find_material, find_printer
from printers.slicer import SliceResult, SliceSettings, slice_parts
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
