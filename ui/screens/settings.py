"""The Settings area: the lab's language, name, currency and default material, where it is, and its printers."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.energy.overview import load_site, save_site
from app.energy.site import SiteError
from app.lab_preferences import (
    LANGUAGE_NAMES,
    LabPreferences,
    PreferenceError,
    available_languages,
    load_preferences,
    save_preferences,
)
from app.lab_printers import LabPrinterError, LabPrinterView, add_lab_printer, list_lab_printers, remove_lab_printer
from app.money import CostFormat
from ui.context import ScreenContext
from ui.screens.base import Screen
from ui.widgets.spin import number_spin


def language_label(code: str) -> str:
    """The language in its own words: Qt knows the names of languages added later."""
    return LANGUAGE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code


class SettingsScreen(Screen):
    """Changes are checked and saved with each group's button; a refused value leaves the saved ones as they were."""

    preferences_saved = Signal(object)  # LabPreferences
    language_chosen = Signal(str)  # "" for the computer's language

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Settings"), parent)
        self._saved: LabPreferences | None = None
        self._profile_names: dict[str, str] = {}  # printer profile id → the model's name
        grid = QGridLayout()
        grid.addWidget(self._build_lab_group(), 0, 0)
        grid.addWidget(self._build_site_group(), 1, 0)
        grid.addWidget(self._build_printers_group(), 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.layout_.addLayout(grid)
        self.layout_.addStretch(1)
        self._retranslate()
        self._load_lab()
        self._load_site()

    # -- building ----------------------------------------------------------------------------------

    def _build_lab_group(self) -> QGroupBox:
        self.lab_group = QGroupBox()
        form = QFormLayout(self.lab_group)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.lab_name_edit = QLineEdit()
        self.lab_name_edit.setObjectName("labNameEdit")
        self.lab_name_edit.setMaxLength(80)
        self.currency_edit = QLineEdit()
        self.currency_edit.setObjectName("currencyEdit")
        self.currency_edit.setMaxLength(3)
        self.symbol_edit = QLineEdit()
        self.symbol_edit.setObjectName("currencySymbolEdit")
        self.symbol_edit.setMaxLength(5)
        self.cost_example = QLabel()
        self.cost_example.setObjectName("costExample")
        self.material_combo = QComboBox()
        self.material_combo.setObjectName("defaultMaterialCombo")
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applySettings")
        self.apply_button.clicked.connect(self.apply_preferences)
        self.lab_message = QLabel()
        self.lab_message.setObjectName("settingsMessage")
        self.lab_message.setWordWrap(True)
        self.language_title, self.lab_name_title = QLabel(), QLabel()
        self.currency_title, self.symbol_title, self.material_title = QLabel(), QLabel(), QLabel()
        form.addRow(self.language_title, self.language_combo)
        form.addRow(self.lab_name_title, self.lab_name_edit)
        form.addRow(self.currency_title, self.currency_edit)
        form.addRow(self.symbol_title, self.symbol_edit)
        form.addRow("", self.cost_example)
        form.addRow(self.material_title, self.material_combo)
        form.addRow("", self.apply_button)
        form.addRow(self.lab_message)
        self.currency_edit.textChanged.connect(self._show_cost_example)
        self.symbol_edit.textChanged.connect(self._show_cost_example)
        return self.lab_group

    def _build_site_group(self) -> QGroupBox:
        self.site_group = QGroupBox()
        form = QFormLayout(self.site_group)
        self.latitude_spin = number_spin(-90, 90, decimals=4, suffix="°")
        self.longitude_spin = number_spin(-180, 180, decimals=4, suffix="°")
        self.altitude_spin = number_spin(-500, 9000, decimals=0, suffix=" m")
        self.timezone_edit = QLineEdit()
        self.timezone_edit.setObjectName("timezoneEdit")
        self.timezone_edit.setPlaceholderText("Africa/Accra")
        self.save_site_button = QPushButton()
        self.save_site_button.setObjectName("saveSite")
        self.save_site_button.clicked.connect(self.save_site)
        self.site_message = QLabel()
        self.site_message.setObjectName("siteMessage")
        self.site_message.setWordWrap(True)
        self.latitude_title, self.longitude_title = QLabel(), QLabel()
        self.altitude_title, self.timezone_title = QLabel(), QLabel()
        form.addRow(self.latitude_title, self.latitude_spin)
        form.addRow(self.longitude_title, self.longitude_spin)
        form.addRow(self.altitude_title, self.altitude_spin)
        form.addRow(self.timezone_title, self.timezone_edit)
        form.addRow("", self.save_site_button)
        form.addRow(self.site_message)
        return self.site_group

    def _build_printers_group(self) -> QGroupBox:
        self.printers_group = QGroupBox()
        form = QFormLayout(self.printers_group)
        self.printer_table = QTableWidget(0, 3)
        self.printer_table.setObjectName("labPrinters")
        self.printer_table.verticalHeader().setVisible(False)
        self.printer_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.printer_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.printer_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.printer_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_printer_button = QPushButton()
        self.remove_printer_button.setObjectName("removePrinter")
        self.remove_printer_button.clicked.connect(self.remove_selected_printer)
        self.printer_name_edit = QLineEdit()
        self.printer_name_edit.setObjectName("printerName")
        self.printer_port_combo = QComboBox()
        self.printer_port_combo.setObjectName("printerPort")
        self.printer_port_combo.setEditable(True)
        self.printer_profile_combo = QComboBox()
        self.printer_profile_combo.setObjectName("printerProfile")
        self.add_printer_button = QPushButton()
        self.add_printer_button.setObjectName("addPrinter")
        self.add_printer_button.clicked.connect(self.add_printer)
        self.printer_message = QLabel()
        self.printer_message.setObjectName("printerMessage")
        self.printer_message.setWordWrap(True)
        self.printer_name_title, self.printer_port_title, self.printer_profile_title = QLabel(), QLabel(), QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_printer_button)
        buttons.addStretch(1)
        form.addRow(self.printer_table)
        form.addRow(buttons)
        form.addRow(self.printer_name_title, self.printer_name_edit)
        form.addRow(self.printer_port_title, self.printer_port_combo)
        form.addRow(self.printer_profile_title, self.printer_profile_combo)
        form.addRow("", self.add_printer_button)
        form.addRow(self.printer_message)
        return self.printers_group

    # -- language ------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # Installing another QTranslator sends LanguageChange to every widget: the labels follow at once.
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        heading = self.findChild(QLabel, "screenHeading")
        if heading is not None:
            heading.setText(self.tr("Settings"))
        self.lab_group.setTitle(self.tr("This lab"))
        self.language_title.setText(self.tr("Language"))
        self.lab_name_title.setText(self.tr("Lab name"))
        self.lab_name_edit.setToolTip(self.tr("Other labs see this name on the catalogues this lab signs."))
        self.currency_title.setText(self.tr("Currency (ISO code)"))
        self.currency_edit.setPlaceholderText("GHS")
        self.symbol_title.setText(self.tr("Currency symbol"))
        self.symbol_edit.setPlaceholderText(self.tr("usual symbol"))
        self.material_title.setText(self.tr("Default material"))
        self.material_combo.setToolTip(self.tr("What new frames and slices are made of unless you choose another."))
        self.apply_button.setText(self.tr("Apply"))
        self.site_group.setTitle(self.tr("Where the lab is"))
        self.latitude_title.setText(self.tr("Latitude"))
        self.longitude_title.setText(self.tr("Longitude"))
        self.altitude_title.setText(self.tr("Altitude"))
        self.timezone_title.setText(self.tr("Time zone"))
        self.save_site_button.setText(self.tr("Save the place"))
        self.printers_group.setTitle(self.tr("The lab's printers"))
        self.printer_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Model"), self.tr("Port")])
        self.remove_printer_button.setText(self.tr("Remove the selected printer"))
        self.printer_name_title.setText(self.tr("Name"))
        self.printer_name_edit.setPlaceholderText(self.tr("e.g. Ender by the window"))
        self.printer_port_title.setText(self.tr("Port"))
        line_edit = self.printer_port_combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("e.g. /dev/ttyUSB0, COM3 or sim://demo"))
        self.printer_profile_title.setText(self.tr("Model"))
        self.add_printer_button.setText(self.tr("Add the printer"))
        self._fill_languages()
        self._show_cost_example()

    def _fill_languages(self) -> None:
        chosen = self.language_combo.currentData()
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("The computer's language"), "")
        for code in available_languages():
            self.language_combo.addItem(language_label(code), code)
        if chosen is not None:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(chosen)))
        self.language_combo.blockSignals(False)

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        services = self.ctx.services

        def work(_task: Any) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[LabPrinterView], list[str]]:
            materials = [(m.id, m.name) for m in services.profiles.materials()]
            printers = [(p.id, p.name) for p in services.profiles.printers()]
            ports = [port.device for port in services.printing.ports()]
            return materials, printers, list_lab_printers(services.session_factory), ports

        self.ctx.tasks.run(self.tr("Reading the lab's settings"), work, on_result=self._show_loaded,
                           show_progress=False)

    def _load_lab(self) -> None:
        # One small row, read as the Energy screen reads its site: the form must open filled in.
        prefs = load_preferences(self.ctx.services.settings)
        self._saved = prefs
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self.lab_name_edit.setText(prefs.lab_name)
        self.currency_edit.setText(prefs.currency)
        self.symbol_edit.setText(prefs.currency_symbol)
        if self.material_combo.findData(prefs.default_material_id) < 0:
            self.material_combo.addItem(prefs.default_material_id.upper(), prefs.default_material_id)
        self.material_combo.setCurrentIndex(self.material_combo.findData(prefs.default_material_id))

    def _load_site(self) -> None:
        site = load_site(self.ctx.services.settings)
        self.latitude_spin.setValue(site.latitude_deg)
        self.longitude_spin.setValue(site.longitude_deg)
        self.altitude_spin.setValue(site.altitude_m)
        self.timezone_edit.setText(site.timezone)

    def _show_loaded(
        self, loaded: tuple[list[tuple[str, str]], list[tuple[str, str]], list[LabPrinterView], list[str]]
    ) -> None:
        materials, printers, lab_printers, ports = loaded
        wanted = self.material_combo.currentData() or (self._saved.default_material_id if self._saved else "")
        self.material_combo.clear()
        for material_id, name in materials:
            self.material_combo.addItem(name, material_id)
        self.material_combo.setCurrentIndex(max(0, self.material_combo.findData(wanted)))
        self._profile_names = dict(printers)
        chosen_profile = self.printer_profile_combo.currentData()
        self.printer_profile_combo.clear()
        for profile_id, name in printers:
            self.printer_profile_combo.addItem(name, profile_id)
        self.printer_profile_combo.setCurrentIndex(max(0, self.printer_profile_combo.findData(chosen_profile)))
        typed = self.printer_port_combo.currentText()
        self.printer_port_combo.clear()
        self.printer_port_combo.addItems(ports)
        self.printer_port_combo.setEditText(typed)
        self._show_printers(lab_printers)

    def _show_printers(self, lab_printers: list[LabPrinterView]) -> None:
        self.printer_table.setRowCount(len(lab_printers))
        for row, printer in enumerate(lab_printers):
            port = printer.port or self.tr("no port yet")
            model = self._profile_names.get(printer.profile_id, printer.profile_id)
            for col, value in enumerate((printer.name, model, port)):
                self.printer_table.setItem(row, col, QTableWidgetItem(value))

    # -- saving --------------------------------------------------------------------------------------

    def _form_preferences(self) -> LabPreferences:
        return LabPreferences(
            language=str(self.language_combo.currentData() or ""),
            lab_name=self.lab_name_edit.text(),
            currency=self.currency_edit.text(),
            currency_symbol=self.symbol_edit.text(),
            default_material_id=str(self.material_combo.currentData() or ""),
        )

    def apply_preferences(self) -> None:
        services, prefs = self.ctx.services, self._form_preferences()
        self.apply_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.apply_button.setEnabled(True)
            self.lab_message.setText(str(exc) if isinstance(exc, PreferenceError) else
                                     self.tr("The settings could not be saved: {0}").format(exc))

        self.ctx.tasks.run(self.tr("Saving the settings"),
                           lambda _task: save_preferences(services.settings, services.profiles, prefs),
                           on_result=self._preferences_saved, on_error=failed, show_progress=False)

    def _preferences_saved(self, prefs: LabPreferences) -> None:
        self.apply_button.setEnabled(True)
        is_new_language = self._saved is None or self._saved.language != prefs.language
        self._saved = prefs
        self.lab_name_edit.setText(prefs.lab_name)
        self.currency_edit.setText(prefs.currency)
        self.preferences_saved.emit(prefs)
        if is_new_language:
            self.language_chosen.emit(prefs.language)
        self.lab_message.setText(self.tr("Saved."))  # after the switch, so it reads in the new language

    def _show_cost_example(self) -> None:
        currency = self.currency_edit.text().strip().upper() or "USD"
        example = CostFormat(currency, self.symbol_edit.text().strip()).format(1.5)
        self.cost_example.setText(self.tr("Costs are shown as {example}").format(example=example))

    def save_site(self) -> None:
        settings = self.ctx.services.settings
        site = dataclasses.replace(
            load_site(settings), latitude_deg=self.latitude_spin.value(), longitude_deg=self.longitude_spin.value(),
            altitude_m=self.altitude_spin.value(), timezone=self.timezone_edit.text().strip(),
        )
        self.save_site_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.save_site_button.setEnabled(True)
            self.site_message.setText(str(exc) if isinstance(exc, SiteError) else
                                      self.tr("The place could not be saved: {0}").format(exc))

        def saved(_result: None) -> None:
            self.save_site_button.setEnabled(True)
            self.site_message.setText(self.tr("Saved: the sun's path and the plan follow the new place."))

        self.ctx.tasks.run(self.tr("Saving the place"), lambda _task: save_site(settings, site),
                           on_result=saved, on_error=failed, show_progress=False)

    # -- printers ------------------------------------------------------------------------------------

    def add_printer(self) -> None:
        services = self.ctx.services
        name, port = self.printer_name_edit.text(), self.printer_port_combo.currentText()
        profile_id = str(self.printer_profile_combo.currentData() or "")

        def work(_task: Any) -> list[LabPrinterView]:
            add_lab_printer(services.session_factory, services.profiles, name=name, port=port, profile_id=profile_id)
            return list_lab_printers(services.session_factory)

        def added(printers: list[LabPrinterView]) -> None:
            self._show_printers(printers)
            self.printer_name_edit.clear()
            self.printer_port_combo.setEditText("")
            self.printer_message.setText(self.tr("{name} was added: printing and the queue use it on {port}.")
                                         .format(name=name.strip(), port=port.strip()))

        self.ctx.tasks.run(self.tr("Adding a printer"), work, on_result=added,
                           on_error=lambda exc: self._printer_failed(exc, LabPrinterError), show_progress=False)

    def remove_selected_printer(self) -> None:
        row = self.printer_table.currentRow()
        item = self.printer_table.item(row, 0) if row >= 0 else None
        if item is None:
            self.printer_message.setText(self.tr("Select a printer in the list first."))
            return
        services, name = self.ctx.services, item.text()

        def work(_task: Any) -> list[LabPrinterView]:
            remove_lab_printer(services.session_factory, name)
            return list_lab_printers(services.session_factory)

        def removed(printers: list[LabPrinterView]) -> None:
            self._show_printers(printers)
            self.printer_message.setText(self.tr("{name} was removed: its jobs go to the other printers.")
                                         .format(name=name))

        self.ctx.tasks.run(self.tr("Removing a printer"), work, on_result=removed,
                           on_error=lambda exc: self._printer_failed(exc, LabPrinterError), show_progress=False)

    def _printer_failed(self, exc: BaseException, expected: type[Exception]) -> None:
        self.printer_message.setText(str(exc) if isinstance(exc, expected) else
                                     self.tr("The printers could not be changed: {0}").format(exc))

    def printer_rows(self) -> list[tuple[str, str, str]]:
        """What the printer list shows, row by row (name, model, port)."""
        rows = []
        for row in range(self.printer_table.rowCount()):
            cells = [self.printer_table.item(row, col) for col in range(3)]
            name, model, port = (cell.text() if cell is not None else "" for cell in cells)
            rows.append((name, model, port))
        return rows


__all__ = ["SettingsScreen", "language_label"]
