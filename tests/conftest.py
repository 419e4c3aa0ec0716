"""Shared fixtures. Qt renders offscreen so the suite runs without a display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# As the command line does (app/native_threads.py), before anything loads numpy: the slicer's forked
# sharing, which the tests exercise, needs a process with no other thread.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import gc
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import Services, StartupOptions, build_services


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "heliofab-data"


@pytest.fixture(scope="session")
def _new_lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new lab's data folder as the production start-up leaves it: migrated, profiles and catalogue seeded."""
    folder = tmp_path_factory.mktemp("new-lab") / "heliofab-data"
    build_services(StartupOptions(data_dir=folder)).close()
    return folder


@pytest.fixture(scope="session")
def _new_unseeded_lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same new lab without the bundled frame styles, for tests whose catalogue holds only what they put in."""
    folder = tmp_path_factory.mktemp("new-unseeded-lab") / "heliofab-data"
    build_services(StartupOptions(data_dir=folder, seed_catalogue=False)).close()
    return folder


@pytest.fixture
def services(data_dir: Path, _new_lab: Path) -> Iterator[Services]:
    """A data directory migrated by the production upgrade path, then opened by the production start-up.

    Each test gets a copy of one new lab: running the migrations and seeding the catalogue for each of
    the hundreds of tests that need a lab took minutes of the run, and gave the same files each time.
    """
    shutil.copytree(_new_lab, data_dir)
    built = build_services(StartupOptions(data_dir=data_dir))
    try:
        yield built
    finally:
        built.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Under pytest-xdist (`-n 2`), the files holding slow tests (the frozen build, the installer stick,
    # the kill -9 campaign: minutes each) are handed out first, so each runs beside the other tests
    # instead of alone at the end. A run in one process keeps the collected order.
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return
    slow_counts: dict[Path, int] = {}
    for item in items:
        if item.get_closest_marker("slow"):
            slow_counts[item.path] = slow_counts.get(item.path, 0) + 1
    items.sort(key=lambda item: -slow_counts.get(item.path, 0))


@pytest.fixture(autouse=True)
def _core_messages_in_english() -> Iterator[None]:
    # The core's language is process-wide: a test that switches to French must not leave it so.
    from i18n import set_language

    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _no_ambient_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Tests must never touch the real user data directory.
    monkeypatch.setenv("HELIOFAB_HOME", str(tmp_path / "ambient-home"))


@pytest.fixture(scope="session", autouse=True)
def _own_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # The run's temporary files, and those of the commands it starts, go to a folder of its own:
    # `doctor` reports stale demo labs left in the temporary folder, so the leftovers of another run
    # (a killed demo, another test process) would fail its checks here.
    folder = tmp_path_factory.mktemp("system-tmp")
    was = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = None  # gettempdir() reads TMPDIR again
    try:
        yield
    finally:
        if was is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = was
        tempfile.tempdir = None


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
