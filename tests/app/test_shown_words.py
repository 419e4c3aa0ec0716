"""Words the core stores in English and shows in the operator's language: battery notes, plan days, ports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest

from app.energy.state import NO_SOC_NOTE, shown_soc_note
from app.queue.planner import Planner
from app.queue.scenario import example_scenario, scenario_to_input
from i18n import set_language
from printers.ports import PortInfo, PortLink


@pytest.fixture
def french() -> Iterator[None]:
    set_language("fr")
    yield
    set_language("en")


def test_battery_notes_stay_english_until_shown() -> None:
    assert shown_soc_note(NO_SOC_NOTE) == NO_SOC_NOTE
    aged = "last measured 2.5 h ago: assuming 2 %/h drain since"
    assert shown_soc_note(aged) == aged


@pytest.mark.usefixtures("french")
def test_battery_notes_in_french() -> None:
    assert shown_soc_note(NO_SOC_NOTE) == "aucun état de charge mesuré pour l'instant\u00a0: la réserve est supposée"
    shown = shown_soc_note("last measured 2.5 h ago: assuming 2 %/h drain since")
    assert shown == "dernière mesure il y a 2.5 h\u00a0: décharge supposée de 2\u00a0%/h depuis"
    assert shown_soc_note("a note from a later version") == "a note from a later version"


def _day_word(when_days: int) -> str:
    planner = Planner(scenario_to_input(example_scenario()))
    start = planner.inp.start_utc
    return planner._fmt_time(start + timedelta(days=when_days, hours=1))


def test_plan_days_further_than_tomorrow_name_the_weekday_and_the_iso_date() -> None:
    word = _day_word(3)
    day = datetime.fromisoformat(word.split()[1]).replace(tzinfo=timezone.utc)
    assert word.split()[0] == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]


@pytest.mark.usefixtures("french")
def test_plan_days_in_french() -> None:
    assert _day_word(0).split()[0] in ("aujourd'hui", "demain")  # an hour after the start, maybe past midnight
    assert _day_word(3).split()[0] in ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


@pytest.mark.usefixtures("french")
def test_port_titles_are_english_in_json_and_french_when_shown() -> None:
    board = PortInfo("/dev/ttyUSB0", "USB2.0-Serial", "1A86:7523", link=PortLink.USB,
                     board="Creality/Anet board (CH340)")
    bare = PortInfo("/dev/ttyS4", "n/a", "", link=PortLink.SERIAL)
    assert board.to_json()["title"] == "Creality/Anet board (CH340, USB)"
    assert board.shown_title() == "Creality/Anet board (CH340, USB)"  # the board's own name is not translated
    serial = PortInfo("/dev/ttyS0", "", "", link=PortLink.SERIAL, board="Arduino board")
    assert serial.to_json()["title"] == "Arduino board (serial port)"
    assert serial.shown_title() == "Arduino board (port série)"
    assert bare.to_json()["title"] == "Serial port" and bare.shown_title() == "Port série"
    assert PortInfo("sim://a", "", "", link=PortLink.SIMULATED).shown_title() == "Imprimante simulée"
