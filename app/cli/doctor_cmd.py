"""`heliofab doctor`: is this data directory healthy, and what can this machine do?"""

from __future__ import annotations

import argparse

from app.cli.common import CliContext, CommandResult, add_json_flag


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("doctor", help="check the data directory, database, serial ports and helpers")
    add_json_flag(parser)
    parser.set_defaults(func=doctor)


def doctor(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.doctor import run_doctor

    report = run_doctor(ctx.services())
    lines = [f"Data directory: {report.data_dir}", f"Database:       {report.db_file}", ""]
    for check in report.checks:
        lines.append(f"  [{'ok' if check.is_ok else 'FAIL'}] {check.name}: {check.detail}")
    lines.append("")
    if report.serial_ports:
        lines.append("Serial ports:")
        lines += [f"  {p['device']}  {p['description']} {p['vid_pid']}".rstrip() for p in report.serial_ports]
    else:
        lines.append("Serial ports: none found (plug the printer in, or use `heliofab sim-printer`)")
    for name, value in report.helpers.items():
        lines.append(f"{name}: {value or 'not available'}")
    lines.append("")
    lines.append("Healthy." if report.is_healthy else "Problems found: see FAIL lines above.")
    return CommandResult(report.to_json(), "\n".join(lines), exit_code=0 if report.is_healthy else 1)
