"""Pronterface's jog pad: home, X/Y/Z moves by a chosen step, and extrude or retract filament."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.printing.manual import EXTRUDE_LENGTHS_MM, JOG_STEPS_MM

DEFAULT_STEP_MM = 1.0
DEFAULT_EXTRUDE_MM = 10.0


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setMinimumWidth(56)
    button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return button


class JogPad(QGroupBox):
    """Buttons only: what they ask for is sent by the screen, through the printer's session."""

    home_requested = Signal(str)  # "" all axes, "XY", "Z"
    move_requested = Signal(str, float)  # axis, millimetres (signed)
    extrude_requested = Signal(float)  # millimetres; negative retracts

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move"), parent)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(4)

        # The X/Y cross with Home X/Y at its centre and the Z column with Home Z between Z+ and Z−,
        # as on OctoPrint's and Pronterface's pads.
        self.home_all_button = _button(self.tr("Home all"), self.tr("Home every axis (G28)"))
        self.home_xy_button = _button(self.tr("⌂ X/Y"), self.tr("Home X and Y (G28 X Y)"))
        self.home_z_button = _button(self.tr("⌂ Z"), self.tr("Home Z (G28 Z)"))
        self.home_all_button.clicked.connect(lambda: self.home_requested.emit(""))
        self.home_xy_button.clicked.connect(lambda: self.home_requested.emit("XY"))
        self.home_z_button.clicked.connect(lambda: self.home_requested.emit("Z"))
        grid.addWidget(self.home_xy_button, 1, 1)
        grid.addWidget(self.home_z_button, 1, 4)

        self.move_buttons: dict[tuple[str, int], QPushButton] = {}
        places = {("Y", 1): (0, 1), ("X", -1): (1, 0), ("X", 1): (1, 2), ("Y", -1): (2, 1),
                  ("Z", 1): (0, 4), ("Z", -1): (2, 4)}
        for (axis, sign), (row, col) in places.items():
            text = f"{axis}{'+' if sign > 0 else '−'}"
            tip = (self.tr("Raise the nozzle (Z up) by the step") if (axis, sign) == ("Z", 1)
                   else self.tr("Lower the nozzle (Z down) by the step") if axis == "Z"
                   else self.tr("Move {axis} by the step").format(axis=text))
            button = _button(text, tip)
            button.clicked.connect(lambda _c=False, a=axis, s=sign: self.move_requested.emit(a, s * self.step_mm()))
            grid.addWidget(button, row, col)
            self.move_buttons[(axis, sign)] = button
        grid.setColumnMinimumWidth(3, 12)  # a gap between the cross and the Z column

        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        self.step_buttons: list[QPushButton] = []
        steps = QHBoxLayout()
        steps.setContentsMargins(0, 0, 0, 0)
        steps.setSpacing(2)
        steps.addWidget(QLabel(self.tr("Step")))
        for step in JOG_STEPS_MM:
            button = QPushButton(f"{step:g}")
            button.setCheckable(True)
            button.setChecked(step == DEFAULT_STEP_MM)
            button.setMinimumWidth(40)
            button.setToolTip(self.tr("Move {step} mm per press").format(step=f"{step:g}"))
            button.setProperty("step_mm", step)
            self.step_group.addButton(button)
            self.step_buttons.append(button)
            steps.addWidget(button)
        steps.addWidget(QLabel(self.tr("mm")))
        steps.addStretch(1)
        steps.addWidget(self.home_all_button)
        grid.addLayout(steps, 3, 0, 1, 5)

        filament = QHBoxLayout()
        filament.setContentsMargins(0, 0, 0, 0)
        self.extrude_length_combo = QComboBox()
        for length in EXTRUDE_LENGTHS_MM:
            self.extrude_length_combo.addItem(self.tr("{length} mm").format(length=f"{length:g}"), length)
        self.extrude_length_combo.setCurrentIndex(EXTRUDE_LENGTHS_MM.index(DEFAULT_EXTRUDE_MM))
        self.extrude_length_combo.setToolTip(self.tr("How much filament to push or pull back"))
        self.extrude_button = _button(self.tr("Extrude"), self.tr("Push filament through the hot nozzle"))
        self.retract_button = _button(self.tr("Retract"), self.tr("Pull filament back out of the hot nozzle"))
        self.extrude_button.clicked.connect(lambda: self.extrude_requested.emit(self.extrude_mm()))
        self.retract_button.clicked.connect(lambda: self.extrude_requested.emit(-self.extrude_mm()))
        filament.addWidget(QLabel(self.tr("Filament")))
        filament.addWidget(self.extrude_length_combo)
        filament.addWidget(self.extrude_button)
        filament.addWidget(self.retract_button)
        grid.addLayout(filament, 4, 0, 1, 5)

    def step_mm(self) -> float:
        checked = self.step_group.checkedButton()
        return float(checked.property("step_mm")) if checked is not None else DEFAULT_STEP_MM

    def extrude_mm(self) -> float:
        return float(self.extrude_length_combo.currentData())

    def buttons(self) -> list[QPushButton]:
        """Every button that sends something to the printer."""
        return [self.home_all_button, self.home_xy_button, self.home_z_button, *self.move_buttons.values(),
                self.extrude_button, self.retract_button]

    def set_sending_allowed(self, is_allowed: bool, reason: str = "") -> None:
        """Enable the pad, or disable it saying why on the pad itself (a disabled button's own tooltip
        is not shown on every platform)."""
        for button in self.buttons():
            button.setEnabled(is_allowed)
        self.setToolTip("" if is_allowed else reason)
