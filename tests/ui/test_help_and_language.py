from __future__ import annotations

import pytest

from app.help import help_areas, help_page
from ui.app import create_main_window
from ui.i18n import choose_language
from ui.main_window import areas


def test_every_area_has_a_help_page() -> None:
    keys = {area.key for area in areas()}
    assert keys <= set(help_areas())
    for key in keys:
        page = help_page(key)
        assert "<h1>" in page and "Common steps" in page


def test_help_falls_back_to_english() -> None:
    assert help_page("queue", "xx") == help_page("queue", "en")
    with pytest.raises(KeyError):
        help_page("no-such-screen")


def test_f1_opens_help_for_the_current_area(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show_area("energy")
    dialog = window.show_help()
    qtbot.addWidget(dialog)
    assert "battery" in dialog.browser.toPlainText()


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [("fr", "en_US", "fr"), ("", "es_MX", "es"), ("", "de_DE", "en"), ("xx", "fr_FR", "fr"), ("", "en_GB", "en")],
)
def test_language_choice(setting: str, system: str, expected: str) -> None:
    assert choose_language(setting, system) == expected
