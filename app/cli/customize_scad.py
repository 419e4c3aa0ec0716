"""`heliofab customize DESIGN_ID` for an imported OpenSCAD design: its parameters, a check, or its rendered parts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from app.cli.common import CliContext, CliError, CommandResult, format_table
from i18n import _

if TYPE_CHECKING:
    from app.scad_customize import ScadCustomizer
    from catalog.frames import ParameterSet
    from catalog.records import DesignDetail
    from catalog.scad.design import ScadDesign


def customize_scad(args: argparse.Namespace, ctx: CliContext, unknown_style: Exception) -> CommandResult:
    """`unknown_style` says which frame styles exist, for an id that is no design at all."""
    from app.customize import (
        OPERATOR_ERRORS,
        explain,
        parse_assignments,
        read_parameter_set,
        resolve_operator_input,
    )
    from app.scad_customize import ScadCustomizer
    from catalog.store import DesignNotFoundError

    customizer = ScadCustomizer(ctx.services().catalog)
    try:
        try:
            detail = customizer.detail(args.design_id)
        except DesignNotFoundError:
            raise CliError(_("{unknown_style} Imported designs are listed by `heliofab catalog list`.").format(
                    unknown_style=unknown_style)) from None
        if not customizer.is_scad(detail):
            raise CliError(_("{design_id} has no parameters (it is a finished mesh): slice it as it is, or "
                             "import its .scad file to customize it.").format(
                    design_id=args.design_id))
        design = customizer.design(args.design_id)
        if args.list_params:
            return _list_params(detail, design)
        overrides: dict[str, object] = {}
        if args.params is not None:
            overrides.update(read_parameter_set(args.params, args.param_set))
        overrides.update(parse_assignments(args.assignments))
        if args.save_fit is not None:
            raise CliError(_("Fits are saved for frame styles only: write this design's parts with --out DIR."),
                           exit_code=2)
        values = resolve_operator_input(design, overrides)
        if args.check:
            return _check(customizer, design, values)
        if args.out is None:
            raise CliError(_("Say where to write the parts with --out DIR (or use --list-params or --check)."),
                           exit_code=2)
        return _write(customizer, detail, design, values, args)
    except OPERATOR_ERRORS as exc:
        raise CliError(explain(exc)) from None


def _list_params(detail: DesignDetail, design: ScadDesign) -> CommandResult:
    rows = [[p.name, _fmt(p.default), p.range_text(), p.group, p.label] for p in design.parameters]
    head = f"{detail.summary.title} ({detail.id}, OpenSCAD, {detail.summary.licence})"
    if not rows:
        return CommandResult(_manifest(detail, design), head + "\nThis design declares no Customizer parameters.")
    return CommandResult(_manifest(detail, design),
                         head + "\n" + format_table(["name", "default", "range", "group", "label"], rows))


def _manifest(detail: DesignDetail, design: ScadDesign) -> dict[str, Any]:
    return {
        "id": detail.id,
        "title": detail.summary.title,
        "kind": "openscad",
        "main": design.main,
        "licence": detail.summary.licence,
        "licence_notice": detail.licence_notice,
        "parameters": [p.declaration() for p in design.parameters],
    }


def _check(customizer: ScadCustomizer, design: ScadDesign, values: ParameterSet) -> CommandResult:
    cached = customizer.cached_part(design, values)
    has_openscad = customizer.openscad() is not None
    data = {
        "design_id": design.design_id,
        "is_valid": True,
        "parameters": {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()},
        "render_key": design.render_key(values),
        "is_rendered": cached is not None,
        "has_openscad": has_openscad,
    }
    if cached is not None:
        state = "already rendered: --out writes it at once."
    elif has_openscad:
        state = "not rendered yet: --out runs OpenSCAD."
    else:
        state = "not rendered yet, and this computer has no OpenSCAD to render it."
    return CommandResult(data, f"{design.design_id}: the parameters are valid; {state}")


def _write(customizer: ScadCustomizer, detail: DesignDetail, design: ScadDesign, values: ParameterSet,
           args: argparse.Namespace) -> CommandResult:
    from app.cli.customize_cmd import _parse_bed
    from app.customize import write_scad_set
    from catalog.scad.runner import DEFAULT_TIMEOUT_S

    bed_x, bed_y = _parse_bed(args.bed)
    timeout_s = DEFAULT_TIMEOUT_S if args.timeout_s is None else args.timeout_s
    if timeout_s <= 0:
        raise CliError(_("--timeout-s must be more than 0 seconds."), exit_code=2)
    written = write_scad_set(customizer, design, values, args.out, timeout_s=timeout_s)
    report = dict(written.report)
    report["out_dir"] = str(written.out_dir)
    report["licence_notice"] = detail.licence_notice
    part = written.parts[0]
    how = ("from the render cache" if part.origin == "cache" else f"rendered by OpenSCAD in {part.seconds:.1f} s")
    x, y, z = part.report.bbox_mm
    lines = [
        f"Wrote {design.design_id} to {written.out_dir} ({how})",
        f"  {part.name}.stl: {part.report.triangle_count} triangles, {x:.1f} × {y:.1f} × {z:.1f} mm",
        f"  licence: {detail.licence_notice}",
        "  files: " + ", ".join(report["files"]),
    ]
    fits = (x <= bed_x and y <= bed_y) or (x <= bed_y and y <= bed_x)
    if not fits:
        lines.append(f"  (warning) the part is larger than the {bed_x:g} × {bed_y:g} mm bed: scale it down or use a "
                     "larger printer.")
    lines += [f"  (OpenSCAD) {w}" for w in part.warnings[:5]]
    return CommandResult(report, "\n".join(lines))


def _fmt(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(f"{v:g}" for v in value) + "]"
    return f"{value:g}" if isinstance(value, float) else str(value)
