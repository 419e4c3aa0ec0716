"""The slicer's own triangle mesh: vertices and faces, with only the operations slicing needs.

Importing trimesh costs about 0.1 s of a `heliofab slice` that takes one second, and the slicer only
needs a handful of its operations. Each one here computes what trimesh computes, in the same order of
floating-point operations (vertex merging to trimesh's 8 decimals numbered by first use, `np.dot`
for transforms), so the G-code is byte for byte what it was with trimesh meshes.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, Protocol

import numpy as np

MERGE_DIGITS = 8  # trimesh's tol.merge (1e-8) as decimals: corners equal to 8 decimals are one vertex
MERGE_TOLERANCE = 1e-8
_ZERO_NORM = np.finfo(np.float64).resolution * 100  # trimesh's TOL_ZERO: shorter normals are left zero
_FACES_PER_BATCH = 50_000  # per-face temporaries of a few MB at a time on a large mesh


class MeshLike(Protocol):
    """What sectioning reads: ours, or a trimesh mesh the customizer estimates without converting."""

    vertices: np.ndarray
    faces: np.ndarray

    @property
    def bounds(self) -> np.ndarray: ...

    def copy(self) -> MeshLike: ...

    def invert(self) -> Any: ...

    def export(self, path: Any, /) -> Any: ...


class TriangleMesh:
    """Vertices (V, 3) float64 and faces (F, 3) int64 indexes into them; changed in place."""

    __slots__ = ("faces", "metadata", "vertices")

    def __init__(self, vertices: Any, faces: Any, metadata: dict[str, Any] | None = None) -> None:
        self.vertices: np.ndarray = np.ascontiguousarray(vertices, dtype=np.float64).reshape((-1, 3))
        self.faces: np.ndarray = np.ascontiguousarray(faces, dtype=np.int64).reshape((-1, 3))
        self.metadata: dict[str, Any] = dict(metadata or {})

    @classmethod
    def of(cls, mesh: Any) -> TriangleMesh:
        """A copy of any mesh with `vertices` and `faces` (ours, or a trimesh one from the generators)."""
        return cls(np.array(mesh.vertices, dtype=np.float64), np.array(mesh.faces, dtype=np.int64),
                   getattr(mesh, "metadata", None))

    def copy(self) -> TriangleMesh:
        return TriangleMesh(self.vertices.copy(), self.faces.copy(), self.metadata)

    @property
    def bounds(self) -> np.ndarray:
        """[[min x, y, z], [max x, y, z]] of the corners that faces use (as trimesh counts them)."""
        used = self.vertices[self.referenced()]
        return np.array([used.min(axis=0), used.max(axis=0)])

    @property
    def extents(self) -> np.ndarray:
        bounds = self.bounds
        extents: np.ndarray = bounds[1] - bounds[0]
        return extents

    def referenced(self) -> np.ndarray:
        is_used = np.zeros(len(self.vertices), dtype=bool)
        is_used[self.faces] = True
        return is_used

    def merge_vertices(self) -> None:
        """One vertex for corners equal to 8 decimals, numbered in order of first use, as trimesh's
        merge_vertices does (STL stores every triangle's corners apart)."""
        if len(self.vertices) == 0:
            return
        is_used = self.referenced() if len(self.faces) else np.ones(len(self.vertices), dtype=bool)
        keys = (self.vertices * (10**MERGE_DIGITS)).round().astype(np.int64)[is_used]
        # Grouped by exact equality of the rounded rows, then numbered by first occurrence.
        _, first, inverse = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        order = first.argsort()
        renumber = np.zeros(len(self.vertices), dtype=np.int64)
        renumber[is_used] = order.argsort()[inverse.reshape(-1)]
        self._update_vertices(np.nonzero(is_used)[0][first[order]], renumber)

    def _update_vertices(self, mask: np.ndarray, inverse: np.ndarray) -> None:
        if len(self.faces) == 0 or (mask.dtype == bool and mask.all()) or len(mask) == 0:
            return  # trimesh leaves the mesh as it is here too
        self.faces = inverse[self.faces.reshape(-1)].reshape((-1, 3))
        self.vertices = np.ascontiguousarray(self.vertices[mask])

    def remove_unreferenced_vertices(self) -> None:
        is_used = self.referenced()
        inverse = np.zeros(len(self.vertices), dtype=np.int64)
        inverse[is_used] = np.arange(is_used.sum())
        self._update_vertices(is_used, inverse)

    def update_faces(self, mask: np.ndarray) -> None:
        """Keep the faces a boolean mask or index array picks, in its order."""
        if len(self.faces) == 0:
            return
        mask = np.asanyarray(mask)
        if mask.dtype == bool and mask.all():
            return
        self.faces = np.ascontiguousarray(self.faces[mask])

    def unique_faces(self) -> np.ndarray:
        """Boolean mask keeping the first of faces with the same three corners (trimesh's unique_faces)."""
        mask = np.zeros(len(self.faces), dtype=bool)
        if len(self.faces):
            mask[np.unique(np.sort(self.faces, axis=1), axis=0, return_index=True)[1]] = True
        return mask

    def invert(self) -> TriangleMesh:
        self.faces = np.ascontiguousarray(np.fliplr(self.faces))
        return self

    def apply_transform(self, matrix: np.ndarray) -> TriangleMesh:
        """Move by a 4x4 homogeneous matrix, faces flipped when it mirrors (trimesh's arithmetic)."""
        matrix = np.asanyarray(matrix, order="C", dtype=np.float64)
        if matrix.shape != (4, 4):
            raise ValueError("a transform must be a 4x4 matrix")
        if _is_close(matrix, np.eye(4), 1e-8) or len(self.vertices) == 0:
            return self
        stack = np.column_stack((self.vertices, np.ones(len(self.vertices))))
        moved = np.dot(matrix, stack.T).T[:, :3]
        has_rotation = not _is_close(matrix[:3, :3], np.eye(3), 1e-6)
        if has_rotation and np.linalg.det(matrix[:3, :3]) < 0.0:
            self.invert()
        self.vertices = np.ascontiguousarray(moved)
        return self

    def export(self, path: str | Path) -> None:
        """A binary STL as trimesh writes it (zeroed header, unit normals), for an external slicer."""
        record = np.dtype([("normal", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
        with Path(path).open("wb") as out:
            out.write(bytes(80) + struct.pack("<I", len(self.faces)))
            for first in range(0, len(self.faces), _FACES_PER_BATCH):
                corners = self.vertices[self.faces[first : first + _FACES_PER_BATCH]]
                normals, is_valid = unit_normals(corners)
                packed = np.zeros(len(corners), dtype=record)
                packed["normal"][is_valid] = normals[is_valid]
                packed["v"] = corners
                out.write(packed.tobytes())


def unit_normals(corners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per (F, 3, 3) triangle, its unit normal as trimesh's face_normals computes it, and whether it
    has one: a cross product shorter than trimesh's TOL_ZERO leaves the row meaningless."""
    vectors = corners[:, 1:, :] - corners[:, :2, :]
    crosses = np.cross(vectors[:, 0], vectors[:, 1])
    norm = np.sqrt(np.dot(crosses * crosses, [1.0, 1.0, 1.0]))
    is_valid = norm > _ZERO_NORM
    norm[is_valid] **= -1
    normals: np.ndarray = crosses * norm.reshape((-1, 1))
    return normals, is_valid


def nondegenerate_faces(mesh: MeshLike) -> np.ndarray:
    """Faces whose two heights both exceed the merge tolerance (trimesh's nondegenerate_faces), in
    batches: trimesh caches every face's corners, cross product and area to read them once."""
    kept = np.ones(len(mesh.faces), dtype=bool)
    for first in range(0, len(mesh.faces), _FACES_PER_BATCH):
        corners = mesh.vertices[mesh.faces[first : first + _FACES_PER_BATCH]]
        vectors = corners[:, 1:, :] - corners[:, :2, :]
        areas = np.sqrt((np.cross(vectors[:, 0], vectors[:, 1]) ** 2).sum(axis=1)) / 2.0
        a = corners[:, 1] - corners[:, 0]
        b = corners[:, 2] - corners[:, 0]
        length_a = (a**2).sum(axis=1) ** 0.5
        length_b = (b**2).sum(axis=1) ** 0.5
        box = np.zeros((len(corners), 2), dtype=np.float64)
        long_a, long_b = length_a > MERGE_TOLERANCE, length_b > MERGE_TOLERANCE
        box[:, 0][long_a] = (areas[long_a] * 2) / length_a[long_a]
        box[:, 1][long_b] = (areas[long_b] * 2) / length_b[long_b]
        kept[first : first + len(corners)] = (box > MERGE_TOLERANCE).all(axis=1)
    return kept


def distinct_sorted(values: np.ndarray) -> np.ndarray:
    """np.unique of a 1-D array without NaN, without its masked-array check: that imports numpy.ma,
    50 ms of a one-second `heliofab slice`, for arrays that are never masked."""
    ordered = np.sort(values, axis=None)
    if len(ordered) == 0:
        return ordered
    is_new = np.empty(len(ordered), dtype=bool)
    is_new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=is_new[1:])
    return ordered[is_new]


def _is_close(a: np.ndarray, b: np.ndarray, atol: float) -> bool:
    # trimesh's util.allclose: the spread of the differences, not their size
    return bool(float(np.ptp(a - b)) < atol)

