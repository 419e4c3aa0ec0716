"""`heliofab doctor`: is this data directory healthy, and what can this machine do?

`--bundle DIR` also writes one zip to hand to whoever helps: logs, this report, versions and
machine facts, never customer data.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag
from i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("doctor", help="check the data directory, database, serial ports and helpers")
    parser.add_argument(
        "--bundle",
        metavar="DIR",
        type=Path,
        help="also write heliofab-doctor-<time>.zip into DIR for support: logs, this report, versions, "
        "machine facts and settings; no customer data",
    )
    parser.add_argument("--full", action="store_true",
                        help="check the contents of every stored file (slower), not only its size")
    parser.add_argument(
        "--repair", action="store_true",
        help="remove what stopped work left behind, finish a stopped restore, make the data folder private and move "
        "damaged stored files (found with --full, or by the last backup or check) to objects/damaged/, saying what "
        "to re-import or re-queue; says what it could not fix",
    )
    parser.add_argument(
        "--accept-lab-key", action="store_true",
        help="with --repair: take the key in the keys folder as this lab's signing key (after copying one in by hand)",
    )
    add_json_flag(parser)
    parser.set_defaults(func=doctor)


def doctor(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    if args.bundle is not None:
        return _bundle(args.bundle, ctx)
    from app.doctor import report_text, run_doctor

    if args.accept_lab_key and not args.repair:
        raise CliError(_("--accept-lab-key goes with --repair: run `heliofab doctor --repair "
                         "--accept-lab-key`."),
                       exit_code=2)
    services = ctx.services()
    report = run_doctor(services.paths, services.engine, services.session_factory, services.blobs, services.settings,
                        is_full=args.full, is_repair=args.repair, is_key_accepted=args.accept_lab_key)
    return CommandResult(report.to_json(), report_text(report), exit_code=0 if report.is_healthy else 1)


def _bundle(dest: Path, ctx: CliContext) -> CommandResult:
    from app.doctor_bundle import BundleError, write_doctor_bundle

    try:
        bundle = write_doctor_bundle(dest, data_dir=ctx.data_dir, open_services=ctx.services)
    except BundleError as exc:
        raise CliError(str(exc)) from exc
    if bundle.startup_error:
        text = _("Heliofab could not start: {error}").format(error=bundle.startup_error)
        data: dict[str, object] = {"healthy": False, "startup_error": bundle.startup_error}
    else:
        from app.doctor import report_text

        assert bundle.report is not None
        text = report_text(bundle.report)
        data = bundle.report.to_json()
    data["bundle"] = str(bundle.path)
    text += "\n\n" + _("Bundle for support: {path}\n(logs, this report, versions and machine facts; no customer "
                         "data)").format(path=bundle.path)
    return CommandResult(data, text, exit_code=0 if bundle.is_healthy else 1)
