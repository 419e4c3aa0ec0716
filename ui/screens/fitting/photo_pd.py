"""The PD from a photo with a bank card: up to three photos, each clicked and averaged.

In the photo, click the card corners clockwise from the top-left, then the image-left and
image-right pupils, then (optionally) the nose bridge; drag to adjust, right-click to remove,
+/−/0 to zoom.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.fitting.errors import FittingError
from app.fitting.image_header import read_image_info
from app.fitting.measure import save_photo_pd
from app.fitting.pd import PdResult, combine_readings
from app.fitting.pd_photo import PhotoClicks, PhotoSetup, PixelPoint
from ui.context import ScreenContext
from ui.screens.fitting.common import FittingTab, decode_image
from ui.widgets.photo_clicks import CARD_KEYS, PhotoClickView
from ui.widgets.stable_label import StableHeightLabel

MAX_PHOTOS = 3


class PhotoPdPanel(FittingTab):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.customer_id: int | None = None
        self.photo_path: Path | None = None
        self.photo_readings: list[tuple[Path | None, PhotoClicks]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        photo_box = QGroupBox(self.tr("PD from a photo with a bank card"))
        # A long translated title must not widen the tab past a 1366-pixel screen: the photo takes the room left.
        photo_box.setMinimumWidth(360)
        outer.addWidget(photo_box)
        photo = QVBoxLayout(photo_box)
        photo.setSpacing(4)
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
        # Opening and zooming on the first row, how the photo was taken on the second; the actions on
        # readings sit beside their summary. Short rows: the panel fits 1366 pixels in every language.
        # Zoom by buttons as well as the wheel and + − 0 keys: a touchpad has no wheel to find.
        points_bar = QHBoxLayout()
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (− key or mouse wheel)"))
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+ key or mouse wheel)"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Show the whole photo (0 key)"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(36)
        for button in (self.open_photo_button, self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        bar.addStretch(1)
        photo.addLayout(bar)
        points_bar.addWidget(self.distance_spin)
        points_bar.addWidget(self.mirrored_check)
        points_bar.addStretch(1)
        photo.addLayout(points_bar)
        # As tall as the longest hint in this language, so the photo never shifts between two clicks.
        self.photo_hint = StableHeightLabel()
        self.photo_hint.setObjectName("photoHint")
        self.photo_hint.set_candidates((*self._point_hints().values(), self._all_placed_hint(),
                                        self._open_photo_hint()))
        photo.addWidget(self.photo_hint)
        self.photo_view = PhotoClickView()
        self.photo_view.setMinimumSize(340, 200)
        self.photo_view.setToolTip(self.tr(
            "Mouse wheel or + −: zoom where the cursor is. Middle button or Shift+drag: move the photo. "
            "Drag a point to adjust it, right-click it to remove it."))
        self.photo_view.points_changed.connect(self._update_photo_hint)
        self.clear_points_button.clicked.connect(self.photo_view.clear_points)
        self.zoom_out_button.clicked.connect(self.photo_view.zoom_out)
        self.zoom_in_button.clicked.connect(self.photo_view.zoom_in)
        self.fit_button.clicked.connect(self.photo_view.fit_photo)
        photo.addWidget(self.photo_view, 1)
        # The summary beside its buttons, both of fixed height: in view at 1366×768 and never reflowing.
        summary_row = QHBoxLayout()
        self.photo_result = QLabel(self.tr("No readings yet: up to three photos are averaged."))
        self.photo_result.setObjectName("photoResult")
        self.photo_result.setWordWrap(True)
        self.photo_result.setFixedHeight(4 * self.photo_result.fontMetrics().lineSpacing() + 4)
        self.photo_result.setAlignment(Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.photo_result, 1)
        save_column = QVBoxLayout()
        self.save_photo_button = QPushButton(self.tr("Save photo PD"))
        self.save_photo_button.clicked.connect(self.save_photo_measurement)
        self.reset_readings_button = QPushButton(self.tr("Start again"))
        self.reset_readings_button.clicked.connect(self._reset_readings)
        save_column.setSpacing(2)
        save_column.addWidget(self.add_reading_button)
        save_column.addWidget(self.save_photo_button)
        save_column.addWidget(self.clear_points_button)
        save_column.addWidget(self.reset_readings_button)
        save_column.addStretch(1)
        summary_row.addLayout(save_column)
        photo.addLayout(summary_row)
        self._update_photo_hint()

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

    def _open_photo_hint(self) -> str:
        return self.tr("Open a photo taken from about 1 m, card flat on the brow, long edge level.")

    def _update_photo_hint(self) -> None:
        if not self.photo_view.has_image():
            self.photo_hint.setText(self._open_photo_hint())
            return
        hints = self._point_hints()
        done = self._all_placed_hint()
        key = self.photo_view.next_key()
        self.photo_hint.setText(hints[key] if key else done)

    def _all_placed_hint(self) -> str:
        return self.tr("All points placed: drag to adjust, then Add reading.")

    def _point_hints(self) -> dict[str, str]:
        return {
            "card_tl": self.tr("Click the card's top-left corner."),
            "card_tr": self.tr("Click the card's top-right corner."),
            "card_br": self.tr("Click the card's bottom-right corner."),
            "card_bl": self.tr("Click the card's bottom-left corner."),
            "pupil_left": self.tr("Click the pupil on the image's left (the customer's right eye)."),
            "pupil_right": self.tr("Click the pupil on the image's right (the customer's left eye)."),
            "nose": self.tr("Optional: click the bridge of the nose for true monocular PDs, or Add reading."),
        }

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
        setup = PhotoSetup(
            camera_distance_mm=self.distance_spin.value() * 10.0, is_mirrored=self.mirrored_check.isChecked()
        )
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
            self._show_error(exc)
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
        notes = list(pd.warnings)
        if not pd.is_mono_measured:
            notes.insert(0, self.tr("Monocular PDs are halves: click the nose bridge to measure them."))
        # The summary keeps four lines (its place is fixed); the notes run on one, all of them in the tooltip.
        if notes:
            lines.append(" ".join(notes))
        self.photo_result.setText("\n".join(lines))
        self.photo_result.setToolTip("\n".join([*lines[:3], *notes]))

    def _reset_readings(self) -> None:
        self.photo_readings.clear()
        self.photo_view.clear_points()
        self.photo_result.setText(self.tr("No readings yet: up to three photos are averaged."))

    def save_photo_measurement(self) -> None:
        if self.customer_id is None:
            self._say(self.tr("Save the customer first (Ctrl+S)."), is_error=True)
            return
        if not self.photo_readings:
            self.add_photo_reading()
            if not self.photo_readings:
                return
        readings, customer_id, services = list(self.photo_readings), self.customer_id, self.ctx.services

        def done(_view: object) -> None:
            self._reset_readings()
            self._say(self.tr("Photo PD saved."))
            self.customer_changed.emit(customer_id)

        self._run(
            self.tr("Save photo PD"),
            lambda: save_photo_pd(services.session_factory, services.blobs, customer_id, readings),
            done,
        )
