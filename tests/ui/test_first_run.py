from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from app.first_run import FirstRunChoices, Place, SetupError, load_places, validate_choices
from ui.first_run import FirstRunWizard


def test_places_have_valid_time_zones() -> None:
    places = load_places()
    assert len(places) >= 40
    for place in places:
        validate_choices(FirstRunChoices("en", place, 200, 15, 180, 1200, 40, "ender3"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"place": Place("x", 95, 0, 0, "UTC")}, "Latitude"),
        ({"place": Place("x", 5, 0, 0, "Mars/Olympus")}, "time zone"),
        ({"battery_capacity_wh": 3}, "Battery capacity"),
        ({"battery_reserve_pct": 100}, "reserve"),
    ],
)
def test_bad_answers_get_a_clear_message(change: dict, message: str) -> None:  # type: ignore[type-arg]
    base = {"language": "en", "place": Place("x", 5, 0, 0, "UTC"), "panels_wp": 200, "panel_tilt_deg": 15,
            "panel_azimuth_deg": 180, "battery_capacity_wh": 1200, "battery_reserve_pct": 40,
            "printer_profile_id": "p"}
    with pytest.raises(SetupError, match=message):
        validate_choices(FirstRunChoices(**{**base, **change}))


def test_wizard_picks_a_place_and_finishes(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard([("ender3", "Creality Ender-3")], language="fr")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.language.currentData() == "fr"
    wizard.next()
    wizard.place_filter.setText("cusco")
    visible = [wizard.place_list.item(r) for r in range(wizard.place_list.count())
               if not wizard.place_list.item(r).isHidden()]
    assert [i.text() for i in visible] == ["Cusco, Peru"]
    wizard.place_list.setCurrentItem(visible[0])
    assert wizard.timezone.text() == "America/Lima"
    assert wizard.azimuth.value() == 0  # southern hemisphere: panels face north
    wizard.next()
    wizard.next()
    assert wizard.currentId() == wizard.pageIds()[-1]
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == 1 and wizard.choices is not None
    assert wizard.choices.place.name == "Cusco, Peru" and wizard.choices.printer_profile_id == "ender3"


def test_wizard_can_be_skipped(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard([])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert wizard.result() == 0 and wizard.choices is None


def test_applying_the_answers_sets_site_language_and_printer(services) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.energy.site import SiteSettings
    from app.first_run import apply_first_run
    from app.settings import UiSettings
    from db.models import Printer

    cusco = next(p for p in load_places() if p.name.startswith("Cusco"))
    choices = FirstRunChoices("es", cusco, 300, 14, 0, 2400, 35, "creality-ender3", "/dev/ttyUSB0")
    apply_first_run(services.session_factory, services.settings, services.profiles, choices)
    site = services.settings.load(SiteSettings)
    chosen = (site.latitude_deg, site.timezone, site.panels_wp, site.battery_reserve_pct)
    assert chosen == (-13.53, "America/Lima", 300, 35)
    ui = services.settings.load(UiSettings)
    assert ui.language == "es" and ui.has_completed_first_run
    with services.session_factory() as session:
        printer = session.scalar(select(Printer))
        assert printer is not None and printer.profile_id == "creality-ender3" and printer.port == "/dev/ttyUSB0"


def test_skipping_after_choosing_a_language_keeps_the_language(qtbot, services,
                                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.settings import UiSettings
    from ui.app import run_first_run

    def choose_french_then_skip(wizard: FirstRunWizard) -> int:
        wizard.language.setCurrentIndex(wizard.language.findData("fr"))
        return 0  # "Skip for now" rejects the wizard

    monkeypatch.setattr(FirstRunWizard, "exec", choose_french_then_skip)
    settings = run_first_run(services, services.settings.load(UiSettings))
    assert settings.has_completed_first_run and settings.language == "fr"


def test_the_wizards_port_becomes_the_labs_printer(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from app.first_run import apply_first_run
    from app.lab_printers import list_lab_printers
    from app.settings import LabSettings

    profiles = [(p.id, p.name) for p in services.profiles.printers()]
    wizard = FirstRunWizard(profiles)
    qtbot.addWidget(wizard)
    wizard.lab_name.setText("  Tamale   fab lab ")
    wizard.printer.setCurrentIndex(wizard.printer.findData("creality-ender3"))
    wizard.port.setText("sim://first-run")
    apply_first_run(services.session_factory, services.settings, services.profiles, wizard.current_choices())
    printers = list_lab_printers(services.session_factory)
    assert [(p.profile_id, p.port, p.is_enabled) for p in printers] == [("creality-ender3", "sim://first-run", True)]
    assert services.settings.load(LabSettings).lab_name == "Tamale fab lab"
    # Answered again with another port, the printer moves to it rather than keeping the old one.
    again = wizard.current_choices()
    apply_first_run(services.session_factory, services.settings, services.profiles,
                    FirstRunChoices(**{**again.__dict__, "printer_port": "sim://moved"}))
    assert [p.port for p in list_lab_printers(services.session_factory)] == ["sim://moved"]


def test_a_port_another_printer_holds_is_refused_and_the_rest_kept(services) -> None:  # type: ignore[no-untyped-def]
    from app.first_run import apply_first_run
    from app.lab_printers import add_lab_printer, list_lab_printers
    from app.settings import UiSettings

    add_lab_printer(services.session_factory, services.profiles, name="Bench", port="sim://bench",
                    profile_id="creality-ender3")
    tamale = next(p for p in load_places() if p.name.startswith("Tamale"))
    choices = FirstRunChoices("fr", tamale, 300, 10, 180, 2400, 40, "creality-ender3", "sim://bench")
    with pytest.raises(SetupError, match="already on sim://bench"):
        apply_first_run(services.session_factory, services.settings, services.profiles, choices)
    assert services.settings.load(UiSettings).language == "fr"
    assert [p.name for p in list_lab_printers(services.session_factory)] == ["Bench"]


def test_a_simulated_port_with_an_unknown_option_is_refused_in_the_wizard() -> None:
    tamale = next(p for p in load_places() if p.name.startswith("Tamale"))
    with pytest.raises(SetupError):
        validate_choices(FirstRunChoices("en", tamale, 300, 10, 180, 2400, 40, "creality-ender3",
                                         "sim://x?no-such-option=1"))


def test_the_wizard_speaks_the_runs_language(qtbot, qapp, services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.i18n import ENV_VAR
    from ui.app import start_in_language
    from ui.i18n import switch_language

    seen: list[str] = []

    def note_title_then_choose_spanish(wizard: FirstRunWizard) -> int:
        seen.append(wizard.windowTitle())
        wizard.language.setCurrentIndex(wizard.language.findData("es"))
        return 0

    monkeypatch.setenv(ENV_VAR, "fr")
    monkeypatch.setattr(FirstRunWizard, "exec", note_title_then_choose_spanish)
    try:
        settings = start_in_language(qapp, services)
        assert seen == ["Configurer ce labo"]
        assert settings.language == "es"
    finally:
        switch_language(qapp, "en")


def test_typing_a_town_down_to_one_match_chooses_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard([("ender3", "Creality Ender-3")])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.place_filter.setText("niamey")
    current = wizard.place_list.currentItem()
    assert current is not None and current.text().startswith("Niamey")
    assert wizard.latitude.value() == pytest.approx(13.5, abs=0.2) and wizard.timezone.text() == "Africa/Niamey"
    wizard.next()
    assert wizard.currentId() == wizard.pageIds()[2]


def test_no_place_yet_is_refused_with_one_sentence(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard([("ender3", "Creality Ender-3")])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    place_page = wizard.currentId()
    wizard.next()
    assert wizard.currentId() == place_page
    assert "0° / 0° is in the sea" in wizard.place_error.text()
    wizard.longitude.setValue(2.1)  # typed coordinates are enough
    wizard.next()
    assert wizard.currentId() != place_page and wizard.place_error.text() == ""


def test_a_niamey_lab_prices_in_cfa_francs(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from app.first_run import apply_first_run
    from app.money import lab_cost_format

    wizard = FirstRunWizard([("creality-ender3", "Creality Ender-3")])
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currency.currentData() == "USD"
    wizard.next()
    wizard.place_filter.setText("niamey")
    assert wizard.currency.currentData() == "XOF"  # the place's country sets it
    wizard.next()
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.choices is not None and wizard.choices.currency == "XOF"
    apply_first_run(services.session_factory, services.settings, services.profiles, wizard.choices)
    assert lab_cost_format(services.settings).format(1.5) == "CFA1.50 XOF"


def test_a_currency_picked_by_hand_stays_whatever_the_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard([])
    qtbot.addWidget(wizard)
    wizard.show()
    index = wizard.currency.findData("EUR")
    wizard.currency.setCurrentIndex(index)
    wizard.currency.activated.emit(index)  # as the operator's click does
    wizard.next()
    wizard.place_filter.setText("niamey")
    assert wizard.currency.currentData() == "EUR"


def test_a_currency_that_is_no_iso_code_is_refused() -> None:
    niamey = next(p for p in load_places() if p.name.startswith("Niamey"))
    with pytest.raises(SetupError, match="not a currency code"):
        validate_choices(FirstRunChoices("fr", niamey, 200, 14, 180, 1200, 40, "", currency="CFA francs"))
