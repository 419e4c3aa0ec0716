"""Files out of a frame: one STL per part, a 3MF plate, OpenSCAD parameter sets, and the whole set as a folder."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import trimesh

from catalog.folder_swap import recover_swaps, replace_folder
from catalog.foreign_ground import is_link, lstat_or_none
from catalog.frames.generator import FrameResult
from catalog.frames.params import ParamValue
from i18n import _

SCAD_FORMAT_VERSION = "1"
REPORT_NAME = "report.json"
REPORT_KIND = "heliofab-frame-set"
# Folders Heliofab wrote itself (a frame set, or the parts of another parametric design): --out may replace them.
REPLACEABLE_KINDS = (REPORT_KIND, "heliofab-design-set")


class ParameterSetError(ValueError):
    """An OpenSCAD parameter-set file that cannot be read."""


@dataclass(frozen=True)
class FilamentUse:
    """What a frame set takes of the material it is made of, weighed and priced by that material's profile."""

    material: str  # the material profile's name, as the operator chose it
    grams: float
    cost: float


class OutputFolderError(OSError):
    """The output folder cannot be used."""


def stl_bytes(mesh: trimesh.Trimesh, name: str) -> bytes:
    import stl  # numpy-stl: imported here so loading the package stays quick

    solid = stl.Mesh(np.zeros(len(mesh.faces), dtype=stl.Mesh.dtype))
    solid.vectors[:] = mesh.triangles
    buffer = io.BytesIO()
    solid.save(name, fh=buffer, mode=stl.Mode.BINARY, update_normals=True)
    return buffer.getvalue()


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="model" ContentType="application/vnd.ms-package.3dmanufacturing-3dmodel+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Target="/3D/3dmodel.model" Id="rel0" '
    'Type="http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel"/></Relationships>'
)


def threemf_bytes(result: FrameResult, title: str) -> bytes:
    """A 3MF plate with every part where the layout put it on the bed."""
    objects, items = [], []
    for index, part in enumerate(result.parts, start=1):
        verts = "".join(f'<vertex x="{x:.4f}" y="{y:.4f}" z="{z:.4f}"/>' for x, y, z in part.mesh.vertices)
        tris = "".join(f'<triangle v1="{a}" v2="{b}" v3="{c}"/>' for a, b, c in part.mesh.faces)
        objects.append(f'<object id="{index}" type="model" name="{part.name}"><mesh><vertices>{verts}</vertices>'
                       f"<triangles>{tris}</triangles></mesh></object>")
        items.append(f'<item objectid="{index}"/>')
    model = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<model unit="millimeter" xml:lang="en-US" '
        'xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">'
        f'<metadata name="Title">{_xml(title)}</metadata><metadata name="Application">Heliofab</metadata>'
        f"<resources>{''.join(objects)}</resources><build>{''.join(items)}</build></model>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("3D/3dmodel.model", model)
    return buffer.getvalue()


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def scad_value(value: ParamValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return "[" + ", ".join(scad_value(v) for v in value) + "]"
    return str(value)


def export_parameter_sets(sets: Mapping[str, Mapping[str, ParamValue]]) -> dict[str, Any]:
    """OpenSCAD Customizer parameter-set JSON: every value a string."""
    return {
        "parameterSets": {name: {k: scad_value(v) for k, v in values.items()} for name, values in sets.items()},
        "fileFormatVersion": SCAD_FORMAT_VERSION,
    }


def import_parameter_sets(data: object) -> dict[str, dict[str, str]]:
    """The named sets of an OpenSCAD parameter-set document (values still strings; resolve them per style)."""
    if not isinstance(data, dict) or not isinstance(data.get("parameterSets"), dict):
        raise ParameterSetError(_("This is not an OpenSCAD parameter-set file (no \"parameterSets\")."))
    version = str(data.get("fileFormatVersion", SCAD_FORMAT_VERSION))
    if version != SCAD_FORMAT_VERSION:
        raise ParameterSetError(_("Parameter-set file format {version} is not supported (only "
                                  "{SCAD_FORMAT_VERSION}).").format(
                version=version, SCAD_FORMAT_VERSION=SCAD_FORMAT_VERSION))
    sets: dict[str, dict[str, str]] = {}
    for name, values in data["parameterSets"].items():
        if not isinstance(values, dict):
            raise ParameterSetError(_("Parameter set {name!r} is not a list of name/value pairs.").format(
                    name=name))
        sets[str(name)] = {str(k): str(v) for k, v in values.items()}
    return sets


def read_parameter_set(path: Path, set_name: str | None = None) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParameterSetError(_("Cannot read parameter sets from {path}: {error}.").format(
                path=path, error=exc)) from None
    sets = import_parameter_sets(data)
    if not sets:
        raise ParameterSetError(_("{path} holds no parameter sets.").format(path=path))
    if set_name is None:
        if len(sets) > 1:
            raise ParameterSetError(_("{path} holds several sets ({value}): name one.").format(
                    path=path, value=', '.join(sets)))
        return next(iter(sets.values()))
    if set_name not in sets:
        raise ParameterSetError(_("{path} has no set called {set_name!r}: choose one of {value}.").format(
                path=path, set_name=set_name, value=', '.join(sets)))
    return sets[set_name]


def frame_report(result: FrameResult, files: list[str], filament: FilamentUse) -> dict[str, Any]:
    from catalog.frames.checks import CHECK_NAMES

    return {
        "kind": REPORT_KIND,
        "style_id": result.style_id,
        "parameters": result.params.as_dict(),
        "derived": result.derived,
        "lens_centres_mm": {"right": list(result.lens_centres_mm[0]), "left": list(result.lens_centres_mm[1])},
        "parts": [
            {"name": p.name, "bounds_mm": p.bounds_mm, "volume_mm3": round(p.volume_mm3, 1),
             "triangles": len(p.mesh.faces), "is_watertight": bool(p.mesh.is_watertight),
             "is_rotated": bool(p.placement.is_rotated) if p.placement else False}
            for p in result.parts
        ],
        "bed_mm": list(result.bed_mm),
        "filament_g": round(filament.grams, 2),
        "material": filament.material,
        "material_cost": round(filament.cost, 3),
        "checks_passed": list(CHECK_NAMES),
        "warnings": [w.to_json() for w in result.warnings],
        "files": files,
    }


def frame_files(result: FrameResult, template_svg: str, set_name: str, filament: FilamentUse) -> dict[str, bytes]:
    """Every file of a frame set, in memory, named as they will be in the folder."""
    files: dict[str, bytes] = {}
    for part in result.parts:
        files[f"{part.name}.stl"] = stl_bytes(part.mesh, part.name)
    files["plate.3mf"] = threemf_bytes(result, f"{result.style_id} {result.derived['marking']}")
    files["template.svg"] = template_svg.encode("utf-8")
    scad = export_parameter_sets({set_name: result.params})
    files["parameters.json"] = (json.dumps(scad, indent=2) + "\n").encode("utf-8")
    report = frame_report(result, sorted([*files, REPORT_NAME]), filament)
    files[REPORT_NAME] = (json.dumps(report, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8")
    return files


def write_folder_atomically(out_dir: Path, files: Mapping[str, bytes]) -> Path:
    """Writes the set beside out_dir, then puts it in place in one journalled swap (see catalog.folder_swap).

    An existing out_dir is replaced only if it is empty or holds an earlier frame set (its report.json says so);
    a process stopped at any point leaves the old folder or the new one, once the swap's journal is finished
    (by the next write there, or `heliofab doctor --repair`).
    """
    parent = out_dir.parent.resolve()
    out_dir = parent / out_dir.name
    if not parent.is_dir():
        raise OutputFolderError(_("The folder {parent} does not exist: create it or choose another --out.").format(
                parent=parent))
    recover_swaps(parent, name=out_dir.name)
    st = lstat_or_none(out_dir)
    if st is not None and is_link(st):
        raise OutputFolderError(_("{out_dir} is a link to another place: choose a real folder for --out.").format(
                out_dir=out_dir))
    if st is not None and not _is_replaceable(out_dir):
        raise OutputFolderError(_("{out_dir} already holds other files: choose an empty or new folder.").format(
                out_dir=out_dir))
    return replace_folder(out_dir, files)


def _is_replaceable(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    entries = list(folder.iterdir())
    if not entries:
        return True
    report = folder / REPORT_NAME
    try:
        return json.loads(report.read_text(encoding="utf-8")).get("kind") in REPLACEABLE_KINDS
    except (OSError, ValueError, AttributeError):
        return False
