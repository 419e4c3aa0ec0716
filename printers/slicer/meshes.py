"""Parts in: STL files or trimesh meshes, repaired where trimesh can, refused with a reason where not."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import trimesh

MAX_COORDINATE_MM = 1e5


class MeshError(ValueError):
    """A part that cannot be sliced; the message says why and what to do."""


@dataclass(frozen=True)
class Part:
    name: str
    mesh: trimesh.Trimesh
    was_repaired: bool = False
    # Where the part went: the 4x4 transform from the input's coordinates to the bed's.
    transform: np.ndarray = field(default_factory=lambda: np.eye(4))


def load_part(path: str | Path) -> Part:
    file = Path(path)
    if not file.is_file():
        raise MeshError(f"{file} does not exist: check the path.")
    if file.stat().st_size == 0:
        raise MeshError(f"{file} is empty: export the part again.")
    try:
        # Unprocessed: NaN vertices in a broken file must reach our check, not trimesh's merging.
        loaded = trimesh.load_mesh(file, file_type=file.suffix.lstrip(".").lower() or "stl", process=False)
    except Exception as exc:  # trimesh raises many kinds for bad files; the operator needs one sentence
        raise MeshError(f"{file.name} is not a readable mesh file: export it again as STL.") from exc
    if isinstance(loaded, trimesh.Scene):
        meshes = [g for g in loaded.geometry.values() if isinstance(g, trimesh.Trimesh)]
        if not meshes:
            raise MeshError(f"{file.name} holds no triangles: export the part again.")
        loaded = trimesh.util.concatenate(meshes)
    if not isinstance(loaded, trimesh.Trimesh):
        raise MeshError(f"{file.name} holds no triangles: export the part again.")
    return prepare_part(file.stem, loaded, shown_as=file.name)


def prepare_part(name: str, mesh: trimesh.Trimesh, *, shown_as: str | None = None) -> Part:
    """A watertight copy, lying with its lowest point at z = 0, or MeshError. Errors name the part
    `shown_as` (a file's whole name, so the operator knows which file to export again) or `name`."""
    label = shown_as or name
    if len(mesh.faces) == 0 or not np.isfinite(mesh.vertices).all():
        raise MeshError(f"{label} has no usable triangles: export the part again.")
    if np.abs(mesh.vertices).max() > MAX_COORDINATE_MM:
        raise MeshError(f"{label} has coordinates over 100 m from its origin: the file is broken or not in millimetres.")
    work = mesh.copy()
    work.merge_vertices()  # STL stores every triangle's corners apart
    was_repaired = False
    if not work.is_watertight:
        was_repaired = True
        work.update_faces(work.nondegenerate_faces())
        work.update_faces(work.unique_faces())
        work.remove_unreferenced_vertices()
        work = _fill_boundary_loops(work)
        if not work.is_watertight:
            raise MeshError(
                f"{label} is not a closed solid (it has holes or loose faces that cannot be repaired here): "
                "repair it in a mesh editor and import it again."
            )
    if work.volume < 0:
        work.invert()
        was_repaired = True
    if abs(work.volume) < 1e-3:
        raise MeshError(f"{label} has no volume: it is flat or empty, export the solid part.")
    lift = trimesh.transformations.translation_matrix([0.0, 0.0, -work.bounds[0][2]])
    work.apply_transform(lift)
    return Part(name, work, was_repaired, lift)


def _fill_boundary_loops(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """Closes each loop of open edges with a fan around its centre.

    trimesh's own fill_holes needs networkx (and only fills triangles and quads); a fan keeps the
    winding of the faces around the hole, so the result stays consistently oriented.
    """
    edges = mesh.edges_sorted
    unique, counts = np.unique(edges, axis=0, return_counts=True)
    if (counts > 2).any():
        return mesh  # edges shared by three or more faces: not something a fan can fix
    once = {tuple(e) for e in unique[counts == 1].tolist()}
    if not once:
        return mesh
    # Directed boundary edges as the existing faces run them; the patch runs them the other way.
    following: dict[int, int] = {}
    for a, b in mesh.edges.tolist():
        if (min(a, b), max(a, b)) in once:
            if b in following:
                return mesh  # a vertex where two holes touch: ambiguous, refuse rather than guess
            following[b] = a
    vertices = [mesh.vertices]
    faces = [mesh.faces]
    next_index = len(mesh.vertices)
    while following:
        start, _ = next(iter(following.items()))
        loop = [start]
        current = following.pop(start)
        while current != start:
            if current not in following:
                return mesh
            loop.append(current)
            current = following.pop(current)
        centre = mesh.vertices[loop].mean(axis=0)
        vertices.append(centre[None, :])
        ring = np.asarray(loop)
        faces.append(np.column_stack([ring, np.roll(ring, -1), np.full(len(ring), next_index)]))
        next_index += 1
    patched = trimesh.Trimesh(np.vstack(vertices), np.vstack(faces), process=True)
    return patched
