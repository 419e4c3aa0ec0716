"""Tab 2, Measure PD: a ruler's readings and face measures beside the card-photo PD panel."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.fitting import customers as customer_api
from app.fitting.errors import FittingError
from app.fitting.measure import measurement_from_pd
from app.fitting.pd import pd_from_ruler
from app.fitting.values import MeasurementInput
from ui.context import ScreenContext
from ui.screens.fitting.common import FieldError, FittingTab, mark_invalid, number_edit, optional_float
from ui.screens.fitting.photo_pd import PhotoPdPanel


class MeasureTab(FittingTab):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id: int | None = None
        layout = QHBoxLayout(self)
        ruler_box = QGroupBox(self.tr("Ruler and face measures"))
        form = QFormLayout(ruler_box)
        self.far_pd_edit = number_edit(self.tr("e.g. 63"))
        self.near_pd_edit = number_edit(self.tr("from far"))
        self.mono_r_edit = number_edit(self.tr("optional"))
        self.mono_l_edit = number_edit(self.tr("optional"))
        self.head_width_edit = number_edit(self.tr("optional"))
        self.front_bend_edit = number_edit(self.tr("optional"))
        self.crest_edit = number_edit(self.tr("optional"))
        self.bridge_width_edit = number_edit(self.tr("optional"))
        self.power_r_edit = number_edit(self.tr("D, optional"))
        self.power_l_edit = number_edit(self.tr("D, optional"))
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
        self.photo = PhotoPdPanel(ctx)
        self.photo.said.connect(self.said)
        self.photo.customer_changed.connect(self.customer_changed)
        layout.addWidget(self.photo, 1)

    def set_customer(self, customer_id: int | None) -> None:
        """Whose measurements are saved; None until the customer is saved."""
        self.customer_id = customer_id
        self.photo.customer_id = customer_id

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.far_pd_edit, self.near_pd_edit, self.mono_r_edit, self.mono_l_edit, self.head_width_edit,
                self.front_bend_edit, self.crest_edit, self.bridge_width_edit, self.power_r_edit,
                self.power_l_edit)  # fmt: skip

    def _pd_field_named(self, message: str) -> QLineEdit:
        """The PD field a refusal from the ruler check is about (its message names the eye or near PD)."""
        text = message.lower()
        if "near pd" in text:
            return self.near_pd_edit
        if "right" in text and ("monocular" in text or "eye" in text):
            return self.mono_r_edit
        if "left" in text and ("monocular" in text or "eye" in text):
            return self.mono_l_edit
        return self.far_pd_edit

    def save_ruler_measurement(self) -> None:
        if self.customer_id is None:
            self._say(self.tr("Save the customer first (Ctrl+S)."), is_error=True)
            return
        try:
            far, near = optional_float(self.far_pd_edit), optional_float(self.near_pd_edit)
            mono_r, mono_l = optional_float(self.mono_r_edit), optional_float(self.mono_l_edit)
            extras: dict[str, Any] = dict(
                head_width_mm=optional_float(self.head_width_edit),
                front_to_bend_mm=optional_float(self.front_bend_edit),
                lens_power_right_d=optional_float(self.power_r_edit),
                lens_power_left_d=optional_float(self.power_l_edit),
            )
            crest, bridge = optional_float(self.crest_edit), optional_float(self.bridge_width_edit)
            if any(v is not None for v in (far, near, mono_r, mono_l)):
                try:
                    pd = pd_from_ruler(far, near_pd_mm=near, mono_far_right_mm=mono_r, mono_far_left_mm=mono_l)
                except FittingError as exc:
                    raise FieldError(str(exc), self._pd_field_named(str(exc))) from exc
                data = measurement_from_pd(pd, **extras)
            else:
                data = MeasurementInput(**extras)
            data = replace(data, nose_crest_width_mm=crest, nose_bridge_width_mm=bridge)
        except FittingError as exc:
            self._show_error(exc)
            return
        customer_id, services = self.customer_id, self.ctx.services

        def done(_view: object) -> None:
            for edit in self._edits():
                edit.clear()
                mark_invalid(edit, False)
            self._say(self.tr("Measurement saved."))
            self.customer_changed.emit(customer_id)

        self._run(
            self.tr("Save measurement"),
            lambda: customer_api.add_measurement(services.session_factory, customer_id, data),
            done,
        )
