"""A copy installed with `pip install .` passes itself on: its wheel is made again from its installed files."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import app
import app.installer.stick as stick_module
from app.installer import InstallerError, StickOptions, make_installer_stick
from app.installer.rebuild import rebuild_wheel, verify_wheel
from app.installer.source import working_source_tree
from tests.app.installer_helpers import fake_installation_folder, heliofab_like_wheel, pip_install_wheel

VERSION = app.__version__
DIST_INFO = f"heliofab-{VERSION}.dist-info"



@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the site folder pip installed it into, launcher included)."""
    work = tmp_path_factory.mktemp("installed")
    wheel = heliofab_like_wheel(work / "dist", VERSION)
    pip_install_wheel(wheel, work / "site")
    # What bytecode compiling leaves: listed in RECORD without a hash, never part of a wheel.
    pycache = work / "site" / "app" / "__pycache__"
    pycache.mkdir()
    (pycache / "__init__.cpython-311.pyc").write_bytes(b"\x00bytecode")
    with (work / "site" / DIST_INFO / "RECORD").open("a", encoding="utf-8") as record:
        record.write("app/__pycache__/__init__.cpython-311.pyc,,\n")
    return wheel, work / "site"


def _members(wheel: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(wheel) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.endswith("/RECORD")}


def test_the_rebuilt_wheel_holds_what_was_installed_and_installs_again(installed: tuple[Path, Path],
                                                                       tmp_path: Path) -> None:
    original, site = installed
    assert (site / "bin" / "heliofab").is_file() and (site / DIST_INFO / "INSTALLER").is_file()
    rebuilt = rebuild_wheel(site / DIST_INFO, tmp_path / "out")
    assert rebuilt.name == f"heliofab-{VERSION}-py3-none-any.whl"
    # Same files, same bytes: no launcher, no bytecode, nothing pip added when it installed.
    assert _members(rebuilt) == _members(original)
    with zipfile.ZipFile(rebuilt) as archive:
        assert archive.namelist()[-1] == f"{DIST_INFO}/RECORD"
    verify_wheel(rebuilt)
    pip_install_wheel(rebuilt, tmp_path / "again")
    probe = subprocess.run([sys.executable, "-c", "import app.entry; app.entry.main()"], cwd=tmp_path,
                           env={**os.environ, "PYTHONPATH": str(tmp_path / "again")},
                           capture_output=True, text=True, timeout=60, check=False)
    assert probe.stdout == "heliofab\n", probe.stderr
    assert (tmp_path / "again" / "bin" / "heliofab").is_file()


def test_a_file_changed_since_installation_is_refused(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _original, site = installed
    changed = tmp_path / "site"
    changed.mkdir()
    for path in site.rglob("*"):
        if path.is_file():
            (changed / path.relative_to(site)).parent.mkdir(parents=True, exist_ok=True)
            (changed / path.relative_to(site)).write_bytes(path.read_bytes())
    (changed / "app" / "entry.py").write_text("def main() -> None:\n    print('edited')\n")
    with pytest.raises(InstallerError, match=r"entry\.py has changed since Heliofab was installed.*--source"):
        rebuild_wheel(changed / DIST_INFO, tmp_path / "out")
    (changed / "app" / "entry.py").unlink()
    with pytest.raises(InstallerError, match=r"entry\.py is missing from this installation"):
        rebuild_wheel(changed / DIST_INFO, tmp_path / "out")


def test_a_wheel_whose_record_lies_is_refused(installed: tuple[Path, Path], tmp_path: Path) -> None:
    original, _site = installed
    members = _members(original)
    members["app/entry.py"] = b"print('swapped')\n"
    with zipfile.ZipFile(original) as archive:
        record = archive.read(f"{DIST_INFO}/RECORD")
    tampered = tmp_path / original.name
    with zipfile.ZipFile(tampered, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(f"{DIST_INFO}/RECORD", record)
    with pytest.raises(InstallerError, match=r"app/entry\.py in .* does not match its RECORD"):
        verify_wheel(tampered)


def test_an_installed_copy_with_an_older_kept_folder_puts_its_own_wheel_on_the_stick(
    installed: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Installed from an older stick, then upgraded with `pip install .`: the kept wheel is not this version.
    _original, site = installed
    kept = tmp_path / "installed" / "wheels"
    fake_installation_folder(kept / "linux-x86_64-py3.11", "0.0.1")
    monkeypatch.setattr(stick_module, "installation_wheels_dir", lambda: kept)
    monkeypatch.setattr(stick_module, "source_tree", lambda: None)
    monkeypatch.setattr(stick_module, "own_dist_info", lambda: site / DIST_INFO)
    monkeypatch.chdir(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    make_installer_stick(stick, StickOptions(platforms="linux", python_versions="3.11", is_offline=True))
    folder = stick / "heliofab-installer" / "wheels" / "linux-x86_64-py3.11"
    (on_stick,) = folder.glob("heliofab-*.whl")
    assert on_stick.name == f"heliofab-{VERSION}-py3-none-any.whl"
    assert _members(on_stick) == _members(_original)


def test_a_copy_neither_installed_nor_in_its_source_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "installed" / "wheels"
    fake_installation_folder(kept / "linux-x86_64-py3.11", "0.0.1")
    monkeypatch.setattr(stick_module, "installation_wheels_dir", lambda: kept)
    monkeypatch.setattr(stick_module, "source_tree", lambda: None)
    monkeypatch.setattr(stick_module, "own_dist_info", lambda: None)
    monkeypatch.chdir(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(InstallerError, match="run the command in Heliofab's source folder, or name it with --source"):
        make_installer_stick(stick, StickOptions(platforms="linux", python_versions="3.11", is_offline=True))
    assert list(stick.iterdir()) == []


def test_the_folder_the_command_runs_in_counts_when_it_is_heliofabs_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert working_source_tree() is None
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "heliofab"\n', encoding="utf-8")
    assert working_source_tree() == tmp_path
