"""Cross-sections of a mesh at layer heights, as shapely polygons.

`mesh_multiplane` needs no scipy (trimesh's `section_multiplane` does), and `build_area` over the
noded segments gives the filled areas with holes in one GEOS call.
"""

from __future__ import annotations

from functools import partial
from typing import cast

import numpy as np
import shapely
from shapely.geometry import MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from printers.slicer.parallel import map_in_order
from printers.slicer.triangles import MeshLike, TriangleMesh, distinct_sorted, unit_normals

_PRISM_TOL_MM = 1e-4
# Outline points closer than this to the line through their neighbours go (PrusaSlicer's 0.0125 mm
# G-code resolution): a fine mesh's curves otherwise make three times the moves for the same part.
_COLLINEAR_TOL_MM = 0.0125
MAX_GAP_MM = 2.0  # PrusaSlicer's gap closing for open section chains (TriangleMeshSlicer's max_gap)
_FACES_PER_BATCH = 50_000
_MAX_LOOSE_ENDS = 2000  # past this the section is noise, not a few holes: leave it as it is


def is_prism(mesh: MeshLike) -> bool:
    """True when every vertex lies on the bottom or the top plane: one section serves every layer."""
    z = mesh.vertices[:, 2]
    lo, hi = z.min(), z.max()
    return bool(np.all((np.abs(z - lo) < _PRISM_TOL_MM) | (np.abs(z - hi) < _PRISM_TOL_MM)))


def section_areas(mesh: MeshLike, heights_mm: list[float], min_area_mm2: float) -> list[MultiPolygon]:
    """The solid's area at each height. Closed shells that overlap (bodies merged without a boolean,
    common in downloaded models) are sectioned one by one and united; inward-facing shells inside
    another are cavities and are cut out."""
    if not heights_mm:
        return []
    shells = split_shells(mesh)
    if len(shells) == 1:
        return _section_single(mesh, heights_mm, min_area_mm2)
    solids: list[list[MultiPolygon]] = []
    cavities: list[list[MultiPolygon]] = []
    for shell in shells:
        is_cavity = (
            is_closed(shell)
            and signed_volume(shell) < 0
            and any(_inside(shell, other) for other in shells if signed_volume(other) > 0)
        )
        (cavities if is_cavity else solids).append(_section_single(_outward(shell), heights_mm, 0.0))

    def layer_area(i: int) -> MultiPolygon:
        area = shapely.union_all([s[i] for s in solids])
        if cavities:
            area = shapely.difference(area, shapely.union_all([c[i] for c in cavities]))
        return clean_area(area, min_area_mm2)

    return map_in_order(layer_area, range(len(heights_mm)))


def split_shells(mesh: MeshLike) -> list[MeshLike]:
    """Connected pieces by shared edges, without scipy or networkx (trimesh's split needs one)."""
    labels = shell_labels(mesh)
    groups = distinct_sorted(labels)
    if len(groups) == 1:
        return [mesh]
    shells: list[MeshLike] = []
    for group in groups:
        shell = TriangleMesh(mesh.vertices, mesh.faces[labels == group])
        shell.remove_unreferenced_vertices()
        shells.append(shell)
    return shells


def shell_labels(mesh: MeshLike) -> np.ndarray:
    """Per face, the index (0..k-1) of the connected piece it belongs to. Pieces are joined by shared
    corners, not edges: two bodies touching along an edge (an edge of four triangles) stay one piece,
    which its sections unite, instead of falling apart into open fragments."""
    faces = mesh.faces
    # Each face's edges straight from its corners: no unique pass (and no trimesh cache) is needed
    # for connectivity, a repeated edge only repeats a merge.
    edges = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]]])
    labels = np.arange(len(mesh.vertices))
    while len(edges):
        smaller = np.minimum(labels[edges[:, 0]], labels[edges[:, 1]])
        merged = labels.copy()
        np.minimum.at(merged, edges[:, 0], smaller)
        np.minimum.at(merged, edges[:, 1], smaller)
        merged = merged[merged]  # pointer jumping: long chains settle in a few rounds
        if np.array_equal(merged, labels):
            break
        labels = merged
    return np.unique(labels[mesh.faces[:, 0]], return_inverse=True)[1].reshape(-1)


def _inside(inner: MeshLike, outer: MeshLike) -> bool:
    lo, hi = inner.bounds
    o_lo, o_hi = outer.bounds
    return bool(np.all(lo >= o_lo - 1e-6) and np.all(hi <= o_hi + 1e-6)) and inner is not outer


def edge_keys(mesh: MeshLike) -> np.ndarray:
    """Every face's three edges as one int64 each (lower corner * corners + higher corner), in the
    order of trimesh's `edges`: counting them needs a 1-D sort, where trimesh's watertight test sorts
    rows and keeps several caches (40 MB on a 225,000-triangle boat)."""
    faces = mesh.faces
    a = faces.ravel()
    b = faces[:, [1, 2, 0]].ravel()
    low: np.ndarray = np.minimum(a, b).astype(np.int64, copy=False)
    low *= np.int64(len(mesh.vertices))
    low += np.maximum(a, b)
    return low


def is_closed(mesh: MeshLike) -> bool:
    """Every edge shared by exactly two faces (trimesh's is_watertight without its caches)."""
    if len(mesh.faces) == 0:
        return False
    _, counts = np.unique(edge_keys(mesh), return_counts=True)
    return bool(np.all(counts == 2))


def signed_volume(mesh: MeshLike) -> float:
    """Sum of the tetrahedra from the origin: trimesh's volume divides by it (and warns at zero)."""
    # Not mesh.triangles: that caches a (faces, 3, 3) copy for the mesh's life (16 MB on a Benchy).
    # In batches: the corners of every face at once are as large, if only for a moment.
    total = 0.0
    for first in range(0, len(mesh.faces), _FACES_PER_BATCH):
        corners = mesh.vertices[mesh.faces[first : first + _FACES_PER_BATCH]]
        total += float(np.einsum("ij,ij->i", corners[:, 0], np.cross(corners[:, 1], corners[:, 2])).sum())
    return total / 6.0


def _outward(shell: MeshLike) -> MeshLike:
    if is_closed(shell) and signed_volume(shell) < 0:
        shell = shell.copy()
        shell.invert()
    return shell


def _section_single(mesh: MeshLike, heights_mm: list[float], min_area_mm2: float) -> list[MultiPolygon]:
    # Layers in the same vertical-walled slab share one section (the same object, so the toolpath
    # caches and the solid-window overlays see them as equal): a frame front is a few such slabs.
    slab = vertical_slabs(mesh, heights_mm)
    first_of: dict[int, int] = {}
    wanted = [i for i, s in enumerate(slab) if s < 0 or first_of.setdefault(s, i) == i]
    segments = plane_segments(mesh, [heights_mm[i] for i in wanted])
    # Each layer's segments become its area on any free core (GEOS's noding and polygon building
    # release the GIL); map_in_order keeps the layers' order.
    computed = dict(zip(wanted, map_in_order(partial(_area_of, min_area_mm2=min_area_mm2), segments), strict=True))
    return [computed[i] if slab[i] < 0 else computed[first_of[slab[i]]] for i in range(len(heights_mm))]


def _area_of(segments: np.ndarray, min_area_mm2: float) -> MultiPolygon:
    return segments_to_area(segments, min_area_mm2) if len(segments) else MultiPolygon()


def vertical_slabs(mesh: MeshLike, heights_mm: list[float]) -> list[int]:
    """Per height, the index of the slab between two corner heights it lies in when every triangle
    crossing that slab is vertical (its section is the same at any height inside), else -1."""
    z = mesh.vertices[:, 2][mesh.faces]
    levels = distinct_sorted(np.round(mesh.vertices[:, 2], 6))
    if len(levels) < 2:
        return [-1] * len(heights_mm)
    lo = np.searchsorted(levels, np.round(z.min(axis=1), 6))  # first slab a triangle spans
    hi = np.searchsorted(levels, np.round(z.max(axis=1), 6))  # one past its last slab
    slanted = _slanted_faces(mesh)
    marks = np.zeros(len(levels) + 1, dtype=np.int64)
    np.add.at(marks, lo[slanted], 1)
    np.add.at(marks, hi[slanted], -1)
    is_slanted_slab = np.cumsum(marks)[: len(levels) - 1] > 0
    result = []
    for height in heights_mm:
        index = int(np.searchsorted(levels, height)) - 1
        inside = 0 <= index < len(levels) - 1 and levels[index] < height < levels[index + 1]
        result.append(index if inside and not is_slanted_slab[index] else -1)
    return result


def _slanted_faces(mesh: MeshLike) -> np.ndarray:
    """Per face, True when its unit normal leans off the horizontal by more than 1e-6 (degenerate
    faces have none and count as vertical), computed as trimesh's face_normals are but in batches
    and uncached: those cache the corners, cross products and normals for the mesh's life (27 MB on
    a 225,000-triangle boat) to read one number per face once."""
    result = np.zeros(len(mesh.faces), dtype=bool)
    for first in range(0, len(mesh.faces), _FACES_PER_BATCH):
        normals, is_valid = unit_normals(mesh.vertices[mesh.faces[first : first + _FACES_PER_BATCH]])
        result[first : first + len(normals)][is_valid] = np.abs(normals[is_valid, 2]) > 1e-6
    return result


def plane_segments(mesh: MeshLike, heights_mm: list[float]) -> list[np.ndarray]:
    """Per height, the (k, 2, 2) XY segments where horizontal planes cut the triangles: every
    (triangle, plane) crossing in a few numpy passes over batches of triangles (trimesh's
    mesh_multiplane walks the planes one by one). A corner exactly on a plane counts as above it, so
    no triangle is cut twice."""
    heights = np.asarray(heights_mm, dtype=np.float64)
    order = np.argsort(heights, kind="stable")
    sorted_heights = heights[order]
    result: list[np.ndarray] = [np.zeros((0, 2, 2)) for _ in heights_mm]
    planes: list[np.ndarray] = [np.zeros(0, dtype=np.int64)]
    pieces: list[np.ndarray] = [np.zeros((0, 2, 2))]
    # In batches of triangles, so the per-crossing temporaries stay a few MB on a large mesh.
    for first_face in range(0, len(mesh.faces), _FACES_PER_BATCH):
        corners = mesh.vertices[mesh.faces[first_face : first_face + _FACES_PER_BATCH]]  # (F, 3, 3)
        plane, segments = _cut_batch(corners, sorted_heights)
        planes.append(plane)
        pieces.append(segments)
    plane = np.concatenate(planes)
    segments = np.concatenate(pieces)
    if len(plane) == 0:
        return result
    by_plane = np.argsort(plane, kind="stable")
    plane, segments = plane[by_plane], segments[by_plane]
    bounds = np.searchsorted(plane, np.arange(len(heights) + 1))
    for rank, index in enumerate(order):
        result[index] = segments[bounds[rank] : bounds[rank + 1]]
    return result


def _cut_batch(corners: np.ndarray, sorted_heights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(plane index, XY segment) of every crossing of these triangles with the sorted planes."""
    z = corners[:, :, 2]
    first = np.searchsorted(sorted_heights, z.min(axis=1), side="right")
    last = np.searchsorted(sorted_heights, z.max(axis=1), side="right")
    counts = np.maximum(last - first, 0)
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 2, 2))
    triangle = np.repeat(np.arange(len(counts)), counts)
    starts = np.cumsum(counts) - counts
    plane = first[triangle] + (np.arange(total) - starts[triangle])
    h = sorted_heights[plane]
    tz = z[triangle]
    above = tz >= h[:, None]
    is_lonely_above = above.sum(axis=1) == 1
    lonely = np.argmax(above == is_lonely_above[:, None], axis=1)
    v_lonely = corners[triangle, lonely]
    ends = []
    for step in (1, 2):
        other = corners[triangle, (lonely + step) % 3]
        t = (h - v_lonely[:, 2]) / (other[:, 2] - v_lonely[:, 2])
        ends.append(v_lonely[:, :2] + t[:, None] * (other[:, :2] - v_lonely[:, :2]))
    segments = np.stack(ends, axis=1)
    keep = np.any(np.abs(segments[:, 0] - segments[:, 1]) > 1e-9, axis=1)
    return plane[keep], segments[keep]


def segments_to_area(segments: np.ndarray, min_area_mm2: float) -> MultiPolygon:
    segments = np.round(segments, 6)
    # One collection from an array of lines: shapely's stubs cannot tell a scalar result from an array.
    lines = cast(MultiLineString, shapely.multilinestrings(cast(np.ndarray, shapely.linestrings(segments))))
    # A clean section (closed rings meeting only at shared end points) needs no noding, and then every
    # segment ends up on the area's boundary exactly once. When the lengths disagree, segments cross or
    # dangle (overlapping shells, a torn mesh): node them and build again.
    area = shapely.build_area(lines)
    boundary_mm = float(np.sum(np.hypot(*(segments[:, 1] - segments[:, 0]).T)))
    if abs(area.length - boundary_mm) > 1e-6 * max(1.0, boundary_mm):
        area = shapely.build_area(_close_gaps(shapely.node(lines)))
    if not area.is_valid:
        area = shapely.make_valid(area)
    return clean_area(_drop_collinear(area), min_area_mm2)


def _close_gaps(noded: BaseGeometry) -> BaseGeometry:
    """Open chains of a section (a mesh with holes) closed as PrusaSlicer does: each loose end is
    joined to the nearest other loose end within MAX_GAP_MM, nearest pairs first. Loose ends are the
    points where an odd number of noded segments meet."""
    coords = shapely.get_coordinates(shapely.boundary(shapely.get_parts(noded)))
    if len(coords) == 0:
        return noded
    points, counts = np.unique(coords, axis=0, return_counts=True)
    loose = points[counts % 2 == 1]
    if len(loose) < 2 or len(loose) > _MAX_LOOSE_ENDS:
        return noded
    gaps = np.hypot(*(loose[:, None, :] - loose[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(gaps, np.inf)
    links = []
    is_used = np.zeros(len(loose), dtype=bool)
    for flat in np.argsort(gaps, axis=None):
        i, j = divmod(int(flat), len(loose))
        if gaps[i, j] > MAX_GAP_MM:
            break
        if i >= j or is_used[i] or is_used[j]:
            continue
        links.append((loose[i], loose[j]))
        is_used[i] = is_used[j] = True
    if not links:
        return noded
    bridges = cast(np.ndarray, shapely.linestrings(np.asarray(links)))  # one line per pair of ends
    return shapely.node(shapely.union_all([noded, *bridges]))


def _drop_collinear(area: BaseGeometry) -> BaseGeometry:
    """A section of a triangulated wall has a vertex wherever a triangle edge crossed the plane: most
    of them lie on a straight line or a gentle curve. Dropping those (within 12.5 µm) halves the work
    of every offset and overlay after; a result that is no longer valid (features closer than that)
    keeps the original."""
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
