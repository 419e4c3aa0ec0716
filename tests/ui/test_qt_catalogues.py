from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators


@pytest.mark.parametrize(("language", "cancel"), [("fr", "Annuler"), ("es", "Cancelar"), ("pt", "Cancelar")])
def test_qts_own_buttons_speak_the_operators_language(qapp: QApplication, language: str, cancel: str) -> None:
    translators = install_translators(qapp, language)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_a_language_qt_has_no_catalogue_for_still_gets_heliofabs_own(qapp: Any) -> None:
    translators = install_translators(qapp, "sw")
    try:
        assert len(translators) == 1  # Heliofab's Swahili; Qt's buttons stay in English
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
