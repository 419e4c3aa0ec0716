"""The README's headless fitting example runs as written: its clicks give a face's PD, not a child's half."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
from PIL import Image

from app.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## From a customer to printed frames, headless"


def _readme_commands() -> list[list[str]]:
    """The sh block of the headless section, continuation lines joined and comments dropped."""
    text = README.read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text[text.index(SECTION):], re.S)
    assert block is not None, "the headless section lost its sh block"
    joined = block.group(1).replace("\\\n", " ")
    return [shlex.split(line, comments=True) for line in joined.splitlines() if line.strip()]


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, argv: list[str]) -> tuple[int, str]:
    assert argv[0] == "heliofab"
    code = main(["--data-dir", str(data_dir), *argv[1:]])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_readme_pd_from_photo_example_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = _readme_commands()
    add, photo, suggest = commands[0], commands[1], commands[2]
    assert add[1:3] == ["customers", "add"] and photo[1:3] == ["fit", "pd-from-photo"]
    assert suggest[1:3] == ["fit", "suggest"]
    monkeypatch.chdir(tmp_path)
    # A phone photo's size: the example's clicks lie inside it.
    Image.new("RGB", (1600, 1200), (180, 150, 120)).save(tmp_path / photo[3], "JPEG")
    data_dir = tmp_path / "lab"

    code, text = _run(capsys, data_dir, add)
    assert code == 0, text
    code, text = _run(capsys, data_dir, photo)
    assert code == 0, text
    code, text = _run(capsys, data_dir, [*photo, "--json"])
    assert code == 0, text
    reading = json.loads(text)
    # The comment beside the example says the ruler would read 63 mm for the same customer.
    assert reading["far_pd_mm"] == pytest.approx(63.0, abs=0.5)
    assert reading["mm_per_px_at_card"] == pytest.approx(85.6 / 600, rel=0.01)
    code, text = _run(capsys, data_dir, suggest)
    assert code == 0, text
    assert "bridge" in text.lower()
