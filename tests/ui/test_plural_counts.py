"""Counts in the window agree with their number: "1 design", "2 designs"; "1 nouveau", "2 nouveaux"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.catalog_service import HeldBack
from app.services import Services
from catalog.bundle import ExportReport
from tests.catalog.catalog_helpers import box_stl
from tests.ui.window_helpers import window_in
from ui.main_window import MainWindow
from ui.screens.catalogue import CatalogueScreen
from ui.screens.sync import SyncScreen

STEP_MS = 20_000


def _window(qtbot: Any, services: Services, language: str) -> Iterator[MainWindow]:
    with window_in(qtbot, services, language) as built:
        yield built


@pytest.fixture
def english_window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    yield from _window(qtbot, services, "en")


@pytest.fixture
def french_window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    yield from _window(qtbot, services, "fr")


def _report(designs: int, copied: int) -> ExportReport:
    return ExportReport(root=Path("stick"), design_count=designs, objects_copied=copied, objects_skipped=0,
                        bytes_copied=0, objects_removed=0, is_manifest_rewritten=True)


def _export_text(window: MainWindow, tmp_path: Path, designs: int, copied: int) -> str:
    screen = window.show_area("sync")
    assert isinstance(screen, SyncScreen)
    screen._exported(tmp_path, _report(designs, copied), HeldBack(bundled=0, untrusted=0))
    return screen.status_label.text()


def test_english_counts_read_right_for_one_and_many(english_window: MainWindow, tmp_path: Path) -> None:
    assert _export_text(english_window, tmp_path, 1, 1).startswith("Exported 1 design: 1 file copied, 0 already")
    assert _export_text(english_window, tmp_path, 3, 2).startswith("Exported 3 designs: 2 files copied, 0 already")


def test_french_counts_agree_with_their_number(french_window: MainWindow, tmp_path: Path) -> None:
    assert _export_text(french_window, tmp_path, 1, 1).startswith("1 modèle exporté\u00a0: 1 fichier copié, 0 déjà")
    assert _export_text(french_window, tmp_path, 3, 2).startswith("3 modèles exportés\u00a0: 2 fichiers copiés")
    held = HeldBack(bundled=5, untrusted=1)
    screen = french_window.screens["sync"]
    assert isinstance(screen, SyncScreen)
    screen._exported(tmp_path, _report(0, 0), held)
    assert "1 modèle importé d'un éditeur inconnu" in screen.status_label.text()


def test_a_french_catalogue_import_of_one_design_says_nouveau(
    qtbot: Any, french_window: MainWindow, tmp_path: Path
) -> None:
    catalogue = french_window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    path = tmp_path / "cargo_box.stl"
    path.write_bytes(box_stl(20, 20, 10))
    catalogue.import_path(path)
    qtbot.waitUntil(lambda: bool(catalogue.findChildren(QMessageBox)), timeout=STEP_MS)
    (box,) = catalogue.findChildren(QMessageBox)
    assert box.text().startswith("1 nouveau, 0 mis à jour, 0 inchangé, 0 laissé tel quel."), box.text()
    box.close()


def test_the_catalogue_counts_one_design_as_one(qtbot: Any, english_window: MainWindow) -> None:
    catalogue = english_window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    qtbot.waitUntil(lambda: catalogue.count_label.text().endswith(" designs"), timeout=STEP_MS)
    catalogue.search_edit.setText("aviator")
    catalogue.apply_filters()
    qtbot.waitUntil(lambda: catalogue.count_label.text() == "1 design", timeout=STEP_MS)
