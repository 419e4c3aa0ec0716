"""The Customizer: widgets generated from a frame's declaration, a live true-scale preview, inline warnings."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPageLayout, QPageSize, QPainter, QPixmap, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customize import (
    CustomizedFrame,
    CustomizeError,
    FilamentUse,
    FrameGenerator,
    FramePreview,
    FrameResult,
    customized_frame,
    export_parameter_sets,
    fitted_bridge_mm,
    frame_filament,
    read_parameter_set,
    resolve_operator_input,
    template_svg_text,
    thumbnail_svg_text,
    vetted_preview,
    write_frame_set,
)
from app.lab_preferences import with_lab_material
from app.orders import QueuedOrder, queue_sliced_fit
from app.queue.order import SaleNeedsConfirmationError
from app.settings import LabSettings
from app.slice_inputs import NamedPart
from app.slicing import SliceOutcome
from app.tasks import TaskContext
from catalog.blobstore import atomic_write_bytes
from i18n import _ as core_text
from ui.context import ScreenContext
from ui.screens.base import Screen
from ui.screens.customizer_scad import ScadCustomizerPanel
from ui.screens.frame_preview import FramePreviewWidget
from ui.screens.frame_view3d import BedView3D
from ui.slicing import DesignSlicingDialog, SlicingDialog
from ui.widgets.questions import ask_yes_no
from ui.widgets.template_print import ask_print_template

Editor = QDoubleSpinBox | QSpinBox | QCheckBox | QComboBox
DEBOUNCE_MS = 30
UNIT_SUFFIX = {"mm": " mm", "deg": " °", "D": " D", "per kg": " /kg"}
PROBLEM_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"
WARNING_STYLE = "border: 2px solid #d39e00; border-radius: 3px;"
FORM_MIN_WIDTH = 340
# The values the bridge follows: the customer's PD and the lens (or module) width.
BRIDGE_INPUTS = ("pd_right_mm", "pd_left_mm", "lens_width_mm", "module_diameter_mm")
PD_NAMES = ("pd_right_mm", "pd_left_mm")


def _decimals(step: float | None) -> int:
    if not step:
        return 2
    text = f"{step:g}"
    return len(text.split(".")[1]) if "." in text else 0


class CustomizerScreen(Screen):
    fit_save_requested = Signal(CustomizedFrame)  # "Save as fit": what the customizer shows
    job_queued = Signal(int)  # sliced and queued here: the job's id

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Customizer"), parent)
        self.generator = FrameGenerator()
        self.style_id = ""
        self.editors: dict[str, Editor] = {}
        self.preview: FramePreview | None = None
        self.result: FrameResult | None = None
        self.is_fit_saving = False  # "Save as fit" is offered: the values came from a customer's fitting
        self._is_loading = False
        self._is_following = False
        # The customer's PD, when the values came from a fitting: it stays when the operator tries another style.
        self.customer_pd: dict[str, object] | None = None
        # The customer the header names: slicing unsaved values preselects them rather than the lab's stock.
        self.owner_customer_id: int | None = None
        self.bridge_pin: QToolButton | None = None
        self._is_busy = False
        self._is_dirty = False
        self._is_waiting = False
        self._has_icons = False
        # A new frame is made of the lab's default material (Settings); one small row, read as the
        # Energy screen reads its site, and again each time the area is shown.
        self._lab_material = ctx.services.settings.load(LabSettings).default_material_id
        self._generation = 0
        self.fit_id: int | None = None
        self.slicing_dialog: SlicingDialog | DesignSlicingDialog | None = None

        # Frame styles on one page; an imported OpenSCAD design gets the generic form on another.
        self.pages = QStackedWidget()
        self.frames_page = QWidget()
        frames_layout = QVBoxLayout(self.frames_page)
        frames_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.frames_page)
        self.scad_panel: ScadCustomizerPanel | None = None
        top = QHBoxLayout()
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("styleCombo")
        self.style_combo.setIconSize(QSize(40, 22))
        for style in self.generator.catalogue.list():
            suffix = self.tr(" (child)") if style.audience == "child" else ""
            self.style_combo.addItem(style.title + suffix, style.id)
        self.fit_bridge_button = QPushButton(self.tr("Fit bridge to PD"))
        self.fit_bridge_button.setToolTip(self.tr("Set the bridge so the lens centres sit exactly on the pupils."))
        self.reset_button = QPushButton(self.tr("Reset to style defaults"))
        top.addWidget(QLabel(self.tr("Frame style:")))
        top.addWidget(self.style_combo, 1)
        top.addWidget(self.fit_bridge_button)
        top.addWidget(self.reset_button)
        frames_layout.addLayout(top)
        # Whose frames these are: after a restart, or from the catalogue, they are no customer's.
        self.owner_label = QLabel(self.tr("Not tied to a customer"))
        self.owner_label.setObjectName("fitOwnerLabel")
        self.owner_label.setStyleSheet("QLabel { font-weight: 600; }")
        frames_layout.insertWidget(0, self.owner_label)

        splitter = QSplitter()
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setMinimumWidth(FORM_MIN_WIDTH)
        splitter.addWidget(self.form_area)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.preview_widget = FramePreviewWidget()
        self.bed_view = BedView3D(ctx)
        self.tabs.addTab(self.preview_widget, self.tr("Front and temple"))
        self.tabs.addTab(self.bed_view, self.tr("Print bed (3D)"))
        self.actual_size_box = QCheckBox(self.tr("Actual size on screen (when it fits)"))
        self.actual_size_box.setChecked(True)
        self.derived_label = QLabel()
        self.derived_label.setObjectName("derivedLabel")
        self.derived_label.setWordWrap(True)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        # Three columns, so the French labels still fit a 1366 px laptop: files first, then the order.
        buttons = QGridLayout()
        self.export_button = QPushButton(self.tr("Write parts…"))
        self.template_button = QPushButton(self.tr("Paper template…"))
        self.print_template_button = QPushButton(self.tr("Print template…"))
        self.print_template_button.setToolTip(self.tr("Print the 1:1 template at 100 % on this laptop's printer."))
        self.save_set_button = QPushButton(self.tr("Save parameter set…"))
        self.load_set_button = QPushButton(self.tr("Load parameter set…"))
        self.save_fit_button = QPushButton(self.tr("Save as fit"))
        self.save_fit_button.setToolTip(self.tr("Available once customers and fits are set up."))
        self.slice_button = QPushButton(self.tr("Slice && queue…"))
        self.slice_button.setObjectName("sliceQueueButton")
        self.slice_button.setToolTip(self.tr("Slice the saved fit and put it in the print queue for its customer."))
        for index, button in enumerate((self.export_button, self.template_button, self.print_template_button,
                                        self.save_set_button, self.load_set_button, self.save_fit_button)):
            buttons.addWidget(button, index // 3, index % 3)
        self.for_sale_check = QCheckBox(self.tr("These frames are sold (not a gift or personal use)"))
        buttons.addWidget(self.slice_button, 2, 0)
        buttons.addWidget(self.for_sale_check, 2, 1, 1, 2)
        self.licence_label = QLabel()
        self.licence_label.setObjectName("licenceLabel")
        self.licence_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("customizerStatus")
        self.status_label.setWordWrap(True)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.actual_size_box)
        right_layout.addWidget(self.derived_label)
        right_layout.addWidget(self.problems_label)
        right_layout.addWidget(self.licence_label)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status_label)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        frames_layout.addWidget(splitter, 1)
        self.layout_.addWidget(self.pages, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_preview)

        self.style_combo.currentIndexChanged.connect(self._style_chosen)
        self.fit_bridge_button.clicked.connect(self.fit_bridge_to_pd)
        self.reset_button.clicked.connect(lambda: self._load_keeping_customer(self.style_id))
        self.actual_size_box.toggled.connect(self.preview_widget.set_actual_size)
        self.export_button.clicked.connect(self._ask_export)
        self.template_button.clicked.connect(self._ask_template)
        self.print_template_button.clicked.connect(self.print_template)
        self.save_set_button.clicked.connect(self._ask_save_set)
        self.load_set_button.clicked.connect(self._ask_load_set)
        self.save_fit_button.clicked.connect(self._save_fit)
        self.slice_button.clicked.connect(self.open_slicing)
        self._update_buttons()
        if self.style_combo.count():
            self._style_chosen(0)

    # -- the hooks other screens use -------------------------------------------------------------

    def refresh(self) -> None:
        self._lab_material = self.ctx.services.settings.load(LabSettings).default_material_id

    def load_parameters(self, style_id: str, params: Mapping[str, object]) -> None:
        """Show `style_id` with `params` over its defaults (values may be strings, as in a parameter set)."""
        self.pages.setCurrentWidget(self.frames_page)
        style = self.generator.style(style_id)
        resolved = resolve_operator_input(style_id, with_lab_material(params, self._lab_material),
                                          generator=self.generator)
        if any(name in params for name in PD_NAMES):
            self.customer_pd = {name: resolved[name] for name in PD_NAMES if name in resolved}
        self._is_loading = True
        self.set_saved_fit(None)
        try:
            index = self.style_combo.findData(style_id)
            if self.style_combo.currentIndex() != index:
                self.style_combo.setCurrentIndex(index)
            if self.style_id != style_id or not self.editors:
                self._build_form(style_id)
            for param in style.parameters:
                self._set_editor_value(param.name, resolved[param.name])
            if self.bridge_pin is not None:
                # A saved bridge off the PD rule was chosen by hand: it stays pinned. One within half a step
                # of it is the rule's own, rounded to the form's step (a suggested 21.1 mm reads 21.0 mm).
                fitted = fitted_bridge_mm(resolved)
                bridge = self.editors.get("bridge_mm")
                tolerance = max(bridge.singleStep() / 2, 0.01) if isinstance(bridge, QDoubleSpinBox) else 0.01
                self.bridge_pin.setChecked(fitted is not None and "bridge_mm" in params
                                           and abs(fitted - float(resolved["bridge_mm"])) > tolerance)  # type: ignore[arg-type]
        finally:
            self._is_loading = False
        self.schedule_preview()

    def open_design(self, design_id: str) -> None:
        """Open any parametric design of the catalogue: a frame style here, an OpenSCAD design in its own form."""
        self.customer_pd = None  # a catalogue design is no customer's
        self.owner_customer_id = None
        if self.style_combo.findData(design_id) >= 0:
            self.pages.setCurrentWidget(self.frames_page)
            self.load_parameters(design_id, {})
            return
        if self.scad_panel is None:
            self.scad_panel = ScadCustomizerPanel(self.ctx)
            self.scad_panel.closed.connect(lambda: self.pages.setCurrentWidget(self.frames_page))
            self.scad_panel.job_queued.connect(self.job_queued)
            self.pages.addWidget(self.scad_panel)
        self.pages.setCurrentWidget(self.scad_panel)
        self.scad_panel.open_design(design_id)

    def set_fit_saving(self, is_enabled: bool) -> None:
        """Offer "Save as fit" (it emits `fit_save_requested`) for values opened from a customer's fitting."""
        self.is_fit_saving = is_enabled
        self._update_buttons()

    def show_fit_owner(self, text: str) -> None:
        """Say whose values these are ("Fit #3 for Ama (saved 2026-12-05)"); "" for no customer's."""
        self.owner_label.setText(text or self.tr("Not tied to a customer"))

    def set_saved_fit(self, fit_id: int | None) -> None:
        """The fit the values on screen were saved as (None once they change): "Slice & queue" prints it."""
        self.fit_id = fit_id
        self._update_buttons()
        if fit_id is not None:
            self.status_label.setText(self.tr("Saved as fit #{id}: slice it and queue it for the customer.").format(
                id=fit_id))

    def current_values(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QCheckBox):
                values[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentText()
            else:
                values[name] = editor.value()
        return values

    # -- form --------------------------------------------------------------------------------

    def _style_chosen(self, index: int) -> None:
        if self._is_loading or index < 0:
            return
        self._load_keeping_customer(self.style_combo.itemData(index))

    def _load_keeping_customer(self, style_id: str) -> None:
        """The style's defaults, but with the customer's PD when one is known, and the bridge following it."""
        self.load_parameters(style_id, dict(self.customer_pd or {}))
        self.follow_pd()

    def _build_form(self, style_id: str) -> None:
        self.style_id = style_id
        style = self.generator.style(style_id)
        self._show_licence(style)
        container = QWidget()
        column = QVBoxLayout(container)
        self.editors = {}
        self.bridge_pin = None
        for group in style.groups():
            box = QGroupBox(core_text(group))  # the core's catalogue holds the frame parameters' words
            form = QFormLayout(box)
            for param in (p for p in style.parameters if p.group == group):
                editor = self._make_editor(param)
                editor.setObjectName(f"param_{param.name}")
                editor.setToolTip(_parameter_tooltip(param))
                self.editors[param.name] = editor
                label = QLabel(param.shown_label)
                label.setToolTip(_parameter_tooltip(param))
                if param.name == "bridge_mm":
                    form.addRow(self._with_bridge_pin(label, editor), editor)
                else:
                    form.addRow(label, editor)
                if param.name in BRIDGE_INPUTS:
                    editor.valueChanged.connect(self._bridge_input_edited)  # type: ignore[union-attr]
            column.addWidget(box)
        column.addStretch(1)
        self.form_area.setWidget(container)
        # As wide as the form's longest label and its editor, beside the scroll bar: nothing clipped sideways.
        frame = 2 * self.form_area.frameWidth()
        self.form_area.setMinimumWidth(max(FORM_MIN_WIDTH, container.minimumSizeHint().width() + frame
                                           + self.form_area.verticalScrollBar().sizeHint().width()))

    def _with_bridge_pin(self, label: QLabel, editor: Editor) -> QWidget:
        """The bridge's label with its pin: unpinned, the bridge follows the PD and lens width; pinned, it keeps
        its value. The pin sits in the label column, which the longest label makes wide enough already."""
        self.bridge_pin = QToolButton()
        self.bridge_pin.setObjectName("bridgePin")
        # It scrolls with the form, as the value it pins does.
        self.bridge_pin.setProperty("primaryAction", False)
        self.bridge_pin.setCheckable(True)
        self.bridge_pin.setText(self.tr("Pin"))
        self.bridge_pin.toggled.connect(self._bridge_pin_toggled)
        self._bridge_pin_toggled(False)
        editor.valueChanged.connect(self._bridge_edited)  # type: ignore[union-attr]
        label.setBuddy(editor)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(self.bridge_pin)
        return row

    @property
    def is_bridge_pinned(self) -> bool:
        return self.bridge_pin is not None and self.bridge_pin.isChecked()

    def _bridge_pin_toggled(self, is_pinned: bool) -> None:
        if self.bridge_pin is None:
            return
        # The button says its state: a pressed tool button looks almost like a released one in the lab's style.
        self.bridge_pin.setText(self.tr("Pinned") if is_pinned else self.tr("Pin"))
        self.bridge_pin.setToolTip(
            self.tr("Pinned: the bridge keeps the value you chose. Unpin it to let it follow the PD and lens width.")
            if is_pinned else
            self.tr("The bridge follows the PD and lens width, so the lenses stay on the pupils. "
                    "Pin it to keep a value of your own."))
        if not is_pinned and not self._is_loading:
            self.follow_pd()

    def _bridge_edited(self, *_args: object) -> None:
        # A bridge typed by the operator is their choice: it stays until they unpin it.
        if not self._is_loading and not self._is_following and self.bridge_pin is not None:
            self.bridge_pin.setChecked(True)

    def _bridge_input_edited(self, *_args: object) -> None:
        if not self._is_loading:
            self.follow_pd()

    def follow_pd(self) -> None:
        """Unless the bridge is pinned, set it from the PD and lens width (the centration rule of the core)."""
        editor = self.editors.get("bridge_mm")
        if self.is_bridge_pinned or not isinstance(editor, QDoubleSpinBox):
            return
        bridge = fitted_bridge_mm(self.current_values())
        if bridge is None or not editor.minimum() <= bridge <= editor.maximum():
            return  # no bridge centres these lenses: the centration check says what to change
        self._is_following = True
        try:
            editor.setValue(bridge)
        finally:
            self._is_following = False

    def _make_editor(self, param: Any) -> Editor:
        kind = param.type.value
        if kind == "bool":
            box = QCheckBox()
            box.toggled.connect(self._value_edited)
            return box
        if kind == "choice":
            combo = QComboBox()
            combo.addItems(list(param.choices))
            combo.currentIndexChanged.connect(self._value_edited)
            return combo
        if kind == "int":
            spin = QSpinBox()
            spin.setRange(int(param.min), int(param.max))
            spin.setSingleStep(int(param.step or 1))
            spin.setSuffix(UNIT_SUFFIX.get(param.unit, ""))
            spin.valueChanged.connect(self._value_edited)
            return spin
        dspin = QDoubleSpinBox()
        dspin.setDecimals(max(_decimals(param.step), 1))
        dspin.setRange(float(param.min), float(param.max))
        dspin.setSingleStep(float(param.step or 0.1))
        dspin.setSuffix(UNIT_SUFFIX.get(param.unit, ""))
        dspin.setKeyboardTracking(True)
        dspin.valueChanged.connect(self._value_edited)
        return dspin

    def _set_editor_value(self, name: str, value: object) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(str(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))  # type: ignore[call-overload]
        else:
            editor.setValue(float(value))  # type: ignore[arg-type]

    def _value_edited(self, *_args: object) -> None:
        if not self._is_loading:
            self.set_saved_fit(None)
            self.schedule_preview()

    def fit_bridge_to_pd(self) -> None:
        """Put the lens centres on the pupils now, and let the bridge follow the PD again (unpinned)."""
        editor = self.editors.get("bridge_mm")
        bridge = fitted_bridge_mm(self.current_values())
        if bridge is None or not isinstance(editor, QDoubleSpinBox):
            self.status_label.setText(self.tr("This design has no bridge to fit."))
            return
        if not editor.minimum() <= bridge <= editor.maximum():
            message = self.tr("No bridge between {lo:g} and {hi:g} mm puts these lenses on the pupils: "
                              "change the lens width.")
            self.status_label.setText(message.format(lo=editor.minimum(), hi=editor.maximum()))
            return
        if self.bridge_pin is not None:
            self.bridge_pin.setChecked(False)
        self.follow_pd()

    # -- live preview ------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        self._generation += 1
        self._is_waiting = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._is_waiting:
            self._timer.start()
        if not self._has_icons:
            self._has_icons = True
            self._load_style_icons()

    def _load_style_icons(self) -> None:
        """Thumbnails drawn from each style's own default geometry, computed off the GUI thread."""
        generator = self.generator

        def work(task: TaskContext) -> list[tuple[str, str]]:
            return [(s.id, thumbnail_svg_text(generator.preview(s.id, {}))) for s in generator.catalogue.list()]

        def done(items: list[tuple[str, str]]) -> None:
            for style_id, svg in items:
                index = self.style_combo.findData(style_id)
                if index >= 0:
                    self.style_combo.setItemIcon(index, _svg_icon(svg, self.style_combo.iconSize()))

        self.ctx.tasks.run(self.tr("Style thumbnails"), work, on_result=done, show_progress=False)

    def _start_preview(self) -> None:
        if self._is_busy:
            self._is_dirty = True
            return
        if not self.isVisible():
            self._is_waiting = True  # hidden screens catch up when shown
            return
        self._is_waiting = False
        self._is_busy, self._is_dirty = True, False
        generation = self._generation
        style_id, values = self.style_id, self.current_values()
        generator = self.generator
        profiles = self.ctx.services.profiles

        def work(task: TaskContext) -> tuple[int, FramePreview, FrameResult | None, FilamentUse | None]:
            preview = vetted_preview(generator, style_id, resolve_operator_input(style_id, values, generator=generator))
            task.check_cancelled()
            if not preview.is_valid:
                return generation, preview, None, None
            result = generator.generate(style_id, preview.params, preview=preview)
            return generation, preview, result, frame_filament(result, profiles)

        self.ctx.tasks.run(self.tr("Preview"), work, on_result=self._preview_ready,
                           on_error=self._preview_failed, show_progress=False)

    def _preview_ready(self, outcome: tuple[int, FramePreview, FrameResult | None, FilamentUse | None]) -> None:
        self._is_busy = False
        generation, preview, result, filament = outcome
        self._show_preview(preview, result, filament)
        if self._is_dirty or generation != self._generation:
            self._start_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        self._is_busy = False
        self.problems_label.setText(self.tr("Cannot build this frame: {error}").format(error=exc))
        if self._is_dirty:
            self._start_preview()

    def _show_preview(self, preview: FramePreview, result: FrameResult | None,
                      filament: FilamentUse | None = None) -> None:
        self.preview, self.result = preview, result
        self.preview_widget.set_preview(preview)
        self.bed_view.set_result(result)
        d = preview.derived
        grams = self.tr(", about {g:.1f} g").format(g=filament.grams) if filament is not None else ""
        # The bridge the frame gets is the form's (pinned or following the PD), not the centration rule's.
        bridge_mm = round(float(d.get("bridge_requested_mm", d["dbl_mm"])), 2)
        self.derived_label.setText(self.tr(
            "{marking}: lens {a:g} + bridge {bridge:g} mm{hint} · frame PD {pd:g} mm · width {w:g} mm · "
            "splay R {sr:g}° / L {sl:g}° · temple {t:g} mm{grams}").format(
            marking=d["marking"], pd=d["frame_pd_mm"], a=d["lens_width_mm"], bridge=bridge_mm,
            hint=self._bridge_hint(bridge_mm, float(d["dbl_mm"])), w=d["overall_width_mm"],
            sr=d["temple_splay_right_deg"], sl=d["temple_splay_left_deg"], t=d["temple_length_mm"], grams=grams))
        # The checks' own words (the form's labels): their ids stay for scripts (`customize --check --json`).
        lines = [f"<p style='color:#c0392b'>{html.escape(p.message)} <i>{html.escape(p.suggestion)}</i></p>"
                 for p in preview.problems]
        warning = self.tr("Warning:")
        lines += [f"<p style='color:#8a6d00'><b>{warning}</b> {html.escape(w.message)} "
                  f"<i>{html.escape(w.suggestion)}</i></p>" for w in preview.warnings]
        if not lines:
            ready = self.tr("All checks pass: ready to print.")  # apart from the markup: lupdate reads no f-string
            lines = [f"<p style='color:#2e7d32'>{ready}</p>"]
        self.problems_label.setText("".join(lines))
        flagged: dict[str, tuple[str, Any]] = {}
        for finding, style_sheet in [(w, WARNING_STYLE) for w in preview.warnings] + [
                (p, PROBLEM_STYLE) for p in preview.problems]:
            if finding.parameter:
                flagged[finding.parameter] = (style_sheet, finding)
        style = self.generator.style(self.style_id)
        for name, editor in self.editors.items():
            entry = flagged.get(name)
            editor.setStyleSheet(entry[0] if entry else "")
            editor.setToolTip(f"{entry[1].message} {entry[1].suggestion}" if entry else
                              _parameter_tooltip(style.parameter(name)))
        self._update_buttons()

    def _bridge_hint(self, bridge_mm: float, fitted_mm: float) -> str:
        """The PD's own bridge, named only when the form's bridge differs from it (by more than the
        form's 0.1 mm precision)."""
        if abs(bridge_mm - fitted_mm) < 0.05:
            return ""
        return self.tr(" (the PD calls for {fit:g} mm)").format(fit=round(fitted_mm, 1))

    def _update_buttons(self) -> None:
        is_valid = self.preview is not None and self.preview.is_valid
        self.export_button.setEnabled(is_valid)
        self.template_button.setEnabled(self.preview is not None)
        self.print_template_button.setEnabled(self.preview is not None)
        self.save_set_button.setEnabled(self.preview is not None)
        self.save_fit_button.setEnabled(is_valid and self.is_fit_saving)
        self.slice_button.setEnabled(is_valid and self.result is not None)
        self.slice_button.setToolTip(
            self.tr("Slice the saved fit and put it in the print queue for its customer.")
            if self.fit_id is not None
            else self.tr("Slice these values and queue them, for a customer or the lab's stock. "
                         "Save as fit first to keep a customer's frames with their measurements.")
        )

    @property
    def is_preview_current(self) -> bool:
        """True when the preview shows the values in the widgets now (no update pending)."""
        if self.preview is None or self._is_busy or self._timer.isActive() or self._is_dirty or self._is_waiting:
            return False
        shown = self.preview.params
        return all(shown.get(k) == v or (isinstance(v, float) and _is_close(shown.get(k), v))
                   for k, v in self.current_values().items())

    # -- files -------------------------------------------------------------------------------

    def export_to(self, parent_dir: Path) -> None:
        """Write the frame set into a new folder inside `parent_dir`, in the background."""
        if self.preview is None or not self.preview.is_valid:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out_dir = parent_dir / f"{self.style_id}-{stamp}"
        style_id, values, generator = self.style_id, self.current_values(), self.generator
        profiles = self.ctx.services.profiles

        def work(task: TaskContext) -> Path:
            params = resolve_operator_input(style_id, values, generator=generator)
            return write_frame_set(generator, style_id, params, out_dir, profiles=profiles).out_dir

        self.ctx.tasks.run(self.tr("Writing frame parts"), work,
                           on_result=lambda path: self.status_label.setText(self.tr("Wrote {path}").format(path=path)),
                           on_error=self._show_file_error)

    def save_template(self, path: Path) -> None:
        """The 1:1 paper template as SVG, or PDF when the name ends in .pdf."""
        if self.preview is None:
            return
        svg = template_svg_text(self.preview)

        def work(task: TaskContext) -> Path:
            if path.suffix.lower() != ".pdf":
                atomic_write_bytes(path, svg.encode("utf-8"))
                return path
            # Qt writes the PDF itself: beside the target, then renamed, so no half-written file keeps its name.
            partial = path.with_name(f".{path.name}.partial")
            _write_pdf(svg, partial)
            partial.replace(path)
            return path

        self.ctx.tasks.run(self.tr("Writing paper template"), work,
                           on_result=lambda p: self.status_label.setText(
                               self.tr("Saved {path}: print at 100 % and check the card outline.").format(path=p)),
                           on_error=self._show_file_error)

    def save_parameter_set(self, path: Path, name: str | None = None) -> None:
        if self.preview is None:
            return
        import json

        data = export_parameter_sets({name or f"{self.style_id} {datetime.now():%Y-%m-%d}": self.preview.params})

        def work(task: TaskContext) -> Path:
            atomic_write_bytes(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
            return path

        self.ctx.tasks.run(self.tr("Saving parameter set"), work,
                           on_result=lambda p: self.status_label.setText(self.tr("Saved {path}").format(path=p)),
                           on_error=self._show_file_error)

    def load_parameter_set(self, path: Path, name: str | None = None) -> None:
        style_id = self.style_id

        def work(task: TaskContext) -> dict[str, str]:
            return read_parameter_set(path, name)

        def loaded(values: dict[str, str]) -> None:
            try:
                self.load_parameters(style_id, values)
            except (CustomizeError, ValueError, KeyError) as exc:
                self._show_file_error(exc)

        self.ctx.tasks.run(self.tr("Loading parameter set"), work, on_result=loaded, on_error=self._show_file_error)

    def _show_file_error(self, exc: BaseException) -> None:
        self.status_label.setText(str(exc))

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the frame parts"))
        if folder:
            self.export_to(Path(folder))

    def _ask_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save paper template"), f"{self.style_id}-template.pdf",
                                              self.tr("PDF (*.pdf);;SVG (*.svg)"))
        if path:
            self.save_template(Path(path))

    def print_template(self) -> QPrintDialog | None:
        if self.preview is None:
            return None
        return ask_print_template(self, template_svg_text(self.preview),
                                  lambda message, _is_error: self.status_label.setText(message))

    def _ask_save_set(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save OpenSCAD parameter set"), f"{self.style_id}.json",
                                              self.tr("Parameter sets (*.json)"))
        if path:
            self.save_parameter_set(Path(path))

    def _ask_load_set(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load OpenSCAD parameter set"), "",
                                              self.tr("Parameter sets (*.json)"))
        if path:
            self.load_parameter_set(Path(path))

    def _save_fit(self) -> None:
        if not self.is_fit_saving or self.preview is None or not self.preview.is_valid:
            return
        self.fit_save_requested.emit(customized_frame(self.generator, self.preview))


    # -- licence, slicing and the queue -----------------------------------------------------------

    def _show_licence(self, style: Any) -> None:
        """The design's licence and attribution travel with every print of it: the operator sees them here.

        The style's own notice shows at once; the catalogue's (which may name a newer licence) replaces it."""
        own = self.tr("{title} by {author}, licence {licence}. {attribution}").format(
            title=style.title, author=style.author, licence=style.licence, attribution=style.attribution)
        self.licence_label.setText(self.tr("Licence: {notice}").format(notice=own))
        catalog = self.ctx.services.catalog
        style_id = style.id

        def shown(notice: str) -> None:
            if notice and self.style_id == style_id:
                self.licence_label.setText(self.tr("Licence: {notice}").format(notice=notice))

        self.ctx.tasks.run(self.tr("Design licence"), lambda task: catalog.get(style_id).licence_notice,
                           on_result=shown, on_error=lambda _exc: None, show_progress=False)

    def open_slicing(self) -> SlicingDialog | DesignSlicingDialog | None:
        """Slice the saved fit's parts; "Add to queue" in the dialog queues them for the fit's customer.
        Without a saved fit (the syringe clips, frames for stock), the design with these values is sliced."""
        if self.result is None:
            return None
        if self.fit_id is None:
            return self._open_design_slicing()
        fit_id = self.fit_id
        parts = [(part.name, part.mesh) for part in self.result.parts]
        title = self.tr("Fit #{id}: {style}").format(id=fit_id, style=self.style_combo.currentText())
        # The fit chose its material (PETG for delivered frames, PLA for fit checks): slice for that one,
        # as the headless queue path does, so the grams match what the customizer showed.
        material_id = str(self.current_values().get("material", "")).lower() or None
        dialog = SlicingDialog(self.ctx, parts, title, self, material_id=material_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.outcome_accepted.connect(lambda outcome: self.queue_outcome(fit_id, outcome))
        dialog.finished.connect(lambda _code: setattr(self, "slicing_dialog", None))
        self.slicing_dialog = dialog
        dialog.open()
        return dialog

    def _open_design_slicing(self) -> DesignSlicingDialog | None:
        if self.result is None or not self.is_preview_current:
            return None  # the parts must be the values on screen
        parts = [NamedPart(part.name, part.mesh) for part in self.result.parts]
        dialog = DesignSlicingDialog(self.ctx, self.style_id, self.style_combo.currentText(), self.current_values(),
                                     self, parts=parts, customer_id=self.owner_customer_id)
        dialog.for_sale_check.setChecked(self.for_sale_check.isChecked())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.queued.connect(self._queued)
        dialog.finished.connect(lambda _code: setattr(self, "slicing_dialog", None))
        self.slicing_dialog = dialog
        dialog.open()
        return dialog

    def queue_outcome(self, fit_id: int, outcome: SliceOutcome, *, is_sale_confirmed: bool = False) -> None:
        """Queue sliced G-code for the fit (customer, design, licence), then show it in the Print Queue."""
        services = self.ctx.services
        is_for_sale = self.for_sale_check.isChecked()

        def work(task: TaskContext) -> QueuedOrder:
            return queue_sliced_fit(services.session_factory, services.blobs, services.paths, fit_id, outcome,
                                    is_for_sale=is_for_sale, is_sale_confirmed=is_sale_confirmed)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SaleNeedsConfirmationError) and not is_sale_confirmed:
                self._ask_sale_agreed(str(exc), lambda: self.queue_outcome(fit_id, outcome, is_sale_confirmed=True))
                return
            self.status_label.setText(str(exc))

        self.ctx.tasks.run(self.tr("Queueing the frames"), work, on_result=self._queued, on_error=failed,
                           show_progress=False)

    def _ask_sale_agreed(self, problem: str, agreed: Callable[[], None]) -> QMessageBox:
        def answered(is_yes: bool) -> None:
            if is_yes:
                agreed()
            else:
                self.status_label.setText(self.tr("Not queued: untick \"sold\" to print it as a gift."))

        return ask_yes_no(self, self.tr("Licence"),
                          self.tr("{problem}\n\nHas the author agreed to this sale?").format(problem=problem),
                          object_name="saleQuestion", on_answer=answered)

    def _queued(self, order: QueuedOrder) -> None:
        text = (self.tr("Queued job #{job} for the customer ({licence}).") if order.customer_id is not None
                else self.tr("Queued job #{job} ({licence})."))
        self.status_label.setText(text.format(job=order.job_id, licence=order.licence))
        self.job_queued.emit(order.job_id)


def _svg_icon(svg: str, size: QSize) -> QIcon:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    view = renderer.defaultSize()
    scale = min(size.width() / max(view.width(), 1), size.height() / max(view.height(), 1))
    w, h = view.width() * scale, view.height() * scale
    renderer.render(painter, QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h))
    painter.end()
    return QIcon(pixmap)


def _write_pdf(svg: str, path: Path) -> None:
    """Renders the template SVG onto an A4 landscape PDF page edge to edge, so 1 mm stays 1 mm."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(297.0, 210.0), QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    painter = QPainter(writer)
    try:
        renderer.render(painter, QRectF(0, 0, writer.width(), writer.height()))
    finally:
        painter.end()


def _parameter_tooltip(param: Any) -> str:
    """What the operator needs while typing: what it is, its unit and its allowed range."""
    return f"{param.shown_help}\n{param.name}: {param.range_text()}"


def _is_close(shown: object, value: float) -> bool:
    """Whether a shown number is the widget's float, to rounding."""
    return isinstance(shown, (int, float)) and abs(float(shown) - value) < 1e-9
