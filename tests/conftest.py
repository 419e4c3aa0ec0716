"""Shared fixtures. Qt renders offscreen so the suite runs without a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402
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


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_main_thread_only() -> Iterator[None]:
    # As in the app (ui/gc_guard.py): a collection triggered on a worker thread would run the
    # destructors of Qt widgets left in cycles by earlier tests there, and deadlock.
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()
    # What survives a test (modules, session fixtures, caches) lives to the end of the run: moving it
    # out of the collector's reach keeps each later collection proportional to one test's garbage
    # instead of to everything imported so far, which had made the suite several times slower.
    gc.freeze()
