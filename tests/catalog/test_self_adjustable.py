"""The self-adjustable family: a frame for round fluid-filled lens modules, and the syringe clips that tune them."""

from __future__ import annotations

import math
from xml.etree import ElementTree

import manifold3d
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from catalog.frames import (
    FrameRejectedError,
    check_frame,
    generate_frame,
    get_style,
    list_styles,
    template_svg,
    thumbnail_svg,
)
from catalog.frames.fluid import port_direction
from catalog.frames.generator import FrameGenerator, build_solids
from catalog.frames.styles import CLIP_PART_NAMES, PART_NAMES
from catalog.frames.syringe import clip_geometry, cradle_grip_deg

FRAME = "self-adjust-round"
CLIPS = "self-adjust-syringe-clips"
SVG = "{http://www.w3.org/2000/svg}"


def _is_solid(solid: manifold3d.Manifold, point: tuple[float, float, float]) -> bool:
    """True when a 0.2 mm cube around the point lies wholly inside the solid."""
    probe = manifold3d.Manifold.cube((0.2, 0.2, 0.2), center=True).translate(point)
    return abs((solid ^ probe).volume() - probe.volume()) < 1e-6


def _labels(style_id: str) -> dict[str, str]:
    return {p.name: p.label for p in get_style(style_id).parameters}


def test_both_designs_are_bundled_with_licence_and_the_paper_credited() -> None:
    styles = {s.id: s for s in list_styles()}
    frame, clips = styles[FRAME], styles[CLIPS]
    assert frame.family == "fluid-module" and frame.category == "eyeglasses" and frame.is_frame
    assert clips.family == "syringe-clips" and not clips.is_frame
    for style in (frame, clips):
        assert style.licence == styles["round-classic"].licence
        assert "Gwamuri" in style.attribution and "Challenges 2(1):30-40" in style.attribution
        assert "CC BY" in style.attribution and "Adspecs" in style.attribution
        assert style.manifest()["family"] == style.family
    # The rimmed styles' manifests do not change (their content hashes in every lab stay the same).
    assert "family" not in styles["round-classic"].manifest()
    names = {p.name for p in frame.parameters}
    assert {"module_diameter_mm", "module_thickness_mm", "port_angle_deg", "port_diameter_mm", "pd_right_mm",
            "pd_left_mm", "bridge_mm", "syringe_barrel_d_mm"} <= names
    assert not names & {"lens_width_mm", "lens_height_mm", "frame_thickness_mm", "shape_n_top"}
    assert {p.name for p in clips.parameters} >= {"syringe_barrel_d_mm", "temple_thickness_mm", "temple_height_mm"}


def test_default_frame_passes_and_every_part_is_watertight() -> None:
    assert check_frame(FRAME, {}) == []
    result = generate_frame(FRAME, {})
    # The clips are asked for: printed with every frame set they would take it past 50 minutes.
    assert [p.name for p in result.parts] == list(PART_NAMES)
    for part in result.parts:
        assert part.mesh.is_watertight and part.mesh.is_winding_consistent and part.mesh.volume > 0, part.name
    assert result.derived["lens_width_mm"] == pytest.approx(40.0, abs=0.05)
    assert result.derived["module_diameter_mm"] == 40.0
    with_clips = generate_frame(FRAME, {"syringe_clips": "two"})
    assert [p.name for p in with_clips.parts] == [*PART_NAMES, *CLIP_PART_NAMES]
    for part in with_clips.parts:
        assert part.mesh.is_watertight and part.mesh.is_winding_consistent and part.mesh.volume > 0, part.name


def test_the_rim_is_as_deep_as_the_module_and_the_port_notch_opens_the_back_only() -> None:
    thick = generate_frame(FRAME, {"module_thickness_mm": 5.0, "syringe_clips": "none"})
    thin = generate_frame(FRAME, {"module_thickness_mm": 3.0, "syringe_clips": "none"})
    deep, shallow = (r.part("front").mesh.extents[2] for r in (thick, thin))
    assert deep - shallow == pytest.approx(2.0, abs=0.01)
    # At a point of the notch inside the rim wall: material in the lip, none behind it where the port sits.
    o = thin.outlines
    assert len(o.port_cuts) == 2
    front = dict(build_solids(o))["front"]  # front-view coordinates, z = 0 on the front face
    lip = float(thin.params["front_lip_thickness_mm"])
    cx, cy = o.lens_centres_mm[1]
    ux, uy = port_direction(1, float(thin.params["port_angle_deg"]))
    radius = float(thin.params["module_diameter_mm"]) / 2 + float(thin.params["rim_width_mm"]) / 2
    x, y = cx + ux * radius, cy + uy * radius
    assert o.port_cuts[1].contains(Point(x, y))
    assert [_is_solid(front, (x, y, lip / 2)), _is_solid(front, (x, y, lip + 1.0))] == [True, False]
    # Away from the notch the rim wall is whole behind the lip.
    x, y = cx - uy * radius, cy + ux * radius
    assert _is_solid(front, (x, y, lip + 1.0))


@st.composite
def module_frames(draw: st.DrawFn) -> dict[str, object]:
    """Customers and modules near the style's defaults; the bridge mostly the one that centres the modules."""
    pd_r = round(draw(st.floats(27.0, 36.0)), 1)
    pd_l = round(pd_r + draw(st.floats(-1.5, 1.5)), 1)
    diameter = draw(st.sampled_from([34.0, 36.0, 38.0, 40.0, 42.0, 44.0, 46.0]))
    bridge = pd_r + pd_l - diameter + draw(st.sampled_from([0.0] * 6 + [0.3, 2.0]))
    return {
        "pd_right_mm": pd_r, "pd_left_mm": pd_l, "module_diameter_mm": diameter,
        "bridge_mm": round(min(max(bridge, 10.0), 24.0), 1),
        "module_thickness_mm": round(draw(st.floats(2.5, 6.0)), 1),
        "port_angle_deg": float(draw(st.integers(0, 359))),
        "port_diameter_mm": round(draw(st.floats(1.5, 5.0)), 1),
        "head_width_mm": float(draw(st.integers(135, 165))),
        "syringe_barrel_d_mm": round(draw(st.floats(7.0, 14.0)), 1),
        "syringe_clips": draw(st.sampled_from(["two", "two", "none"])),
    }


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(params=module_frames(), bed=st.sampled_from([(220.0, 220.0), (180.0, 180.0)]))
def test_accepted_module_frames_centre_the_modules_on_the_pupils_and_fit_the_bed(
    params: dict[str, object], bed: tuple[float, float]
) -> None:
    problems = check_frame(FRAME, params, bed_x_mm=bed[0], bed_y_mm=bed[1])
    if problems:
        labels = set(_labels(FRAME).values())
        for problem in problems:
            assert problem.message and problem.suggestion
            # The operator's words: no internal parameter name, and a parameter the form shows.
            assert "_mm" not in problem.text() and "_deg" not in problem.text(), problem.text()
            assert problem.parameter is None or problem.parameter in _labels(FRAME), problem.parameter
        assert labels  # the form has labels to speak with
        with pytest.raises(FrameRejectedError):
            generate_frame(FRAME, params, bed_x_mm=bed[0], bed_y_mm=bed[1])
        return
    result = generate_frame(FRAME, params, bed_x_mm=bed[0], bed_y_mm=bed[1])
    for part in result.parts:
        mesh = part.mesh
        assert mesh.is_watertight and mesh.is_winding_consistent and mesh.volume > 0, part.name
        (x0, y0, z0), (x1, y1, _z1) = mesh.bounds
        assert x0 >= -1e-6 and y0 >= -1e-6 and abs(z0) < 1e-4, part.name
        assert x1 <= bed[0] + 1e-6 and y1 <= bed[1] + 1e-6, part.name
    o = result.outlines
    (xr, yr), (xl, yl) = result.lens_centres_mm
    assert xr == pytest.approx(-float(params["pd_right_mm"])) and xl == pytest.approx(float(params["pd_left_mm"]))
    for lens, centre in ((o.lens_right, (xr, yr)), (o.lens_left, (xl, yl))):
        x0, y0, x1, y1 = lens.bounds
        assert ((x0 + x1) / 2, (y0 + y1) / 2) == pytest.approx(centre, abs=0.05)
        assert x1 - x0 == pytest.approx(float(params["module_diameter_mm"]), abs=0.05)
    assert result.derived["decentration_mm"] <= 0.05
    # Every port notch stays within its rim: it neither cuts the bridge nor the hinge end-piece.
    for cut, (cx, cy) in zip(o.port_cuts, o.lens_centres_mm, strict=False):
        reach = max(math.dist((cx, cy), p) for p in cut.exterior.coords)
        assert reach <= float(params["module_diameter_mm"]) / 2 + 4.5 + 1.5 + 1.5


def test_a_module_too_large_for_the_face_is_one_line_in_the_forms_words() -> None:
    problems = check_frame(FRAME, {"module_diameter_mm": 50, "bridge_mm": 13})
    assert [p.check for p in problems] == ["module_fit"]
    text = problems[0].text()
    assert text == ("A 50 mm module is too large for this face: centred on the pupils it runs into the nose. "
                    "Measure the PD again, or choose a Module diameter of 45 mm or less.")
    assert problems[0].parameter == "module_diameter_mm"
    assert check_frame(FRAME, {"module_diameter_mm": 45, "bridge_mm": 18}) == []


def test_a_port_that_would_cut_the_bridge_names_the_angle_to_use() -> None:
    problems = check_frame(FRAME, {"port_angle_deg": 180})
    assert [p.check for p in problems] == ["port_position"]
    assert problems[0].text() == ("The notch for the filling port at 180° would cut through the bridge. "
                                  "Set Filling port angle to 150° (0° points to the temple, 90° up, 180° to the nose).")
    assert check_frame(FRAME, {"port_angle_deg": 150}) == []
    hinge = check_frame(FRAME, {"port_angle_deg": 0})
    assert [p.check for p in hinge] == ["port_position"] and "hinge end-piece" in hinge[0].message


def test_shared_checks_speak_of_modules_and_labels() -> None:
    problems = check_frame(FRAME, {"bridge_mm": 19})
    assert [p.check for p in problems] == ["centration"]
    assert problems[0].text() == ("With PD 63 mm and 40 mm modules the modules sit on the pupils only with a 23 mm "
                                  "bridge, not 19 mm. Set Bridge (DBL) to 23 mm, or Module diameter to 44 mm.")


def test_syringe_clip_holds_the_barrel_and_rides_on_the_temple() -> None:
    values = {**get_style(CLIPS).defaults(), "syringe_barrel_d_mm": 12.0, "clip_play_mm": 0.2}
    clip = clip_geometry(values)
    assert clip.barrel_bore_mm == pytest.approx(12.4)
    assert clip.mouth_mm < clip.barrel_bore_mm  # it snaps over the barrel and holds it
    assert cradle_grip_deg(clip) > 200
    hole_a, hole_b = clip.sleeve_hole_mm
    assert hole_a == pytest.approx(float(values["temple_thickness_mm"]) + 0.4)
    assert hole_b == pytest.approx(float(values["temple_height_mm"]) + 0.4)
    assert clip.section.is_valid and len(clip.section.interiors) == 1  # the temple's sleeve is a closed hole
    # The barrel fits the bore and crosses no wall.
    barrel = Point(clip.barrel_centre_mm).buffer(6.0)
    assert clip.section.intersection(barrel).area < 0.01

    assert check_frame(CLIPS, {"syringe_barrel_d_mm": 12}) == []
    result = generate_frame(CLIPS, {"syringe_barrel_d_mm": 12, "clip_length_mm": 25})
    assert [p.name for p in result.parts] == list(CLIP_PART_NAMES)
    for part in result.parts:
        assert part.mesh.is_watertight and part.mesh.is_winding_consistent
        assert part.mesh.extents[2] == pytest.approx(25.0)  # printed standing on its end: no overhangs
    assert result.derived["marking"] == "Luer clip Ø12"


def test_a_clip_thinner_than_the_minimum_wall_is_refused_in_the_forms_words() -> None:
    problems = check_frame(CLIPS, {"clip_wall_mm": 0.9, "min_wall_mm": 1.2})
    assert [p.check for p in problems] == ["clip_wall"]
    assert problems[0].text() == ("The syringe clip walls are 0.9 mm, thinner than the 1.2 mm minimum wall. "
                                  "Set Clip wall to 1.2 mm or more.")


@pytest.mark.parametrize("style_id", [FRAME, CLIPS])
def test_thumbnails_and_templates_are_drawn_from_the_geometry(style_id: str) -> None:
    svg = thumbnail_svg(style_id)
    assert svg == thumbnail_svg(style_id)  # deterministic: stored by hash
    paths = ElementTree.fromstring(svg).findall(f"{SVG}path")
    assert len(paths) >= 2 and all(len(p.get("d", "")) > 100 for p in paths)
    assert len(svg.encode()) < 40_000  # a drawing, not a picture file
    root = ElementTree.fromstring(template_svg(style_id, {}))
    assert (root.get("width"), root.get("height")) == ("297mm", "210mm")
    assert root.find(f"{SVG}rect[@id='id1-card']") is not None
    if style_id == FRAME:
        assert root.find(f".//{SVG}path[@id='port-notches']") is not None
        assert root.find(f".//{SVG}path[@id='front']") is not None
    else:
        assert root.find(f".//{SVG}path[@id='clip-section']") is not None


def test_clip_preview_shows_the_frame_it_rides_on() -> None:
    preview = FrameGenerator().preview(CLIPS, {"temple_thickness_mm": 4.0})
    assert preview.is_valid and preview.family == "syringe-clips"
    assert preview.outlines.params["temple_thickness_mm"] == 4.0
    assert preview.derived["barrel_bore_mm"] == pytest.approx(10.9)
