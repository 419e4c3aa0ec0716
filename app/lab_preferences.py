"""The lab's preferences shown on the Settings screen and by `heliofab settings`: language, lab name,
currency and default material. Each is checked before anything is saved; errors are one sentence."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from app.money import default_symbol
from i18n import SOURCE_LANGUAGE, _

if TYPE_CHECKING:
    from app.printer_profiles import ProfileStore
    from app.settings import SettingsStore

TRANSLATIONS_PACKAGE = "assets.translations"
# Names in their own language, as an operator looks for them; a new catalogue without an entry here
# is shown by its code in the CLI (the window asks Qt for the name).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português", "sw": "Kiswahili"}
MAX_LAB_NAME_CHARS = 80
MAX_SYMBOL_CHARS = 5
_CATALOGUE = re.compile(r"^heliofab_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$")
_ISO_CODE = re.compile(r"^[A-Z]{3}$")

# `heliofab settings set KEY VALUE` keys, in the order `settings show` lists them.
KEYS = ("language", "lab-name", "currency", "currency-symbol", "default-material")


class PreferenceError(ValueError):
    """A preference that can't be saved; the message says what to enter instead."""


@dataclass(frozen=True)
class LabPreferences:
    language: str  # "" follows the computer's language
    lab_name: str
    currency: str
    currency_symbol: str  # "" for the currency's usual symbol
    default_material_id: str

    def to_json(self) -> dict[str, str]:
        return {"language": self.language, "lab-name": self.lab_name, "currency": self.currency,
                "currency-symbol": self.currency_symbol or default_symbol(self.currency),
                "default-material": self.default_material_id}


def available_languages() -> list[str]:
    """English, then every language a compiled catalogue ships for: a new catalogue appears by itself."""
    found = {SOURCE_LANGUAGE}
    for entry in resources.files(TRANSLATIONS_PACKAGE).iterdir():
        match = _CATALOGUE.match(entry.name)
        if match:
            found.add(match.group(1))
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def with_lab_material(values: Mapping[str, object], default_material_id: str | None) -> dict[str, object]:
    """A frame's values with the lab's default material when they name none and frames can be made of
    it (a saved fit or a parameter file keeps its own)."""
    from catalog.frames.declarations import MATERIALS

    chosen = dict(values)
    by_lower = {name.lower(): name for name in MATERIALS}
    if "material" not in chosen and default_material_id and default_material_id.lower() in by_lower:
        chosen["material"] = by_lower[default_material_id.lower()]
    return chosen


def load_preferences(settings: SettingsStore) -> LabPreferences:
    # Imported here: app.settings brings SQLAlchemy, and every command line start reads KEYS from this module.
    from app.settings import LabSettings, UiSettings

    ui, lab = settings.load(UiSettings), settings.load(LabSettings)
    return LabPreferences(ui.language, lab.lab_name, lab.currency, lab.currency_symbol, lab.default_material_id)


def check_preferences(prefs: LabPreferences, profiles: ProfileStore) -> LabPreferences:
    """The same preferences, tidied (spaces trimmed, codes in their usual case), or PreferenceError."""
    from printers.profiles import UnknownProfileError

    by_lower = {code.lower(): code for code in available_languages()}
    language = by_lower.get(prefs.language.strip().lower(), prefs.language.strip())
    if language and language not in available_languages():
        names = ", ".join(f"{code} ({language_name(code)})" for code in available_languages())
        raise PreferenceError(_("Heliofab has no '{language}' translation: choose one of {names}.").format(
                language=language, names=names))
    lab_name = " ".join(prefs.lab_name.split())
    if not lab_name:
        raise PreferenceError(_("Give the lab a name: other labs see it on the catalogues you send them."))
    if len(lab_name) > MAX_LAB_NAME_CHARS:
        raise PreferenceError(_("A lab name is at most {MAX_LAB_NAME_CHARS} characters: choose a shorter "
                                "one.").format(
                MAX_LAB_NAME_CHARS=MAX_LAB_NAME_CHARS))
    currency = prefs.currency.strip().upper()
    if not _ISO_CODE.match(currency):
        raise PreferenceError(_("'{value}' is not a currency code: use the three letters of ISO 4217, such "
                                "as GHS, XOF or EUR.").format(
                value=prefs.currency.strip()))
    symbol = prefs.currency_symbol.strip()
    if len(symbol) > MAX_SYMBOL_CHARS or any(c.isdigit() or c.isspace() for c in symbol):
        raise PreferenceError(_("A currency symbol is at most {MAX_SYMBOL_CHARS} characters with no digits "
                                "or spaces, such as $ or GH₵: leave it empty for the usual one.").format(
                MAX_SYMBOL_CHARS=MAX_SYMBOL_CHARS))
    try:
        material = profiles.material(prefs.default_material_id.strip())
    except UnknownProfileError as exc:
        raise PreferenceError(str(exc)) from exc
    return LabPreferences(language, lab_name, currency, symbol, material.id)


def save_preferences(settings: SettingsStore, profiles: ProfileStore, prefs: LabPreferences) -> LabPreferences:
    """Checks every value first, so a refused one leaves all of them as they were."""
    from app.settings import LabSettings, UiSettings

    checked = check_preferences(prefs, profiles)
    settings.save(dataclasses.replace(settings.load(UiSettings), language=checked.language))
    settings.save(dataclasses.replace(
        settings.load(LabSettings), lab_name=checked.lab_name, currency=checked.currency,
        currency_symbol=checked.currency_symbol, default_material_id=checked.default_material_id,
    ))
    return checked


def set_preference(settings: SettingsStore, profiles: ProfileStore, key: str, value: str) -> LabPreferences:
    """One preference by its `heliofab settings set` key."""
    field = {"language": "language", "lab-name": "lab_name", "currency": "currency",
             "currency-symbol": "currency_symbol", "default-material": "default_material_id"}.get(key)
    if field is None:
        raise PreferenceError(_("There is no setting '{key}': choose one of {value}.").format(
                key=key, value=', '.join(KEYS)))
    if key == "language" and value.strip().lower() in ("", "system", "auto"):
        value = ""
    current = load_preferences(settings)
    return save_preferences(settings, profiles, dataclasses.replace(current, **{field: value}))


__all__ = [
    "KEYS", "LabPreferences", "PreferenceError", "available_languages", "check_preferences", "language_name",
    "load_preferences", "save_preferences", "set_preference", "with_lab_material",
]
