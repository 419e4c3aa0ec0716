"""`heliofab slice`, `heliofab gcode info` and `heliofab printers profiles` / `printers materials`."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import (
    CliContext,
    CliError,
    CommandResult,
    add_json_flag,
    command_group,
    format_table,
)
from app.money import CostFormat
from i18n import N_, _

if TYPE_CHECKING:
    from printers.gcode import GcodeAnalysis, SafetyReport


# The choices of SeamPosition and SlicerBackend, spelled out so `heliofab --help` needn't load the slicer
# (a test keeps them equal).
SEAM_CHOICES = ("rear", "nearest")
BACKEND_CHOICES = ("builtin", "prusa")
# The operator's names for the --backend and --mode values, which stay as typed on the command line and in --json.
_SLICER_NAMES = {"builtin": N_("built-in slicer"), "prusa": N_("PrusaSlicer")}
_MODE_NAMES = {"standard": N_("standard mode"), "frames": N_("frames mode")}
MODE_CHOICES = ("standard", "frames")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "slice", help="slice STL/3MF parts, a catalogue design or a saved fit onto one plate and write checked G-code"
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="STL (binary or ASCII) or 3MF files; every object of a 3MF is a part; all go on one plate",
    )
    parser.add_argument("--design", metavar="ID", help="slice a catalogue design (a frame style's default frame set)")
    parser.add_argument("--set", dest="assignments", action="append", default=[], metavar="NAME=VALUE",
                        help="with --design: set one parameter of a parametric design (repeat for more)")
    parser.add_argument("--fit", type=int, metavar="FIT_ID", help="slice a saved fit, regenerated as the queue does")
    parser.add_argument(
        "--printer", required=True, metavar="PROFILE", help="printer profile id (see `printers profiles`)"
    )
    parser.add_argument("--material", metavar="NAME", help="material id or name (default: the lab's, `settings show`)")
    parser.add_argument(
        "--mode",
        choices=MODE_CHOICES,
        help="print mode: standard, or frames (thicker layers, faster first layer and travel, bed lowered "
        "after the first layers: the default for --design frame styles and --fit)",
    )
    parser.add_argument(
        "--layer-height", type=float, metavar="MM", help="layer height (default: the mode's, from the printer profile)"
    )
    parser.add_argument("--perimeters", type=int, metavar="N", help="perimeters (default 2)")
    parser.add_argument("--infill", type=float, metavar="PCT", help="sparse infill percent (default 20)")
    parser.add_argument("--skirt", type=int, metavar="LOOPS", help="skirt loops (default 1, 0 for none)")
    parser.add_argument(
        "--supports", action="store_true", help="support overhangs (PrusaSlicer backend only)"
    )
    parser.add_argument(
        "--seam",
        choices=SEAM_CHOICES,
        default="rear",
        help="where loops start: rear (seams line up, default) or nearest (least travel)",
    )
    parser.add_argument(
        "--backend",
        choices=BACKEND_CHOICES,
        default="builtin",
        help="built-in slicer (default) or PrusaSlicer when installed",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT.gcode", help="where to write the G-code")
    add_json_flag(parser)
    parser.set_defaults(func=slice_command)

    gcode = command_group(subparsers, "gcode", "inspect G-code files")
    info = gcode.add_parser("info", help="time, filament, energy and safety check of any G-code file")
    info.add_argument("file", metavar="FILE.gcode")
    info.add_argument("--printer", metavar="PROFILE", help="check against this printer (default: any large printer)")
    info.add_argument("--material", metavar="NAME", help="material for grams and cost (default: PLA density)")
    info.add_argument("--allow-firmware-changes", action="store_true", help="accept EEPROM writes and similar")
    add_json_flag(info)
    info.set_defaults(func=gcode_info_command)

    printers = command_group(subparsers, "printers", "printers and their profiles")
    profiles = printers.add_parser("profiles", help="list printer profiles (bundled presets and your own)")
    add_json_flag(profiles)
    profiles.set_defaults(func=profiles_command)
    materials = printers.add_parser("materials", help="list material profiles")
    add_json_flag(materials)
    materials.set_defaults(func=materials_command)


def slice_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.slice_inputs import (
        NamedPart,
        design_material,
        design_parts,
        fit_parts,
        is_frame_style,
        read_mesh_file,
    )
    from app.slicing import (
        DEFAULT_MATERIAL_ID,
        SlicerBackend,
        UnsafeGcodeError,
        is_prusa_available,
        slice_to_file,
    )
    from printers.gcode import GcodeReadError
    from printers.profiles import ProfileError, UnknownProfileError
    from printers.prusa_backend import ExternalSlicerError
    from printers.slicer import (
        PrintMode,
        SeamPosition,
        SliceError,
        first_layer_height_mm,
        settings_for_mode,
    )

    sources = sum(bool(x) for x in (args.inputs, args.design, args.fit is not None))
    if sources != 1:
        raise CliError(_("Give STL/3MF files, or --design ID, or --fit FIT_ID (one of them): nothing was "
                         "sliced."))
    if args.assignments and not args.design:
        raise CliError(_("--set sets a parameter of a catalogue design: add --design ID, or leave --set out."))
    values = _parameter_values(args.assignments)
    output = Path(args.output)
    backend = SlicerBackend(args.backend)
    if backend is SlicerBackend.PRUSA and not is_prusa_available():
        raise CliError(_("PrusaSlicer is not installed: use --backend builtin or install prusa-slicer."))
    profiles = ctx.profile_reader()
    material_id = args.material
    notes: list[str] = []
    try:
        printer = profiles.printer(args.printer)
        inputs: list[NamedPart] = []
        if args.inputs:
            for name in args.inputs:
                inputs.extend(read_mesh_file(Path(name)))
        elif args.design:
            services = ctx.services()
            inputs = design_parts(services.catalog, services.blobs, args.design, values, bed_x_mm=printer.bed_x_mm,
                                  bed_y_mm=printer.bed_y_mm)
            material_id = material_id or (design_material(args.design, values) if is_frame_style(args.design) else None)
        else:
            fit = fit_parts(ctx.session_factory(), args.fit, bed_x_mm=printer.bed_x_mm, bed_y_mm=printer.bed_y_mm)
            inputs = fit.parts
            material_id = material_id or fit.material_id
            if fit.is_style_newer:
                notes.append("The style changed since this fit was saved: check the paper template again.")
        # Parts that name no material are made of the lab's default one (Settings, `settings set`).
        material_id = material_id or _lab_file(ctx).default_material
        material = profiles.material(material_id or DEFAULT_MATERIAL_ID)
        is_frame_set = args.fit is not None or (args.design is not None and is_frame_style(args.design))
        mode = PrintMode(args.mode) if args.mode else PrintMode.FRAMES if is_frame_set else PrintMode.STANDARD
        settings = settings_for_mode(mode, printer, material)
        changes: dict[str, Any] = {"seam": SeamPosition(args.seam), "has_supports": args.supports}
        if args.layer_height is not None:
            changes["layer_height_mm"] = args.layer_height
            changes["first_layer_height_mm"] = first_layer_height_mm(args.layer_height)
        for name, value in (("perimeters", args.perimeters), ("infill_pct", args.infill), ("skirt_loops", args.skirt)):
            if value is not None:
                changes[name] = value
        settings = replace(settings, **changes)
        outcome = slice_to_file(
            profiles,
            inputs,
            output,
            printer_id=args.printer,
            material_id=material_id,
            settings=settings,
            backend=backend,
        )
    except UnsafeGcodeError as exc:
        raise CliError(str(exc), data={"problems": exc.report.to_json()}) from exc
    except (SliceError, ExternalSlicerError, UnknownProfileError, ProfileError, GcodeReadError) as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(_("Cannot write {output} ({value}): choose another output file.").format(
                output=output, value=exc.strerror or exc)) from exc
    data: dict[str, Any] = {
        "output": str(outcome.output),
        "printer": outcome.printer.id,
        "material": outcome.material.id,
        "backend": outcome.backend.value,
        "parts": list(outcome.part_names),
        "repaired_parts": list(outcome.repaired_parts),
        "repairs": list(outcome.repairs),
        "slice_s": round(outcome.slice_seconds, 3),
        "settings": {
            "mode": settings.mode.value,
            "layer_height_mm": settings.layer_height_mm,
            "perimeters": settings.perimeters,
            "infill_pct": settings.infill_pct,
            "first_layer_speed_mm_s": settings.first_layer_speed_mm_s or outcome.printer.first_layer_speed_mm_s,
            "travel_speed_mm_s": settings.travel_speed_mm_s or outcome.printer.travel_speed_mm_s,
            "bed_lowered_c": settings.bed_lowered_c,
        },
        "warnings": list(outcome.warnings),
        "total_min": round(outcome.estimate.total_minutes, 1),
        "is_within_one_hour": outcome.estimate.is_within_one_hour,
        **analysis_json(outcome.analysis, outcome.safety),
    }
    slicer = outcome.backend.value
    text = [_("Wrote {output} ({slicer}, {seconds} s).").format(
        output=outcome.output, slicer=_(_SLICER_NAMES.get(slicer, slicer)), seconds=f"{outcome.slice_seconds:.2f}")]
    if outcome.repairs:
        text.append(_("Repaired:"))
        text.extend(f"  {line}" for line in outcome.repairs)
    elif outcome.repaired_parts:
        text.append(_("Repaired: {parts}.").format(parts=", ".join(outcome.repaired_parts)))
    text.extend(notes)
    if outcome.warnings:
        text.append(_("Unsupported:"))
        text.extend(f"  {line}" for line in outcome.warnings)
    estimate = outcome.estimate
    fits = _("fits in one hour.") if estimate.is_within_one_hour else _("does not fit in one hour.")
    timing = _("{mode}; {minutes} min with heating up, {fits}").format(
        mode=_(_MODE_NAMES.get(settings.mode.value, settings.mode.value)), minutes=f"{estimate.total_minutes:.0f}",
        fits=fits)
    text.append(_aligned([(_("Mode:"), timing)], width=_label_width()))
    text.append(analysis_text(outcome.analysis, outcome.safety, _lab_file(ctx).cost))
    return CommandResult(data, "\n".join(text))


def gcode_info_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.gcode_info import inspect_gcode
    from printers.gcode import GcodeReadError
    from printers.profiles import ProfileError, UnknownProfileError

    try:
        info = inspect_gcode(
            ctx.profile_reader(),
            Path(args.file),
            printer_id=args.printer,
            material_id=args.material,
            allow_firmware_changes=args.allow_firmware_changes,
        )
    except (GcodeReadError, UnknownProfileError, ProfileError) as exc:
        raise CliError(str(exc)) from exc
    data = {"file": str(info.path), "printer": info.printer.id, **analysis_json(info.analysis, info.safety)}
    text = analysis_text(info.analysis, info.safety, _lab_file(ctx).cost)
    if args.printer is None:
        # Limits and power figures then come from a generic machine: say so, and how to be exact.
        text = _("Checked for {printer}; add --printer PROFILE for your printer's limits and power.").format(
            printer=info.printer.name) + "\n" + text
    return CommandResult(data, text, exit_code=0 if info.safety.is_safe else 1)


def profiles_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    printers = ctx.profiles().printers()
    data = [
        {
            "id": p.id,
            "name": p.name,
            "bed_x_mm": p.bed_x_mm,
            "bed_y_mm": p.bed_y_mm,
            "bed_z_mm": p.bed_z_mm,
            "nozzle_mm": p.nozzle_mm,
            "filament_diameter_mm": p.filament_diameter_mm,
            "max_hotend_c": p.max_hotend_c,
            "max_bed_c": p.max_bed_c,
            "has_heated_bed": p.has_heated_bed,
            "firmware": p.firmware.value,
            "is_builtin": p.is_builtin,
        }
        for p in printers
    ]
    rows = [
        [
            p.id,
            p.name,
            f"{p.bed_x_mm:g}×{p.bed_y_mm:g}×{p.bed_z_mm:g}",
            f"{p.max_hotend_c:g}",
            f"{p.max_bed_c:g}" if p.has_heated_bed else _("no bed heat"),
        ]
        for p in printers
    ]
    headers = [_("id"), _("name"), _("volume mm"), _("max hotend °C"), _("max bed °C")]
    return CommandResult(data, format_table(headers, rows))


def materials_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    materials = ctx.profiles().materials()
    data = [m.to_dict() for m in materials]
    rows = [
        [m.id, m.name, f"{m.hotend_c:g}", f"{m.bed_c:g}", f"{m.density_g_cm3:g}", f"{m.price_per_kg:g}"]
        for m in materials
    ]
    headers = [_("id"), _("name"), _("hotend °C"), _("bed °C"), "g/cm³", _("price/kg")]
    return CommandResult(data, format_table(headers, rows))


@dataclass(frozen=True)
class _LabFigures:
    cost: CostFormat
    default_material: str | None


def _lab_file(ctx: CliContext) -> _LabFigures:
    """Read from the database file as it is: slicing does not open (or migrate) the lab's database."""
    from app.lab_snapshot import lab_cost_format_from_file, lab_default_material_from_file
    from app.paths import DataPaths

    db_file = DataPaths(ctx.data_dir).db_file
    return _LabFigures(lab_cost_format_from_file(db_file), lab_default_material_from_file(db_file))


def analysis_json(analysis: GcodeAnalysis, safety: SafetyReport) -> dict[str, Any]:
    return {**analysis.to_json(), "is_safe": safety.is_safe, "problems": safety.to_json()}


def analysis_text(analysis: GcodeAnalysis, safety: SafetyReport, cost: CostFormat | None = None) -> str:
    rows = [
        (_("Print time:"), _("{time} (plus {heating} heating up)").format(
            time=_hm(analysis.print_time_s), heating=_hm(analysis.heat_up_s))),
        (_("Filament:"), f"{analysis.filament_mm / 1000:.2f} m, {analysis.filament_g:.1f} g"),
        (_("Energy:"), _("{energy} Wh (peak {peak} W)").format(energy=f"{analysis.energy_wh:.0f}",
                                                              peak=f"{analysis.peak_w:.0f}")),
        (_("Layers:"), str(analysis.layers)),
        (_("Retractions:"), str(analysis.retractions)),
    ]
    if analysis.material_cost:
        rows.insert(2, (_("Cost:"), (cost or CostFormat()).format(analysis.material_cost)))
    if analysis.bbox is not None:
        b = analysis.bbox
        rows.append((_("Extent:"), f"X {b.min_x:.1f}–{b.max_x:.1f}, Y {b.min_y:.1f}–{b.max_y:.1f}, "
                                   f"Z {b.min_z:.2f}–{b.max_z:.2f} mm"))
    from app.cli.safety_text import safety_text

    lines = _aligned(rows, width=_label_width()).split("\n")
    lines += safety_text(safety)
    return "\n".join(lines)


def _label_width() -> int:
    """The widest summary label in the current language, so every value starts in the same column."""
    return max(len(label) for label in (_("Print time:"), _("Filament:"), _("Cost:"), _("Energy:"), _("Layers:"),
                                         _("Retractions:"), _("Extent:"), _("Mode:")))


def _aligned(rows: list[tuple[str, str]], *, width: int) -> str:
    """`label value` lines with the values in one column, whatever the labels' length in this language."""
    return "\n".join(f"{label.ljust(width)} {value}" for label, value in rows)


def _hm(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes >= 60:
        return _("{hours} h {minutes} min").format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")
    return _("{minutes} min").format(minutes=minutes)


def _parameter_values(assignments: list[str] | None) -> dict[str, str]:
    """`--set NAME=VALUE` pairs; the customizer is imported only when there are some (it costs ~0.5 s)."""
    if not assignments:
        return {}
    from app.customize import CustomizeError, parse_assignments

    try:
        return parse_assignments(assignments)
    except CustomizeError as exc:
        raise CliError(str(exc)) from exc
