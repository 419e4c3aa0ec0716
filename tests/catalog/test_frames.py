from __future__ import annotations

import math
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.frames import (
    CHECK_NAMES,
    FrameRejectedError,
    ParameterError,
    UnknownStyleError,
    check_frame,
    generate_frame,
    get_style,
    list_styles,
    resolve_params,
    template_svg,
    thumbnail_svg,
)
from catalog.frames.declarations import REQUIRED_NAMES

# The conventional styles for edged lenses; the self-adjustable family has its own tests (test_self_adjustable.py).
STYLE_IDS = [s.id for s in list_styles() if s.family == "rimmed"]


def test_bundled_catalogue_has_eight_styles_two_for_children() -> None:
    styles = [s for s in list_styles() if s.family == "rimmed"]
    assert len(styles) >= 8
    assert sum(1 for s in styles if s.audience == "child") >= 2
    assert len({s.id for s in styles}) == len(styles)
    for style in styles:
        names = {p.name for p in style.parameters}
        assert set(REQUIRED_NAMES) <= names
        manifest = style.manifest()
        assert manifest["category"] == "eyeglasses"
        for decl in manifest["parameters"]:
            assert set(decl) >= {"name", "label", "unit", "type", "default", "min", "max", "step", "choices", "group",
                                 "help"}


@pytest.mark.parametrize("style_id", STYLE_IDS)
def test_every_style_default_is_valid_and_watertight(style_id: str) -> None:
    assert check_frame(style_id, {}) == []
    result = generate_frame(style_id, {})
    assert [p.name for p in result.parts] == ["front", "temple_right", "temple_left", "ring_right", "ring_left"]
    for part in result.parts:
        assert part.mesh.is_watertight and part.mesh.is_winding_consistent
        assert part.mesh.volume > 0
    # 5 to 30 g of PLA or PETG (about 1.25 g/cm³): the grams come from the material profile, not from here.
    assert 4_000 < result.volume_mm3 < 24_000
    assert result.volume_mm3 == pytest.approx(sum(p.volume_mm3 for p in result.parts))


def test_unknown_style_and_parameters_are_named() -> None:
    with pytest.raises(UnknownStyleError, match="No frame style called 'nope'"):
        get_style("nope")
    with pytest.raises(ParameterError, match="Unknown parameter lens_widht_mm") as info:
        resolve_params("oval-everyday", {"lens_widht_mm": 44})
    assert info.value.parameter == "lens_widht_mm"
    with pytest.raises(ParameterError, match="lens_width_mm = 99 is out of range: choose 30–60 mm"):
        resolve_params("oval-everyday", {"lens_width_mm": "99"})
    with pytest.raises(ParameterError, match="bridge_mm needs a number"):
        resolve_params("oval-everyday", {"bridge_mm": "wide"})
    with pytest.raises(ParameterError, match="hinge_type must be one of pin_1mm, screw_m2"):
        resolve_params("oval-everyday", {"hinge_type": "glue"})
    assert resolve_params("oval-everyday", {"lens_width_mm": "44.5"})["lens_width_mm"] == 44.5


def test_inconsistent_bridge_is_rejected_with_a_fix() -> None:
    problems = check_frame("oval-everyday", {"bridge_mm": 22})
    assert [p.check for p in problems] == ["centration"]
    assert "Set Bridge (DBL) to 18 mm" in problems[0].suggestion
    with pytest.raises(FrameRejectedError) as info:
        generate_frame("oval-everyday", {"bridge_mm": 22})
    assert info.value.problems[0].parameter == "bridge_mm"


def test_m2_screw_needs_a_thicker_temple() -> None:
    problems = check_frame("oval-everyday", {"hinge_type": "screw_m2"})
    assert "hinge_wall" in [p.check for p in problems]
    assert check_frame("oval-everyday", {"hinge_type": "screw_m2", "temple_thickness_mm": 4.8}) == []


def test_small_bed_is_rejected() -> None:
    problems = check_frame("oval-everyday", {}, bed_x_mm=120, bed_y_mm=120)
    assert "bed_fit" in [p.check for p in problems]


def test_asymmetric_pd_moves_each_lens() -> None:
    params = {"pd_right_mm": 33, "pd_left_mm": 29.5, "lens_width_mm": 43, "bridge_mm": 19.5}
    assert [p.check for p in check_frame("oval-everyday", params)] == ["nose_clearance"]
    params["crest_above_datum_mm"] = 4
    result = generate_frame("oval-everyday", params)
    (xr, _yr), (xl, _yl) = result.lens_centres_mm
    assert (xr, xl) == (-33, 29.5)
    o = result.outlines
    assert math.isclose((o.lens_right.bounds[0] + o.lens_right.bounds[2]) / 2, -33, abs_tol=1e-6)
    assert math.isclose((o.lens_left.bounds[0] + o.lens_left.bounds[2]) / 2, 29.5, abs_tol=1e-6)
    assert result.derived["dbl_mm"] == pytest.approx(19.5)


def _near(draw: st.DrawFn, style_id: str, name: str, spread: float, step: float = 0.1) -> float:
    param = get_style(style_id).parameter(name)
    value = float(param.default) + draw(st.floats(-spread, spread))  # type: ignore[arg-type]
    value = round(value / step) * step
    return round(min(max(value, float(param.min)), float(param.max)), 3)  # type: ignore[arg-type]


@st.composite
def frame_params(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """Sets near each style's defaults (most valid), with now and then a bridge or hinge no frame can take."""
    style_id = draw(st.sampled_from(STYLE_IDS))
    pd_r = _near(draw, style_id, "pd_right_mm", 2.5)
    pd_l = _near(draw, style_id, "pd_left_mm", 2.5)
    lens_w = _near(draw, style_id, "lens_width_mm", 1.5, 0.5)
    bridge = pd_r + pd_l - lens_w + draw(st.sampled_from([0.0] * 6 + [0.3, -0.4, 2.0, -3.0]))
    params: dict[str, object] = {
        "pd_right_mm": pd_r, "pd_left_mm": pd_l, "lens_width_mm": lens_w,
        "bridge_mm": round(min(max(bridge, 10), 24), 3),
        "lens_height_mm": _near(draw, style_id, "lens_height_mm", 3, 0.5),
        "crest_above_datum_mm": _near(draw, style_id, "crest_above_datum_mm", 1.5, 0.5) - 1.5,
        "pantoscopic_tilt_deg": draw(st.floats(0, 15).map(lambda v: round(v, 1))),
        "head_width_mm": _near(draw, style_id, "head_width_mm", 20, 1),
        "temple_length_mm": _near(draw, style_id, "temple_length_mm", 20, 1),
        "temple_thickness_mm": round(_near(draw, style_id, "temple_thickness_mm", 0.6) + 0.6, 1),
        "hinge_type": draw(st.sampled_from(["pin_1mm"] * 4 + ["screw_m2"])),
        "rim_width_mm": _near(draw, style_id, "rim_width_mm", 1.0),
        "frame_thickness_mm": _near(draw, style_id, "frame_thickness_mm", 1.0),
        "hinge_y_mm": _near(draw, style_id, "hinge_y_mm", 3, 0.5),
    }
    return style_id, params


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=frame_params(), bed=st.sampled_from([(220.0, 220.0), (180.0, 180.0), (150.0, 150.0)]))
def test_accepted_sets_give_watertight_parts_on_the_bed_and_rejected_sets_name_a_check(
    case: tuple[str, dict[str, object]], bed: tuple[float, float]
) -> None:
    style_id, params = case
    problems = check_frame(style_id, params, bed_x_mm=bed[0], bed_y_mm=bed[1])
    if problems:
        for problem in problems:
            assert problem.check in CHECK_NAMES
            assert problem.message and problem.suggestion
        with pytest.raises(FrameRejectedError):
            generate_frame(style_id, params, bed_x_mm=bed[0], bed_y_mm=bed[1])
        return
    result = generate_frame(style_id, params, bed_x_mm=bed[0], bed_y_mm=bed[1])
    for part in result.parts:
        mesh = part.mesh
        assert mesh.is_watertight and mesh.is_winding_consistent and mesh.volume > 0, part.name
        (x0, y0, z0), (x1, y1, _z1) = mesh.bounds
        assert x0 >= -1e-6 and y0 >= -1e-6 and abs(z0) < 1e-4, part.name
        assert x1 <= bed[0] + 1e-6 and y1 <= bed[1] + 1e-6, part.name
    (xr, _), (xl, _) = result.lens_centres_mm
    o = result.outlines
    assert abs((o.lens_right.bounds[0] + o.lens_right.bounds[2]) / 2 - -float(params["pd_right_mm"])) <= 0.1
    assert abs((o.lens_left.bounds[0] + o.lens_left.bounds[2]) / 2 - float(params["pd_left_mm"])) <= 0.1
    assert abs(xr + float(params["pd_right_mm"])) <= 0.1 and abs(xl - float(params["pd_left_mm"])) <= 0.1
    lens_w = o.lens_left.bounds[2] - o.lens_left.bounds[0]
    assert result.derived["frame_pd_mm"] == pytest.approx(lens_w + result.derived["dbl_mm"], abs=0.01)
    gap = o.lens_left.bounds[0] - o.lens_right.bounds[2]
    assert gap == pytest.approx(result.derived["dbl_mm"], abs=0.01)


@pytest.mark.parametrize("style_id", STYLE_IDS)
def test_thumbnail_is_drawn_from_the_style_geometry(style_id: str) -> None:
    from xml.etree import ElementTree

    svg = thumbnail_svg(style_id)
    root = ElementTree.fromstring(svg)
    paths = root.findall("{http://www.w3.org/2000/svg}path")
    assert len(paths) == 3 and all(len(p.get("d", "")) > 200 for p in paths)
    assert thumbnail_svg(style_id) == svg  # deterministic: safe to store by hash


def test_template_is_one_to_one_with_card_and_scale_bar() -> None:
    from xml.etree import ElementTree

    ns = "{http://www.w3.org/2000/svg}"
    root = ElementTree.fromstring(template_svg("oval-everyday", {"temple_length_mm": 135}))
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("297mm", "210mm", "0 0 297 210")
    card = root.find(f"{ns}rect[@id='id1-card']")
    assert card is not None and (float(card.get("width")), float(card.get("height"))) == (85.6, 53.98)
    bar = root.find(f"{ns}g[@id='scale-bar']/{ns}path").get("d")  # "M15,190.0 H115"
    match = re.fullmatch(r"M([\d.]+),[\d.]+ H([\d.]+)", bar)
    assert match is not None and float(match.group(2)) - float(match.group(1)) == pytest.approx(100.0)
    assert root.find(f".//{ns}path[@id='front']") is not None
    assert root.find(f".//{ns}path[@id='temple']") is not None


def test_openscad_parameter_sets_round_trip() -> None:
    from catalog.frames.export import ParameterSetError, export_parameter_sets, import_parameter_sets

    params = resolve_params("cat-eye", {"hinge_type": "screw_m2", "temple_thickness_mm": 4.8})
    doc = export_parameter_sets({"Ama 2026-11-25": params})
    assert doc["fileFormatVersion"] == "1"
    assert all(isinstance(v, str) for v in doc["parameterSets"]["Ama 2026-11-25"].values())
    back = resolve_params("cat-eye", import_parameter_sets(doc)["Ama 2026-11-25"])
    assert back == params
    with pytest.raises(ParameterSetError):
        import_parameter_sets({"sets": {}})
    with pytest.raises(ParameterSetError):
        import_parameter_sets({"parameterSets": {}, "fileFormatVersion": "2"})


def test_derived_numbers() -> None:
    result = generate_frame("oval-everyday", {})
    d = result.derived
    assert d["frame_pd_mm"] == pytest.approx(63.0) and d["dbl_mm"] == pytest.approx(18.0)
    assert d["decentration_mm"] == pytest.approx(0.0, abs=0.01)
    assert d["overall_width_mm"] == pytest.approx(result.outlines.front_width_mm, abs=0.01)
    assert d["temple_length_mm"] == pytest.approx(140.0, abs=0.5)
    assert 0 < d["temple_splay_left_deg"] < 12
    assert d["marking"] == "45\u25a118-140"
    assert "filament_g" not in d and "material_cost" not in d  # the material profile weighs and prices them
