"""Console entry point: the core CLI, with the desktop app as what runs when no sub-command is given.

PySide6 is imported only when the window is actually opened, so headless commands stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli import main as cli_main
from app.cli.common import CliContext
from ui import screenshots


def launch_gui(ctx: CliContext, args: argparse.Namespace) -> int:
    from ui.app import run_app

    return run_app(ctx.services(), argv=sys.argv[:1])


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, gui=launch_gui, extra_modules=[screenshots])
