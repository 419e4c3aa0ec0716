"""What `slice` takes: STL and 3MF files, catalogue designs by id and saved fits, turned into named meshes.

Files are read by the catalogue's defensive readers (binary and ASCII STL, 3MF build items with their
transforms, refusal of entity tricks, NaN and lying triangle counts), so the slicer and the import
agree on what a file holds. The slicer itself (printers/) cannot import catalog/: this module joins them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from catalog.meshes import MeshArrays, MeshError, read_3mf_items, read_stl
from i18n import _
from printers.slicer import SliceError
from printers.slicer.triangles import MeshLike, TriangleMesh

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.catalog_service import CatalogService
    from catalog.blobstore import BlobStore

_MESH_SUFFIXES = (".stl", ".3mf")


@dataclass(frozen=True)
class NamedPart:
    """One part for the slicer: a name the operator recognises and its mesh in millimetres (the
    slicer's own for files read here, trimesh's for generated frames)."""

    name: str
    mesh: MeshLike


@dataclass(frozen=True)
class FitParts:
    parts: list[NamedPart]
    material_id: str | None  # the material the fit was saved for (PETG for delivered frames)
    is_style_newer: bool


def read_mesh_file(path: Path) -> list[NamedPart]:
    """Every part of an STL (one) or a 3MF (one per build item). Raises SliceError, one sentence."""
    file = Path(path)
    if not file.is_file():
        raise SliceError(_("{file} does not exist: check the path.").format(file=file))
    suffix = file.suffix.lower()
    if suffix not in _MESH_SUFFIXES:
        raise SliceError(_("{file} is not an STL or 3MF file: export the part as STL or 3MF.").format(file=file.name))
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise SliceError(_("Cannot read {file} ({reason}): copy the file again.").format(
            file=file, reason=exc.strerror or exc)) from exc
    if not data:
        raise SliceError(_("{file} is empty: export the part again.").format(file=file.name))
    try:
        items = read_3mf_items(data, file.name) if suffix == ".3mf" else [(file.stem, read_stl(data, file.name))]
    except MeshError as exc:
        raise SliceError(str(exc)) from exc
    finally:
        del data
    parts = []
    for index, (name, arrays) in enumerate(items):
        _check_arrays(arrays, file.name)
        label = name if name and name != file.stem else file.stem
        if len(items) > 1 and label == file.stem:
            label = f"{file.stem} {index + 1}"
        parts.append(NamedPart(label, _as_mesh(arrays)))
    return parts


def is_frame_style(design_id: str) -> bool:
    """True for the parametric frame styles (their default frame set is what `--design` slices)."""
    from catalog.frames import UnknownStyleError, get_style

    try:
        get_style(design_id)
    except UnknownStyleError:
        return False
    return True


def design_parts(
    catalog: CatalogService, blobs: BlobStore,
    design_id: str,
    values: Mapping[str, object] | None = None,
    *,
    bed_x_mm: float | None = None,
    bed_y_mm: float | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> list[NamedPart]:
    """A catalogue design's parts for these parameter values (none: the design's defaults).

    A frame style (or the syringe clips) is generated and checked for the bed; an OpenSCAD design is
    rendered or found in the render cache, as the customizer shows it; an imported mesh design hands over
    its STL and 3MF files, which take no values. Raises SliceError, one sentence naming what to change.
    """
    from app.customize import OPERATOR_ERRORS, design_meshes, explain, resolve_operator_input
    from app.scad_customize import ScadCustomizer
    from catalog.frames import FrameGenerator, UnknownStyleError
    from catalog.store import CatalogError

    chosen = dict(values or {})
    generator = FrameGenerator()
    try:
        style = generator.style(design_id)
    except UnknownStyleError:
        style = None
    try:
        if style is not None:
            # Without a printer in mind, the generator's own bed (the common 220 mm one) is checked.
            params = resolve_operator_input(style.id, chosen, generator=generator)
            if bed_x_mm and bed_y_mm:
                frame = generator.generate(style.id, params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
            else:
                frame = generator.generate(style.id, params)
            return [NamedPart(part.name, part.mesh) for part in frame.parts]
        detail = catalog.get(design_id)
        if ScadCustomizer.is_scad(detail):
            design = ScadCustomizer(catalog).design(design_id)
            meshes = design_meshes(catalog, blobs, design_id, resolve_operator_input(design, chosen),
                                   is_cancelled=is_cancelled)
            return [NamedPart(name, mesh) for name, mesh in meshes]
    except CatalogError as exc:
        raise SliceError(str(exc)) from exc
    except OPERATOR_ERRORS as exc:
        raise SliceError(explain(exc)) from exc
    if chosen:
        raise SliceError(_("Design {design} has no parameters to set: slice it as it is, without --set.").format(
            design=design_id))
    mesh_files = [f for f in detail.files if f.role == "mesh" and f.filename.lower().endswith(_MESH_SUFFIXES)]
    if not mesh_files:
        raise SliceError(_("Design {design} has no STL or 3MF file to slice: add one to the design first.").format(
            design=design_id))
    parts: list[NamedPart] = []
    for spec in mesh_files:
        data = blobs.read_bytes(spec.sha256)
        try:
            if spec.filename.lower().endswith(".3mf"):
                items = read_3mf_items(data, spec.filename)
            else:
                items = [("", read_stl(data, spec.filename))]
        except MeshError as exc:
            raise SliceError(str(exc)) from exc
        for name, arrays in items:
            _check_arrays(arrays, spec.filename)
            parts.append(NamedPart(name or Path(spec.filename).stem, _as_mesh(arrays)))
    return parts


def design_material(design_id: str, values: Mapping[str, object] | None = None) -> str | None:
    """The material a parametric frame style's values choose (PETG for delivered frames), else None."""
    from catalog.frames import FrameGenerator, ParameterError, UnknownStyleError

    generator = FrameGenerator()
    try:
        resolved = generator.parameter_set(design_id, values if values is not None else {})
    except (UnknownStyleError, ParameterError):
        return None
    return resolved.text("material").lower() if "material" in resolved else None


def fit_parts(session_factory: sessionmaker[Session], fit_id: int, *, bed_x_mm: float, bed_y_mm: float) -> FitParts:
    """A saved fit regenerated with its stored parameters, as the queue does before slicing it."""
    from app.fitting.errors import FitInputError, FitNotFoundError
    from app.fitting.fits import reprint_fit

    try:
        reprint = reprint_fit(session_factory, fit_id, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
    except (FitNotFoundError, FitInputError) as exc:
        raise SliceError(str(exc)) from exc
    material = reprint.frame.material.lower()  # the checked value the parts were generated from
    parts = [NamedPart(part.name, part.mesh) for part in reprint.frame.parts]
    return FitParts(parts, material, reprint.is_style_newer)


def _check_arrays(arrays: MeshArrays, filename: str) -> None:
    if not np.isfinite(arrays.vertices).all():
        raise SliceError(_("{file} has invalid (NaN or infinite) coordinates: re-export it from the design program.")
                         .format(file=filename))


def _as_mesh(arrays: MeshArrays) -> TriangleMesh:
    # Not trimesh (a tenth of a second to import): the slicer merges vertices and repairs, and reports
    # what it repaired.
    return TriangleMesh(arrays.vertices, arrays.faces)
