"""`heliofab backup DEST` and `heliofab restore SRC`: the whole lab, customers included, verified."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag
from app.paths import prepare_data_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("backup", help="back up the whole lab (database, files, keys) to a stick or folder")
    p.add_argument("dest", metavar="DEST", type=Path)
    add_json_flag(p)
    p.set_defaults(func=backup)
    p = subparsers.add_parser("restore", help="restore a backup into this data directory (a new laptop)")
    p.add_argument("source", metavar="SRC", type=Path, help="a heliofab-backup-… folder, or the folder holding them")
    p.add_argument("--replace", action="store_true", help="replace existing data (it is kept under backups/ first)")
    add_json_flag(p)
    p.set_defaults(func=restore)


def backup(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.backup import BackupError

    try:
        report = ctx.services().catalog.backup(args.dest)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(
        report.to_json(),
        f"Backed up {report.file_count} files ({report.total_bytes:,} bytes) to {report.folder}, verified. "
        "It holds customers' data: keep the stick safe.",
    )


def restore(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    # The database must not be open while it is replaced: restore first, then open (and migrate) it.
    from catalog.backup import BackupError, restore_backup

    paths = prepare_data_dir(ctx.data_dir)
    try:
        report = restore_backup(args.source, paths.root, is_replace=args.replace)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    ctx.services()
    kept = f" The previous database is kept at {report.previous_db_kept_at}." if report.previous_db_kept_at else ""
    return CommandResult(
        report.to_json(),
        f"Restored {report.file_count} files ({report.total_bytes:,} bytes) from {report.source} into {paths.root}.{kept}",
    )
