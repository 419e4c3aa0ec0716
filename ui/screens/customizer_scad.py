"""The Customizer for an imported OpenSCAD design: a form generated from its Customizer parameters and a
preview of the part OpenSCAD renders (in the background, with progress and Cancel in the status bar)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.customize import OPERATOR_ERRORS, explain, resolve_operator_input, write_scad_set
from app.orders import QueuedOrder
from app.scad_customize import NEEDS_OPENSCAD, ScadCustomizer, ScadPart
from app.slice_inputs import NamedPart
from app.tasks import TaskContext
from catalog.scad.design import ScadDesign
from catalog.thumbnails import render_png
from ui.context import ScreenContext
from ui.slicing import DesignSlicingDialog

Editor = QDoubleSpinBox | QSpinBox | QCheckBox | QComboBox | QLineEdit
PREVIEW_PX = 420
CACHE_LOOKUP_MS = 150
UNBOUNDED = 1e6  # a number without a declared range still needs spin-box limits


class ScadCustomizerPanel(QWidget):
    """One OpenSCAD design at a time; `closed` asks the screen to show the frame styles again."""

    closed = Signal()
    job_queued = Signal(int)  # the queued job's id

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customizer = ScadCustomizer(ctx.services.catalog)
        self.design: ScadDesign | None = None
        self.part: ScadPart | None = None
        self.editors: dict[str, Editor] = {}
        self._render_handle: Any = None
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("scadTitle")
        self.back_button = QPushButton(self.tr("Frame styles"))
        self.reset_button = QPushButton(self.tr("Reset to the design's defaults"))
        top.addWidget(self.title_label, 1)
        top.addWidget(self.reset_button)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        splitter = QSplitter()
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setMinimumWidth(340)
        splitter.addWidget(self.form_area)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("scadPreview")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(320, 320)
        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        self.licence_label = QLabel()
        self.licence_label.setObjectName("licenceLabel")
        self.licence_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.render_button = QPushButton(self.tr("Render"))
        self.render_button.setObjectName("scadRenderButton")
        self.export_button = QPushButton(self.tr("Write parts…"))
        self.slice_button = QPushButton(self.tr("Slice && queue…"))
        self.slice_button.setObjectName("scadSliceQueueButton")
        self.slice_button.setToolTip(self.tr("Slice the part shown and put it in the print queue, or save its G-code."))
        self.slicing_dialog: DesignSlicingDialog | None = None
        buttons.addWidget(self.render_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.slice_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("scadStatus")
        self.status_label.setWordWrap(True)
        right_layout.addWidget(self.preview_label, 1)
        right_layout.addWidget(self.part_label)
        right_layout.addWidget(self.licence_label)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status_label)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(CACHE_LOOKUP_MS)
        self._lookup_timer.timeout.connect(self._look_up_cache)
        self.back_button.clicked.connect(self.closed.emit)
        self.reset_button.clicked.connect(lambda: self._fill_defaults())
        self.render_button.clicked.connect(self.render_part)
        self.export_button.clicked.connect(self._ask_export)
        self.slice_button.clicked.connect(self.open_slicing)
        self._update_buttons()

    # -- opening ---------------------------------------------------------------------------------

    def open_design(self, design_id: str) -> None:
        """Load the design's files and declaration in the background, then build its form."""
        self.status_label.setText(self.tr("Opening {id}…").format(id=design_id))
        customizer = self.customizer

        def work(task: TaskContext) -> tuple[ScadDesign, str, list[ScadPart]]:
            design = customizer.design(design_id)
            notice = customizer.detail(design_id).licence_notice
            defaults = customizer.default_parts(design_id) if customizer.openscad() is None else []
            return design, notice, defaults

        self.ctx.tasks.run(self.tr("Opening the design"), work, on_result=self._opened,
                           on_error=self._failed, show_progress=False)

    def _opened(self, result: tuple[ScadDesign, str, list[ScadPart]]) -> None:
        design, notice, defaults = result
        self.design, self.part = design, None
        self.title_label.setText(self.tr("{title} (OpenSCAD design)").format(title=design.title))
        self.licence_label.setText(self.tr("Licence: {notice}").format(notice=notice))
        self._build_form(design)
        self._fill_defaults()
        if self.customizer.openscad() is None:
            self.status_label.setText(NEEDS_OPENSCAD)
            if defaults:
                self._show_part(defaults[0], self.tr("The mesh that came with the download (its author's settings)."))

    def _build_form(self, design: ScadDesign) -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        self.editors = {}
        if not design.parameters:
            column.addWidget(QLabel(self.tr("This design declares no Customizer parameters: render it as it is.")))
        for group in design.declaration.groups():
            box = QGroupBox(group)
            form = QFormLayout(box)
            for param in (p for p in design.parameters if p.group == group):
                editor = _make_editor(param, self._value_edited)
                editor.setObjectName(f"param_{param.name}")
                tip = f"{param.help}\n{param.name}: {param.range_text()}".strip()
                editor.setToolTip(tip)
                label = QLabel(param.label)
                label.setToolTip(tip)
                self.editors[param.name] = editor
                form.addRow(label, editor)
            column.addWidget(box)
        column.addStretch(1)
        self.form_area.setWidget(container)

    def _fill_defaults(self) -> None:
        if self.design is None:
            return
        for param in self.design.parameters:
            _set_value(self.editors[param.name], param.default)
        self._value_edited()

    # -- values, cache, render -------------------------------------------------------------------

    def current_values(self) -> dict[str, object]:
        return {name: _value_of(editor) for name, editor in self.editors.items()}

    def _value_edited(self, *_args: object) -> None:
        self._generation += 1
        self.part = None
        self._update_buttons()
        self._lookup_timer.start()

    def _look_up_cache(self) -> None:
        """A render made before (here, or brought on a stick) shows at once, without OpenSCAD."""
        design, values, generation = self.design, self.current_values(), self._generation
        if design is None:
            return
        customizer = self.customizer

        def work(task: TaskContext) -> tuple[int, ScadPart | None]:
            return generation, customizer.cached_part(design, resolve_operator_input(design, values))

        def found(result: tuple[int, ScadPart | None]) -> None:
            # A render pressed meanwhile answers for these values itself (and may already have).
            if result[0] != self._generation or self.part is not None or self._render_handle is not None:
                return
            if result[1] is not None:
                self._show_part(result[1], self.tr("Rendered before with these values."))
            elif self.customizer.openscad() is not None:
                self.status_label.setText(self.tr("Press Render to see the part with these values."))

        self.ctx.tasks.run(self.tr("Looking for a render"), work, on_result=found, on_error=self._failed,
                           show_progress=False)

    def render_part(self) -> None:
        """Render with OpenSCAD (or take the cached render); progress and Cancel show in the status bar."""
        design, values, generation = self.design, self.current_values(), self._generation
        if design is None:
            return
        customizer = self.customizer
        self._lookup_timer.stop()  # the render takes a cached one itself
        self.render_button.setEnabled(False)
        self.status_label.setText(self.tr("OpenSCAD is rendering: this can take minutes for detailed designs."))

        def work(task: TaskContext) -> tuple[int, ScadPart, QImage]:
            params = resolve_operator_input(design, values)
            part = customizer.part(design, params, is_cancelled=lambda: task.is_cancelled, progress=task.progress)
            return generation, part, _preview_image(part)

        def done(result: tuple[int, ScadPart, QImage]) -> None:
            self._render_handle = None
            if result[0] == self._generation:
                self._show_part(result[1], self.tr("Rendered in {s:.1f} s.").format(s=result[1].seconds), result[2])
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._render_handle = None
            self._failed(exc)
            self._update_buttons()

        self._render_handle = self.ctx.tasks.run(self.tr("Rendering with OpenSCAD"), work, on_result=done,
                                                 on_error=failed)

    def cancel_render(self) -> None:
        if self._render_handle is not None:
            self._render_handle.cancel()

    def _show_part(self, part: ScadPart, how: str, image: QImage | None = None) -> None:
        self.part = part
        x, y, z = part.report.bbox_mm
        self.part_label.setText(self.tr("{name}: {x:.1f} × {y:.1f} × {z:.1f} mm, {n} triangles. {how}").format(
            name=part.name, x=x, y=y, z=z, n=part.report.triangle_count, how=how))
        if image is None:
            image = _preview_image(part)
        self.preview_label.setPixmap(QPixmap.fromImage(image))
        self.status_label.setText("")
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OPERATOR_ERRORS):
            self.status_label.setText(explain(exc))
        else:
            self.status_label.setText(self.tr("Cannot use this design: {error}").format(error=exc))

    def _update_buttons(self) -> None:
        has_design = self.design is not None
        self.render_button.setEnabled(has_design and self._render_handle is None
                                      and self.customizer.openscad() is not None)
        self.render_button.setToolTip("" if self.customizer.openscad() is not None else NEEDS_OPENSCAD)
        self.export_button.setEnabled(self.part is not None and self.part.origin != "download")
        self.slice_button.setEnabled(self.part is not None)

    # -- slicing and the queue -------------------------------------------------------------------

    def open_slicing(self) -> DesignSlicingDialog | None:
        """Slice the part on screen (the render for these values, or the download's own mesh where this
        computer has no OpenSCAD) and queue it tied to the design's licence."""
        design, part = self.design, self.part
        if design is None or part is None:
            return None
        values = self.current_values() if part.origin != "download" else {}
        dialog = DesignSlicingDialog(self.ctx, design.design_id, design.title, values, self,
                                     parts=[NamedPart(part.name, part.to_trimesh())])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(self._queued)
        dialog.finished.connect(lambda _code: setattr(self, "slicing_dialog", None))
        self.slicing_dialog = dialog
        dialog.open()
        return dialog

    def _queued(self, order: QueuedOrder) -> None:
        self.status_label.setText(self.tr("Queued job #{job} ({licence}).").format(job=order.job_id,
                                                                                   licence=order.licence))
        self.job_queued.emit(order.job_id)

    # -- files -----------------------------------------------------------------------------------

    def export_to(self, parent_dir: Path) -> None:
        design, values = self.design, self.current_values()
        if design is None:
            return
        out_dir = parent_dir / f"{design.design_id}-{datetime.now():%Y%m%d-%H%M%S}"
        customizer = self.customizer

        def work(task: TaskContext) -> Path:
            params = resolve_operator_input(design, values)
            return write_scad_set(customizer, design, params, out_dir, is_cancelled=lambda: task.is_cancelled).out_dir

        self.ctx.tasks.run(self.tr("Writing the parts"), work,
                           on_result=lambda path: self.status_label.setText(self.tr("Wrote {path}").format(path=path)),
                           on_error=self._failed)

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the parts"))
        if folder:
            self.export_to(Path(folder))


def _preview_image(part: ScadPart) -> QImage:
    # Drawn with the catalogue's own software renderer (no OpenGL); QImage is safe off the GUI thread.
    image = QImage()
    image.loadFromData(render_png(part.arrays, PREVIEW_PX), "PNG")
    return image


def _make_editor(param: Any, changed: Callable[..., None]) -> Editor:
    kind = param.type.value
    if kind == "bool":
        box = QCheckBox()
        box.toggled.connect(changed)
        return box
    if kind == "choice":
        combo = QComboBox()
        for value in param.choices:
            combo.addItem(param.choice_label(value), value)
        combo.currentIndexChanged.connect(changed)
        return combo
    if kind in ("string", "vector"):
        line = QLineEdit()
        if param.max_length is not None:
            line.setMaxLength(param.max_length)
        line.editingFinished.connect(changed)
        return line
    lo = param.min if param.min is not None else -UNBOUNDED
    hi = param.max if param.max is not None else UNBOUNDED
    if kind == "int":
        spin = QSpinBox()
        spin.setRange(int(lo), int(hi))
        spin.setSingleStep(int(param.step or 1))
        spin.valueChanged.connect(changed)
        return spin
    dspin = QDoubleSpinBox()
    step = float(param.step or 0.1)
    dspin.setDecimals(max(len(f"{step:g}".partition(".")[2]), 1))
    dspin.setRange(float(lo), float(hi))
    dspin.setSingleStep(step)
    dspin.valueChanged.connect(changed)
    return dspin


def _set_value(editor: Editor, value: object) -> None:
    editor.blockSignals(True)
    try:
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(str(value)), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("[" + ", ".join(f"{v:g}" for v in value) + "]" if isinstance(value, tuple) else str(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))  # type: ignore[call-overload]
        else:
            editor.setValue(float(value))  # type: ignore[arg-type]
    finally:
        editor.blockSignals(False)


def _value_of(editor: Editor) -> object:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return editor.value()
