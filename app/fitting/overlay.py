"""The frame's true-scale outline placed over the customer's photo, lens centres on the pupils.

The frame's front lies at the spectacle plane, about where the card sits on the brow, so the card's
own scale (mm per pixel at the card plane) draws the outline at true size. Frame coordinates have
+x toward the wearer's left and +y up; in a photo facing the customer the wearer's left is the
image's right and up is −y. The outline is turned to the eyes' line and its lens centres are put on
the far-gaze pupil positions (the photographed, converged pupils pushed out by the convergence
factor, which is where distance lenses must be centred).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.fitting.pd_photo import PhotoClicks, PixelPoint
from catalog.frames import generate_frame

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Overlay:
    polylines_px: tuple[tuple[tuple[float, float], ...], ...]
    lens_centres_px: tuple[tuple[float, float], tuple[float, float]]  # right eye, left eye
    far_pupils_px: tuple[tuple[float, float], tuple[float, float]]  # right eye, left eye
    mm_per_px: float


def outline_rings_mm(geometry: Any) -> list[Ring]:
    """Every exterior and hole ring of a shapely Polygon/MultiPolygon/collection, in mm."""
    kind = getattr(geometry, "geom_type", "")
    if kind == "Polygon":
        rings = [geometry.exterior, *geometry.interiors]
        return [[(float(x), float(y)) for x, y, *_ in ring.coords] for ring in rings]
    if kind in ("MultiPolygon", "GeometryCollection"):
        out: list[Ring] = []
        for part in geometry.geoms:
            out.extend(outline_rings_mm(part))
        return out
    return []


def place_outline(
    rings_mm: Sequence[Ring],
    lens_centres_mm: tuple[tuple[float, float], tuple[float, float]],
    clicks: PhotoClicks,
) -> Overlay:
    reading = clicks.measure()
    image_left, image_right = clicks.pupils
    right_eye, left_eye = (image_right, image_left) if clicks.setup.is_mirrored else (image_left, image_right)
    # Far-gaze pupils: the converged ones pushed away from the optical axis (image centre).
    axis = PixelPoint(clicks.image_size_px[0] / 2.0, clicks.image_size_px[1] / 2.0)
    far_right = axis + (right_eye - axis).scaled(reading.convergence_factor)
    far_left = axis + (left_eye - axis).scaled(reading.convergence_factor)
    mm_per_px = reading.card.mm_per_px
    (rx, ry), (lx, ly) = lens_centres_mm
    centre_mm = ((rx + lx) / 2.0, (ry + ly) / 2.0)
    anchor = (far_right + far_left).scaled(0.5)
    eye_line = far_left - far_right  # frame +x (toward the wearer's left), seen in the image
    ex = eye_line.scaled(1.0 / eye_line.length)
    # Frame +y (up) is a quarter turn from +x; which way round depends on whether the image is mirrored.
    ey = PixelPoint(-ex.y, ex.x) if clicks.setup.is_mirrored else PixelPoint(ex.y, -ex.x)

    def to_px(x_mm: float, y_mm: float) -> tuple[float, float]:
        u, v = (x_mm - centre_mm[0]) / mm_per_px, (y_mm - centre_mm[1]) / mm_per_px
        return (anchor.x + u * ex.x + v * ey.x, anchor.y + u * ex.y + v * ey.y)

    polylines = tuple(tuple(to_px(x, y) for x, y in ring) for ring in rings_mm)
    return Overlay(
        polylines_px=polylines,
        lens_centres_px=(to_px(rx, ry), to_px(lx, ly)),
        far_pupils_px=((far_right.x, far_right.y), (far_left.x, far_left.y)),
        mm_per_px=mm_per_px,
    )


def frame_overlay(style_id: str, params: dict[str, Any], clicks: PhotoClicks) -> Overlay:
    """Generate the frame (slow: run it in the background) and place its outline on the photo."""
    frame = generate_frame(style_id, params)
    return place_outline(outline_rings_mm(frame.front_outline), frame.lens_centres_mm, clicks)
