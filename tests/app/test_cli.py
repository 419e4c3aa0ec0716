from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from ui.entry import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from ui.entry import main; sys.exit(main())", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_doctor_json_reports_healthy_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "d"), "doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] is True
    assert {c["name"]: c["is_ok"] for c in report["checks"]} == {
        "data_dir_writable": True,
        "schema_at_head": True,
        "integrity": True,
        "restore_finished": True,
        "stored_files": True,
        "leftovers": True,
        "private_to_this_account": True,
        "lab_key": True,
    }
    assert isinstance(report["serial_ports"], list)
    assert (tmp_path / "d" / "heliofab.sqlite").is_file()


def test_heliofab_home_is_used_without_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELIOFAB_HOME", str(tmp_path / "home"))
    assert main(["doctor", "--json"]) == 0
    assert (tmp_path / "home" / "heliofab.sqlite").is_file()


def test_data_dir_flag_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELIOFAB_HOME", str(tmp_path / "env"))
    assert main(["--data-dir", str(tmp_path / "flag"), "doctor"]) == 0
    assert (tmp_path / "flag" / "heliofab.sqlite").is_file()
    assert not (tmp_path / "env").exists()


def test_unusable_data_dir_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli("--data-dir", str(blocker / "inside"), "doctor")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--data-dir" in lines[0]
    assert blocker.read_text() == "not a folder"


def test_not_writable_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    # Tests run as root in CI, where chmod can't make a folder read-only; simulate the OS refusal.
    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    assert main(["--data-dir", str(tmp_path / "ro"), "doctor"]) == 1
    err = capsys.readouterr().err
    assert "not writable" in err and "--data-dir" in err


def test_not_a_database_json_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "heliofab.sqlite").write_bytes(b"\x00garbage" * 10)
    assert main(["--data-dir", str(tmp_path / "d"), "doctor", "--json"]) == 1
    out = capsys.readouterr().out
    assert "not a Heliofab database" in json.loads(out)["error"]


def test_help_lists_doctor() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "doctor" in result.stdout


def test_command_groups_are_shared_between_modules() -> None:
    import argparse

    from app.cli.common import command_group

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    first = command_group(sub, "printers", "printers")
    first.add_parser("profiles")
    second = command_group(sub, "printers", "printers")
    second.add_parser("ports")
    assert first is second
    assert set(first.choices) == {"profiles", "ports"}


def test_cli_start_up_loads_no_heavy_libraries() -> None:
    # `heliofab --help` runs on slow laptops: Qt, SQLAlchemy and the geometry stack load only when used.
    code = (
        "import sys, ui.entry; from app.cli import build_parser; build_parser([ui.entry.screenshots]); "
        "heavy = [m for m in ('PySide6', 'sqlalchemy', 'alembic', 'trimesh', 'shapely', 'numpy') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_profile_commands_open_the_database_alone(tmp_path: Path) -> None:
    # `slice`, `gcode info` and `printers profiles` need profiles only: the catalogue, printing and
    # energy services (and their imports) stay unloaded.
    code = (
        "import sys; from app.cli import main; "
        f"rc = main(['--data-dir', {str(tmp_path / 'lab')!r}, 'printers', 'profiles', '--json']); "
        "loaded = [m for m in ('app.services', 'app.catalog_service', 'app.printing.service', 'app.energy.monitor') "
        "if m in sys.modules]; "
        "print('LOADED', ','.join(loaded), file=sys.stderr); sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1].strip() == "LOADED", result.stderr
    assert {p["id"] for p in json.loads(result.stdout)} >= {"prusa-mk3", "creality-ender3"}


def test_spelled_out_slicer_choices_match_the_enums() -> None:
    from app.cli.slice_cmd import BACKEND_CHOICES, SEAM_CHOICES
    from app.slicing import SlicerBackend
    from printers.slicer import SeamPosition

    assert tuple(s.value for s in SeamPosition) == SEAM_CHOICES
    assert tuple(b.value for b in SlicerBackend) == BACKEND_CHOICES
