"""Customizing an imported OpenSCAD design, Qt-free: its parameters, its renders (cached), its meshes.

The `customize` command, the Customizer screen and slicing by design id all come through here, so a
part is rendered once for a set of values and found again by every one of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

import trimesh

from app.catalog_service import CatalogService
from catalog.frames.params import ParamValue
from catalog.meshes import MeshArrays, MeshError, MeshReport, check_and_repair, read_mesh
from catalog.records import DesignDetail
from catalog.scad.design import ScadDesign, is_scad_manifest, load_scad_design
from catalog.scad.executable import OpenScad, find_openscad
from catalog.scad.render_cache import CachedRender, RenderCache, render_record
from catalog.scad.runner import DEFAULT_TIMEOUT_S, RenderError, render_stl
from i18n import _

CancelFn = Callable[[], bool]
ProgressFn = Callable[[float, str], None]
NEEDS_OPENSCAD = (
    "Customizing this design needs OpenSCAD, which is not installed on this computer: install it "
    "(openscad.org; on Debian `apt install openscad`), or bring its renders on a catalogue stick from a lab that has "
    "it."
)


class ScadCustomizeError(Exception):
    """One operator-readable line: the render failed, or OpenSCAD is missing; nothing was written."""


class OpenScadMissingError(ScadCustomizeError):
    pass


@dataclass(frozen=True)
class ScadPart:
    """One printable mesh of an OpenSCAD design: rendered now, found in the cache, or shipped with the download."""

    name: str
    stl: bytes
    arrays: MeshArrays
    report: MeshReport
    origin: str  # "render", "cache" or "download"
    key: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()

    def to_trimesh(self) -> trimesh.Trimesh:
        return trimesh.Trimesh(vertices=self.arrays.vertices, faces=self.arrays.faces, process=True)

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "origin": self.origin, "render_key": self.key,
                "render_seconds": round(self.seconds, 3), **self.report.to_json(), "warnings": list(self.warnings)}


class ScadCustomizer:
    """Renders through OpenSCAD when this computer has it, otherwise only from the cache."""

    def __init__(self, catalog: CatalogService, *, finder: Callable[[], OpenScad | None] = find_openscad) -> None:
        self._catalog = catalog
        self.cache = RenderCache(catalog.session_factory, catalog.blobs)
        self._finder = finder
        self._openscad: OpenScad | None = None
        self._has_looked = False
        self._lock = threading.Lock()

    def openscad(self) -> OpenScad | None:
        with self._lock:
            if not self._has_looked:
                self._openscad, self._has_looked = self._finder(), True
            return self._openscad

    def detail(self, design_id: str) -> DesignDetail:
        return self._catalog.get(design_id)

    @staticmethod
    def is_scad(detail: DesignDetail) -> bool:
        return is_scad_manifest(detail.manifest)

    def design(self, design_id: str) -> ScadDesign:
        return load_scad_design(self._catalog.get(design_id), self._catalog.blobs)

    def cached_part(self, design: ScadDesign, values: Mapping[str, ParamValue]) -> ScadPart | None:
        key = design.render_key(values)
        found = self.cache.get(key)
        if found is None:
            return None
        return self._part(design, self.cache.mesh_bytes(found), "cache", found)

    def default_parts(self, design_id: str) -> list[ScadPart]:
        """The meshes the download carried (what OpenSCAD made for its author), for labs without OpenSCAD."""
        detail = self._catalog.get(design_id)
        parts: list[ScadPart] = []
        for spec in detail.files:
            if spec.role != "mesh":
                continue
            data = self._catalog.blobs.read_bytes(spec.sha256)
            checked = check_and_repair(read_mesh(data, spec.filename), spec.filename)
            parts.append(ScadPart(PurePosixPath(spec.filename).stem, data, checked.arrays, checked.report, "download"))
        return parts

    def part(self, design: ScadDesign, values: Mapping[str, ParamValue], *, timeout_s: float = DEFAULT_TIMEOUT_S,
             is_cancelled: CancelFn | None = None, progress: ProgressFn | None = None) -> ScadPart:
        """The design rendered with `values` (already checked by `design.resolve`): from the cache, or by OpenSCAD."""
        cached = self.cached_part(design, values)
        if cached is not None:
            return cached
        openscad = self.openscad()
        if openscad is None:
            raise OpenScadMissingError(NEEDS_OPENSCAD)
        literals = design.literals(values)
        if progress is not None:
            progress(-1.0, "OpenSCAD is rendering")
        try:
            output = render_stl(openscad, design.files, design.main, literals, timeout_s=timeout_s,
                                is_cancelled=is_cancelled)
            checked = check_and_repair(read_mesh(output.stl, "render.stl"), "render.stl")
        except (RenderError, MeshError) as exc:
            raise ScadCustomizeError(str(exc)) from exc
        if checked.report.triangle_count == 0:
            raise ScadCustomizeError(_("These settings make no solid (OpenSCAD drew nothing): change the "
                                       "parameters."))
        stl = checked.repaired_stl if checked.repaired_stl is not None else output.stl
        record = render_record(design.render_key(values), design.design_id, design.source_sha256, literals,
                               checked.report.triangle_count, checked.report.bbox_mm, openscad.version, output.seconds)
        stored = self.cache.put(record, stl)
        return ScadPart(_part_name(design), stl, checked.arrays, checked.report, "render", stored.key,
                        output.seconds, output.warnings)

    def _part(self, design: ScadDesign, stl: bytes, origin: str, found: CachedRender) -> ScadPart:
        checked = check_and_repair(read_mesh(stl, "render.stl"), "render.stl")
        return ScadPart(_part_name(design), stl, checked.arrays, checked.report, origin, found.key,
                        found.render_seconds)


def _part_name(design: ScadDesign) -> str:
    return PurePosixPath(design.main).stem
