"""Tab 1, Customer: the intake form, the customer's measurements, saved fits and orders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.fitting import customers as customer_api
from app.fitting import fits as fit_api
from app.fitting.values import AGE_GROUPS, CustomerDetail, CustomerInput, CustomerSummary, LensStockItem
from ui.context import ScreenContext
from ui.screens.fitting.common import FittingTab, dioptre_cell, mm_cell
from ui.screens.fitting.fit_printing import FitReprinter

# The stored age groups, marked for lupdate: the combo shows them through self.tr(group).
_AGE_GROUP_NAMES = (
    QT_TRANSLATE_NOOP("CustomerTab", "child"),
    QT_TRANSLATE_NOOP("CustomerTab", "teen"),
    QT_TRANSLATE_NOOP("CustomerTab", "adult"),
    QT_TRANSLATE_NOOP("CustomerTab", "senior"),
)


class CustomerTab(FittingTab):
    customer_saved = Signal(int)  # the saved customer's id
    customer_deleted = Signal()
    # A saved fit's style, parameters and lenses for the customizer, and the fit's id and saving date.
    fit_opened = Signal(str, dict, dict, int, str)

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer: CustomerDetail | None = None
        layout = QHBoxLayout(self)
        form_box = QGroupBox(self.tr("Intake"))
        form = QFormLayout(form_box)
        self.name_edit = QLineEdit()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("made up when empty"))
        self.contact_edit = QLineEdit()
        self.age_combo = QComboBox()
        for group in AGE_GROUPS:
            self.age_combo.addItem(self.tr(group), group)
        self.age_combo.setCurrentIndex(AGE_GROUPS.index("adult"))
        consent_text = self.tr("Agrees to photos being kept on this laptop")
        # The sentence wraps in a label beside an unlabelled box, so the form leaves room for the fits.
        self.consent_check = QCheckBox()
        self.consent_check.setAccessibleName(consent_text)
        consent_label = QLabel(consent_text)
        consent_label.setWordWrap(True)
        consent_label.setBuddy(self.consent_check)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_check, 0, Qt.AlignmentFlag.AlignTop)
        consent_row.addWidget(consent_label, 1)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Co&de"), self.code_edit)
        form.addRow(self.tr("Con&tact"), self.contact_edit)
        form.addRow(self.tr("&Age group"), self.age_combo)
        form.addRow("", consent_row)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_customer)
        self.delete_button = QPushButton(self.tr("Delete customer…"))
        self.delete_button.clicked.connect(self.delete_customer)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        for edit in (self.name_edit, self.code_edit, self.contact_edit):
            edit.returnPressed.connect(self.save_customer)
        layout.addWidget(form_box, 1, Qt.AlignmentFlag.AlignTop)

        history = QVBoxLayout()
        history.addWidget(QLabel(self.tr("Measurements")))
        self.measure_table = QTableWidget(0, 7)
        self.measure_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Method"), self.tr("Far PD"), self.tr("Near PD"), self.tr("Mono R/L"),
             self.tr("Head width"), self.tr("Power R/L")]
        )  # fmt: skip
        self.measure_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.measure_table.verticalHeader().hide()
        self.measure_table.setMinimumHeight(90)
        history.addWidget(self.measure_table, 2)  # several measurements in view, not one behind a scroll bar
        history.addWidget(QLabel(self.tr("Saved fits")))
        self.fit_list = QListWidget()
        self.fit_list.setObjectName("fitList")
        self.fit_list.setMinimumHeight(50)
        history.addWidget(self.fit_list, 1)
        fit_buttons = QGridLayout()  # two columns: the tab fits beside the customer list at 1366×768 in French too
        self.reopen_fit_button = QPushButton(self.tr("Open in customizer"))
        self.reopen_fit_button.clicked.connect(self.open_saved_fit)
        self.print_again_button = QPushButton(self.tr("Print again…"))
        self.print_again_button.setObjectName("printAgainButton")
        self.print_again_button.setToolTip(
            self.tr("Slice the selected fit as it was saved and queue it for the customer (no new fit is saved)."))
        self.print_again_button.clicked.connect(self.print_fit_again)
        self.reprint_button = QPushButton(self.tr("Save STL files…"))
        self.reprint_button.clicked.connect(self._reprint_fit)
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.clicked.connect(self._export_fit)
        self.import_button = QPushButton(self.tr("Import JSON…"))
        self.import_button.clicked.connect(self._import_fit)
        self.for_sale_check = QCheckBox(self.tr("Sold (not a gift)"))
        self.for_sale_check.setToolTip(self.tr("These frames are sold (not a gift or personal use)"))
        for index, widget in enumerate((self.reopen_fit_button, self.print_again_button, self.reprint_button,
                                        self.for_sale_check, self.export_button, self.import_button)):
            fit_buttons.addWidget(widget, index // 2, index % 2)
        history.addLayout(fit_buttons)
        self.reprinter = FitReprinter(ctx, self)
        self.reprinter.said.connect(self.said)
        self.reprinter.queued.connect(lambda order: self.customer_changed.emit(order.customer_id)
                                      if order.customer_id is not None else None)
        history.addWidget(self._build_self_tuning_box())
        history.addWidget(QLabel(self.tr("Orders (print jobs)")))
        self.order_list = QListWidget()
        self.order_list.setObjectName("orderList")
        self.order_list.setMaximumHeight(96)
        self.order_list.setMinimumHeight(50)
        self.order_list.setWordWrap(True)
        history.addWidget(self.order_list)
        layout.addLayout(history, 2)

    def _build_self_tuning_box(self) -> QGroupBox:
        """Self-adjustable glasses: the customer tunes the fluid lenses, so the fit records that and the module."""
        box = QGroupBox(self.tr("Self-adjustable lenses"))
        grid = QGridLayout(box)
        tuned_text = self.tr("The customer tuned the lenses themselves (no prescription needed)")
        # A check box never wraps its text: the sentence sits in a wrapping label beside an unlabelled
        # box, so the column keeps the width of the others in every language.
        self.self_tuned_check = QCheckBox()
        self.self_tuned_check.setObjectName("selfTunedCheck")
        self.self_tuned_check.setAccessibleName(tuned_text)
        tuned_label = QLabel(tuned_text)
        tuned_label.setWordWrap(True)
        tuned_label.setBuddy(self.self_tuned_check)
        tuned_row = QHBoxLayout()
        tuned_row.addWidget(self.self_tuned_check, 0, Qt.AlignmentFlag.AlignTop)
        tuned_row.addWidget(tuned_label, 1)
        self.module_combo = QComboBox()
        self.module_combo.setObjectName("moduleCombo")
        self.module_combo.addItem(self.tr("Module not recorded"), None)
        self.record_tuning_button = QPushButton(self.tr("Record on the selected fit"))
        self.record_tuning_button.clicked.connect(self.record_self_tuning)
        grid.addLayout(tuned_row, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Lens module used")), 1, 0)
        grid.addWidget(self.module_combo, 1, 1)
        grid.addWidget(self.record_tuning_button, 2, 1)
        grid.setVerticalSpacing(2)
        return box

    # ------------------------------------------------------------------ showing
    def show_customer(self, detail: CustomerDetail) -> None:
        self.customer = detail
        s = detail.summary
        self.name_edit.setText(s.name)
        self.code_edit.setText(s.code)
        self.contact_edit.setText(detail.contact)
        self.age_combo.setCurrentIndex(AGE_GROUPS.index(s.age_group))
        self.consent_check.setChecked(s.has_photo_consent)
        self.notes_edit.setPlainText(detail.notes)
        self.measure_table.setRowCount(len(detail.measurements))
        for row, m in enumerate(reversed(detail.measurements)):
            cells = [
                m.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                m.method,
                mm_cell(m.far_pd_mm),
                mm_cell(m.near_pd_mm),
                f"{mm_cell(m.mono_far_right_mm)}/{mm_cell(m.mono_far_left_mm)}",
                mm_cell(m.head_width_mm),
                f"{dioptre_cell(m.lens_power_right_d)}/{dioptre_cell(m.lens_power_left_d)}",
            ]
            for column, text in enumerate(cells):
                self.measure_table.setItem(row, column, QTableWidgetItem(text))
        self.measure_table.resizeColumnsToContents()
        self.fit_list.clear()
        for fit in reversed(detail.fits):
            changes = self.tr(", paper-check changes") if fit.has_paper_check_changes else ""
            if fit.is_self_tuned:
                changes += self.tr(", tuned by the customer") + (f" ({fit.lens_module})" if fit.lens_module else "")
            item = QListWidgetItem(
                f"#{fit.id} {fit.created_at:%Y-%m-%d} {fit.design_id} v{fit.design_version} "
                f"A {mm_cell(fit.lens_width_mm)} DBL {mm_cell(fit.bridge_mm)}{changes}"
            )
            item.setData(Qt.ItemDataRole.UserRole, fit.id)
            self.fit_list.addItem(item)
        self.order_list.clear()
        for order in reversed(detail.orders):
            self.order_list.addItem(self._order_line(order))
        if not detail.orders:
            self.order_list.addItem(self.tr("No orders yet."))

    def _order_line(self, order: Any) -> str:
        line = f"#{order.id} {order.created_at:%Y-%m-%d} {order.state}: {order.name}"
        if order.used_energy_wh or order.used_filament_g:
            line += self.tr(" · {g:.1f} g · {min:.0f} min · {wh:.1f} Wh ({sun:.1f} sun, {bat:.1f} battery)").format(
                g=order.used_filament_g or 0.0, min=order.printed_minutes or 0.0, wh=order.used_energy_wh or 0.0,
                sun=order.energy_from_sun_wh or 0.0, bat=order.energy_from_battery_wh or 0.0)
            source = {
                "readings": self.tr("measured by the charge controller"),
                "partly_readings": self.tr("partly measured by the charge controller"),
                "estimate": self.tr("estimated, no controller readings"),
            }.get(order.energy_source, "")
            if source:
                line += f" · {source}"
        return line

    def clear_for_new(self) -> None:
        """An empty form for a customer not saved yet."""
        self.customer = None
        for edit in (self.name_edit, self.code_edit, self.contact_edit):
            edit.clear()
        self.notes_edit.clear()
        self.consent_check.setChecked(False)
        self.age_combo.setCurrentIndex(AGE_GROUPS.index("adult"))
        self.measure_table.setRowCount(0)
        self.fit_list.clear()
        self.order_list.clear()
        self.name_edit.setFocus()

    def show_modules(self, items: list[LensStockItem]) -> None:
        """The fluid lens modules on the shelf, for "Lens module used"; the chosen one stays chosen."""
        chosen = self.module_combo.currentData()
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("Module not recorded"), None)
        for item in items:
            if item.is_fluid_module:
                self.module_combo.addItem(item.label, item.id)
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(chosen)))

    # ------------------------------------------------------------------ the customer
    def _form_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name_edit.text(),
            code=self.code_edit.text(),
            contact=self.contact_edit.text(),
            age_group=str(self.age_combo.currentData()),
            notes=self.notes_edit.toPlainText(),
            has_photo_consent=self.consent_check.isChecked(),
        )

    def save_customer(self) -> None:
        data, services = self._form_input(), self.ctx.services
        current = self.customer

        def work() -> CustomerSummary:
            if current is None:
                return customer_api.add_customer(services.session_factory, data)
            return customer_api.update_customer(services.session_factory, services.blobs, current.id, data)

        def done(summary: CustomerSummary) -> None:
            self._say(self.tr("Saved {label}.").format(label=summary.label))
            self.customer_saved.emit(summary.id)

        self._run(self.tr("Save customer"), work, done)

    def delete_customer(self) -> None:
        if self.customer is None:
            return
        label = self.customer.summary.label
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr("Delete {label} with all measurements, fits and photos? This cannot be undone.").format(
                label=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        customer_id, services = self.customer.id, self.ctx.services

        def done(_result: None) -> None:
            self.customer = None
            self._say(self.tr("Deleted {label} and their photos.").format(label=label))
            self.customer_deleted.emit()

        self._run(
            self.tr("Delete customer"),
            lambda: customer_api.delete_customer(services.session_factory, services.blobs, customer_id),
            done,
        )

    # ------------------------------------------------------------------ fits
    def _selected_fit_id(self) -> int | None:
        item = self.fit_list.currentItem()
        if item is None:
            self._say(self.tr("Choose a saved fit in the list first."), is_error=True)
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def open_saved_fit(self) -> None:
        fit_id = self._selected_fit_id()
        if fit_id is None:
            return
        services = self.ctx.services
        self._run(
            self.tr("Open fit"),
            lambda: fit_api.get_fit(services.session_factory, fit_id),
            lambda record: self.fit_opened.emit(record.design_id, dict(record.parameters), dict(record.lenses or {}),
                                                record.id, f"{record.created_at:%Y-%m-%d}"),
        )

    def print_fit_again(self) -> None:
        fit_id = self._selected_fit_id()
        if fit_id is not None:
            self.reprinter.print_again(fit_id, is_for_sale=self.for_sale_check.isChecked())

    def _reprint_fit(self) -> None:
        fit_id = self._selected_fit_id()
        if fit_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the parts (STL) to"))
        if folder:
            self.reprint_fit(fit_id, Path(folder))

    def reprint_fit(self, fit_id: int, folder: Path) -> None:
        services = self.ctx.services

        def work() -> list[Path]:
            return fit_api.write_reprint(fit_api.reprint_fit(services.session_factory, fit_id), folder)

        self._run(
            self.tr("Reprint fit"),
            work,
            lambda paths: self._say(self.tr("Wrote {n} files to {folder}.").format(n=len(paths), folder=folder)),
            show_progress=True,
        )

    def _export_fit(self) -> None:
        fit_id = self._selected_fit_id()
        if fit_id is None:
            return
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export fit"), f"fit-{fit_id}.json", "JSON (*.json)")
        if name:
            services = self.ctx.services
            self._run(
                self.tr("Export fit"),
                lambda: fit_api.export_fit(services.session_factory, fit_id, Path(name)),
                lambda path: self._say(self.tr("Exported to {path}.").format(path=path)),
            )

    def _import_fit(self) -> None:
        if self.customer is None:
            return
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import fit"), "", "JSON (*.json)")
        if name:
            self.import_fit(Path(name))

    def import_fit(self, path: Path) -> None:
        if self.customer is None:
            return
        customer_id, services = self.customer.id, self.ctx.services

        def done(record: Any) -> None:
            self._say(self.tr("Imported fit #{id}.").format(id=record.id))
            self.customer_changed.emit(customer_id)

        self._run(
            self.tr("Import fit"),
            lambda: fit_api.import_fit(services.session_factory, path, customer_id=customer_id),
            done,
        )

    def record_self_tuning(self) -> None:
        fit_id = self._selected_fit_id()
        if fit_id is None:
            return
        services, customer_id = self.ctx.services, self.customer.id if self.customer else None
        is_self_tuned = self.self_tuned_check.isChecked()
        module_id = self.module_combo.currentData()

        def done(record: Any) -> None:
            if record.is_self_tuned:
                module = record.lens_module or self.tr("module not recorded")
                message = self.tr("Fit #{id}: tuned by the customer ({module}).").format(id=record.id, module=module)
            else:
                message = self.tr("Fit #{id}: not tuned by the customer.").format(id=record.id)
            self._say(message)
            if customer_id is not None:
                self.customer_changed.emit(customer_id)

        self._run(
            self.tr("Record self-tuned lenses"),
            lambda: fit_api.record_self_tuning(
                services.session_factory, fit_id, is_self_tuned=is_self_tuned, lens_module_id=module_id
            ),
            done,
        )
