"""Toolpaths that hold: extrusion inside the part, thin walls, small regions solid, overhang reports,
the frames mode and PrusaSlicer's failure reasons."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest
import shapely
import trimesh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from printers.gcode import analyze_gcode, check_gcode
from printers.profiles import find_material, find_printer
from printers.prusa_backend import failure_reason
from printers.slicer import PrintMode, SliceSettings, frames_settings, slice_parts
from printers.slicer.overhangs import OverhangKind, overhang_report
from printers.slicer.toolpaths import Bead, PathRole, island_paths, medial_axis

ENDER = find_printer("creality-ender3")
PLA = find_material("pla")
PETG = find_material("petg")
_MOVE = re.compile(r"G1 X(-?[\d.]+) Y(-?[\d.]+) E([\d.]+)")


def _extrusions_per_layer(gcode: str) -> list[list[tuple[float, float, float, float]]]:
    """Per layer: extruding segments (x0, y0, x1, y1), from the text as a printer reads it."""
    layers: list[list[tuple[float, float, float, float]]] = []
    x = y = None
    for line in gcode.splitlines():
        if line.startswith(";LAYER:"):
            layers.append([])
            continue
        move = _MOVE.match(line)
        is_move = line[:2] in ("G0", "G1")
        words = {w[0]: float(w[1:]) for w in line.split()[1:] if w[:1] in ("X", "Y")} if is_move else {}
        if move and layers and x is not None:
            nx, ny = float(move.group(1)), float(move.group(2))
            layers[-1].append((x, y, nx, ny))
        if words:
            x, y = words.get("X", x), words.get("Y", y)
    return layers


def _box_with_hole(width: float, depth: float, height: float, hole: float) -> trimesh.Trimesh:
    outer = shapely.box(0, 0, width, depth)
    if hole > 0:
        outer = outer.difference(shapely.Point(width / 2, depth / 2).buffer(hole / 2, quad_segs=8))
    return trimesh.creation.extrude_polygon(outer, height)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.floats(3.0, 40.0),
    depth=st.floats(3.0, 40.0),
    height=st.floats(0.6, 4.0),
    hole_share=st.floats(0.0, 0.6),
    is_frames=st.booleans(),
)
def test_every_layer_extrudes_inside_the_part_footprint(
    width: float, depth: float, height: float, hole_share: float, is_frames: bool
) -> None:
    hole = hole_share * min(width, depth)
    mesh = _box_with_hole(width, depth, height, hole if hole > 1.5 else 0.0)
    chosen = frames_settings(ENDER, PLA) if is_frames else SliceSettings(skirt_loops=0)
    chosen = replace(chosen, skirt_loops=0)
    result = slice_parts([("block", mesh)], ENDER, PLA, chosen)
    footprint = shapely.affinity.affine_transform(
        shapely.box(0, 0, width, depth).difference(
            shapely.Point(width / 2, depth / 2).buffer(hole / 2, quad_segs=8) if hole > 1.5 else shapely.Point()
        ),
        [1, 0, 0, 1, result.placements[0][0, 3], result.placements[0][1, 3]],
    )
    # A bead's centre stays at least a little inside; half a line width is the most it may reach out.
    allowed = footprint.buffer(0.45 / 2 + 0.01)
    shapely.prepare(allowed)
    for number, segments in enumerate(_extrusions_per_layer(result.gcode)):
        if not segments:
            continue
        lines = shapely.linestrings(np.asarray(segments).reshape(-1, 2, 2))
        inside = shapely.covers(allowed, lines)
        assert inside.all(), f"layer {number}: {int((~inside).sum())} extrusions leave the part"


def _part_volume_mm3(gcode: str) -> float:
    """Plastic laid in the layers (the start G-code's purge line left out)."""
    text = gcode[gcode.index(";LAYER:0") :]
    e_mm = sum(float(m.group(3)) for m in _MOVE.finditer(text))
    return e_mm * np.pi * (1.75 / 2) ** 2


@pytest.mark.parametrize("thickness", [0.5, 0.7, 0.85])
def test_a_wall_narrower_than_two_lines_gets_one_centred_line(thickness: float) -> None:
    # Two loops of 0.45 mm would lay 0.9 mm of plastic into it.
    wall = trimesh.creation.box((30.0, thickness, 5.0))
    result = slice_parts([("wall", wall)], ENDER, PLA, SliceSettings(skirt_loops=0))
    roles = {line[6:] for line in result.gcode.splitlines() if line.startswith(";TYPE:")}
    assert roles == {"gap_fill"}
    assert _part_volume_mm3(result.gcode) == pytest.approx(30.0 * thickness * 5.0, rel=0.15)


def test_medial_axis_of_a_strip_runs_down_its_middle() -> None:
    strip = shapely.box(0, 0, 20, 0.5)
    lines = medial_axis(strip, min_width_mm=0.15, max_width_mm=0.7)
    assert len(lines) == 1
    points, width = lines[0]
    assert np.allclose(points[:, 1], 0.25, atol=0.05)
    assert width == pytest.approx(0.5, abs=0.05)
    assert np.ptp(points[:, 0]) > 18.0


def test_medial_axis_of_a_repeated_gap_is_the_same_and_a_copy() -> None:
    """Layers of a prismatic part leave the same gaps: the second search is a lookup, and each caller
    gets lines of its own to change."""
    first = medial_axis(shapely.box(0, 0, 20, 0.5), min_width_mm=0.15, max_width_mm=0.7)
    again = medial_axis(shapely.box(0, 0, 20, 0.5), min_width_mm=0.15, max_width_mm=0.7)
    assert len(first) == len(again) == 1
    assert np.array_equal(first[0][0], again[0][0]) and first[0][1] == again[0][1]
    first[0][0][:] = -1.0
    assert np.allclose(again[0][0][:, 1], 0.25, atol=0.05)
    assert np.allclose(medial_axis(shapely.box(0, 0, 20, 0.5), min_width_mm=0.15, max_width_mm=0.7)[0][0][:, 1],
                       0.25, atol=0.05)
    narrower = medial_axis(shapely.box(0, 0, 20, 0.5), min_width_mm=0.6, max_width_mm=0.7)
    assert narrower == []  # other width limits: searched again, not taken from the first answer


def test_regions_below_the_threshold_area_are_solid() -> None:
    bead = Bead(0.45, 0.45 - 0.2 * (1 - np.pi / 4))
    small = shapely.box(0, 0, 8, 8)  # a 6.6 mm square inside the loops: about 44 mm², under 70
    island = island_paths(small, bead, 2, None, False, bead.spacing_mm / 0.2, 45.0, 70.0)
    roles = {fill.role for fill in island.fills}
    assert PathRole.SOLID_INFILL in roles and PathRole.SPARSE_INFILL not in roles
    large = shapely.box(0, 0, 30, 30)
    island = island_paths(large, bead, 2, None, False, bead.spacing_mm / 0.2, 45.0, 70.0)
    assert {fill.role for fill in island.fills} == {PathRole.SPARSE_INFILL}


def test_a_tee_reports_its_overhangs_with_where_they_are() -> None:
    tower = trimesh.creation.box((10, 10, 20))
    tower.apply_translation([0, 0, 10])
    slab = trimesh.creation.box((40, 10, 3))
    slab.apply_translation([0, 0, 21.5])
    tee = trimesh.util.concatenate([tower, slab])
    result = slice_parts([("tee", tee)], ENDER, PLA, SliceSettings())
    kinds = {o.kind for o in result.overhangs}
    assert kinds == {OverhangKind.OVERHANG}
    places = {o.where for o in result.overhangs}
    assert places == {"on the left", "on the right"}
    assert all(o.z_mm == pytest.approx(20.0, abs=0.3) for o in result.overhangs)
    report = overhang_report(result.overhangs)
    assert report[0].startswith("tee: an overhang 20 mm above the bed")
    assert "PrusaSlicer backend with supports" in report[0]


def test_a_wide_roof_and_a_short_bridge() -> None:
    def arch(span: float) -> trimesh.Trimesh:
        left = trimesh.creation.box((4, 10, 10))
        left.apply_translation([-(span / 2 + 2), 0, 5])
        right = trimesh.creation.box((4, 10, 10))
        right.apply_translation([span / 2 + 2, 0, 5])
        roof = trimesh.creation.box((span + 8, 10, 2))
        roof.apply_translation([0, 0, 11])
        return trimesh.util.concatenate([left, right, roof])

    wide = slice_parts([("box", arch(30.0))], ENDER, PLA, SliceSettings())
    assert [o.kind for o in wide.overhangs] == [OverhangKind.ROOF]
    assert "a roof too wide to bridge 10 mm above the bed" in wide.overhangs[0].sentence()
    short = slice_parts([("box", arch(6.0))], ENDER, PLA, SliceSettings())
    assert short.overhangs == ()


def test_flat_frame_parts_report_nothing() -> None:
    plate = trimesh.creation.box((60, 20, 3))
    assert slice_parts([("front", plate)], ENDER, PLA, SliceSettings()).overhangs == ()


@pytest.mark.parametrize("material", [PLA, PETG])
def test_frames_mode_lowers_the_bed_after_the_first_layers(material: object) -> None:
    plate = trimesh.creation.box((60, 20, 3))
    chosen = frames_settings(ENDER, material)
    assert chosen.mode is PrintMode.FRAMES
    assert chosen.perimeters == SliceSettings().perimeters  # walls as strong as in the standard mode
    result = slice_parts([("front", plate)], ENDER, material, chosen)
    lines = result.gcode.splitlines()
    lowered = [i for i, line in enumerate(lines) if line.startswith("M140 S0 ;")]
    assert len(lowered) == 1
    layer_before = next(line for line in reversed(lines[: lowered[0]]) if line.startswith(";LAYER:"))
    assert int(layer_before.split(":")[1].split()[0]) * chosen.layer_height_mm >= material.bed_lowered_after_mm - 1e-6
    assert check_gcode(result.program, ENDER).is_safe
    standard = slice_parts([("front", plate)], ENDER, material, SliceSettings())
    frames = analyze_gcode(result.program, ENDER, material)
    slow = analyze_gcode(standard.program, ENDER, material)
    assert frames.energy_wh < slow.energy_wh
    assert frames.print_time_s < slow.print_time_s


def test_prusa_failure_reason_is_kept_whole() -> None:
    stderr = (
        "There is an object with no extrusions in the first layer.\n"
        "Object name: benchy_cargo_box.stl\n"
        "[2026-12-05 21:08:00.153115] [0x00007f4775153d80] [trace]   Initializing StaticPrintConfigs\n"
    )
    stdout = "10 => Processing triangulated mesh\n90 => Exporting G-code to /tmp/out.gcode\n"
    assert failure_reason(stderr, stdout) == (
        "There is an object with no extrusions in the first layer. Object name: benchy_cargo_box.stl."
    )
    logged = ("[2026-12-05 21:08:00.1] [0x7f] [error]   "
              "stl_open_count_facets: The input is an empty file: /tmp/bad.stl\n")
    assert failure_reason(logged, "") == "stl_open_count_facets: The input is an empty file: /tmp/bad.stl."
    assert failure_reason("", "") == "it gave no reason."


def test_solid_loops_of_the_same_area_are_made_once() -> None:
    """Two islands of one solid area (a frame's two temples, layers of different outlines) share the
    solid loops: the same paths, made once."""
    bead = Bead(0.45, 0.45 - 0.2 * (1 - np.pi / 4))
    temple = shapely.box(0, 0, 40, 4)
    first = island_paths(temple, bead, 2, None, True, 0.0, 45.0, 0.0, is_solid_concentric=True)
    second = island_paths(shapely.box(0, 0, 40, 4), bead, 2, None, True, 0.0, -45.0, 0.0, is_solid_concentric=True)
    solid = [path for path in first.fills if path.role is PathRole.SOLID_INFILL]
    assert solid and all(a is b for a, b in zip(solid, [p for p in second.fills if p.role is PathRole.SOLID_INFILL],
                                                 strict=True))
    assert all(np.all(path.points[:, 0] > 0.0) and np.all(path.points[:, 0] < 40.0) for path in solid)
