"""First-run setup: the few facts Heliofab needs about a lab, all skippable and changeable later."""

from __future__ import annotations

import dataclasses
import json
import re
import zoneinfo
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from app.help import SUPPORTED_LANGUAGES
from app.lab_preferences import MAX_LAB_NAME_CHARS
from app.lab_printers import LabPrinterError, check_port_name
from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.printer_profiles import ProfileStore
    from app.settings import SettingsStore


class SetupError(ValueError):
    """A first-run answer that can't be used; the message says what to change."""


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float
    altitude_m: float
    timezone: str


@dataclass(frozen=True)
class FirstRunChoices:
    language: str
    place: Place
    panels_wp: float
    panel_tilt_deg: float
    panel_azimuth_deg: float
    battery_capacity_wh: float
    battery_reserve_pct: float
    printer_profile_id: str
    printer_port: str = ""
    lab_name: str = ""  # "" keeps the name already set
    currency: str = ""  # ISO 4217; "" keeps the currency already set


# The currency of each country the first-run places are in: a Niamey lab prices its filament in CFA francs,
# not in the settings' USD default. Other countries: the operator picks it, or sets it in Settings.
COUNTRY_CURRENCIES: dict[str, str] = {
    "Afghanistan": "AFN", "Australia": "AUD", "Bangladesh": "BDT", "Bolivia": "BOB", "Brazil": "BRL",
    "Burkina Faso": "XOF", "Cambodia": "KHR", "Colombia": "COP", "DR Congo": "CDF", "Egypt": "EGP",
    "Ethiopia": "ETB", "Fiji": "FJD", "France": "EUR", "Ghana": "GHS", "Guatemala": "GTQ", "Haiti": "HTG",
    "India": "INR", "Indonesia": "IDR", "Kenya": "KES", "Laos": "LAK", "Madagascar": "MGA", "Malawi": "MWK",
    "Mali": "XOF", "Mexico": "MXN", "Mongolia": "MNT", "Morocco": "MAD", "Mozambique": "MZN", "Myanmar": "MMK",
    "Namibia": "NAD", "Nepal": "NPR", "Niger": "XOF", "Nigeria": "NGN", "Norway": "NOK",
    "Papua New Guinea": "PGK", "Peru": "PEN", "Philippines": "PHP", "Senegal": "XOF", "Spain": "EUR",
    "Tanzania": "TZS", "Uganda": "UGX", "Benin": "XOF", "Togo": "XOF", "Côte d'Ivoire": "XOF",
    "Guinea-Bissau": "XOF", "Cameroon": "XAF", "Chad": "XAF", "Rwanda": "RWF", "South Africa": "ZAR",
}


def place_currency(place_name: str) -> str | None:
    """The currency of the country a place's name ends with ("Niamey, Niger" → XOF), None when unknown."""
    return COUNTRY_CURRENCIES.get(place_name.rsplit(",", 1)[-1].strip())


def load_places() -> list[Place]:
    raw = json.loads((resources.files("assets") / "places.json").read_text(encoding="utf-8"))
    return [Place(**entry) for entry in raw["places"]]


def default_panel_azimuth_deg(latitude: float) -> float:
    """Panels face the equator: south (180°) in the northern hemisphere, north (0°) in the southern."""
    return 180.0 if latitude >= 0 else 0.0


def default_panel_tilt_deg(latitude: float) -> float:
    # Tilt near the latitude, but at least 10° so rain washes the dust off.
    return round(max(10.0, min(60.0, abs(latitude))), 0)


def validate_choices(choices: FirstRunChoices) -> FirstRunChoices:
    place = choices.place
    if not -90.0 <= place.latitude <= 90.0:
        raise SetupError(_("Latitude {latitude} is outside −90…90°: check the sign and the digits.").format(
                latitude=place.latitude))
    if not -180.0 <= place.longitude <= 180.0:
        raise SetupError(_("Longitude {longitude} is outside −180…180°: check the sign and the digits.").format(
                longitude=place.longitude))
    try:
        zoneinfo.ZoneInfo(place.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise SetupError(_("'{timezone}' is not a time zone: pick one like Africa/Accra from the list.").format(
                timezone=place.timezone)) from exc
    if not 0 < choices.panels_wp <= 100_000:
        raise SetupError(_("Panel power must be between 1 and 100,000 W: add up the Wp printed on each panel."))
    if not 0 <= choices.panel_tilt_deg <= 90:
        raise SetupError(_("Panel tilt must be between 0° (flat) and 90° (upright)."))
    if not 0 <= choices.panel_azimuth_deg < 360:
        raise SetupError(_("Panel direction must be between 0° and 359° (0 north, 90 east, 180 south)."))
    if not 50 <= choices.battery_capacity_wh <= 1_000_000:
        raise SetupError(_("Battery capacity must be between 50 Wh and 1,000 kWh: volts × amp-hours gives "
                           "watt-hours."))
    if not 0 <= choices.battery_reserve_pct < 100:
        raise SetupError(_("Battery reserve must be between 0 % and 99 %: 30–50 % keeps lead-acid batteries"
                           " healthy."))
    if choices.language not in SUPPORTED_LANGUAGES:
        raise SetupError(_("Language must be one of {value}.").format(value=', '.join(SUPPORTED_LANGUAGES)))
    if len(" ".join(choices.lab_name.split())) > MAX_LAB_NAME_CHARS:
        raise SetupError(_("A lab name is at most {MAX_LAB_NAME_CHARS} characters: choose a shorter one.").format(
                MAX_LAB_NAME_CHARS=MAX_LAB_NAME_CHARS))
    currency = choices.currency.strip().upper()
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        raise SetupError(_("'{value}' is not a currency code: use the three letters of ISO 4217, such "
                           "as GHS, XOF or EUR.").format(
                value=choices.currency.strip()))
    if choices.printer_port.strip():
        try:
            check_port_name(choices.printer_port.strip())
        except LabPrinterError as exc:
            raise SetupError(str(exc)) from exc
    return choices


def apply_first_run(
    session_factory: sessionmaker[Session], settings: SettingsStore, profiles: ProfileStore, choices: FirstRunChoices
) -> None:
    """Store the answers: language, lab name, the site (place, panels, battery) and the lab's printer
    on its port, as `heliofab printers add` sets it up, so printing and the queue use that port."""
    from app.energy.site import SiteSettings, validate_site
    from app.settings import LabSettings, UiSettings

    validate_choices(choices)
    place = choices.place
    site = dataclasses.replace(
        settings.load(SiteSettings),
        latitude_deg=place.latitude, longitude_deg=place.longitude, altitude_m=place.altitude_m,
        timezone=place.timezone, panels_wp=choices.panels_wp, tilt_deg=choices.panel_tilt_deg,
        panel_azimuth_deg=choices.panel_azimuth_deg, battery_capacity_wh=choices.battery_capacity_wh,
        battery_reserve_pct=choices.battery_reserve_pct,
    )
    validate_site(site)
    lab = settings.load(LabSettings)
    lab_name = " ".join(choices.lab_name.split())
    if lab_name:
        lab = dataclasses.replace(lab, lab_name=lab_name)
    currency = choices.currency.strip().upper()
    if currency and currency != lab.currency:
        lab = dataclasses.replace(lab, currency=currency, currency_symbol="")  # the new currency's usual symbol
    settings.save(lab)
    settings.save(site)
    settings.save(dataclasses.replace(
        settings.load(UiSettings), language=choices.language, has_completed_first_run=True,
    ))
    # Last: a port another printer already holds is refused with a SetupError, and the answers
    # above are kept all the same.
    if choices.printer_profile_id:
        set_up_printer(session_factory, profiles, choices.printer_profile_id, choices.printer_port)


def set_up_printer(
    session_factory: sessionmaker[Session], profiles: ProfileStore, profile_id: str, port: str
) -> None:
    """The wizard's printer, named after its model. Answered again, the new port replaces the old one;
    with no port, the model alone is kept so the planner knows the bed and the power."""
    from sqlalchemy import select

    from app.lab_printers import add_lab_printer, list_lab_printers, remove_lab_printer
    from db.engine import unit_of_work
    from db.models import Printer
    from printers.ports import is_same_port

    profile = profiles.printer(profile_id)
    port = port.strip()
    same_name = next((p for p in list_lab_printers(session_factory) if p.name == profile.name), None)
    if not port:
        if same_name is None:
            with unit_of_work(session_factory) as session:
                if session.scalar(select(Printer).where(Printer.name == profile.name)) is None:
                    session.add(Printer(name=profile.name, profile_id=profile.id, port=""))
        return
    if same_name is not None and same_name.port == port and same_name.profile_id == profile.id:
        return
    taken = next((p for p in list_lab_printers(session_factory)
                  if p.name != profile.name and p.port and is_same_port(p.port, port)), None)
    if taken is not None:
        raise SetupError(_("'{name}' is already on {port}: choose another port, or change the printers on "
                           "the Settings screen.").format(
                name=taken.name, port=taken.port))
    if same_name is not None:
        remove_lab_printer(session_factory, same_name.name)
    try:
        add_lab_printer(session_factory, profiles, name=profile.name, port=port, profile_id=profile.id)
    except LabPrinterError as exc:
        raise SetupError(str(exc)) from exc
