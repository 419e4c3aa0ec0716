"""The `heliofab` command line: global options, then one sub-command; no sub-command opens the app."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from types import ModuleType

from app import __version__
from app.cli.common import CliContext, CliError, CommandResult, print_result, shown_text, undecodable_argument
from app.cli.folder_access import holder_name, needs_lock
from app.gc_policy import collect_automatically
from app.lab_lock import DataFolderLockError
from app.logs import ON_CONSOLE, ProcessLog, start_logging
from app.native_threads import limit_blas_threads
from app.paths import DataDirError, fresh_demo_dir, resolve_data_dir
from app.runtime_info import summary_line
from db.errors import MigrationError, NotADatabaseError, disk_full_error

# Each module of app.cli registers its own sub-commands; capabilities add theirs here. The order is
# that of `heliofab --help`, and a group shared by two modules takes its help from the first.
COMMAND_MODULES: dict[str, frozenset[str]] = {  # module -> the commands it adds (a test keeps them true)
    "doctor_cmd": frozenset({"doctor"}),
    "backup_cmd": frozenset({"backup", "restore"}),
    "catalog_cmd": frozenset({"catalog"}),
    "customize_cmd": frozenset({"customize"}),
    "energy_cmd": frozenset({"energy", "sim-charger"}),
    "fitting_cmd": frozenset({"customers", "fit"}),
    "installer_cmd": frozenset({"installer"}),
    "lab_cmd": frozenset({"lab"}),
    "print_cmd": frozenset({"print", "printers", "sim-printer"}),
    "printers_cmd": frozenset({"printers"}),
    "queue_cmd": frozenset({"queue"}),
    "report_cmd": frozenset({"report"}),
    "settings_cmd": frozenset({"settings"}),
    "site_cmd": frozenset({"energy"}),
    "slice_cmd": frozenset({"gcode", "printers", "slice"}),
}
# Global options that take a value: the word after them is not the command.
_GLOBAL_VALUE_OPTIONS = frozenset({"--data-dir", "--language"})

GuiLauncher = Callable[[CliContext, argparse.Namespace], int]

# What an operator types into these is customer data: their failures are logged without the reason.
CUSTOMER_COMMANDS = frozenset({"customers", "fit"})
STARTUP_ERRORS = (DataDirError, NotADatabaseError, MigrationError, DataFolderLockError)

log = logging.getLogger(__name__)


def build_parser(
    extra_modules: Sequence[ModuleType] = (), argv: Sequence[str] | None = None
) -> argparse.ArgumentParser:
    """The whole command line; with `argv` naming a command, only the modules that add it are imported
    and registered (a command then starts without loading every other command's libraries). Without
    `argv`, every command."""
    parser = argparse.ArgumentParser(
        prog="heliofab",
        description="Heliofab: fit, customize, slice and print eyeglass frames in an off-grid fab lab. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"heliofab {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where Heliofab keeps its database and files (default: $HELIOFAB_HOME or the user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a fresh demo lab (sample customers, simulated printer and charge controller); "
        "your real data is not touched",
    )
    parser.add_argument(
        "--language",
        metavar="LANG",
        help="the language of messages: en, fr, es… (default: $HELIOFAB_LANG, the lab's setting, the computer's); "
        "--json output stays in English",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    command = command_word(argv)
    names = [name for name, commands in COMMAND_MODULES.items() if command is None or command in commands]
    if command is not None and not names:  # a capability's command (`screenshots`), or a mistyped one
        names = list(COMMAND_MODULES)
    modules = [importlib.import_module(f"app.cli.{name}") for name in names]
    for module in [*modules, *extra_modules]:
        module.register(subparsers)
    return parser


def command_word(argv: Sequence[str] | None) -> str | None:
    """The sub-command an argument list names, or None (no list, no command, only global options, or
    help)."""
    words = list(argv or ())
    index = 0
    while index < len(words):
        word = words[index]
        if word in ("-h", "--help", "--version"):
            return None
        # argparse takes an option's unambiguous beginning too (`--data lab`): its value follows it.
        if len(word) > 2 and "=" not in word and any(name.startswith(word) for name in _GLOBAL_VALUE_OPTIONS):
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        return word
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    gui: GuiLauncher | None = None,
    extra_modules: Sequence[ModuleType] = (),
) -> int:
    """`extra_modules` lets the desktop layer add commands that need Qt (e.g. `screenshots`)."""
    limit_blas_threads()  # before any command loads numpy
    parser = build_parser(extra_modules, sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    refusal = undecodable_argument(args)
    if refusal is not None:
        return _fail(refusal, as_json=bool(getattr(args, "json", False)), exit_code=2)
    if args.demo and args.data_dir:
        return _fail("--demo uses a fresh folder of its own: leave out --data-dir.", as_json=False, exit_code=2)
    ctx = CliContext(data_dir=fresh_demo_dir() if args.demo else resolve_data_dir(args.data_dir), is_demo=args.demo)
    process_log = start_logging(ctx.data_dir)
    _choose_language(args, ctx)
    collect_automatically()  # the window, when it opens, takes collection over onto its own thread
    log.info("Start: %s; %s", describe_invocation(args), summary_line())
    log.info("Data folder: %s", ctx.data_dir)
    started_s = time.monotonic()
    exit_code: int | None = None
    try:
        exit_code = _run(args, ctx, gui)
        return exit_code
    except Exception:
        log.exception("Stopped by an unexpected error")
        raise
    finally:
        outcome = "an unexpected error" if exit_code is None else f"exit code {exit_code}"
        log.info("Finished with %s after %.1f s", outcome, time.monotonic() - started_s)
        _close(ctx, process_log)


def _choose_language(args: argparse.Namespace, ctx: CliContext) -> None:
    """Messages in the operator's language; `--json` stays English for the scripts that read it."""
    from app.i18n import choose_language, lab_language_setting, use_language

    if getattr(args, "json", False):
        use_language("en")
        return
    is_chosen = bool(args.language or os.environ.get("HELIOFAB_LANG"))
    setting = "" if ctx.is_demo or is_chosen else lab_language_setting(ctx.data_dir)
    use_language(choose_language(args.language, setting))


def describe_invocation(args: argparse.Namespace) -> str:
    """The command and its action, never the values given to them (a customer's name, a file name)."""
    if args.command is None:
        words = ["desktop app"]
    else:
        words = [args.command]
        action = getattr(args, f"{args.command}_command", None)
        if isinstance(action, str):
            words.append(action)
    words += [flag for flag, is_set in (("--demo", args.demo), ("--json", getattr(args, "json", False))) if is_set]
    return " ".join(words)


def _run(args: argparse.Namespace, ctx: CliContext, gui: GuiLauncher | None) -> int:
    as_json = bool(getattr(args, "json", False))
    try:
        if args.command is None:
            if gui is None:
                raise CliError("The desktop app is not available here: run a sub-command (see `heliofab --help`).")
            return gui(ctx, args)  # the window takes the data folder itself, to say so in a window
        if needs_lock(args):
            ctx.hold_data_folder(holder_name(args))
        result: CommandResult = args.func(args, ctx)
        print_result(result, as_json=as_json, out=sys.stdout)
        return result.exit_code
    except (CliError, *STARTUP_ERRORS) as exc:
        exit_code = getattr(exc, "exit_code", 1)
        _log_failure(args, exc, exit_code)
        return _fail(str(exc), as_json=as_json, exit_code=exit_code)
    except KeyboardInterrupt:
        log.info("Interrupted by the operator")
        return _fail("Interrupted.", as_json=as_json, exit_code=130)
    except BrokenPipeError:
        # `heliofab … | head`: the reader left; say nothing more (and keep Python from complaining at exit).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # A full disk can meet any command that writes (the database, the blob store, a log): one
        # sentence about space, never a traceback or advice about permissions.
        full = disk_full_error(exc, ctx.data_dir)
        if full is None:
            raise
        _log_failure(args, full, 1)
        return _fail(str(full), as_json=as_json, exit_code=1)


def _log_failure(args: argparse.Namespace, exc: Exception, exit_code: int) -> None:
    extra = {ON_CONSOLE: True}
    if isinstance(exc, STARTUP_ERRORS):
        log.error("Start-up refused (%s): %s", exc.__class__.__name__, exc, extra=extra)
    elif args.command in CUSTOMER_COMMANDS:
        log.warning("Command refused with exit code %s (reason not logged: it may hold customer data)", exit_code,
                    extra=extra)
    else:
        log.warning("Command refused with exit code %s: %s", exit_code, exc, extra=extra)


def _close(ctx: CliContext, process_log: ProcessLog) -> None:
    if ctx.is_demo:
        # The demo folder, logs included, is deleted: the log file must be closed first (Windows).
        process_log.close()
        ctx.close()
        return
    ctx.close()
    process_log.close()


def _fail(message: str, *, as_json: bool, exit_code: int) -> int:
    message = shown_text(message)
    if as_json:
        print(json.dumps({"error": message}))
    print(f"heliofab: {message}", file=sys.stderr)
    return exit_code
