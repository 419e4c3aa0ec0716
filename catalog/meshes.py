"""Reading STL and 3MF meshes defensively, checking them, and repairing what trimesh can."""

from __future__ import annotations

import importlib.util
import io
import math
import re
import struct
import zipfile
from array import array
from dataclasses import dataclass, field
from typing import IO
from xml.parsers import expat

import numpy as np

from catalog import mesh_repair, model_xml
from i18n import _

MAX_TRIANGLES = 2_000_000
# A closed mesh has about half as many vertices as triangles, and even a triangle soup has no more than
# three per triangle: more than that is memory spent on vertices no triangle uses.
MAX_VERTICES = 3 * MAX_TRIANGLES
MAX_MESH_BYTES = 256 * 1024 * 1024
MAX_COMPONENT_DEPTH = 8
MAX_COMPONENTS = 100_000  # component and build-item references in one 3MF model
_STL_HEADER_BYTES = 84
_STL_FACET_BYTES = 50
_MODEL_CHUNK_BYTES = 1 << 20
_READ_CHUNK_BYTES = 1 << 20
_ASCII_SLICE_BYTES = 4 << 20  # ASCII STL text is parsed this much at a time, so no list of every number is built
_FACET_END = b"endfacet"
_EXPORT_CHUNK_FACES = 1 << 16
_NORMAL_ZERO = np.finfo(np.float64).resolution * 100  # trimesh's TOL_ZERO: shorter normals are left zero
_BLOCK_START_RE = re.compile(rb"<(vertices|triangles)>")
_ASCII_VERTEX_RE = re.compile(
    rb"vertex\s+([-+0-9.eEnNaAiIfF]+)\s+([-+0-9.eEnNaAiIfF]+)\s+([-+0-9.eEnNaAiIfF]+)"
)


class MeshError(Exception):
    """A mesh file that can't be used; the message says which file and what to do."""


@dataclass(frozen=True)
class MeshArrays:
    vertices: np.ndarray  # (n, 3) float32 (as an STL stores them) or float64, mm
    faces: np.ndarray  # (m, 3) integer indices into vertices

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
        raise MeshError(_("{filename} is larger than {value} MB: simplify the mesh before importing it.").format(
                filename=filename, value=MAX_MESH_BYTES >> 20))
    if lower.endswith(".3mf"):
        arrays = read_3mf(data, filename)
    elif lower.endswith(".stl"):
        arrays = read_stl(data, filename)
    else:
        raise MeshError(_("{filename} is not an STL or 3MF file.").format(filename=filename))
    _check_values(arrays, filename)
    return arrays


def read_stl(data: bytes, filename: str) -> MeshArrays:
    if len(data) >= _STL_HEADER_BYTES:
        (count,) = struct.unpack_from("<I", data, 80)
        if _STL_HEADER_BYTES + count * _STL_FACET_BYTES == len(data):
            _check_count(count, filename)
            record = np.dtype([("normal", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
            facets = np.frombuffer(data, dtype=record, count=count, offset=_STL_HEADER_BYTES)
            # One compact float32 copy (what the file holds); float64 comes only after vertices are merged.
            return _soup(np.ascontiguousarray(facets["v"]).reshape(-1, 3))
    if _is_ascii_stl(data):
        # Counted before anything is allocated: a text file of a few hundred MB can hold millions of facets.
        _check_count(data.count(_FACET_END), filename)
        return _soup(_ascii_coordinates(data, filename))
    raise MeshError(_("{filename} is not a valid STL (truncated or not a mesh): copy it again or re-export "
                      "it.").format(
            filename=filename))


def _is_ascii_stl(data: bytes) -> bool:
    return data[:512].lstrip().lower().startswith(b"solid")


def _ascii_coordinates(data: bytes, filename: str) -> np.ndarray:
    """The vertex coordinates of an ASCII STL, parsed a slice at a time into one float64 array."""
    pieces: list[np.ndarray] = []
    start = 0
    while start < len(data):
        end = len(data) if start + _ASCII_SLICE_BYTES >= len(data) else data.find(b"\n", start + _ASCII_SLICE_BYTES) + 1
        if end <= 0:
            end = len(data)
        values = _ASCII_VERTEX_RE.findall(data, start, end)
        try:
            pieces.append(np.array(values, dtype=np.float64).reshape(-1, 3))
        except ValueError as exc:
            raise MeshError(_("{filename} has unreadable coordinates: re-export it.").format(
                filename=filename)) from exc
        del values
        start = end
    coords = np.concatenate(pieces) if pieces else np.zeros((0, 3))
    if len(coords) % 3 != 0:
        raise MeshError(_("{filename} is a damaged ASCII STL (a facet has missing vertices): re-export it.").format(
                filename=filename))
    _check_count(len(coords) // 3, filename)
    return coords


class MeshSizeGuard:
    """Watches a mesh file's bytes as they are read, so a file with more triangles than this laptop
    can check is refused before it is all in memory: a binary STL by the count in its header, an
    ASCII STL by the facets seen so far."""

    def __init__(self, filename: str, total_bytes: int | None) -> None:
        self.filename = filename
        self.total_bytes = total_bytes
        self.is_stl = filename.lower().endswith(".stl")
        self.is_ascii: bool | None = None
        self.tail = b""
        self.facets = 0

    def feed(self, chunk: bytes) -> None:
        if not self.is_stl:
            return
        if self.is_ascii is None:  # decided on the first chunk, which holds the header
            self.is_ascii = _is_ascii_stl(chunk)
            self._check_binary_header(chunk)
        if self.is_ascii:
            self._count(chunk)
            if self.facets > MAX_TRIANGLES:
                _check_count(self.facets, self.filename)

    def _count(self, chunk: bytes) -> None:
        # A facet end split across two chunks is counted once: the carried tail is shorter than the word.
        joined = self.tail + chunk
        self.facets += joined.count(_FACET_END)
        self.tail = joined[-(len(_FACET_END) - 1) :]

    def _check_binary_header(self, head: bytes) -> None:
        if len(head) < _STL_HEADER_BYTES or self.total_bytes is None:
            return
        (count,) = struct.unpack_from("<I", head, 80)
        if _STL_HEADER_BYTES + count * _STL_FACET_BYTES == self.total_bytes:
            _check_count(count, self.filename)


def read_guarded(stream: IO[bytes], filename: str, *, limit_bytes: int = MAX_MESH_BYTES,
                 total_bytes: int | None = None) -> bytes:
    """A mesh file's bytes, read a chunk at a time and refused as soon as they are too many (size or
    triangles), instead of after the whole file is in memory."""
    guard = MeshSizeGuard(filename, total_bytes)
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(_READ_CHUNK_BYTES):
        size += len(chunk)
        if size > limit_bytes:
            raise MeshError(_("{filename} is larger than {value} MB: simplify the mesh before importing it.").format(
                    filename=filename, value=limit_bytes >> 20))
        guard.feed(chunk)
        chunks.append(chunk)
    return b"".join(chunks)


def read_3mf(data: bytes, filename: str, *, is_bulk: bool = True) -> MeshArrays:
    """The mesh objects of a 3MF package, with build-item transforms applied (components are flattened).

    `is_bulk=False` reads every vertex and triangle element on its own: the slower reference the bulk
    decoding of catalog.model_xml is checked against, giving the same arrays and refusals."""
    return _read_3mf_model(data, filename, is_bulk=is_bulk).flatten()


def read_3mf_items(data: bytes, filename: str, *, is_bulk: bool = True) -> list[tuple[str, MeshArrays]]:
    """Each build item of a 3MF package on its own, named after its object ("" when the object has no
    name), transforms applied: a slicer lays several objects of one file out as separate parts.
    `is_bulk` as for read_3mf."""
    items = _read_3mf_model(data, filename, is_bulk=is_bulk).flatten_items()
    for _name, arrays in items:
        _check_values(arrays, filename)
    return items


def _read_3mf_model(data: bytes, filename: str, *, is_bulk: bool) -> _ModelReader:
    if len(data) > MAX_MESH_BYTES:
        raise MeshError(_("{filename} is larger than {value} MB: simplify the mesh before importing it.").format(
                filename=filename, value=MAX_MESH_BYTES >> 20))
    from catalog.safety import (  # local: safety imports nothing from here
        MAX_ENTRY_BYTES,
        ArchiveError,
        check_zip,
        open_zip,
    )

    try:
        archive = open_zip(io.BytesIO(data), filename)
    except zipfile.BadZipFile as exc:
        raise MeshError(_("{filename} is not a valid 3MF file (not a zip): re-export it.").format(
                filename=filename)) from exc
    except ArchiveError as exc:
        raise MeshError(str(exc)) from exc
    with archive:
        try:
            entries = check_zip(archive, filename)
        except ArchiveError as exc:
            raise MeshError(str(exc)) from exc
        model_name = next((e.name for e in entries if e.name.lower().endswith(".model")), None)
        if model_name is None:
            raise MeshError(_("{filename} holds no 3D model: re-export it as 3MF.").format(filename=filename))
        model = _ModelReader(filename)
        try:
            with archive.open(model_name) as stream:
                # No element tree: a 200,000-triangle model makes a tree of several hundred MB.
                _parse_model(stream, model, filename, MAX_ENTRY_BYTES, is_bulk=is_bulk)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise MeshError(_("{filename} is damaged ({error}): copy it again or re-export it.").format(
                    filename=filename, error=exc)) from exc
    return model


def _parse_model(stream: IO[bytes], model: _ModelReader, filename: str, limit_bytes: int, *,
                 is_bulk: bool = True) -> None:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = model.start
    parser.EndElementHandler = model.end
    # The whole document is watched as it streams: a document type or entity anywhere is refused the
    # moment the parser meets it, however much comment text comes first.
    parser.StartDoctypeDeclHandler = model.refuse_entity
    parser.EntityDeclHandler = model.refuse_entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        if is_bulk:
            _parse_in_blocks(parser, _read_model(stream, filename, limit_bytes), model)
            return
        total = 0
        while chunk := stream.read(_MODEL_CHUNK_BYTES):
            total += len(chunk)
            if total > limit_bytes:
                raise MeshError(_("{filename} unpacks larger than it claims: refused.").format(
                        filename=filename))
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise MeshError(_("{filename} has a damaged model file: re-export it.").format(filename=filename)) from exc


def _read_model(stream: IO[bytes], filename: str, limit_bytes: int) -> bytes:
    """The whole model text: bulk decoding finds and reads its blocks in place. It costs the text's
    size (17 MB for a Benchy) on top of the arrays, for a read three to four times faster."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(_MODEL_CHUNK_BYTES):
        total += len(chunk)
        if total > limit_bytes:
            raise MeshError(_("{filename} unpacks larger than it claims: refused.").format(filename=filename))
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_in_blocks(parser: expat.XMLParserType, data: bytes, model: _ModelReader) -> None:
    """Parse the model, decoding each mesh's `<vertices>`/`<triangles>` content in bulk
    (catalog.model_xml) instead of element by element, which is most of the time a big mesh takes.

    The parser is given the text up to the end of each `<vertices>` or `<triangles>` start tag, so it
    says whether that really is a block of the mesh being read (not text inside a comment, another
    namespace's element, or a block the reader ignores). If so and the block decodes, the parser
    skips its content and goes on at the closing tag; otherwise it reads the block element by element,
    exactly as without this shortcut.
    """
    # Each piece ends on a complete tag, so nothing is held back waiting for more text.
    if hasattr(parser, "SetReparseDeferralEnabled"):
        parser.SetReparseDeferralEnabled(False)
    last_start = [-1]
    element_start = model.start

    def start(name: str, attributes: dict[str, str]) -> None:
        last_start[0] = parser.CurrentByteIndex
        element_start(name, attributes)

    parser.StartElementHandler = start
    try:
        position = 0
        skipped = 0  # bytes of block content the parser never saw, so its byte index lags by this much
        for match in _BLOCK_START_RE.finditer(data):
            if match.start() < position:
                continue
            parser.Parse(data[position : match.end()], False)
            position = match.end()
            local = match.group(1).decode("ascii")
            if last_start[0] != match.start() - skipped or model.open_block() != local:
                continue
            close = data.find(b"</" + match.group(1) + b">", position)
            if close >= 0 and model.add_block(local, data, position, close):
                skipped += close - position
                position = close
        parser.Parse(data[position:], True)
    finally:
        # The handler refers to the parser: left in place, the pair is a reference cycle that keeps
        # the model's arrays until the cycle collector runs.
        parser.StartElementHandler = element_start


class _ModelReader:
    """Collects a 3MF model's objects, components and build items from parser events.

    Reads the elements of the root element's namespace: `object` anywhere, the first `mesh` directly
    inside an object with the `vertex`/`triangle` elements within it, an object's `components`, and
    the `item`s of the root's `build` (every mesh object, untransformed, when there is no build).
    Coordinates go straight into typed arrays, 8 bytes a number.
    """

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.namespace: str | None = None
        self.path: list[str | None] = []  # local names of the open elements (None: another namespace)
        self.objects: list[tuple[str, bool]] = []  # open objects: (id, has had its mesh)
        self.names: dict[str, str] = {}  # object id -> its name attribute
        self.meshes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.components: dict[str, list[tuple[str, np.ndarray]]] = {}
        self.items: list[tuple[str, np.ndarray]] | None = None
        self.mesh_depth: int | None = None  # depth of the mesh element being read
        self.components_depth: int | None = None
        self.build_depth: int | None = None
        self.vertices = array("d")
        self.triangles = array("q")
        self.vertex_total = 0  # over every mesh read so far, to refuse before memory runs out
        self.triangle_total = 0
        self.reference_total = 0

    def refuse_entity(self, *_args: object) -> None:
        raise MeshError(
            _("{filename} contains an XML document type or entity declarations, which 3MF never needs: "
              "refused.").format(
                    filename=self.filename)
        )

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if self.namespace is None:
            self.namespace = name.rsplit("}", 1)[0] + "}" if "}" in name else ""
        rest = name[len(self.namespace) :]
        local = rest if name.startswith(self.namespace) and "}" not in rest else None
        parent = self.path[-1] if self.path else None
        depth = len(self.path)
        self.path.append(local)
        if local is None:
            return
        if local == "object":
            self.objects.append((attributes.get("id", ""), False))
            self.names[attributes.get("id", "")] = attributes.get("name", "")
        elif local == "mesh" and parent == "object" and self.mesh_depth is None and not self.objects[-1][1]:
            object_id, _has_mesh = self.objects[-1]
            self.objects[-1] = (object_id, True)
            self.mesh_depth = depth
            self.vertices = array("d")
            self.triangles = array("q")
        elif self.mesh_depth is not None and local == "vertex":
            self.vertex_total += 1
            if self.vertex_total > MAX_VERTICES:
                _refuse_vertices(self.vertex_total, self.filename)
            self.vertices.extend(
                (_number(attributes.get("x", "nan"), self.filename), _number(attributes.get("y", "nan"), self.filename),
                 _number(attributes.get("z", "nan"), self.filename))
            )
        elif self.mesh_depth is not None and local == "triangle":
            self.triangles.extend(
                (_index(attributes.get("v1", "-1"), self.filename), _index(attributes.get("v2", "-1"), self.filename),
                 _index(attributes.get("v3", "-1"), self.filename))
            )
            self.triangle_total += 1
            if self.triangle_total > MAX_TRIANGLES:
                _check_count(self.triangle_total, self.filename)
        elif local == "components" and parent == "object" and self.components_depth is None:
            self.components_depth = depth
            self.components[self.objects[-1][0]] = []
        elif local == "component" and self.components_depth is not None:
            self._count_reference()
            self.components[self.objects[-1][0]].append(
                (attributes.get("objectid", ""), _transform(attributes.get("transform"), self.filename))
            )
        elif local == "build" and depth == 1 and self.items is None:
            self.build_depth = depth
            self.items = []
        elif local == "item" and self.build_depth is not None and self.items is not None:
            self._count_reference()
            self.items.append((attributes.get("objectid", ""), _transform(attributes.get("transform"), self.filename)))

    def open_block(self) -> str | None:
        """The local name of the element just opened when it is a block whose vertices or triangles
        the reader keeps (inside the mesh being read), else None."""
        return self.path[-1] if self.mesh_depth is not None and self.path else None

    def add_block(self, local: str, data: bytes, start: int, end: int) -> bool:
        """Take the vertices or triangles of data[start:end], the content of a block `open_block` named,
        in one go; False (nothing taken) when they must be read element by element instead."""
        # Over the limit: read element by element, which refuses at the same element as ever.
        if local == "vertices":
            if self.vertex_total + _block_elements(local, data, start, end) > MAX_VERTICES:
                return False
            vertices = model_xml.decode_vertices(data, start, end)
            if vertices is None:
                return False
            self.vertex_total += len(vertices)
            self.vertices.frombytes(vertices.tobytes())
            return True
        if self.triangle_total + _block_elements(local, data, start, end) > MAX_TRIANGLES:
            return False
        triangles = model_xml.decode_triangles(data, start, end)
        if triangles is None:
            return False
        self.triangle_total += len(triangles)
        self.triangles.frombytes(triangles.tobytes())
        return True

    def _count_reference(self) -> None:
        self.reference_total += 1
        if self.reference_total > MAX_COMPONENTS:
            raise MeshError(
                _("{filename} places objects more than {MAX_COMPONENTS:,} times, more than this laptop can "
                  "check: merge the parts before exporting it.").format(
                        filename=self.filename, MAX_COMPONENTS=MAX_COMPONENTS)
            )

    def end(self, name: str) -> None:
        local = self.path.pop()
        depth = len(self.path)
        if local == "mesh" and depth == self.mesh_depth:
            self.mesh_depth = None
            self._finish_mesh()
        elif local == "components" and depth == self.components_depth:
            self.components_depth = None
        elif local == "build" and depth == self.build_depth:
            self.build_depth = None
        elif local == "object" and self.objects:
            self.objects.pop()

    def _finish_mesh(self) -> None:
        _check_count(len(self.triangles) // 3, self.filename)
        vertex_count, triangle_count = len(self.vertices) // 3, len(self.triangles) // 3
        if vertex_count > 3 * triangle_count:  # checked before the arrays are copied
            raise MeshError(
                _("{filename} has {vertex_count:,} vertices but only {triangle_count:,} triangles to use "
                  "them (at most {value:,} can be used): re-export it without the unused points.").format(
                        filename=self.filename, vertex_count=vertex_count, triangle_count=triangle_count,
                        value=3 * triangle_count)
            )
        v = np.frombuffer(self.vertices, dtype=np.float64).reshape(-1, 3).copy() if self.vertices else np.zeros((0, 3))
        f = np.frombuffer(self.triangles, dtype=np.int64).reshape(-1, 3).copy()
        self.vertices, self.triangles = array("d"), array("q")
        if f.size and (f.min() < 0 or f.max() >= len(v)):
            raise MeshError(_("{filename} has triangles pointing at missing vertices: re-export it.").format(
                    filename=self.filename))
        self.meshes[self.objects[-1][0]] = (v, f)

    def flatten(self) -> MeshArrays:
        items = self.items if self.items is not None else [(k, np.eye(4)) for k in self.meshes]
        self._check_instances(items)
        return self._place(items)

    def flatten_items(self) -> list[tuple[str, MeshArrays]]:
        items = self.items if self.items is not None else [(k, np.eye(4)) for k in self.meshes]
        if not items:
            raise MeshError(_("{filename} holds no triangles: re-export it.").format(filename=self.filename))
        self._check_instances(items)
        return [(self.names.get(object_id, ""), self._place([(object_id, matrix)])) for object_id, matrix in items]

    def _check_instances(self, items: list[tuple[str, np.ndarray]]) -> None:
        """Count the triangles and vertices the build places, through every component, before any is
        placed: a kilobyte of nested components can otherwise ask for billions of copies."""
        counted: dict[str, tuple[int, int]] = {}
        vertices = triangles = 0
        for object_id, _placement in items:
            item_vertices, item_triangles = self._count_placed(object_id, (), counted)
            vertices += item_vertices
            triangles += item_triangles
            _check_instance_totals(vertices, triangles, self.filename)

    def _count_placed(
        self, object_id: str, path: tuple[str, ...], counted: dict[str, tuple[int, int]]
    ) -> tuple[int, int]:
        """Vertices and triangles one placement of `object_id` brings. A method, not a closure calling itself:
        that would be a reference cycle keeping the model's arrays alive until the collector ran."""
        if object_id in path:
            raise MeshError(_("{filename} has an object made of itself (a component cycle): re-export it.").format(
                    filename=self.filename))
        if len(path) > MAX_COMPONENT_DEPTH:
            raise MeshError(
                _("{filename} nests components more than {MAX_COMPONENT_DEPTH} deep: re-export it "
                  "flattened.").format(
                        filename=self.filename, MAX_COMPONENT_DEPTH=MAX_COMPONENT_DEPTH)
            )
        if object_id in counted:
            return counted[object_id]
        v, f = self.meshes.get(object_id, (np.zeros((0, 3)), np.zeros((0, 3))))
        vertices, triangles = len(v), len(f)
        for child, _placement in self.components.get(object_id, []):
            child_vertices, child_triangles = self._count_placed(child, (*path, object_id), counted)
            vertices += child_vertices
            triangles += child_triangles
            # Stop as soon as the total is over: the numbers can grow past any size.
            _check_instance_totals(vertices, triangles, self.filename)
        counted[object_id] = (vertices, triangles)
        return vertices, triangles

    def _place(self, items: list[tuple[str, np.ndarray]]) -> MeshArrays:
        parts_v: list[np.ndarray] = []
        parts_f: list[np.ndarray] = []
        offset = 0
        # Depth first with a stack, not a recursive closure: a closure that calls itself is a reference
        # cycle, which kept the model and every placed copy (17 MB for a Benchy) until the collector ran.
        pending = list(reversed(items))
        while pending:
            object_id, matrix = pending.pop()
            if object_id in self.meshes:
                v, f = self.meshes[object_id]
                parts_v.append((np.c_[v, np.ones(len(v))] @ matrix.T)[:, :3])
                parts_f.append(f + offset)
                offset += len(v)
            children = self.components.get(object_id, [])
            pending.extend((child, matrix @ child_matrix) for child, child_matrix in reversed(children))
        if not parts_f:
            raise MeshError(_("{filename} holds no triangles: re-export it.").format(filename=self.filename))
        faces = np.concatenate(parts_f)
        _check_count(len(faces), self.filename)
        return MeshArrays(np.concatenate(parts_v), faces)


def _block_elements(local: str, data: bytes, start: int, end: int) -> int:
    """At least as many elements as the block decodes to: a bound from its length, or when that is
    too loose to decide, its `<` count (one per element of a block that decodes)."""
    bound = model_xml.most_elements(local, start, end)
    return bound if bound <= min(MAX_VERTICES, MAX_TRIANGLES) // 2 else data.count(b"<", start, end)


def _check_instance_totals(vertices: int, triangles: int, filename: str) -> None:
    if triangles > MAX_TRIANGLES:
        raise MeshError(
            _("{filename} places {triangles:,} triangles through its components, more than the "
              "{MAX_TRIANGLES:,} this laptop can check: simplify it or export fewer copies.").format(
                    filename=filename, triangles=triangles, MAX_TRIANGLES=MAX_TRIANGLES)
        )
    if vertices > MAX_VERTICES:
        _refuse_vertices(vertices, filename)


def _refuse_vertices(count: int, filename: str) -> None:
    raise MeshError(
        _("{filename} has {count:,} vertices, more than the {MAX_VERTICES:,} this laptop can check: "
          "simplify (decimate) the mesh and import it again.").format(
                filename=filename, count=count, MAX_VERTICES=MAX_VERTICES)
    )


def _number(text: str, filename: str) -> float:
    try:
        return float(text)
    except ValueError as exc:
        raise MeshError(_("{filename} has unreadable coordinates: re-export it.").format(filename=filename)) from exc


def _index(text: str, filename: str) -> int:
    try:
        return int(text)
    except ValueError as exc:
        raise MeshError(_("{filename} has unreadable triangles: re-export it.").format(filename=filename)) from exc


def _transform(value: str | None, filename: str) -> np.ndarray:
    matrix = np.eye(4)
    if value and value.strip():
        try:
            numbers = [float(x) for x in value.split()]
        except ValueError as exc:
            raise MeshError(_("{filename} has an unreadable transform (not numbers): re-export it.").format(
                    filename=filename)) from exc
        if len(numbers) != 12 or not all(math.isfinite(n) for n in numbers):
            raise MeshError(_("{filename} has a transform that is not 12 finite numbers: re-export it.").format(
                    filename=filename))
        m = np.array(numbers).reshape(4, 3)
        matrix[:3, :3] = m[:3].T
        matrix[:3, 3] = m[3]
    return matrix


def _soup(coords: np.ndarray) -> MeshArrays:
    faces = np.arange(len(coords), dtype=np.int32 if len(coords) < 2**31 else np.int64).reshape(-1, 3)
    return MeshArrays(coords, faces)


def _check_count(count: int, filename: str) -> None:
    if count > MAX_TRIANGLES:
        raise MeshError(
            _("{filename} has {count:,} triangles, more than the {MAX_TRIANGLES:,} this laptop can check: "
              "simplify (decimate) the mesh and import it again.").format(
                    filename=filename, count=count, MAX_TRIANGLES=MAX_TRIANGLES)
        )
    if count == 0:
        raise MeshError(_("{filename} holds no triangles: re-export it.").format(filename=filename))


def _check_values(arrays: MeshArrays, filename: str) -> None:
    if not np.isfinite(arrays.vertices).all():
        raise MeshError(_("{filename} has invalid (NaN or infinite) coordinates: re-export it from the "
                          "design program.").format(
                filename=filename))
    if arrays.vertices.size and np.abs(arrays.vertices).max() > 1e5:
        raise MeshError(_("{filename} is more than 100 m across: check the units it was exported in.").format(
                filename=filename))


def check_and_repair(arrays: MeshArrays, filename: str) -> CheckedMesh:
    """Merge the triangle soup, check it, and repair holes and normals when it can.

    The checks are numpy over compact index arrays (catalog.mesh_repair); trimesh is brought in only
    to write a repaired copy, so a clean 16 MB STL is checked without building a trimesh object.
    """
    vertices, faces = mesh_repair.merge_vertices(arrays.vertices, arrays.faces)
    problems: list[str] = []
    repairs: list[str] = []
    keep = mesh_repair.usable_faces(vertices, faces)
    if not keep.all():
        repairs.append(f"removed {int((~keep).sum())} degenerate or duplicate triangles")
        faces = faces[keep]
    del keep
    if len(faces) == 0:
        raise MeshError(_("{filename} holds only degenerate triangles: re-export it.").format(filename=filename))
    shape = mesh_repair.topology(faces)
    if not shape.is_winding_consistent:
        faces = _fix_winding(vertices, faces)
        shape = mesh_repair.topology(faces)
        if shape.is_winding_consistent:
            repairs.append("made triangle winding consistent")
    if not shape.is_watertight:
        vertices, faces = _fill_holes(vertices, faces, shape)
        shape = mesh_repair.topology(faces)
        if shape.is_watertight:
            repairs.append("filled holes")
        else:
            problems.append("the mesh has holes the importer could not close: check it before printing")
    volume = mesh_repair.signed_volume(vertices, faces)
    if shape.is_watertight and volume < 0:
        faces = np.ascontiguousarray(faces[:, ::-1])
        volume = -volume
        repairs.append("turned inside-out normals the right way")
    if not shape.is_winding_consistent:
        problems.append("triangle winding is inconsistent")
    extents = mesh_repair.extents(vertices, faces)
    report = MeshReport(
        triangle_count=len(faces),
        bbox_mm=(float(extents[0]), float(extents[1]), float(extents[2])),
        is_watertight=shape.is_watertight,
        is_winding_consistent=shape.is_winding_consistent,
        volume_mm3=volume if shape.is_watertight else None,
        problems=tuple(problems),
        repairs=tuple(repairs),
    )
    repaired = _export_stl(vertices, faces) if repairs else None
    return CheckedMesh(report, MeshArrays(vertices, faces), repaired)


def _export_stl(vertices: np.ndarray, faces: np.ndarray) -> bytes:
    """A binary STL written a chunk of faces at a time, byte for byte what trimesh's writer gives
    (zeroed header, unit normals computed the way trimesh does), so a repaired copy keeps its hash."""
    record = np.dtype([("normal", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
    pieces = [bytes(80), struct.pack("<I", len(faces))]
    for start in range(0, len(faces), _EXPORT_CHUNK_FACES):
        triangles = vertices[faces[start : start + _EXPORT_CHUNK_FACES]]
        vectors = np.diff(triangles, axis=1)
        crosses = np.cross(vectors[:, 0], vectors[:, 1])
        norm = np.sqrt(np.dot(crosses * crosses, [1.0, 1.0, 1.0]))
        is_valid = norm > _NORMAL_ZERO
        norm[is_valid] **= -1
        packed = np.zeros(len(triangles), dtype=record)
        packed["normal"][is_valid] = (crosses * norm.reshape((-1, 1)))[is_valid]
        packed["v"] = triangles
        pieces.append(packed.tobytes())
    return b"".join(pieces)


def _has_networkx() -> bool:
    return importlib.util.find_spec("networkx") is not None


def _fill_holes(vertices: np.ndarray, faces: np.ndarray, shape: mesh_repair.Topology) -> tuple[np.ndarray, np.ndarray]:
    # trimesh's own hole filling needs networkx, which Heliofab does not ship; use it where it exists.
    # It gives up on fewer than 3 faces or 3 rim edges before needing networkx: so does this.
    if len(faces) < 3 or shape.boundary_edges < 3:
        return vertices, faces
    if _has_networkx():
        import trimesh

        mesh = trimesh.Trimesh(vertices=vertices, faces=faces, process=False, validate=False)
        trimesh.repair.fill_holes(mesh)
        return np.asarray(mesh.vertices), np.asarray(mesh.faces)
    filled = mesh_repair.fill_holes(vertices, faces)
    return filled if filled is not None else (vertices, faces)


def _fix_winding(vertices: np.ndarray, faces: np.ndarray) -> np.ndarray:
    if _has_networkx():
        import trimesh

        mesh = trimesh.Trimesh(vertices=vertices, faces=faces, process=False, validate=False)
        trimesh.repair.fix_winding(mesh)
        return np.asarray(mesh.faces)
    fixed = mesh_repair.fix_winding(faces)
    return fixed if fixed is not None else faces
