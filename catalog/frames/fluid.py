"""Self-adjustable frames: a round seat per fluid-filled lens module, a notch for each filling port, syringe clips.

The module frame is built as a round-lens frame whose lens is the module (its diameter the lens width and
height, its thickness the seat depth), so the nose, bridge, hinge, temple and bed checks are the same ones every
style passes. On top of that it gets:
- a notch cut from the back of the rim at the port angle, through to the outer edge, so the module drops in
  from behind with its port in the notch and the syringe reaches it; the front lip stays whole;
- its own checks in the form's words: a module too large for the face, a port notch that would cut the bridge
  or the hinge end-piece;
- the syringe clips as extra parts, when asked for.

Port angles are seen from the front and mirrored between the eyes: 0° points to that eye's temple, 90° up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import replace

from shapely.geometry import Point, Polygon

from catalog.frames.checks import EPS, FrameProblem
from catalog.frames.fluid_declarations import CONVENTIONAL_ALIASES
from catalog.frames.outlines import (
    CLOSING_MM,
    FrameOutlines,
    build_outlines,
    polygon_parts,
)
from catalog.frames.params import Parameter, ParamValue
from catalog.frames.params import number_of as _f  # short: the geometry reads dozens of numbers
from catalog.frames.syringe import clip_geometry, cradle_grip_deg

PORT_PLAY_MM = 0.3  # per side of the filling port in its notch
NOTCH_ESCAPE_MM2 = 0.5  # a port path reaching past the rim by less than this grazes a fillet, not the bridge
NOTCH_SKIN_MM = 0.5  # the notch runs this far past the rim's last material, so no skin is left outside
PORT_SCAN_STEP_DEG = 5
PORT_FLOOR_MM = 0.5  # the notch starts this far inside the seat, so it meets the seat wall cleanly
MIN_GRIP_DEG = 200.0  # a cradle reaching less far round the barrel lets the syringe fall out




def conventional_params(p: Mapping[str, ParamValue]) -> dict[str, ParamValue]:
    """The module frame as a round-lens frame: what the shared outline builder and checks read."""
    diameter, thickness = _f(p, "module_diameter_mm"), _f(p, "module_thickness_mm")
    values: dict[str, ParamValue] = dict(p)
    values.update(
        lens_width_mm=diameter, lens_height_mm=diameter, lens_edge_thickness_mm=thickness, lens_base_curve_d=0.0,
        lens_clearance_mm=_f(p, "module_clearance_mm"), shape_n_top=2.0, shape_n_bottom=2.0, shape_taper=0.0,
        shape_skew_top=0.0, shape_skew_bottom=0.0,
        # The seat holds the module and, behind it, the clamp ring that presses it against the lip.
        frame_thickness_mm=round(_f(p, "front_lip_thickness_mm") + thickness + _f(p, "ring_thickness_mm") + 0.2, 3),
    )
    return values


def port_direction(side: int, angle_deg: float) -> tuple[float, float]:
    """Unit vector of the port seen from the front; side 0 is the right eye (its temple at -x), 1 the left."""
    a = math.radians(angle_deg)
    return (-math.cos(a) if side == 0 else math.cos(a), math.sin(a))


def _slot(centre: tuple[float, float], direction: tuple[float, float], start_mm: float, end_mm: float,
          width_mm: float) -> Polygon:
    (cx, cy), (ux, uy) = centre, direction
    nx, ny = -uy * width_mm / 2, ux * width_mm / 2
    a = (cx + ux * start_mm, cy + uy * start_mm)
    b = (cx + ux * end_mm, cy + uy * end_mm)
    return Polygon([(a[0] + nx, a[1] + ny), (b[0] + nx, b[1] + ny), (b[0] - nx, b[1] - ny), (a[0] - nx, a[1] - ny)])


def notch_width_mm(p: Mapping[str, ParamValue]) -> float:
    return _f(p, "port_diameter_mm") + 2 * PORT_PLAY_MM


def _seat_radius(p: Mapping[str, ParamValue]) -> float:
    return _f(p, "module_diameter_mm") / 2 + _f(p, "module_clearance_mm")


def _rim_outer_mm(p: Mapping[str, ParamValue]) -> float:
    """How far from the module's centre the rim reaches, with the fillet that joins it to the bridge or end-piece."""
    return _seat_radius(p) + _f(p, "rim_width_mm") + CLOSING_MM + 0.5


def _port_path(o: FrameOutlines, side: int, angle_deg: float) -> Polygon:
    """The strip the port and the syringe's tip take, from just inside the seat to well past the front."""
    p = o.params
    seat_r = _seat_radius(p)
    reach = seat_r + _f(p, "rim_width_mm") + _f(p, "endpiece_length_mm") + 40.0
    return _slot(o.lens_centres_mm[side], port_direction(side, angle_deg), seat_r - PORT_FLOOR_MM, reach,
                 notch_width_mm(p))


def port_notch(o: FrameOutlines, side: int, angle_deg: float) -> Polygon:
    """The notch of one eye in the front view: from just inside the seat out through the rim's outer edge.

    It ends a little past the last of the rim's material in the port's path, and no further. A notch clipped to
    the outline of the whole front instead would, for a port close to the end-piece or the bridge (13° is one),
    run on along that part's edge as a long sliver a fraction of a millimetre wide: cut into the drawing and the
    template, and a degenerate shape to subtract from the front.
    """
    p = o.params
    centre = o.lens_centres_mm[side]
    ux, uy = port_direction(side, angle_deg)
    rim = _port_path(o, side, angle_deg).intersection(o.front_solid).intersection(
        Point(centre).buffer(_rim_outer_mm(p), quad_segs=32))
    seat_r = _seat_radius(p)
    # Where the nose cut has eaten the rim (a module too large for the face, refused by its own check) the path
    # holds no rim at all: the notch is then drawn as deep as the rim is wide.
    end = max((((x - centre[0]) * ux + (y - centre[1]) * uy) for part in polygon_parts(rim)
               for x, y in part.exterior.coords), default=seat_r + _f(p, "rim_width_mm"))
    return _slot(centre, (ux, uy), seat_r - PORT_FLOOR_MM, end + NOTCH_SKIN_MM, notch_width_mm(p))


def notch_escape(o: FrameOutlines, side: int, angle_deg: float) -> str | None:
    """"bridge" or "end-piece" when either lies in the port's path past the rim; None when the path is clear."""
    centre = o.lens_centres_mm[side]
    # Counted with the same half-millimetre margin the notch runs past the rim: a bridge or end-piece closer
    # than that to the path is in the syringe's way.
    beyond = _port_path(o, side, angle_deg).intersection(o.front_solid.buffer(NOTCH_SKIN_MM)).difference(
        Point(centre).buffer(_rim_outer_mm(o.params), quad_segs=32))
    if beyond.area < NOTCH_ESCAPE_MM2:
        return None
    # The nasal side of each eye faces x = 0.
    return "bridge" if abs(beyond.centroid.x) < abs(centre[0]) else "end-piece"


def build_fluid_outlines(params: Mapping[str, ParamValue]) -> FrameOutlines:
    conventional = conventional_params(params)
    base = build_outlines(conventional)
    angle = _f(params, "port_angle_deg")
    cuts = [port_notch(base, side, angle) for side in (0, 1)]
    extras: tuple[tuple[str, Polygon, float], ...] = ()
    if str(params.get("syringe_clips", "none")) == "two":
        clip = clip_geometry(params)
        extras = (("syringe_clip_right", clip.section, clip.length_mm),
                  ("syringe_clip_left", clip.section, clip.length_mm))
    return replace(base, port_cuts=tuple(cuts), extras=extras)


def fluid_problems(o: FrameOutlines, labels: Mapping[str, str]) -> list[FrameProblem]:
    """The module frame's own checks, worded with the form's labels."""
    p = o.params
    problems: list[FrameProblem] = []
    diameter = _f(p, "module_diameter_mm")
    min_wall = _f(p, "min_wall_mm")
    clearance = _f(p, "module_clearance_mm")
    largest = min(o.nose_cut.distance(Point(c)) for c in o.lens_centres_mm) - clearance - min_wall
    largest_d = math.floor(2 * largest * 2) / 2  # down to the 0.5 mm grid
    if diameter > 2 * largest + EPS:
        fix = (f"choose a {labels['module_diameter_mm']} of {largest_d:g} mm or less"
               if largest_d >= 30 else "this face needs a smaller module than any this frame takes")
        problems.append(FrameProblem(
            "module_fit",
            f"A {diameter:g} mm module is too large for this face: centred on the pupils it runs into the nose.",
            f"Measure the PD again, or {fix}.", "module_diameter_mm"))

    angle = _f(p, "port_angle_deg")
    escapes = {notch_escape(o, side, angle) for side in (0, 1)} - {None}
    if escapes:
        where = "the bridge" if "bridge" in escapes else "the hinge end-piece"
        near = nearest_clear_port_angle(o, angle)
        fix = (f"Set {labels['port_angle_deg']} to {near:g}° (0° points to the temple, 90° up, 180° to the nose)."
               if near is not None else f"Choose a smaller {labels['port_diameter_mm']} or a wider "
                                        f"{labels['rim_width_mm']}.")
        problems.append(FrameProblem(
            "port_position", f"The notch for the filling port at {angle:g}° would cut through {where}.", fix,
            "port_angle_deg"))

    notch = notch_width_mm(p)
    if notch > diameter / 3 + EPS:
        problems.append(FrameProblem(
            "port_size", f"A {_f(p, 'port_diameter_mm'):g} mm filling port needs a {notch:.1f} mm notch, a third of "
            f"the {diameter:g} mm module or more: the rim would no longer hold the module there.",
            f"Check the {labels['port_diameter_mm']} with a calliper, or use a larger module.", "port_diameter_mm"))
    problems.extend(clip_problems(p, labels))
    return problems


def clip_problems(p: Mapping[str, ParamValue], labels: Mapping[str, str]) -> list[FrameProblem]:
    if "clip_wall_mm" not in p or str(p.get("syringe_clips", "two")) != "two":
        return []
    problems: list[FrameProblem] = []
    geometry = clip_geometry(p)
    min_wall = _f(p, "min_wall_mm")
    if geometry.wall_mm < min_wall - EPS:
        problems.append(FrameProblem(
            "clip_wall", f"The syringe clip walls are {geometry.wall_mm:g} mm, thinner than the {min_wall:g} mm "
            "minimum wall.", f"Set {labels['clip_wall_mm']} to {min_wall:g} mm or more.", "clip_wall_mm"))
    grip = cradle_grip_deg(geometry)
    if grip < MIN_GRIP_DEG - EPS:
        problems.append(FrameProblem(
            "clip_grip", f"The cradle reaches only {grip:.0f}° round the syringe barrel: it would not hold it.",
            f"Lower {labels['clip_play_mm']}.", "clip_play_mm"))
    return problems


def nearest_clear_port_angle(o: FrameOutlines, asked_deg: float) -> float | None:
    """The port angle closest to the one asked for whose notches stay inside the rims (5° steps)."""
    steps = range(0, 360, PORT_SCAN_STEP_DEG)
    clear = [a for a in steps if all(notch_escape(o, side, a) is None for side in (0, 1))]
    if not clear:
        return None
    return float(min(clear, key=lambda a: (min(abs(a - asked_deg), 360 - abs(a - asked_deg)), a)))


def labels_for(parameters: tuple[Parameter, ...]) -> dict[str, str]:
    return {p.name: p.label for p in parameters}


def reworded(problem: FrameProblem, parameters: tuple[Parameter, ...]) -> FrameProblem:
    """A shared check's problem in this family's words: internal names become labels, lenses become modules."""
    labels = labels_for(parameters)
    names = {**{name: name for name in labels}, **CONVENTIONAL_ALIASES}

    def label(match: re.Match[str]) -> str:
        own = names.get(match.group(0))
        return labels[own] if own in labels else match.group(0)

    def words(text: str) -> str:
        text = re.sub(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", label, text)
        return (text.replace("smaller lenses", "a smaller module").replace(" mm lenses", " mm modules")
                .replace("the lenses", "the modules").replace("beside the lens", "beside the module")
                .replace("a thinner or flatter lens", "a thinner module"))

    parameter = problem.parameter
    if parameter is not None:
        parameter = CONVENTIONAL_ALIASES.get(parameter, parameter)
    return replace(problem, message=words(problem.message), suggestion=words(problem.suggestion),
                   advice=words(problem.advice), parameter=parameter)
