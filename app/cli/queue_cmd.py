"""`heliofab queue list | add | remove | plan`."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import (
    CliContext,
    CliError,
    CommandResult,
    add_json_flag,
    command_group,
    format_table,
)
from i18n import _

if TYPE_CHECKING:
    from app.queue.model import Plan
    from app.slicing import Estimate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = command_group(subparsers, "queue", "the solar-aware print queue")
    lst = group.add_parser("list", help="jobs waiting, planned or printing")
    add_json_flag(lst)
    lst.set_defaults(func=queue_list)

    add = group.add_parser("add", help="queue a G-code file, or a job described by its time and energy")
    add.add_argument("gcode", nargs="?", metavar="FILE.gcode", help="analysed for time, energy profile and peak power")
    add.add_argument("--name")
    add.add_argument("--duration-min", type=float)
    add.add_argument("--energy-wh", type=float)
    add.add_argument("--peak-w", type=float, default=0.0)
    add.add_argument("--priority", type=int, default=0, help="higher prints first (-100…100)")
    add.add_argument("--deadline", metavar="UTC", help="e.g. 2025-03-04T15:00:00Z")
    add.add_argument("--printer", help="the printer it must run on (by name)")
    add.add_argument("--printer-profile", metavar="PROFILE",
                     help="the printer profile FILE was sliced for; it is checked against it before it is queued "
                          "(default: the profile of --printer, or of the lab's printers when they all share one)")
    add.add_argument("--material", metavar="NAME", help="the material FILE was sliced for (for grams and cost)")
    _add_order_flags(add)
    add_json_flag(add)
    add.set_defaults(func=queue_add)

    fit = group.add_parser("add-fit", help="a customer's frames: regenerate a saved fit, slice it and queue it")
    fit.add_argument("fit_id", type=int, metavar="FIT_ID", help="the saved fit (see `heliofab customers show`)")
    fit.add_argument("--printer-profile", required=True, metavar="PROFILE", help="see `heliofab printers profiles`")
    fit.add_argument("--material", metavar="NAME", help="material profile (default PLA)")
    fit.add_argument("--priority", type=int, default=0, help="higher prints first (-100…100)")
    fit.add_argument("--for-sale", action="store_true", help="the frames will be sold")
    fit.add_argument("--sale-confirmed", action="store_true",
                     help="the design's author agreed to sales (needed for non-commercial licences)")
    add_json_flag(fit)
    fit.set_defaults(func=queue_add_fit)

    design = group.add_parser(
        "add-design", help="any catalogue design: make it with chosen values, slice it and queue it",
        description="Examples: `heliofab queue add-design self-adjust-syringe-clips --set syringe_barrel_d_mm=12 "
        "--printer-profile creality-ender3 --customer C-0001`; `heliofab queue add-design DESIGN_ID "
        "--printer-profile prusa-mk3` for an imported STL or 3MF.",
    )
    design.add_argument("design_id", metavar="DESIGN_ID", help="see `heliofab catalog list`")
    design.add_argument("--printer-profile", required=True, metavar="PROFILE", help="see `heliofab printers profiles`")
    design.add_argument("--set", dest="assignments", action="append", default=[], metavar="NAME=VALUE",
                        help="set one parameter of a parametric design (repeat for more; see `heliofab customize "
                             "DESIGN_ID --list-params`)")
    design.add_argument("--material", metavar="NAME",
                        help="material profile (default: the design's own material choice, else PLA)")
    design.add_argument("--customer", metavar="CODE", help="the customer whose order this is (code or id)")
    design.add_argument("--priority", type=int, default=0, help="higher prints first (-100…100)")
    design.add_argument("--for-sale", action="store_true", help="the print will be sold")
    design.add_argument("--sale-confirmed", action="store_true",
                        help="the design's author agreed to sales (needed for non-commercial licences)")
    add_json_flag(design)
    design.set_defaults(func=queue_add_design)

    rm = group.add_parser("remove", help="take a job out of the queue")
    rm.add_argument("job_id", type=int)
    add_json_flag(rm)
    rm.set_defaults(func=queue_remove)

    terms = group.add_parser("set", help="change a waiting job's priority or needed-by deadline, then re-plan")
    terms.add_argument("job_id", type=int)
    terms.add_argument("--priority", type=int, help="higher prints first (-100…100)")
    needed = terms.add_mutually_exclusive_group()
    needed.add_argument("--deadline", metavar="UTC", help="needed by, e.g. 2025-03-04T15:00:00Z")
    needed.add_argument("--no-deadline", action="store_true", help="drop the job's deadline")
    add_json_flag(terms)
    terms.set_defaults(func=queue_set)

    plan = group.add_parser(
        "plan", help="plan the lab's queue (or a scenario in JSON) and explain each decision"
    )
    plan.add_argument("scenario", nargs="?", metavar="SCENARIO.json")
    plan.add_argument("--example", action="store_true", help="print a complete example scenario")
    add_json_flag(plan)
    plan.set_defaults(func=queue_plan)


def queue_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.queue.store import list_jobs

    jobs = list_jobs(ctx.session_factory())
    if not jobs:
        return CommandResult({"jobs": []}, _("The queue is empty: add a job with `heliofab queue add FILE.gcode`."))
    rows = [
        [j.id, j.name, j.state.label, j.priority, f"{j.duration_min:.0f} min", f"{j.energy_wh:.0f} Wh",
         j.planned_start_utc.strftime("%Y-%m-%d %H:%M") if j.planned_start_utc else "—", j.planned_printer or "—"]
        for j in jobs
    ]
    text = format_table([_("id"), _("name"), _("state"), _("prio"), _("time"), _("energy"), _("planned (UTC)"),
                         _("printer")], rows)
    # A job with no start says why (and, for energy, what would let it print), as `queue plan` does.
    waiting = [f"{j.id}: {j.plan_reason}" for j in jobs if j.planned_start_utc is None and j.plan_reason]
    if waiting:
        text += "\n\n" + "\n".join(waiting)
    return CommandResult({"jobs": [j.to_json() for j in jobs]}, text)


def queue_add(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.queue.model import PlanInputError
    from app.queue.scenario import parse_utc
    from app.queue.store import QueueError, UnsafeQueueFileError, add_job, list_jobs

    deadline: datetime | None = None
    try:
        if args.deadline:
            deadline = parse_utc(args.deadline, "--deadline")
    except PlanInputError as exc:
        raise CliError(str(exc)) from exc
    services = ctx.services()
    try:
        if args.gcode:
            from app.queue.gcode_estimate import GcodeEstimateError
            from app.queue.intake import queue_gcode_file

            try:
                job_id = queue_gcode_file(
                    services.session_factory, services.blobs, services.profiles, Path(args.gcode),
                    printer_profile_id=args.printer_profile, material_id=args.material,
                    name=args.name, priority=args.priority, deadline_utc=deadline, printer=args.printer,
                    order=_order_from_flags(services, args),
                )
            except UnsafeQueueFileError as exc:
                raise CliError(str(exc), data={"safety": exc.report.to_json()}) from exc
            except GcodeEstimateError as exc:
                raise CliError(str(exc)) from exc
        else:
            if args.duration_min is None or args.energy_wh is None or not args.name:
                raise CliError(_("Give a G-code file, or --name, --duration-min and --energy-wh."))
            if args.printer_profile or args.material:
                raise CliError(_("--printer-profile and --material describe a G-code file: give the file too."))
            job_id = add_job(services.session_factory, name=args.name, duration_min=args.duration_min,
                             energy_wh=args.energy_wh, peak_w=args.peak_w, priority=args.priority,
                             deadline_utc=deadline, printer=args.printer, order=_order_from_flags(services, args))
    except QueueError as exc:
        raise CliError(str(exc)) from exc
    job = next(j for j in list_jobs(services.session_factory) if j.id == job_id)
    text = _("Queued job {job} '{name}': {minutes:.0f} min, {energy:.0f} Wh, peak {peak:.0f} W.").format(
        job=job.id, name=job.name, minutes=job.duration_min, energy=job.energy_wh, peak=job.peak_w)
    if job.printer_profile_id:
        text += " " + _("Checked for the printer profile {profile}.").format(profile=job.printer_profile_id)
    return CommandResult(job.to_json(), text)


def _add_order_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", type=int, metavar="ID", help="the customer whose order this is")
    parser.add_argument("--fit", type=int, metavar="FIT_ID", help="the saved fit these parts were made from")
    parser.add_argument("--design", metavar="ID", help="the catalogue design (its licence travels with the job)")
    parser.add_argument("--for-sale", action="store_true", help="the print will be sold")
    parser.add_argument("--sale-confirmed", action="store_true",
                        help="the design's author agreed to sales (needed for non-commercial licences)")


def _order_from_flags(services, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.queue.order import SaleNeedsConfirmationError, order_link

    if args.customer is None and args.fit is None and args.design is None:
        return None
    try:
        with services.session_factory() as session:
            return order_link(session, customer_id=args.customer, fit_id=args.fit, design_id=args.design,
                              is_for_sale=args.for_sale, is_sale_confirmed=args.sale_confirmed)
    except (SaleNeedsConfirmationError, ValueError) as exc:
        raise CliError(str(exc)) from exc


def queue_add_fit(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.fitting.errors import FittingError
    from app.orders import queue_fit
    from app.queue.order import SaleNeedsConfirmationError
    from app.queue.store import QueueError
    from app.slicing import UnsafeGcodeError
    from printers.profiles import ProfileError, UnknownProfileError
    from printers.slicer import SliceError

    try:
        services = ctx.services()
        order = queue_fit(
            services.session_factory, services.blobs, services.profiles, services.paths, args.fit_id,
            printer_id=args.printer_profile, material_id=args.material, priority=args.priority,
            is_for_sale=args.for_sale, is_sale_confirmed=args.sale_confirmed,
        )
    except (FittingError, SliceError, UnsafeGcodeError, SaleNeedsConfirmationError, ProfileError,
            UnknownProfileError, QueueError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    e = order.estimate
    text = _("Queued job {job} for fit {fit} ({design}, {licence}): {estimate}").format(
        job=order.job_id, fit=order.fit_id, design=order.design_id, licence=order.licence,
        estimate=_estimate(ctx, e))
    if order.is_style_newer:
        text += "\n" + _("The style changed since this fit was saved: check the paper template again before printing.")
    return CommandResult(order.to_json(), text)


def queue_add_design(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.customize import CustomizeError, parse_assignments
    from app.fitting.customers import find_customer
    from app.fitting.errors import FittingError
    from app.orders import queue_design
    from app.queue.order import SaleNeedsConfirmationError
    from app.queue.store import QueueError
    from app.slicing import UnsafeGcodeError
    from printers.profiles import ProfileError, UnknownProfileError
    from printers.slicer import SliceError

    if args.sale_confirmed and not args.for_sale:
        raise CliError(_("--sale-confirmed goes with --for-sale: add --for-sale, or leave both out for a gift."),
                       exit_code=2)
    services = ctx.services()
    try:
        values = parse_assignments(args.assignments)
        customer = find_customer(services.session_factory, args.customer) if args.customer is not None else None
        order = queue_design(
            services.session_factory, services.blobs, services.profiles, services.catalog, services.paths,
            args.design_id, values, printer_id=args.printer_profile, material_id=args.material,
            customer_id=customer.id if customer is not None else None, priority=args.priority,
            is_for_sale=args.for_sale, is_sale_confirmed=args.sale_confirmed,
        )
    except UnsafeGcodeError as exc:
        raise CliError(str(exc), data={"problems": exc.report.to_json()}) from exc
    except (CustomizeError, FittingError, SliceError, SaleNeedsConfirmationError, ProfileError,
            UnknownProfileError, QueueError, ValueError) as exc:
        raise CliError(str(exc)) from exc
    e = order.estimate
    if customer is not None:
        text = _("Queued job {job} '{name}' for customer {customer} ({design}, {licence}): {estimate}").format(
            job=order.job_id, name=order.name, customer=customer.code, design=order.design_id,
            licence=order.licence, estimate=_estimate(ctx, e))
    else:
        text = _("Queued job {job} '{name}' ({design}, {licence}): {estimate}").format(
            job=order.job_id, name=order.name, design=order.design_id, licence=order.licence,
            estimate=_estimate(ctx, e))
    return CommandResult({**order.to_json(), "parameters": values}, text)


def _estimate(ctx: CliContext, e: Estimate) -> str:
    """What a queued order will cost in time, filament, energy and money."""
    return _("{printing:.0f} min printing + {heating:.0f} min heat-up, {grams:.1f} g, {energy:.0f} Wh, "
             "material {cost}.").format(printing=e.print_minutes, heating=e.heat_up_minutes, grams=e.filament_g,
                                        energy=e.energy_wh, cost=_cost(ctx, e.material_cost))


def _cost(ctx: CliContext, amount: float) -> str:
    from app.money import lab_cost_format

    return lab_cost_format(ctx.services().settings).format(amount)


def queue_remove(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.queue.store import QueueError, remove_job

    try:
        name = remove_job(ctx.services().session_factory, args.job_id)
    except QueueError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult({"removed": args.job_id}, _("Removed job {job} '{name}'.").format(job=args.job_id, name=name))


def queue_set(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.queue.model import PlanInputError
    from app.queue.scenario import parse_utc
    from app.queue.service import plan_lab_queue
    from app.queue.store import QueueError, list_jobs, set_terms

    services = ctx.services()
    job = next((j for j in list_jobs(services.session_factory) if j.id == args.job_id), None)
    if job is None:
        raise CliError(_("There is no job {job} in the queue: see `heliofab queue list`.").format(job=args.job_id))
    try:
        deadline = None if args.no_deadline else (
            parse_utc(args.deadline, "--deadline") if args.deadline else job.deadline_utc)
        set_terms(services.session_factory, job.id, job.priority if args.priority is None else args.priority, deadline)
    except (PlanInputError, QueueError) as exc:
        raise CliError(str(exc)) from exc
    plan, _state = plan_lab_queue(services.session_factory, services.settings, services.profiles)
    placed = plan.assignment_for(job.id)
    reason = placed.reason if placed is not None else next(
        (u.reason for u in plan.unscheduled if u.job == job.id), "")
    changed = next(j for j in list_jobs(services.session_factory) if j.id == job.id)
    return CommandResult({"job": changed.to_json(), "reason": reason},
                         _("Job {job} '{name}': priority {priority}, needed by {deadline}.").format(
                             job=job.id, name=job.name, priority=changed.priority,
                             deadline=changed.deadline_utc.isoformat() if changed.deadline_utc else _("no deadline"))
                         + f" {reason}")


def queue_plan(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.queue.model import PlanInputError
    from app.queue.planner import Planner
    from app.queue.scenario import example_scenario, load_scenario

    if args.example:
        data = example_scenario()
        return CommandResult(data, json.dumps(data, indent=2))
    if not args.scenario:
        return _plan_lab(ctx)
    path = Path(args.scenario)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    try:
        inp = load_scenario(text)
        plan = Planner(inp).plan()
    except PlanInputError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(plan.to_json(), describe_plan(plan))


def _plan_lab(ctx: CliContext) -> CommandResult:
    from app.queue.model import PlanInputError
    from app.queue.service import plan_lab_queue

    services = ctx.services()
    try:
        plan, state = plan_lab_queue(services.session_factory, services.settings, services.profiles)
    except PlanInputError as exc:
        raise CliError(str(exc)) from exc
    if not plan.assignments and not plan.unscheduled:
        return CommandResult(plan.to_json(), _("The queue is empty: add a job with `heliofab queue add` first."))
    text = describe_plan(plan, state.site.timezone)
    if state.latest is None:
        text += "\n" + _(
            "No battery reading yet, so the plan assumes the battery sits at its reserve: type one with "
            "`heliofab energy manual --soc-pct N`, or read the charge controller with `heliofab energy read`."
        )
    return CommandResult(plan.to_json(), text)


def describe_plan(plan: Plan, timezone: str = "UTC") -> str:
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(timezone)
    lines = []
    for a in plan.assignments:
        start, end = a.start_utc.astimezone(zone), a.end_utc.astimezone(zone)
        lines.append(f"{a.job}: {a.printer} {start:%Y-%m-%d %H:%M}–{end:%H:%M} {start:%Z}. {a.reason}")
    for u in plan.unscheduled:
        lines.append(f"{u.job}: {u.reason}")
    if plan.soc_pct:
        low = min(plan.soc_pct)
        lines.append(
            _("Battery (cautious forecast): lowest {low:.0f} %, reserve {reserve:.0f} %, end of plan "
              "{end:.0f} %.").format(low=low, reserve=plan.reserve_pct, end=plan.soc_pct[-1])
        )
    lines += plan.warnings
    return "\n".join(lines)
