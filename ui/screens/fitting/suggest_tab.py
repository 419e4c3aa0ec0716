"""Tab 3, Suggest sizes: the best lens sizes and bridges for a style, drawn over the customer's card photo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.fitting import customers as customer_api
from app.fitting import fits as fit_api
from app.fitting import lens_stock as stock_api
from app.fitting import suggest as suggest_api
from app.fitting.errors import FittingError
from app.fitting.measure import latest_photo_clicks
from app.fitting.overlay import Overlay, frame_overlay
from app.fitting.pd_photo import PhotoClicks
from app.fitting.rounding import format_mm
from app.fitting.values import CustomerDetail
from ui.context import ScreenContext
from ui.screens.fitting.common import FittingTab, decode_image, number_edit, optional_float, optional_float_or_none
from ui.widgets.photo_clicks import PhotoClickView


class SuggestTab(FittingTab):
    fit_opened = Signal(str, dict, dict)  # a suggestion's style, parameters and lenses, for the customizer

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer: CustomerDetail | None = None
        self.suggestions: list[suggest_api.Suggestion] = []
        self.overlay_clicks: PhotoClicks | None = None
        self._generation = 0  # bumped when the form changes: a report for older figures is dropped
        layout = QHBoxLayout(self)
        # The form and three cards of reasons are taller than a 1366×768 screen: the column scrolls by
        # itself, because the window's own scrolling under-counts wrapped reasons and crushed the fields.
        column = QWidget()
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        form_box = QGroupBox(self.tr("Customer and style"))
        form = QFormLayout(form_box)
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("styleCombo")
        for style in suggest_api.style_choices():
            self.style_combo.addItem(f"{style.title} ({style.id})", style.id)
        self.s_pd_r_edit = number_edit(self.tr("right eye"))
        self.s_pd_l_edit = number_edit(self.tr("left eye"))
        self.s_head_edit = number_edit(self.tr("optional"))
        self.s_power_edit = number_edit(self.tr("optional"))
        self.use_stock_check = QCheckBox(self.tr("Only lenses in stock"))
        self.use_near_check = QCheckBox(self.tr("Reading glasses (near PD)"))
        form.addRow(self.tr("&Style"), self.style_combo)
        form.addRow(self.tr("Right eye PD (mm)"), self.s_pd_r_edit)
        form.addRow(self.tr("Left eye PD (mm)"), self.s_pd_l_edit)
        form.addRow(self.tr("Head width (mm)"), self.s_head_edit)
        form.addRow(self.tr("Lens power (D)"), self.s_power_edit)
        form.addRow("", self.use_stock_check)
        form.addRow("", self.use_near_check)
        self.use_near_check.toggled.connect(lambda _on: self._fill_from_customer())
        # Suggestions belong to the style and figures they were made for: a change makes them stale, so
        # they go (and "Open in customizer" can never open the previous style).
        self.style_combo.currentIndexChanged.connect(lambda _index: self.clear_suggestions())
        self.use_stock_check.toggled.connect(lambda _on: self.clear_suggestions())
        self.use_near_check.toggled.connect(lambda _on: self.clear_suggestions())
        self.suggest_button = QPushButton(self.tr("Suggest sizes"))
        self.suggest_button.clicked.connect(self.run_suggestions)
        form.addRow(self.suggest_button)
        for edit in (self.s_pd_r_edit, self.s_pd_l_edit, self.s_head_edit, self.s_power_edit):
            edit.returnPressed.connect(self.run_suggestions)
            edit.textEdited.connect(lambda _text: self.clear_suggestions())
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
        column_scroll = QScrollArea()
        column_scroll.setWidget(column)
        column_scroll.setWidgetResizable(True)
        column_scroll.setFrameShape(QFrame.Shape.NoFrame)
        column_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll area asks no width of its own: it is given the form's widest row and the scroll bar.
        column_scroll.setMinimumWidth(column.minimumSizeHint().width()
                                      + column_scroll.verticalScrollBar().sizeHint().width())
        layout.addWidget(column_scroll, 1)
        right = QVBoxLayout()
        self.overlay_label = QLabel(self.tr("The frame outline is drawn here over the customer's latest card photo."))
        self.overlay_label.setWordWrap(True)
        self.overlay_view = PhotoClickView()
        self.overlay_view.setObjectName("overlayView")
        self.overlay_view.setInteractive(False)
        right.addWidget(self.overlay_label)
        right.addWidget(self.overlay_view, 1)
        layout.addLayout(right, 1)

    def clear_suggestions(self) -> None:
        self._generation += 1
        if not self.suggestions and not any(card.isVisibleTo(self) for card, *_ in self.suggestion_cards):
            return
        self.suggestions = []
        for card, *_ in self.suggestion_cards:
            card.hide()
        self.overlay_view.set_overlay([])
        self._say(self.tr("The style or the figures changed: press Suggest sizes again."))

    def set_customer(self, detail: CustomerDetail | None) -> None:
        """Fill the form from the customer's measurements and show their latest card photo."""
        if detail is None or self.customer is None or detail.id != self.customer.id:
            self._generation += 1
            self.suggestions = []
            for card, *_ in self.suggestion_cards:
                card.hide()
            self.overlay_view.set_overlay([])
        self.customer = detail
        if detail is not None:
            self._fill_from_customer()
            self._load_overlay_photo()

    def _fill_from_customer(self) -> None:
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
            right, left = optional_float(self.s_pd_r_edit), optional_float(self.s_pd_l_edit)
            if right is None or left is None:
                raise FittingError("Enter both monocular PDs (or measure the customer first).")
            head, power = optional_float(self.s_head_edit), optional_float(self.s_power_edit)
        except FittingError as exc:
            self._show_error(exc)
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
            lenses = stock_api.list_lens_stock(services.session_factory, is_in_stock_only=True) if use_stock else []
            request = suggest_api.SuggestionRequest(style_id, right, left, head, power, tuple(lenses), nose)
            return suggest_api.suggest_sizes(request)

        self._say(self.tr("Checking every lens size and bridge…"))
        generation = self._generation

        def done(report: suggest_api.SuggestionReport) -> None:
            if generation == self._generation:
                self._show_suggestions(report)

        self._run(self.tr("Suggest sizes"), work, done, show_progress=True)

    def _show_suggestions(self, report: suggest_api.SuggestionReport) -> None:
        self.suggestions = list(report.suggestions)
        for index, (card, text, _open, _preview) in enumerate(self.suggestion_cards):
            if index >= len(self.suggestions):
                card.hide()
                continue
            s = self.suggestions[index]
            card.setTitle(
                self.tr("#{rank}: lens {a:g} × {b:g} mm, bridge {dbl} mm").format(
                    rank=s.rank, a=s.lens_width_mm, b=s.lens_height_mm, dbl=format_mm(s.frame_bridge_mm)
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
            power = optional_float_or_none(self.s_power_edit)
            lenses = fit_api.lens_choice(
                s.lens, lens_width_mm=s.lens_width_mm, lens_height_mm=s.lens_height_mm, power_d=power
            )
            self.fit_opened.emit(s.style_id, dict(s.parameters), dict(lenses))

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
            self.tr("Open photo"), lambda: decode_image(customer_api.read_photo_bytes(services.blobs, sha)), done
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
