"""The short guided setup on first start: language, place, panels and battery, printer. Skippable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.first_run import (
    COUNTRY_CURRENCIES,
    FirstRunChoices,
    Place,
    SetupError,
    default_panel_azimuth_deg,
    default_panel_tilt_deg,
    load_places,
    place_currency,
    validate_choices,
)
from app.lab_preferences import MAX_LAB_NAME_CHARS
from app.money import CURRENCY_SYMBOLS, default_symbol
from ui.widgets.spin import number_spin

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português", "sw": "Kiswahili"}


def _spin(minimum: float, maximum: float, value: float, suffix: str, decimals: int = 0) -> QDoubleSpinBox:
    return number_spin(minimum, maximum, decimals=decimals, suffix=suffix, value=value)


class FirstRunWizard(QWizard):
    """Collects FirstRunChoices; `choices` is set when the operator finishes, None when skipped."""

    def __init__(
        self, printer_profiles: Sequence[tuple[str, str]], language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this lab"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip for now"))
        self.customButtonClicked.connect(lambda _which: self.reject())
        self.resize(720, 520)
        self.choices: FirstRunChoices | None = None
        self.places = load_places()

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.lab_name = QLineEdit()
        self.lab_name.setMaxLength(MAX_LAB_NAME_CHARS)
        self.lab_name.setPlaceholderText(self.tr("e.g. Tamale fab lab"))
        self.currency = QComboBox()
        self.currency.setObjectName("setupCurrency")
        for code in sorted({*CURRENCY_SYMBOLS, *COUNTRY_CURRENCIES.values()}):
            symbol = default_symbol(code)
            self.currency.addItem(f"{code} ({symbol})" if symbol and symbol != code else code, code)
        self.currency.setCurrentIndex(max(0, self.currency.findData("USD")))
        self.currency.setToolTip(self.tr("Costs of prints are shown in it. The town you pick next sets its "
                                         "country's currency; change it here or on the Settings screen."))
        # Once the operator picks a currency, the place no longer changes it.
        self.is_currency_chosen = False
        self.currency.activated.connect(lambda _index: setattr(self, "is_currency_chosen", True))
        self.addPage(self._page(
            self.tr("Language and lab name"),
            self.tr("Choose the language of Heliofab's screens. Other labs see the lab's name on the catalogues "
                    "it sends them."),
            [(self.tr("Language"), self.language), (self.tr("Lab name"), self.lab_name),
             (self.tr("Currency"), self.currency)],
        ))

        self.place_filter = QLineEdit()
        self.place_filter.setPlaceholderText(self.tr("Type to find a town…"))
        self.place_list = QListWidget()
        for place in self.places:
            item = QListWidgetItem(place.name)
            item.setData(Qt.ItemDataRole.UserRole, place)
            self.place_list.addItem(item)
        self.place_filter.textChanged.connect(self._filter_places)
        self.latitude = _spin(-90, 90, 0, "°", 4)
        self.longitude = _spin(-180, 180, 0, "°", 4)
        self.altitude = _spin(-400, 6000, 0, " m")
        self.timezone = QLineEdit("UTC")
        self.place_list.currentItemChanged.connect(self._place_chosen)
        place_page = self._page(
            self.tr("Where is the lab?"),
            self.tr("Pick the nearest town, or type the coordinates. The sun's path is computed from them."),
            [("", self.place_filter), ("", self.place_list), (self.tr("Latitude"), self.latitude),
             (self.tr("Longitude"), self.longitude), (self.tr("Altitude"), self.altitude),
             (self.tr("Time zone"), self.timezone)],
        )
        self.place_error = QLabel()
        self.place_error.setObjectName("setupError")
        self.place_error.setWordWrap(True)
        place_layout = place_page.layout()
        assert place_layout is not None, "every page is built with a layout"
        place_layout.addWidget(self.place_error)
        self.place_page_id = self.addPage(place_page)

        self.panels_wp = _spin(1, 100000, 200, " Wp")
        self.tilt = _spin(0, 90, 15, "°")
        self.azimuth = _spin(0, 359, 180, "°")
        self.capacity = _spin(50, 1000000, 1200, " Wh")
        self.reserve = _spin(0, 99, 40, " %")
        self.addPage(self._page(
            self.tr("Panels and battery"),
            self.tr("Add up the watts printed on each panel. Battery watt-hours are volts × amp-hours. "
                    "The reserve is never used for printing, so the lights still work at night."),
            [(self.tr("Panel power"), self.panels_wp), (self.tr("Panel tilt"), self.tilt),
             (self.tr("Panel direction (0 north, 180 south)"), self.azimuth),
             (self.tr("Battery capacity"), self.capacity), (self.tr("Battery reserve"), self.reserve)],
        ))

        self.printer = QComboBox()
        for profile_id, name in printer_profiles:
            self.printer.addItem(name, profile_id)
        self.port = QLineEdit()
        self.port.setPlaceholderText(self.tr("e.g. /dev/ttyUSB0 or COM3; leave empty to choose later"))
        self.port.setToolTip(self.tr("Printing and the queue use the printer on this port; change it on the "
                                     "Settings screen."))
        self.addPage(self._page(
            self.tr("Printer"),
            self.tr("Which printer does the lab have? Its size, temperatures and power use come from this choice."),
            [(self.tr("Printer model"), self.printer), (self.tr("USB port"), self.port)],
        ))
        self.error_label = QLabel()
        self.error_label.setObjectName("setupError")
        self.error_label.setWordWrap(True)
        layout = self.page(self.pageIds()[-1]).layout()
        assert layout is not None, "every page is built with a layout"
        layout.addWidget(self.error_label)

    def _page(self, title: str, explanation: str, rows: list[tuple[str, QWidget]]) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        for label, widget in rows:
            if label:
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        layout.addLayout(form)
        return page

    def _filter_places(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.place_list.count()):
            item = self.place_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
        visible = [self.place_list.item(row) for row in range(self.place_list.count())
                   if not self.place_list.item(row).isHidden()]
        # One town left is the one the operator means: choosing it spares a click they may not know to make.
        if needle and len(visible) == 1:
            self.place_list.setCurrentItem(visible[0])

    def _place_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        place: Place = item.data(Qt.ItemDataRole.UserRole)
        self.latitude.setValue(place.latitude)
        self.longitude.setValue(place.longitude)
        self.altitude.setValue(place.altitude_m)
        self.timezone.setText(place.timezone)
        self.tilt.setValue(default_panel_tilt_deg(place.latitude))
        self.azimuth.setValue(default_panel_azimuth_deg(place.latitude))
        currency = place_currency(place.name)
        if currency is not None and not self.is_currency_chosen:
            self.currency.setCurrentIndex(max(0, self.currency.findData(currency)))

    def _is_place_given(self) -> bool:
        """0° / 0° is the spin boxes' start, in the sea: the sun's path would be wrong for any lab."""
        is_unset = self.latitude.value() == 0 and self.longitude.value() == 0
        self.place_error.setText(self.tr(
            "Pick the nearest town in the list, or type the lab's latitude and longitude: 0° / 0° is in the sea."
        ) if is_unset else "")
        return not is_unset

    def current_choices(self) -> FirstRunChoices:
        current = self.place_list.currentItem()
        name = current.text() if current is not None else self.tr("Custom location")
        return validate_choices(FirstRunChoices(
            language=str(self.language.currentData()),
            place=Place(name, self.latitude.value(), self.longitude.value(), self.altitude.value(),
                        self.timezone.text().strip()),
            panels_wp=self.panels_wp.value(),
            panel_tilt_deg=self.tilt.value(),
            panel_azimuth_deg=self.azimuth.value(),
            battery_capacity_wh=self.capacity.value(),
            battery_reserve_pct=self.reserve.value(),
            printer_profile_id=str(self.printer.currentData() or ""),
            printer_port=self.port.text().strip(),
            lab_name=self.lab_name.text().strip(),
            currency=str(self.currency.currentData() or ""),
        ))

    def validateCurrentPage(self) -> bool:
        if self.currentId() == self.place_page_id:
            return self._is_place_given()
        if self.currentId() != self.pageIds()[-1]:
            return True
        try:
            self.choices = self.current_choices()
        except SetupError as exc:
            self.error_label.setText(str(exc))
            return False
        return True
