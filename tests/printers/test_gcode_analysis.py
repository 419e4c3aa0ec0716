from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from printers.gcode import EnergyPhase, GcodeReadError, MachineLimits, analyze_gcode, plan_times, stream_commands
from printers.profiles import MotionLimits, find_material, find_printer
from tests.printers.gcode_samples import good_program

ENDER = find_printer("creality-ender3")
PLA = find_material("pla")


def _limits(accel: float = 1000.0, jerk: float = 8.0) -> MachineLimits:
    return MachineLimits.from_profile(
        MotionLimits(print_accel_mm_s2=accel, travel_accel_mm_s2=accel, jerk_x_mm_s=jerk, jerk_y_mm_s=jerk)
    )


def test_single_move_is_a_trapezoid() -> None:
    # 100 mm at 50 mm/s, a = 1000 mm/s², starting and ending at the 8 mm/s jerk speed.
    seconds = plan_times(np.array([[100.0, 0, 0, 0]]), np.array([50.0]), _limits())[0]
    ramp_t = (50 - 8) / 1000
    ramp_d = (50**2 - 8**2) / 2000
    expected = 2 * ramp_t + (100 - 2 * ramp_d) / 50
    assert seconds == pytest.approx(expected, rel=1e-9)


def test_short_move_is_a_triangle() -> None:
    seconds = plan_times(np.array([[1.0, 0, 0, 0]]), np.array([100.0]), _limits())[0]
    peak = math.sqrt(8**2 + 1000 * 1.0)
    assert seconds == pytest.approx(2 * (peak - 8) / 1000, rel=1e-9)


def test_straight_moves_keep_their_speed_through_junctions() -> None:
    one = plan_times(np.array([[100.0, 0, 0, 0]]), np.array([50.0]), _limits()).sum()
    split = plan_times(np.array([[50.0, 0, 0, 0], [50.0, 0, 0, 0]]), np.array([50.0, 50.0]), _limits()).sum()
    assert split == pytest.approx(one, rel=1e-6)
    corner = plan_times(np.array([[50.0, 0, 0, 0], [0, 50.0, 0, 0]]), np.array([50.0, 50.0]), _limits()).sum()
    assert corner > one


def test_acceleration_makes_it_slower_than_length_over_feed() -> None:
    analysis = analyze_gcode(good_program(), ENDER, PLA)
    naive = (40 + 40 + 20 + 20) / 20.0  # the extruding moves at F1200
    assert analysis.print_time_s > naive


def test_limits_in_the_file_are_honoured() -> None:
    body = ["G28", "G1 X200 Y0 F12000", "G1 X0 Y0", "G1 X200 Y0", "G1 X0 Y0"]
    slow = analyze_gcode(["M201 X100 Y100", "M204 P100 T100"] + body, ENDER)
    fast = analyze_gcode(["M201 X5000 Y5000", "M203 X500 Y500", "M204 P5000 T5000"] + body, ENDER)
    capped = analyze_gcode(["M203 X20 Y20"] + body, ENDER)
    assert slow.print_time_s > fast.print_time_s * 1.5
    assert capped.print_time_s == pytest.approx(800 / 20, rel=0.05)
    jerky = analyze_gcode(["M205 X100 Y100"] + body, ENDER)
    smooth = analyze_gcode(["M205 X1 Y1"] + body, ENDER)
    assert jerky.print_time_s < smooth.print_time_s


def test_slicer_estimates_and_m73_are_ignored() -> None:
    plain = analyze_gcode(good_program(), ENDER)
    decorated = analyze_gcode(
        ["; estimated printing time (normal mode) = 9h 0m 0s", ";TIME:32400", "M73 P0 R540"] + good_program(), ENDER
    )
    assert decorated.print_time_s == pytest.approx(plain.print_time_s)


def test_filament_layers_bbox_and_retractions() -> None:
    analysis = analyze_gcode(good_program(), ENDER, PLA)
    assert analysis.filament_mm == pytest.approx(1.5 + 1.5 - 0.8 + 0.8 + 0.75 + 0.75)
    area_cm2 = math.pi * (1.75 / 2) ** 2 / 100
    assert analysis.filament_g == pytest.approx(analysis.filament_mm / 10 * area_cm2 * 1.24)
    assert analysis.material_cost == pytest.approx(analysis.filament_g / 1000 * PLA.price_per_kg)
    assert analysis.layers == 2
    assert analysis.layer_z_mm == (0.2, 0.4)
    assert analysis.retractions == 1
    box = analysis.bbox
    assert box is not None
    assert (box.min_x, box.min_y, box.max_x, box.max_y) == (10, 10, 120, 120)
    assert (box.min_z, box.max_z) == (0.2, 0.4)


def test_absolute_extrusion_with_resets_counts_net_filament() -> None:
    program = ["G28", "M82", "G92 E0", "G1 X10 E5", "G1 X20 E10", "G92 E0", "G1 X30 E5", "G1 E3", "G1 E5"]
    assert analyze_gcode(program, ENDER).filament_mm == pytest.approx(15.0)


def test_arcs_take_their_length() -> None:
    arc = analyze_gcode(["G28", "G1 X100 Y100 F3000", "G2 X100 Y120 I0 J10 F600"], ENDER)
    chord = analyze_gcode(["G28", "G1 X100 Y100 F3000", "G1 X100 Y120 F600"], ENDER)
    half_circle_s = math.pi * 10 / 10
    assert arc.print_time_s - chord.print_time_s == pytest.approx(half_circle_s - 2, rel=0.15)


def test_energy_profile_heat_up_then_printing() -> None:
    analysis = analyze_gcode(good_program(), ENDER, PLA)
    power = ENDER.power
    bed_s = (60 - power.ambient_c) / power.bed_heat_rate_c_s
    hotend_s = (210 - power.ambient_c) / power.hotend_heat_rate_c_s
    assert analysis.heat_up_s == pytest.approx(max(bed_s, hotend_s))
    phases = [s.phase for s in analysis.energy_profile]
    assert phases[0] is EnergyPhase.HEAT_UP
    assert EnergyPhase.PRINTING in phases
    first = analysis.energy_profile[0]
    assert first.power_w == pytest.approx(power.idle_w + power.hotend_heat_up_w + power.bed_heat_up_w)
    assert analysis.energy_wh == pytest.approx(sum(s.power_w * s.duration_s for s in analysis.energy_profile) / 3600)
    assert analysis.peak_w == first.power_w
    starts = [s.start_s for s in analysis.energy_profile]
    assert starts == sorted(starts)
    total = sum(s.duration_s for s in analysis.energy_profile)
    assert total == pytest.approx(analysis.print_time_s + analysis.heat_up_s)


def test_bed_off_printing_draws_less() -> None:
    with_bed = analyze_gcode(good_program(), ENDER)
    no_bed = analyze_gcode([line for line in good_program() if not line.startswith(("M140", "M190"))], ENDER)
    printing = [s for s in no_bed.energy_profile if s.phase is EnergyPhase.PRINTING]
    assert printing and all(s.power_w == ENDER.power.printing_bed_off_w for s in printing)
    assert no_bed.energy_wh < with_bed.energy_wh


def test_json_keys() -> None:
    data = analyze_gcode(good_program(), ENDER, PLA).to_json()
    for key in (
        "print_time_s",
        "heat_up_s",
        "filament_mm",
        "filament_g",
        "energy_wh",
        "layers",
        "bbox",
        "energy_profile",
    ):
        assert key in data


def test_nan_moves_do_not_poison_the_estimate() -> None:
    program = good_program()[:-4] + ["G1 XNAN Y10 E1"] + good_program()[-4:]
    analysis = analyze_gcode(program, ENDER)
    assert math.isfinite(analysis.print_time_s)
    assert analysis.print_time_s == pytest.approx(analyze_gcode(good_program(), ENDER).print_time_s)


def test_unreadable_files(tmp_path: Path) -> None:
    garbage = tmp_path / "x.gcode"
    garbage.write_bytes(b"\x00\x01\x02garbage" * 100)
    with pytest.raises(GcodeReadError):
        analyze_gcode(garbage)
    with pytest.raises(GcodeReadError, match="does not exist"):
        analyze_gcode(tmp_path / "missing.gcode")


def test_stream_strips_comments_and_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "a.gcode"
    path.write_text("; header\n\nG28 ; home\nN12 G1 X1*57\n  (note) M104 S200\n;end\nM84\n")
    lines = list(stream_commands(path))
    assert [(s.line_no, s.text) for s in lines] == [(3, "G28"), (4, "G1 X1"), (5, "M104 S200"), (7, "M84")]
    assert [s.line_no for s in stream_commands(path, start_after_line=4)] == [5, 7]


def test_profile_without_file_limits_sets_the_estimate() -> None:
    body = ["G28", "G1 X200 Y0 F12000", "G1 X0 Y0"]
    slow_printer = dataclasses.replace(ENDER, limits=dataclasses.replace(ENDER.limits, travel_accel_mm_s2=100.0))
    assert analyze_gcode(body, slow_printer).print_time_s > analyze_gcode(body, ENDER).print_time_s


@settings(max_examples=60, deadline=None)
@given(
    moves=st.lists(
        st.tuples(st.floats(-50, 50), st.floats(-50, 50), st.floats(5, 200)),
        min_size=1,
        max_size=30,
    ),
    accel=st.floats(100, 5000),
    jerk=st.floats(0.5, 20),
)
def test_planner_time_lies_between_cruise_and_stop_and_go(
    moves: list[tuple[float, float, float]], accel: float, jerk: float
) -> None:
    deltas = np.array([[dx, dy, 0.0, 0.0] for dx, dy, _ in moves])
    feeds = np.array([f for _, _, f in moves])
    limits = MachineLimits.from_profile(
        MotionLimits(
            max_accel_x_mm_s2=1e6,
            max_accel_y_mm_s2=1e6,
            print_accel_mm_s2=accel,
            travel_accel_mm_s2=accel,
            jerk_x_mm_s=jerk,
            jerk_y_mm_s=jerk,
            max_feed_x_mm_s=1e4,
            max_feed_y_mm_s=1e4,
        )
    )
    times = plan_times(deltas, feeds, limits)
    lengths = np.hypot(deltas[:, 0], deltas[:, 1])
    assert np.all(times >= lengths / feeds - 1e-9)  # never faster than cruising all the way
    # Never slower than stopping dead at both ends of every move.
    peak = np.minimum(feeds, np.sqrt(accel * lengths))
    stop_and_go = np.where(peak < feeds, 2 * peak / accel, 2 * feeds / accel + (lengths - feeds**2 / accel) / feeds)
    assert np.all(times <= stop_and_go + 1e-9)


def test_firmware_retraction_counts() -> None:
    assert analyze_gcode(["G28", "G1 X10 E1", "G10", "G1 X20", "G11", "G10 L2 P1 X0"], ENDER).retractions == 1


def test_layer_start_times_and_remaining_time() -> None:
    from printers.slicer import SliceSettings, slice_parts
    from tests.printers.shapes import frame_set

    gcode = slice_parts(frame_set()[1:2], ENDER, PLA, SliceSettings()).gcode.splitlines()
    analysis = analyze_gcode(gcode, ENDER, PLA)
    starts = analysis.layer_start_s
    assert len(starts) == analysis.layers
    assert list(starts) == sorted(starts)
    assert starts[0] >= analysis.heat_up_s
    assert starts[-1] < analysis.total_time_s
    assert analysis.elapsed_at_line(analysis.layer_first_lines[3]) == pytest.approx(starts[3])
    assert analysis.remaining_s(0) == pytest.approx(analysis.total_time_s)
    assert analysis.remaining_s(analysis.total_lines) == pytest.approx(0.0)
    middle = (analysis.layer_first_lines[5] + analysis.layer_first_lines[6]) // 2
    assert starts[5] <= analysis.elapsed_at_line(middle) <= starts[6]


def test_preview_follows_arcs_and_splits_layers() -> None:
    from printers.gcode import preview_layers

    program = GOOD_START_FOR_PREVIEW + ["G1 X110 Y100 F600", "G2 X110 Y120 I0 J10 E1", "G1 Z0.4", "G1 X120 Y120 E1"]
    layers = preview_layers(program)
    assert [layer.z_mm for layer in layers] == [0.2, 0.4]
    arc = layers[0].extrusions
    assert len(arc) > 10  # drawn as many chords, not one
    assert arc[:, [0, 2]].min() == pytest.approx(100, abs=0.2)  # clockwise from below: round by X 100


GOOD_START_FOR_PREVIEW = ["G28", "M83", "M104 S200", "M109 S200", "G1 Z0.2", "G1 X100 Y100"]
