"""The core's operator messages in the operator's language: `_()`, `ngettext()` and `N_()`.

This package sits below every other layer (see the import-linter contract in pyproject.toml) so that
app, catalog and printers can all mark their messages; it uses nothing but the standard library,
because the core never imports Qt and the command line must start fast.

A message is translated when it is worded for the operator, in the language active at that moment:
`_("Printing {count} commands").format(count=n)`. Numbers stay numbers until that moment. Texts kept
in module-level tables are marked with `N_()` (no translation at import time, when no language is
chosen yet) and go through `_()` where they are shown.

Catalogues are `assets/translations/core_<lang>.mo`, compiled from the `.po` files beside them by
`python -m i18n.tools compile` (sources refreshed with `python -m i18n.tools extract`).
"""

from __future__ import annotations

import gettext
import threading
from importlib import resources

SOURCE_LANGUAGE = "en"
CATALOGUE_PACKAGE = "assets.translations"
DOMAIN = "core"

_lock = threading.Lock()
_language = SOURCE_LANGUAGE
_active: gettext.NullTranslations = gettext.NullTranslations()
_loaded: dict[str, gettext.NullTranslations] = {}


def _catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of `language`; English, or a language without one, translates nothing."""
    if language in _loaded:
        return _loaded[language]
    found: gettext.NullTranslations = gettext.NullTranslations()
    entry = resources.files(CATALOGUE_PACKAGE) / f"{DOMAIN}_{language}.mo"
    if language != SOURCE_LANGUAGE and entry.is_file():
        # Read through importlib.resources so the catalogue is found in a wheel, a zip or a frozen build.
        with entry.open("rb") as stream:
            found = gettext.GNUTranslations(stream)
    _loaded[language] = found
    return found


def set_language(language: str) -> None:
    """Make `language` (a code such as "fr" or "es_MX") the one every later message is worded in.

    A regional code falls back to its language ("es_MX" uses "es") when no regional catalogue ships.
    """
    global _language, _active
    code = (language or SOURCE_LANGUAGE).replace("-", "_")
    chosen = code if code == SOURCE_LANGUAGE or code in available_languages() else code.split("_")[0].lower()
    with _lock:
        _language = chosen if chosen in available_languages() else SOURCE_LANGUAGE
        _active = _catalogue(_language)


def current_language() -> str:
    return _language


def available_languages() -> list[str]:
    """English, then every language a core catalogue ships for."""
    prefix, suffix = f"{DOMAIN}_", ".mo"
    found = {entry.name[len(prefix):-len(suffix)] for entry in resources.files(CATALOGUE_PACKAGE).iterdir()
             if entry.name.startswith(prefix) and entry.name.endswith(suffix)}
    return [SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE})]


def _(message: str) -> str:
    """`message` in the active language (itself when it has no translation)."""
    # gettext("") is the catalogue's header, never what an empty label or help should show.
    return _active.gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message that agrees with `count`, in the active language."""
    return _active.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message for extraction only: it is translated later, with `_()`, where it is shown."""
    return message


__all__ = ["N_", "_", "available_languages", "current_language", "ngettext", "set_language"]
