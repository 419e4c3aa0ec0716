"""The main window: a navigation list of areas, the current area, and a status bar."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.energy.overview import EnergyOverview, energy_overview
from app.energy.state import shown_soc_note
from app.i18n import ENV_VAR
from app.printing.service import SessionState
from ui.context import ScreenContext
from ui.help_dialog import HelpDialog
from ui.screens.base import Screen
from ui.screens.catalogue import CatalogueScreen
from ui.screens.customizer import CustomizerScreen
from ui.screens.energy import EnergyScreen
from ui.screens.fitting import FittingScreen
from ui.screens.printers import PrintersScreen
from ui.screens.queue import QueueScreen
from ui.screens.report import ReportScreen
from ui.screens.settings import SettingsScreen
from ui.screens.sync import SyncScreen
from ui.tasks import TaskPanel
from ui.widgets.elided_label import ElidedLabel
from ui.window_geometry import fit_to_screen

ScreenT = TypeVar("ScreenT", bound=Screen)

# The lines already in the printer finish before it parks and cools: a long move or a heat-up wait
# can take a while, but a quit must end. Whatever still runs then is closed with the heaters off.
STOP_WAIT_S = 60.0


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    factory: Callable[[ScreenContext], Screen]


def areas() -> list[Area]:
    return [
        Area("catalogue", QCoreApplication.translate("MainWindow", "Catalogue"), CatalogueScreen),
        Area("fitting", QCoreApplication.translate("MainWindow", "Customers & Fitting"), FittingScreen),
        Area("customizer", QCoreApplication.translate("MainWindow", "Customizer"), CustomizerScreen),
        Area("queue", QCoreApplication.translate("MainWindow", "Print Queue"), QueueScreen),
        Area("printers", QCoreApplication.translate("MainWindow", "Printers"), PrintersScreen),
        Area("energy", QCoreApplication.translate("MainWindow", "Energy"), EnergyScreen),
        Area("sync", QCoreApplication.translate("MainWindow", "Sync"), SyncScreen),
        Area("report", QCoreApplication.translate("MainWindow", "Lab report"), ReportScreen),
        Area("settings", QCoreApplication.translate("MainWindow", "Settings"), SettingsScreen),
    ]


class MainWindow(QMainWindow):
    def __init__(self, ctx: ScreenContext, task_panel: TaskPanel, language: str = "en") -> None:
        super().__init__()
        self.ctx = ctx
        self.language = language
        self.setWindowTitle(self.tr("Heliofab"))
        fit_to_screen(self)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
        self.nav.setProperty("textMustFit", True)  # an area's name elided in the navigation is checked by tests
        self.stack = QStackedWidget()
        self.screens: dict[str, Screen] = {}
        for index, area in enumerate(areas()):
            screen = area.factory(ctx)
            self.screens[area.key] = screen
            self.stack.addWidget(screen)
            item = QListWidgetItem(area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
            self._add_shortcut(area, index)
        self.nav.currentRowChanged.connect(self._show_row)

        self.help_button = QPushButton(self.tr("Help (F1)"))
        self.help_button.setObjectName("helpButton")
        self.help_button.clicked.connect(self.show_help)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        help_action = QAction(self.tr("Help"), self)
        help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_action.triggered.connect(self.show_help)
        self.addAction(help_action)
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 8)
        side_layout.addWidget(self.nav, 1)
        side_layout.addWidget(self.help_button)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side)
        # On a 1366×768 laptop a tall screen scrolls rather than pushing the window past the display.
        self.stack_scroll = QScrollArea()
        self.stack_scroll.setWidget(self.stack)
        self.stack_scroll.setWidgetResizable(True)
        self.stack_scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.stack_scroll, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.db_label = ElidedLabel(self.tr("Database: {path}").format(path=ctx.services.paths.db_file))
        self.printer_label = QLabel(self.tr("Printer: not connected"))
        self.battery_label = QLabel(self.tr("Battery: no reading"))
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(task_panel)
        status.addPermanentWidget(self.printer_label)
        status.addPermanentWidget(self.battery_label)
        ctx.tasks.task_failed.connect(self._show_task_error)
        self.quit_question: QMessageBox | None = None  # "a print is running": open while it is asked
        self._is_quit_ready = False  # nothing (more) to ask or stop: the next close closes
        self._is_stopping_prints = False
        self._connect_screens()
        self._watch_devices()
        self.nav.setCurrentRow(0)

    def _connect_screens(self) -> None:
        """Screens never call each other: each says what happened through its signals, and the window,
        which knows them all, passes it on."""
        catalogue = self._screen("catalogue", CatalogueScreen)
        fitting = self._screen("fitting", FittingScreen)
        customizer = self._screen("customizer", CustomizerScreen)
        catalogue.design_open_requested.connect(self.open_design)
        catalogue.job_queued.connect(self.show_job)
        fitting.fit_requested.connect(self.open_fit)
        fitting.fit_saved.connect(customizer.set_saved_fit)
        fitting.fit_owner_shown.connect(customizer.show_fit_owner)
        fitting.announced.connect(lambda message: self.statusBar().showMessage(message, 8000))
        customizer.fit_save_requested.connect(fitting.save_fit)
        customizer.job_queued.connect(self.show_job)
        self._screen("sync", SyncScreen).catalogue_changed.connect(catalogue.refresh)
        self._screen("settings", SettingsScreen).language_chosen.connect(self.change_language)

    def change_language(self, setting: str) -> None:
        """Install the chosen catalogues; the navigation and Settings follow at once, screens built
        with their texts when they were made follow at the next start."""
        from ui.i18n import choose_language, switch_language

        app = QApplication.instance()
        language = choose_language(setting)
        if language == self.language and os.environ.get(ENV_VAR, "").strip() and setting not in (language, "system"):
            # Started with --language (or HELIOFAB_LANG), which wins over the setting for this run: say so, or
            # the operator sees "Saved." and a window that did not change.
            self.statusBar().showMessage(self.tr(
                "Saved for the next start: this window keeps its language because Heliofab was started "
                "with --language (or HELIOFAB_LANG)."), 15000)
            return
        if not isinstance(app, QApplication) or language == self.language:
            return
        self.language = language
        switch_language(app, language)
        self.statusBar().showMessage(self.tr(
            "The other screens change language when Heliofab is started again."), 15000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        titles = {area.key: area.title for area in areas()}
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            item.setText(titles.get(str(item.data(Qt.ItemDataRole.UserRole)), item.text()))
        self.setWindowTitle(self.tr("Heliofab"))
        self.help_button.setText(self.tr("Help (F1)"))
        self.db_label.set_full_text(self.tr("Database: {path}").format(path=self.ctx.services.paths.db_file))
        self._show_printer()
        self.refresh_battery()  # its words are made from a reading, read again off the GUI thread

    def _screen(self, key: str, kind: type[ScreenT]) -> ScreenT:
        screen = self.screens[key]
        if not isinstance(screen, kind):
            raise TypeError(f"The {key} area is a {type(screen).__name__}, not a {kind.__name__}.")
        return screen

    def open_design(self, design_id: str) -> None:
        """A catalogue design in the customizer."""
        self.show_area("customizer")
        customizer = self._screen("customizer", CustomizerScreen)
        customizer.show_fit_owner("")  # a catalogue design is no customer's
        customizer.owner_customer_id = None
        customizer.open_design(design_id)

    def open_fit(self, customer_id: int, style_id: str, params: dict[str, Any]) -> None:
        """A suggestion or a saved fit in the customizer; "Save as fit" is offered when it is a customer's."""
        self.show_area("customizer")
        customizer = self._screen("customizer", CustomizerScreen)
        customizer.load_parameters(style_id, params)
        customizer.set_fit_saving(customer_id > 0)
        customizer.owner_customer_id = customer_id if customer_id > 0 else None

    def show_job(self, job_id: int) -> None:
        """The Print Queue with a job just queued from another area selected."""
        self.show_area("queue")
        self._screen("queue", QueueScreen).show_job(job_id)

    # -- status bar: printer and battery -------------------------------------------------------

    def _watch_devices(self) -> None:
        """Printer state follows the printing service's notifications (coalesced: a print notifies per
        line); the battery is read in the background every half minute."""
        self._printer_timer = QTimer(self)
        self._printer_timer.setSingleShot(True)
        self._printer_timer.setInterval(300)
        self._printer_timer.timeout.connect(self._show_printer)
        printing = self.ctx.services.printing
        unsubscribe = printing.subscribe(self.ctx.bridge.wrap(lambda _port: self._printer_timer.start()))
        self.destroyed.connect(lambda *_: unsubscribe())
        self._battery_timer = QTimer(self)
        self._battery_timer.setInterval(30_000)
        self._battery_timer.timeout.connect(self.refresh_battery)
        self._battery_timer.start()
        self._show_printer()  # the battery is read when the first area is shown

    def _show_printer(self) -> None:
        snapshots = self.ctx.services.printing.snapshots()
        if not snapshots:
            self.printer_label.setText(self.tr("Printer: not connected"))
            return
        first = snapshots[0]
        if first.job_id is not None and first.state is SessionState.PRINTING:
            text = self.tr("Printer: printing {job} {pct:.0f} %").format(job=first.job_name, pct=first.percent)
        else:
            text = self.tr("Printer: {state}").format(state=first.state.label)
        if len(snapshots) > 1:
            text += self.tr(" (+{n} more)").format(n=len(snapshots) - 1)
        self.printer_label.setText(text)
        self.printer_label.setToolTip(first.message or first.port)

    def refresh_battery(self) -> None:
        services = self.ctx.services
        factory, settings = services.session_factory, services.settings
        self.ctx.tasks.run(self.tr("Battery"),
                           lambda task: energy_overview(factory, settings), on_result=self._show_battery,
                           on_error=lambda _exc: self.battery_label.setText(self.tr("Battery: no reading")),
                           show_progress=False)

    def _show_battery(self, overview: EnergyOverview) -> None:
        latest = overview.latest
        if latest is None:
            self.battery_label.setText(self.tr("Battery: no reading"))
            return
        pv = self.tr(", sun {w:.0f} W").format(w=latest.pv_w) if latest.pv_w is not None else ""
        stale = self.tr(" (old reading)") if overview.is_silent else ""
        self.battery_label.setText(self.tr("Battery: {soc:.0f} %{pv}{stale}").format(
            soc=overview.soc_pct, pv=pv, stale=stale))
        self.battery_label.setToolTip(shown_soc_note(overview.soc_note))
        # A new reading moves the plan: the queue re-plans from it (when in view; else when next shown).
        self._screen("queue", QueueScreen).battery_read((latest.at_utc, latest.soc_pct))

    def _add_shortcut(self, area: Area, index: int) -> None:
        action = QAction(area.title, self)
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda _checked=False, row=index: self.nav.setCurrentRow(row))
        self.addAction(action)

    def show_area(self, key: str) -> Screen:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return self.screens[key]
        raise KeyError(key)

    def current_area_key(self) -> str:
        return str(self.nav.currentItem().data(Qt.ItemDataRole.UserRole))

    def show_help(self) -> HelpDialog:
        dialog = HelpDialog(self.current_area_key(), self.language, self)
        dialog.show()
        return dialog

    def _show_row(self, row: int) -> None:
        # A stack is as wide as its widest page; size it by the page on show instead.
        for index in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == row else QSizePolicy.Policy.Ignored
            page = self.stack.widget(index)
            assert page is not None, "the index is below the stack's count"
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentIndex(row)
        if hasattr(self, "_battery_timer"):
            self.refresh_battery()  # moving between areas is a cheap moment to bring the battery up to date
        screen = self.stack.currentWidget()
        if isinstance(screen, Screen):
            screen.refresh()

    def _show_task_error(self, title: str, message: str) -> None:
        # Reached from a background task's callback: open() returns at once, so the callbacks queued
        # behind this one (other tasks' progress) keep coming while the operator reads it.
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("taskError")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()

    # -- quitting ----------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while a printer prints asks first; otherwise the window closes, and the printing
        service switches every printer's heaters off as it closes its ports."""
        if self._is_quit_ready:
            self._close_now(event)
            return
        event.ignore()
        if self._is_stopping_prints:
            return  # the prints are being stopped: the window closes when they have
        if not self.ctx.services.printing.printing_ports():
            self._is_quit_ready = True
            event.accept()
            self._close_now(event)
            return
        self._ask_before_quitting()

    def _close_now(self, event: QCloseEvent) -> None:
        # Slices never queued (a slicing window still open, a sale question left unanswered) end here.
        self.ctx.slices.discard_all()
        super().closeEvent(event)

    def _ask_before_quitting(self) -> None:
        if self.quit_question is not None:
            self.quit_question.raise_()
            return
        ports = ", ".join(self.ctx.services.printing.printing_ports())
        box = QMessageBox(self)
        box.setObjectName("quitWhilePrinting")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A print is running"))
        box.setText(self.tr("A print is running on {ports}. Quitting stops it.").format(ports=ports))
        box.setInformativeText(self.tr(
            "Keep printing leaves Heliofab open so the print goes on. Stop the print lets the moves already sent "
            "finish, moves the nozzle off the part, switches the heaters off, then quits."
        ))
        # Two answers: a "Cancel" beside "Keep printing" would do the same thing under another name.
        keep = box.addButton(self.tr("Keep printing"), QMessageBox.ButtonRole.RejectRole)
        stop = box.addButton(self.tr("Stop the print and quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.keep_printing_button, self.stop_print_button = keep, stop

        def answered(_result: int) -> None:
            self.quit_question = None
            if box.clickedButton() is stop:
                self.close_stopping_prints()

        box.finished.connect(answered)
        self.quit_question = box
        box.open()  # window-modal, no nested event loop: the print's events keep flowing

    def close_stopping_prints(self) -> None:
        """Stop every print (sent moves finish, park, heaters off), then close: the "stop the print"
        answer, and what a logout or shutdown signal does (no question: nobody may be there to answer)."""
        if self.quit_question is not None:
            box, self.quit_question = self.quit_question, None
            box.done(int(QMessageBox.StandardButton.Cancel))
        if self._is_stopping_prints or self._is_quit_ready:
            self.close()
            return
        printing = self.ctx.services.printing
        ports = printing.stop_all_prints()
        if not ports:
            self._is_quit_ready = True
            self.close()
            return
        self._is_stopping_prints = True
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Stopping the print: parking and switching the heaters off…"))
        self.ctx.tasks.run(
            self.tr("Stopping the print"),
            lambda _task: printing.wait_until_stopped(ports, timeout_s=STOP_WAIT_S),
            on_result=lambda _is_all: self._quit_now(),
            on_error=lambda _exc: self._quit_now(),
        )

    def _quit_now(self) -> None:
        # Whatever is still running is closed by the printing service, which switches the heaters off.
        self._is_stopping_prints = False
        self._is_quit_ready = True
        self.close()
