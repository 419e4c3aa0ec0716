"""Slice settings and progress, the layer preview and the estimate shown before queueing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.gcode_export import SavedGcode, save_gcode
from app.money import CostFormat
from app.printer_profiles import MaterialProfile, PrinterProfile
from app.settings import LabSettings
from app.slicing import (
    DEFAULT_MATERIAL_ID,
    PreviewLayer,
    PrintMode,
    SeamPosition,
    SliceOutcome,
    SlicerBackend,
    SliceSettings,
    UnsafeGcodeError,
    first_layer_height_mm,
    is_prusa_available,
    preview_gcode,
    settings_for_mode,
    slice_to_file,
)
from app.tasks import TaskContext, TaskHandle
from ui.context import ScreenContext
from ui.slicing.preview import EnergyChart, LayerPreview
from ui.slicing.profile_editor import MaterialProfileDialog, PrinterProfileDialog
from ui.widgets.spin import number_spin

PartSource = Any  # trimesh meshes or STL paths, handed on to app.slicing untouched


class SlicingPanel(QWidget):
    """Give it parts with `set_parts`; it emits `sliced` with the SliceOutcome and `queue_requested`
    when the operator accepts the estimate."""

    sliced = Signal(object)
    queue_requested = Signal(object)

    def __init__(
        self,
        ctx: ScreenContext,
        parent: QWidget | None = None,
        *,
        material_id: str | None = None,
        mode: PrintMode = PrintMode.STANDARD,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # None until the profiles are loaded: then the lab's default material (Settings) unless the
        # parts chose theirs (a fit saved for PETG).
        self._preferred_material = material_id
        self._cost_format = CostFormat()
        self._parts: list[PartSource] = []
        self._title = ""  # what the parts are, for the saved file's name
        self._printers: list[PrinterProfile] = []
        self._materials: list[MaterialProfile] = []
        self._handle: TaskHandle | None = None
        self._run = 0  # the number of the latest slicing run
        self.outcome: SliceOutcome | None = None

        self.parts_label = QLabel(self.tr("No parts to slice yet."))
        self.parts_label.setWordWrap(True)
        self.printer_combo = QComboBox()
        self.printer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edit_printer_button = QPushButton(self.tr("Edit…"))
        self.material_combo = QComboBox()
        self.edit_material_button = QPushButton(self.tr("Edit…"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Frames (under an hour)"), PrintMode.FRAMES)
        self.mode_combo.addItem(self.tr("Standard"), PrintMode.STANDARD)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.layer_spin = number_spin(0.05, 0.32, decimals=2, suffix=" mm", value=0.2, step=0.02)
        self.first_speed_spin = number_spin(5, 100, suffix=" mm/s", value=20, step=5)
        self.bed_lowered_check = QCheckBox(self.tr("Cooler bed after the first layers"))
        self.perimeters_spin = QSpinBox()
        self.perimeters_spin.setRange(1, 10)
        self.perimeters_spin.setValue(2)
        self.infill_spin = number_spin(0, 100, suffix=" %", value=20, step=5)
        self.skirt_spin = QSpinBox()
        self.skirt_spin.setRange(0, 5)
        self.skirt_spin.setValue(1)
        self.seam_combo = QComboBox()
        self.seam_combo.addItem(self.tr("Rear, lined up"), SeamPosition.REAR)
        self.seam_combo.addItem(self.tr("Nearest, least travel"), SeamPosition.NEAREST)
        self.backend_combo = QComboBox()
        self.backend_combo.addItem(self.tr("Built-in slicer"), SlicerBackend.BUILTIN)
        if is_prusa_available():
            self.backend_combo.addItem(self.tr("PrusaSlicer"), SlicerBackend.PRUSA)
        self.slice_button = QPushButton(self.tr("Slice"))
        self.slice_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status_label = QLabel("")
        self.status_label.setWordWrap(True)

        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer_combo, 1)
        printer_row.addWidget(self.edit_printer_button)
        settings_box = QGroupBox(self.tr("Settings"))
        form = QFormLayout(settings_box)
        form.addRow(self.tr("Printer"), printer_row)
        material_row = QHBoxLayout()
        material_row.addWidget(self.material_combo, 1)
        material_row.addWidget(self.edit_material_button)
        form.addRow(self.tr("Material"), material_row)
        form.addRow(self.tr("Print mode"), self.mode_combo)
        form.addRow(self.tr("Layer height"), self.layer_spin)
        form.addRow(self.tr("First layer speed"), self.first_speed_spin)
        form.addRow("", self.bed_lowered_check)
        form.addRow(self.tr("Perimeters"), self.perimeters_spin)
        form.addRow(self.tr("Infill"), self.infill_spin)
        form.addRow(self.tr("Skirt loops"), self.skirt_spin)
        form.addRow(self.tr("Seam"), self.seam_combo)
        form.addRow(self.tr("Slicer"), self.backend_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.slice_button)
        buttons.addWidget(self.cancel_button)

        estimate_box = QGroupBox(self.tr("Estimate"))
        grid = QGridLayout(estimate_box)
        self.estimate_labels: dict[str, QLabel] = {}
        rows = [
            ("total", self.tr("Total")),
            ("time", self.tr("Print time")),
            ("heat", self.tr("Heating up")),
            ("filament", self.tr("Filament")),
            ("cost", self.tr("Material cost")),
            ("energy", self.tr("Energy")),
            ("layers", self.tr("Layers")),
        ]
        for row, (key, title) in enumerate(rows):
            grid.addWidget(QLabel(title), row, 0)
            value = QLabel("—")
            value.setObjectName(f"estimate_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, 1)
            self.estimate_labels[key] = value
        self.energy_chart = EnergyChart()
        grid.addWidget(self.energy_chart, len(rows), 0, 1, 2)
        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(90)
        self.problems_list.hide()
        grid.addWidget(self.problems_list, len(rows) + 1, 0, 1, 2)
        self.queue_button = QPushButton(self.tr("Add to queue"))
        self.queue_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save G-code…"))
        self.save_button.setObjectName("saveGcodeButton")
        self.save_button.setToolTip(self.tr("Write the checked G-code to a file, for a printer's SD card."))
        self.save_button.setEnabled(False)

        left = QVBoxLayout()
        left.addWidget(self.parts_label)
        left.addWidget(settings_box)
        left.addWidget(self.progress)
        left.addWidget(self.status_label)
        left.addWidget(estimate_box)
        left.addStretch(1)

        self.preview = LayerPreview()
        self.layer_slider = QSlider(Qt.Orientation.Vertical)
        self.layer_slider.setRange(0, 0)
        self.layer_slider.setEnabled(False)
        self.layer_label = QLabel(self.tr("Layer —"))
        self.travels_check = QCheckBox(self.tr("Show travels"))
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(self.layer_slider)
        right = QVBoxLayout()
        right.addLayout(preview_row, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.layer_label)
        footer.addStretch(1)
        footer.addWidget(self.travels_check)
        right.addLayout(footer)

        layout = QHBoxLayout(self)
        left_widget = QWidget()
        left_widget.setLayout(left)
        # The settings and the estimate scroll on short screens (1366×768 laptops); "Slice" and "Add to
        # queue" stay below them, always in sight, and the preview keeps the whole height.
        left_scroll = QScrollArea()
        left_scroll.setWidget(left_widget)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_column = QVBoxLayout()
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(left_scroll, 1)
        left_column.addLayout(buttons)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.queue_button, 1)
        result_buttons.addWidget(self.save_button)
        left_column.addLayout(result_buttons)
        left_holder = QWidget()
        left_holder.setLayout(left_column)
        # As wide as the settings' longest translated row plus the scroll bar beside them: a fixed width
        # cut the French and Spanish rows and hid the Edit… buttons past the column's edge.
        wanted = left_widget.minimumSizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width()
        left_holder.setMinimumWidth(max(400, wanted))
        left_holder.setMaximumWidth(max(460, wanted))
        layout.addWidget(left_holder)
        layout.addLayout(right, 1)

        self.slice_button.clicked.connect(self.start_slicing)
        self.cancel_button.clicked.connect(self.cancel)
        self.layer_slider.valueChanged.connect(self._show_layer)
        self.travels_check.toggled.connect(self.preview.set_showing_travels)
        self.queue_button.clicked.connect(lambda: self.queue_requested.emit(self.outcome))
        self.save_button.clicked.connect(self._ask_save_gcode)
        self.printer_combo.currentIndexChanged.connect(self._printer_changed)
        self.edit_printer_button.clicked.connect(self._edit_printer)
        self.edit_material_button.clicked.connect(self._edit_material)
        # A result must always match the settings shown: any change puts the estimate away.
        for combo in (self.seam_combo, self.backend_combo):
            combo.currentIndexChanged.connect(self._settings_changed)
        # A new mode or material brings its own defaults into the fields (then editable as any).
        self.mode_combo.currentIndexChanged.connect(self._apply_mode)
        self.material_combo.currentIndexChanged.connect(self._apply_mode)
        for spin in (self.layer_spin, self.perimeters_spin, self.infill_spin, self.skirt_spin, self.first_speed_spin):
            spin.valueChanged.connect(self._settings_changed)
        self.bed_lowered_check.toggled.connect(self._settings_changed)
        self._update_buttons()
        self.reload_profiles()

    def set_parts(self, parts: Sequence[PartSource], title: str = "") -> None:
        self._parts = list(parts)
        names = title or ", ".join(_part_name(p, i) for i, p in enumerate(self._parts))
        self._title = names
        self.parts_label.setText(
            self.tr("{0} part(s): {1}").format(len(self._parts), names)
            if self._parts
            else self.tr("No parts to slice yet.")
        )
        self._reset_result()
        self._update_buttons()

    def reload_profiles(self) -> None:
        profiles = self.ctx.services.profiles

        settings = self.ctx.services.settings

        def work(task: TaskContext) -> tuple[list[PrinterProfile], list[MaterialProfile], list[str], LabSettings]:
            return profiles.printers(), profiles.materials(), profiles.lab_printer_ids(), settings.load(LabSettings)

        self.ctx.tasks.run(self.tr("Loading profiles"), work, on_result=self._profiles_loaded, show_progress=False)

    def settings(self) -> SliceSettings:
        layer = round(self.layer_spin.value(), 3)
        printer = self._current_printer()
        material = self.material_combo.currentData()
        mode = self.mode_combo.currentData()
        base = settings_for_mode(mode, printer, material) if printer and material else SliceSettings()
        shells = base.top_layers if mode is PrintMode.FRAMES else SliceSettings().top_layers
        return replace(
            base,
            layer_height_mm=layer,
            first_layer_height_mm=first_layer_height_mm(layer),
            top_layers=shells,
            bottom_layers=shells,
            perimeters=self.perimeters_spin.value(),
            infill_pct=self.infill_spin.value(),
            skirt_loops=self.skirt_spin.value(),
            seam=self.seam_combo.currentData(),
            first_layer_speed_mm_s=self.first_speed_spin.value(),
            bed_lowered_c=(
                material.bed_lowered_c
                if material is not None and self.bed_lowered_check.isChecked() and material.bed_lowered_c is not None
                else None
            ),
        )

    def start_slicing(self) -> None:
        printer = self._current_printer()
        material = self.material_combo.currentData()
        if not self._parts or printer is None or material is None:
            return
        parts = list(self._parts)
        settings = self.settings()
        backend = self.backend_combo.currentData()
        profiles = self.ctx.services.profiles
        slices = self.ctx.slices
        output = slices.new_path()

        report = self.ctx.bridge.wrap(self._progressed)

        def work(task: TaskContext) -> tuple[SliceOutcome, list[PreviewLayer]]:
            def progress(fraction: float, message: str) -> None:
                task.check_cancelled()  # raises inside the slicer: nothing is written
                report(task.task_id, fraction, message)

            outcome = slice_to_file(
                profiles,
                parts,
                output,
                printer_id=printer.id,
                material_id=material.id,
                settings=settings,
                backend=backend,
                progress=progress,
            )
            layers = preview_gcode(outcome.output)
            if task.is_cancelled:  # cancelled while it was written: nobody will show or queue it
                slices.discard(output)
                task.check_cancelled()
            return outcome, layers

        self._reset_result()
        self.status_label.setText(self.tr("Slicing…"))
        # Numbered, so a run cancelled after its last progress check cannot show its result later.
        self._run += 1
        self._handle = self.ctx.tasks.run(
            self.tr("Slicing"),
            work,
            on_result=partial(self._sliced, self._run),
            on_error=partial(self._failed, self._run, output),
            show_progress=False,
        )
        self._update_buttons()

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
            self.status_label.setText(self.tr("Cancelled."))
            self.progress.setValue(0)
            self._update_buttons()

    def _progressed(self, task_id: int, fraction: float, message: str) -> None:
        if self._handle is None or task_id != self._handle.task_id:
            return  # a cancelled run still reporting
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))
        if message:
            self.status_label.setText(message)

    def _is_current(self, run: int) -> bool:
        return self._handle is not None and run == self._run

    def _sliced(self, run: int, result: tuple[SliceOutcome, list[PreviewLayer]]) -> None:
        if not self._is_current(run):
            self.ctx.slices.discard(result[0].output)  # cancelled, or the settings changed while it ran
            return
        self._handle = None
        outcome, layers = result
        self.outcome = outcome
        estimate = outcome.estimate
        self.progress.setRange(0, 1000)
        self.progress.setValue(1000)
        self.status_label.setText(
            self.tr("Sliced in {0:.1f} s. Safe to print.").format(outcome.slice_seconds)
            if not outcome.repaired_parts
            else self.tr("Sliced in {0:.1f} s after repairing {1}. Safe to print.").format(
                outcome.slice_seconds, ", ".join(outcome.repaired_parts)
            )
        )
        self.estimate_labels["total"].setText(
            (self.tr("{0}, fits in one hour") if estimate.is_within_one_hour
             else self.tr("{0}, does not fit in one hour")).format(_minutes(estimate.total_minutes))
        )
        self.estimate_labels["time"].setText(_minutes(estimate.print_minutes))
        self.estimate_labels["heat"].setText(_minutes(estimate.heat_up_minutes))
        self.estimate_labels["filament"].setText(
            self.tr("{0:.1f} g ({1:.2f} m)").format(estimate.filament_g, estimate.filament_m)
        )
        self.estimate_labels["cost"].setText(self._cost_format.format(estimate.material_cost))
        self.estimate_labels["energy"].setText(
            self.tr("{0:.0f} Wh (peak {1:.0f} W)").format(estimate.energy_wh, estimate.peak_w)
        )
        self.estimate_labels["layers"].setText(str(estimate.layers))
        self.energy_chart.set_profile(outcome.analysis.energy_profile)
        self._show_problems([*outcome.warnings, *(str(p) for p in outcome.safety.problems)])
        self.preview.set_layers(layers, outcome.printer.bed_x_mm, outcome.printer.bed_y_mm)
        self.layer_slider.setRange(0, max(len(layers) - 1, 0))
        self.layer_slider.setEnabled(bool(layers))
        self.layer_slider.setValue(0)
        self._show_layer(0)
        self._update_buttons()
        self.sliced.emit(outcome)

    def _failed(self, run: int, output: Path, exc: BaseException) -> None:
        self.ctx.slices.discard(output)  # a slicer that stopped half-way may have written part of it
        if not self._is_current(run):
            return
        self._handle = None
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.status_label.setText(str(exc))
        if isinstance(exc, UnsafeGcodeError):
            self._show_problems([str(p) for p in exc.report.problems])
        self._update_buttons()

    def _show_problems(self, problems: list[str]) -> None:
        self.problems_list.clear()
        self.problems_list.addItems(problems)
        self.problems_list.setVisible(bool(problems))

    def _show_layer(self, index: int) -> None:
        self.preview.set_layer(index)
        count = self.preview.layer_count
        self.layer_label.setText(self.tr("Layer {0} of {1}").format(index + 1, count) if count else self.tr("Layer —"))

    def _settings_changed(self) -> None:
        if self.outcome is None and self._handle is None:
            return
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self._reset_result()
        self.status_label.setText(self.tr("Settings changed: slice again to see the estimate."))
        self._update_buttons()

    def _reset_result(self) -> None:
        if self.outcome is not None:
            self.ctx.slices.discard(self.outcome.output)  # replaced or put away: its G-code goes with it
        self.outcome = None
        for label in self.estimate_labels.values():
            label.setText("—")
        self.energy_chart.set_profile([])
        self._show_problems([])
        self.preview.clear()
        self.layer_slider.setRange(0, 0)
        self.layer_slider.setEnabled(False)
        self.layer_label.setText(self.tr("Layer —"))

    def hand_over(self) -> SliceOutcome | None:
        """The result, for whoever queues it after this panel is gone: its file is theirs from now on
        (the queue removes it once stored, closing the window removes it otherwise)."""
        outcome, self.outcome = self.outcome, None
        self._update_buttons()
        return outcome

    def discard(self) -> None:
        """Stop slicing and drop the result and its file: the slicing window closes without queueing."""
        self.cancel()
        self._reset_result()
        self._update_buttons()

    def _update_buttons(self) -> None:
        is_busy = self._handle is not None
        self.slice_button.setEnabled(bool(self._parts) and bool(self._printers) and not is_busy)
        self.cancel_button.setEnabled(is_busy)
        self.queue_button.setEnabled(self.outcome is not None and not is_busy)
        self.save_button.setEnabled(self.outcome is not None and not is_busy)

    def save_gcode_to(self, path: Path) -> TaskHandle | None:
        """Check the sliced G-code again for its printer and write it to `path` (whole or not at all)."""
        outcome = self.outcome
        if outcome is None:
            return None

        def work(task: TaskContext) -> SavedGcode:
            return save_gcode(outcome.output, path, outcome.printer)

        def saved(result: SavedGcode) -> None:
            self.status_label.setText(self.tr("Saved {path} ({kb} KB), checked for {printer}.").format(
                path=result.path, kb=max(result.size_bytes // 1024, 1), printer=outcome.printer.name))

        def failed(exc: BaseException) -> None:
            self.status_label.setText(str(exc))
            if isinstance(exc, UnsafeGcodeError):
                self._show_problems([str(p) for p in exc.report.problems])

        self.status_label.setText(self.tr("Saving the G-code…"))
        return self.ctx.tasks.run(self.tr("Saving G-code"), work, on_result=saved, on_error=failed,
                                  show_progress=False)

    def _ask_save_gcode(self) -> None:
        if self.outcome is None:
            return
        suggested = str(Path.home() / f"{_file_stem(self._title)}.gcode")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save G-code for an SD card"), suggested,
                                                    self.tr("G-code (*.gcode)"))
        if path:
            self.save_gcode_to(Path(path))

    def _profiles_loaded(
        self, loaded: tuple[list[PrinterProfile], list[MaterialProfile], list[str], LabSettings]
    ) -> None:
        self._printers, self._materials, lab_printer_ids, lab = loaded
        self._cost_format = CostFormat(lab.currency, lab.currency_symbol)
        if self._preferred_material is None:
            self._preferred_material = lab.default_material_id or DEFAULT_MATERIAL_ID
        # The operator's last choice; else the lab's own printer rather than the first preset by name.
        chosen = self.printer_combo.currentData() or next(iter(lab_printer_ids), None)
        self.printer_combo.blockSignals(True)
        self.printer_combo.clear()
        for printer in self._printers:
            self.printer_combo.addItem(printer.name, printer.id)
        if chosen is not None:
            self.printer_combo.setCurrentIndex(max(self.printer_combo.findData(chosen), 0))
        self.printer_combo.blockSignals(False)
        chosen_material = self.material_combo.currentData()
        self.material_combo.clear()
        for material in self._materials:
            self.material_combo.addItem(material.name, material)
        wanted = chosen_material.id if chosen_material is not None else self._preferred_material
        self.material_combo.setCurrentIndex(next((i for i, m in enumerate(self._materials) if m.id == wanted), 0))
        self._printer_changed()
        self._update_buttons()

    def _current_printer(self) -> PrinterProfile | None:
        printer_id = self.printer_combo.currentData()
        return next((p for p in self._printers if p.id == printer_id), None)

    def _printer_changed(self) -> None:
        printer = self._current_printer()
        if printer is not None:
            self.layer_spin.setMaximum(round(0.8 * printer.nozzle_mm, 2))
        self._apply_mode()

    def _apply_mode(self) -> None:
        """The chosen mode's values for this printer and material, shown in the fields."""
        printer = self._current_printer()
        material = self.material_combo.currentData()
        if printer is not None and material is not None:
            defaults = settings_for_mode(self.mode_combo.currentData(), printer, material)
            for widget in (self.layer_spin, self.first_speed_spin, self.bed_lowered_check):
                widget.blockSignals(True)
            self.layer_spin.setValue(defaults.layer_height_mm)
            self.first_speed_spin.setValue(defaults.first_layer_speed_mm_s or printer.first_layer_speed_mm_s)
            self.bed_lowered_check.setChecked(defaults.bed_lowered_c is not None)
            self.bed_lowered_check.setEnabled(printer.has_heated_bed and material.bed_lowered_c is not None)
            for widget in (self.layer_spin, self.first_speed_spin, self.bed_lowered_check):
                widget.blockSignals(False)
        self._settings_changed()

    def _edit_printer(self) -> None:
        printer = self._current_printer()
        if printer is None:
            return
        dialog = PrinterProfileDialog(self.ctx, printer, self)
        dialog.saved.connect(lambda _profile: self.reload_profiles())
        dialog.open()

    def _edit_material(self) -> None:
        material = self.material_combo.currentData()
        if material is None:
            return
        dialog = MaterialProfileDialog(self.ctx, material, self)
        dialog.saved.connect(lambda _material: self.reload_profiles())
        dialog.open()


class SlicingDialog(QDialog):
    """What the queue and the customizer open: `SlicingDialog(ctx, parts, title)`; `outcome_accepted`
    carries the SliceOutcome when the operator presses "Add to queue"."""

    outcome_accepted = Signal(object)

    def __init__(
        self,
        ctx: ScreenContext,
        parts: Sequence[PartSource] = (),
        title: str = "",
        parent: QWidget | None = None,
        *,
        material_id: str | None = None,
        mode: PrintMode = PrintMode.FRAMES,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slice"))
        self.resize(fitting_size(QSize(1100, 720), parent))
        # The customizer's frame sets print in the frames mode unless the operator chooses otherwise.
        self.panel = SlicingPanel(ctx, self, material_id=material_id, mode=mode)
        self.panel.set_parts(parts, title)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.panel.queue_requested.connect(self._accept_outcome)

    def _accept_outcome(self, _outcome: SliceOutcome) -> None:
        outcome = self.panel.hand_over()
        if outcome is not None:
            self.outcome_accepted.emit(outcome)
        self.accept()

    def reject(self) -> None:
        self.panel.discard()
        super().reject()


def fitting_size(wanted: QSize, parent: QWidget | None) -> QSize:
    """`wanted`, shrunk to the screen the dialog opens on (less room for the title bar and a panel)."""
    screen = parent.screen() if parent is not None else QApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - QSize(40, 80)
    return wanted.boundedTo(room)


def _file_stem(text: str) -> str:
    # Printers' SD menus show short plain names; part lists can hold any character.
    plain = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text)
    return "-".join(filter(None, plain.split("-")))[:40] or "print"


def _minutes(minutes: float) -> str:
    whole = round(minutes)
    return f"{whole // 60} h {whole % 60:02d} min" if whole >= 60 else f"{whole} min"


def _part_name(part: PartSource, index: int) -> str:
    if isinstance(part, (str, Path)):
        return Path(part).stem
    metadata = getattr(part, "metadata", None) or {}
    return str(metadata.get("name") or f"part {index + 1}")
