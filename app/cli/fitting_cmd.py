"""`heliofab customers …` and `heliofab fit …`: intake, PD from a card photo, size suggestions, saved fits."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group, format_table
from app.fitting.rounding import format_mm
from i18n import _, ngettext

if TYPE_CHECKING:
    from app.fitting.pd import PdResult
    from app.fitting.values import CustomerDetail, LensStockItem, MeasurementInput


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.fitting.values import AGE_GROUPS

    customers = command_group(subparsers, "customers", "customers and their measurements (kept on this laptop only)")
    add = customers.add_parser("add", help="add a customer, optionally with a PD measured by ruler")
    add.add_argument("--name", default="", help="name (a name or a code is needed)")
    add.add_argument("--code", default="", help="customer code (made up when left out)")
    add.add_argument("--contact", default="")
    add.add_argument("--age-group", choices=AGE_GROUPS, default="adult")
    add.add_argument("--notes", default="")
    add.add_argument("--photo-consent", action="store_true", help="the customer agrees to photos being kept")
    _add_measure_flags(add)
    add_json_flag(add)
    add.set_defaults(func=customers_add)

    listing = customers.add_parser("list", help="list customers, or search by name or code")
    listing.add_argument("query", nargs="?", default="", help="part of a name or code")
    add_json_flag(listing)
    listing.set_defaults(func=customers_list)

    show = customers.add_parser("show", help="a customer's details, measurements and fits")
    show.add_argument("customer", help="customer code or id")
    add_json_flag(show)
    show.set_defaults(func=customers_show)

    measure = customers.add_parser("measure", help="record measurements (PD by ruler, head width, ...)")
    measure.add_argument("customer", help="customer code or id")
    _add_measure_flags(measure)
    add_json_flag(measure)
    measure.set_defaults(func=customers_measure)

    delete = customers.add_parser("delete", help="delete a customer with their measurements, fits and photos")
    delete.add_argument("customer", help="customer code or id")
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    add_json_flag(delete)
    delete.set_defaults(func=customers_delete)

    fit = command_group(subparsers, "fit", "fitting: PD from a card photo, size suggestions, saved fits")
    photo = fit.add_parser(
        "pd-from-photo",
        help="PDs from a photo with a bank card on the brow",
        description=(
            "Card corners in image pixels from the top-left corner clockwise; pupils image-left first. "
            "Facing the customer, the image-left pupil is the customer's RIGHT eye."
        ),
    )
    photo.add_argument("image", type=Path, help="the photo (PNG or JPEG)")
    photo.add_argument("--card", nargs=4, required=True, metavar="X,Y", help="the card's four corners")
    photo.add_argument("--pupils", nargs=2, required=True, metavar="X,Y", help="image-left pupil, image-right pupil")
    photo.add_argument("--nose", metavar="X,Y", help="a point on the nose bridge: gives true monocular PDs")
    photo.add_argument("--camera-distance-mm", type=float, default=1000.0, help="camera to card (default 1000)")
    photo.add_argument("--card-depth-mm", type=float, default=12.0, help="card in front of the pupils (default 12)")
    photo.add_argument("--near-distance-mm", type=float, default=400.0, help="reading distance (default 400)")
    photo.add_argument("--mirrored", action="store_true", help="the photo is a mirror image (some selfie cameras)")
    photo.add_argument("--customer", help="save the result as a measurement of this customer (code or id)")
    add_json_flag(photo)
    photo.set_defaults(func=fit_pd_from_photo)

    suggest = fit.add_parser("suggest", help="the best three lens sizes and bridges that pass every frame check")
    suggest.add_argument("--style", required=True, help="frame style id (see the catalogue)")
    suggest.add_argument("--customer",
                         help="take PD, head width, nose widths and power from this customer's latest measurement")
    suggest.add_argument("--near", action="store_true", help="reading glasses: use the near PD (with --customer)")
    suggest.add_argument("--pd-mm", type=float, help="binocular PD (split in halves unless --mono-* are given)")
    suggest.add_argument("--mono-right-mm", type=float, help="right-eye PD")
    suggest.add_argument("--mono-left-mm", type=float, help="left-eye PD")
    suggest.add_argument("--head-width-mm", type=float)
    suggest.add_argument("--power-d", type=float, help="lens power, dioptres (sets the centration tolerance)")
    suggest.add_argument("--nose-dbr10-mm", type=float, help="nose width 10 mm below the crest")
    suggest.add_argument("--nose-dbr15-mm", type=float, help="nose width 15 mm below the crest")
    suggest.add_argument("--stock", action="store_true", help="only sizes of lenses in the lab's stock")
    add_json_flag(suggest)
    suggest.set_defaults(func=fit_suggest)

    export = fit.add_parser("export", help="write a saved fit as JSON (an explicit export: it leaves this laptop)")
    export.add_argument("fit_id", type=int)
    export.add_argument("output", type=Path)
    add_json_flag(export)
    export.set_defaults(func=fit_export)

    imp = fit.add_parser("import", help="save a fit JSON file as a new fit")
    imp.add_argument("file", type=Path)
    imp.add_argument("--customer", help="customer code or id (default: the code in the file)")
    add_json_flag(imp)
    imp.set_defaults(func=fit_import)

    reprint = fit.add_parser("reprint", help="regenerate a saved fit's parts as STL files")
    reprint.add_argument("fit_id", type=int)
    reprint.add_argument("--out", type=Path, required=True, help="folder for the STL files")
    add_json_flag(reprint)
    reprint.set_defaults(func=fit_reprint)


def _add_measure_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pd-mm", type=float, help="far (distance) binocular PD")
    parser.add_argument("--near-pd-mm", type=float, help="near PD (computed from far when left out)")
    parser.add_argument("--mono-right-mm", type=float, help="right-eye far monocular PD")
    parser.add_argument("--mono-left-mm", type=float, help="left-eye far monocular PD")
    parser.add_argument("--head-width-mm", type=float)
    parser.add_argument("--front-to-bend-mm", type=float)
    parser.add_argument("--power-right-d", type=float, help="right lens power, dioptres")
    parser.add_argument("--power-left-d", type=float, help="left lens power, dioptres")


def _measurement_from_args(args: argparse.Namespace) -> MeasurementInput | None:
    from app.fitting.measure import measurement_from_pd
    from app.fitting.pd import pd_from_ruler
    from app.fitting.values import MeasurementInput

    has_pd = any(v is not None for v in (args.pd_mm, args.near_pd_mm, args.mono_right_mm, args.mono_left_mm))
    extras = dict(
        head_width_mm=args.head_width_mm,
        front_to_bend_mm=args.front_to_bend_mm,
        lens_power_right_d=args.power_right_d,
        lens_power_left_d=args.power_left_d,
    )
    if not has_pd:
        if all(v is None for v in extras.values()):
            return None
        return MeasurementInput(**extras)
    pd = pd_from_ruler(
        args.pd_mm,
        near_pd_mm=args.near_pd_mm,
        mono_far_right_mm=args.mono_right_mm,
        mono_far_left_mm=args.mono_left_mm,
    )
    return measurement_from_pd(pd, **extras)


def customers_add(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.customers import add_customer, get_customer
    from app.fitting.errors import FittingError
    from app.fitting.values import CustomerInput

    data = CustomerInput(args.name, args.code, args.contact, args.age_group, args.notes, args.photo_consent)
    try:
        measurement = _measurement_from_args(args)
        factory = ctx.session_factory()
        summary = add_customer(factory, data, measurement)
        detail = get_customer(factory, summary.id)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(detail.to_json(), _("Added customer {customer} (id {id}).").format(
        customer=detail.summary.label, id=detail.id))


def customers_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.customers import list_customers
    rows = list_customers(ctx.session_factory(), args.query)
    if not rows:
        text = (_("No customers match.")
                if args.query else _("No customers yet: add one with `heliofab customers add --name ...`."))
        return CommandResult([], text)
    table = format_table(
        [_("ID"), _("CODE"), _("NAME"), _("AGE"), _("FAR PD"), _("FITS"), _("ADDED")],
        [
            [
                r.id,
                r.code,
                r.name,
                r.age_group,
                format_mm(r.last_far_pd_mm),
                r.fit_count,
                r.created_at.strftime("%Y-%m-%d"),
            ]
            for r in rows
        ],
    )
    return CommandResult([r.to_json() for r in rows], table)


def customers_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.customers import find_customer, get_customer
    from app.fitting.errors import FittingError

    factory = ctx.session_factory()
    try:
        detail = get_customer(factory, find_customer(factory, args.customer).id)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(detail.to_json(), _detail_text(detail))


def customers_measure(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.customers import add_measurement, find_customer
    from app.fitting.errors import FittingError

    try:
        measurement = _measurement_from_args(args)
        if measurement is None:
            raise CliError(_("Give at least one measurement, e.g. --pd-mm 63."))
        factory = ctx.session_factory()
        view = add_measurement(factory, find_customer(factory, args.customer).id, measurement)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(view.to_json(), _("Saved measurement {id}.").format(id=view.id))


def customers_delete(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.customers import delete_customer, find_customer
    from app.fitting.errors import FittingError

    if not args.yes:
        raise CliError(_("Deleting a customer removes their measurements, fits and photos: add --yes to "
                         "confirm."))
    factory = ctx.session_factory()
    try:
        summary = find_customer(factory, args.customer)
        delete_customer(factory, ctx.blobs(), summary.id)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult({"deleted": summary.id},
                         _("Deleted customer {customer} and their photos.").format(customer=summary.label))


def fit_pd_from_photo(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.errors import FittingError
    from app.fitting.measure import measurement_from_pd
    from app.fitting.pd_photo import PhotoSetup, PixelPoint, measure_photo
    from app.fitting.photo_check import check_photo

    try:
        info = check_photo(args.image)  # every pixel decoded: a cut-short photo gives no PD to save
        card = [PixelPoint.parse(text) for text in args.card]
        pupils = [PixelPoint.parse(text) for text in args.pupils]
        nose = PixelPoint.parse(args.nose) if args.nose else None
        setup = PhotoSetup(
            camera_distance_mm=args.camera_distance_mm,
            card_depth_mm=args.card_depth_mm,
            near_working_distance_mm=args.near_distance_mm,
            is_mirrored=args.mirrored,
        )
        reading = measure_photo(card, pupils, (info.width_px, info.height_px), setup, nose=nose)
        data: dict[str, Any] = reading.pd.to_json()
        data.update(
            image={"width_px": info.width_px, "height_px": info.height_px, "format": info.kind.value},
            card_aspect=round(reading.card.aspect, 4),
            card_long_edge_px=round(reading.card.long_edge_px, 1),
            mm_per_px_at_card=round(reading.card.mm_per_px, 5),
            uncorrected_pd_mm=round(reading.pd_at_card_plane_mm, 1),
            card_depth_factor=round(reading.card_depth_factor, 5),
            convergence_factor=round(reading.convergence_factor, 5),
            click_uncertainty_mm=round(reading.click_uncertainty_mm, 2),
        )
        if args.customer:
            # The database only when the PD is saved: measuring a photo alone opens nothing.
            from app.fitting.customers import add_measurement, find_customer

            factory = ctx.session_factory()
            customer = find_customer(factory, args.customer)
            view = add_measurement(
                factory,
                customer.id,
                measurement_from_pd(
                    reading.pd,
                    details={"camera_distance_mm": args.camera_distance_mm, "card_depth_mm": args.card_depth_mm},
                ),
            )
            data["measurement_id"] = view.id
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(data, _pd_text(reading.pd, data))


def fit_suggest(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.errors import FittingError
    from app.fitting.pd import pd_from_ruler
    from app.fitting.suggest import SuggestionRequest, latest_known, request_from_measurement, suggest_sizes

    try:
        lenses: tuple[LensStockItem, ...] = ()
        if args.stock:
            # The database only for the lens stock or a customer: sizes from a typed PD open nothing.
            from app.fitting.lens_stock import list_lens_stock

            lenses = tuple(list_lens_stock(ctx.session_factory(), is_in_stock_only=True))
        if args.customer:
            from app.fitting.customers import find_customer, get_customer

            factory = ctx.session_factory()
            detail = get_customer(factory, find_customer(factory, args.customer).id)
            measured = [m for m in detail.measurements if m.far_pd_mm is not None or m.mono_far_right_mm is not None]
            if not measured:
                raise CliError(_("{label} has no PD yet: `heliofab customers measure {code} --pd-mm N`.").format(
                        label=detail.summary.label, code=detail.summary.code))
            request = request_from_measurement(args.style, latest_known(measured[-1], detail.measurements),
                                               is_near=args.near, lenses=lenses, power_d=args.power_d)
            if args.head_width_mm is not None:
                request = replace(request, head_width_mm=args.head_width_mm)
        else:
            if args.mono_right_mm is not None and args.mono_left_mm is not None:
                pd = pd_from_ruler(args.pd_mm, mono_far_right_mm=args.mono_right_mm, mono_far_left_mm=args.mono_left_mm)
            elif args.pd_mm is not None:
                pd = pd_from_ruler(args.pd_mm)
            else:
                raise CliError(_("Give the PD: --pd-mm N, --mono-right-mm and --mono-left-mm, or --customer"
                                 " CODE."))
            request = SuggestionRequest(
                args.style, pd.mono_far.right_mm, pd.mono_far.left_mm, args.head_width_mm, args.power_d, lenses
            )
        nose = {"nose_dbr10_mm": args.nose_dbr10_mm, "nose_dbr15_mm": args.nose_dbr15_mm}
        extra = {**request.extra_params, **{k: v for k, v in nose.items() if v is not None}}
        report = suggest_sizes(replace(request, extra_params=extra))
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    lines = [
        ngettext("{passed} of {checked} sizes of {style} passes every frame check (PD {right} / {left}):",
                 "{passed} of {checked} sizes of {style} pass every frame check (PD {right} / {left}):",
                 report.candidates_passed).format(
            passed=report.candidates_passed, checked=report.candidates_checked, style=args.style,
            right=f"{request.pd_right_mm:.1f}", left=f"{request.pd_left_mm:.1f}")
    ]
    for s in report.suggestions:
        lines.append(_("#{rank}  lens {width} × {height} mm, bridge {bridge} mm").format(
            rank=s.rank, width=f"{s.lens_width_mm:g}", height=f"{s.lens_height_mm:g}",
            bridge=format_mm(s.frame_bridge_mm)))
        lines += [f"    {reason}" for reason in s.reasons]
    return CommandResult(report.to_json(), "\n".join(lines))


def fit_export(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.errors import FittingError
    from app.fitting.fits import export_fit

    try:
        path = export_fit(ctx.session_factory(), args.fit_id, args.output)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult({"fit_id": args.fit_id, "path": str(path)},
                         _("Wrote fit {fit} to {path}.").format(fit=args.fit_id, path=path))


def fit_import(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.customers import find_customer
    from app.fitting.errors import FittingError
    from app.fitting.fits import import_fit

    factory = ctx.session_factory()
    try:
        customer_id = find_customer(factory, args.customer).id if args.customer else None
        record = import_fit(factory, args.file, customer_id=customer_id)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(
        {"fit_id": record.id, "customer_id": record.customer_id, "design_id": record.design_id},
        _("Imported fit {fit} for customer {customer}.").format(fit=record.id, customer=record.customer_code),
    )


def fit_reprint(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.errors import FittingError
    from app.fitting.fits import reprint_fit, write_reprint

    try:
        reprint = reprint_fit(ctx.session_factory(), args.fit_id)
        paths = write_reprint(reprint, args.out)
    except FittingError as exc:
        raise CliError(str(exc)) from exc
    note = ("\n" + _("The style changed since this fit was saved: check the paper template again.")
            if reprint.is_style_newer else "")
    return CommandResult(
        {"fit_id": args.fit_id, "files": [str(p) for p in paths], "is_style_newer": reprint.is_style_newer},
        ngettext("Wrote {count} file for fit {fit} to {folder}.", "Wrote {count} files for fit {fit} to {folder}.",
                 len(paths)).format(count=len(paths), fit=args.fit_id, folder=args.out) + note,
    )


def _pd_text(pd: PdResult, data: dict[str, Any]) -> str:
    mono_note = "" if pd.is_mono_measured else "  " + _("(halves: click the nose bridge with --nose for true "
                                                          "monoculars)")
    lines = [
        _("Far PD:  {pd} mm   (right {right} / left {left})").format(
            pd=format_mm(pd.far_pd_mm), right=format_mm(pd.mono_far.right_mm), left=format_mm(pd.mono_far.left_mm))
        + mono_note,
        _("Near PD: {pd} mm   (right {right} / left {left}) at {distance} mm").format(
            pd=format_mm(pd.near_pd_mm), right=format_mm(pd.mono_near.right_mm),
            left=format_mm(pd.mono_near.left_mm), distance=f"{pd.near_working_distance_mm:g}"),
        _("Card {width} px wide, aspect {aspect} (a card is 1.586); uncorrected PD {pd} mm; click uncertainty "
          "±{uncertainty} mm").format(width=f"{data['card_long_edge_px']:.0f}", aspect=f"{data['card_aspect']:.3f}",
                                     pd=f"{data['uncorrected_pd_mm']:.1f}",
                                     uncertainty=f"{data['click_uncertainty_mm']:.1f}"),
    ]
    lines += [_("Note: {warning}").format(warning=w) for w in pd.warnings]
    if "measurement_id" in data:
        lines.append(_("Saved as measurement {id}.").format(id=data["measurement_id"]))
    return "\n".join(lines)


def _detail_text(detail: CustomerDetail) -> str:
    s = detail.summary
    lines = [
        _("{customer}  id {id}, {age}, photo consent: {consent}").format(
            customer=s.label, id=s.id, age=s.age_group, consent=_("yes") if s.has_photo_consent else _("no")),
    ]
    if detail.contact:
        lines.append(_("Contact: {contact}").format(contact=detail.contact))
    if detail.notes:
        lines.append(_("Notes: {notes}").format(notes=detail.notes))
    lines.append("")
    if detail.measurements:
        lines.append(_("Measurements:"))
        rows = []
        for m in detail.measurements:
            monos = (
                f"{format_mm(m.mono_far_right_mm)}/{format_mm(m.mono_far_left_mm)}"
                if m.mono_far_right_mm is not None and m.mono_far_left_mm is not None
                else "-"
            )
            rows.append(
                [
                    m.id,
                    m.taken_at.strftime("%Y-%m-%d"),
                    m.method,
                    _mm(m.far_pd_mm),
                    _mm(m.near_pd_mm),
                    monos,
                    _mm(m.head_width_mm),
                ]
            )
        lines.append(format_table([_("ID"), _("DATE"), _("METHOD"), _("FAR PD"), _("NEAR PD"), _("MONO R/L"),
                                   _("HEAD W")], rows))
    else:
        lines.append(_("No measurements yet: `heliofab customers measure CODE --pd-mm 63`."))
    lines.append("")
    if detail.fits:
        lines.append(_("Fits:"))
        lines.append(
            format_table(
                [_("ID"), _("DATE"), _("STYLE"), "A", "DBL", _("PAPER-CHECK CHANGES")],
                [
                    [
                        f.id,
                        f.created_at.strftime("%Y-%m-%d"),
                        f"{f.design_id} v{f.design_version}",
                        _mm(f.lens_width_mm),
                        _mm(f.bridge_mm),
                        _("yes") if f.has_paper_check_changes else _("no"),
                    ]
                    for f in detail.fits
                ],
            )
        )
        for f in detail.fits:
            if f.is_self_tuned and f.lens_module:
                lines.append(_("Fit {fit}: the customer tuned the lenses themselves with a {module}; no prescription "
                               "needed.").format(fit=f.id, module=f.lens_module))
            elif f.is_self_tuned:
                lines.append(_("Fit {fit}: the customer tuned the lenses themselves; no prescription needed.").format(
                    fit=f.id))
            elif f.lens_module:
                lines.append(_("Fit {fit}: lens module {module}.").format(fit=f.id, module=f.lens_module))
    else:
        lines.append(_("No saved fits yet."))
    if detail.orders:
        lines.append("")
        lines.append(_("Orders:"))
        lines.append(
            format_table(
                [_("JOB"), _("DATE"), _("STATE"), _("FIT"), _("GRAMS"), _("MINUTES"), _("WH (SUN/BATTERY)"), _("NAME")],
                [[o.id, o.created_at.strftime("%Y-%m-%d"), o.state, o.fit_id or "-", _num(o.used_filament_g, 1),
                  _num(o.printed_minutes, 0), _energy(o), o.name] for o in detail.orders],
            )
        )
    if detail.photos:
        lines.append(_("Photos: {count}").format(count=len(detail.photos)))
    return "\n".join(lines)


def _mm(value: float | None) -> str:
    return format_mm(value)


def _num(value: float | None, digits: int) -> str:
    return "-" if not value else f"{value:.{digits}f}"


def _energy(order: Any) -> str:
    if not order.used_energy_wh:
        return "-"
    text = f"{order.used_energy_wh:.0f} ({order.energy_from_sun_wh or 0:.0f}/{order.energy_from_battery_wh or 0:.0f})"
    return f"{text}, {_ENERGY_SOURCES[order.energy_source]}" if order.energy_source in _ENERGY_SOURCES else text


_ENERGY_SOURCES = {"readings": "measured", "partly_readings": "partly measured", "estimate": "estimated"}
