"""Console entry point: the core CLI, with the desktop app as what runs when no sub-command is given.

PySide6 is imported only when the window is actually opened, so headless commands stay fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app.cli import main as cli_main
from app.cli.common import CliContext
from app.i18n import ENV_VAR
from ui import screenshots

log = logging.getLogger(__name__)


def launch_gui(ctx: CliContext, args: argparse.Namespace) -> int:
    from app.runtime_info import versions

    log.info("Opening the desktop app; versions: %s", versions())
    try:
        ctx.hold_data_folder("the window")  # one process per lab: a second window or `lab run` is refused
        services = ctx.services()
    except Exception as exc:
        # A double-clicked app has no console: the reason must reach the operator in a window too
        # (the command line still prints it on stderr, when there is one, and logs it).
        _show_startup_failure(exc)
        raise
    from ui.app import run_app

    if args.language:
        # The window reads the run's language where HELIOFAB_LANG is read: `--language` wins over the setting.
        os.environ[ENV_VAR] = args.language
    return run_app(services, argv=sys.argv[:1])


def _show_startup_failure(exc: Exception) -> None:
    try:
        from ui.failure_dialogs import one_line, show_startup_failure

        show_startup_failure(one_line(exc))
    except Exception:
        log.exception("Could not show the start-up failure dialog")


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, gui=launch_gui, extra_modules=[screenshots])
