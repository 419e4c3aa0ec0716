"""Mesh topology with numpy alone: merging a triangle soup's vertices, which triangles are degenerate
or repeated, whether the surface is closed and consistently wound, its volume; and the repairs
trimesh leaves to networkx (not shipped): consistent winding by a walk over shared edges, and small
holes closed by fans around their centre.

Everything here works on compact index arrays a chunk at a time, so checking a 300,000-triangle
mesh costs tens of MB, not the hundreds a general-purpose mesh object with all its caches takes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MAX_REPAIR_FACES = 500_000
MAX_HOLE_EDGES = 200
# trimesh's merge tolerance (tol.merge): vertices equal to 8 decimals are one vertex, and a triangle
# thinner than this is degenerate. The same figures keep reports identical to what trimesh said.
MERGE_DIGITS = 8
DEGENERATE_HEIGHT_MM = 1e-8
_CHUNK_FACES = 1 << 16


@dataclass(frozen=True)
class Topology:
    is_watertight: bool
    is_winding_consistent: bool
    boundary_edges: int  # edges used by one face only: the rims of holes


def merge_vertices(vertices: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One vertex per position (rounded to MERGE_DIGITS decimals), in order of first use; unused
    vertices are dropped. Returns float64 vertices and int64 faces."""
    referenced = np.zeros(len(vertices), dtype=bool)
    referenced[faces.ravel()] = True
    is_all_used = bool(referenced.all())
    # Adding zero turns -0.0 into 0.0, so the two compare equal bit for bit.
    coords = (vertices if is_all_used else vertices[referenced]) + vertices.dtype.type(0)
    bits = coords.view(np.int32 if coords.dtype.itemsize == 4 else np.int64).reshape(-1, 3)
    # Exact duplicates first, on the native (often float32) bits: cheap, and it shrinks the rows that
    # the rounding pass below must handle to the real vertex count.
    exact_first, exact_inverse = _group_rows(bits)
    del bits
    unique_coords = coords[exact_first].astype(np.float64)
    del coords
    rounded = np.round(unique_coords * float(10**MERGE_DIGITS)).astype(np.int64)
    near_first, near_inverse = _group_rows(rounded)
    del rounded
    merged = unique_coords[near_first]
    del unique_coords
    compose = near_inverse[exact_inverse]
    del exact_inverse
    if is_all_used:
        new_faces = compose[faces.ravel()].reshape(-1, 3)
    else:
        remap = np.full(len(vertices), -1, dtype=np.int64)
        remap[referenced] = compose
        new_faces = remap[faces.ravel()].reshape(-1, 3)
    return merged, new_faces


def _group_rows(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Equal rows grouped: (index of each group's first row, in order of first appearance; group of each row)."""
    order = np.lexsort(rows.T[::-1])  # stable: equal rows keep their order, so the first comes first
    ordered = rows[order]
    starts = np.ones(len(rows), dtype=bool)
    starts[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
    del ordered
    group_sorted = np.cumsum(starts) - 1
    first = order[starts]
    inverse = np.empty(len(rows), dtype=np.int64)
    inverse[order] = group_sorted
    del order, group_sorted, starts
    # Renumber the groups by first appearance.
    by_appearance = np.argsort(first, kind="stable")
    rank = np.empty(len(first), dtype=np.int64)
    rank[by_appearance] = np.arange(len(first))
    return first[by_appearance], rank[inverse]


def usable_faces(vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Mask of the faces to keep: not degenerate (both sides of the triangle's oriented box longer
    than DEGENERATE_HEIGHT_MM) and the first of any faces over the same three vertices."""
    keep = np.empty(len(faces), dtype=bool)
    for start in range(0, len(faces), _CHUNK_FACES):
        triangles = vertices[faces[start : start + _CHUNK_FACES]]
        keep[start : start + len(triangles)] = _is_nondegenerate(triangles)
    first, _ = _group_rows(np.sort(faces, axis=1))
    is_first = np.zeros(len(faces), dtype=bool)
    is_first[first] = True
    return keep & is_first


def _is_nondegenerate(triangles: np.ndarray) -> np.ndarray:
    # The formula trimesh.triangles.extents uses, so borderline triangles are judged the same way.
    crosses = _crosses(triangles)
    areas = np.sqrt((crosses**2).sum(axis=1)) / 2.0
    box = np.zeros((len(triangles), 2))
    for column, corner in enumerate((1, 2)):
        edge = triangles[:, corner] - triangles[:, 0]
        length = (edge**2).sum(axis=1) ** 0.5
        nonzero = length > DEGENERATE_HEIGHT_MM
        box[nonzero, column] = (areas[nonzero] * 2) / length[nonzero]
    return np.asarray((box > DEGENERATE_HEIGHT_MM).all(axis=1))


def _crosses(triangles: np.ndarray) -> np.ndarray:
    vectors = np.diff(triangles, axis=1)
    return np.cross(vectors[:, 0], vectors[:, 1])


def signed_volume(vertices: np.ndarray, faces: np.ndarray) -> float:
    """Volume by the divergence theorem (negative when the normals point inwards); meaningful only for
    a closed surface."""
    terms = np.empty(len(faces))
    for start in range(0, len(faces), _CHUNK_FACES):
        triangles = vertices[faces[start : start + _CHUNK_FACES]]
        crosses = _crosses(triangles)
        x_sums = triangles[:, 0, 0] + triangles[:, 1, 0] + triangles[:, 2, 0]
        terms[start : start + len(triangles)] = crosses[:, 0] * x_sums
    return float(terms.sum() / 6.0)


def extents(vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Size of the axis-aligned box around the vertices the faces use."""
    used = np.zeros(len(vertices), dtype=bool)
    used[faces.ravel()] = True
    if not used.any():
        return np.zeros(3)
    inside = vertices[used]
    size: np.ndarray = inside.max(axis=0) - inside.min(axis=0)
    return size


def _edges(faces: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Directed edges (u, v) in face order ((0,1), (1,2), (2,0) of each face), and the undirected edge
    keys sorted: (u, v, order, key sorted)."""
    faces = faces.astype(np.int64, copy=False)  # keys are vertex index squared: int32 would overflow
    u = faces.ravel()
    v = faces[:, [1, 2, 0]].ravel()
    count = int(faces.max()) + 1 if faces.size else 1
    key = np.minimum(u, v) * count + np.maximum(u, v)
    order = np.argsort(key, kind="stable")
    return u, v, order, key[order]


def _pairs(sorted_key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start of each run of equal keys, and its length."""
    starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
    return starts, np.diff(np.r_[starts, len(sorted_key)])


def topology(faces: np.ndarray) -> Topology:
    """Watertight: every edge is shared by exactly two faces. Consistent winding: every edge shared by
    two faces is walked in opposite directions by them (trimesh's definitions)."""
    if len(faces) == 0:
        return Topology(False, False, 0)
    u, v, order, sorted_key = _edges(faces)
    starts, lengths = _pairs(sorted_key)
    del sorted_key
    twice = starts[lengths == 2]
    first, second = order[twice], order[twice + 1]
    return Topology(bool((lengths == 2).all()), bool((v[first] == u[second]).all()), int((lengths == 1).sum()))


def fix_winding(faces: np.ndarray) -> np.ndarray | None:
    """Faces flipped so that every shared edge is walked in opposite directions by its two faces, each
    connected patch keeping the orientation of its lowest-numbered face; None if too large to try."""
    if len(faces) == 0 or len(faces) > MAX_REPAIR_FACES:
        return None
    u, _v, order, sorted_key = _edges(faces)
    starts, lengths = _pairs(sorted_key)
    del sorted_key
    twice = starts[lengths == 2]
    first, second = order[twice], order[twice + 1]
    # Faces sharing an edge walked the same way disagree: exactly one of them must flip.
    must_flip = u[first] == u[second]
    face_a, face_b = first // 3, second // 3
    if len(face_a) == 0:
        return faces
    # Adjacency in compressed rows: for each face, its neighbours and whether crossing to them flips.
    source = np.concatenate([face_a, face_b])
    target = np.concatenate([face_b, face_a])
    flips = np.concatenate([must_flip, must_flip])
    by_source = np.argsort(source, kind="stable")
    source, target, flips = source[by_source], target[by_source], flips[by_source]
    row_start = np.searchsorted(source, np.arange(len(faces) + 1))
    flip = np.zeros(len(faces), dtype=bool)
    seen = np.diff(row_start) == 0  # faces with no neighbour have nothing to agree with
    cursor = 0
    while True:
        unseen = np.flatnonzero(~seen[cursor:])
        if len(unseen) == 0:
            break
        start = cursor + int(unseen[0])
        cursor = start
        seen[start] = True
        frontier = np.array([start])
        # Breadth first, a whole ring of faces at a time; a face reached from several faces of the
        # ring takes the first.
        while len(frontier):
            lo, hi = row_start[frontier], row_start[frontier + 1]
            spans = hi - lo
            index = np.repeat(lo - np.cumsum(np.r_[0, spans[:-1]]), spans) + np.arange(int(spans.sum()))
            reached = target[index]
            fresh = ~seen[reached]
            reached, parent_flip = reached[fresh], (flip[source[index]] ^ flips[index])[fresh]
            reached, first_hit = np.unique(reached, return_index=True)
            flip[reached] = parent_flip[first_hit]
            seen[reached] = True
            frontier = reached
    if not flip.any():
        return faces
    fixed: np.ndarray = faces.copy()
    fixed[flip] = fixed[flip][:, ::-1]
    return fixed


def fill_holes(vertices: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Each hole whose rim is a simple loop of at most MAX_HOLE_EDGES edges closed (a triangle, or a fan
    around the rim's centre); None when a hole is not such a loop or the mesh is too large to try."""
    if len(faces) == 0 or len(faces) > MAX_REPAIR_FACES:
        return None
    count = len(vertices)
    faces = faces.astype(np.int64, copy=False)  # keys are vertex index squared: int32 would overflow
    directed = np.unique(faces.ravel() * count + faces[:, [1, 2, 0]].ravel())
    reverse = (directed % count) * count + directed // count
    position = np.minimum(np.searchsorted(directed, reverse), len(directed) - 1)
    # A rim edge has no twin walked the other way; the cap walks it backwards.
    rim = directed[directed[position] != reverse]
    del directed, reverse, position
    if len(rim) == 0:
        return vertices, faces
    rim_from, rim_to = rim % count, rim // count
    if len(np.unique(rim_from)) != len(rim_from):
        return None  # two holes touch at a vertex: not a simple loop
    following = dict(zip(rim_from.tolist(), rim_to.tolist(), strict=True))
    new_vertices: list[np.ndarray] = []
    new_faces: list[tuple[int, int, int]] = []
    visited: set[int] = set()
    for start in sorted(following):
        if start in visited:
            continue
        loop = [start]
        visited.add(start)
        current = following[start]
        while current != start:
            if current in visited or current not in following or len(loop) > MAX_HOLE_EDGES:
                return None
            loop.append(current)
            visited.add(current)
            current = following[current]
        if len(loop) == 3:
            new_faces.append((loop[0], loop[1], loop[2]))
            continue
        centre_index = count + len(new_vertices)
        new_vertices.append(vertices[loop].mean(axis=0))
        new_faces.extend((loop[i], loop[(i + 1) % len(loop)], centre_index) for i in range(len(loop)))
    filled_vertices = np.vstack([vertices, *new_vertices]) if new_vertices else vertices
    return filled_vertices, np.vstack([faces, np.array(new_faces, dtype=faces.dtype)])
