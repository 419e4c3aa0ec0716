"""Builds the QApplication around already-built core services and runs the main window."""

from __future__ import annotations

import dataclasses
import logging
import signal
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.demo import start_demo_devices
from app.first_run import SetupError, apply_first_run
from app.services import Services
from app.settings import LabSettings, UiSettings
from app.shutdown_signals import shutdown_signals
from app.slice_files import HeldSlices, sweep_data_folder_slices
from ui.bridge import GuiBridge
from ui.context import ScreenContext
from ui.failure_dialogs import CrashReporter
from ui.first_run import FirstRunWizard
from ui.gc_guard import MainThreadGarbageCollector
from ui.i18n import choose_language, switch_language
from ui.main_window import MainWindow
from ui.qt_app import gui_application
from ui.screens.queue import QueueScreen
from ui.style import STYLE_SHEET
from ui.tasks import GuiTasks, TaskPanel
from ui.widgets.wheel_guard import install_wheel_guard
from ui.window_geometry import encode_geometry, show_placed

log = logging.getLogger(__name__)


def create_main_window(services: Services, language: str = "en") -> MainWindow:
    """The window and its wiring, for the app and for tests (a QApplication must exist)."""
    bridge = GuiBridge()
    panel = TaskPanel()
    tasks = GuiTasks(services.tasks, bridge, panel)
    slices = HeldSlices(services.paths.tmp_dir)
    ctx = ScreenContext(services=services, bridge=bridge, tasks=tasks, slices=slices)
    window = MainWindow(ctx, panel, language)
    bridge.setParent(window)
    tasks.setParent(window)
    # Slices a crash or a kill left behind: found once the window is up, off the GUI thread.
    paths, session_factory = services.paths, services.session_factory
    services.tasks.submit("Removing old slices", lambda _task: sweep_data_folder_slices(paths.tmp_dir, session_factory))
    return window


def run_app(services: Services, argv: Sequence[str] = ("heliofab",)) -> int:
    app = gui_application(argv)
    app.setApplicationName("Heliofab")
    app.setStyleSheet(STYLE_SHEET)
    install_wheel_guard(app)  # the wheel scrolls long forms instead of changing the field under the pointer
    collector = MainThreadGarbageCollector(app)  # the process's collection policy while the window runs
    ui_settings = start_in_language(app, services)
    language = choose_language(ui_settings.language)
    demo = start_demo_devices(services) if services.options.is_demo else None
    window = create_main_window(services, language)
    queue = window.screens.get("queue")
    if demo is not None and isinstance(queue, QueueScreen):
        queue.auto_check.setChecked(True)  # the demo printer prints planned jobs at their time by itself
    show_placed(window, ui_settings.window_geometry)
    watch_shutdown_signals(window)
    crashes = CrashReporter(app)
    collector.start_up_done()
    try:
        return app.exec()
    finally:
        crashes.uninstall()
        if demo is not None:
            demo.stop(services)
        remember_geometry(services, window)


def remember_geometry(services: Services, window: MainWindow) -> None:
    """Kept for the next start; written once the event loop has ended, so it never holds up the window."""
    if services.options.is_demo:
        return  # the demo lab is deleted when the app closes
    try:
        services.settings.save(dataclasses.replace(
            services.settings.load(UiSettings), window_geometry=encode_geometry(window)))
    except Exception:  # a read-only or full data folder must not turn a quit into a crash
        log.warning("The window's size and place could not be kept for the next start.", exc_info=True)


def watch_shutdown_signals(window: MainWindow) -> QTimer:
    """A logout, a shutdown, a closed console or Ctrl-C stops the prints (park, heaters off) and closes
    the window, without asking: nobody may be there to answer. Python runs a signal handler only when
    the interpreter gets control, so a timer wakes it five times a second."""
    for signum in (signal.SIGINT, *shutdown_signals()):
        signal.signal(signum, lambda *_: window.close_stopping_prints())
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(200)
    return wake


def start_in_language(app: QApplication, services: Services) -> UiSettings:
    """The catalogues go in before the first-run wizard, so it speaks the run's language (`--language`,
    HELIOFAB_LANG, the system's) rather than English; then the language the operator chose replaces them."""
    ui_settings = services.settings.load(UiSettings)
    switch_language(app, choose_language(ui_settings.language))  # the translators are the app's children
    if not services.options.is_demo and not ui_settings.has_completed_first_run:
        ui_settings = run_first_run(services, ui_settings)
        switch_language(app, choose_language(ui_settings.language))
    return ui_settings


def run_first_run(services: Services, ui_settings: UiSettings) -> UiSettings:
    """The guided setup; skipping it counts as done (it can be run again from the Energy screen)."""
    profiles = [(p.id, p.name) for p in services.profiles.printers()]
    wizard = FirstRunWizard(profiles, language=choose_language(ui_settings.language))
    if wizard.exec() and wizard.choices is not None:
        try:
            apply_first_run(services.session_factory, services.settings, services.profiles, wizard.choices)
        except SetupError as exc:
            # The other answers are saved; only the printer is left for the Settings screen.
            QMessageBox.warning(None, QCoreApplication.translate("FirstRunWizard", "The printer was not added"),
                                str(exc))
    else:
        # Skipping the rest still keeps the language and the lab name given on the first page.
        chosen_language = str(wizard.language.currentData() or ui_settings.language)
        services.settings.save(
            dataclasses.replace(ui_settings, has_completed_first_run=True, language=chosen_language)
        )
        lab_name = " ".join(wizard.lab_name.text().split())
        if lab_name:
            services.settings.save(dataclasses.replace(services.settings.load(LabSettings), lab_name=lab_name))
    return services.settings.load(UiSettings)
