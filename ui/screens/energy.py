"""The Energy area: live controller readings, the site's forecast, the site and battery settings."""

from __future__ import annotations

import dataclasses
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.energy.monitor import MonitorCallbacks
from app.energy.overview import (
    EnergyOverview,
    add_manual_reading,
    energy_overview,
    load_site,
    save_site,
    start_controller,
    start_demo_charger,
)
from app.energy.readings import Reading
from app.energy.site import BatteryChemistry, ControllerKind, SiteSettings
from app.energy.state import shown_soc_note
from ui.context import ScreenContext
from ui.screens.base import Screen
from ui.widgets.lazy_plot import LazyPlot
from ui.widgets.spin import NumberField, add_number_rows

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget

# (field, label, minimum, maximum, decimals, suffix); QT_TRANSLATE_NOOP marks the labels for lupdate,
# which cannot see the self.tr(label) that add_number_rows makes of them.
_NUMBER_FIELDS: list[NumberField] = [
    ("latitude_deg", QT_TRANSLATE_NOOP("EnergyScreen", "Latitude"), -90, 90, 4, " °"),
    ("longitude_deg", QT_TRANSLATE_NOOP("EnergyScreen", "Longitude"), -180, 180, 4, " °"),
    ("altitude_m", QT_TRANSLATE_NOOP("EnergyScreen", "Altitude"), -500, 9000, 0, " m"),
    ("panels_wp", QT_TRANSLATE_NOOP("EnergyScreen", "Panels"), 1, 100000, 0, " Wp"),
    ("tilt_deg", QT_TRANSLATE_NOOP("EnergyScreen", "Panel tilt"), 0, 90, 0, " °"),
    ("panel_azimuth_deg", QT_TRANSLATE_NOOP("EnergyScreen", "Panel azimuth (180 = south)"), 0, 360, 0, " °"),
    ("losses_pct", QT_TRANSLATE_NOOP("EnergyScreen", "System losses"), 0, 60, 0, " %"),
    ("battery_capacity_wh", QT_TRANSLATE_NOOP("EnergyScreen", "Battery capacity"), 10, 1000000, 0, " Wh"),
    ("battery_reserve_pct", QT_TRANSLATE_NOOP("EnergyScreen", "Battery reserve"), 0, 99, 0, " %"),
    ("system_voltage_v", QT_TRANSLATE_NOOP("EnergyScreen", "Battery voltage"), 6, 60, 1, " V"),
    ("charge_efficiency", QT_TRANSLATE_NOOP("EnergyScreen", "Charge efficiency"), 0.5, 1, 2, ""),
    ("discharge_efficiency", QT_TRANSLATE_NOOP("EnergyScreen", "Discharge efficiency"), 0.5, 1, 2, ""),
    ("base_load_w", QT_TRANSLATE_NOOP("EnergyScreen", "Always-on load"), 0, 5000, 0, " W"),
    ("evening_load_w", QT_TRANSLATE_NOOP("EnergyScreen", "Evening lights"), 0, 5000, 0, " W"),
    ("evening_from_hour", QT_TRANSLATE_NOOP("EnergyScreen", "Lights from"), 0, 24, 1, " h"),
    ("evening_to_hour", QT_TRANSLATE_NOOP("EnergyScreen", "Lights until"), 0, 24, 1, " h"),
    ("staffed_from_hour", QT_TRANSLATE_NOOP("EnergyScreen", "Staffed from"), 0, 24, 1, " h"),
    ("staffed_to_hour", QT_TRANSLATE_NOOP("EnergyScreen", "Staffed until"), 0, 24, 1, " h"),
]


class _Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("energyCard")
        self.setStyleSheet("QFrame#energyCard { border: 1px solid #cfd8dc; border-radius: 6px; background: #fafafa; }")
        layout = QVBoxLayout(self)
        caption = QLabel(title)
        caption.setStyleSheet("color: #546e7a;")
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #546e7a;")
        for widget in (caption, self.value, self.detail):
            layout.addWidget(widget)


class EnergyScreen(Screen):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Energy"), parent)
        self._demo: Any = None
        self._overview: EnergyOverview | None = None
        # Two pages: on a 1366×768 laptop the readings, the chart and the controls fit one view, and the
        # site's twenty settings another, each with its save button and message in sight.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("energyTabs")
        self.layout_.addWidget(self.tabs, 1)
        body = QWidget()
        main = QVBoxLayout(body)
        main.setContentsMargins(6, 6, 6, 6)
        self.tabs.addTab(_scrolling(body), self.tr("Now and forecast"))
        self.tabs.addTab(_scrolling(self._site_box()), self.tr("Site, panels and battery"))

        cards = QHBoxLayout()
        self.pv_card = _Card(self.tr("Sun now"))
        self.battery_card = _Card(self.tr("Battery"))
        self.usable_card = _Card(self.tr("Usable above reserve"))
        self.forecast_card = _Card(self.tr("Expected next 24 h"))
        for card in (self.pv_card, self.battery_card, self.usable_card, self.forecast_card):
            cards.addWidget(card)
        main.addLayout(cards)
        self.status = QLabel(self.tr("No readings yet: connect the charge controller or enter a reading by hand."))
        self.status.setWordWrap(True)
        main.addWidget(self.status)

        self.plot = LazyPlot(self._setup_plot)
        # Tall enough to read the day's curve; taller pushes the controls below a 768-pixel screen.
        self.plot.setMinimumHeight(180)
        self.plot.setMaximumHeight(240)
        main.addWidget(self.plot, 1)

        lower = QHBoxLayout()
        main.addLayout(lower)
        lower.addWidget(self._controller_box(), 1)
        lower.addWidget(self._manual_box(), 1)
        self._load_form(load_site(ctx.services.settings))

    # ---- building ---------------------------------------------------------------------------

    def _setup_plot(self, plot: PlotWidget) -> None:
        import pyqtgraph as pg  # already loaded by LazyPlot, which builds the chart on first show

        plot.setLabel("left", self.tr("PV power"), units="W")
        plot.setLabel("bottom", self.tr("hours from now"))
        plot.addLegend(offset=(10, 10))
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.plot([], [], pen=pg.mkPen("#b0bec5", width=2), name=self.tr("clear sky"))
        plot.plot([], [], pen=pg.mkPen("#f9a825", width=3), name=self.tr("expected"))
        plot.plot([], [], pen=pg.mkPen("#ef6c00", width=2, style=Qt.PenStyle.DashLine), name=self.tr("cautious"))

    def _site_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        columns = QHBoxLayout()
        layout.addLayout(columns)
        site_form, battery_form = QFormLayout(), QFormLayout()
        columns.addLayout(site_form, 1)
        columns.addSpacing(24)
        columns.addLayout(battery_form, 1)
        self.timezone_edit = QLineEdit()
        self.timezone_edit.setPlaceholderText("Africa/Nairobi")
        site_form.addRow(self.tr("Time zone"), self.timezone_edit)
        self.spins: dict[str, QDoubleSpinBox] = {}
        split = next(i for i, field in enumerate(_NUMBER_FIELDS) if field[0] == "battery_capacity_wh")
        add_number_rows(site_form, _NUMBER_FIELDS[:split], self.spins, self.tr)
        self.chemistry_combo = QComboBox()
        for chem in BatteryChemistry:
            self.chemistry_combo.addItem(chem.value, chem.value)
        battery_form.addRow(self.tr("Battery type"), self.chemistry_combo)
        add_number_rows(battery_form, _NUMBER_FIELDS[split:], self.spins, self.tr)
        self.save_button = QPushButton(self.tr("Save site"))
        self.save_button.clicked.connect(self._save_site)
        self.site_message = QLabel("")
        self.site_message.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.site_message, 1)
        layout.addLayout(save_row)
        layout.addStretch(1)
        return box

    def _controller_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Charge controller"))
        form = QFormLayout(box)
        self.kind_combo = QComboBox()
        for kind, text in (
            (ControllerKind.VEDIRECT, self.tr("Victron VE.Direct")),
            (ControllerKind.MODBUS_RENOGY, self.tr("Renogy / SRNE (Modbus)")),
            (ControllerKind.MODBUS_EPEVER, self.tr("EPEver Tracer (Modbus)")),
        ):
            self.kind_combo.addItem(text, kind.value)
        form.addRow(self.tr("Type"), self.kind_combo)
        self.port_edit = QLineEdit()
        # Windows names its serial ports COM3, COM12…; Linux and macOS give device paths.
        self.port_edit.setPlaceholderText("COM4 · /dev/ttyUSB0" if sys.platform == "win32" else "/dev/ttyUSB0")
        form.addRow(self.tr("Port"), self.port_edit)
        buttons = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.clicked.connect(self._connect)
        self.disconnect_button = QPushButton(self.tr("Disconnect"))
        self.disconnect_button.clicked.connect(self._disconnect)
        self.demo_button = QPushButton(self.tr("Demo: simulated controller"))
        self.demo_button.clicked.connect(self._start_demo)
        for button in (self.connect_button, self.disconnect_button, self.demo_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        self.link_label = QLabel(self.tr("Not connected."))
        self.link_label.setWordWrap(True)
        form.addRow(self.link_label)
        return box

    def _manual_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Enter a reading by hand"))
        form = QFormLayout(box)
        self.manual_soc = QDoubleSpinBox()
        self.manual_soc.setRange(0, 100)
        self.manual_soc.setSuffix(" %")
        self.manual_soc.setValue(70)
        self.manual_v = QDoubleSpinBox()
        self.manual_v.setRange(0, 70)
        self.manual_v.setDecimals(2)
        self.manual_v.setSuffix(" V")
        self.manual_pv = QDoubleSpinBox()
        self.manual_pv.setRange(0, 20000)
        self.manual_pv.setSuffix(" W")
        form.addRow(self.tr("State of charge"), self.manual_soc)
        form.addRow(self.tr("Battery voltage (0: not measured)"), self.manual_v)
        form.addRow(self.tr("PV power"), self.manual_pv)
        store = QPushButton(self.tr("Store reading"))
        store.clicked.connect(self._store_manual)
        self.manual_message = QLabel("")
        self.manual_message.setWordWrap(True)
        form.addRow(store, self.manual_message)
        return box

    # ---- data -------------------------------------------------------------------------------

    def _load_form(self, site: SiteSettings) -> None:
        self.timezone_edit.setText(site.timezone)
        self.chemistry_combo.setCurrentIndex(max(0, self.chemistry_combo.findData(site.battery_chemistry)))
        for name, spin in self.spins.items():
            spin.setValue(float(getattr(site, name)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(site.controller)))
        self.port_edit.setText(site.controller_port)

    def _form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        values["timezone"] = self.timezone_edit.text().strip() or "UTC"
        values["battery_chemistry"] = self.chemistry_combo.currentData()
        values["controller"] = self.kind_combo.currentData()
        values["controller_port"] = self.port_edit.text().strip()
        return values

    def _form_site(self) -> SiteSettings:
        return dataclasses.replace(load_site(self.ctx.services.settings), **self._form_values())

    def _save_site(self) -> None:
        # In the background: saving reads the stored site and writes it, and the write may wait on
        # SQLite's lock while the dispatcher or a print session commits.
        settings, values = self.ctx.services.settings, self._form_values()
        self.ctx.tasks.run(
            self.tr("Saving the place"),
            lambda _task: save_site(settings, dataclasses.replace(load_site(settings), **values)),
            on_result=self._site_saved,
            on_error=self._site_refused,
            show_progress=False,
        )

    def _site_refused(self, exc: BaseException) -> None:
        self.site_message.setStyleSheet("color: #b71c1c;")
        self.site_message.setText(str(exc) if isinstance(exc, ValueError) else
                                  self.tr("The place could not be saved: {0}").format(exc))

    def _site_saved(self, _saved: object) -> None:
        self.site_message.setStyleSheet("color: #1b5e20;")
        self.site_message.setText(self.tr("Saved. The queue is planned with these values from now on."))
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        self.ctx.tasks.run(
            self.tr("Updating the energy forecast"),
            lambda task: energy_overview(services.session_factory, services.settings),
            on_result=self._show_overview,
            on_error=lambda exc: self.status.setText(str(exc)),
            show_progress=False,
        )

    def _show_overview(self, overview: EnergyOverview) -> None:
        self._overview = overview
        hours = [i * overview.slot_min / 60.0 for i in range(len(overview.clear_w))]
        self.plot.draw(lambda plot: _draw_forecast(plot, hours, overview))
        self.battery_card.value.setText(f"{overview.soc_pct:.0f} %")
        self.battery_card.detail.setText(
            self.tr("reserve {0:.0f} %; {1}").format(overview.site.battery_reserve_pct,
                                                     shown_soc_note(overview.soc_note))
        )
        self.usable_card.value.setText(f"{overview.usable_wh:.0f} Wh")
        self.forecast_card.value.setText(f"{overview.today_kwh_expected:.2f} kWh")
        self.forecast_card.detail.setText(self.tr("median of this site's own weather"))
        if overview.latest is not None:
            self._show_reading(overview.latest)
        monitor = self.ctx.services.energy
        if monitor.is_running and self.link_label.text() == self.tr("Not connected."):
            # Started outside this screen (demo mode): say so instead of "not connected".
            self.link_label.setText(self.tr("Listening to the {0} controller.").format(
                monitor.controller or self.tr("charge")))
        if overview.is_silent:
            self.status.setText(
                self.tr("No fresh reading: the planner assumes the battery is draining and plans cautiously.")
            )

    def _show_reading(self, reading: Reading) -> None:
        self.pv_card.value.setText("—" if reading.pv_w is None else f"{reading.pv_w:.0f} W")
        stage = reading.charge_state.label or self.tr("unknown")
        self.pv_card.detail.setText(self.tr("stage: {0}").format(stage))
        if reading.soc_pct is not None:
            self.battery_card.value.setText(f"{reading.soc_pct:.0f} %")
        if reading.battery_v is not None:
            self.battery_card.detail.setText(f"{reading.battery_v:.2f} V")
        self.status.setText(self.tr("Last reading {0:%H:%M:%S} UTC from {1}.").format(reading.at_utc, reading.source))

    # ---- controller -------------------------------------------------------------------------

    def _callbacks(self) -> MonitorCallbacks:
        bridge = self.ctx.bridge
        return MonitorCallbacks(
            on_reading=bridge.wrap(self._show_reading),
            on_problem=bridge.wrap(self.link_label.setText),
            on_silent=bridge.wrap(self.link_label.setText),
        )

    def _connect(self) -> None:
        port = self.port_edit.text().strip()
        if not port:
            self.link_label.setText(self.tr("Enter the port first (see `heliofab doctor` for the list)."))
            return
        self._start_controller(port, self.kind_combo.currentData())
        self.link_label.setText(self.tr("Listening on {0}…").format(port))

    def _start_controller(self, port: str, kind: str) -> None:
        # In the background: starting reads the site and the last state of charge from the database.
        services, callbacks = self.ctx.services, self._callbacks()
        self.ctx.tasks.run(
            self.tr("Connecting the charge controller"),
            lambda _task: start_controller(
                services.energy, services.session_factory, services.settings, port, kind, callbacks
            ),
            on_error=lambda exc: self.link_label.setText(str(exc)),
            show_progress=False,
        )

    def _disconnect(self) -> None:
        self.ctx.services.energy.stop()
        if self._demo is not None:
            self._demo.stop()
            self._demo = None
        self.link_label.setText(self.tr("Not connected."))

    def _start_demo(self) -> None:
        self._disconnect()
        self._demo = start_demo_charger(self._form_site())
        self._start_controller(self._demo.port_path, ControllerKind.VEDIRECT.value)
        self.link_label.setText(self.tr("Demo: a simulated VE.Direct controller on {0}.").format(self._demo.port_path))

    def _store_manual(self) -> None:
        # In the background: the write may wait on SQLite's lock while the dispatcher or a print
        # session commits, and the window must not freeze meanwhile.
        factory, volts = self.ctx.services.session_factory, self.manual_v.value() or None
        soc_pct, pv_w = self.manual_soc.value(), self.manual_pv.value()
        self.ctx.tasks.run(
            self.tr("Storing the reading"),
            lambda _task: add_manual_reading(factory, soc_pct=soc_pct, pv_w=pv_w, battery_v=volts),
            on_result=self._manual_stored,
            on_error=self._manual_refused,
            show_progress=False,
        )

    def _manual_stored(self, _reading: object) -> None:
        self.manual_message.setStyleSheet("color: #1b5e20;")
        self.manual_message.setText(self.tr("Stored."))
        self.refresh()

    def _manual_refused(self, exc: BaseException) -> None:
        self.manual_message.setStyleSheet("color: #b71c1c;")
        self.manual_message.setText(str(exc))

    def closeEvent(self, event: Any) -> None:
        self._disconnect()
        super().closeEvent(event)


def _scrolling(page: QWidget) -> QScrollArea:
    # Below 1366×768 a page scrolls rather than squeezing its fields.
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    return scroll


def _draw_forecast(plot: PlotWidget, hours: list[float], overview: EnergyOverview) -> None:
    clear, expected, cautious = plot.listDataItems()  # in the order _setup_plot added them
    clear.setData(hours, list(overview.clear_w))
    expected.setData(hours, list(overview.expected_w))
    cautious.setData(hours, list(overview.cautious_w))
