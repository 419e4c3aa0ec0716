"""Parts in: STL files or meshes (ours or trimesh ones), repaired, or refused with a reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from i18n import _, ngettext
from printers.slicer.sections import edge_keys, is_closed, shell_labels, signed_volume
from printers.slicer.triangles import MeshLike, TriangleMesh, nondegenerate_faces

MAX_COORDINATE_MM = 1e5


class MeshError(ValueError):
    """A part that cannot be sliced; the message says why and what to do."""


@dataclass(frozen=True)
class Part:
    name: str
    mesh: TriangleMesh
    was_repaired: bool = False
    # Where the part went: the 4x4 transform from the input's coordinates to the bed's.
    transform: np.ndarray = field(default_factory=lambda: np.eye(4))
    repairs: tuple[str, ...] = ()  # what was repaired, in the operator's words ("2 holes closed")


def load_part(path: str | Path) -> Part:
    file = Path(path)
    if not file.is_file():
        raise MeshError(_("{file} does not exist: check the path.").format(file=file))
    if file.stat().st_size == 0:
        raise MeshError(_("{file} is empty: export the part again.").format(file=file))
    # Only for parts given by path (the command line reads files with the catalogue's readers): trimesh
    # reads the formats it knows, and costs its import only here.
    import trimesh

    try:
        # Unprocessed: NaN vertices in a broken file must reach our check, not trimesh's merging.
        loaded = trimesh.load_mesh(file, file_type=file.suffix.lstrip(".").lower() or "stl", process=False)
    except Exception as exc:  # trimesh raises many kinds for bad files; the operator needs one sentence
        message = _("{file} is not a readable mesh file: export it again as STL.")
        raise MeshError(message.format(file=file.name)) from exc
    if isinstance(loaded, trimesh.Scene):
        meshes = [g for g in loaded.geometry.values() if isinstance(g, trimesh.Trimesh)]
        if not meshes:
            raise MeshError(_("{file} holds no triangles: export the part again.").format(file=file.name))
        loaded = trimesh.util.concatenate(meshes)
    if not isinstance(loaded, trimesh.Trimesh):
        raise MeshError(_("{file} holds no triangles: export the part again.").format(file=file.name))
    return prepare_part(file.stem, loaded, shown_as=file.name)


def prepare_part(name: str, mesh: MeshLike, *, shown_as: str | None = None) -> Part:
    """A cleaned copy, lying with its lowest point at z = 0, or MeshError. Errors name the part
    `shown_as` (a file's whole name, so the operator knows which file to export again) or `name`.

    Repairs as PrusaSlicer does at load: merge coincident corners, drop degenerate slivers and
    duplicate triangles, drop loose faces, close holes; what is still open after that is closed in
    each layer's outline (sections.segments_to_area). Each repair is listed in `Part.repairs`."""
    label = shown_as or name
    if len(mesh.faces) == 0 or not np.isfinite(mesh.vertices).all():
        raise MeshError(_("{file} has no usable triangles: export the part again.").format(file=label))
    if np.abs(mesh.vertices).max() > MAX_COORDINATE_MM:
        raise MeshError(_("{file} has coordinates over 100 m from its origin: the file is broken or not in "
                          "millimetres.").format(file=label))
    work = TriangleMesh.of(mesh)  # a trimesh mesh (a generated frame's part) is taken as well
    work.merge_vertices()  # STL stores every triangle's corners apart
    repairs: list[str] = []
    if not is_closed(work):
        repairs.extend(_repair_surface(work))
        work = _drop_loose_faces(work, repairs)
        if not is_closed(work):
            work, closed = _fill_boundary_loops(work)
            if closed:
                repairs.append(ngettext("{count} hole closed", "{count} holes closed", closed).format(count=closed))
        if not is_closed(work):
            open_edges, shared_edges = _edge_defects(work)
            if open_edges:
                repairs.append(ngettext("{count} open edge left: each layer's outline is closed across it",
                                        "{count} open edges left: each layer's outline is closed across them",
                                        open_edges).format(count=open_edges))
            if shared_edges:
                repairs.append(ngettext(
                    "{count} edge shared by more than two triangles: each layer's outlines are united",
                    "{count} edges shared by more than two triangles: each layer's outlines are united",
                    shared_edges).format(count=shared_edges))
    if len(work.faces) == 0:
        raise MeshError(_("{file} has no usable triangles: export the part again.").format(file=label))
    if is_closed(work):
        volume = signed_volume(work)
        if volume < 0:
            work.invert()
            repairs.append(_("turned inside out: faces flipped"))
        if abs(volume) < 1e-3:
            raise MeshError(_("{file} has no volume: it is flat or empty, export the solid part.").format(file=label))
    elif np.min(work.extents) < 1e-3:
        raise MeshError(_("{file} has no volume: it is flat or empty, export the solid part.").format(file=label))
    lift = np.eye(4)
    lift[2, 3] = -work.bounds[0][2]
    work.apply_transform(lift)
    return Part(name, work, bool(repairs), lift, tuple(repairs))


def _repair_surface(mesh: TriangleMesh) -> list[str]:
    repairs = []
    before = len(mesh.faces)
    mesh.update_faces(nondegenerate_faces(mesh))
    if len(mesh.faces) < before:
        count = before - len(mesh.faces)
        repairs.append(ngettext("{count} degenerate sliver removed", "{count} degenerate slivers removed",
                                count).format(count=count))
    before = len(mesh.faces)
    mesh.update_faces(mesh.unique_faces())
    if len(mesh.faces) < before:
        count = before - len(mesh.faces)
        repairs.append(ngettext("{count} duplicate triangle removed", "{count} duplicate triangles removed",
                                count).format(count=count))
    mesh.remove_unreferenced_vertices()
    return repairs


def _drop_loose_faces(mesh: TriangleMesh, repairs: list[str]) -> TriangleMesh:
    """Pieces of fewer than four triangles touching nothing else enclose nothing (a tetrahedron needs
    four): stray faces, as admesh removes unconnected facets. Pieces are joined by shared corners, so a
    face hanging off a solid's edge stays (its section is a dangling line the outlines ignore)."""
    labels = shell_labels(mesh)
    sizes = np.bincount(labels)
    loose = sizes[labels] < 4
    if loose.any() and not loose.all():
        mesh.update_faces(~loose)
        mesh.remove_unreferenced_vertices()
        count = int(loose.sum())
        repairs.append(ngettext("{count} loose face removed", "{count} loose faces removed", count).format(count=count))
    return mesh


def _edge_defects(mesh: TriangleMesh) -> tuple[int, int]:
    counts = np.unique(edge_keys(mesh), return_counts=True)[1]
    return int((counts == 1).sum()), int((counts > 2).sum())


def _fill_boundary_loops(mesh: TriangleMesh) -> tuple[TriangleMesh, int]:
    """Closes each loop of open edges with a fan around its centre (admesh's fill_holes, as
    PrusaSlicer repairs at load); returns the mesh and how many holes were closed.

    trimesh's own fill_holes needs networkx (and only fills triangles and quads); a fan keeps the
    winding of the faces around the hole, so the result stays consistently oriented. Holes that touch
    at a corner are walked apart: a walk that comes back to a corner it passed closes a loop there.
    """
    _, inverse, counts = np.unique(edge_keys(mesh), return_inverse=True, return_counts=True)
    if (counts > 2).any():
        return mesh, 0  # edges shared by three or more faces: not something a fan can fix
    is_open = counts[inverse.reshape(-1)] == 1
    if not is_open.any():
        return mesh, 0
    # Directed boundary edges as the existing faces run them; the patch runs them the other way.
    following: dict[int, list[int]] = {}
    # The faces' edges in trimesh's `edges` order (that of edge_keys), without its cached (3F, 2) copy.
    starts, ends = mesh.faces.ravel()[is_open], mesh.faces[:, [1, 2, 0]].ravel()[is_open]
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        following.setdefault(b, []).append(a)
    loops: list[list[int]] = []
    while following:
        start = next(iter(following))
        path, seen, current = [start], {start: 0}, start
        while True:
            outs = following.get(current)
            if not outs:
                break  # the walk cannot go on (a dangling chain): leave it to the layer outlines
            step = outs.pop()
            if not outs:
                del following[current]
            if step in seen:
                cut = seen[step]
                loops.append(path[cut:])
                for vertex in path[cut + 1 :]:
                    del seen[vertex]
                path = path[: cut + 1]
                current = step
                if len(path) == 1 and current not in following:
                    break
                continue
            seen[step] = len(path)
            path.append(step)
            current = step
    loops = [loop for loop in loops if len(loop) >= 3]
    if not loops:
        return mesh, 0
    vertices = [mesh.vertices]
    faces: list[np.ndarray] = [mesh.faces]
    next_index = len(mesh.vertices)
    for loop in loops:
        ring = np.asarray(loop)
        vertices.append(mesh.vertices[ring].mean(axis=0)[None, :])
        faces.append(np.column_stack([ring, np.roll(ring, -1), np.full(len(ring), next_index)]))
        next_index += 1
    # The corners are merged already and each fan's centre is a new vertex: nothing to merge again.
    mesh.vertices, mesh.faces = np.vstack(vertices), np.vstack(faces)
    return mesh, len(loops)
