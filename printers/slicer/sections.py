"""Cross-sections of a mesh at layer heights, as shapely polygons.

`mesh_multiplane` needs no scipy (trimesh's `section_multiplane` does), and `build_area` over the
noded segments gives the filled areas with holes in one GEOS call.
"""

from __future__ import annotations

import numpy as np
import shapely
import trimesh
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

_PRISM_TOL_MM = 1e-4


def is_prism(mesh: trimesh.Trimesh) -> bool:
    """True when every vertex lies on the bottom or the top plane: one section serves every layer."""
    z = mesh.vertices[:, 2]
    lo, hi = z.min(), z.max()
    return bool(np.all((np.abs(z - lo) < _PRISM_TOL_MM) | (np.abs(z - hi) < _PRISM_TOL_MM)))


def section_areas(mesh: trimesh.Trimesh, heights_mm: list[float], min_area_mm2: float) -> list[MultiPolygon]:
    if not heights_mm:
        return []
    lines, to_3d, _ = trimesh.intersections.mesh_multiplane(mesh, [0.0, 0.0, 0.0], [0.0, 0.0, 1.0], heights=heights_mm)
    areas = []
    for segments, transform in zip(lines, to_3d, strict=True):
        if len(segments) == 0:
            areas.append(MultiPolygon())
            continue
        flat = segments.reshape(-1, 2) @ transform[:2, :2].T + transform[:2, 3]
        areas.append(segments_to_area(flat.reshape(-1, 2, 2), min_area_mm2))
    return areas


def segments_to_area(segments: np.ndarray, min_area_mm2: float) -> MultiPolygon:
    segments = np.round(segments, 6)
    lines = shapely.linestrings(segments)
    merged = shapely.node(shapely.multilinestrings(lines))
    area = shapely.build_area(merged)
    if not area.is_valid:
        area = shapely.make_valid(area)
    return clean_area(area, min_area_mm2)


def clean_area(geometry: BaseGeometry, min_area_mm2: float) -> MultiPolygon:
    """Only polygons, none smaller than min_area (zero-area slivers make extrusion off the part)."""
    polygons = [p for p in _polygons(geometry) if p.area >= min_area_mm2]
    return MultiPolygon(polygons)


def _polygons(geometry: BaseGeometry) -> list[Polygon]:
    if geometry.is_empty:
        return []
    if isinstance(geometry, Polygon):
        return [geometry]
    if hasattr(geometry, "geoms"):
        out: list[Polygon] = []
        for part in geometry.geoms:
            out.extend(_polygons(part))
        return out
    return []
