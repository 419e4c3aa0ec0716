"""Repairs trimesh leaves to networkx (not shipped): consistent winding by a walk over shared edges,
and small holes closed by fans around their centre."""

from __future__ import annotations

from collections import deque

import numpy as np
import trimesh

MAX_REPAIR_FACES = 500_000
MAX_HOLE_EDGES = 200


def fix_winding(mesh: trimesh.Trimesh) -> bool:
    """Flip faces so every shared edge is walked in opposite directions by its two faces; True if done."""
    faces = np.asarray(mesh.faces)
    if len(faces) == 0 or len(faces) > MAX_REPAIR_FACES:
        return False
    pairs, edges = trimesh.graph.face_adjacency(faces, return_edges=True)
    if len(pairs) == 0:
        return bool(mesh.is_winding_consistent)
    # A face walks the shared edge (u, v) forwards if u is followed by v in its vertex cycle.
    def forwards(face_index: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        tri = faces[face_index]
        position = np.argmax(tri == u[:, None], axis=1)
        return tri[np.arange(len(tri)), (position + 1) % 3] == v

    same_direction = forwards(pairs[:, 0], edges[:, 0], edges[:, 1]) == forwards(pairs[:, 1], edges[:, 0], edges[:, 1])
    neighbours: list[list[tuple[int, bool]]] = [[] for _ in range(len(faces))]
    for (a, b), must_flip in zip(pairs.tolist(), same_direction.tolist(), strict=True):
        neighbours[a].append((b, must_flip))
        neighbours[b].append((a, must_flip))
    flip = np.zeros(len(faces), dtype=bool)
    seen = np.zeros(len(faces), dtype=bool)
    for start in range(len(faces)):
        if seen[start]:
            continue
        seen[start] = True
        queue = deque([start])
        while queue:
            face = queue.popleft()
            for other, must_flip in neighbours[face]:
                if not seen[other]:
                    seen[other] = True
                    flip[other] = flip[face] ^ must_flip
                    queue.append(other)
    if flip.any():
        fixed = faces.copy()
        fixed[flip] = fixed[flip][:, ::-1]
        mesh.faces = fixed
    return bool(mesh.is_winding_consistent)


def fill_holes(mesh: trimesh.Trimesh) -> bool:
    """Close each hole whose rim is a simple loop of at most MAX_HOLE_EDGES edges; True if now watertight."""
    faces = np.asarray(mesh.faces)
    if len(faces) == 0 or len(faces) > MAX_REPAIR_FACES:
        return False
    directed = np.concatenate([faces[:, [0, 1]], faces[:, [1, 2]], faces[:, [2, 0]]])
    keys = {tuple(edge) for edge in directed.tolist()}
    # A rim edge has no twin walked the other way; the cap walks it backwards.
    rim = [(b, a) for a, b in keys if (b, a) not in keys]
    if not rim:
        return bool(mesh.is_watertight)
    following: dict[int, int] = {}
    for a, b in rim:
        if a in following:
            return False  # two holes touch at a vertex: not a simple loop
        following[a] = b
    vertices = np.asarray(mesh.vertices)
    new_vertices: list[np.ndarray] = []
    new_faces: list[tuple[int, int, int]] = []
    visited: set[int] = set()
    for start in list(following):
        if start in visited:
            continue
        loop = [start]
        visited.add(start)
        current = following[start]
        while current != start:
            if current in visited or current not in following or len(loop) > MAX_HOLE_EDGES:
                return False
            loop.append(current)
            visited.add(current)
            current = following[current]
        if len(loop) == 3:
            new_faces.append((loop[0], loop[1], loop[2]))
            continue
        centre_index = len(vertices) + len(new_vertices)
        new_vertices.append(vertices[loop].mean(axis=0))
        new_faces.extend((loop[i], loop[(i + 1) % len(loop)], centre_index) for i in range(len(loop)))
    mesh.vertices = np.vstack([vertices, *new_vertices]) if new_vertices else vertices
    mesh.faces = np.vstack([faces, np.array(new_faces, dtype=np.int64)])
    return bool(mesh.is_watertight)
