"""Reading STL and 3MF meshes defensively, checking them, and repairing what trimesh can."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

import numpy as np
import trimesh

from catalog import mesh_repair

MAX_TRIANGLES = 2_000_000
MAX_MESH_BYTES = 256 * 1024 * 1024
_STL_HEADER_BYTES = 84
_STL_FACET_BYTES = 50
_ASCII_VERTEX_RE = re.compile(
    rb"vertex\s+([-+0-9.eEnNaAiIfF]+)\s+([-+0-9.eEnNaAiIfF]+)\s+([-+0-9.eEnNaAiIfF]+)"
)


class MeshError(Exception):
    """A mesh file that can't be used; the message says which file and what to do."""


@dataclass(frozen=True)
class MeshArrays:
    vertices: np.ndarray  # (n, 3) float64, mm
    faces: np.ndarray  # (m, 3) int64 indices into vertices

    @property
    def triangle_count(self) -> int:
        return int(self.faces.shape[0])


@dataclass(frozen=True)
class MeshReport:
    triangle_count: int
    bbox_mm: tuple[float, float, float]
    is_watertight: bool
    is_winding_consistent: bool
    volume_mm3: float | None
    problems: tuple[str, ...] = ()
    repairs: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "triangle_count": self.triangle_count,
            "bbox_mm": [round(v, 3) for v in self.bbox_mm],
            "is_watertight": self.is_watertight,
            "is_winding_consistent": self.is_winding_consistent,
            "volume_mm3": None if self.volume_mm3 is None else round(self.volume_mm3, 1),
            "problems": list(self.problems),
            "repairs": list(self.repairs),
        }


@dataclass(frozen=True)
class CheckedMesh:
    report: MeshReport
    arrays: MeshArrays
    repaired_stl: bytes | None = field(default=None, repr=False)


def read_mesh(data: bytes, filename: str) -> MeshArrays:
    lower = filename.lower()
    if len(data) > MAX_MESH_BYTES:
        raise MeshError(f"{filename} is larger than {MAX_MESH_BYTES >> 20} MB: simplify the mesh before importing it.")
    if lower.endswith(".3mf"):
        arrays = read_3mf(data, filename)
    elif lower.endswith(".stl"):
        arrays = read_stl(data, filename)
    else:
        raise MeshError(f"{filename} is not an STL or 3MF file.")
    _check_values(arrays, filename)
    return arrays


def read_stl(data: bytes, filename: str) -> MeshArrays:
    if len(data) >= _STL_HEADER_BYTES:
        (count,) = struct.unpack_from("<I", data, 80)
        if _STL_HEADER_BYTES + count * _STL_FACET_BYTES == len(data):
            _check_count(count, filename)
            record = np.dtype([("normal", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
            facets = np.frombuffer(data, dtype=record, count=count, offset=_STL_HEADER_BYTES)
            return _soup(facets["v"].astype(np.float64).reshape(-1, 3))
    head = data[:512].lstrip().lower()
    if head.startswith(b"solid"):
        values = _ASCII_VERTEX_RE.findall(data)
        if len(values) % 3 != 0:
            raise MeshError(f"{filename} is a damaged ASCII STL (a facet has missing vertices): re-export it.")
        _check_count(len(values) // 3, filename)
        try:
            coords = np.array(values, dtype=np.float64)
        except ValueError as exc:
            raise MeshError(f"{filename} has unreadable coordinates: re-export it.") from exc
        return _soup(coords)
    raise MeshError(f"{filename} is not a valid STL (truncated or not a mesh): copy it again or re-export it.")


def read_3mf(data: bytes, filename: str) -> MeshArrays:
    """The mesh objects of a 3MF package, with build-item transforms applied (components are flattened)."""
    from catalog.safety import ArchiveError, check_zip  # local: safety imports nothing from here

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise MeshError(f"{filename} is not a valid 3MF file (not a zip): re-export it.") from exc
    with archive:
        try:
            entries = check_zip(archive, filename)
        except ArchiveError as exc:
            raise MeshError(str(exc)) from exc
        model_name = next((e.name for e in entries if e.name.lower().endswith(".model")), None)
        if model_name is None:
            raise MeshError(f"{filename} holds no 3D model: re-export it as 3MF.")
        xml_bytes = archive.read(model_name)
    if b"<!DOCTYPE" in xml_bytes[:4096] or b"<!ENTITY" in xml_bytes[:65536]:
        raise MeshError(f"{filename} contains XML entity declarations, which 3MF never needs: refused.")
    try:
        root = ElementTree.fromstring(xml_bytes)
    except ElementTree.ParseError as exc:
        raise MeshError(f"{filename} has a damaged model file: re-export it.") from exc
    ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
    meshes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    components: dict[str, list[tuple[str, np.ndarray]]] = {}
    for obj in root.iter(f"{ns}object"):
        object_id = obj.get("id", "")
        mesh = obj.find(f"{ns}mesh")
        if mesh is not None:
            vertices = [
                (float(v.get("x", "nan")), float(v.get("y", "nan")), float(v.get("z", "nan")))
                for v in mesh.iter(f"{ns}vertex")
            ]
            faces = [(int(t.get("v1", -1)), int(t.get("v2", -1)), int(t.get("v3", -1))) for t in mesh.iter(f"{ns}triangle")]
            _check_count(len(faces), filename)
            v = np.array(vertices, dtype=np.float64).reshape(-1, 3)
            f = np.array(faces, dtype=np.int64).reshape(-1, 3)
            if f.size and (f.min() < 0 or f.max() >= len(v)):
                raise MeshError(f"{filename} has triangles pointing at missing vertices: re-export it.")
            meshes[object_id] = (v, f)
        comps = obj.find(f"{ns}components")
        if comps is not None:
            components[object_id] = [
                (c.get("objectid", ""), _transform(c.get("transform"))) for c in comps.iter(f"{ns}component")
            ]
    build = root.find(f"{ns}build")
    items = (
        [(i.get("objectid", ""), _transform(i.get("transform"))) for i in build.iter(f"{ns}item")]
        if build is not None
        else [(k, np.eye(4)) for k in meshes]
    )
    parts_v: list[np.ndarray] = []
    parts_f: list[np.ndarray] = []
    offset = 0

    def place(object_id: str, matrix: np.ndarray, depth: int) -> None:
        nonlocal offset
        if depth > 8:
            raise MeshError(f"{filename} nests components too deeply: re-export it.")
        if object_id in meshes:
            v, f = meshes[object_id]
            homogeneous = np.c_[v, np.ones(len(v))] @ matrix.T
            parts_v.append(homogeneous[:, :3])
            parts_f.append(f + offset)
            offset += len(v)
        for child, child_matrix in components.get(object_id, []):
            place(child, matrix @ child_matrix, depth + 1)

    for object_id, matrix in items:
        place(object_id, matrix, 0)
    if not parts_f:
        raise MeshError(f"{filename} holds no triangles: re-export it.")
    faces = np.concatenate(parts_f)
    _check_count(len(faces), filename)
    return MeshArrays(np.concatenate(parts_v), faces)


def _transform(value: str | None) -> np.ndarray:
    matrix = np.eye(4)
    if value:
        numbers = [float(x) for x in value.split()]
        if len(numbers) == 12:
            m = np.array(numbers).reshape(4, 3)
            matrix[:3, :3] = m[:3].T
            matrix[:3, 3] = m[3]
    return matrix


def _soup(coords: np.ndarray) -> MeshArrays:
    faces = np.arange(len(coords), dtype=np.int64).reshape(-1, 3)
    return MeshArrays(coords, faces)


def _check_count(count: int, filename: str) -> None:
    if count > MAX_TRIANGLES:
        raise MeshError(
            f"{filename} has {count:,} triangles, more than the {MAX_TRIANGLES:,} this laptop can check: "
            "simplify (decimate) the mesh and import it again."
        )
    if count == 0:
        raise MeshError(f"{filename} holds no triangles: re-export it.")


def _check_values(arrays: MeshArrays, filename: str) -> None:
    if not np.isfinite(arrays.vertices).all():
        raise MeshError(f"{filename} has invalid (NaN or infinite) coordinates: re-export it from the design program.")
    if arrays.vertices.size and np.abs(arrays.vertices).max() > 1e5:
        raise MeshError(f"{filename} is more than 100 m across: check the units it was exported in.")


def check_and_repair(arrays: MeshArrays, filename: str) -> CheckedMesh:
    """Merge the triangle soup, check it, and repair holes and normals when trimesh can."""
    mesh = trimesh.Trimesh(vertices=arrays.vertices, faces=arrays.faces, process=True, validate=False)
    problems: list[str] = []
    repairs: list[str] = []
    before_faces = len(mesh.faces)
    mesh.update_faces(mesh.nondegenerate_faces())
    mesh.update_faces(mesh.unique_faces())
    if len(mesh.faces) != before_faces:
        repairs.append(f"removed {before_faces - len(mesh.faces)} degenerate or duplicate triangles")
    if len(mesh.faces) == 0:
        raise MeshError(f"{filename} holds only degenerate triangles: re-export it.")
    if not mesh.is_winding_consistent and _fix_winding(mesh):
        repairs.append("made triangle winding consistent")
    if not mesh.is_watertight:
        if _fill_holes(mesh):
            repairs.append("filled holes")
        else:
            problems.append("the mesh has holes the importer could not close: check it before printing")
    if mesh.is_watertight and mesh.volume < 0:
        mesh.invert()
        repairs.append("turned inside-out normals the right way")
    if not mesh.is_winding_consistent:
        problems.append("triangle winding is inconsistent")
    extents = mesh.extents if len(mesh.vertices) else np.zeros(3)
    report = MeshReport(
        triangle_count=len(mesh.faces),
        bbox_mm=(float(extents[0]), float(extents[1]), float(extents[2])),
        is_watertight=bool(mesh.is_watertight),
        is_winding_consistent=bool(mesh.is_winding_consistent),
        volume_mm3=float(mesh.volume) if mesh.is_watertight else None,
        problems=tuple(problems),
        repairs=tuple(repairs),
    )
    repaired = None
    if repairs:
        repaired = bytes(trimesh.exchange.stl.export_stl(mesh))
    return CheckedMesh(report, MeshArrays(np.asarray(mesh.vertices), np.asarray(mesh.faces)), repaired)


def _fill_holes(mesh: trimesh.Trimesh) -> bool:
    # trimesh's own hole filling needs networkx, which Heliofab does not ship.
    try:
        return bool(trimesh.repair.fill_holes(mesh))
    except ImportError:
        return mesh_repair.fill_holes(mesh)


def _fix_winding(mesh: trimesh.Trimesh) -> bool:
    try:
        trimesh.repair.fix_winding(mesh)
    except ImportError:
        return mesh_repair.fix_winding(mesh)
    return bool(mesh.is_winding_consistent)
