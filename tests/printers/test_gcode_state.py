from __future__ import annotations

from printers.gcode import state_at_line, stream_commands
from tests.printers.gcode_samples import good_program


def test_state_follows_the_file_line_by_line() -> None:
    program = good_program()
    start = state_at_line(program, 0)
    assert (start.hotend_c, start.bed_c, start.is_homed) == (0.0, 0.0, False)
    after_heat = state_at_line(program, 7)  # up to M109 S210
    assert (after_heat.hotend_c, after_heat.bed_c, after_heat.is_homed) == (210.0, 60.0, True)
    assert after_heat.is_relative_e and not after_heat.is_relative_xyz
    mid = state_at_line(program, 14)  # after the travel to X100 Y100
    assert (mid.x_mm, mid.y_mm, mid.z_mm) == (100.0, 100.0, 0.2)
    assert mid.feed_mm_min == 9000.0
    assert mid.e_mm == 1.5 + 1.5 - 0.8
    end = state_at_line(program, len(program))
    assert (end.hotend_c, end.bed_c, end.z_mm) == (0.0, 0.0, 10.0)


def test_resuming_after_a_line_matches_the_state_there() -> None:
    program = good_program() + ["M106 S128", "G1 X10 Y10 F3000", "M107"]
    sent = [line.line_no for line in stream_commands(program, start_after_line=19)]
    assert sent[0] == 20
    state = state_at_line(program, 23)
    assert state.fan_pct == 50.2
    assert state_at_line(program, 25).fan_pct == 0.0
