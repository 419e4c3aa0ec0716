"""`heliofab customize DESIGN_ID`: list a parametric design's parameters (a frame style or an imported OpenSCAD
design), or turn parameter values into printable files."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, format_table
from i18n import _, ngettext

if TYPE_CHECKING:
    from catalog.frames import FrameGenerator, ParameterSet


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "customize",
        help="list a parametric frame's parameters, or write its STLs, 3MF, paper template and report",
        description="Customize a parametric frame. Examples: `heliofab customize oval-everyday --list-params`; "
        "`heliofab customize oval-everyday --set pd_right_mm=32 --set pd_left_mm=31 --set bridge_mm=18 --out out/`.",
    )
    parser.add_argument("design_id", metavar="DESIGN_ID",
                        help="frame style or OpenSCAD design id (see `heliofab catalog list`)")
    parser.add_argument("--list-params", action="store_true", help="list the parameters with defaults and ranges")
    parser.add_argument("--set", dest="assignments", action="append", default=[], metavar="NAME=VALUE",
                        help="set one parameter (repeat for more)")
    parser.add_argument("--params", type=Path, metavar="FILE",
                        help="read values from an OpenSCAD parameter-set JSON file (--set overrides them)")
    parser.add_argument("--param-set", metavar="NAME", help="which set of --params to use (if it holds several)")
    parser.add_argument("--pd", metavar="MM|RIGHT/LEFT",
                        help="the customer's PD (63, or monocular 32/31): the bridge follows it and the lens width "
                             "unless --set bridge_mm=… pins it")
    parser.add_argument("--bed", default="220x220", metavar="XxY", help="printer bed in mm (default 220x220)")
    parser.add_argument("--check", action="store_true", help="only run the checks; write nothing")
    parser.add_argument("--out", type=Path, metavar="DIR", help="folder to write (created atomically)")
    parser.add_argument("--timeout-s", type=float, default=None, metavar="S",
                        help="stop an OpenSCAD render after this many seconds (default 600)")
    parser.add_argument("--save-fit", metavar="CUSTOMER",
                        help="also save these parameters as a fit for this customer (code or id)")
    add_json_flag(parser)
    parser.set_defaults(func=customize)


def customize(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.frames import StyleCatalogue, UnknownStyleError

    catalogue = StyleCatalogue()
    try:
        style = catalogue.get(args.design_id)
    except UnknownStyleError as unknown:
        # Not a frame style: an OpenSCAD design imported into the catalogue, or a plain refusal.
        from app.cli.customize_scad import customize_scad

        return customize_scad(args, ctx, unknown)
    if args.list_params:
        return _list_params(style)  # the declarations alone: no geometry library loads
    # Geometry libraries load here, not at start-up, so other commands stay quick.
    from app.customize import (
        OPERATOR_ERRORS,
        FrameGenerator,
        explain,
        parse_assignments,
        read_parameter_set,
        resolve_operator_input,
        with_bridge_following_pd,
    )
    from app.lab_preferences import with_lab_material
    from app.lab_snapshot import lab_default_material_from_file
    from app.paths import DataPaths
    from catalog.frames.declarations import RETIRED_NAMES

    generator = FrameGenerator(catalogue)
    try:
        overrides: dict[str, object] = {}
        if args.params is not None:
            # Files written by older versions may name retired parameters: resolving drops them.
            overrides.update(read_parameter_set(args.params, args.param_set))
        assignments = parse_assignments(args.assignments)
        retired = sorted(set(assignments) & set(RETIRED_NAMES))
        if retired:
            raise CliError(_("{value} is no longer a frame parameter: the filament price comes from the "
                             "material profile (see `heliofab printers materials`).").format(
                    value=retired[0]), exit_code=2)
        overrides.update(assignments)
        if args.pd is not None:
            overrides.update(_parse_pd(args.pd))
        # A frame that names no material is made of the lab's default one, when frames can be.
        overrides = with_lab_material(overrides, lab_default_material_from_file(DataPaths(ctx.data_dir).db_file))
        bed_x, bed_y = _parse_bed(args.bed)
        # The one check of the operator's values: everything below receives this ParameterSet and trusts it.
        if args.pd is not None and "bridge_mm" not in assignments:
            # The window's rule: with the customer's PD known, the bridge follows it unless pinned (set here).
            overrides = with_bridge_following_pd(generator, style.id, overrides)
        params = resolve_operator_input(style.id, overrides, generator=generator)
        if args.check:
            return _check(generator, params, bed_x, bed_y)
        if args.out is None and args.save_fit is None:
            raise CliError(_("Say where to write the parts with --out DIR, or --save-fit CUSTOMER (or use "
                             "--list-params or --check)."), exit_code=2)
        result = _write(ctx, generator, params, args.out, bed_x, bed_y) if args.out is not None else None
        if args.save_fit is not None:
            result = _save_fit(ctx, generator, params, bed_x, bed_y, args.save_fit, result)
        assert result is not None
        return result
    except OPERATOR_ERRORS as exc:
        raise CliError(explain(exc)) from None


def _save_fit(ctx: CliContext, generator: FrameGenerator, params: ParameterSet, bed_x: float, bed_y: float,
              customer_key: str, written: CommandResult | None) -> CommandResult:
    from app.fitting.customers import find_customer
    from app.fitting.errors import FittingError
    from app.fitting.fits import save_fit
    from catalog.frames import FrameRejectedError

    style_id = params.owner
    factory = ctx.session_factory()
    try:
        customer = find_customer(factory, customer_key)
        # The generator that wrote the files, with its outlines cached (a fresh one would trace them again).
        frame = generator.generate(style_id, params, bed_x_mm=bed_x, bed_y_mm=bed_y)  # a rejected set saves nothing
        fit = save_fit(factory, customer.id, style_id, params, frame.derived)
    except (FittingError, FrameRejectedError) as exc:
        raise CliError(str(exc)) from exc
    line = _("Saved fit {fit} for customer {customer} ({style}).").format(fit=fit.id, customer=customer.code,
                                                                          style=style_id)
    if written is None:
        return CommandResult({"fit_id": fit.id, "customer_id": customer.id, "design_id": style_id}, line)
    return CommandResult({**written.data, "fit_id": fit.id}, written.text + "\n" + line)


def _parse_pd(text: str) -> dict[str, float]:
    """`63` (split evenly between the eyes) or `32/31` (right/left monocular PDs)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*(\d+(?:\.\d+)?)\s*)?", text)
    if not match:
        raise CliError(_("--pd needs the PD in mm, like 63, or right/left like 32/31, not {text!r}.").format(
                text=text), exit_code=2)
    if match.group(2) is None:
        half = float(match.group(1)) / 2.0
        return {"pd_right_mm": half, "pd_left_mm": half}
    return {"pd_right_mm": float(match.group(1)), "pd_left_mm": float(match.group(2))}


def _parse_bed(text: str) -> tuple[float, float]:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*", text)
    if not match:
        raise CliError(_("--bed needs WIDTHxDEPTH in mm, like 220x220, not {text!r}.").format(text=text), exit_code=2)
    x, y = float(match.group(1)), float(match.group(2))
    if not (50 <= x <= 1000 and 50 <= y <= 1000):
        raise CliError(_("--bed sizes must be between 50 and 1000 mm."), exit_code=2)
    return x, y


def _list_params(style: Any) -> CommandResult:
    rows = [[p.name, _fmt(p.default), p.range_text(), p.shown_group, p.shown_label] for p in style.parameters]
    text = f"{style.title} ({style.id}, {style.audience}, {style.licence})\n" + format_table(
        ["name", "default", "range", "group", "label"], rows)
    return CommandResult(style.manifest(), text)


def _check(generator: FrameGenerator, params: ParameterSet, bed_x: float, bed_y: float) -> CommandResult:
    from app.customize import vetted_preview

    style_id = params.owner
    preview = vetted_preview(generator, style_id, params, bed_x_mm=bed_x, bed_y_mm=bed_y)
    data = {
        "style_id": style_id,
        "is_valid": preview.is_valid,
        "problems": [p.to_json() for p in preview.problems],
        "warnings": [w.to_json() for w in preview.warnings],
        "derived": preview.derived,
        "parameters": preview.params.as_dict(),
    }
    count = len(preview.problems)
    verdict = (_("{style} {marking}: all checks pass.") if preview.is_valid else
               ngettext("{style} {marking}: {count} problem.", "{style} {marking}: {count} problems.", count))
    lines = [verdict.format(style=style_id, marking=preview.derived["marking"], count=count)]
    # The window's words: the check ids stay in --json for scripts.
    lines += [_("  Problem: {text}").format(text=p.text()) for p in preview.problems]
    lines += [_("  Warning: {text}").format(text=w.text()) for w in preview.warnings]
    return CommandResult(data, "\n".join(lines), exit_code=0 if preview.is_valid else 1)


def _write(ctx: CliContext, generator: FrameGenerator, params: ParameterSet, out: Path, bed_x: float,
           bed_y: float) -> CommandResult:
    from app.customize import write_frame_set
    from app.lab_snapshot import lab_cost_format_from_file
    from app.paths import DataPaths

    style_id = params.owner
    written = write_frame_set(generator, style_id, params, out, profiles=ctx.profile_reader(), bed_x_mm=bed_x,
                              bed_y_mm=bed_y)
    report = dict(written.report)
    report["out_dir"] = str(written.out_dir)
    d = report["derived"]
    cost = lab_cost_format_from_file(DataPaths(ctx.data_dir).db_file).format(float(report["material_cost"]))
    lines = [
        _("Wrote {style} {marking} to {folder}").format(style=style_id, marking=d["marking"],
                                                        folder=written.out_dir),
        _("  frame PD {pd} mm (lens {lens} + bridge {bridge}), width {width} mm, splay {right}°/{left}°").format(
            pd=d["frame_pd_mm"], lens=d["lens_width_mm"], bridge=d["dbl_mm"], width=d["overall_width_mm"],
            right=d["temple_splay_right_deg"], left=d["temple_splay_left_deg"]),
        _("  about {grams} g {material} as printed in the frames mode (perimeters and infill), material cost "
          "{cost} (`slice … --material {option}` gives the exact weight)").format(
            grams=report["filament_g"], material=report["material"], cost=cost,
            option=str(report["material"]).lower()),
        _("  files: {files}").format(files=", ".join(report["files"])),
    ]
    lines += [_("  Warning: {text}").format(text=f"{w['message']} {w['suggestion']}") for w in report["warnings"]]
    return CommandResult(report, "\n".join(lines))


def _fmt(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
