"""The command line words the core's messages in the operator's language; --json stays English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.i18n import choose_language, lab_language_setting, system_language
from app.queue.scenario import example_scenario


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(example_scenario()))
    return path


@pytest.fixture
def no_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "HELIOFAB_LANG"):
        monkeypatch.delenv(name, raising=False)


def _plan(
    tmp_path: Path, scenario: Path, capsys: pytest.CaptureFixture[str], *options: str, is_json: bool = False
) -> str:
    json_flag = ["--json"] if is_json else []
    assert main(["--data-dir", str(tmp_path / "lab"), *options, "queue", "plan", str(scenario), *json_flag]) == 0
    return capsys.readouterr().out


@pytest.mark.usefixtures("no_system_language")
def test_plan_reasons_follow_the_language_option(
    tmp_path: Path, scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = _plan(tmp_path, scenario, capsys)
    assert "Not scheduled: its deadline" in english
    french = _plan(tmp_path, scenario, capsys, "--language", "fr")
    assert "Non planifié\u00a0: son échéance" in french
    assert "Not scheduled" not in french
    assert "Batterie (prévision prudente)\u00a0: au plus bas" in french
    spanish = _plan(tmp_path, scenario, capsys, "--language", "es")
    assert "Sin programar: su fecha límite" in spanish


@pytest.mark.usefixtures("no_system_language")
def test_json_output_stays_english_in_any_language(
    tmp_path: Path, scenario: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = json.loads(_plan(tmp_path, scenario, capsys, "--language", "fr", is_json=True))
    reasons = [u["reason"] for u in plan["unscheduled"]] + [a["reason"] for a in plan["assignments"]]
    assert any(r.startswith("Not scheduled: its deadline") for r in reasons)
    assert not any("planifié" in r or "Commence" in r or "Attend" in r for r in reasons)


@pytest.mark.usefixtures("no_system_language")
def test_the_lab_setting_and_the_environment_choose_the_language(
    tmp_path: Path, scenario: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lab = tmp_path / "lab"
    assert main(["--data-dir", str(lab), "settings", "set", "language", "fr"]) == 0
    capsys.readouterr()
    assert lab_language_setting(lab) == "fr"
    assert "Non planifié" in _plan(tmp_path, scenario, capsys)
    monkeypatch.setenv("HELIOFAB_LANG", "es")
    assert "Sin programar" in _plan(tmp_path, scenario, capsys)  # the environment wins over the setting
    assert "Not scheduled" in _plan(tmp_path, scenario, capsys, "--language", "en")  # and the option over both


@pytest.mark.usefixtures("no_system_language")
def test_the_order_of_choice_and_the_system_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert lab_language_setting(tmp_path / "no-lab-here") == ""
    assert not (tmp_path / "no-lab-here").exists()  # asking creates nothing
    monkeypatch.setattr("locale.getlocale", lambda *args: (None, None))
    assert system_language() == "en"
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert system_language() == "es"
    assert choose_language(None, "fr") == "fr"
    assert choose_language(None, "system") == "es"
    assert choose_language("en", "fr") == "en"
    monkeypatch.setenv("HELIOFAB_LANG", "fr_CA")
    assert choose_language(None, "es") == "fr"
    assert choose_language("xx", "") == "fr"  # a language without a catalogue is passed over
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("HELIOFAB_LANG")
    monkeypatch.setattr("locale.getlocale", lambda *args: ("French_France", "1252"))  # as Windows names it
    assert system_language() == "fr"
