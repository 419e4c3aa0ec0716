"""The 2D construction of a frame (front view, temple side view, hinge sections), all shapely, in mm.

Front view: +x = wearer's left, +y up, origin at the bridge centre on the datum line; z = depth, 0 at the front
face, +z toward the face. The temple is drawn in its own side view: u back from the hinge axis, v up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from catalog.frames.lens import lens_contour, lens_sag_step_mm
from catalog.frames.params import ParamValue
from catalog.frames.params import number_of as _f  # short: the geometry reads dozens of numbers

CLOSING_MM = 1.5  # fillet radius of the closing that rounds joints between rims, bridge and endpieces
KNUCKLE_GAP_MM = 0.4  # axial play between hinge knuckles (rotating joint, PLA/PETG)
HEEL_GAP_MM = 0.4  # play between the temple stop and the front when open
EMBED_MM = 0.3  # knuckles sink into the front so the union never meets coplanar faces
SIMPLIFY_MM = 0.01
HINGE_HOLE_D_MM = {"pin_1mm": 1.0, "screw_m2": 2.2}
BEND_RADIUS_MM = 10.0
EAR_CLEARANCE_MM = 2.5  # per side: temple spread at the ears = head width - 5 mm


@dataclass(frozen=True)
class HingeSpec:
    hole_r_mm: float
    knuckle_r_mm: float
    band_mm: float  # total hinge height shared by the three knuckles
    front_bands: tuple[tuple[float, float], tuple[float, float]]  # y ranges of the front knuckles (front coords)
    temple_band: tuple[float, float]  # v range of the temple knuckle (temple coords, 0 = hinge centre)
    pin_gap_mm: float  # pin axis behind the back face of the front
    pin_x_right_mm: float
    pin_x_left_mm: float


@dataclass(frozen=True)
class FrameOutlines:
    params: Mapping[str, ParamValue]
    lens_local: np.ndarray
    lens_right: Polygon
    lens_left: Polygon
    seats: tuple[Polygon, Polygon]
    apertures: tuple[Polygon, Polygon]
    ring_inners: tuple[Polygon, Polygon]
    front_solid: BaseGeometry  # the front before the lens holes (may be a MultiPolygon if it fell apart)
    nose_cut: Polygon
    bridge_top_mm: float
    hinge: HingeSpec
    splay_right_deg: float
    splay_left_deg: float
    temple_profile: Polygon  # side view (u, v)
    temple_length_mm: float
    sag_step_mm: float
    lens_centres_mm: tuple[tuple[float, float], tuple[float, float]]
    # Self-adjustable frames: the notches cut from the back of the rim for the modules' filling ports (front view)
    port_cuts: tuple[Polygon, ...] = ()
    # Extra flat parts printed with the frame (name, section on the bed, height), e.g. the syringe clips.
    extras: tuple[tuple[str, Polygon, float], ...] = ()

    @property
    def front_outline(self) -> Polygon | BaseGeometry:
        """What one sees from the front: the front with the lens apertures open."""
        if not isinstance(self.front_solid, Polygon):
            return self.front_solid
        return Polygon(self.front_solid.exterior.coords, [a.exterior.coords for a in self.apertures])

    @property
    def front_width_mm(self) -> float:
        x0, _y0, x1, _y1 = self.front_solid.bounds
        return x1 - x0




def build_outlines(params: Mapping[str, ParamValue]) -> FrameOutlines:
    p = params
    a_mm, b_mm = _f(p, "lens_width_mm"), _f(p, "lens_height_mm")
    pd_r, pd_l = _f(p, "pd_right_mm"), _f(p, "pd_left_mm")
    rim = _f(p, "rim_width_mm")
    local = lens_contour(
        a_mm, b_mm, _f(p, "shape_n_top"), _f(p, "shape_n_bottom"), _f(p, "shape_taper"),
        _f(p, "shape_skew_top"), _f(p, "shape_skew_bottom"),
    )
    lens_left = Polygon(local + np.array([pd_l, 0.0]))
    mirrored = local[::-1] * np.array([-1.0, 1.0])  # reversed so the mirrored contour stays counter-clockwise
    lens_right = Polygon(mirrored + np.array([-pd_r, 0.0]))
    lenses = (lens_right, lens_left)

    clearance = _f(p, "lens_clearance_mm")
    seats = tuple(_clean(lens.buffer(clearance)) if abs(clearance) > 1e-9 else lens for lens in lenses)
    apertures = tuple(_clean(lens.buffer(-_f(p, "lip_overlap_mm"))) for lens in lenses)
    ring_inners = tuple(_clean(lens.buffer(-_f(p, "rear_overlap_mm"))) for lens in lenses)
    rims = [lens.buffer(rim) for lens in lenses]

    x_nasal_r, x_nasal_l = -pd_r + a_mm / 2.0, pd_l - a_mm / 2.0
    crest = _f(p, "crest_above_datum_mm")
    rim_top = b_mm / 2.0 + rim
    bridge_top = min(crest + _f(p, "bridge_band_mm"), rim_top - 0.5)
    parts: list[BaseGeometry] = [*rims]
    if bridge_top > crest:
        parts.append(box(x_nasal_r - rim, crest, x_nasal_l + rim, bridge_top))

    temple_h = _f(p, "temple_height_mm")
    hinge_y = _f(p, "hinge_y_mm")
    half_end_h = temple_h / 2.0 + 1.0
    x_end_r = -(pd_r + a_mm / 2.0 + rim + _f(p, "endpiece_length_mm"))
    x_end_l = pd_l + a_mm / 2.0 + rim + _f(p, "endpiece_length_mm")
    for x_in, x_out in ((-pd_r - a_mm / 4.0, x_end_r), (pd_l + a_mm / 4.0, x_end_l)):
        lo, hi = sorted((x_in, x_out))
        parts.append(box(lo + 1.0, hinge_y - half_end_h + 1.0, hi - 1.0, hinge_y + half_end_h - 1.0).buffer(1.0))
    joined = unary_union(parts).buffer(CLOSING_MM).buffer(-CLOSING_MM)

    nose_cut = _nose(p, crest)
    front_solid = _clean(joined.difference(nose_cut))
    if isinstance(front_solid, Polygon):
        front_solid = Polygon(front_solid.exterior.coords)  # any pin-hole left by the closing is filled

    t = _f(p, "temple_thickness_mm")
    knuckle_r = t / 2.0
    hole_r = HINGE_HOLE_D_MM[str(p["hinge_type"])] / 2.0
    pin_gap = knuckle_r + HEEL_GAP_MM
    third = temple_h / 3.0
    hinge = HingeSpec(
        hole_r_mm=hole_r,
        knuckle_r_mm=knuckle_r,
        band_mm=temple_h,
        front_bands=(
            (hinge_y - temple_h / 2.0, hinge_y - third / 2.0 - KNUCKLE_GAP_MM / 2.0),
            (hinge_y + third / 2.0 + KNUCKLE_GAP_MM / 2.0, hinge_y + temple_h / 2.0),
        ),
        temple_band=(-third / 2.0 + KNUCKLE_GAP_MM / 2.0, third / 2.0 - KNUCKLE_GAP_MM / 2.0),
        pin_gap_mm=pin_gap,
        pin_x_right_mm=x_end_r + knuckle_r + EMBED_MM,
        pin_x_left_mm=x_end_l - knuckle_r - EMBED_MM,
    )
    drop = _f(p, "temple_drop_mm")
    to_bend = _f(p, "temple_length_mm") - drop
    spread_half = _f(p, "head_width_mm") / 2.0 - EAR_CLEARANCE_MM
    splay_r = math.degrees(math.atan2(spread_half - abs(hinge.pin_x_right_mm), to_bend))
    splay_l = math.degrees(math.atan2(spread_half - abs(hinge.pin_x_left_mm), to_bend))
    profile, length = _temple_profile(p, hinge)
    return FrameOutlines(
        params=p,
        lens_local=local,
        lens_right=lens_right,
        lens_left=lens_left,
        seats=seats,  # type: ignore[arg-type]
        apertures=apertures,  # type: ignore[arg-type]
        ring_inners=ring_inners,  # type: ignore[arg-type]
        front_solid=front_solid,
        nose_cut=nose_cut,
        bridge_top_mm=bridge_top,
        hinge=hinge,
        splay_right_deg=splay_r,
        splay_left_deg=splay_l,
        temple_profile=profile,
        temple_length_mm=length,
        sag_step_mm=lens_sag_step_mm(local, _f(p, "lens_base_curve_d")),
        lens_centres_mm=((-pd_r, 0.0), (pd_l, 0.0)),
    )


def _clean(geom: BaseGeometry) -> BaseGeometry:
    """Drops points closer than 0.01 mm to the line through their neighbours (buffers make many)."""
    # Plain Douglas-Peucker is ten times faster than the topology-preserving kind; keep it only if still valid.
    simplified = geom.simplify(SIMPLIFY_MM, preserve_topology=False)
    return simplified if not simplified.is_empty and simplified.is_valid else geom


def _nose(p: Mapping[str, ParamValue], crest: float) -> Polygon:
    """The nose seen from the front: widths DBR10/DBR15 below the crest, a rounded apex, plus clearance."""
    w10, w15 = _f(p, "nose_dbr10_mm"), _f(p, "nose_dbr15_mm")
    growth = (w15 - w10) / 5.0  # full width gained per mm below the crest
    radius = _f(p, "nose_apex_radius_mm")

    def width(depth: float) -> float:
        return max(w10 + growth * (depth - 10.0), 1.0)

    depth_bottom = 80.0
    outline = Polygon([
        (-width(-2 * radius) / 2.0, crest + 2 * radius), (width(-2 * radius) / 2.0, crest + 2 * radius),
        (width(depth_bottom) / 2.0, crest - depth_bottom), (-width(depth_bottom) / 2.0, crest - depth_bottom),
    ])
    rounded = outline.intersection(box(-100, crest - depth_bottom - 1, 100, crest + 50))
    rounded = rounded.buffer(-radius).buffer(radius)
    rounded = affinity.translate(rounded, 0.0, crest - rounded.bounds[3])
    clearance = _f(p, "nose_clearance_mm")
    return rounded.buffer(clearance) if clearance > 0 else rounded


def _temple_profile(p: Mapping[str, ParamValue], hinge: HingeSpec) -> tuple[Polygon, float]:
    """Side view of a temple in hinge coordinates: the beam slopes down by the pantoscopic tilt, bends, drops."""
    tilt = math.radians(_f(p, "pantoscopic_tilt_deg"))
    drop_angle = math.radians(_f(p, "temple_drop_angle_deg"))
    h0, h1 = _f(p, "temple_height_mm"), _f(p, "temple_tip_height_mm")
    total = _f(p, "temple_length_mm")
    drop = _f(p, "temple_drop_mm")
    start_u = beam_start_mm(hinge, h0, tilt)
    d1 = np.array([math.cos(-tilt), math.sin(-tilt)])
    d2 = np.array([math.cos(-tilt - drop_angle), math.sin(-tilt - drop_angle)])
    tangent = BEND_RADIUS_MM * math.tan(drop_angle / 2.0)
    first = max(total - drop - start_u - tangent, 1.0)
    # ISO 8624 length of side: hinge axis to tip along the temple, drop straightened.
    second = max(total - (start_u + first + BEND_RADIUS_MM * drop_angle + h1 / 2.0), 1.0)
    p0 = np.array([start_u, 0.0])
    p1 = p0 + d1 * first
    normal1 = np.array([-d1[1], d1[0]])
    centre = p1 - normal1 * BEND_RADIUS_MM  # bending downward: the centre lies below the beam
    steps = max(int(math.degrees(drop_angle) / 5.0), 2)
    arc = [
        centre + BEND_RADIUS_MM * np.array([math.cos(a), math.sin(a)])
        for a in np.linspace(math.pi / 2 - tilt, math.pi / 2 - tilt - drop_angle, steps + 1)
    ]
    p2 = arc[-1]
    p3 = p2 + d2 * second
    line = np.vstack([p0, *arc, p3])
    seg = np.linalg.norm(np.diff(line, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    heights = h0 + (h1 - h0) * s / s[-1]
    tangents = np.gradient(line, axis=0)
    tangents /= np.linalg.norm(tangents, axis=1)[:, None]
    normals = np.column_stack([-tangents[:, 1], tangents[:, 0]])
    upper = line + normals * (heights[:, None] / 2.0)
    lower = line - normals * (heights[:, None] / 2.0)
    beam = Polygon(np.vstack([upper, lower[::-1]]))
    tip = Point(p3).buffer(h1 / 2.0, quad_segs=6)
    profile = unary_union([beam, tip])
    if isinstance(profile, MultiPolygon):
        profile = max(profile.geoms, key=lambda g: g.area)
    length = start_u + float(s[-1]) + h1 / 2.0
    return _clean(profile.buffer(0)), length  # type: ignore[return-value]


def beam_start_mm(hinge: HingeSpec, temple_h: float, tilt_rad: float) -> float:
    """Where the full-height temple beam may begin behind the pin without touching the front knuckles."""
    return hinge.knuckle_r_mm + HEEL_GAP_MM + (temple_h / 2.0) * math.sin(tilt_rad) + 0.1


def _circle(cx: float, cy: float, radius: float, quad_segs: int = 8) -> Polygon:
    # Turned off-axis so no vertex lines up exactly with a box edge: earcut mis-bridges such collinear rays.
    return affinity.rotate(Point(cx, cy).buffer(radius, quad_segs=quad_segs), 3.7, origin=(cx, cy))


def teardrop(cx: float, cy: float, radius: float) -> Polygon:
    """A hole printed horizontally: circle plus a 45-degree roof pointing up (+y of this section)."""
    circle = _circle(cx, cy, radius, 6)
    return Polygon(single_polygon(circle.union(Point(cx, cy + radius * math.sqrt(2.0))).convex_hull).exterior.coords)


def front_knuckle_section(hinge: HingeSpec, pin_x: float, thickness_mm: float) -> Polygon:
    """Section (x, z) of a front knuckle: a post on the back of the endpiece, rounded around the pin."""
    r = hinge.knuckle_r_mm
    pin_z = thickness_mm + hinge.pin_gap_mm
    body = single_polygon(box(pin_x - r, thickness_mm - EMBED_MM, pin_x + r, pin_z).union(_circle(pin_x, pin_z, r)))
    return Polygon(body.exterior.coords, [teardrop(pin_x, pin_z, hinge.hole_r_mm).exterior.coords])


def temple_knuckle_section(hinge: HingeSpec, thickness_mm: float, splay_deg: float, reach_mm: float) -> Polygon:
    """Section (u, w) of the temple knuckle; w = 0 is the outer face (on the bed).

    The heel ahead of the pin on the outer side is the stop: its end face is cut so that it lands flat on the
    back of the front exactly when the temple is open by the splay angle.
    """
    r = hinge.knuckle_r_mm
    half = thickness_mm / 2.0
    s = math.radians(splay_deg)

    def heel_u(s_out: float) -> float:
        return (-hinge.pin_gap_mm + s_out * math.sin(s)) / math.cos(s)

    top = half - 0.3  # the heel joins the knuckle a little below the pin line
    heel = Polygon([(0.0, top), (heel_u(half - top), top), (heel_u(half), 0.0), (0.0, 0.0)])
    body = single_polygon(unary_union([heel, box(0.0, 0.0, reach_mm, thickness_mm), _circle(0.0, half, r)]))
    return Polygon(body.exterior.coords, [teardrop(0.0, half, hinge.hole_r_mm).exterior.coords])


def ring_outline(seat: Polygon, inner: Polygon) -> Polygon:
    outer = single_polygon(_clean(seat.buffer(-0.1)))
    return Polygon(outer.exterior.coords, [inner.exterior.coords])


def nasal_gap_mm(outlines: FrameOutlines) -> float:
    """The bridge actually built: distance between the nasal sides of the two lens boxes."""
    return outlines.lens_left.bounds[0] - outlines.lens_right.bounds[2]


def single_polygon(geom: BaseGeometry) -> Polygon:
    """`geom` as the one Polygon it must be: shapes that overlap by construction join into one piece,
    so anything else is a defect in the construction, not in the operator's parameters."""
    if isinstance(geom, Polygon):
        return geom
    raise ValueError(f"Expected one outline, got a {geom.geom_type}: the frame construction is at fault.")


def polygon_parts(geom: BaseGeometry) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]
