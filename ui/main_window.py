"""The main window: a navigation list of areas, the current area, and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
from ui.screens.sync import SyncScreen
from ui.tasks import TaskPanel


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
    ]


class MainWindow(QMainWindow):
    def __init__(self, ctx: ScreenContext, task_panel: TaskPanel, language: str = "en") -> None:
        super().__init__()
        self.ctx = ctx
        self.language = language
        self.setWindowTitle(self.tr("Heliofab"))
        self.resize(1280, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(210)
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
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.db_label = QLabel(self.tr("Database: {path}").format(path=ctx.services.paths.db_file))
        self.printer_label = QLabel(self.tr("Printer: not connected"))
        self.battery_label = QLabel(self.tr("Battery: no reading"))
        status.addWidget(self.db_label, 1)
        status.addPermanentWidget(task_panel)
        status.addPermanentWidget(self.printer_label)
        status.addPermanentWidget(self.battery_label)
        ctx.tasks.task_failed.connect(self._show_task_error)
        self.nav.setCurrentRow(0)

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
        self.stack.setCurrentIndex(row)
        screen = self.stack.currentWidget()
        if isinstance(screen, Screen):
            screen.refresh()

    def _show_task_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)
