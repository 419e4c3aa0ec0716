"""Editing printer and material profiles: the figures that matter for slicing, safety, cost and energy."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.printer_profiles import MaterialProfile, PrinterProfile
from app.tasks import TaskContext
from ui.context import ScreenContext
from ui.widgets.spin import NumberField, add_number_rows

# (field, label, minimum, maximum, decimals, suffix); QT_TRANSLATE_NOOP marks the labels for lupdate,
# which cannot see the self.tr(label) that add_number_rows makes of them.
_MACHINE_FIELDS: list[NumberField] = [
    ("bed_x_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Bed width"), 10, 1000, 0, " mm"),
    ("bed_y_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Bed depth"), 10, 1000, 0, " mm"),
    ("bed_z_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Build height"), 10, 1000, 0, " mm"),
    ("nozzle_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Nozzle"), 0.1, 1.2, 2, " mm"),
    ("filament_diameter_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Filament"), 1.0, 3.0, 2, " mm"),
    ("max_hotend_c", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Max hotend"), 100, 450, 0, " °C"),
    ("max_bed_c", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Max bed"), 0, 150, 0, " °C"),
    ("standard_layer_height_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Standard layer"), 0.05, 0.8, 2, " mm"),
    ("min_x_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Reaches X down to"), -30, 0, 1, " mm"),
    ("min_y_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Reaches Y down to"), -30, 0, 1, " mm"),
]
_SPEED_FIELDS: list[NumberField] = [
    ("perimeter_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Perimeters"), 5, 300, 0, " mm/s"),
    ("external_perimeter_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Outer perimeter"), 5, 300, 0, " mm/s"),
    ("infill_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Infill"), 5, 400, 0, " mm/s"),
    ("solid_infill_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Solid infill"), 5, 400, 0, " mm/s"),
    ("first_layer_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "First layer"), 5, 100, 0, " mm/s"),
    ("travel_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Travel"), 10, 500, 0, " mm/s"),
    ("retract_length_mm", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Retraction"), 0, 15, 1, " mm"),
    ("retract_speed_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Retraction speed"), 5, 150, 0, " mm/s"),
]
_LIMIT_FIELDS: list[NumberField] = [
    ("print_accel_mm_s2", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Print acceleration"), 50, 20000, 0, " mm/s²"),
    ("travel_accel_mm_s2", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Travel acceleration"), 50, 20000, 0, " mm/s²"),
    ("jerk_x_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Jerk X"), 0, 50, 1, " mm/s"),
    ("jerk_y_mm_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Jerk Y"), 0, 50, 1, " mm/s"),
]
_POWER_FIELDS: list[NumberField] = [
    ("idle_w", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Idle"), 0, 200, 0, " W"),
    ("hotend_heat_up_w", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Hotend heating"), 0, 500, 0, " W"),
    ("bed_heat_up_w", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Bed heating"), 0, 1500, 0, " W"),
    ("printing_w", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Printing, bed on"), 0, 1500, 0, " W"),
    ("printing_bed_off_w", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Printing, bed off"), 0, 500, 0, " W"),
    ("hotend_heat_rate_c_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Hotend heats at"), 0.1, 20, 1, " °C/s"),
    ("bed_heat_rate_c_s", QT_TRANSLATE_NOOP("PrinterProfileDialog", "Bed heats at"), 0.05, 10, 2, " °C/s"),
]
_MATERIAL_FIELDS: list[NumberField] = [
    ("hotend_c", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Hotend"), 150, 350, 0, " °C"),
    ("first_layer_hotend_c", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Hotend, first layer"), 150, 350, 0, " °C"),
    ("bed_c", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Bed"), 0, 130, 0, " °C"),
    ("first_layer_bed_c", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Bed, first layer"), 0, 130, 0, " °C"),
    ("fan_pct", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Part fan"), 0, 100, 0, " %"),
    ("density_g_cm3", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Density"), 0.5, 3.0, 2, " g/cm³"),
    ("price_per_kg", QT_TRANSLATE_NOOP("MaterialProfileDialog", "Price per kg"), 0, 1000, 2, ""),
]


class PrinterProfileDialog(QDialog):
    saved = Signal(object)  # the saved PrinterProfile

    def __init__(self, ctx: ScreenContext, profile: PrinterProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile = profile
        self.setWindowTitle(self.tr("Printer profile: {0}").format(profile.name))
        self.setMinimumWidth(520)
        self.name_edit = QLineEdit(profile.name)
        self.heated_bed_check = QCheckBox(self.tr("Heated bed"))
        self.heated_bed_check.setChecked(profile.has_heated_bed)
        self.spins: dict[str, QDoubleSpinBox] = {}
        tabs = QTabWidget()
        machine = self._form(_MACHINE_FIELDS, profile)
        machine.insertRow(0, self.tr("Name"), self.name_edit)
        machine.addRow("", self.heated_bed_check)
        tabs.addTab(_wrap(machine), self.tr("Machine"))
        tabs.addTab(_wrap(self._form(_SPEED_FIELDS, profile)), self.tr("Speeds"))
        tabs.addTab(_wrap(self._form(_LIMIT_FIELDS, profile.limits, prefix="limits.")), self.tr("Motion limits"))
        tabs.addTab(_wrap(self._form(_POWER_FIELDS, profile.power, prefix="power.")), self.tr("Power"))
        self.start_edit = QPlainTextEdit(profile.start_gcode)
        self.end_edit = QPlainTextEdit(profile.end_gcode)
        gcode = QFormLayout()
        gcode.addRow(self.tr("Start G-code"), self.start_edit)
        gcode.addRow(self.tr("End G-code"), self.end_edit)
        tabs.addTab(_wrap(gcode), self.tr("G-code"))
        self.error_label = QLabel("")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(self.tr("Shipped values"))
        self.reset_button.setVisible(profile.is_builtin)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset_to_shipped)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def edited_profile(self) -> PrinterProfile:
        # The spins are keyed by the profiles' own field names (see the field lists above).
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        limits = dataclasses.replace(
            self.profile.limits, **{k.removeprefix("limits."): v for k, v in values.items() if k.startswith("limits.")}
        )
        power = dataclasses.replace(
            self.profile.power, **{k.removeprefix("power."): v for k, v in values.items() if k.startswith("power.")}
        )
        top = {k: v for k, v in values.items() if "." not in k}
        return dataclasses.replace(
            self.profile,
            name=self.name_edit.text().strip() or self.profile.name,
            has_heated_bed=self.heated_bed_check.isChecked(),
            start_gcode=self.start_edit.toPlainText(),
            end_gcode=self.end_edit.toPlainText(),
            limits=limits,
            power=power,
            **top,
        )

    def save(self) -> None:
        profile = self.edited_profile()
        store = self.ctx.services.profiles

        def work(task: TaskContext) -> PrinterProfile:
            return store.save_printer(profile)

        self.ctx.tasks.run(
            self.tr("Saving profile"), work, on_result=self._saved, on_error=self._failed, show_progress=False
        )

    def reset_to_shipped(self) -> None:
        store = self.ctx.services.profiles
        profile_id = self.profile.id

        def work(task: TaskContext) -> PrinterProfile:
            store.reset_builtin(profile_id)
            return store.printer(profile_id)

        self.ctx.tasks.run(
            self.tr("Resetting profile"), work, on_result=self._saved, on_error=self._failed, show_progress=False
        )

    def _saved(self, profile: PrinterProfile) -> None:
        self.saved.emit(profile)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(str(exc))

    def _form(
        self, fields: Sequence[NumberField], source: object, prefix: str = ""
    ) -> QFormLayout:
        form = QFormLayout()
        add_number_rows(form, fields, self.spins, self.tr, source, prefix)
        return form


class MaterialProfileDialog(QDialog):
    saved = Signal(object)  # the saved MaterialProfile

    def __init__(self, ctx: ScreenContext, material: MaterialProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.material = material
        self.setWindowTitle(self.tr("Material: {0}").format(material.name))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(material.name)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        add_number_rows(form, _MATERIAL_FIELDS, self.spins, self.tr, material)
        self.error_label = QLabel("")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def edited_material(self) -> MaterialProfile:
        # The spins are keyed by the material's own field names (see _MATERIAL_FIELDS).
        values: dict[str, Any] = {key: spin.value() for key, spin in self.spins.items()}
        values["fan_pct"] = int(values["fan_pct"])
        return dataclasses.replace(self.material, name=self.name_edit.text().strip() or self.material.name, **values)

    def save(self) -> None:
        material = self.edited_material()
        store = self.ctx.services.profiles

        def work(task: TaskContext) -> MaterialProfile:
            return store.save_material(material)

        self.ctx.tasks.run(
            self.tr("Saving material"), work, on_result=self._saved, on_error=self._failed, show_progress=False
        )

    def _saved(self, material: MaterialProfile) -> None:
        self.saved.emit(material)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.error_label.setText(str(exc))


def _wrap(layout: QFormLayout) -> QWidget:
    widget = QWidget()
    widget.setLayout(layout)
    return widget
