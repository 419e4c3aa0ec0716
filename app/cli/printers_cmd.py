"""`heliofab printers add | list | remove`: the lab's printers, set up without the window."""

from __future__ import annotations

import argparse

from app.cli.common import (
    CliContext,
    CliError,
    CommandResult,
    add_json_flag,
    command_group,
    format_table,
)
from i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printers = command_group(subparsers, "printers", "printers and their profiles")
    add = printers.add_parser("add", help="set up a printer of this lab: its name, port and profile")
    add.add_argument("name", help="what the lab calls it, e.g. \"Ender by the window\"")
    add.add_argument("--port", required=True,
                     help="where it is plugged in: COM12, /dev/ttyUSB0, or sim://NAME for the simulated printer")
    add.add_argument("--profile", required=True, help="its printer profile (see `heliofab printers profiles`)")
    add.add_argument("--baud", type=int, default=115200, help="serial speed (default 115200)")
    add_json_flag(add)
    add.set_defaults(func=add_printer)

    listing = printers.add_parser("list", help="the printers of this lab, with their ports and profiles")
    add_json_flag(listing)
    listing.set_defaults(func=list_printers)

    remove = printers.add_parser("remove", help="take a printer out of this lab (its jobs go to the others)")
    remove.add_argument("name")
    add_json_flag(remove)
    remove.set_defaults(func=remove_printer)


def add_printer(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_printers import LabPrinterError, add_lab_printer

    services = ctx.services()
    try:
        printer = add_lab_printer(services.session_factory, services.profiles, name=args.name, port=args.port,
                                  profile_id=args.profile, baud=args.baud)
    except LabPrinterError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(
        printer.to_json(),
        _("Added {name} ({profile}) on {port}. `heliofab lab run` or the window connects it.").format(
            name=printer.name, profile=printer.profile_id, port=printer.port),
    )


def list_printers(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_printers import list_lab_printers

    printers = list_lab_printers(ctx.services().session_factory)
    if not printers:
        return CommandResult(
            [],
            _("No printer is set up in this lab yet: add one with "
              "`heliofab printers add NAME --port PORT --profile ID`.")
        )
    rows = [[p.name, p.profile_id, p.port or "—", p.baud, _("yes") if p.is_enabled else _("no")] for p in printers]
    return CommandResult([p.to_json() for p in printers],
                         format_table([_("name"), _("profile"), _("port"), _("baud"), _("enabled")], rows))


def remove_printer(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_printers import LabPrinterError, remove_lab_printer

    try:
        printer = remove_lab_printer(ctx.services().session_factory, args.name)
    except LabPrinterError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(printer.to_json(), _("Removed {name} from this lab.").format(name=printer.name))
