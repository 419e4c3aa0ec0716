"""The catalogue commands end to end: two labs, a stick, keys read over the phone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.catalog.catalog_helpers import box_stl


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip().startswith(("{", "[")) else {"text": out}


def test_two_labs_share_a_stick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab_a, lab_b, stick = str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "stick")
    part = tmp_path / "cable-tidy.stl"
    part.write_bytes(box_stl(8, 8, 3))
    code, imported = _run(capsys, "--data-dir", lab_a, "catalog", "import", str(part), "--licence", "CC-BY-4.0",
                          "--author", "Lab A", "--json")
    assert code == 0 and imported["summary"]["new"] == 1
    design_id = imported["changes"][0]["id"]
    code, shown = _run(capsys, "--data-dir", lab_a, "catalog", "show", design_id, "--json")
    assert shown["licence"] == "CC-BY-4.0" and "Lab A" in shown["attribution"] and shown["bbox_mm"] == [8.0, 8.0, 3.0]

    code, exported = _run(capsys, "--data-dir", lab_a, "catalog", "export", stick, "--json")
    assert code == 0 and exported["designs"] == 1 and exported["objects_copied"] == 2

    code, dry = _run(capsys, "--data-dir", lab_b, "catalog", "import", stick, "--dry-run", "--json")
    assert dry["dry_run"] and dry["trust"] == "unknown_publisher" and dry["summary"]["new"] == 1
    code, listed = _run(capsys, "--data-dir", lab_b, "catalog", "list", "--trust", "unknown_publisher", "--json")
    assert listed["total"] == 0

    code, key = _run(capsys, "--data-dir", lab_a, "catalog", "keys", "show", "--json")
    code, _ = _run(capsys, "--data-dir", lab_b, "catalog", "keys", "trust", stick, "--name", "Lab A", "--fingerprint",
                   "1234 5678")
    assert code == 1
    code, trusted = _run(
        capsys, "--data-dir", lab_b, "catalog", "keys", "trust", key["public_key"], "--name", "Lab A",
        "--fingerprint", key["fingerprint_readable"].lower(), "--json",
    )
    assert code == 0 and trusted["fingerprint"] == key["fingerprint"]
    code, done = _run(capsys, "--data-dir", lab_b, "catalog", "import", stick, "--json")
    assert done["trust"] == "trusted" and done["summary"]["new"] == 1
    code, listed = _run(capsys, "--data-dir", lab_b, "catalog", "list", "--query", "tidy", "--json")
    assert [d["id"] for d in listed["designs"]] == [design_id] and listed["designs"][0]["trust"] == "trusted"
    code, keys = _run(capsys, "--data-dir", lab_b, "catalog", "keys", "list", "--json")
    assert isinstance(keys, list) and [k["name"] for k in keys] == ["Lab A"]


def test_conflict_is_kept_unless_replaced_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab_a, lab_b, stick = str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "stick")
    part = tmp_path / "clip.stl"
    part.write_bytes(box_stl())
    _, imported = _run(capsys, "--data-dir", lab_a, "catalog", "import", str(part), "--json")
    design_id = imported["changes"][0]["id"]
    _run(capsys, "--data-dir", lab_b, "catalog", "import", str(part), "--category", "ours")
    _run(capsys, "--data-dir", lab_a, "catalog", "export", stick)
    code, out = _run(capsys, "--data-dir", lab_b, "catalog", "import", stick)
    assert code == 0 and "conflict" in out["text"] and "--replace" in out["text"]
    code, out = _run(capsys, "--data-dir", lab_b, "catalog", "import", stick, "--replace", design_id, "--json")
    assert out["summary"]["updated"] == 1
    _, shown = _run(capsys, "--data-dir", lab_b, "catalog", "show", design_id, "--json")
    assert shown["category"] == "other" and shown["trust"] == "unknown_publisher" and shown["version"] == 2


def test_refused_import_exits_non_zero_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.stl"
    bad.write_bytes(b"garbage")
    code = main(["--data-dir", str(tmp_path / "a"), "catalog", "import", str(bad)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and err.count("\n") == 0 and "catalogue is unchanged" in err
    assert main(["--data-dir", str(tmp_path / "a"), "catalog", "show", "nope"]) == 1


def test_an_export_with_no_design_of_the_labs_own_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab_a, lab_b = str(tmp_path / "a"), str(tmp_path / "b")
    _, listed = _run(capsys, "--data-dir", lab_b, "catalog", "list", "--json")
    assert listed["total"] > 0 and {d["trust"] for d in listed["designs"]} == {"bundled"}
    code, out = _run(capsys, "--data-dir", lab_b, "catalog", "export", str(tmp_path / "stick-b"))
    text = out["text"].strip()
    assert code == 0 and ": 0 designs;" in text and len(text.splitlines()) == 1
    assert "Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported " \
        "or made go on the stick." in text
    assert "unknown publisher" not in text

    part = tmp_path / "clip.stl"
    part.write_bytes(box_stl())
    _run(capsys, "--data-dir", lab_a, "catalog", "import", str(part))
    _run(capsys, "--data-dir", lab_a, "catalog", "export", str(tmp_path / "stick-a"))
    _run(capsys, "--data-dir", lab_b, "catalog", "import", str(tmp_path / "stick-a"))
    code, out = _run(capsys, "--data-dir", lab_b, "catalog", "export", str(tmp_path / "stick-b"))
    assert code == 0
    assert "1 imported design from an unknown publisher or an unsigned catalogue stays off it" in out["text"]


def test_the_export_summary_says_what_was_repaired(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab, stick = str(tmp_path / "lab"), tmp_path / "stick"
    part = tmp_path / "cable-tidy.stl"
    part.write_bytes(box_stl(8, 8, 3))
    _run(capsys, "--data-dir", lab, "catalog", "import", str(part), "--licence", "CC-BY-4.0", "--author", "Lab A")
    code, first = _run(capsys, "--data-dir", lab, "catalog", "export", str(stick))
    assert code == 0 and "copied 2 new files" in first["text"] and "nothing changed" not in first["text"]
    code, again = _run(capsys, "--data-dir", lab, "catalog", "export", str(stick))
    assert "1 design;" in again["text"] and "all 2 files already there, nothing changed" in again["text"]
    victim = next(p for p in (stick / "heliofab-catalog" / "objects").rglob("*") if p.is_file())
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    code, repaired = _run(capsys, "--data-dir", lab, "catalog", "export", str(stick))
    text = repaired["text"]
    assert code == 0 and "no new files, rewrote 1 damaged file (" in text and "1 already there" in text
    assert "nothing changed" not in text and "1 files" not in text
