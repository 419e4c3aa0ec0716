"""Installer sticks without network: wheel-folder checks, refusals, the scripts and the README."""

from __future__ import annotations

import shutil
import subprocess
from collections import namedtuple
from pathlib import Path

import pytest

import app
import app.installer.stick as stick_module
from app.cli import main as cli_main
from app.installer import (
    IncompleteWheelsError,
    InstallerCancelledError,
    InstallerError,
    StickOptions,
    Target,
    make_installer_stick,
    readme_language,
)
from app.installer.targets import parse_python_versions, parse_systems
from app.installer.wheels import verify_folder
from app.services import Services
from app.settings import UiSettings
from tests.app.installer_helpers import fake_installation_folder, fake_wheel

LINUX_311 = Target("linux", "x86_64", "3.11")
WINDOWS_311 = Target("windows", "amd64", "3.11")


def _verify(target: Target, folder: Path) -> None:
    verify_folder(target, folder, remedy="do something.", progress=lambda _f, _m: None, is_cancelled=lambda: False)


@pytest.fixture
def kept_wheels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This process pretends to be a copy installed from a stick for Linux and Python 3.11."""
    root = tmp_path / "installed" / "wheels"
    fake_installation_folder(root / "linux-x86_64-py3.11", app.__version__)
    monkeypatch.setattr(stick_module, "installation_wheels_dir", lambda: root)
    monkeypatch.setattr(stick_module, "source_tree", lambda: None)
    return root


def test_a_folder_without_a_windows_build_is_refused_naming_the_package(tmp_path: Path) -> None:
    folder = fake_installation_folder(tmp_path / "wheels", "0.1.0")
    _verify(LINUX_311, folder)
    with pytest.raises(IncompleteWheelsError) as caught:
        _verify(WINDOWS_311, folder)
    assert caught.value.package.startswith("widget")
    assert "widget" in str(caught.value) and "Windows (amd64), Python 3.11" in str(caught.value)


def test_a_dependency_hidden_by_a_marker_is_found_for_the_target_python(tmp_path: Path) -> None:
    # pip judges `python_version < "3.11"` on the machine checking; the stick is for Python 3.10.
    folder = fake_installation_folder(tmp_path / "wheels", "0.1.0",
                                      requires=("widget>=1", 'oldtoml; python_version < "3.11"'))
    _verify(LINUX_311, folder)
    with pytest.raises(IncompleteWheelsError, match="oldtoml"):
        _verify(Target("linux", "x86_64", "3.10"), folder)
    fake_wheel(folder, "oldtoml", "2.0")
    _verify(Target("linux", "x86_64", "3.10"), folder)


def test_a_windows_only_dependency_is_needed_on_windows_only(tmp_path: Path) -> None:
    folder = fake_installation_folder(tmp_path / "wheels", "0.1.0", requires=("colourful; sys_platform == 'win32'",))
    _verify(LINUX_311, folder)
    with pytest.raises(IncompleteWheelsError, match="colourful"):
        _verify(WINDOWS_311, folder)


def test_platform_and_version_lists_are_checked() -> None:
    assert parse_systems("Windows, linux,windows") == ("windows", "linux")
    assert parse_python_versions("3.10,3.13") == ("3.10", "3.13")
    with pytest.raises(InstallerError, match="Unknown platform 'windoze'"):
        parse_systems("windoze")
    with pytest.raises(InstallerError, match=r"Python 3\.8 is not one"):
        parse_python_versions("3.8")


def test_a_full_stick_is_refused_before_anything_is_written(tmp_path: Path, kept_wheels: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr("catalog.stick.shutil.disk_usage", lambda _path: usage(8_000_000_000, 7_999_000_000, 1_000_000))
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(InstallerError, match="needs about"):
        make_installer_stick(stick, StickOptions(platforms="linux", python_versions="3.11", is_offline=True))
    assert list(stick.iterdir()) == []


def test_offline_the_kept_wheels_make_the_stick_and_other_platforms_are_refused(
    tmp_path: Path, kept_wheels: Path
) -> None:
    python_dir = tmp_path / "downloads"
    python_dir.mkdir()
    (python_dir / "python-3.11.9-amd64.exe").write_bytes(b"MZ installer")
    stick = tmp_path / "stick"
    stick.mkdir()
    report = make_installer_stick(stick, StickOptions(platforms="linux,windows", python_versions="3.11",
                                                      python_installer_dir=python_dir, is_offline=True))
    assert report.targets == [LINUX_311]
    assert [label for label, _why in report.skipped] == ["Windows (amd64), Python 3.11"]
    folder = stick / "heliofab-installer" / "wheels" / "linux-x86_64-py3.11"
    kept = kept_wheels / "linux-x86_64-py3.11"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in kept.iterdir())
    assert (stick / "heliofab-installer" / "python" / "python-3.11.9-amd64.exe").is_file()
    assert sorted(p.name for p in stick.iterdir()) == ["README.txt", "heliofab-installer", "install.bat", "install.sh"]
    readme = (stick / "README.txt").read_text(encoding="utf-8-sig")
    assert "python-3.11.9-amd64.exe" in readme and "Windows (amd64), Python 3.11" in readme


def test_offline_with_no_kept_folder_for_any_target_is_refused(tmp_path: Path, kept_wheels: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(InstallerError, match=r"keeps the wheels for Linux \(x86_64\), Python 3\.11 only"):
        make_installer_stick(stick, StickOptions(platforms="macos", python_versions="3.11", is_offline=True))
    assert list(stick.iterdir()) == []


def test_a_cancelled_stick_keeps_its_previous_installer(tmp_path: Path, kept_wheels: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    options = StickOptions(platforms="linux", python_versions="3.11", is_offline=True)
    make_installer_stick(stick, options)
    before = sorted(p.relative_to(stick) for p in stick.rglob("*"))
    with pytest.raises(InstallerCancelledError):
        make_installer_stick(stick, options, is_cancelled=lambda: True)
    assert sorted(p.relative_to(stick) for p in stick.rglob("*")) == before


def test_the_install_scripts_are_plain_sh_and_crlf_cmd(tmp_path: Path, kept_wheels: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    make_installer_stick(stick, StickOptions(platforms="linux", python_versions="3.11", is_offline=True))
    bat = (stick / "install.bat").read_bytes()
    assert bat.count(b"\r\n") == bat.count(b"\n") > 50
    assert b"WScript.Shell" in bat and b"--no-index --find-links" in bat
    assert b"%LOCALAPPDATA%\\Programs\\Heliofab" in bat
    script = stick / "install.sh"
    assert b"\r" not in script.read_bytes()
    shells = [shell for shell in ("sh", "dash", "bash") if shutil.which(shell)]
    assert shells
    for shell in shells:
        checked = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stderr
    text = script.read_text(encoding="utf-8")
    assert "--no-index --find-links" in text and "heliofab-app" in text and "applications" in text


def test_install_sh_without_a_matching_python_says_what_to_do(tmp_path: Path, kept_wheels: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    make_installer_stick(stick, StickOptions(platforms="linux", python_versions="3.11", is_offline=True))
    # Rename the folder so that no Python on this machine matches what the stick holds.
    wheels = stick / "heliofab-installer" / "wheels"
    (wheels / "linux-x86_64-py3.11").rename(wheels / "linux-x86_64-py3.99")
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    for tool in ("uname", "dirname", "ls", "sed", "tr", "python3"):
        found = shutil.which(tool)
        if found:
            (empty_bin / tool).symlink_to(found)
    result = subprocess.run([shutil.which("sh") or "sh", str(stick / "install.sh"), str(tmp_path / "app")],
                            capture_output=True, text=True,
                            env={"PATH": str(empty_bin), "HOME": str(tmp_path)}, check=False)
    assert result.returncode == 1
    assert "Python 3.99" in result.stderr and "heliofab installer --python-versions" in result.stderr
    assert not (tmp_path / "app").exists()


def test_readme_language_follows_the_setting_then_the_system() -> None:
    assert readme_language("fr", "es_ES.UTF-8") == "fr"
    assert readme_language("", "es_ES.UTF-8") == "es"
    assert readme_language("", "de_DE") == "en"


def test_the_command_writes_the_readme_in_the_labs_language(
    tmp_path: Path, kept_wheels: Path, services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.settings.save(UiSettings(language="fr"))
    services.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    exit_code = cli_main(["--data-dir", str(data_dir), "installer", str(stick), "--platforms", "linux",
                          "--python-versions", "3.11", "--offline"])
    assert exit_code == 0, capsys.readouterr().err
    assert "Linux (x86_64), Python 3.11" in capsys.readouterr().out
    readme = (stick / "README.txt").read_bytes()
    assert readme.startswith(b"\xef\xbb\xbf") and b"\r\n" in readme
    assert "clé d'installation" in readme.decode("utf-8-sig")
