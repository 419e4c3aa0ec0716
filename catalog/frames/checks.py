"""Validity checks: each a named problem an operator can read, with the fix to try."""

from __future__ import annotations

import math
from dataclasses import dataclass

from shapely.geometry import Polygon

from catalog.frames.layout import BedLayoutError, pack_boxes
from catalog.frames.outlines import FrameOutlines, beam_start_mm
from catalog.frames.params import number_of as _f  # short: the geometry reads dozens of numbers
from catalog.frames.wording import FormWords, FrameFix, fix_of, words_for
from i18n import _

CENTRATION_TOL_MM = 0.5  # the bridge built may differ this much from the one asked for (PD-rule accuracy)
BED_MARGIN_MM = 5.0
SPLAY_RANGE_DEG = (-3.0, 12.0)
EPS = 1e-6


@dataclass(frozen=True)
class FrameProblem:
    """A failed check in the form's words. `fixes` are the values that would mend it, `advice` what else to
    try; `suggestion` is both as one sentence, for screens and the command line."""

    check: str
    message: str
    suggestion: str
    parameter: str | None = None
    fixes: tuple[FrameFix, ...] = ()
    advice: str = ""

    def text(self) -> str:
        return f"{self.message} {self.suggestion}".strip()

    def to_json(self) -> dict[str, object]:
        return {"check": self.check, "message": self.message, "suggestion": self.suggestion,
                "parameter": self.parameter, "fixes": [f.to_json() for f in self.fixes]}


def problem(words: FormWords, check: str, message: str, parameter: str | None, *,
            fixes: tuple[dict[str, float], ...] = (), advice: str = "") -> FrameProblem:
    """A problem whose suggestion is written from its fixes and advice, in the form's words."""
    made = tuple(fix_of({words.own_name(name): value for name, value in f.items()}) for f in fixes)
    return FrameProblem(check, message, words.suggestion(made, advice), parameter, made, advice)


CHECK_NAMES = (
    "lens_shape", "rim_wall", "seat_depth", "centration", "nose_clearance", "bridge_bar", "front_connected",
    "bed_fit", "temple_length", "temple_splay", "hinge_wall", "hinge_knuckle", "hinge_position", "printability",
)
WARNING_NAMES = ("tilt", "temple_drop", "front_width")


def _up(value: float) -> float:
    """Up to the next tenth: a fix must reach the limit, not stop just under it."""
    return math.ceil(value * 10 - 1e-6) / 10


def find_problems(o: FrameOutlines, part_sizes: list[tuple[str, float, float]], bed_x_mm: float,
                  bed_y_mm: float, *, words: FormWords | None = None) -> list[FrameProblem]:
    """Every failed check of these outlines, in the words of `words` (by default the declaration that
    checked the outlines' values)."""
    p = o.params
    w = words or words_for(p)
    L = w.label  # reads as the form's label in the sentences below
    problems: list[FrameProblem] = []
    add = problems.append
    min_wall = _f(p, "min_wall_mm")
    a_mm = _f(p, "lens_width_mm")
    pd_sum = _f(p, "pd_right_mm") + _f(p, "pd_left_mm")

    lens = Polygon(o.lens_local)
    convexity = lens.area / lens.convex_hull.area
    if not lens.is_valid or convexity < 0.98 or not all(isinstance(ap, Polygon) and ap.area > 0 for ap in o.apertures):
        add(problem(w, "lens_shape", _("The lens shape is too hollow to edge and seat (area/hull "
                                       "{convexity:.3f}, needs 0.98).").format(
                convexity=convexity), "shape_skew_top",
                    advice=_("Reduce {shape_skew_top}, {shape_skew_bottom} or {shape_taper}.").format(
                            shape_skew_top=L('shape_skew_top'), shape_skew_bottom=L('shape_skew_bottom'),
                            shape_taper=L('shape_taper'))))

    rim, clearance, lip = _f(p, "rim_width_mm"), _f(p, "lens_clearance_mm"), _f(p, "lip_overlap_mm")
    if rim - clearance < min_wall - EPS or lip > rim - min_wall + EPS:
        need = max(min_wall + clearance, lip + min_wall)
        add(problem(w, "rim_wall", _("The rim is {rim:g} mm wide: too thin around the lens seat (needs "
                                     "{need:.1f} mm for a {min_wall:g} mm wall).").format(
                rim=rim, need=need, min_wall=min_wall), "rim_width_mm",
                    fixes=({"rim_width_mm": _up(need)},), advice=_("Or reduce {lip_overlap}.").format(
                            lip_overlap=L('lip_overlap_mm'))))

    depth_needed = _f(p, "front_lip_thickness_mm") + _f(p, "lens_edge_thickness_mm") + o.sag_step_mm + 0.2
    if _f(p, "frame_thickness_mm") < depth_needed - EPS:
        add(problem(w, "seat_depth", _("The front is {frame_thickness:g} mm thick but the lens seat needs "
                                       "{depth_needed:.1f} mm (lip + lens edge + {sag_step_mm:.1f} mm lens "
                                       "curve).").format(
                frame_thickness=_f(p, 'frame_thickness_mm'), depth_needed=depth_needed, sag_step_mm=o.sag_step_mm),
                    "frame_thickness_mm", fixes=({"frame_thickness_mm": _up(depth_needed)},),
                    advice=_("Or use a thinner or flatter lens.")))

    bridge_asked = _f(p, "bridge_mm")
    bridge_fit = pd_sum - a_mm
    if abs(bridge_asked - bridge_fit) > CENTRATION_TOL_MM + EPS:
        add(problem(w, "centration", _("With PD {pd_sum:g} mm and {a_mm:g} mm lenses the lenses sit on the "
                                       "pupils only with a {bridge_fit:g} mm bridge, not {bridge_asked:g} "
                                       "mm.").format(
                pd_sum=pd_sum, a_mm=a_mm, bridge_fit=bridge_fit, bridge_asked=bridge_asked), "bridge_mm",
                    fixes=({"bridge_mm": bridge_fit}, {"lens_width_mm": pd_sum - bridge_asked})))

    if not isinstance(o.front_solid, Polygon):
        add(problem(w, "front_connected", _("The front falls apart into separate pieces."), "bridge_band_mm",
                    advice=_("Raise {bridge_band} or lower {crest_above_datum} so the bridge joins the "
                             "rims.").format(
                            bridge_band=L('bridge_band_mm'), crest_above_datum=L('crest_above_datum_mm'))))
    else:
        ring = o.front_solid.exterior
        nose_gap = min(o.nose_cut.distance(seat) for seat in o.seats)
        wall = min(ring.distance(seat) for seat in o.seats)
        if nose_gap < min_wall - EPS:
            short = min_wall - nose_gap
            step = math.ceil(short * 2.0 * 2.0) / 2.0
            add(problem(w, "nose_clearance", _("The nose cut-out leaves only {value:.2f} mm of rim beside "
                                               "the lens (needs {min_wall:g} mm).").format(
                    value=max(nose_gap, 0), min_wall=min_wall), "bridge_mm",
                        fixes=({"bridge_mm": bridge_asked + step, "lens_width_mm": a_mm - step},),
                        advice=_("Or lower {crest_above_datum}.").format(
                                crest_above_datum=L('crest_above_datum_mm'))))
        elif wall < min_wall - EPS:
            add(problem(w, "rim_wall", _("The front is only {value:.2f} mm thick beside a lens (needs "
                                         "{min_wall:g} mm).").format(
                    value=max(wall, 0), min_wall=min_wall), "rim_width_mm",
                        advice=_("Widen {rim_width} or {endpiece_length}.").format(
                                rim_width=L('rim_width_mm'), endpiece_length=L('endpiece_length_mm'))))

    bar = o.bridge_top_mm - (_f(p, "crest_above_datum_mm") + _f(p, "nose_clearance_mm"))
    if bar < max(2.0 * min_wall, 2.5) - EPS:
        add(problem(w, "bridge_bar", _("The bridge bar over the nose is only {value:.1f} mm high.").format(
                value=max(bar, 0)),
                    "crest_above_datum_mm",
                    advice=_("Lower {crest_above_datum} or raise {bridge_band}.").format(
                            crest_above_datum=L('crest_above_datum_mm'), bridge_band=L('bridge_band_mm'))))

    hinge = o.hinge
    if hinge.knuckle_r_mm - hinge.hole_r_mm < min_wall - EPS:
        need = 2.0 * (hinge.hole_r_mm + min_wall)
        add(problem(w, "hinge_wall", _("The hinge knuckle wall is {value:.1f} mm around the {value2:g} mm "
                                       "hole (needs {min_wall:g} mm).").format(
                value=hinge.knuckle_r_mm - hinge.hole_r_mm, value2=2 * hinge.hole_r_mm, min_wall=min_wall),
                    "temple_thickness_mm",
                    fixes=({"temple_thickness_mm": _up(need)},),
                    advice=_("Or choose {hinge_type} pin_1mm.").format(hinge_type=L('hinge_type'))))
    knuckle = hinge.temple_band[1] - hinge.temple_band[0]
    nozzle = _f(p, "nozzle_mm")
    if knuckle < 2.0 * nozzle - EPS:
        add(problem(w, "hinge_knuckle", _("Hinge knuckles would be {knuckle:.1f} mm long, below two nozzle "
                                          "widths.").format(
                knuckle=knuckle),
                    "temple_height_mm", advice=_("Raise {temple_height}.").format(
                            temple_height=L('temple_height_mm'))))
    b_half = _f(p, "lens_height_mm") / 2.0 + _f(p, "rim_width_mm")
    hinge_y = _f(p, "hinge_y_mm")
    if abs(hinge_y) + hinge.band_mm / 2.0 > b_half + EPS:
        room = math.floor((b_half - hinge.band_mm / 2) * 2) / 2  # inside the rim, on the form's 0.5 mm grid
        add(problem(w, "hinge_position", _("The hinge at {hinge_y:g} mm sticks out of the rim (rim reaches "
                                           "±{b_half:.1f} mm).").format(
                hinge_y=hinge_y, b_half=b_half), "hinge_y_mm",
                    fixes=({"hinge_y_mm": math.copysign(room, hinge_y)},),
                    advice=_("Anything from {value} to {value2} fits.").format(
                            value=w.value('hinge_y_mm', -room), value2=w.value('hinge_y_mm', room))))

    to_bend = _f(p, "temple_length_mm") - _f(p, "temple_drop_mm")
    tilt = math.radians(_f(p, "pantoscopic_tilt_deg"))
    if to_bend < 65.0 - EPS or to_bend < beam_start_mm(hinge, _f(p, "temple_height_mm"), tilt) + 20:
        need_bend = max(65.0, beam_start_mm(hinge, _f(p, "temple_height_mm"), tilt) + 20)
        add(problem(w, "temple_length", _("Only {to_bend:g} mm of temple before the ear bend (needs "
                                          "{need_bend:.0f} mm).").format(
                to_bend=to_bend, need_bend=need_bend), "temple_length_mm",
                    fixes=({"temple_length_mm": math.ceil(need_bend + _f(p, "temple_drop_mm"))},),
                    advice=_("Or shorten {temple_drop}.").format(temple_drop=L('temple_drop_mm'))))

    lo, hi = SPLAY_RANGE_DEG
    for side, splay in (("right", o.splay_right_deg), ("left", o.splay_left_deg)):
        if not lo - EPS <= splay <= hi + EPS:
            wide = splay > hi
            message = (_("The right temple would have to splay {splay:.0f}° to reach a {head_width:g} mm head "
                         "({lo:g}° to {hi:g}° is possible).") if side == "right" else
                       _("The left temple would have to splay {splay:.0f}° to reach a {head_width:g} mm head "
                         "({lo:g}° to {hi:g}° is possible)."))
            advice = (_("Lengthen {endpiece_length} or check {head_width}.") if wide else
                      _("Shorten {endpiece_length} or choose smaller lenses; check {head_width}."))
            add(problem(w, "temple_splay", message.format(splay=splay, head_width=_f(p, "head_width_mm"), lo=lo, hi=hi),
                        "head_width_mm",
                        advice=advice.format(endpiece_length=L("endpiece_length_mm"), head_width=L("head_width_mm"))))
            break

    if min(_f(p, "min_wall_mm"), _f(p, "front_lip_thickness_mm")) < 2.0 * nozzle - EPS:
        add(problem(w, "printability", _("Walls thinner than two nozzle widths ({value:g} mm) will not "
                                         "print.").format(
                value=2 * nozzle),
                    "min_wall_mm",
                    fixes=({"min_wall_mm": max(_f(p, "min_wall_mm"), 2 * nozzle),
                            "front_lip_thickness_mm": max(_f(p, "front_lip_thickness_mm"), 2 * nozzle)},),
                    advice=_("Or use a finer nozzle.")))

    try:
        pack_boxes(part_sizes, bed_x_mm, bed_y_mm, gap_mm=_f(p, "part_gap_mm"), margin_mm=BED_MARGIN_MM)
    except BedLayoutError as exc:
        add(problem(w, "bed_fit", _("The parts do not fit on the {bed_x_mm:g} × {bed_y_mm:g} mm bed: "
                                    "{error}").format(
                bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm, error=exc),
                    "temple_length_mm",
                    advice=_("Use a larger printer, a shorter {temple_length} or a smaller {part_gap}; or "
                             "print the parts one by one.").format(
                            temple_length=L('temple_length_mm'), part_gap=L('part_gap_mm'))))
    return problems


def find_warnings(o: FrameOutlines, *, words: FormWords | None = None) -> list[FrameProblem]:
    p = o.params
    w = words or words_for(p)
    warnings: list[FrameProblem] = []
    tilt, pupil = _f(p, "pantoscopic_tilt_deg"), _f(p, "pupil_above_datum_mm")
    if abs(tilt - 2.0 * pupil) > 3.0 + EPS:
        warnings.append(problem(w, "tilt", _("A pupil {pupil:g} mm above the lens centre asks for about "
                                             "{value:g}° of tilt, not {tilt:g}°.").format(
                pupil=pupil, value=2 * pupil, tilt=tilt), "pantoscopic_tilt_deg",
                                fixes=({"pantoscopic_tilt_deg": max(2 * pupil, 0)},)))
    drop = _f(p, "temple_drop_mm")
    if not 30.0 - EPS <= drop <= 45.0 + EPS:
        warnings.append(problem(w, "temple_drop", _("A {drop:g} mm drop is outside the usual 30-45 mm.").format(
                drop=drop),
                                "temple_drop_mm", advice=_("Check the ear with a temple gauge.")))
    width = o.front_width_mm
    head = _f(p, "head_width_mm")
    if width > head + 10.0:
        warnings.append(problem(w, "front_width", _("The front ({width:.0f} mm) is much wider than the head"
                                                    " ({head:g} mm).").format(
                width=width, head=head), "endpiece_length_mm",
                                advice=_("Choose smaller lenses or a shorter {endpiece_length}.").format(
                                        endpiece_length=w.label('endpiece_length_mm'))))
    return warnings
