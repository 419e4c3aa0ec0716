from __future__ import annotations

import dataclasses
import re
import struct
from pathlib import Path

import numpy as np
import pytest
import shapely
import trimesh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box

from printers.gcode import analyze_gcode, check_gcode, parse_gcode, preview_layers
from printers.profiles import find_material, find_printer
from printers.slicer import SeamPosition, SliceError, SliceSettings, slice_parts
from printers.slicer.sections import is_prism, segments_to_area
from printers.slicer.writer import e_per_mm
from tests.printers.shapes import extrude, frame_front_outline, frame_set

MK3 = find_printer("prusa-mk3")
PLA = find_material("pla")
# No purge line: every extrusion in the file then belongs to the parts or the skirt.
BARE_MK3 = dataclasses.replace(
    MK3,
    start_gcode=(
        "G90\nM83\nM140 S{first_layer_bed_c}\nM104 S{first_layer_hotend_c}\nG28\n"
        "M190 S{first_layer_bed_c}\nM109 S{first_layer_hotend_c}"
    ),
)

_STRICT = re.compile(
    r"^(?:"
    r"G[01](?: [XYZEF]-?\d+(?:\.\d+)?)+"
    r"|G28|G90|G91|M82|M83|M84(?: [XYE])*|M107"
    r"|G92 E0"
    r"|M10[49] S\d+(?:\.\d+)?|M1[49]0 S\d+(?:\.\d+)?|M106 S\d+"
    r"|M20[13](?: [XYZE]\d+(?:\.\d+)?)+|M204(?: [PRT]\d+(?:\.\d+)?)+|M205(?: [XYZE]\d+(?:\.\d+)?)+"
    r")$"
)


def strict_parse(text: str) -> list[str]:
    """Every command line in the narrow grammar our writer promises; comments only after ';'."""
    commands = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        assert _STRICT.match(line), f"line {number}: {raw!r}"
        for value in re.findall(r"-?\d+(?:\.\d+)?", line):
            assert np.isfinite(float(value))
        commands.append(line)
    return commands


def test_frame_set_gives_safe_strict_gcode() -> None:
    result = slice_parts(frame_set(), MK3, PLA, SliceSettings())
    assert result.part_names == ("front", "temple-right", "temple-left")
    assert set(result.prism_parts) == set(result.part_names)
    commands = strict_parse(result.gcode)
    assert len(commands) > 1000
    lines = result.gcode.splitlines()
    assert check_gcode(lines, MK3).is_safe
    analysis = analyze_gcode(lines, MK3, PLA)
    assert analysis.layers == result.layer_count == 20
    assert analysis.retractions == result.retractions + 1  # the end G-code retracts once more
    assert analysis.bbox is not None
    assert analysis.bbox.min_x >= 0 and analysis.bbox.max_x <= MK3.bed_x_mm
    assert analysis.bbox.max_z == pytest.approx(4.0)
    # Grams against the parts' volume: 2 walls, 4+4 solid layers and 20 % infill of 4 mm thin parts.
    volume_cm3 = sum(m.volume for m in frame_set()) / 1000
    assert 0.4 * volume_cm3 * PLA.density_g_cm3 < analysis.filament_g < 1.3 * volume_cm3 * PLA.density_g_cm3
    assert 10 * 60 < analysis.print_time_s < 4 * 3600


@pytest.mark.parametrize("with_skirt", [False, True])
def test_the_handed_over_commands_are_what_the_text_parses_to(with_skirt: bool) -> None:
    sphere = trimesh.creation.icosphere(subdivisions=2, radius=6)
    sphere.metadata["name"] = "ball"
    result = slice_parts([sphere, frame_set()[1]], MK3, PLA, SliceSettings(skirt_loops=int(with_skirt)))
    assert result.program is not None
    reparsed = parse_gcode(result.gcode.splitlines())
    assert result.program.line_count == reparsed.line_count == result.line_count
    assert len(result.program.commands) == len(reparsed.commands) > 1000
    for handed, parsed in zip(result.program.commands, reparsed.commands, strict=True):
        assert handed == parsed, f"line {parsed.line_no}"


def _ring_segments(ring: list[tuple[float, float]]) -> np.ndarray:
    points = np.asarray(ring + ring[:1], dtype=float)
    return np.stack([points[:-1], points[1:]], axis=1)


def test_clean_sections_skip_noding_and_crossing_ones_are_noded() -> None:
    outer = [(0.0, 0.0), (5.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]  # (5, 0) lies on a straight edge
    hole = [(3.0, 3.0), (3.0, 7.0), (7.0, 7.0), (7.0, 3.0)]
    clean = segments_to_area(np.concatenate([_ring_segments(outer), _ring_segments(hole)]), 0.1)
    assert clean.area == pytest.approx(100.0 - 16.0)
    assert shapely.get_num_coordinates(clean) == 5 + 5  # the collinear vertex is gone, the corners stay
    # Two squares crossing each other: the same area as when their segments are noded first.
    first = _ring_segments([(0.0, 0.0), (6.0, 0.0), (6.0, 6.0), (0.0, 6.0)])
    second = _ring_segments([(3.0, 3.0), (9.0, 3.0), (9.0, 9.0), (3.0, 9.0)])
    crossing = np.concatenate([first, second])
    noded = shapely.build_area(shapely.node(shapely.multilinestrings(shapely.linestrings(crossing))))
    assert segments_to_area(crossing, 0.1).equals(noded)


def test_extrusion_per_mm_uses_the_rounded_bead() -> None:
    assert e_per_mm(0.45, 0.2, 1.75) == pytest.approx(0.0339, abs=2e-4)


def test_retraction_only_where_travel_leaves_the_part() -> None:
    solid = extrude(box(0, 0, 40, 30), 2.0, "plate")
    result = slice_parts([solid], BARE_MK3, PLA, SliceSettings(skirt_loops=0))
    # A convex plate never needs to leave the part.
    assert result.retractions == 0
    two = slice_parts([solid, solid.copy()], BARE_MK3, PLA, SliceSettings(skirt_loops=0))
    layers = two.layer_count
    assert layers <= two.retractions <= 3 * layers  # hopping between the two parts


def test_several_parts_and_a_general_solid() -> None:
    sphere = trimesh.creation.icosphere(subdivisions=3, radius=10)
    sphere.metadata["name"] = "ball"
    assert not is_prism(sphere)
    result = slice_parts([sphere, frame_set()[1]], MK3, PLA, SliceSettings())
    assert result.prism_parts == ("temple-right",)
    strict_parse(result.gcode)
    lines = result.gcode.splitlines()
    assert check_gcode(lines, MK3).is_safe
    layers = preview_layers(lines)
    assert len(layers) == result.layer_count == 100
    # The ball's widest layer is near its middle; solid skins at the bottom and the top.
    widths = [np.ptp(layer.extrusions[:, [0, 2]]) for layer in layers]
    assert max(widths) > 0


def test_a_part_larger_than_the_bed_is_refused() -> None:
    long_bar = extrude(box(0, 0, 300, 10), 3.0, "bar")
    with pytest.raises(SliceError, match="larger than"):
        slice_parts([long_bar], MK3, PLA)
    tall = trimesh.creation.box((10, 10, 300))
    with pytest.raises(SliceError, match="tall"):
        slice_parts([tall], MK3, PLA)


def test_a_long_part_is_turned_to_fit() -> None:
    bar = extrude(box(0, 0, 10, 230), 2.0, "bar")  # 230 mm deep: the MK3 is 210 deep but 250 wide
    result = slice_parts([bar], MK3, PLA, SliceSettings(skirt_loops=0))
    assert check_gcode(result.gcode.splitlines(), MK3).is_safe


def test_too_many_parts_are_refused() -> None:
    plates = [extrude(box(0, 0, 100, 80), 2.0, f"p{i}") for i in range(8)]
    with pytest.raises(SliceError, match="fewer parts"):
        slice_parts(plates, MK3, PLA)


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"layer_height_mm": 0.5}, "Layer height"),
        ({"perimeters": 0}, "Perimeters"),
        ({"infill_pct": 150}, "Infill"),
    ],
)
def test_bad_settings_are_refused(change: dict[str, float], match: str) -> None:
    with pytest.raises(SliceError, match=match):
        slice_parts(frame_set()[:1], MK3, PLA, dataclasses.replace(SliceSettings(), **change))


def test_material_too_hot_for_the_printer_is_refused() -> None:
    hot = dataclasses.replace(PLA, hotend_c=300, first_layer_hotend_c=300)
    with pytest.raises(SliceError, match="300"):
        slice_parts(frame_set()[:1], find_printer("creality-ender3"), hot)


def test_bedless_printer_gets_no_bed_heating() -> None:
    small = extrude(box(0, 0, 30, 20), 2.0, "tag")
    bedless = find_printer("mini-bedless")
    result = slice_parts([small], bedless, PLA)
    assert "M140" not in result.gcode and "M190" not in result.gcode
    assert check_gcode(result.gcode.splitlines(), bedless).is_safe


def test_progress_is_reported_and_can_cancel() -> None:
    seen: list[float] = []
    slice_parts(frame_set()[:1], MK3, PLA, progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)

    class StopSlicingError(Exception):
        pass

    def cancel(fraction: float, message: str) -> None:
        if fraction > 0.5:
            raise StopSlicingError

    with pytest.raises(StopSlicingError):
        slice_parts(frame_set()[:1], MK3, PLA, progress=cancel)


def _outline_strategy() -> st.SearchStrategy[Polygon]:
    @st.composite
    def build(draw: st.DrawFn) -> Polygon:
        width = draw(st.floats(8, 70))
        depth = draw(st.floats(8, 50))
        shape = box(0, 0, width, depth)
        if draw(st.booleans()):
            r = draw(st.floats(1, min(width, depth) / 2))
            shape = shape.union(Point(width, depth / 2).buffer(r, quad_segs=8))
        for _ in range(draw(st.integers(0, 2))):
            cx = draw(st.floats(0.2, 0.8)) * width
            cy = draw(st.floats(0.2, 0.8)) * depth
            r = draw(st.floats(0.8, max(0.9, min(width, depth) / 5)))
            shape = shape.difference(Point(cx, cy).buffer(r, quad_segs=8))
        angle = draw(st.floats(0, 90))
        shape = affinity.rotate(shape, angle, origin=(0, 0))
        if isinstance(shape, MultiPolygon):
            shape = max(shape.geoms, key=lambda g: g.area)
        # Unions leave repeated vertices, which extrude into zero-area faces (not watertight).
        return shapely.remove_repeated_points(shape, 0.01)

    return build()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    outline=_outline_strategy(),
    thickness=st.floats(0.6, 4.0),
    infill=st.sampled_from([0.0, 15.0, 20.0, 50.0, 100.0]),
    perimeters=st.integers(1, 3),
)
def test_all_extrusion_lies_inside_the_outline(
    outline: Polygon, thickness: float, infill: float, perimeters: int
) -> None:
    mesh = extrude(outline, thickness, "prism")
    assert mesh.is_watertight
    result = slice_parts([mesh], BARE_MK3, PLA, SliceSettings(skirt_loops=0, infill_pct=infill, perimeters=perimeters))
    placed = shapely.affinity.affine_transform(outline, _affine2d(result.placements[0]))
    allowed = placed.buffer(1e-3)
    layers = preview_layers(result.gcode.splitlines())
    assert layers
    segments = np.concatenate([layer.extrusions for layer in layers])
    ends = np.vstack([segments[:, :2], segments[:, 2:], (segments[:, :2] + segments[:, 2:]) / 2])
    inside = shapely.covers(allowed, shapely.points(ends))
    assert inside.all(), ends[~inside][:5]
    assert check_gcode(result.gcode.splitlines(), BARE_MK3).is_safe


def _affine2d(matrix: np.ndarray) -> list[float]:
    return [matrix[0, 0], matrix[0, 1], matrix[1, 0], matrix[1, 1], matrix[0, 3], matrix[1, 3]]


def test_stl_paths_and_broken_files(tmp_path: Path) -> None:
    front = extrude(frame_front_outline(), 3.0, "front")
    path = tmp_path / "front.stl"
    front.export(path)
    assert slice_parts([path], MK3, PLA).part_names == ("front",)
    empty = tmp_path / "empty.stl"
    empty.write_bytes(b"")
    with pytest.raises(SliceError, match="empty"):
        slice_parts([empty], MK3, PLA)
    garbage = tmp_path / "garbage.stl"
    garbage.write_bytes(b"solid nothing\nfacet normal 1 2\n" * 3)
    with pytest.raises(SliceError):
        slice_parts([garbage], MK3, PLA)


def test_holes_in_a_mesh_are_repaired() -> None:
    cube = trimesh.creation.box((10, 10, 10))
    keep = np.ones(len(cube.faces), dtype=bool)
    keep[:2] = False
    cube.update_faces(keep)
    assert not cube.is_watertight
    result = slice_parts([cube], MK3, PLA)
    assert result.repaired_parts == ("part 1",)
    assert check_gcode(result.gcode.splitlines(), MK3).is_safe


def test_touching_cubes_with_a_loose_fin_are_repaired_and_reported() -> None:
    cube = trimesh.creation.box((10, 10, 10))
    other = trimesh.creation.box((10, 10, 10))
    other.apply_translation([10, 0, 0])
    # Two cubes sharing a face's edges plus a fin: edges used by more than two faces; a stray face.
    fin = trimesh.Trimesh(vertices=[[5, 5, 5], [5, -5, 5], [5, 0, 12]], faces=[[0, 1, 2]])
    stray = trimesh.Trimesh(vertices=[[0, 0, 20], [1, 0, 20], [0, 1, 21]], faces=[[0, 1, 2]])
    broken = trimesh.util.concatenate([cube, other, fin, stray])
    broken.merge_vertices()
    result = slice_parts([broken], MK3, PLA)
    assert result.repaired_parts == ("part 1",)
    assert "1 loose face removed" in result.repairs[0]
    assert "shared by more than two triangles" in result.repairs[0]
    assert result.layer_count == 85  # up to the fin's tip (17 mm); the stray face above it is gone
    assert check_gcode(result.gcode.splitlines(), MK3).is_safe


def test_open_surface_is_refused_with_a_reason() -> None:
    # A box without its top and bottom: a tube of zero thickness, no closed outline at any height.
    sheet = trimesh.Trimesh(
        vertices=[[0, 0, 0], [10, 0, 0], [10, 0, 10], [0, 0, 10]], faces=[[0, 1, 2], [0, 2, 3]]
    )
    with pytest.raises(SliceError, match=r"open surface|no volume"):
        slice_parts([sheet], MK3, PLA)


@pytest.mark.parametrize(("below", "above"), [(4, 4), (3, 5), (0, 2), (1, 0)])
def test_window_masks_match_brute_force(below: int, above: int) -> None:
    from printers.slicer.engine import _area_key, _WindowMasks
    from printers.slicer.sections import section_areas

    ball = trimesh.creation.icosphere(subdivisions=3, radius=12)
    ball.apply_translation([50, 50, 12])
    # Flat stretches (repeated areas) exercise the equal-neighbour shortcut.
    areas = section_areas(ball, [0.1 + 0.2 * i for i in range(60)], 0.2)
    areas = areas[:20] + [areas[20]] * 15 + areas[20:]
    keys = [_area_key(a) for a in areas]
    windows = _WindowMasks(areas, keys, below, above)
    for i in range(len(areas)):
        mask, is_solid = windows.mask(i)
        if i - below < 0 or i + above >= len(areas):
            assert is_solid and mask is None
            continue
        expected = shapely.intersection_all(areas[i - below : i + above + 1])
        got = areas[i] if mask is None else mask
        assert got.symmetric_difference(expected).area < 1e-6


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 20, "readable mesh|no usable triangles|closed solid|100 m"),
        (b"\0" * 80 + struct.pack("<I", 1) + struct.pack("<12fH", *([float("nan")] * 12), 0), "no usable triangles"),
        (b"\0" * 80 + struct.pack("<I", 1) + struct.pack("<12fH", *([1e30] * 12), 0), "100 m"),
        (b"hello, this is not a mesh\n" * 10, "no usable triangles|readable mesh"),
    ],
    ids=["empty", "noise", "nan", "huge", "text"],
)
def test_garbage_stl_is_refused(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "part.stl"
    path.write_bytes(content)
    with pytest.raises(SliceError, match=match) as refused:
        slice_parts([path], MK3, PLA)
    assert "part.stl" in str(refused.value)  # the file to export again, by its whole name


def test_overlapping_bodies_are_united_and_cavities_kept() -> None:
    from printers.slicer.sections import section_areas

    first = trimesh.creation.box((20, 20, 10))
    second = trimesh.creation.box((20, 20, 10))
    second.apply_translation([10, 5, 0])
    merged = trimesh.util.concatenate([first, second])  # two closed shells, no boolean
    assert section_areas(merged, [0.0], 0.2)[0].area == pytest.approx(2 * 400 - 10 * 15)
    outer = trimesh.creation.box((30, 30, 10))
    cavity = trimesh.creation.box((10, 10, 4))
    cavity.invert()
    hollow = trimesh.util.concatenate([outer, cavity])
    assert section_areas(hollow, [0.0], 0.2)[0].area == pytest.approx(900 - 100)
    result = slice_parts([merged], MK3, PLA)
    assert check_gcode(result.gcode.splitlines(), MK3).is_safe


def test_parts_may_come_as_named_meshes() -> None:
    @dataclasses.dataclass(frozen=True)
    class GeneratedPart:  # shaped like a generated frame's parts: a name and a mesh
        name: str
        mesh: trimesh.Trimesh

    front, temple, _ = frame_set()
    result = slice_parts([GeneratedPart("rim", front), ("arm", temple)], MK3, PLA)
    assert result.part_names == ("rim", "arm")
    with pytest.raises(SliceError, match="neither a mesh nor a file"):
        slice_parts([42], MK3, PLA)  # type: ignore[list-item]


def test_rear_seams_line_up_layer_after_layer() -> None:
    plate = extrude(box(0, 0, 40, 30), 3.0, "plate")

    def seam_starts(seam: SeamPosition) -> set[tuple[str, str]]:
        text = slice_parts([plate], BARE_MK3, PLA, SliceSettings(skirt_loops=0, seam=seam)).gcode
        starts = set()
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if line == ";TYPE:external_perimeter":
                travel = next(x for x in lines[i + 1 : i + 4] if x.startswith("G0 "))
                starts.add(tuple(travel.split()[1:3]))
        return starts

    assert len(seam_starts(SeamPosition.REAR)) == 1
    assert len(seam_starts(SeamPosition.NEAREST)) > 1


def test_a_given_layout_is_kept_when_it_fits() -> None:
    left = extrude(box(0, 0, 30, 20), 2.0, "left")
    right = extrude(box(0, 0, 30, 20), 2.0, "right")
    right.apply_translation([45, 30, 0])
    result = slice_parts([left, right], MK3, PLA)
    offsets = [placement[:2, 3] for placement in result.placements]
    assert np.allclose(offsets[0], offsets[1])  # moved together, as laid out
    overlapping = slice_parts([left, left.copy()], MK3, PLA)
    first, second = (p[:2, 3] for p in overlapping.placements)
    assert not np.allclose(first, second)  # stacked parts are spread out instead
