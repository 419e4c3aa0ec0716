"""Swahili operators read the core's messages in Kiswahili, with its own plural rule (one / not one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.i18n import choose_language
from app.queue.scenario import example_scenario
from i18n import current_language, ngettext, set_language, tools


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "HELIOFAB_LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    set_language("en")


def test_swahili_counts_one_apart_from_every_other_number() -> None:
    set_language("sw")
    assert current_language() == "sw"
    closed = {n: ngettext("{count} hole closed", "{count} holes closed", n).format(count=n) for n in (0, 1, 2)}
    assert closed == {0: "Matundu 0 yamezibwa", 1: "Tundu 1 limezibwa", 2: "Matundu 2 yamezibwa"}
    assert tools.PLURAL_FORMS["sw"] == "nplurals=2; plural=(n != 1);"


def test_the_plan_speaks_swahili_with_the_language_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = tmp_path / "scenario.json"
    scenario.write_text(json.dumps(example_scenario()), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "lab"), "--language", "sw", "queue", "plan", str(scenario)]) == 0
    out = capsys.readouterr().out
    assert "Haijapangwa: tarehe yake ya mwisho" in out
    assert "Betri (makadirio ya tahadhari): chini kabisa" in out
    assert "Not scheduled" not in out


def test_the_lab_setting_chooses_swahili(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = tmp_path / "lab"
    assert main(["--data-dir", str(lab), "settings", "set", "language", "sw"]) == 0
    assert choose_language(None, "sw") == "sw"
    capsys.readouterr()
    assert main(["--data-dir", str(lab), "queue", "remove", "99"]) != 0
    assert "Hakuna kazi 99: angalia `heliofab queue list`." in capsys.readouterr().err
