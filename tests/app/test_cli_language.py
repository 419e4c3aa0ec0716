"""The command line words the core's messages in the operator's language; --json stays English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.i18n import choose_language, lab_language_setting, system_language
from app.queue.dispatch import JobPowerPolicy, Outlook, Rung, decide
from app.queue.scenario import example_scenario
from i18n import set_language


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


@pytest.fixture
def box_with_a_doubled_face(tmp_path: Path) -> Path:
    """A 20 mm cube whose STL holds one triangle twice: the slicer removes it and says so."""
    import numpy as np
    import trimesh

    box = trimesh.creation.box(extents=(20.0, 20.0, 20.0))
    faces = np.vstack([box.faces, box.faces[:1]])
    path = tmp_path / "cube.stl"
    trimesh.Trimesh(box.vertices, faces, process=False).export(path)
    return path


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.usefixtures("no_system_language")
def test_slice_summary_and_repairs_in_french(
    tmp_path: Path, box_with_a_doubled_face: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = str(tmp_path / "lab")
    out = str(tmp_path / "cube.gcode")
    common = ["--data-dir", lab, "slice", str(box_with_a_doubled_face), "--printer", "prusa-mk3", "-o", out]
    code, english = _cli(capsys, *common)
    assert code == 0, english
    assert "1 duplicate triangle removed" in english and "Print time:" in english
    code, french = _cli(capsys, "--language", "fr", *common)
    assert code == 0, french
    assert "1 triangle en double retiré" in french
    assert "Réparé\u00a0:" in french and "Durée d'impression\u00a0:" in french and "Couches\u00a0:" in french
    assert "Print time" not in french and "removed" not in french
    # The values stay in one column, whatever the labels' length in French.
    summary = [line for line in french.splitlines() if line.startswith(("Durée", "Couches", "Rétractions", "Filament"))]
    value_columns = {len(line) - len(line.split(":", 1)[1].lstrip()) for line in summary}
    assert len(summary) == 4 and len(value_columns) == 1
    code, as_json = _cli(capsys, "--language", "fr", *common, "--json")
    assert code == 0
    assert json.loads(as_json)["repairs"] == ["cube: 1 duplicate triangle removed."]  # --json stays English


@pytest.mark.usefixtures("no_system_language")
def test_slice_refusal_in_spanish_and_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "vacia.stl"
    empty.write_bytes(b"")
    args = ["--data-dir", str(tmp_path / "lab"), "slice", str(empty), "--printer", "prusa-mk3",
            "-o", str(tmp_path / "x.gcode")]
    code, spanish = _cli(capsys, "--language", "es", *args)
    assert code != 0
    assert "vacia.stl está vacío: exporte la pieza de nuevo." in spanish
    code, french = _cli(capsys, "--language", "fr", *args)
    assert "vacia.stl est vide\u00a0: exportez la pièce à nouveau." in french


@pytest.mark.usefixtures("no_system_language")
def test_doctor_report_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = str(tmp_path / "lab")
    _code, english = _cli(capsys, "--data-dir", lab, "doctor")
    assert "Data directory:" in english and "[ok] integrity" in english
    _code, french = _cli(capsys, "--data-dir", lab, "--language", "fr", "doctor")
    assert "Dossier de données\u00a0:" in french
    assert "[ok] integrity: PRAGMA integrity_check\u00a0: ok" in french
    assert "aucune restauration laissée à mi-chemin" in french
    assert ("En bon état." in french) or ("Problèmes trouvés\u00a0: voir les lignes ÉCHEC ci-dessus." in french)
    assert "Data directory" not in french and "Healthy." not in french


@pytest.mark.usefixtures("no_system_language")
def test_gcode_info_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.printers.gcode_samples import good_program

    path = tmp_path / "bon.gcode"
    path.write_text("\n".join(good_program()) + "\n")
    args = ["--data-dir", str(tmp_path / "lab"), "gcode", "info", str(path), "--printer", "creality-ender3"]
    code, english = _cli(capsys, *args)
    assert code == 0 and "Safe to print." in english
    code, french = _cli(capsys, "--language", "fr", *args)
    assert code == 0
    assert "Impression sans danger." in french and "Durée d'impression\u00a0:" in french
    assert "Safe to print" not in french


@pytest.mark.usefixtures("no_system_language")
def test_queue_list_speaks_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = ["--data-dir", str(tmp_path / "lab")]
    assert main([*lab, "queue", "add", "--name", "lunettes", "--duration-min", "90", "--energy-wh", "120"]) == 0
    capsys.readouterr()
    assert main([*lab, "--language", "fr", "queue", "list"]) == 0
    french = capsys.readouterr().out
    assert "prévu (UTC)" in french and "énergie" in french
    assert main([*lab, "queue", "list"]) == 0
    assert "planned (UTC)" in capsys.readouterr().out


@pytest.fixture
def french() -> Iterator[None]:
    set_language("fr")
    yield
    set_language("en")


@pytest.mark.usefixtures("french")
def test_the_dispatchers_sentences_speak_french() -> None:
    outlook = Outlook(soc_now_pct=40.0, min_soc_if_continue_pct=12.0, remaining_min=120.0,
                      remaining_fraction=0.6, resume_need_pct=55.0)
    decision = decide(outlook, reserve_pct=30.0, floor_pct=10.0, is_paused=False,
                      policy=JobPowerPolicy(), bed_now_c=60.0)
    assert decision.rung is Rung.PAUSE
    assert decision.message.startswith("la batterie tomberait à 12\u00a0% (réserve 30\u00a0%)\u00a0: pause")
    paused = decide(outlook, reserve_pct=30.0, floor_pct=10.0, is_paused=True,
                    policy=JobPowerPolicy(), bed_now_c=60.0)
    assert paused.message == "attente de 55\u00a0% (actuellement 40\u00a0%) pour réchauffer et finir"


@pytest.mark.usefixtures("no_system_language")
def test_report_and_energy_outputs_speak_french_and_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lab = ["--data-dir", str(tmp_path / "lab")]
    assert main([*lab, "--language", "fr", "report"]) == 0
    assert "Aucune impression terminée pour l'instant\u00a0: le rapport se remplit" in capsys.readouterr().out
    assert main([*lab, "--language", "es", "energy", "controller"]) == 0
    assert "Sin regulador de carga: las lecturas se escriben a mano" in capsys.readouterr().out
    assert main([*lab, "energy", "controller"]) == 0
    assert "No charge controller" in capsys.readouterr().out
