"""`heliofab settings show | set`: the lab's language, name, currency and default material."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.money import CostFormat


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_show_lists_the_defaults(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(data_dir, capsys, "settings", "show", "--json")
    assert code == 0
    assert json.loads(out) == {"language": "", "lab-name": "My fab lab", "currency": "USD", "currency-symbol": "$",
                               "default-material": "petg"}
    code, out, _ = run(data_dir, capsys, "settings", "show")
    assert code == 0 and out.splitlines()[0].split() == ["setting", "value"]
    assert "the computer's language" in out


def test_set_changes_each_setting(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, capsys, "settings", "set", "language", "FR")[1] == "Set language to fr (Français).\n"
    assert run(data_dir, capsys, "settings", "set", "lab-name", "  Tamale   fab lab ")[0] == 0
    assert run(data_dir, capsys, "settings", "set", "currency", "xof")[0] == 0
    assert run(data_dir, capsys, "settings", "set", "default-material", "PLA")[0] == 0
    code, out, _ = run(data_dir, capsys, "settings", "show", "--json")
    assert code == 0
    assert json.loads(out) == {"language": "fr", "lab-name": "Tamale fab lab", "currency": "XOF",
                               "currency-symbol": "CFA", "default-material": "pla"}
    assert run(data_dir, capsys, "settings", "set", "language", "system")[1] == \
        "Set language to the computer's language.\n"


@pytest.mark.parametrize(("key", "value", "reason"), [
    ("currency", "dollars", "'dollars' is not a currency code: use the three letters of ISO 4217"),
    ("default-material", "abs", "No material is called 'abs': choose one of"),
    ("language", "de", "Heliofab has no 'de' translation: choose one of en (English)"),
    ("lab-name", "   ", "Give the lab a name"),
    ("currency-symbol", "1$", "A currency symbol is at most 5 characters"),
])
def test_a_refused_value_says_why_and_changes_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                                      key: str, value: str, reason: str) -> None:
    code, out, err = run(data_dir, capsys, "settings", "set", key, value)
    assert code != 0 and out == "" and reason in err and len(err.strip().splitlines()) == 1
    assert json.loads(run(data_dir, capsys, "settings", "show", "--json")[1])["currency"] == "USD"


def test_an_unknown_key_is_refused_by_the_parser(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data_dir), "settings", "set", "colour", "blue"])
    assert exc.value.code == 2
    assert "invalid choice: 'colour'" in capsys.readouterr().err


@pytest.mark.parametrize(("currency", "symbol", "shown"), [
    ("USD", "", "$0.23 USD"),
    ("GHS", "", "GH₵0.23 GHS"),
    ("XYZ", "", "0.23 XYZ"),
    ("EUR", "EUR", "0.23 EUR"),
    ("KES", "Sh", "Sh0.23 KES"),
])
def test_costs_are_formatted_with_the_currency(currency: str, symbol: str, shown: str) -> None:
    assert CostFormat(currency, symbol).format(0.2301) == shown


def test_slice_uses_the_labs_currency_and_default_material(data_dir: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    import trimesh

    part = tmp_path / "block.stl"
    trimesh.creation.box(extents=(12.0, 12.0, 4.0)).export(part)
    out = tmp_path / "block.gcode"
    assert run(data_dir, capsys, "settings", "set", "currency", "GHS")[0] == 0
    assert run(data_dir, capsys, "settings", "set", "default-material", "petg")[0] == 0
    code, text, _ = run(data_dir, capsys, "slice", str(part), "-o", str(out), "--printer", "creality-ender3")
    assert code == 0
    cost_line = next(line for line in text.splitlines() if line.startswith("Cost:"))
    assert cost_line.startswith("Cost:        GH₵") and cost_line.endswith(" GHS")
    assert "; material = petg" in out.read_text(encoding="utf-8")
    code, text, _ = run(data_dir, capsys, "gcode", "info", str(out), "--printer", "creality-ender3")
    assert code == 0 and cost_line in text.splitlines()
