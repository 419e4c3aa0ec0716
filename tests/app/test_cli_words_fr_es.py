"""fit suggest, customize and the busy-lab refusal speak French and Spanish; --json stays English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.lab_lock import PRINT_HOLDER_PREFIX, LockHolder, busy_message
from i18n import set_language


@pytest.fixture
def no_system_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "HELIOFAB_LANG"):
        monkeypatch.delenv(name, raising=False)
    yield
    set_language("en")


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    main(["--data-dir", str(tmp_path / "lab"), *args])
    return capsys.readouterr().out


@pytest.mark.usefixtures("no_system_language")
def test_fit_suggest_header_and_sizes_follow_the_language(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    command = ["fit", "suggest", "--style", "round-classic", "--pd-mm", "63"]
    french = _run(tmp_path, capsys, "--language", "fr", *command).splitlines()
    assert "tailles de round-classic sur" in french[0]
    assert french[0].endswith("(EP 31.5 / 31.5)\u00a0:")
    assert french[1].startswith("n°1  verre ")
    assert ", pont " in french[1]
    spanish = _run(tmp_path, capsys, "--language", "es", *command).splitlines()
    assert "comprobaciones de la montura (DP 31.5 / 31.5):" in spanish[0]
    english = _run(tmp_path, capsys, *command).splitlines()
    assert "sizes of round-classic pass every frame check (PD 31.5 / 31.5):" in english[0]
    assert english[1].startswith("#1  lens ")
    data = json.loads(_run(tmp_path, capsys, "--language", "fr", *command, "--json"))
    assert data["suggestions"]


@pytest.mark.usefixtures("no_system_language")
def test_customize_check_verdict_follows_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(tmp_path, capsys, "--language", "es", "customize", "round-classic", "--pd", "63", "--check")
    assert out.startswith("round-classic ")
    assert "todas las comprobaciones pasan." in out


@pytest.mark.usefixtures("no_system_language")
def test_the_busy_lab_refusal_is_french() -> None:
    set_language("fr")
    printing = busy_message(LockHolder(42, f"{PRINT_HOLDER_PREFIX} job 3", "2026-01-01T00:00:00+00:00"))
    assert printing.startswith("Heliofab est déjà lancé sur ce dossier de données (")
    assert "attendez la fin de l'impression" in printing
    assert "fermez-le d'abord" in busy_message(None)
