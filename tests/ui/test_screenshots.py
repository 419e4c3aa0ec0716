from __future__ import annotations

from pathlib import Path

from ui.entry import main
from ui.main_window import areas


def test_screenshots_render_every_main_screen(tmp_path: Path, qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots"
    assert main(["screenshots", str(out), "--json"]) == 0
    files = sorted(out.glob("*.png"))
    assert [f.stem.split("-", 1)[1] for f in files] == [a.key for a in areas()]
    for f in files:
        assert f.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and f.stat().st_size > 5000


def test_screenshots_can_list_layout_problems(tmp_path: Path, qapp, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    code = main(["screenshots", str(tmp_path / "shots"), "--language", "fr", "--check-layout", "--json"])
    report = json.loads(capsys.readouterr().out)
    problems = report["layout_problems"]
    assert code == (1 if problems else 0)
    keys = {a.key for a in areas()}
    assert all(problem.split(" ", 1)[0] in keys for problem in problems)
