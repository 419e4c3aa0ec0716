"""Slicing as the app uses it: profiles from the DB, the built-in slicer (or PrusaSlicer when chosen),
then the analysis and the safety check, and only then a G-code file on disk."""

from __future__ import annotations

import enum
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.gcode_info import GcodeInfo, inspect_gcode, preview_gcode
from app.profile_snapshot import ProfileReader
from printers.gcode import (
    EnergyPhase,
    EnergySegment,
    GcodeAnalysis,
    GcodeSource,
    PreviewLayer,
    SafetyReport,
    analyze_gcode,
    check_gcode,
    parse_gcode,
    program_for_passes,
    read_gcode_lines,
)
from printers.profiles import MaterialProfile, PrinterProfile
from printers.prusa_backend import (
    ExternalSlicerError,
    find_prusa_slicer,
    slice_with_prusa,
)
from printers.slicer import (
    NamedMesh,
    PartInput,
    PrintMode,
    SeamPosition,
    SliceError,
    SliceSettings,
    first_layer_height_mm,
    settings_for_mode,
    slice_parts,
    write_text_atomically,
)
from printers.slicer.overhangs import overhang_report
from printers.slicer.parallel import side_by_side
from printers.slicer.triangles import MeshLike

if TYPE_CHECKING:
    # The database only stores a sliced file: `heliofab slice` reads its profiles without SQLAlchemy.
    from sqlalchemy.orm import Session, sessionmaker

    from catalog.blobstore import BlobStore

ProgressFn = Callable[[float, str], None]
DEFAULT_MATERIAL_ID = "pla"
GCODE_MEDIA_TYPE = "text/x.gcode"
ONE_HOUR_MIN = 60.0  # the promise: a frame set printed on site in under an hour


class SlicerBackend(enum.Enum):
    BUILTIN = "builtin"
    PRUSA = "prusa"


class UnsafeGcodeError(ValueError):
    """The G-code failed the safety check; `report` lists the problems with line numbers."""

    def __init__(self, report: SafetyReport) -> None:
        super().__init__(report.summary())
        self.report = report


@dataclass(frozen=True)
class Estimate:
    """What the operator sees before queueing."""

    print_minutes: float
    heat_up_minutes: float
    filament_g: float
    filament_m: float
    material_cost: float
    energy_wh: float
    peak_w: float
    layers: int

    @property
    def total_minutes(self) -> float:
        """What the operator waits: heating up and printing."""
        return self.print_minutes + self.heat_up_minutes

    @property
    def is_within_one_hour(self) -> bool:
        return self.total_minutes <= ONE_HOUR_MIN

    @classmethod
    def from_analysis(cls, analysis: GcodeAnalysis) -> Estimate:
        return cls(
            print_minutes=analysis.print_time_s / 60.0,
            heat_up_minutes=analysis.heat_up_s / 60.0,
            filament_g=analysis.filament_g,
            filament_m=analysis.filament_mm / 1000.0,
            material_cost=analysis.material_cost,
            energy_wh=analysis.energy_wh,
            peak_w=analysis.peak_w,
            layers=analysis.layers,
        )


@dataclass(frozen=True)
class SliceOutcome:
    output: Path
    printer: PrinterProfile
    material: MaterialProfile
    settings: SliceSettings
    backend: SlicerBackend
    analysis: GcodeAnalysis
    safety: SafetyReport
    estimate: Estimate
    slice_seconds: float
    repaired_parts: tuple[str, ...]
    part_names: tuple[str, ...]
    repairs: tuple[str, ...] = ()  # what the built-in slicer repaired, one sentence per part
    warnings: tuple[str, ...] = ()  # where parts would print on air, per part, with where it is


def is_prusa_available() -> bool:
    return find_prusa_slicer() is not None


def slice_to_file(
    profiles: ProfileReader,
    inputs: Sequence[PartInput],
    output: Path,
    *,
    printer_id: str,
    material_id: str | None = None,
    settings: SliceSettings | None = None,
    backend: SlicerBackend = SlicerBackend.BUILTIN,
    mode: PrintMode = PrintMode.STANDARD,
    progress: ProgressFn | None = None,
) -> SliceOutcome:
    """Slice, analyse and check; the file appears only when all of it passed. Without `settings`,
    those of `mode` (the frames mode for frame sets) for this printer and material.

    Raises SliceError, ExternalSlicerError, UnknownProfileError or UnsafeGcodeError, each one sentence.
    """
    printer = profiles.printer(printer_id)
    material = profiles.material(material_id or DEFAULT_MATERIAL_ID)
    settings = settings or settings_for_mode(mode, printer, material)
    if settings.has_supports and backend is SlicerBackend.BUILTIN:
        raise SliceError("The built-in slicer makes no supports: choose the PrusaSlicer backend for supports.")
    report = progress or (lambda fraction, message: None)
    started = time.perf_counter()
    repaired: tuple[str, ...] = ()
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    names: tuple[str, ...]
    program: GcodeSource
    output = Path(output)
    if backend is SlicerBackend.PRUSA:
        with tempfile.TemporaryDirectory(prefix="heliofab-slice-") as tmp:
            paths, names = _as_paths(inputs, Path(tmp))
            staged = Path(tmp) / "out.gcode"
            report(-1.0, "PrusaSlicer is slicing")
            slice_with_prusa(paths, staged, printer, material, settings)
            program = parse_gcode(read_gcode_lines(staged))
            outcome_text = staged.read_text(encoding="utf-8", errors="replace")
    else:
        result = slice_parts(list(inputs), printer, material, settings, progress=lambda f, m: report(0.9 * f, m))
        # The built-in slicer hands over its commands already parsed; the print runner checks the
        # file's text again before it streams a line of it.
        program = result.program or program_for_passes(result.gcode.splitlines())
        outcome_text = result.gcode
        repaired = result.repaired_parts
        repairs = result.repairs
        warnings = tuple(overhang_report(result.overhangs))
        names = result.part_names
    seconds = time.perf_counter() - started
    report(0.92, "checking the G-code and estimating time and energy")
    # The estimate and the check each walk every command: on the command line they run side by side.
    passes: list[Callable[[], GcodeAnalysis | SafetyReport | Exception]] = [
        partial(_estimate_or_its_error, program, printer, material), partial(check_gcode, program, printer)]
    estimated, checked = side_by_side(passes)
    safety = cast(SafetyReport, checked)
    if not safety.is_safe:  # the check's verdict comes first, as when the two ran in turn
        raise UnsafeGcodeError(safety)
    if isinstance(estimated, Exception):
        raise estimated
    analysis = cast(GcodeAnalysis, estimated)
    write_text_atomically(output, outcome_text)
    report(1.0, "done")
    return SliceOutcome(
        output=output,
        printer=printer,
        material=material,
        settings=settings,
        backend=backend,
        analysis=analysis,
        safety=safety,
        estimate=Estimate.from_analysis(analysis),
        slice_seconds=seconds,
        repaired_parts=repaired,
        part_names=names,
        repairs=repairs,
        warnings=warnings,
    )


def _estimate_or_its_error(
    program: GcodeSource, printer: PrinterProfile, material: MaterialProfile
) -> GcodeAnalysis | Exception:
    try:
        return analyze_gcode(program, printer, material)
    except Exception as exc:  # raised once the check has had its say
        return exc


def store_gcode(blobs: BlobStore, session_factory: sessionmaker[Session], path: Path) -> str:
    """Moves a sliced file into the content-addressed store (with its DB row) and returns its SHA-256,
    what a print job keeps; the temporary file goes."""
    from catalog.blobstore import register_blob
    from db.engine import unit_of_work

    ref = blobs.put_file(Path(path))
    with unit_of_work(session_factory) as session:
        register_blob(session, ref, GCODE_MEDIA_TYPE)
    Path(path).unlink(missing_ok=True)
    return ref.sha256


def new_slice_path(folder: Path) -> Path:
    """A fresh file name for G-code made in the app, before the queue stores it."""
    return folder / "slices" / f"slice-{os.urandom(6).hex()}.gcode"


def _as_paths(inputs: Sequence[PartInput], folder: Path) -> tuple[list[Path], tuple[str, ...]]:
    """STL files for an external slicer (meshes are written to `folder`), and the parts' names."""
    paths = []
    names = []
    for index, item in enumerate(inputs):
        if isinstance(item, (str, Path)):
            paths.append(Path(item))
            names.append(Path(item).stem)
            continue
        mesh: MeshLike
        if hasattr(item, "vertices") and hasattr(item, "faces"):  # a mesh, ours or trimesh's
            name = str((getattr(item, "metadata", None) or {}).get("name") or f"part-{index + 1}")
            mesh = cast(MeshLike, item)
        elif isinstance(item, tuple):
            name, mesh = str(item[0]), item[1]
        else:
            name, mesh = str(getattr(item, "name", "") or f"part-{index + 1}"), cast(NamedMesh, item).mesh
        # Named after the part: PrusaSlicer's messages name the object by its file ("Object name: ...").
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name).strip("._") or f"part-{index + 1}"
        path = folder / f"{safe}.stl"
        if path.exists():
            path = folder / f"{safe}-{index + 1}.stl"
        mesh.export(path)
        paths.append(path)
        names.append(name)
    return paths, tuple(names)


__all__ = [
    "DEFAULT_MATERIAL_ID",
    "ONE_HOUR_MIN",
    "EnergyPhase",
    "EnergySegment",
    "Estimate",
    "ExternalSlicerError",
    "GcodeInfo",
    "PreviewLayer",
    "PrintMode",
    "SeamPosition",
    "SliceError",
    "SliceOutcome",
    "SliceSettings",
    "SlicerBackend",
    "UnsafeGcodeError",
    "first_layer_height_mm",
    "inspect_gcode",
    "is_prusa_available",
    "new_slice_path",
    "preview_gcode",
    "settings_for_mode",
    "slice_to_file",
    "store_gcode",
]
