"""Customizing a parametric design (a frame style or an OpenSCAD design), Qt-free: what the `customize`
command, the Customizer screen and slicing by design id share."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.scad_customize import ScadCustomizeError
from catalog.frames import (
    FrameGenerator,
    FramePreview,
    FrameRejectedError,
    FrameResult,
    ParameterError,
    ParameterSet,
    UnknownStyleError,
)
from catalog.frames.checks import FrameProblem
from catalog.frames.export import (
    REPLACEABLE_KINDS,
    FilamentUse,
    OutputFolderError,
    ParameterSetError,
    export_parameter_sets,
    frame_files,
    frame_report,
    read_parameter_set,
    write_folder_atomically,
)
from catalog.frames.generator import DEFAULT_BED_MM
from catalog.frames.svg import template_svg_for
from catalog.frames.wording import FormWords, FrameFix
from catalog.scad.design import NotScadDesignError, ScadDesign
from catalog.scad.runner import DEFAULT_TIMEOUT_S
from catalog.store import CatalogError
from i18n import _
from printers.profiles import UnknownProfileError

if TYPE_CHECKING:
    import trimesh

    from app.catalog_service import CatalogService
    from app.profile_snapshot import ProfileReader
    from app.scad_customize import ScadCustomizer, ScadPart
    from catalog.blobstore import BlobStore
    from printers.profiles import PrinterProfile

__all__ = [
    "OPERATOR_ERRORS",
    "CustomizeError",
    "CustomizedFrame",
    "DesignSetWritten",
    "FilamentUse",
    "FrameGenerator",
    "FramePreview",
    "FrameResult",
    "FrameSetWritten",
    "customized_frame",
    "design_meshes",
    "explain",
    "export_parameter_sets",
    "fitted_bridge_mm",
    "frame_filament",
    "parse_assignments",
    "read_parameter_set",
    "resolve_operator_input",
    "template_svg_text",
    "thumbnail_svg_text",
    "vetted_preview",
    "with_bridge_following_pd",
    "write_frame_set",
    "write_scad_set",
]


class CustomizeError(Exception):
    """One operator-readable line: which parameter or check, and what to change."""


# Failures that are the operator's to fix; each explains itself in one line (see `explain`).
OPERATOR_ERRORS: tuple[type[Exception], ...] = (
    CustomizeError, ParameterError, UnknownStyleError, FrameRejectedError, ParameterSetError, OutputFolderError,
    ScadCustomizeError, NotScadDesignError, CatalogError, UnknownProfileError,
)
DESIGN_SET_KIND = REPLACEABLE_KINDS[1]


@dataclass(frozen=True)
class FrameSetWritten:
    out_dir: Path
    result: FrameResult
    report: dict[str, Any]
    filament: FilamentUse


def parse_assignments(items: list[str]) -> dict[str, str]:
    """`NAME=VALUE` strings (one parameter each) as a mapping; later ones win."""
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise CustomizeError(_("--set needs NAME=VALUE (one parameter each), not {item!r}.").format(
                    item=item))
        values[name.strip()] = value.strip()
    return values


def resolve_operator_input(design: str | ScadDesign, values: Mapping[str, object], *,
                           generator: FrameGenerator | None = None) -> ParameterSet:
    """The edge of the main path: what the operator gave (`--set`, a parameter-set file, the window's form)
    checked once against the design's declaration. Everything after it takes and returns the ParameterSet.

    `design` is a frame style id (checked by `generator`, the bundled catalogue's when none is given) or an
    OpenSCAD design. Raises ParameterError or UnknownStyleError, one sentence each (see `explain`)."""
    if isinstance(design, ScadDesign):
        return design.resolve(values)
    return (generator or FrameGenerator()).resolve(design, values)


def explain(exc: Exception) -> str:
    if isinstance(exc, FrameRejectedError):
        first = exc.problems[0]
        more = len(exc.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''}: `--check` lists them all)" if more else ""
        return f"{first.text()}{tail}"
    return str(exc)


def fitted_bridge_mm(values: Mapping[str, object]) -> float | None:
    """The bridge that puts the lens centres on the pupils: right PD + left PD - lens width (the centration
    check's rule), or None when these values have no PD, lens width or bridge. Self-adjustable frames name
    their lens width after the module they hold."""
    width = values.get("lens_width_mm", values.get("module_diameter_mm"))
    if width is None or "bridge_mm" not in values or "pd_right_mm" not in values or "pd_left_mm" not in values:
        return None
    return round(float(values["pd_right_mm"]) + float(values["pd_left_mm"]) - float(width), 2)  # type: ignore[arg-type]


def with_bridge_following_pd(generator: FrameGenerator, style_id: str,
                             values: Mapping[str, object]) -> dict[str, object]:
    """`values` with the bridge recomputed from the PD and lens width, when the style's bridge range holds it;
    the values unchanged otherwise (the centration check then says what to do)."""
    out = dict(values)
    resolved = generator.resolve(style_id, values)
    bridge = fitted_bridge_mm(resolved)
    if bridge is None:
        return out
    declared = generator.style(style_id).parameter("bridge_mm")
    if (declared.min is not None and bridge < declared.min) or (declared.max is not None and bridge > declared.max):
        return out
    out["bridge_mm"] = bridge
    return out


def vetted_preview(generator: FrameGenerator, style_id: str, values: ParameterSet, *,
                   bed_x_mm: float = DEFAULT_BED_MM, bed_y_mm: float = DEFAULT_BED_MM) -> FramePreview:
    """The preview, offering only fixes that mend their problem without breaking another check.

    Each proposed fix is applied and every check run again. A fix that creates a new failure (a bridge
    narrowed for centration that the nose no longer clears) is joined with a fix the new failure proposes,
    and offered so only when the pair creates nothing new; otherwise it is not offered at all."""
    preview = generator.preview(style_id, values, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
    findings = [*preview.problems, *preview.warnings]
    if not any(f.fixes for f in findings):
        return preview
    failing = {p.check for p in preview.problems}
    words = FormWords(generator.style(style_id).parameters)

    def outcome_of(fix: FrameFix, finding: FrameProblem, *, is_problem: bool) -> tuple[bool, list[FrameProblem]]:
        """Whether `fix` is acceptable (mends its problem, breaks nothing else), and what fails after it."""
        try:
            changed = preview.params.with_changes(fix.as_dict())
        except ParameterError:
            return False, []  # outside the form's range: not a fix the operator could enter
        after = generator.preview(style_id, changed, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm).problems
        checks = {p.check for p in after}
        is_mended = not is_problem or finding.check not in checks
        return is_mended and not checks - failing, [p for p in after if p.check not in failing]

    def offered(finding: FrameProblem, *, is_problem: bool) -> FrameProblem:
        kept: list[FrameFix] = []
        for fix in finding.fixes:
            is_good, created = outcome_of(fix, finding, is_problem=is_problem)
            if is_good:
                kept.append(fix)
                continue
            for joined in (fix.merged(second) for other in created for second in other.fixes):
                if joined not in kept and outcome_of(joined, finding, is_problem=is_problem)[0]:
                    kept.append(joined)
                    break
        if tuple(kept) == finding.fixes:
            return finding
        return replace(finding, fixes=tuple(kept), suggestion=words.suggestion(tuple(kept), finding.advice))

    return replace(preview, problems=[offered(p, is_problem=True) for p in preview.problems],
                   warnings=[offered(w, is_problem=False) for w in preview.warnings])


def frame_filament(result: FrameResult, profiles: ProfileReader, printer: PrinterProfile | None = None) -> FilamentUse:
    """Grams and cost of a frame in the material the operator chose, as the slicer's frames mode will print
    it (perimeters, solid shells, infill), priced by that material's profile (the lab's own price when it
    set one). `printer` defaults to the first profile with the frame's nozzle; slicing gives the exact figure."""
    from printers.slicer import frames_settings
    from printers.slicer.estimate import estimate_volume_mm3

    material = profiles.material(result.material)
    printer = printer or _printer_for(profiles, result.params.number("nozzle_mm"))
    volume = estimate_volume_mm3([part.mesh for part in result.parts], printer, frames_settings(printer, material))
    grams = material.grams_of(volume)
    return FilamentUse(material.name, grams, material.cost_of(grams))


def _printer_for(profiles: ProfileReader, nozzle_mm: float) -> PrinterProfile:
    printers = profiles.printers()
    if not printers:
        raise CustomizeError(_("No printer profile is set up: add one with `heliofab printers add`."))
    return next((p for p in printers if abs(p.nozzle_mm - nozzle_mm) < 1e-6), printers[0])


def write_frame_set(generator: FrameGenerator, style_id: str, params: ParameterSet,
                    out_dir: Path, *, profiles: ProfileReader, bed_x_mm: float = DEFAULT_BED_MM,
                    bed_y_mm: float = DEFAULT_BED_MM, set_name: str | None = None) -> FrameSetWritten:
    """Checks, generates and writes every file of a frame set; on any refusal nothing is written.

    `params` is the style's ParameterSet (see `resolve_operator_input`)."""
    try:
        preview = vetted_preview(generator, style_id, params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
        result = generator.generate(style_id, preview.params, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm, preview=preview)
        filament = frame_filament(result, profiles)
        files = frame_files(result, template_svg_for(preview), set_name or f"{style_id} {date.today().isoformat()}",
                            filament)
        written = write_folder_atomically(out_dir, files)
    except (ParameterError, UnknownStyleError, FrameRejectedError, OutputFolderError, ParameterSetError,
            UnknownProfileError) as exc:
        raise CustomizeError(explain(exc)) from exc
    except OSError as exc:
        raise CustomizeError(_("Could not write {out_dir}: {value}.").format(
                out_dir=out_dir, value=exc.strerror or exc)) from exc
    return FrameSetWritten(written, result, frame_report(result, sorted(files), filament), filament)


@dataclass(frozen=True)
class CustomizedFrame:
    """What "save as a fit" hands on: the style, its version, the parameters and the derived numbers."""

    style_id: str
    style_version: int
    params: ParameterSet
    derived: dict[str, Any]

    def parameter_set(self, name: str) -> dict[str, Any]:
        """The same values as an OpenSCAD Customizer parameter set (values as strings)."""
        return export_parameter_sets({name: self.params})


def customized_frame(generator: FrameGenerator, preview: FramePreview) -> CustomizedFrame:
    style = generator.style(preview.style_id)
    return CustomizedFrame(preview.style_id, style.version, preview.params, dict(preview.derived))


def template_svg_text(preview: FramePreview) -> str:
    return template_svg_for(preview)


def thumbnail_svg_text(preview: FramePreview) -> str:
    from catalog.frames.svg import thumbnail_svg_for

    return thumbnail_svg_for(preview)


@dataclass(frozen=True)
class DesignSetWritten:
    """The parts of an OpenSCAD design written to a folder, with what was written and how it was made."""

    out_dir: Path
    parts: tuple[ScadPart, ...]
    report: dict[str, Any]


def write_scad_set(customizer: ScadCustomizer, design: ScadDesign, params: ParameterSet,
                   out_dir: Path, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                   is_cancelled: Callable[[], bool] | None = None, set_name: str | None = None) -> DesignSetWritten:
    """Renders (or finds the render of) the design's ParameterSet and writes the STL, the parameter set and a
    report, all at once; on any refusal (a set made for another design included) nothing is written."""
    try:
        values = design.parameter_set(params)
        part = customizer.part(design, values, timeout_s=timeout_s, is_cancelled=is_cancelled)
        name = set_name or f"{design.design_id} {date.today().isoformat()}"
        files: dict[str, bytes] = {f"{part.name}.stl": part.stl}
        scad = export_parameter_sets({name: values})
        files["parameters.json"] = (json.dumps(scad, indent=2) + "\n").encode("utf-8")
        report: dict[str, Any] = {
            "kind": DESIGN_SET_KIND,
            "design_id": design.design_id,
            "title": design.title,
            "parameters": {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()},
            "parts": [part.to_json()],
            "files": sorted([*files, "report.json"]),
        }
        files["report.json"] = (json.dumps(report, indent=2, sort_keys=True) + "\n").encode("utf-8")
        written = write_folder_atomically(out_dir, files)
    except (ParameterError, OutputFolderError) as exc:
        raise CustomizeError(explain(exc)) from exc
    except OSError as exc:
        raise CustomizeError(_("Could not write {out_dir}: {value}.").format(
                out_dir=out_dir, value=exc.strerror or exc)) from exc
    return DesignSetWritten(written, (part,), report)


def design_meshes(catalog: CatalogService, blobs: BlobStore, design_id: str,
                  values: ParameterSet | None = None, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                  is_cancelled: Callable[[], bool] | None = None) -> list[tuple[str, trimesh.Trimesh]]:
    """The printable meshes of any catalogue design for its ParameterSet (None: the design's defaults):
    what slicing a design slices. Operator input becomes the set through `resolve_operator_input`.

    A frame style is generated; an OpenSCAD design is rendered (or found in the render cache, so the
    customizer's render and the slicer's are the same file); a mesh design hands over its files.
    """
    from app.scad_customize import ScadCustomizer
    from catalog.meshes import read_mesh

    generator = FrameGenerator()
    if design_id in {style.id for style in generator.catalogue.list()}:
        try:
            params = values if values is not None else generator.resolve(design_id, {})
            result = generator.generate(design_id, params)
        except (ParameterError, FrameRejectedError) as exc:
            raise CustomizeError(explain(exc)) from exc
        return [(part.name, part.mesh) for part in result.parts]
    customizer = ScadCustomizer(catalog)
    detail = customizer.detail(design_id)
    if customizer.is_scad(detail):
        design = customizer.design(design_id)
        # A set made for another design is refused by parameter_set rather than rendered.
        params = design.parameter_set(values) if values is not None else design.resolve({})
        part = customizer.part(design, params, timeout_s=timeout_s, is_cancelled=is_cancelled)
        return [(part.name, part.to_trimesh())]
    if values:
        raise CustomizeError(_("{design_id} has no parameters to set: slice it as it is.").format(
                design_id=design_id))
    import trimesh as trimesh_module

    meshes: list[tuple[str, trimesh.Trimesh]] = []
    for spec in detail.files:
        if spec.role == "mesh":
            arrays = read_mesh(blobs.read_bytes(spec.sha256), spec.filename)
            meshes.append((Path(spec.filename).stem, trimesh_module.Trimesh(arrays.vertices, arrays.faces)))
    if not meshes:
        raise CustomizeError(_("{design_id} has no mesh to print.").format(design_id=design_id))
    return meshes
