"""`heliofab report`: what the lab made, per month and per customer, as text, JSON or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, format_table
from i18n import _, ngettext

if TYPE_CHECKING:
    from app.reports import ReportTotals


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("report", help="the lab report: items made, filament, minutes, energy, cost")
    parser.add_argument("--month", metavar="YYYY-MM", help="only this month")
    parser.add_argument("--customer", type=int, metavar="ID", help="only this customer")
    parser.add_argument("--csv", metavar="OUT.csv", help="also write every item as CSV")
    add_json_flag(parser)
    parser.set_defaults(func=report)


def report(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.reports import build_lab_report, report_csv
    from catalog.blobstore import atomic_write_bytes

    try:
        lab_report = build_lab_report(ctx.services().session_factory, month=args.month, customer_id=args.customer)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    if args.csv:
        target = Path(args.csv)
        if not target.parent.is_dir():
            raise CliError(_("The folder {parent} does not exist: create it or choose another --csv path.").format(
                    parent=target.parent))
        atomic_write_bytes(target, report_csv(lab_report).encode("utf-8"))
    if not lab_report.items:
        text = _("No finished prints yet: the report fills in as jobs complete.")
    else:
        from app.money import lab_cost_format

        cost = lab_cost_format(ctx.services().settings)
        headers = ["", _("made"), _("failed"), _("filament g"), _("minutes"), _("Wh sun"), _("Wh battery"),
                   _("cost/item")]

        def rows(totals: list[ReportTotals]) -> list[list[object]]:
            return [
                [t.key, t.items_made, t.failed_prints, f"{t.filament_g:.1f}", f"{t.minutes:.0f}",
                 f"{t.energy_from_sun_wh:.0f}", f"{t.energy_from_battery_wh:.0f}", cost.format(t.cost_per_item)]
                for t in totals
            ]

        text = _("Per month") + "\n" + format_table(headers, rows(lab_report.by_month))
        text += "\n\n" + _("Per customer") + "\n" + format_table(headers, rows(lab_report.by_customer))
    if args.csv:
        text += "\n\n" + ngettext("Wrote {count} item to {path}.", "Wrote {count} items to {path}.",
                                    len(lab_report.items)).format(count=len(lab_report.items), path=args.csv)
    return CommandResult(lab_report.to_json(), text)
