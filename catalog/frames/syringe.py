"""The syringe clip: a sleeve that rides on a temple and a snap-in cradle for a standard Luer syringe barrel.

Self-adjusting glasses are tuned with a syringe on each temple (the Adspecs way): the wearer turns or presses it
until the lens is sharp, then seals the module. The clip is one flat section extruded along the temple, printed
standing on its end, so every wall is vertical and nothing overhangs.

Section coordinates (mm): a across the head (0 = the temple's outer face, + away from the head), b up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from shapely import affinity
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from catalog.frames.outlines import single_polygon
from catalog.frames.params import ParamValue
from catalog.frames.params import number_of as _f  # short: the geometry reads dozens of numbers

SECTION_TURN_DEG = 3.7
# The cradle's mouth, as a share of the barrel diameter: narrow enough to hold, wide enough to snap in by hand.
MOUTH_SHARE = 0.80
CIRCLE_QUAD_SEGS = 16


@dataclass(frozen=True)
class ClipGeometry:
    section: Polygon
    length_mm: float
    sleeve_hole_mm: tuple[float, float]  # (across, up) of the hole the temple slides through
    barrel_bore_mm: float  # diameter of the cradle's bore
    mouth_mm: float  # width of the opening the barrel snaps through
    wall_mm: float
    barrel_centre_mm: tuple[float, float]  # where the barrel's axis crosses the section




def clip_geometry(p: Mapping[str, ParamValue]) -> ClipGeometry:
    wall, play = _f(p, "clip_wall_mm"), _f(p, "clip_play_mm")
    hole_a = _f(p, "temple_thickness_mm") + 2 * play
    hole_b = _f(p, "temple_height_mm") + 2 * play
    sleeve = box(-hole_a - wall, -hole_b / 2 - wall, wall, hole_b / 2 + wall)
    hole = box(-hole_a, -hole_b / 2, 0.0, hole_b / 2)
    bore_r = _f(p, "syringe_barrel_d_mm") / 2 + play
    centre_a = wall + bore_r  # the cradle's inner wall is the sleeve's outer wall: one shared wall
    ring = Point(centre_a, 0.0).buffer(bore_r + wall, quad_segs=CIRCLE_QUAD_SEGS)
    bore = Point(centre_a, 0.0).buffer(bore_r, quad_segs=CIRCLE_QUAD_SEGS)
    mouth = MOUTH_SHARE * 2 * bore_r
    slot = box(centre_a, -mouth / 2, centre_a + bore_r + wall + 1.0, mouth / 2)
    cradle = ring.difference(bore).difference(slot)
    body = single_polygon(unary_union([sleeve, cradle]))
    # Turned a little so no vertex lies exactly on a box edge (earcut mis-bridges such collinear rays).
    outline = affinity.rotate(Polygon(body.exterior.coords, [hole.exterior.coords]), SECTION_TURN_DEG,
                              origin=(0.0, 0.0))
    turn = math.radians(SECTION_TURN_DEG)
    centre = (centre_a * math.cos(turn), centre_a * math.sin(turn))
    return ClipGeometry(outline.buffer(0), _f(p, "clip_length_mm"), (hole_a, hole_b), 2 * bore_r, mouth, wall,
                        centre)


def cradle_grip_deg(geometry: ClipGeometry) -> float:
    """How far round the barrel the cradle reaches, in degrees; past 180 it holds the barrel by itself."""
    half_mouth = geometry.mouth_mm / 2
    radius = geometry.barrel_bore_mm / 2
    return 360.0 - 2.0 * math.degrees(math.asin(min(half_mouth / radius, 1.0)))
