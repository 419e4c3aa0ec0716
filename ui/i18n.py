"""Qt translations: the language follows the setting, else the system; English is the source language.

Maintainers refresh the catalogues with `python -m ui.i18n` (lupdate over ui/, then lrelease), or only some
of them with `python -m ui.i18n pt sw`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.help import SUPPORTED_LANGUAGES
from app.i18n import ENV_VAR, use_language
from app.lab_preferences import available_languages

TRANSLATIONS_PACKAGE = "assets.translations"


def choose_language(setting: str, system_locale: str | None = None) -> str:
    """HELIOFAB_LANG (or `heliofab --language`) for this run, then the setting; else the system's
    language if we ship it; else English."""
    shipped = {*SUPPORTED_LANGUAGES, *available_languages()}
    override = os.environ.get(ENV_VAR, "").strip().replace("-", "_")
    for wanted in (override, override.split("_")[0].lower()):
        if wanted in shipped:
            return wanted
    if setting in shipped:
        return setting
    system = (system_locale or QLocale.system().name()).split("_")[0].lower()
    return system if system in shipped else "en"


# Qt's own catalogue to use for a language, best first, where Qt has none under the language's own code.
QT_CATALOGUE_FALLBACKS: dict[str, tuple[str, ...]] = {"pt": ("pt", "pt_BR")}


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Heliofab's and Qt's own catalogues (for standard dialog buttons); keep the result alive."""
    installed: list[QTranslator] = []
    use_language(language)  # the core's messages (planner reasons, printer states) follow the window
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # QTranslator reads a file name; as_file gives one for any package reader and load() reads it at once.
    with resources.as_file(resources.files(TRANSLATIONS_PACKAGE) / f"heliofab_{language}.qm") as ours:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
    # Qt ships Brazilian Portuguese only: its file dialog and buttons read well in Maputo and Luanda too.
    for qt_name in QT_CATALOGUE_FALLBACKS.get(language, (language,)):
        translator = QTranslator(app)
        if translator.load(str(Path(qt_dir) / f"qtbase_{qt_name}.qm")):
            app.installTranslator(translator)
            installed.append(translator)
            break
    return installed


def switch_language(app: QApplication, language: str) -> list[QTranslator]:
    """Replace the installed catalogues: Qt then sends LanguageChange to every widget, and the widgets
    that rebuild their texts on it (the navigation, Settings) follow at once."""
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    return install_translators(app, language)


def _qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    return str(beside_python) if beside_python.exists() else name


def update_catalogues(languages: Sequence[str] = ()) -> None:
    """Refresh the named catalogues, or every supported language's when none is named."""
    unknown = [code for code in languages if code not in SUPPORTED_LANGUAGES or code == "en"]
    if unknown:
        raise SystemExit(f"No catalogue for {', '.join(unknown)}: choose among "
                         f"{', '.join(code for code in SUPPORTED_LANGUAGES if code != 'en')}.")
    root = Path(__file__).resolve().parents[1]
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    target_dir = root / "assets" / "translations"
    for language in languages or [code for code in SUPPORTED_LANGUAGES if code != "en"]:
        ts = target_dir / f"heliofab_{language}.ts"
        subprocess.run([_qt_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True)
        subprocess.run([_qt_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    update_catalogues(sys.argv[1:])
    sys.exit(0)
