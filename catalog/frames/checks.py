"""Validity checks: each a named problem an operator can read, with the fix to try."""

from __future__ import annotations

import math
from dataclasses import dataclass

from shapely.geometry import Polygon

from catalog.frames.layout import BedLayoutError, pack_boxes
from catalog.frames.outlines import FrameOutlines, beam_start_mm
from catalog.frames.params import number_of as _f  # short: the geometry reads dozens of numbers

CENTRATION_TOL_MM = 0.5  # the bridge built may differ this much from the one asked for (PD-rule accuracy)
BED_MARGIN_MM = 5.0
SPLAY_RANGE_DEG = (-3.0, 12.0)
EPS = 1e-6


@dataclass(frozen=True)
class FrameProblem:
    check: str
    message: str
    suggestion: str
    parameter: str | None = None

    def text(self) -> str:
        return f"{self.message} {self.suggestion}".strip()

    def to_json(self) -> dict[str, str | None]:
        return {"check": self.check, "message": self.message, "suggestion": self.suggestion,
                "parameter": self.parameter}


CHECK_NAMES = (
    "lens_shape", "rim_wall", "seat_depth", "centration", "nose_clearance", "bridge_bar", "front_connected",
    "bed_fit", "temple_length", "temple_splay", "hinge_wall", "hinge_knuckle", "hinge_position", "printability",
)
WARNING_NAMES = ("tilt", "temple_drop", "front_width")




def find_problems(o: FrameOutlines, part_sizes: list[tuple[str, float, float]], bed_x_mm: float,
                  bed_y_mm: float) -> list[FrameProblem]:
    p = o.params
    problems: list[FrameProblem] = []
    add = problems.append
    min_wall = _f(p, "min_wall_mm")
    a_mm = _f(p, "lens_width_mm")
    pd_sum = _f(p, "pd_right_mm") + _f(p, "pd_left_mm")

    lens = Polygon(o.lens_local)
    convexity = lens.area / lens.convex_hull.area
    if not lens.is_valid or convexity < 0.98 or not all(isinstance(ap, Polygon) and ap.area > 0 for ap in o.apertures):
        add(FrameProblem("lens_shape", f"The lens shape is too hollow to edge and seat (area/hull {convexity:.3f}, "
                         "needs 0.98).", "Reduce shape_skew_top, shape_skew_bottom or shape_taper.",
                         "shape_skew_top"))

    rim, clearance, lip = _f(p, "rim_width_mm"), _f(p, "lens_clearance_mm"), _f(p, "lip_overlap_mm")
    if rim - clearance < min_wall - EPS or lip > rim - min_wall + EPS:
        need = max(min_wall + clearance, lip + min_wall)
        add(FrameProblem("rim_wall", f"The rim is {rim:g} mm wide: too thin around the lens seat "
                         f"(needs {need:.1f} mm for a {min_wall:g} mm wall).",
                         f"Set rim_width_mm to {math.ceil(need * 10) / 10:g} or more, or reduce lip_overlap_mm.",
                         "rim_width_mm"))

    depth_needed = _f(p, "front_lip_thickness_mm") + _f(p, "lens_edge_thickness_mm") + o.sag_step_mm + 0.2
    if _f(p, "frame_thickness_mm") < depth_needed - EPS:
        add(FrameProblem("seat_depth", f"The front is {_f(p, 'frame_thickness_mm'):g} mm thick but the lens seat "
                         f"needs {depth_needed:.1f} mm (lip + lens edge + {o.sag_step_mm:.1f} mm lens curve).",
                         f"Set frame_thickness_mm to {math.ceil(depth_needed * 10) / 10:g}, or use a thinner or "
                         "flatter lens.", "frame_thickness_mm"))

    bridge_asked = _f(p, "bridge_mm")
    bridge_fit = pd_sum - a_mm
    if abs(bridge_asked - bridge_fit) > CENTRATION_TOL_MM + EPS:
        add(FrameProblem("centration", f"With PD {pd_sum:g} mm and {a_mm:g} mm lenses the lenses sit on the pupils "
                         f"only with a {bridge_fit:g} mm bridge, not {bridge_asked:g} mm.",
                         f"Set bridge_mm to {bridge_fit:g}, or lens_width_mm to {pd_sum - bridge_asked:g}.",
                         "bridge_mm"))

    if not isinstance(o.front_solid, Polygon):
        add(FrameProblem("front_connected", "The front falls apart into separate pieces.",
                         "Raise bridge_band_mm or lower crest_above_datum_mm so the bridge joins the rims.",
                         "bridge_band_mm"))
    else:
        ring = o.front_solid.exterior
        nose_gap = min(o.nose_cut.distance(seat) for seat in o.seats)
        wall = min(ring.distance(seat) for seat in o.seats)
        if nose_gap < min_wall - EPS:
            short = min_wall - nose_gap
            step = math.ceil(short * 2.0 * 2.0) / 2.0
            add(FrameProblem("nose_clearance", f"The nose cut-out leaves only {max(nose_gap, 0):.2f} mm of rim beside "
                             f"the lens (needs {min_wall:g} mm).",
                             f"Choose bridge_mm {bridge_asked + step:g} with lens_width_mm {a_mm - step:g} "
                             "(same frame PD), "
                             "or lower crest_above_datum_mm.", "bridge_mm"))
        elif wall < min_wall - EPS:
            add(FrameProblem("rim_wall", f"The front is only {max(wall, 0):.2f} mm thick beside a lens "
                             f"(needs {min_wall:g} mm).", "Widen rim_width_mm or the endpieces.", "rim_width_mm"))

    bar = o.bridge_top_mm - (_f(p, "crest_above_datum_mm") + _f(p, "nose_clearance_mm"))
    if bar < max(2.0 * min_wall, 2.5) - EPS:
        add(FrameProblem("bridge_bar", f"The bridge bar over the nose is only {max(bar, 0):.1f} mm high.",
                         "Lower crest_above_datum_mm or raise bridge_band_mm.", "crest_above_datum_mm"))

    hinge = o.hinge
    if hinge.knuckle_r_mm - hinge.hole_r_mm < min_wall - EPS:
        need = 2.0 * (hinge.hole_r_mm + min_wall)
        add(FrameProblem("hinge_wall", f"The hinge knuckle wall is {hinge.knuckle_r_mm - hinge.hole_r_mm:.1f} mm "
                         f"around the {2 * hinge.hole_r_mm:g} mm hole (needs {min_wall:g} mm).",
                         f"Set temple_thickness_mm to {math.ceil(need * 10) / 10:g} or use hinge_type pin_1mm.",
                         "temple_thickness_mm"))
    knuckle = hinge.temple_band[1] - hinge.temple_band[0]
    nozzle = _f(p, "nozzle_mm")
    if knuckle < 2.0 * nozzle - EPS:
        add(FrameProblem("hinge_knuckle", f"Hinge knuckles would be {knuckle:.1f} mm long, below two nozzle widths.",
                         "Raise temple_height_mm.", "temple_height_mm"))
    b_half = _f(p, "lens_height_mm") / 2.0 + _f(p, "rim_width_mm")
    if abs(_f(p, "hinge_y_mm")) + hinge.band_mm / 2.0 > b_half + EPS:
        room = b_half - hinge.band_mm / 2
        add(FrameProblem("hinge_position", f"The hinge at {_f(p, 'hinge_y_mm'):g} mm sticks out of the rim "
                         f"(rim reaches ±{b_half:.1f} mm).",
                         f"Set hinge_y_mm between {-room:.1f} and {room:.1f}.",
                         "hinge_y_mm"))

    to_bend = _f(p, "temple_length_mm") - _f(p, "temple_drop_mm")
    tilt = math.radians(_f(p, "pantoscopic_tilt_deg"))
    if to_bend < 65.0 - EPS or to_bend < beam_start_mm(hinge, _f(p, "temple_height_mm"), tilt) + 20:
        add(FrameProblem("temple_length", f"Only {to_bend:g} mm of temple before the ear bend (needs 65 mm).",
                         f"Set temple_length_mm to {65 + _f(p, 'temple_drop_mm'):g} or more, or shorten "
                         "temple_drop_mm.",
                         "temple_length_mm"))

    lo, hi = SPLAY_RANGE_DEG
    for side, splay in (("right", o.splay_right_deg), ("left", o.splay_left_deg)):
        if not lo - EPS <= splay <= hi + EPS:
            wide = splay > hi
            add(FrameProblem("temple_splay", f"The {side} temple would have to splay {splay:.0f}° to reach a "
                             f"{_f(p, 'head_width_mm'):g} mm head ({lo:g}° to {hi:g}° is possible).",
                             "Lengthen endpiece_length_mm or check head_width_mm." if wide else
                             "Shorten endpiece_length_mm or choose smaller lenses; check head_width_mm.",
                             "head_width_mm"))
            break

    if min(_f(p, "min_wall_mm"), _f(p, "front_lip_thickness_mm")) < 2.0 * nozzle - EPS:
        add(FrameProblem("printability", f"Walls thinner than two nozzle widths ({2 * nozzle:g} mm) will not print.",
                         "Raise min_wall_mm and front_lip_thickness_mm, or use a finer nozzle.", "min_wall_mm"))

    try:
        pack_boxes(part_sizes, bed_x_mm, bed_y_mm, gap_mm=_f(p, "part_gap_mm"), margin_mm=BED_MARGIN_MM)
    except BedLayoutError as exc:
        add(FrameProblem("bed_fit", f"The parts do not fit on the {bed_x_mm:g} × {bed_y_mm:g} mm bed: {exc}",
                         "Use a larger printer, shorter temples or a smaller part_gap_mm; or print the parts one by "
                         "one.", "temple_length_mm"))
    return problems


def find_warnings(o: FrameOutlines) -> list[FrameProblem]:
    p = o.params
    warnings: list[FrameProblem] = []
    tilt, pupil = _f(p, "pantoscopic_tilt_deg"), _f(p, "pupil_above_datum_mm")
    if abs(tilt - 2.0 * pupil) > 3.0 + EPS:
        warnings.append(FrameProblem("tilt", f"A pupil {pupil:g} mm above the lens centre asks for about "
                                     f"{2 * pupil:g}° of tilt, not {tilt:g}°.",
                                     f"Set pantoscopic_tilt_deg near {max(2 * pupil, 0):g}.", "pantoscopic_tilt_deg"))
    drop = _f(p, "temple_drop_mm")
    if not 30.0 - EPS <= drop <= 45.0 + EPS:
        warnings.append(FrameProblem("temple_drop", f"A {drop:g} mm drop is outside the usual 30-45 mm.",
                                     "Check the ear with a temple gauge.", "temple_drop_mm"))
    width = o.front_width_mm
    head = _f(p, "head_width_mm")
    if width > head + 10.0:
        warnings.append(FrameProblem("front_width", f"The front ({width:.0f} mm) is much wider than the head "
                                     f"({head:g} mm).", "Choose smaller lenses or shorter endpieces.",
                                     "endpiece_length_mm"))
    return warnings
