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
_COLLINEAR_TOL_MM = 1e-3


def is_prism(mesh: trimesh.Trimesh) -> bool:
    """True when every vertex lies on the bottom or the top plane: one section serves every layer."""
    z = mesh.vertices[:, 2]
    lo, hi = z.min(), z.max()
    return bool(np.all((np.abs(z - lo) < _PRISM_TOL_MM) | (np.abs(z - hi) < _PRISM_TOL_MM)))


def section_areas(mesh: trimesh.Trimesh, heights_mm: list[float], min_area_mm2: float) -> list[MultiPolygon]:
    """The solid's area at each height. Closed shells that overlap (bodies merged without a boolean,
    common in downloaded models) are sectioned one by one and united; inward-facing shells inside
    another are cavities and are cut out."""
    if not heights_mm:
        return []
    shells = split_shells(mesh)
    if len(shells) == 1:
        return _section_single(mesh, heights_mm, min_area_mm2)
    solids, cavities = [], []
    for shell in shells:
        is_cavity = shell.volume < 0 and any(_inside(shell, other) for other in shells if other.volume > 0)
        (cavities if is_cavity else solids).append(_section_single(_outward(shell), heights_mm, 0.0))
    areas = []
    for i in range(len(heights_mm)):
        area = shapely.union_all([s[i] for s in solids])
        if cavities:
            area = shapely.difference(area, shapely.union_all([c[i] for c in cavities]))
        areas.append(clean_area(area, min_area_mm2))
    return areas


def split_shells(mesh: trimesh.Trimesh) -> list[trimesh.Trimesh]:
    """Connected pieces by shared edges, without scipy or networkx (trimesh's split needs one)."""
    count = len(mesh.faces)
    pairs = mesh.face_adjacency
    labels = np.arange(count)
    if len(pairs):
        while True:
            smaller = np.minimum(labels[pairs[:, 0]], labels[pairs[:, 1]])
            merged = labels.copy()
            np.minimum.at(merged, pairs[:, 0], smaller)
            np.minimum.at(merged, pairs[:, 1], smaller)
            merged = merged[merged]  # pointer jumping: long chains settle in a few rounds
            if np.array_equal(merged, labels):
                break
            labels = merged
    groups = np.unique(labels)
    if len(groups) == 1:
        return [mesh]
    shells = []
    for group in groups:
        shell = trimesh.Trimesh(mesh.vertices, mesh.faces[labels == group], process=False)
        shell.remove_unreferenced_vertices()
        shells.append(shell)
    return shells


def _inside(inner: trimesh.Trimesh, outer: trimesh.Trimesh) -> bool:
    lo, hi = inner.bounds
    o_lo, o_hi = outer.bounds
    return bool(np.all(lo >= o_lo - 1e-6) and np.all(hi <= o_hi + 1e-6)) and inner is not outer


def _outward(shell: trimesh.Trimesh) -> trimesh.Trimesh:
    if shell.volume < 0:
        shell = shell.copy()
        shell.invert()
    return shell


def _section_single(mesh: trimesh.Trimesh, heights_mm: list[float], min_area_mm2: float) -> list[MultiPolygon]:
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
    lines = shapely.multilinestrings(shapely.linestrings(segments))
    # A clean section (closed rings meeting only at shared end points) needs no noding, and then every
    # segment ends up on the area's boundary exactly once. When the lengths disagree, segments cross or
    # dangle (overlapping shells, a torn mesh): node them and build again.
    area = shapely.build_area(lines)
    boundary_mm = float(np.sum(np.hypot(*(segments[:, 1] - segments[:, 0]).T)))
    if abs(area.length - boundary_mm) > 1e-6 * max(1.0, boundary_mm):
        area = shapely.build_area(shapely.node(lines))
    if not area.is_valid:
        area = shapely.make_valid(area)
    return clean_area(_drop_collinear(area), min_area_mm2)


def _drop_collinear(area: BaseGeometry) -> BaseGeometry:
    """A section of a triangulated wall has a vertex wherever a triangle edge crossed the plane: half
    of them lie on a straight line. Dropping those (within 1 µm) halves the work of every offset and
    overlay after; a result that is no longer valid (features closer than 1 µm) keeps the original."""
    simpler = shapely.simplify(area, _COLLINEAR_TOL_MM, preserve_topology=False)
    return simpler if simpler.is_valid and not simpler.is_empty else area


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
