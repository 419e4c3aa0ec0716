from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.help import help_page
from ui.app import create_main_window
from ui.i18n import TRANSLATIONS_PACKAGE, install_translators
from ui.main_window import areas

LANGUAGES = ("fr", "es", "pt", "sw")
_BRACE = re.compile(r"\{[^{}]*\}")
_PERCENT = re.compile(r"%(?:n|L?\d+)")
# "&N" marks a keyboard shortcut; "&&" is a literal ampersand and "Customers & Fitting" marks nothing.
_ACCELERATOR = re.compile(r"(?<!&)&(?=[^\s&])")
# What the navigation must show in each language, and an English title it must no longer show.
NAVIGATION = {
    "pt": ("Impressoras", "Fila de impressão", "Ajuda (F1)"),
    "sw": ("Printa", "Foleni ya uchapishaji", "Msaada (F1)"),
}


def _catalogue(language: str, suffix: str) -> Path:
    return Path(str(resources.files(TRANSLATIONS_PACKAGE) / f"heliofab_{language}.{suffix}"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_loads(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(_catalogue(language, "qm")))
    assert not translator.isEmpty()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    root = ET.parse(_catalogue(language, "ts")).getroot()
    messages = list(root.iter("message"))
    assert messages
    unfinished = []
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        # A count's message (numerus) holds one text per plural form of the language instead of one text.
        texts: list[str] = []
        if translation is not None:
            is_count = message.get("numerus") == "yes"
            texts = [form.text or "" for form in translation.iter("numerusform")] if is_count else [
                translation.text or ""]
        if translation is None or not texts or not all(text.strip() for text in texts) or translation.get("type") in (
            "unfinished",
            "obsolete",
            "vanished",
        ):
            unfinished.append(source)
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_shortcuts(language: str) -> None:
    """A lost {name} or %1 would show the operator a raw brace or drop a value; a lost & drops a shortcut.
    ("&&" is a literal ampersand: a translation may say it with a word.)"""
    root = ET.parse(_catalogue(language, "ts")).getroot()
    broken = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue  # test_every_message_is_translated reports it
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if (
                sorted(_BRACE.findall(source)) != sorted(_BRACE.findall(text))
                or sorted(set(_PERCENT.findall(source))) != sorted(set(_PERCENT.findall(text)))
                or len(_ACCELERATOR.findall(source)) != len(_ACCELERATOR.findall(text))
            ):
                broken.append((source, text))
    assert broken == []


@pytest.mark.parametrize("language", sorted(NAVIGATION))
def test_navigation_in_portuguese_and_swahili(qtbot, services, language: str) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    printers, queue, help_label = NAVIGATION[language]
    translators = install_translators(app, language)
    try:
        assert translators
        window = create_main_window(services, language)
        qtbot.addWidget(window)
        titles = [window.nav.item(row).text() for row in range(window.nav.count())]
        assert printers in titles
        assert queue in titles
        assert "Printers" not in titles
        assert "Print Queue" not in titles
        assert window.help_button.text() == help_label
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Printers") == "Printers"


def test_navigation_in_french(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        assert translators
        window = create_main_window(services, "fr")
        qtbot.addWidget(window)
        titles = [window.nav.item(row).text() for row in range(window.nav.count())]
        assert "Imprimantes" in titles
        assert "File d'impression" in titles
        assert "Printers" not in titles
        assert window.help_button.text() == "Aide (F1)"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Printers") == "Printers"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_area_has_a_translated_help_page(language: str) -> None:
    for area in areas():
        page = help_page(area.key, language)
        assert "<h1>" in page
        assert page != help_page(area.key, "en")
        assert resources.files("assets.help").joinpath(language, f"{area.key}.html").is_file()
