"""Catalogue imports, background tasks and the queue's dispatch leave a trace in the operator's log."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path

import pytest

from app.catalog_service import CatalogImportError
from app.queue.dispatch_service import DispatchService
from app.services import Services
from app.tasks import TaskContext, TaskRunner
from catalog.importers import ImportDefaults
from tests.catalog.catalog_helpers import (
    box_stl,
    services,  # noqa: F401 - the unseeded fixture
)


def test_catalogue_imports_are_logged(services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="app.catalog_service")
    path = tmp_path / "hinge_block.stl"
    path.write_bytes(box_stl(10, 20, 30))
    services.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author="Kofi"))
    refused = tmp_path / "box.stl"
    refused.write_bytes(box_stl())
    with pytest.raises(CatalogImportError):
        services.catalog.import_path(refused, defaults=ImportDefaults(licence="CC-BY-4.0"))
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith(f"Catalogue import from {path} (files)") and "'new': 1" in m for m in messages)
    assert any(m.startswith(f"Catalogue import from {refused} refused:") and "--author" in m for m in messages)


def test_a_failed_background_task_keeps_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    def work(task: TaskContext) -> None:
        raise ArithmeticError("the slicer divided by zero")

    runner = TaskRunner(1)
    try:
        handle = runner.submit("Slicing", work)
        with pytest.raises(ArithmeticError):
            handle.future.result(timeout=10)
    finally:
        runner.shutdown()
    [record] = [r for r in caplog.records if r.name == "app.tasks"]
    assert record.levelno == logging.WARNING and record.getMessage() == "Background task 'Slicing' failed"
    assert record.exc_info is not None and "the slicer divided by zero" in str(record.exc_info[1])


def test_a_failing_dispatch_pass_is_logged_and_dispatch_goes_on(
    services: Services, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    dispatch = DispatchService(
        session_factory=services.session_factory, settings=services.settings, profiles=services.profiles,
        printing=services.printing, energy=services.energy, interval_s=0.01,
    )
    passes: list[datetime | None] = []
    second_pass = threading.Event()

    def failing_tick(now: datetime | None = None) -> list[object]:
        passes.append(now)
        if len(passes) >= 2:
            second_pass.set()
        raise RuntimeError("forecast table is empty")

    monkeypatch.setattr(dispatch, "tick", failing_tick)
    dispatch.start()
    try:
        assert second_pass.wait(10)  # a bad pass did not end automatic dispatch
    finally:
        dispatch.stop()
    failures = [r for r in caplog.records if r.name == "app.queue.dispatch_service" and r.levelno == logging.ERROR]
    assert failures and "A dispatch pass failed" in failures[0].getMessage()
    assert failures[0].exc_info is not None and "forecast table is empty" in str(failures[0].exc_info[1])
