"""`heliofab screenshots OUTDIR`: every main screen, with demo data, rendered offscreen to PNG."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag

SCREEN_SIZE = (1366, 768)  # the laptops labs actually have


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("screenshots", help="render every main screen (with demo data) to PNG files")
    parser.add_argument("outdir", metavar="OUTDIR", help="folder for the PNG files (created if missing)")
    parser.add_argument("--language", default="en", metavar="CODE",
                        help="the screens' language: en, or a translation's code such as fr or es")
    parser.add_argument("--check-layout", action="store_true",
                        help="also list buttons and messages out of view and cut labels on every tab; "
                             "exit code 1 when there are any")
    add_json_flag(parser)
    parser.set_defaults(func=screenshots)


def screenshots(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_preferences import available_languages

    outdir = Path(args.outdir)
    if args.language not in available_languages():
        raise CliError(f"Heliofab has no '{args.language}' translation: use one of "
                       f"{', '.join(available_languages())}.", exit_code=2)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"Cannot create {outdir} ({exc.strerror}): choose another OUTDIR.") from exc
    # Offscreen unless the caller chose a platform: screenshots must work on a machine with no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.demo import seed_demo_lab, seed_demo_order, start_demo_devices
    from app.paths import fresh_demo_dir
    from app.services import StartupOptions, build_services

    demo_dir = fresh_demo_dir()
    services = build_services(StartupOptions(data_dir=demo_dir, is_demo=True))
    try:
        seed_demo_lab(services)
        seed_demo_order(services)
        # The demo devices, as `heliofab --demo` runs them: a connected printer and a charge controller.
        devices = start_demo_devices(services, printer_speed=0.0)
        try:
            files, problems = render_all(services, outdir, args.language, check_layout=args.check_layout)
        finally:
            devices.stop(services)
    finally:
        services.close()
        shutil.rmtree(demo_dir, ignore_errors=True)
    text = "\n".join([*(str(f) for f in files), *problems])
    data: dict[str, list[str]] = {"files": [str(f) for f in files]}
    if args.check_layout:
        data["layout_problems"] = problems
    return CommandResult(data, text, exit_code=1 if problems else 0)


def render_all(services, outdir: Path, language: str = "en", *,  # type: ignore[no-untyped-def]
               check_layout: bool = False) -> tuple[list[Path], list[str]]:
    from ui.app import create_main_window
    from ui.i18n import switch_language
    from ui.qt_app import gui_application
    from ui.style import STYLE_SHEET

    app = gui_application(["heliofab"])
    app.setStyleSheet(STYLE_SHEET)
    switch_language(app, language)  # before the window: every screen is built in it
    try:
        return _render_screens(app, create_main_window(services, language), outdir, check_layout)
    finally:
        if language != "en":
            switch_language(app, "en")


def _render_screens(app, window, outdir: Path,  # type: ignore[no-untyped-def]
                    check_layout: bool) -> tuple[list[Path], list[str]]:
    from ui.main_window import areas
    from ui.screens.fitting import FittingScreen

    window.resize(*SCREEN_SIZE)
    window.show()
    files = []
    problems: list[str] = []
    for index, area in enumerate(areas(), start=1):
        screen = window.show_area(area.key)
        _process_events_for(app, 400)
        customers = screen.customers.customer_list if isinstance(screen, FittingScreen) else None
        if customers is not None and customers.count():
            # A customer with a queued order and finished ones: the whole record, not the empty state.
            customers.setCurrentRow(customers.count() - 1)
            _process_events_for(app, 600)
        target = outdir / f"{index:02d}-{area.key}.png"
        if not window.grab().save(str(target)):
            raise CliError(f"Could not write {target}: check the folder is writable.")
        files.append(target)
        if check_layout:
            problems += _layout_problems(app, window, area.key)
    window.close()
    window.deleteLater()
    _process_events_for(app, 50)
    return files, problems


def _layout_problems(app, window, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    from ui.layout_audit import audit_window, tab_views

    available = QRect(0, 0, *SCREEN_SIZE)
    found: list[str] = []
    for view in tab_views(window.stack.currentWidget()):
        _process_events_for(app, 100)
        found += [f"{key} [{view}] {problem}" for problem in
                  audit_window(window, main_area=window.stack_scroll, available=available)]
    return list(dict.fromkeys(found))


def _process_events_for(app, milliseconds: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(milliseconds)
    while not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
