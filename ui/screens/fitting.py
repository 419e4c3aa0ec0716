"""The Customers & Fitting area: intake, PD (ruler or card photo), size suggestions, lens stock, fits.

Keyboard: Ctrl+F search, Ctrl+N new customer, Ctrl+S save the customer, Alt+1…4 the tabs; in the
photo, click the card corners clockwise from the top-left, then the image-left and image-right
pupils, then (optionally) the nose bridge; drag to adjust, right-click to remove, +/−/0 to zoom.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QShortcut
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
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.fitting import customers as customer_api
from app.fitting import fits as fit_api
from app.fitting import lens_stock as stock_api
from app.fitting import suggest as suggest_api
from app.fitting.errors import FittingError
from app.fitting.image_header import read_image_info
from app.fitting.measure import latest_photo_clicks, measurement_from_pd, save_photo_pd
from app.fitting.overlay import Overlay, frame_overlay
from app.fitting.pd import PdResult, combine_readings, pd_from_ruler
from app.fitting.pd_photo import PhotoClicks, PhotoSetup, PixelPoint
from app.fitting.rounding import format_mm
from app.fitting.values import (
    AGE_GROUPS,
    FLUID_MODULE_SHAPE,
    CustomerDetail,
    CustomerInput,
    CustomerSummary,
    LensStockItem,
    MeasurementInput,
)
from ui.context import ScreenContext
from ui.screens.base import EmptyState, Screen
from ui.widgets.photo_clicks import CARD_KEYS, PhotoClickView

MAX_PHOTOS = 3


def _optional_float(edit: QLineEdit) -> float | None:
    text = edit.text().strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FittingError(f"{text!r} is not a number: type digits like 63.5.") from None


def _number_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(120)
    return edit


def decode_image(data: bytes) -> QImage:
    """Decode in the worker thread (QImage, unlike QPixmap, may be built off the GUI thread).

    EXIF rotation is applied, so clicks are in the photo as shown, the size the core reads."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise FittingError("The photo cannot be decoded: use a PNG or JPEG file.")
    return image


class FittingScreen(Screen):
    # customer id, style id, every parameter: emitted when a suggestion goes to the customizer.
    fit_requested = Signal(int, str, dict)
    fit_saved = Signal(int)  # the new fit's id

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Customers & Fitting"), parent)
        self.customer: CustomerDetail | None = None
        self.photo_path: Path | None = None
        self.photo_readings: list[tuple[Path | None, PhotoClicks]] = []
        self.suggestions: list[suggest_api.Suggestion] = []
        self.overlay_clicks: PhotoClicks | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_customer_list())
        self.right = QStackedWidget()
        self.empty_state = EmptyState(
            self.tr("No customer chosen"),
            self.tr(
                "Customers, their measurements (pupillary distance, head width) and saved fits are kept on this "
                "laptop only."
            ),
            self.tr("Press Ctrl+N to add a customer, then measure their PD with a ruler or a photo with a bank card."),
        )
        self.right.addWidget(self.empty_state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_customer_tab(), self.tr("&1 Customer"))
        self.tabs.addTab(self._build_measure_tab(), self.tr("&2 Measure PD"))
        self.tabs.addTab(self._build_suggest_tab(), self.tr("&3 Suggest sizes"))
        self.tabs.addTab(self._build_stock_tab(), self.tr("&4 Lens stock"))
        self.right.addWidget(self.tabs)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        self.layout_.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("fittingStatus")
        self.status.setWordWrap(True)
        self.layout_.addWidget(self.status)

        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_customer)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_customer)
        for index in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{index + 1}"), self, activated=lambda i=index: self.tabs.setCurrentIndex(i))

    # ------------------------------------------------------------------ building
    def _build_customer_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        box.setMinimumWidth(270)  # room for "Name (code) · PD 63.0" at 1366×768
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Search name or code (Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self.reload_customers())
        self.search.returnPressed.connect(self._open_first_match)
        self.customer_list = QListWidget()
        self.customer_list.setObjectName("customerList")
        self.customer_list.currentItemChanged.connect(self._customer_selected)
        self.new_button = QPushButton(self.tr("New customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        layout.addWidget(self.search)
        layout.addWidget(self.customer_list, 1)
        layout.addWidget(self.new_button)
        return box

    def _build_customer_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
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
        self.consent_check = QCheckBox(self.tr("Agrees to photos being kept on this laptop"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(80)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Co&de"), self.code_edit)
        form.addRow(self.tr("Con&tact"), self.contact_edit)
        form.addRow(self.tr("&Age group"), self.age_combo)
        form.addRow("", self.consent_check)
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
        history.addWidget(self.measure_table, 1)
        history.addWidget(QLabel(self.tr("Saved fits")))
        self.fit_list = QListWidget()
        self.fit_list.setObjectName("fitList")
        history.addWidget(self.fit_list, 1)
        fit_buttons = QGridLayout()  # two by two: the tab fits beside the customer list at 1366×768
        self.reopen_fit_button = QPushButton(self.tr("Open in customizer"))
        self.reopen_fit_button.clicked.connect(self._open_saved_fit)
        self.reprint_button = QPushButton(self.tr("Reprint…"))
        self.reprint_button.clicked.connect(self._reprint_fit)
        self.export_button = QPushButton(self.tr("Export JSON…"))
        self.export_button.clicked.connect(self._export_fit)
        self.import_button = QPushButton(self.tr("Import JSON…"))
        self.import_button.clicked.connect(self._import_fit)
        for index, button in enumerate(
            (self.reopen_fit_button, self.reprint_button, self.export_button, self.import_button)
        ):
            fit_buttons.addWidget(button, index // 2, index % 2)
        history.addLayout(fit_buttons)
        history.addWidget(self._build_self_tuning_box())
        history.addWidget(QLabel(self.tr("Orders (print jobs)")))
        self.order_list = QListWidget()
        self.order_list.setObjectName("orderList")
        self.order_list.setMaximumHeight(120)
        self.order_list.setWordWrap(True)
        history.addWidget(self.order_list)
        layout.addLayout(history, 2)
        return page

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
        return box

    def _build_measure_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        ruler_box = QGroupBox(self.tr("Ruler and face measures"))
        form = QFormLayout(ruler_box)
        self.far_pd_edit = _number_edit(self.tr("e.g. 63"))
        self.near_pd_edit = _number_edit(self.tr("from far"))
        self.mono_r_edit = _number_edit(self.tr("optional"))
        self.mono_l_edit = _number_edit(self.tr("optional"))
        self.head_width_edit = _number_edit(self.tr("optional"))
        self.front_bend_edit = _number_edit(self.tr("optional"))
        self.crest_edit = _number_edit(self.tr("optional"))
        self.bridge_width_edit = _number_edit(self.tr("optional"))
        self.power_r_edit = _number_edit(self.tr("D, optional"))
        self.power_l_edit = _number_edit(self.tr("D, optional"))
        rows = [
            (self.tr("&Far PD (mm)"), self.far_pd_edit),
            (self.tr("Near PD (mm)"), self.near_pd_edit),
            (self.tr("Right eye PD (mm)"), self.mono_r_edit),
            (self.tr("Left eye PD (mm)"), self.mono_l_edit),
            (self.tr("&Head width (mm)"), self.head_width_edit),
            (self.tr("Front to bend (mm)"), self.front_bend_edit),
            (self.tr("Nose width 10 mm below crest (mm)"), self.crest_edit),
            (self.tr("Nose width 15 mm below crest (mm)"), self.bridge_width_edit),
            (self.tr("Right lens power (D)"), self.power_r_edit),
            (self.tr("Left lens power (D)"), self.power_l_edit),
        ]
        for label, edit in rows:
            form.addRow(label, edit)
            edit.returnPressed.connect(self.save_ruler_measurement)
        self.save_ruler_button = QPushButton(self.tr("Save measurement (Enter)"))
        self.save_ruler_button.clicked.connect(self.save_ruler_measurement)
        form.addRow(self.save_ruler_button)
        layout.addWidget(ruler_box)

        photo_box = QGroupBox(self.tr("PD from a photo with a bank card"))
        photo = QVBoxLayout(photo_box)
        bar = QHBoxLayout()
        self.open_photo_button = QPushButton(self.tr("Open photo…"))
        self.open_photo_button.clicked.connect(self._choose_photo)
        self.distance_spin = QDoubleSpinBox()
        self.distance_spin.setRange(25, 500)
        self.distance_spin.setDecimals(0)
        self.distance_spin.setValue(100)
        self.distance_spin.setSuffix(self.tr(" cm to camera"))
        self.mirrored_check = QCheckBox(self.tr("Mirror image"))
        self.add_reading_button = QPushButton(self.tr("Add reading"))
        self.add_reading_button.clicked.connect(self.add_photo_reading)
        self.clear_points_button = QPushButton(self.tr("Clear points"))
        # Two rows, so the Measure tab fits a 1366-pixel laptop screen beside the customer list.
        for widget in (self.open_photo_button, self.distance_spin, self.mirrored_check):
            bar.addWidget(widget)
        photo.addLayout(bar)
        points_bar = QHBoxLayout()
        points_bar.addWidget(self.add_reading_button)
        points_bar.addWidget(self.clear_points_button)
        points_bar.addStretch(1)
        photo.addLayout(points_bar)
        self.photo_hint = QLabel()
        self.photo_hint.setWordWrap(True)
        photo.addWidget(self.photo_hint)
        self.photo_view = PhotoClickView()
        self.photo_view.setMinimumSize(420, 300)
        self.photo_view.points_changed.connect(self._update_photo_hint)
        self.clear_points_button.clicked.connect(self.photo_view.clear_points)
        photo.addWidget(self.photo_view, 1)
        self.photo_result = QLabel(self.tr("No readings yet: up to three photos are averaged."))
        self.photo_result.setObjectName("photoResult")
        self.photo_result.setWordWrap(True)
        self.photo_result.setMinimumHeight(90)
        self.photo_result.setAlignment(Qt.AlignmentFlag.AlignTop)
        photo.addWidget(self.photo_result)
        save_row = QHBoxLayout()
        self.save_photo_button = QPushButton(self.tr("Save photo PD"))
        self.save_photo_button.clicked.connect(self.save_photo_measurement)
        self.reset_readings_button = QPushButton(self.tr("Start again"))
        self.reset_readings_button.clicked.connect(self._reset_readings)
        save_row.addWidget(self.save_photo_button)
        save_row.addWidget(self.reset_readings_button)
        photo.addLayout(save_row)
        layout.addWidget(photo_box, 1)
        self._update_photo_hint()
        return page

    def _build_suggest_tab(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        form_box = QGroupBox(self.tr("Customer and style"))
        form = QFormLayout(form_box)
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("styleCombo")
        for style in suggest_api.style_choices():
            self.style_combo.addItem(f"{style.title} ({style.id})", style.id)
        self.s_pd_r_edit = _number_edit(self.tr("right eye"))
        self.s_pd_l_edit = _number_edit(self.tr("left eye"))
        self.s_head_edit = _number_edit(self.tr("optional"))
        self.s_power_edit = _number_edit(self.tr("optional"))
        self.use_stock_check = QCheckBox(self.tr("Only lenses in stock"))
        self.use_near_check = QCheckBox(self.tr("Reading glasses (near PD)"))
        form.addRow(self.tr("&Style"), self.style_combo)
        form.addRow(self.tr("Right eye PD (mm)"), self.s_pd_r_edit)
        form.addRow(self.tr("Left eye PD (mm)"), self.s_pd_l_edit)
        form.addRow(self.tr("Head width (mm)"), self.s_head_edit)
        form.addRow(self.tr("Lens power (D)"), self.s_power_edit)
        form.addRow("", self.use_stock_check)
        form.addRow("", self.use_near_check)
        self.use_near_check.toggled.connect(lambda _on: self._fill_suggest_from_customer())
        self.suggest_button = QPushButton(self.tr("Suggest sizes"))
        self.suggest_button.clicked.connect(self.run_suggestions)
        form.addRow(self.suggest_button)
        for edit in (self.s_pd_r_edit, self.s_pd_l_edit, self.s_head_edit, self.s_power_edit):
            edit.returnPressed.connect(self.run_suggestions)
        left.addWidget(form_box)
        self.suggestion_cards: list[tuple[QGroupBox, QLabel, QPushButton, QPushButton]] = []
        for index in range(suggest_api.TOP_N):
            card = QGroupBox()
            card_layout = QVBoxLayout(card)
            text = QLabel()
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row = QHBoxLayout()
            open_button = QPushButton(self.tr("Open in customizer"))
            open_button.clicked.connect(lambda _c=False, i=index: self.open_suggestion(i))
            preview_button = QPushButton(self.tr("Preview on photo"))
            preview_button.clicked.connect(lambda _c=False, i=index: self.preview_suggestion(i))
            row.addWidget(open_button)
            row.addWidget(preview_button)
            card_layout.addWidget(text)
            card_layout.addLayout(row)
            card.hide()
            left.addWidget(card)
            self.suggestion_cards.append((card, text, open_button, preview_button))
        left.addStretch(1)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.overlay_label = QLabel(self.tr("The frame outline is drawn here over the customer's latest card photo."))
        self.overlay_label.setWordWrap(True)
        self.overlay_view = PhotoClickView()
        self.overlay_view.setObjectName("overlayView")
        self.overlay_view.setInteractive(False)
        right.addWidget(self.overlay_label)
        right.addWidget(self.overlay_view, 1)
        layout.addLayout(right, 1)
        return page

    def _build_stock_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.stock_table = QTableWidget(0, 8)
        self.stock_table.setObjectName("stockTable")
        self.stock_table.setHorizontalHeaderLabels(
            [self.tr("Shape"), self.tr("Diameter/width (mm)"), self.tr("Height (mm)"), self.tr("Power (D)"),
             self.tr("Count"), self.tr("Thickness (mm)"), self.tr("Port (mm)"), self.tr("Notes")]
        )  # fmt: skip
        self.stock_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stock_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.stock_table.verticalHeader().hide()
        layout.addWidget(self.stock_table, 1)
        add_box = QGroupBox(self.tr("Add lenses"))
        grid = QGridLayout(add_box)
        self.stock_shape = QComboBox()
        for shape in stock_api.LENS_SHAPES:
            self.stock_shape.addItem(self.tr(shape), shape)
        self.stock_diameter = _number_edit(self.tr("e.g. 44"))
        self.stock_height = _number_edit(self.tr("ovals only"))
        self.stock_power = _number_edit(self.tr("e.g. +1.5"))
        self.stock_count = _number_edit(self.tr("e.g. 10"))
        # A fluid lens module's own size: how deep the rim must be, and the port the rim's notch must pass.
        self.stock_thickness = _number_edit(self.tr("modules only"))
        self.stock_port = _number_edit(self.tr("modules only"))
        for column, (label, widget) in enumerate(
            [(self.tr("Shape"), self.stock_shape), (self.tr("Ø / width"), self.stock_diameter),
             (self.tr("Height"), self.stock_height), (self.tr("Power"), self.stock_power),
             (self.tr("Count"), self.stock_count), (self.tr("Module thickness"), self.stock_thickness),
             (self.tr("Filling port"), self.stock_port)]
        ):  # fmt: skip
            grid.addWidget(QLabel(label), 0, column)
            grid.addWidget(widget, 1, column)
        self.add_stock_button = QPushButton(self.tr("Add"))
        self.add_stock_button.clicked.connect(lambda: self.add_stock_line())
        grid.addWidget(self.add_stock_button, 1, 7)
        self.update_stock_button = QPushButton(self.tr("Update selected"))
        self.update_stock_button.clicked.connect(self.update_stock_line)
        grid.addWidget(self.update_stock_button, 1, 8)
        self.stock_table.currentCellChanged.connect(lambda *_a: self._stock_selected())
        self.stock_count.returnPressed.connect(lambda: self.add_stock_line())
        layout.addWidget(add_box)
        row = QHBoxLayout()
        take = QPushButton(self.tr("Take one (−1)"))
        take.clicked.connect(lambda: self._adjust_stock(-1))
        put = QPushButton(self.tr("Put back (+1)"))
        put.clicked.connect(lambda: self._adjust_stock(+1))
        remove = QPushButton(self.tr("Delete line"))
        remove.clicked.connect(self._delete_stock_line)
        for button in (take, put, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------------ plumbing
    def _run(self, title: str, work: Any, on_result: Any = None, *, show_progress: bool = False) -> None:
        self.ctx.tasks.run(
            title, lambda _task: work(), on_result=on_result, on_error=self._show_error, show_progress=show_progress
        )

    def _show_error(self, exc: BaseException) -> None:
        self._say(str(exc), is_error=True)

    def _say(self, message: str, *, is_error: bool = False) -> None:
        self.status.setProperty("isError", is_error)
        self.status.setText(message)

    def refresh(self) -> None:
        services, query = self.ctx.services, self.search.text()
        keep = self.customer.id if self.customer else None

        def work() -> tuple[list[CustomerSummary], list[LensStockItem]]:
            return customer_api.list_customers(services, query), stock_api.list_lens_stock(services)

        def done(result: tuple[list[CustomerSummary], list[LensStockItem]]) -> None:
            self._show_customers(result[0], keep)
            self._show_stock(result[1])

        self._run(self.tr("Load customers"), work, done)

    # ------------------------------------------------------------------ customers
    def reload_customers(self, select_id: int | None = None) -> None:
        services, query = self.ctx.services, self.search.text()
        keep = select_id if select_id is not None else (self.customer.id if self.customer else None)
        self._run(
            self.tr("Load customers"),
            lambda: customer_api.list_customers(services, query),
            lambda rows: self._show_customers(rows, keep),
        )

    def _show_customers(self, rows: list[CustomerSummary], select_id: int | None) -> None:
        self.customer_list.blockSignals(True)
        self.customer_list.clear()
        selected_row = -1
        for index, row in enumerate(rows):
            pd = "" if row.last_far_pd_mm is None else f" · PD {format_mm(row.last_far_pd_mm)}"
            item = QListWidgetItem(f"{row.label}{pd}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.customer_list.addItem(item)
            if row.id == select_id:
                selected_row = index
        self.customer_list.blockSignals(False)
        if selected_row >= 0:
            self.customer_list.setCurrentRow(selected_row)

    def _open_first_match(self) -> None:
        if self.customer_list.count():
            self.customer_list.setCurrentRow(0)
            self.name_edit.setFocus()

    def _customer_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.load_customer(int(current.data(Qt.ItemDataRole.UserRole)))

    def load_customer(self, customer_id: int) -> None:
        services = self.ctx.services
        self._run(self.tr("Open customer"), lambda: customer_api.get_customer(services, customer_id), self._show_customer)

    def _show_customer(self, detail: CustomerDetail) -> None:
        self.customer = detail
        self.right.setCurrentWidget(self.tabs)
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
                _mm(m.far_pd_mm),
                _mm(m.near_pd_mm),
                f"{_mm(m.mono_far_right_mm)}/{_mm(m.mono_far_left_mm)}",
                _mm(m.head_width_mm),
                f"{_d(m.lens_power_right_d)}/{_d(m.lens_power_left_d)}",
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
                f"A {_mm(fit.lens_width_mm)} DBL {_mm(fit.bridge_mm)}{changes}"
            )
            item.setData(Qt.ItemDataRole.UserRole, fit.id)
            self.fit_list.addItem(item)
        self.order_list.clear()
        for order in reversed(detail.orders):
            self.order_list.addItem(self._order_line(order))
        if not detail.orders:
            self.order_list.addItem(self.tr("No orders yet."))
        self._fill_suggest_from_customer()
        self._load_overlay_photo()

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

    def new_customer(self) -> None:
        self.customer = None
        self.customer_list.clearSelection()
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(0)
        for edit in (self.name_edit, self.code_edit, self.contact_edit):
            edit.clear()
        self.notes_edit.clear()
        self.consent_check.setChecked(False)
        self.age_combo.setCurrentIndex(AGE_GROUPS.index("adult"))
        self.measure_table.setRowCount(0)
        self.fit_list.clear()
        self.order_list.clear()
        self.name_edit.setFocus()
        self._say(self.tr("New customer: type a name or a code, then Enter."))

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
                return customer_api.add_customer(services, data)
            return customer_api.update_customer(services, current.id, data)

        def done(summary: CustomerSummary) -> None:
            self._say(self.tr("Saved {label}.").format(label=summary.label))
            self.reload_customers(select_id=summary.id)
            self.load_customer(summary.id)
            self.tabs.setCurrentIndex(1)
            self.far_pd_edit.setFocus()

        self._run(self.tr("Save customer"), work, done)

    def delete_customer(self) -> None:
        if self.customer is None:
            return
        label = self.customer.summary.label
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr("Delete {label} with all measurements, fits and photos? This cannot be undone.").format(label=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        customer_id, services = self.customer.id, self.ctx.services

        def done(_result: None) -> None:
            self.customer = None
            self.right.setCurrentWidget(self.empty_state)
            self._say(self.tr("Deleted {label} and their photos.").format(label=label))
            self.reload_customers()

        self._run(self.tr("Delete customer"), lambda: customer_api.delete_customer(services, customer_id), done)

    # ------------------------------------------------------------------ measurements
    def save_ruler_measurement(self) -> None:
        if self.customer is None:
            self._say(self.tr("Save the customer first (Ctrl+S)."), is_error=True)
            return
        try:
            far, near = _optional_float(self.far_pd_edit), _optional_float(self.near_pd_edit)
            mono_r, mono_l = _optional_float(self.mono_r_edit), _optional_float(self.mono_l_edit)
            extras: dict[str, Any] = dict(
                head_width_mm=_optional_float(self.head_width_edit),
                front_to_bend_mm=_optional_float(self.front_bend_edit),
                lens_power_right_d=_optional_float(self.power_r_edit),
                lens_power_left_d=_optional_float(self.power_l_edit),
            )
            crest, bridge = _optional_float(self.crest_edit), _optional_float(self.bridge_width_edit)
            if any(v is not None for v in (far, near, mono_r, mono_l)):
                pd = pd_from_ruler(far, near_pd_mm=near, mono_far_right_mm=mono_r, mono_far_left_mm=mono_l)
                data = measurement_from_pd(pd, **extras)
            else:
                data = MeasurementInput(**extras)
            data = _with_nose(data, crest, bridge)
        except FittingError as exc:
            self._say(str(exc), is_error=True)
            return
        customer_id, services = self.customer.id, self.ctx.services

        def done(_view: object) -> None:
            for edit in (self.far_pd_edit, self.near_pd_edit, self.mono_r_edit, self.mono_l_edit,
                         self.head_width_edit, self.front_bend_edit, self.crest_edit, self.bridge_width_edit,
                         self.power_r_edit, self.power_l_edit):  # fmt: skip
                edit.clear()
            self._say(self.tr("Measurement saved."))
            self.load_customer(customer_id)

        self._run(self.tr("Save measurement"), lambda: customer_api.add_measurement(services, customer_id, data), done)

    def _choose_photo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a photo with a bank card"), "", self.tr("Photos (*.png *.jpg *.jpeg)")
        )
        if name:
            self.open_photo(Path(name))

    def open_photo(self, path: Path) -> None:
        def work() -> QImage:
            read_image_info(path)  # a clear message for files that are not images
            return decode_image(path.read_bytes())

        def done(image: QImage) -> None:
            self.photo_path = path
            self.photo_view.set_image(image)
            self.photo_view.setFocus()
            self._update_photo_hint()

        self._run(self.tr("Open photo"), work, done)

    def _update_photo_hint(self) -> None:
        if not self.photo_view.has_image():
            self.photo_hint.setText(self.tr("Open a photo taken from about 1 m, card flat on the brow, long edge level."))
            return
        hints = {
            "card_tl": self.tr("Click the card's top-left corner."),
            "card_tr": self.tr("Click the card's top-right corner."),
            "card_br": self.tr("Click the card's bottom-right corner."),
            "card_bl": self.tr("Click the card's bottom-left corner."),
            "pupil_left": self.tr("Click the pupil on the image's left (the customer's right eye)."),
            "pupil_right": self.tr("Click the pupil on the image's right (the customer's left eye)."),
            "nose": self.tr("Optional: click the bridge of the nose for true monocular PDs, or Add reading."),
        }
        key = self.photo_view.next_key()
        self.photo_hint.setText(hints[key] if key else self.tr("All points placed: drag to adjust, then Add reading."))

    def current_clicks(self) -> PhotoClicks:
        size = self.photo_view.image_size()
        if size is None:
            raise FittingError("Open a photo first.")
        points = self.photo_view.points()
        missing = [k for k in (*CARD_KEYS, "pupil_left", "pupil_right") if k not in points]
        if any(k in CARD_KEYS for k in missing):
            raise FittingError("Click all four corners of the card first.")
        if missing:
            raise FittingError("Click both pupils (image-left, then image-right) before measuring.")
        card = tuple(PixelPoint(*points[k]) for k in CARD_KEYS)
        nose = PixelPoint(*points["nose"]) if "nose" in points else None
        setup = PhotoSetup(camera_distance_mm=self.distance_spin.value() * 10.0, is_mirrored=self.mirrored_check.isChecked())
        return PhotoClicks(
            card,  # type: ignore[arg-type]
            (PixelPoint(*points["pupil_left"]), PixelPoint(*points["pupil_right"])),
            size,
            nose,
            setup,
        )

    def add_photo_reading(self) -> None:
        try:
            if len(self.photo_readings) >= MAX_PHOTOS:
                raise FittingError("Three readings are enough: save them, or start again.")
            clicks = self.current_clicks()
            combined = combine_readings([c.measure().pd for _, c in [*self.photo_readings, (None, clicks)]])
        except FittingError as exc:
            self._say(str(exc), is_error=True)
            return
        self.photo_readings.append((self.photo_path, clicks))
        self._show_combined(combined)
        self._say(self.tr("Reading {n} added: open the next photo, or save.").format(n=len(self.photo_readings)))

    def _show_combined(self, pd: PdResult) -> None:
        lines = [
            self.tr("{n} reading(s), spread {spread:.1f} mm").format(n=len(self.photo_readings), spread=pd.spread_mm),
            self.tr("Far PD {far:.1f} mm (right {r:.1f} / left {l:.1f})").format(
                far=pd.far_pd_mm, r=pd.mono_far.right_mm, l=pd.mono_far.left_mm
            ),
            self.tr("Near PD {near:.1f} mm (right {r:.1f} / left {l:.1f})").format(
                near=pd.near_pd_mm, r=pd.mono_near.right_mm, l=pd.mono_near.left_mm
            ),
        ]
        if not pd.is_mono_measured:
            lines.append(self.tr("Monocular PDs are halves: click the nose bridge to measure them."))
        lines += list(pd.warnings)
        self.photo_result.setText("\n".join(lines))

    def _reset_readings(self) -> None:
        self.photo_readings.clear()
        self.photo_view.clear_points()
        self.photo_result.setText(self.tr("No readings yet: up to three photos are averaged."))

    def save_photo_measurement(self) -> None:
        if self.customer is None:
            self._say(self.tr("Save the customer first (Ctrl+S)."), is_error=True)
            return
        if not self.photo_readings:
            self.add_photo_reading()
            if not self.photo_readings:
                return
        readings, customer_id, services = list(self.photo_readings), self.customer.id, self.ctx.services

        def done(_view: object) -> None:
            self._reset_readings()
            self._say(self.tr("Photo PD saved."))
            self.load_customer(customer_id)

        self._run(self.tr("Save photo PD"), lambda: save_photo_pd(services, customer_id, readings), done)

    # ------------------------------------------------------------------ suggestions
    def _fill_suggest_from_customer(self) -> None:
        if self.customer is None:
            return
        is_near = self.use_near_check.isChecked()
        for m in reversed(self.customer.measurements):
            if m.far_pd_mm is None:
                continue
            if is_near and m.near_pd_mm is not None:
                total = m.near_pd_mm
                right = m.mono_near_right_mm if m.mono_near_right_mm is not None else total / 2
                left = m.mono_near_left_mm if m.mono_near_left_mm is not None else total / 2
            else:
                total = m.far_pd_mm
                right = m.mono_far_right_mm if m.mono_far_right_mm is not None else total / 2
                left = m.mono_far_left_mm if m.mono_far_left_mm is not None else total / 2
            self.s_pd_r_edit.setText(f"{right:.1f}")
            self.s_pd_l_edit.setText(f"{left:.1f}")
            break
        head = next((m.head_width_mm for m in reversed(self.customer.measurements) if m.head_width_mm), None)
        self.s_head_edit.setText("" if head is None else f"{head:g}")
        power = suggest_api.latest_suggestion_power_d(self.customer.measurements)
        self.s_power_edit.setText("" if power is None else f"{power:g}")

    def run_suggestions(self) -> None:
        try:
            right, left = _optional_float(self.s_pd_r_edit), _optional_float(self.s_pd_l_edit)
            if right is None or left is None:
                raise FittingError("Enter both monocular PDs (or measure the customer first).")
            head, power = _optional_float(self.s_head_edit), _optional_float(self.s_power_edit)
        except FittingError as exc:
            self._say(str(exc), is_error=True)
            return
        style_id, services = str(self.style_combo.currentData()), self.ctx.services
        use_stock = self.use_stock_check.isChecked()
        nose: dict[str, Any] = {}
        if self.customer is not None:
            # Measured nose widths make the nose check this customer's, not the style's average nose.
            for m in reversed(self.customer.measurements):
                if m.nose_crest_width_mm is not None or m.nose_bridge_width_mm is not None:
                    if m.nose_crest_width_mm is not None:
                        nose["nose_dbr10_mm"] = m.nose_crest_width_mm
                    if m.nose_bridge_width_mm is not None:
                        nose["nose_dbr15_mm"] = m.nose_bridge_width_mm
                    break

        def work() -> suggest_api.SuggestionReport:
            lenses = stock_api.list_lens_stock(services, is_in_stock_only=True) if use_stock else []
            request = suggest_api.SuggestionRequest(style_id, right, left, head, power, tuple(lenses), nose)
            return suggest_api.suggest_sizes(request)

        self._say(self.tr("Checking every lens size and bridge…"))
        self._run(self.tr("Suggest sizes"), work, self._show_suggestions, show_progress=True)

    def _show_suggestions(self, report: suggest_api.SuggestionReport) -> None:
        self.suggestions = list(report.suggestions)
        for index, (card, text, _open, _preview) in enumerate(self.suggestion_cards):
            if index >= len(self.suggestions):
                card.hide()
                continue
            s = self.suggestions[index]
            card.setTitle(
                self.tr("#{rank}: lens {a:g} × {b:g} mm, bridge {dbl:g} mm").format(
                    rank=s.rank, a=s.lens_width_mm, b=s.lens_height_mm, dbl=s.bridge_mm
                )
            )
            text.setText("\n".join(f"• {reason}" for reason in s.reasons))
            card.show()
        self._say(
            self.tr("{passed} of {checked} sizes pass every frame check; the best {n} are shown.").format(
                passed=report.candidates_passed, checked=report.candidates_checked, n=len(self.suggestions)
            )
        )
        if self.suggestions:
            self.preview_suggestion(0)

    def open_suggestion(self, index: int) -> None:
        if index < len(self.suggestions):
            s = self.suggestions[index]
            power = _optional_float_or_none(self.s_power_edit)
            lenses = fit_api.lens_choice(
                s.lens, lens_width_mm=s.lens_width_mm, lens_height_mm=s.lens_height_mm, power_d=power
            )
            self.open_in_customizer(s.style_id, dict(s.parameters), lenses=lenses)

    def open_in_customizer(
        self, style_id: str, params: dict[str, Any], *, lenses: dict[str, Any] | None = None
    ) -> bool:
        """Hand the parameters to the customizer, and its "Save as fit" to this customer; True when
        the customizer took them."""
        customer_id = self.customer.id if self.customer else 0
        self.fit_requested.emit(customer_id, style_id, params)
        window = self.window()
        show_area = getattr(window, "show_area", None)
        if show_area is None:
            return False
        screen = show_area("customizer")
        load = getattr(screen, "load_parameters", None)
        if not callable(load):
            self._say(self.tr("This customizer cannot take parameters yet."), is_error=True)
            return False
        load(style_id, params)
        set_handler = getattr(screen, "set_save_fit_handler", None)
        if callable(set_handler) and self.customer is not None:
            set_handler(self._save_fit_handler(self.customer.id, style_id, params, lenses or {}))
        return True

    def _save_fit_handler(
        self, customer_id: int, style_id: str, baseline: dict[str, Any], lenses: dict[str, Any]
    ) -> Any:
        """Called by the customizer's "Save as fit" with what it shows (style, version, params, derived)."""
        services = self.ctx.services
        latest = self.customer.latest_measurement if self.customer is not None else None
        measurement_id = latest.id if latest is not None else None

        def handler(frame: Any) -> None:
            changes = fit_api.parameter_changes(baseline, frame.params) if frame.style_id == style_id else {
                "style": {"from": style_id, "to": frame.style_id}
            }
            # A suggestion made from a fluid module on the shelf: the fit keeps which module it was made for.
            is_module = lenses.get("shape") == FLUID_MODULE_SHAPE and frame.style_id == style_id
            module_id = lenses.get("stock_id") if is_module else None

            def work() -> Any:
                return fit_api.save_fit(
                    services,
                    customer_id,
                    frame.style_id,
                    frame.params,
                    fit_api.plain_derived(frame.derived),
                    lenses,
                    changes,
                    measurement_id=measurement_id,
                    design_version=frame.style_version,
                    lens_module_id=module_id,
                )

            def done(record: Any) -> None:
                message = self.tr("Saved fit #{id} for {code}.").format(id=record.id, code=record.customer_code)
                self._say(message)
                self.fit_saved.emit(record.id)
                status_bar = getattr(self.window(), "statusBar", None)
                if callable(status_bar):
                    status_bar().showMessage(message, 8000)
                if self.customer is not None and self.customer.id == customer_id:
                    self.load_customer(customer_id)

            self._run(self.tr("Save fit"), work, done)

        return handler

    def _load_overlay_photo(self) -> None:
        self.overlay_clicks = None
        if self.customer is None:
            return
        found = latest_photo_clicks(self.customer)
        if found is None:
            self.overlay_label.setText(self.tr("No card photo kept for this customer: the preview needs one."))
            return
        sha, clicks = found
        services = self.ctx.services

        def done(image: QImage) -> None:
            self.overlay_clicks = clicks
            self.overlay_view.set_image(image)
            self.overlay_label.setText(self.tr("Latest card photo; suggestions are drawn at true scale."))

        self._run(
            self.tr("Open photo"), lambda: decode_image(customer_api.read_photo_bytes(services, sha)), done
        )

    def preview_suggestion(self, index: int) -> None:
        if index >= len(self.suggestions) or self.overlay_clicks is None:
            return
        s, clicks = self.suggestions[index], self.overlay_clicks

        def done(overlay: Overlay) -> None:
            # + marks: the lens centres, which sit on the far-gaze pupils.
            cross_px = 3.0 / overlay.mm_per_px
            self.overlay_view.set_overlay(overlay.polylines_px, overlay.lens_centres_px, cross_px)

        self._run(self.tr("Draw frame on photo"), lambda: frame_overlay(s.style_id, s.parameters, clicks), done)

    # ------------------------------------------------------------------ fits
    def _selected_fit_id(self) -> int | None:
        item = self.fit_list.currentItem()
        if item is None:
            self._say(self.tr("Choose a saved fit in the list first."), is_error=True)
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _open_saved_fit(self) -> None:
        fit_id = self._selected_fit_id()
        if fit_id is None:
            return
        services = self.ctx.services
        self._run(
            self.tr("Open fit"),
            lambda: fit_api.get_fit(services, fit_id),
            lambda record: self.open_in_customizer(record.design_id, dict(record.parameters), lenses=record.lenses),
        )

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
            return fit_api.write_reprint(fit_api.reprint_fit(services, fit_id), folder)

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
                lambda: fit_api.export_fit(services, fit_id, Path(name)),
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
            self.load_customer(customer_id)

        self._run(self.tr("Import fit"), lambda: fit_api.import_fit(services, path, customer_id=customer_id), done)

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
                self.load_customer(customer_id)

        self._run(
            self.tr("Record self-tuned lenses"),
            lambda: fit_api.record_self_tuning(services, fit_id, is_self_tuned=is_self_tuned, lens_module_id=module_id),
            done,
        )

    # ------------------------------------------------------------------ lens stock
    def reload_stock(self) -> None:
        services = self.ctx.services
        self._run(self.tr("Load lens stock"), lambda: stock_api.list_lens_stock(services), self._show_stock)

    def _show_stock(self, items: list[LensStockItem]) -> None:
        self.stock_table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [item.shape, f"{item.diameter_mm:g}", _mm(item.height_mm), f"{item.power_d:+.2f}", str(item.count),
                     _mm(item.thickness_mm), _mm(item.port_diameter_mm), item.notes]  # fmt: skip
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.stock_table.setItem(row, column, cell)
        self.stock_table.resizeColumnsToContents()
        self.stock_table.horizontalHeader().setStretchLastSection(True)
        chosen = self.module_combo.currentData()
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("Module not recorded"), None)
        for item in items:
            if item.is_fluid_module:
                self.module_combo.addItem(item.label, item.id)
        self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(chosen)))

    def _stock_selected(self) -> None:
        row = self.stock_table.currentRow()
        if row < 0 or self.stock_table.item(row, 0) is None:
            return
        cell = self.stock_table.item
        self.stock_shape.setCurrentIndex(max(0, self.stock_shape.findData(cell(row, 0).text())))
        self.stock_diameter.setText(cell(row, 1).text())
        height = cell(row, 2).text()
        self.stock_height.setText("" if height == "–" else height)
        self.stock_power.setText(cell(row, 3).text())
        self.stock_count.setText(cell(row, 4).text())
        for column, edit in ((5, self.stock_thickness), (6, self.stock_port)):
            text = cell(row, column).text()
            edit.setText("" if text == "–" else text)

    def update_stock_line(self) -> None:
        item_id = self._selected_stock_id()
        if item_id is None:
            self._say(self.tr("Choose a line of the stock first."), is_error=True)
            return
        self.add_stock_line(update_id=item_id)

    def add_stock_line(self, update_id: int | None = None) -> None:
        try:
            diameter = _optional_float(self.stock_diameter)
            if diameter is None:
                raise FittingError("Enter the lens diameter (or width for ovals).")
            count = _optional_float(self.stock_count) or 0.0
            if count != int(count):
                raise FittingError("The count is a whole number of lenses.")
            data = stock_api.LensStockInput(
                shape=str(self.stock_shape.currentData()),
                diameter_mm=diameter,
                height_mm=_optional_float(self.stock_height),
                power_d=_optional_float(self.stock_power) or 0.0,
                count=int(count),
                thickness_mm=_optional_float(self.stock_thickness),
                port_diameter_mm=_optional_float(self.stock_port),
            )
        except FittingError as exc:
            self._say(str(exc), is_error=True)
            return
        services = self.ctx.services

        def work() -> LensStockItem:
            if update_id is None:
                return stock_api.add_lens_stock(services, data)
            return stock_api.update_lens_stock(services, update_id, data)

        def done(_item: object) -> None:
            for edit in (self.stock_diameter, self.stock_height, self.stock_power, self.stock_count,
                         self.stock_thickness, self.stock_port):
                edit.clear()
            self.reload_stock()

        self._run(self.tr("Save lenses"), work, done)

    def _selected_stock_id(self) -> int | None:
        item = self.stock_table.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _adjust_stock(self, delta: int) -> None:
        item_id, services = self._selected_stock_id(), self.ctx.services
        if item_id is not None:
            self._run(
                self.tr("Update lens stock"),
                lambda: stock_api.adjust_lens_count(services, item_id, delta),
                lambda _i: self.reload_stock(),
            )

    def _delete_stock_line(self) -> None:
        item_id, services = self._selected_stock_id(), self.ctx.services
        if item_id is not None:
            self._run(
                self.tr("Delete lens line"),
                lambda: stock_api.delete_lens_stock(services, item_id),
                lambda _r: self.reload_stock(),
            )


def _optional_float_or_none(edit: QLineEdit) -> float | None:
    try:
        return _optional_float(edit)
    except FittingError:
        return None


def _with_nose(data: MeasurementInput, crest: float | None, bridge: float | None) -> MeasurementInput:
    return replace(data, nose_crest_width_mm=crest, nose_bridge_width_mm=bridge)


def _mm(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _d(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"
