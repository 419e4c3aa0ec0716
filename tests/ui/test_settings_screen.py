"""The Settings area: language applied at once, lab name signed on exports, default material, currency,
the lab's printers, and the window's first size on a laptop screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication

from app.lab_printers import list_lab_printers
from app.services import Services
from app.settings import LabSettings, UiSettings
from catalog.bundle import read_bundle
from tests.printers.shapes import frame_set
from tests.ui.window_helpers import ctx, open_area  # noqa: F401 - the screen context fixture
from ui.app import create_main_window
from ui.context import ScreenContext
from ui.i18n import switch_language
from ui.main_window import MainWindow
from ui.screens.settings import SettingsScreen
from ui.slicing import SlicingPanel
from ui.window_geometry import encode_geometry, show_placed


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that switches the language puts English back, so later tests read the source texts."""
    yield
    switch_language(qapp, "en")


def _apply(qtbot: Any, screen: SettingsScreen, **fields: str) -> None:
    if "language" in fields:
        screen.language_combo.setCurrentIndex(screen.language_combo.findData(fields["language"]))
    if "lab_name" in fields:
        screen.lab_name_edit.setText(fields["lab_name"])
    if "currency" in fields:
        screen.currency_edit.setText(fields["currency"])
    if "material" in fields:
        qtbot.waitUntil(lambda: screen.material_combo.findData(fields["material"]) >= 0, timeout=10000)
        screen.material_combo.setCurrentIndex(screen.material_combo.findData(fields["material"]))
    with qtbot.waitSignal(screen.preferences_saved, timeout=10000):
        screen.apply_button.click()


def _nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_choosing_french_translates_the_window_at_once(qtbot, services: Services,
                                                       english_afterwards: None) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_area(qtbot, services, "settings", SettingsScreen)
    assert "Print Queue" in _nav_texts(window)
    _apply(qtbot, screen, language="fr")
    qtbot.waitUntil(lambda: "File d'impression" in _nav_texts(window), timeout=5000)
    assert window.help_button.text() == "Aide (F1)"
    assert screen.lab_message.text() == "Enregistré."  # said in the language just chosen
    assert window.language == "fr"
    assert services.settings.load(UiSettings).language == "fr"
    # Screens built with their texts say when they follow; the status bar says it in one sentence.
    assert window.statusBar().currentMessage() == window.tr(
        "The other screens change language when Heliofab is started again.")
    _apply(qtbot, screen, language="en")
    qtbot.waitUntil(lambda: "Print Queue" in _nav_texts(window), timeout=5000)


def test_languages_come_from_the_catalogues_present(qtbot, ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    codes = [screen.language_combo.itemData(i) for i in range(screen.language_combo.count())]
    assert codes == ["", "en", "es", "fr", "pt", "sw"]
    names = [screen.language_combo.itemText(i) for i in range(1, screen.language_combo.count())]
    assert names == ["English", "Español", "Français", "Português", "Kiswahili"]


def test_the_lab_name_is_kept_and_signs_the_catalogue_export(qtbot, ctx: ScreenContext, services: Services,
                                                             tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.lab_name_edit.text() == "My fab lab"
    _apply(qtbot, screen, lab_name="  Tamale   fab lab ")
    assert services.settings.load(LabSettings).lab_name == "Tamale fab lab"
    assert screen.lab_name_edit.text() == "Tamale fab lab"
    stick = tmp_path / "stick"
    stick.mkdir()
    services.catalog.export(stick)
    assert read_bundle(stick).publisher_name == "Tamale fab lab"
    # A new screen (the next start) reads it back.
    again = SettingsScreen(ctx)
    qtbot.addWidget(again)
    assert again.lab_name_edit.text() == "Tamale fab lab"


def test_a_refused_value_says_why_and_saves_nothing(qtbot, ctx: ScreenContext,
                                                    services: Services) -> None:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.lab_name_edit.setText("Kumasi lab")
    screen.currency_edit.setText("CE")
    screen.apply_button.click()
    qtbot.waitUntil(lambda: "not a currency code" in screen.lab_message.text(), timeout=10000)
    assert services.settings.load(LabSettings) == LabSettings()
    assert screen.apply_button.isEnabled()


def test_the_default_material_is_what_a_new_slice_uses(qtbot, ctx: ScreenContext,
                                                       services: Services) -> None:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    _apply(qtbot, screen, material="pla")
    assert services.settings.load(LabSettings).default_material_id == "pla"
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.material_combo.count() >= 2, timeout=10000)
    assert panel.material_combo.currentData().id == "pla"
    # Parts that chose their material (a fit saved for PETG) keep it.
    chosen = SlicingPanel(ctx, material_id="petg")
    qtbot.addWidget(chosen)
    qtbot.waitUntil(lambda: chosen.material_combo.count() >= 2, timeout=10000)
    assert chosen.material_combo.currentData().id == "petg"


def test_the_currency_is_shown_with_the_slice_cost(qtbot, ctx: ScreenContext,
                                                   services: Services) -> None:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    _apply(qtbot, screen, currency="ghs")
    assert screen.cost_example.text().endswith("GH₵1.50 GHS")
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 1, timeout=10000)
    panel.set_parts(frame_set()[1:2], "a temple")
    with qtbot.waitSignal(panel.sliced, timeout=60000):
        panel.slice_button.click()
    cost = panel.estimate_labels["cost"].text()
    assert cost.startswith("GH₵") and cost.endswith(" GHS")
    assert float(cost.removeprefix("GH₵").removesuffix(" GHS")) > 0


def test_printers_are_added_and_removed_with_their_ports(qtbot, ctx: ScreenContext,
                                                         services: Services) -> None:  # type: ignore[no-untyped-def]
    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.printer_profile_combo.findData("creality-ender3") >= 0, timeout=10000)
    screen.printer_name_edit.setText("Ender by the window")
    screen.printer_port_combo.setEditText("sim://window")
    screen.printer_profile_combo.setCurrentIndex(screen.printer_profile_combo.findData("creality-ender3"))
    screen.add_printer()
    ender = services.profiles.printer("creality-ender3").name
    qtbot.waitUntil(lambda: screen.printer_rows() == [("Ender by the window", ender, "sim://window")], timeout=10000)
    assert [(p.name, p.port) for p in list_lab_printers(services.session_factory)] == [
        ("Ender by the window", "sim://window")]
    # One port holds one printer: the same sentence as `heliofab printers add`.
    screen.printer_name_edit.setText("Second")
    screen.printer_port_combo.setEditText("sim://window")
    screen.add_printer()
    qtbot.waitUntil(lambda: "already on sim://window" in screen.printer_message.text(), timeout=10000)
    screen.printer_table.selectRow(0)
    screen.remove_selected_printer()
    qtbot.waitUntil(lambda: screen.printer_rows() == [], timeout=10000)
    assert list_lab_printers(services.session_factory) == []


def test_the_place_is_saved_through_the_energy_settings(qtbot, ctx: ScreenContext,
                                                        services: Services) -> None:  # type: ignore[no-untyped-def]
    from app.energy.site import SiteSettings

    screen = SettingsScreen(ctx)
    qtbot.addWidget(screen)
    screen.latitude_spin.setValue(9.4)
    screen.longitude_spin.setValue(-0.84)
    screen.altitude_spin.setValue(183)
    screen.timezone_edit.setText("Africa/Nowhere")
    screen.save_site()
    qtbot.waitUntil(lambda: "Africa/Nowhere" in screen.site_message.text(), timeout=10000)
    assert services.settings.load(SiteSettings).timezone == "UTC"
    screen.timezone_edit.setText("Africa/Accra")
    screen.save_site()
    qtbot.waitUntil(lambda: screen.site_message.text().startswith("Saved"), timeout=10000)
    site = services.settings.load(SiteSettings)
    assert (site.latitude_deg, site.longitude_deg, site.altitude_m, site.timezone) == (9.4, -0.84, 183, "Africa/Accra")


@pytest.fixture
def laptop_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    available = QRect(0, 0, 1366, 768 - 28)  # a 1366×768 laptop with its task bar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(available))
    return available


def test_the_window_fits_a_laptop_screen(qtbot, services: Services,
                                         laptop_screen: QRect) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    assert laptop_screen.contains(window.geometry())
    assert window.width() == laptop_screen.width()
    show_placed(window, "")
    assert window.isMaximized() or laptop_screen.contains(window.frameGeometry())


def test_a_large_screen_gets_a_centred_window(qtbot, services: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    available = QRect(0, 0, 2560, 1400)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(available))
    window = create_main_window(services)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1440, 900)
    assert window.geometry().center() == available.center()


def test_a_remembered_size_too_big_for_this_screen_is_not_reused(qtbot, services: Services,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.setGeometry(100, 100, 1800, 1000)
    saved = encode_geometry(window)
    assert saved
    laptop = QRect(0, 0, 1366, 740)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(laptop))
    again = create_main_window(services)
    qtbot.addWidget(again)
    show_placed(again, saved)
    assert again.isMaximized() or laptop.contains(again.geometry())


def test_a_new_frame_in_the_customizer_is_made_of_the_default_material(
    qtbot, services: Services  # type: ignore[no-untyped-def]
) -> None:
    from ui.screens.customizer import CustomizerScreen

    window, settings = open_area(qtbot, services, "settings", SettingsScreen)
    customizer = window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen)
    assert customizer.current_values()["material"] == "PETG"  # a lab that chose nothing: as before
    _apply(qtbot, settings, material="pla")
    window.show_area("customizer")
    customizer.load_parameters(customizer.style_id, {})
    assert customizer.current_values()["material"] == "PLA"
    # Values that name their material (a saved fit) keep it.
    customizer.load_parameters(customizer.style_id, {"material": "PETG"})
    assert customizer.current_values()["material"] == "PETG"


def test_screenshots_refuse_a_language_with_no_translation(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from ui.entry import main

    assert main(["screenshots", str(tmp_path / "shots"), "--language", "de"]) == 2
    assert "no 'de' translation: use one of en, es, fr" in capsys.readouterr().err
    assert not list(tmp_path.glob("shots/*.png"))


def test_the_window_opens_where_it_was_closed(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    from ui.app import remember_geometry

    # Qt restores a geometry against the real screen (the offscreen one here): a size inside it.
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    window.setGeometry(30, 20, 700, 500)
    qtbot.waitUntil(lambda: window.width() == 700)
    remember_geometry(services, window)
    saved = services.settings.load(UiSettings).window_geometry
    assert saved
    again = create_main_window(services)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) != (700, 500)
    show_placed(again, saved)
    assert (again.width(), again.height()) == (700, 500) and not again.isMaximized()
