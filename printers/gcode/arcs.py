"""G2/G3 arcs in the I/J centre form: where the centre is and how far the arc turns."""

from __future__ import annotations

import math
from dataclasses import dataclass

ARC_SEGMENT_MM = 1.0  # how finely estimates and previews follow an arc


@dataclass(frozen=True)
class Arc:
    cx: float
    cy: float
    radius: float
    start_angle: float
    sweep: float  # radians; negative for clockwise


    @property
    def length_xy(self) -> float:
        """The length of the path in the XY plane, along the curve (not its chord)."""
        return abs(self.sweep) * self.radius


def arc_from_words(start: list[float], end: list[float], words: dict[str, float], *, clockwise: bool) -> Arc:
    """The arc of a G2/G3: centre from I/J (offsets from the start) or from R, as Marlin finds it."""
    if "R" in words and "I" not in words and "J" not in words:
        cx, cy = _centre_from_radius(start, end, words["R"], clockwise=clockwise)
    else:
        cx = start[0] + words.get("I", 0.0)
        cy = start[1] + words.get("J", 0.0)
    radius = math.hypot(start[0] - cx, start[1] - cy)
    a0 = math.atan2(start[1] - cy, start[0] - cx)
    a1 = math.atan2(end[1] - cy, end[0] - cx)
    sweep = a1 - a0
    # Equal start and end angles mean a full circle, as firmware reads it.
    if clockwise and sweep >= 0:
        sweep -= 2 * math.pi
    elif not clockwise and sweep <= 0:
        sweep += 2 * math.pi
    return Arc(cx, cy, radius, a0, sweep)


def _centre_from_radius(start: list[float], end: list[float], r: float, *, clockwise: bool) -> tuple[float, float]:
    """R form: the centre lies on the chord's perpendicular bisector; a negative R takes the longer arc."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    chord = math.hypot(dx, dy)
    if chord == 0 or r == 0:
        return start[0], start[1]
    side = -1.0 if clockwise != (r < 0) else 1.0
    h = math.sqrt(max((r - chord / 2) * (r + chord / 2), 0.0))
    return (start[0] + end[0]) / 2 - side * h * dy / chord, (start[1] + end[1]) / 2 + side * h * dx / chord


def arc_points(start: list[float], end: list[float], words: dict[str, float], *, clockwise: bool) -> list[list[float]]:
    """Points along a G2/G3 arc (I/J centre form), about 1 mm apart, ending exactly at `end`."""
    arc = arc_from_words(start, end, words, clockwise=clockwise)
    cx, cy, radius, a0, sweep = arc.cx, arc.cy, arc.radius, arc.start_angle, arc.sweep
    count = max(1, min(360, math.ceil(abs(sweep) * radius / ARC_SEGMENT_MM)))
    points = []
    for i in range(1, count + 1):
        f = i / count
        angle = a0 + sweep * f
        points.append(
            [
                cx + radius * math.cos(angle) if i < count else end[0],
                cy + radius * math.sin(angle) if i < count else end[1],
                start[2] + (end[2] - start[2]) * f,
                start[3] + (end[3] - start[3]) * f,
            ]
        )
    return points
