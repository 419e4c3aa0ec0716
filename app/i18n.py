"""Which language the core words its messages in, for the command line and the window alike.

The order is: `--language` on the command line, then `HELIOFAB_LANG`, then the lab's language
setting (Settings screen, `heliofab settings set language fr`), then the computer's language; a
language without a catalogue falls back to English. `--json` output is always English: scripts
read it, and a reason that changes with the operator's language would break them.
"""

from __future__ import annotations

import locale
import os
from pathlib import Path

from i18n import SOURCE_LANGUAGE, available_languages, set_language

ENV_VAR = "HELIOFAB_LANG"
# The variables gettext itself reads, in its order; LANGUAGE may list several ("fr:en").
_LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def _shipped(code: str) -> str | None:
    """The catalogue for a code such as "fr", "fr_FR.UTF-8" or "French_France", if one ships."""
    cleaned = code.split(".")[0].split("@")[0].replace("-", "_")
    if not cleaned or cleaned in ("C", "POSIX"):
        return None
    normalized = locale.normalize(cleaned).split(".")[0]  # "French_France" -> "fr_FR" on Windows names
    shipped = available_languages()
    for candidate in (cleaned, normalized, cleaned.split("_")[0].lower(), normalized.split("_")[0].lower()):
        if candidate in shipped:
            return candidate
    return None


def system_language() -> str:
    """The computer's language when Heliofab ships it, else English."""
    for name in _LOCALE_VARS:
        for code in os.environ.get(name, "").split(":"):
            found = _shipped(code)
            if found:
                return found
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:  # an unknown locale name in the environment
        code = ""
    return _shipped(code) or SOURCE_LANGUAGE


def choose_language(option: str | None = None, setting: str = "") -> str:
    """The language to use from the command-line option, the environment, the setting, the system."""
    for wanted in (option, os.environ.get(ENV_VAR), setting):
        if wanted and wanted.strip().lower() not in ("system", "auto"):
            found = _shipped(wanted.strip())
            if found:
                return found
    return system_language()


def lab_language_setting(data_dir: Path) -> str:
    """The lab's language setting, read only from an existing database and read-only: a command that
    only asks the language must neither create a lab nor migrate one another process holds."""
    from app.lab_snapshot import UI_SECTION, read_section
    from app.paths import DataPaths

    # An older or damaged lab reads as {}: the command that opens it says so in its own words.
    language = read_section(DataPaths(data_dir).db_file, UI_SECTION).get("language", "")
    return language if isinstance(language, str) else ""


def use_language(language: str) -> str:
    """Make the core word its messages in `language`; returns the language actually used."""
    set_language(language)
    from i18n import current_language

    return current_language()
