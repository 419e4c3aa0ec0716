"""Frame-like test parts: shapely outlines (with holes) extruded into watertight prisms."""

from __future__ import annotations

import trimesh
from shapely import affinity
from shapely.geometry import Point, Polygon, box


def frame_front_outline(width_mm: float = 130.0, height_mm: float = 42.0) -> Polygon:
    body = (
        box(-width_mm / 2, -height_mm / 2, width_mm / 2, height_mm / 2).buffer(6, quad_segs=8).buffer(-6, quad_segs=8)
    )
    lens = affinity.scale(Point(0, 0).buffer(1, quad_segs=24), 25, 17)
    holes = [affinity.translate(lens, -32, 1), affinity.translate(lens, 32, 1)]
    nose = affinity.scale(Point(0, -21).buffer(1, quad_segs=12), 7, 9)
    return body.difference(holes[0]).difference(holes[1]).difference(nose)


def temple_outline(length_mm: float = 140.0) -> Polygon:
    bar = box(0, 0, length_mm - 30, 6)
    hook = (
        Point(length_mm - 30, -8).buffer(14, quad_segs=16).difference(Point(length_mm - 30, -8).buffer(8, quad_segs=16))
    )
    hook = hook.intersection(box(length_mm - 30, -30, length_mm, 6))
    return bar.union(hook).buffer(0.5).buffer(-0.5)


def extrude(outline: Polygon, thickness_mm: float, name: str) -> trimesh.Trimesh:
    mesh = trimesh.creation.extrude_polygon(outline, thickness_mm, engine="earcut")
    mesh.metadata["name"] = name
    return mesh


def frame_set(thickness_mm: float = 4.0) -> list[trimesh.Trimesh]:
    return [
        extrude(frame_front_outline(), thickness_mm, "front"),
        extrude(temple_outline(), thickness_mm, "temple-right"),
        extrude(temple_outline(), thickness_mm, "temple-left"),
    ]
