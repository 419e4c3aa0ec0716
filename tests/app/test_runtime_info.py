"""The log and the doctor say how this copy runs: from its source, as an installed wheel, or packaged."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from app import runtime_info

CHECKOUT = Path(runtime_info.__file__).resolve().parents[1]


def _dist_info(folder: Path, direct_url: dict[str, object] | None) -> Path:
    dist_info = folder / "heliofab-0.1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text("Metadata-Version: 2.4\nName: heliofab\nVersion: 0.1.0\n", encoding="utf-8")
    if direct_url is not None:
        (dist_info / "direct_url.json").write_text(json.dumps(direct_url), encoding="utf-8")
    return dist_info


def test_a_wheel_installed_with_pip_install_dot_is_an_installed_wheel(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # `pip install .` records the folder it built from, without "editable".
    dist_info = _dist_info(tmp_path, {"url": CHECKOUT.as_uri(), "dir_info": {}})
    monkeypatch.setattr(runtime_info, "own_dist_info", lambda: dist_info)
    assert runtime_info.installation_kind() == "installed wheel"
    assert runtime_info.summary_line().endswith(", installed wheel")


def test_a_wheel_installed_from_a_stick_is_an_installed_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dist_info = _dist_info(tmp_path, None)
    monkeypatch.setattr(runtime_info, "own_dist_info", lambda: dist_info)
    assert runtime_info.installation_kind() == "installed wheel"


def test_an_editable_install_is_told_from_a_bare_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime_info, "own_dist_info", lambda: None)
    site = tmp_path / "site-packages"
    _dist_info(site, {"url": CHECKOUT.as_uri(), "dir_info": {"editable": True}})
    monkeypatch.setattr(sys, "path", [str(site)])
    assert runtime_info.installation_kind() == "editable install of a source folder"
    # An editable install of another checkout says nothing about this one.
    other = tmp_path / "other-site"
    _dist_info(other, {"url": (tmp_path / "elsewhere").as_uri(), "dir_info": {"editable": True}})
    monkeypatch.setattr(sys, "path", [str(other)])
    assert runtime_info.installation_kind() == "from a source folder"


def test_a_packaged_build_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert runtime_info.installation_kind() == "packaged build"
    assert runtime_info.summary_line().endswith(", packaged build")


def test_an_editable_url_on_windows_names_the_drive() -> None:
    assert runtime_info._file_url_path("file:///C:/Users/lab/heliofab%20src") == Path("C:/Users/lab/heliofab src")
    assert runtime_info._file_url_path("https://example.org/heliofab") is None


def test_the_dist_info_beside_the_running_code_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site-packages"
    (site / "app").mkdir(parents=True)
    (site / "app" / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(runtime_info.app, "__file__", str(site / "app" / "__init__.py"))
    assert runtime_info.own_dist_info() is None
    stale = site / "heliofab-0.0.1.dist-info"
    stale.mkdir()
    assert runtime_info.own_dist_info() == stale
    current = site / f"heliofab-{runtime_info.__version__}.dist-info"
    current.mkdir()
    assert runtime_info.own_dist_info() == current
