"""Hotend and bed: the readout, set points, one-click presets from the material profiles, cool down."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.printing.manual import TemperaturePreset
from ui.widgets.spin import number_spin


class TemperatureControls(QGroupBox):
    temperatures_requested = Signal(float, float)  # hotend, bed (°C)
    preset_requested = Signal(object)  # a TemperaturePreset
    cool_down_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Temperatures"), parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        self.temp_label = QLabel(self.tr("No temperature reported yet."))
        self.temp_label.setObjectName("temperatureReadout")
        self.hotend_spin = number_spin(0, 300, suffix=" °C")
        self.bed_spin = number_spin(0, 120, suffix=" °C")
        self.set_temp_button = QPushButton(self.tr("Set"))
        self.set_temp_button.setToolTip(self.tr("Heat the hotend and the bed to these temperatures"))
        self.set_temp_button.clicked.connect(
            lambda: self.temperatures_requested.emit(self.hotend_spin.value(), self.bed_spin.value()))
        row = QHBoxLayout()
        for widget in (QLabel(self.tr("Hotend")), self.hotend_spin, QLabel(self.tr("Bed")), self.bed_spin):
            row.addWidget(widget)
        row.addWidget(self.set_temp_button)
        row.addStretch(1)
        self.preset_row = QHBoxLayout()
        self.preset_buttons: list[QPushButton] = []
        self.cool_down_button = QPushButton(self.tr("Cool down"))
        self.cool_down_button.setToolTip(self.tr("Switch the hotend and bed heaters off"))
        self.cool_down_button.clicked.connect(self.cool_down_requested.emit)
        self.preset_row.addWidget(self.cool_down_button)
        self.preset_row.addStretch(1)
        layout.addWidget(self.temp_label)
        layout.addLayout(row)
        layout.addLayout(self.preset_row)

    def set_presets(self, presets: list[TemperaturePreset]) -> None:
        """One button per material profile, "PLA 210/60", before Cool down."""
        for button in self.preset_buttons:
            self.preset_row.removeWidget(button)
            button.deleteLater()
        self.preset_buttons = []
        for index, preset in enumerate(presets):
            button = QPushButton(self.tr("{name} {hotend}/{bed}").format(
                name=preset.name, hotend=f"{preset.hotend_c:g}", bed=f"{preset.bed_c:g}"))
            button.setToolTip(self.tr("Preheat for {name}: hotend {hotend} °C, bed {bed} °C").format(
                name=preset.name, hotend=f"{preset.hotend_c:g}", bed=f"{preset.bed_c:g}"))
            button.clicked.connect(lambda _c=False, p=preset: self.preset_requested.emit(p))
            button.setEnabled(self.cool_down_button.isEnabled())
            self.preset_row.insertWidget(index, button)
            self.preset_buttons.append(button)

    def show_reading(self, hotend_c: float | None, hotend_target_c: float | None, bed_c: float | None,
                     bed_target_c: float | None) -> None:
        if hotend_c is None:
            self.temp_label.setText(self.tr("No temperature reported yet."))
            return
        self.temp_label.setText(
            self.tr("Hotend {h:.1f} / {ht:.0f} °C   Bed {b} / {bt} °C").format(
                h=hotend_c,
                ht=hotend_target_c or 0,
                b=f"{bed_c:.1f}" if bed_c is not None else "–",
                bt=f"{bed_target_c:.0f}" if bed_target_c is not None else "–",
            )
        )

    def set_sending_allowed(self, is_allowed: bool, reason: str = "") -> None:
        for button in (self.set_temp_button, self.cool_down_button, *self.preset_buttons):
            button.setEnabled(is_allowed)
        self.setToolTip("" if is_allowed else reason)
