"""Watertight 2.5D solids straight from outlines: earcut caps and quad walls sharing one vertex table.

A stepped plate (a lip layer with small holes under a seat layer with larger holes) is meshed directly rather
than as a boolean union of two slabs, whose coplanar walls make mesh booleans slow.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import manifold3d
import mapbox_earcut
import numpy as np
import trimesh
from shapely.geometry import Polygon
from shapely.geometry.polygon import LinearRing


@dataclass
class MeshBuilder:
    vertices: list[np.ndarray] = field(default_factory=list)
    faces: list[np.ndarray] = field(default_factory=list)
    count: int = 0

    def ring_block(self, ring_xy: np.ndarray, z: float) -> np.ndarray:
        n = len(ring_xy)
        self.vertices.append(np.column_stack([ring_xy, np.full(n, z)]))
        idx = np.arange(self.count, self.count + n)
        self.count += n
        return idx

    def cap(self, rings_xy: list[np.ndarray], blocks: list[np.ndarray], *, is_up: bool) -> None:
        flat = np.vstack(rings_xy)
        ends = np.cumsum([len(r) for r in rings_xy]).astype(np.uint32)
        tri = mapbox_earcut.triangulate_float64(flat, ends).reshape(-1, 3)
        if len(tri) == 0:
            return
        a, b, c = flat[tri[:, 0]], flat[tri[:, 1]], flat[tri[:, 2]]
        area = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
        # Earcut emits every triangle with the same winding, including the zero-area ones it makes where a vertex
        # lies on the chord between two others (a circle tangent to a straight edge). Such a triangle has no sign
        # of its own, so the whole cap is turned at once: turning triangles one by one would leave it facing the
        # wrong way and the solid would not close.
        if (area.sum() < 0) == is_up:
            tri = tri[:, ::-1]
        lookup = np.concatenate(blocks)
        self.faces.append(lookup[tri])

    def wall(self, lower: np.ndarray, upper: np.ndarray) -> None:
        nxt_lo, nxt_up = np.roll(lower, -1), np.roll(upper, -1)
        self.faces.append(np.column_stack([lower, nxt_lo, nxt_up]))
        self.faces.append(np.column_stack([lower, nxt_up, upper]))

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        return np.vstack(self.vertices), np.vstack(self.faces).astype(np.int64)


def ring_xy(ring: LinearRing, *, is_outer: bool) -> np.ndarray:
    """Ring vertices without the closing repeat; outer rings counter-clockwise, holes clockwise."""
    xy = _drop_collinear(np.asarray(ring.coords)[:-1, :2])
    ccw = ring.is_ccw
    return xy if ccw == is_outer else xy[::-1]


def _drop_collinear(xy: np.ndarray) -> np.ndarray:
    """Earcut silently drops repeated and exactly collinear points; the walls must use the same points."""
    while len(xy) > 3:
        prev, nxt = np.roll(xy, 1, axis=0), np.roll(xy, -1, axis=0)
        cross = (xy[:, 0] - prev[:, 0]) * (nxt[:, 1] - prev[:, 1]) - (xy[:, 1] - prev[:, 1]) * (nxt[:, 0] - prev[:, 0])
        bad = np.abs(cross) <= 1e-12
        if not bad.any():
            break
        keep = ~bad
        # Drop at most every other flagged point per pass so a run of collinear points keeps its ends.
        flagged = np.flatnonzero(bad)
        keep[flagged[1::2]] = True
        xy = xy[keep]
    return xy


def plate(polygon: Polygon, z0: float, z1: float) -> tuple[np.ndarray, np.ndarray]:
    """A straight prism of a polygon with holes."""
    return stepped_plate(polygon.exterior, [], [r for r in polygon.interiors], z0, z0, z1)


def stepped_plate(outer: LinearRing, lower_holes: list[LinearRing], upper_holes: list[LinearRing], z0: float,
                  z_step: float, z1: float) -> tuple[np.ndarray, np.ndarray]:
    """Outer ring from z0 to z1; lower holes from z0 to z_step; upper holes from z_step to z1.

    Holes are paired by index and each lower hole lies inside its upper hole, leaving an up-facing ledge
    (the lens seat's floor) at z_step. With no lower holes, the upper holes run the full height.
    """
    m = MeshBuilder()
    out = ring_xy(outer, is_outer=True)
    out_lo, out_hi = m.ring_block(out, z0), m.ring_block(out, z1)
    m.wall(out_lo, out_hi)
    ups = [ring_xy(h, is_outer=False) for h in upper_holes]
    if lower_holes:
        lows = [ring_xy(h, is_outer=False) for h in lower_holes]
        low_bottom = [m.ring_block(h, z0) for h in lows]
        low_step = [m.ring_block(h, z_step) for h in lows]
        up_step = [m.ring_block(h, z_step) for h in ups]
        up_top = [m.ring_block(h, z1) for h in ups]
        for lo, hi in zip(low_bottom, low_step, strict=True):
            m.wall(lo, hi)
        for lo, hi in zip(up_step, up_top, strict=True):
            m.wall(lo, hi)
        m.cap([out, *lows], [out_lo, *low_bottom], is_up=False)
        m.cap([out, *ups], [out_hi, *up_top], is_up=True)
        for up, low, up_b, low_b in zip(ups, lows, up_step, low_step, strict=True):
            m.cap([up, low], [up_b, low_b], is_up=True)
    else:
        bottoms = [m.ring_block(h, z0) for h in ups]
        tops = [m.ring_block(h, z1) for h in ups]
        for lo, hi in zip(bottoms, tops, strict=True):
            m.wall(lo, hi)
        m.cap([out, *ups], [out_lo, *bottoms], is_up=False)
        m.cap([out, *ups], [out_hi, *tops], is_up=True)
    return m.arrays()


# Extrusions along y: the section lies in (x, z) and is extruded over a y range.
_XZ_TO_XYZ = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])


def plate_along_y(section_xz: Polygon, y0: float, y1: float) -> tuple[np.ndarray, np.ndarray]:
    v, f = plate(section_xz, y0, y1)
    # (a, b, c) -> (a, c, b) swaps two axes: a mirror, so the faces are turned to stay outward.
    return v @ _XZ_TO_XYZ.T, f[:, ::-1]


def to_manifold(vertices: np.ndarray, faces: np.ndarray) -> manifold3d.Manifold:
    mesh = manifold3d.Mesh(vert_properties=np.ascontiguousarray(vertices, dtype=np.float32),
                           tri_verts=np.ascontiguousarray(faces, dtype=np.uint32))
    solid = manifold3d.Manifold(mesh)
    if solid.status() != manifold3d.Error.NoError:
        raise ValueError(f"mesh is not a closed manifold ({solid.status()})")
    return solid


def union(solids: list[manifold3d.Manifold]) -> manifold3d.Manifold:
    return manifold3d.Manifold.batch_boolean(solids, manifold3d.OpType.Add)


def to_trimesh(solid: manifold3d.Manifold) -> trimesh.Trimesh:
    mesh = solid.to_mesh()
    return trimesh.Trimesh(np.asarray(mesh.vert_properties[:, :3], dtype=np.float64), np.asarray(mesh.tri_verts),
                           process=False)

