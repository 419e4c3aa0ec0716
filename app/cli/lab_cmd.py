"""`heliofab lab run | status`: the lab's queue, printers and charge controller without the window."""

from __future__ import annotations

import argparse
import json
import signal
import sys
from datetime import datetime

from app.cli.common import (
    CliContext,
    CliError,
    CommandResult,
    add_json_flag,
    command_group,
)
from i18n import _


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = command_group(subparsers, "lab", "run the lab without the window (a small computer beside the printers)")
    run = group.add_parser(
        "run",
        help="connect the lab's printers and charge controller and print the queue by itself until Ctrl+C or SIGTERM",
    )
    run.add_argument("--interval-s", type=float, default=60.0,
                     help="seconds between two looks at the plan and the battery (default 60)")
    run.add_argument("--reconnect-s", type=float, default=60.0,
                     help="seconds between two tries at a printer that is off or unplugged (default 60)")
    add_json_flag(run)
    run.set_defaults(func=lab_run)

    status = group.add_parser("status", help="whether a window or `lab run` holds this data folder now")
    add_json_flag(status)
    status.set_defaults(func=lab_status)


def lab_run(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_runner import LabRunner, LabSetupError
    from app.shutdown_signals import handling_signals, shutdown_signals, signal_name

    for flag, value in (("--interval-s", args.interval_s), ("--reconnect-s", args.reconnect_s)):
        if not 1.0 <= value <= 3600.0:
            raise CliError(_("{flag} {value:g} is outside 1…3600 seconds: leave it out for 60.").format(
                    flag=flag, value=value), exit_code=2)
    services = ctx.services()
    runner = LabRunner(services, say=_json_line if args.json else _line, interval_s=args.interval_s,
                       reconnect_every_s=args.reconnect_s)
    # Ctrl+C, a logout, a shutdown or `systemctl stop`: each only asks; the run loop does the stopping.
    wanted = (*shutdown_signals(), int(signal.SIGINT))
    with handling_signals(lambda signum: runner.request_stop(signal_name(signum)), wanted):
        try:
            summary = runner.run()
        except LabSetupError as exc:
            raise CliError(str(exc)) from exc
    # Each event is already printed as it happened; the summary is for --json readers.
    return CommandResult(summary.to_json(), "")


def lab_status(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_lock import is_data_folder_busy, read_holder

    is_busy = is_data_folder_busy(ctx.data_dir)
    holder = read_holder(ctx.data_dir) if is_busy else None
    data = {"is_busy": is_busy, "pid": holder.pid if holder else None, "holder": holder.what if holder else None,
            "since_utc": holder.since_utc if holder else None, "data_dir": str(ctx.data_dir)}
    if not is_busy:
        text = f"No Heliofab process holds {ctx.data_dir}: the window or `heliofab lab run` can open it."
    elif holder is None:
        text = f"A Heliofab process holds {ctx.data_dir} (it has not said which yet)."
    else:
        text = f"{holder.describe()[0].upper()}{holder.describe()[1:]} holds {ctx.data_dir} since {holder.since_utc}."
    return CommandResult(data, text)


def _line(at: datetime, message: str) -> None:
    # One line per event, flushed at once: journald or a file behind a pipe sees it as it happens.
    print(f"{at:%Y-%m-%d %H:%M:%S}Z {message}", file=sys.stdout, flush=True)


def _json_line(at: datetime, message: str) -> None:
    print(json.dumps({"at_utc": at.isoformat(timespec="seconds"), "message": message}), file=sys.stdout, flush=True)
