"""The `heliofab` command line: global options, then one sub-command; no sub-command opens the app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from types import ModuleType

from app import __version__
from app.cli import customize_cmd, doctor_cmd, energy_cmd, print_cmd, queue_cmd, slice_cmd
from app.cli.common import CliContext, CliError, print_result
from app.paths import DataDirError, resolve_data_dir
from db.engine import NotADatabaseError
from db.migrate import MigrationError

# Each module registers its own sub-commands; capabilities add theirs here.
COMMAND_MODULES: list[ModuleType] = [doctor_cmd, customize_cmd, slice_cmd, print_cmd, energy_cmd, queue_cmd]

GuiLauncher = Callable[[CliContext, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heliofab",
        description="Heliofab: fit, customize, slice and print eyeglass frames in an off-grid fab lab.",
    )
    parser.add_argument("--version", action="version", version=f"heliofab {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where Heliofab keeps its database and files (default: $HELIOFAB_HOME or the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext(data_dir=resolve_data_dir(args.data_dir))
    as_json = bool(getattr(args, "json", False))
    try:
        if args.command is None:
            if gui is None:
                raise CliError("The desktop app is not available here: run a sub-command (see `heliofab --help`).")
            return gui(ctx, args)
        result = args.func(args, ctx)
        print_result(result, as_json=as_json, out=sys.stdout)
        return result.exit_code
    except (CliError, DataDirError, NotADatabaseError, MigrationError) as exc:
        return _fail(str(exc), as_json=as_json, exit_code=getattr(exc, "exit_code", 1))
    except KeyboardInterrupt:
        return _fail("Interrupted.", as_json=as_json, exit_code=130)
    finally:
        ctx.close()


def _fail(message: str, *, as_json: bool, exit_code: int) -> int:
    if as_json:
        print(json.dumps({"error": message}))
    print(f"heliofab: {message}", file=sys.stderr)
    return exit_code
