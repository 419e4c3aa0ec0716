"""The Sync screen copies Heliofab itself to a stick, in the background, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import app
import app.installer.stick as stick_module
import ui.screens.sync as sync_module
from app.installer import InstallerCancelledError, current_python_version
from app.services import Services
from app.settings import UiSettings
from tests.app.installer_helpers import fake_installation_folder, heliofab_like_wheel, pip_install_wheel
from tests.ui.window_helpers import open_area
from ui.screens.sync import SyncScreen


def test_copy_heliofab_to_a_stick_with_no_network(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(sync_module, "current_system", lambda: "linux")
    kept = tmp_path / "installed" / "wheels"
    fake_installation_folder(kept / f"linux-x86_64-py{current_python_version()}", app.__version__)
    monkeypatch.setattr(stick_module, "installation_wheels_dir", lambda: kept)
    monkeypatch.setattr(stick_module, "source_tree", lambda: None)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    services.settings.save(UiSettings(language="es"))
    stick = tmp_path / "stick"
    stick.mkdir()

    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(stick)
    assert screen.installer_button.isEnabled()
    screen.installer_button.click()
    qtbot.waitUntil(lambda: screen.status_label.text().startswith("Heliofab is on the stick"), timeout=60000)
    text = screen.status_label.text()
    assert f"Linux (x86_64), Python {current_python_version()}" in text
    assert f"Not on it, as there is no network: Windows (amd64), Python {current_python_version()}" in text
    assert screen.progress.value() == 1000 and screen.installer_button.isEnabled()
    assert "memoria de instalación" in (stick / "README.txt").read_text(encoding="utf-8-sig")
    assert (stick / "install.bat").is_file() and (stick / "install.sh").is_file()


def test_a_copy_installed_with_pip_install_dot_copies_itself(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    # Installed from an older stick, then upgraded with `pip install .`: no wheel of this version is kept,
    # and the window runs from no source folder; the installed files make the wheel.
    site = tmp_path / "site-packages"
    pip_install_wheel(heliofab_like_wheel(tmp_path / "dist", app.__version__), site)
    monkeypatch.setattr(sync_module, "current_system", lambda: "linux")
    kept = tmp_path / "installed" / "wheels"
    fake_installation_folder(kept / f"linux-x86_64-py{current_python_version()}", "0.0.1")
    monkeypatch.setattr(stick_module, "installation_wheels_dir", lambda: kept)
    monkeypatch.setattr(stick_module, "source_tree", lambda: None)
    monkeypatch.setattr(stick_module, "own_dist_info", lambda: site / f"heliofab-{app.__version__}.dist-info")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    stick = tmp_path / "stick"
    stick.mkdir()

    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(stick)
    screen.installer_button.click()
    qtbot.waitUntil(lambda: screen.status_label.text().startswith("Heliofab is on the stick"), timeout=60000)
    wheels = stick / "heliofab-installer" / "wheels" / f"linux-x86_64-py{current_python_version()}"
    assert [p.name for p in wheels.glob("heliofab-*.whl")] == [f"heliofab-{app.__version__}-py3-none-any.whl"]


def test_copying_heliofab_can_be_cancelled(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    started = threading.Event()
    seen: dict[str, object] = {}

    def slow_stick(dest: Path, options: object, *, progress, is_cancelled):  # type: ignore[no-untyped-def]
        seen["options"] = options
        started.set()
        while not is_cancelled():
            progress(0.3, "Windows (amd64): Collecting pyside6-essentials")
            threading.Event().wait(0.01)
        raise InstallerCancelledError("Cancelled: the stick keeps what it held before.")

    monkeypatch.setattr(sync_module, "make_installer_stick", slow_stick)
    monkeypatch.setattr(sync_module, "current_system", lambda: "macos")
    _window, screen = open_area(qtbot, services, "sync", SyncScreen)
    screen.set_location(tmp_path)
    screen.installer_button.click()
    qtbot.waitUntil(started.is_set, timeout=20000)
    qtbot.waitUntil(lambda: "pyside6" in screen.status_label.text(), timeout=20000)
    assert 0 < screen.progress.value() < 1000
    screen.cancel_button.click()
    assert "keeps what it held before" in screen.status_label.text()
    qtbot.waitUntil(screen.installer_button.isEnabled, timeout=20000)
    assert not screen.cancel_button.isEnabled()
    assert seen["options"].platforms == "macos,windows"  # type: ignore[attr-defined]
