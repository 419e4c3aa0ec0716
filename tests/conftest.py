"""Shared fixtures. Qt renders offscreen so the suite runs without a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.services import Services, StartupOptions, build_services  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "heliofab-data"


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    """A data directory migrated by the production upgrade path."""
    built = build_services(StartupOptions(data_dir=data_dir))
    try:
        yield built
    finally:
        built.close()


@pytest.fixture(autouse=True)
def _no_ambient_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Tests must never touch the real user data directory.
    monkeypatch.setenv("HELIOFAB_HOME", str(tmp_path / "ambient-home"))
