"""The Catalogue area as a new operator uses it on a 1366×768 laptop in French: choose a tile, edit an
imported design's details, open a frame or an OpenSCAD design in the customizer, slice and queue or save a
real file's G-code."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from app.services import Services
from app.slicing import inspect_gcode
from catalog.records import SearchQuery, TrustLevel
from db.models import PrintJob
from tests.catalog.catalog_helpers import box_stl
from tests.catalog.scad_fixtures import hook_zip
from ui.app import create_main_window
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.screens.catalogue import CatalogueScreen
from ui.screens.customizer import CustomizerScreen
from ui.screens.queue import QueueScreen
from ui.slicing import DesignSlicingDialog
from ui.widgets.design_details_dialog import DesignDetailsDialog

STEP_MS = 20_000
SLICE_MS = 120_000
CORPUS = Path(os.environ.get("HELIOFAB_CORPUS") or Path(__file__).resolve().parents[3] / "shared" / "corpus") / "mesh"


def _open_window(qtbot: Any, services: Services) -> MainWindow:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    built = _open_window(qtbot, services)
    yield built
    for timer in built.findChildren(QTimer):
        timer.stop()
    services.tasks.shutdown(cancel=True)


@pytest.fixture
def french_window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        built = create_main_window(services, "fr")
        qtbot.addWidget(built)
        built.resize(1366, 768)
        built.show()
        yield built
        for timer in built.findChildren(QTimer):
            timer.stop()
        services.tasks.shutdown(cancel=True)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _catalogue(qtbot: Any, window: MainWindow) -> CatalogueScreen:
    catalogue = window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    catalogue.refresh()  # designs imported by the test after the window opened
    qtbot.waitUntil(lambda: catalogue.model.total > 0 and not catalogue.model.is_loading, timeout=STEP_MS)
    return catalogue


def _choose_tile(qtbot: Any, catalogue: CatalogueScreen, design_id: str) -> None:
    """Click the design's tile in the grid, as the operator does; its details load in the background."""
    qtbot.waitUntil(lambda: design_id in [row.id for row in catalogue.model.rows], timeout=STEP_MS)
    row = [r.id for r in catalogue.model.rows].index(design_id)
    index = catalogue.model.index(row)
    catalogue.grid.scrollTo(index)
    rect = catalogue.grid.visualRect(index)
    qtbot.mouseClick(catalogue.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: catalogue._detail is not None and catalogue._detail.id == design_id, timeout=STEP_MS)


def _in_window(window: QWidget, widget: QWidget) -> QRect:
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    assert widget.isVisible(), f"{widget.objectName() or widget} is hidden"
    assert window.rect().contains(rect), f"{widget.objectName() or widget} at {rect} is outside {window.rect()}"
    return rect


def _import(services: Services, path: Path) -> str:
    (draft,) = services.catalog.import_path(path).plan.to_write
    return draft.id


def test_the_toolbar_fits_a_laptop_in_french_with_no_label_cut(qtbot: Any, french_window: MainWindow) -> None:
    catalogue = _catalogue(qtbot, french_window)
    assert catalogue.import_button.text() == "Importer des fichiers…"  # the French catalogue is in use
    for widget in (catalogue.search_edit, catalogue.category_combo, catalogue.licence_combo,
                   catalogue.import_button, catalogue.fits_check, catalogue.printer_combo, *catalogue.bed_spins):
        _in_window(french_window, widget)
    for button in (catalogue.import_button, catalogue.fits_check):
        assert button.width() >= button.sizeHint().width(), f"{button.text()} is cut"
    assert french_window.stack_scroll.horizontalScrollBar().maximum() == 0


def test_a_bundled_frame_opens_in_the_customizer_from_its_tile(qtbot: Any, french_window: MainWindow) -> None:
    catalogue = _catalogue(qtbot, french_window)
    _choose_tile(qtbot, catalogue, "kids-round")
    button = catalogue.customize_button
    _in_window(french_window, button)
    assert button.width() >= button.sizeHint().width()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    customizer = french_window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen)
    assert french_window.current_area_key() == "customizer"
    assert customizer.pages.currentWidget() is customizer.frames_page
    assert customizer.style_combo.currentData() == "kids-round"
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.preview is not None, timeout=STEP_MS)


def test_an_openscad_design_opens_in_the_customizer_from_its_tile(
    qtbot: Any, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    design_id = _import(services, hook_zip(tmp_path / "hook.zip"))
    catalogue = _catalogue(qtbot, window)
    _choose_tile(qtbot, catalogue, design_id)
    _in_window(window, catalogue.customize_button)
    qtbot.mouseClick(catalogue.customize_button, Qt.MouseButton.LeftButton)
    customizer = window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen)
    assert window.current_area_key() == "customizer"
    qtbot.waitUntil(lambda: customizer.scad_panel is not None and customizer.scad_panel.design is not None,
                    timeout=STEP_MS)
    assert customizer.pages.currentWidget() is customizer.scad_panel
    # Back to a frame from the catalogue: the frames page comes back.
    window.show_area("catalogue")
    _choose_tile(qtbot, catalogue, "aviator")
    qtbot.mouseClick(catalogue.customize_button, Qt.MouseButton.LeftButton)
    assert customizer.pages.currentWidget() is customizer.frames_page
    assert customizer.style_combo.currentData() == "aviator"


def test_edit_details_of_an_imported_design_are_kept_and_shown(
    qtbot: Any, french_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    part = tmp_path / "clip.stl"
    part.write_bytes(box_stl(20.0, 10.0, 5.0))
    design_id = _import(services, part)
    catalogue = _catalogue(qtbot, french_window)
    _choose_tile(qtbot, catalogue, design_id)
    _in_window(french_window, catalogue.edit_button)
    assert catalogue.edit_button.isEnabled() and not catalogue.read_only_label.isVisible()
    qtbot.mouseClick(catalogue.edit_button, Qt.MouseButton.LeftButton)
    dialog = catalogue.details_dialog
    assert isinstance(dialog, DesignDetailsDialog)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal

    dialog.name_edit.setText("Cable clip")
    dialog.licence_combo.setCurrentIndex(dialog.licence_combo.findData("CC-BY-NC-4.0"))
    assert "not sold" in dialog.licence_summary.text() or "vend" in dialog.licence_summary.text()
    dialog.author_edit.clear()
    dialog.save_button.click()
    # An open licence asks whom to credit: one sentence, and nothing stored.
    qtbot.waitUntil(lambda: dialog.problem_label.text() != "", timeout=STEP_MS)
    assert dialog.problem_label.text().count(".") <= 2 and dialog.isVisible()
    assert services.catalog.get(design_id).summary.licence == "LicenseRef-Unknown"

    dialog.author_edit.setText("Efua Asante")
    dialog.source_edit.setText("https://www.printables.com/model/42")
    dialog.notes_edit.setPlainText("Holds two 5 mm cables.")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: catalogue.details_dialog is None, timeout=STEP_MS)

    stored = services.catalog.get(design_id)
    assert (stored.summary.title, stored.summary.author, stored.summary.licence) == (
        "Cable clip", "Efua Asante", "CC-BY-NC-4.0")
    assert stored.source == "https://www.printables.com/model/42"
    assert stored.description == "Holds two 5 mm cables." and "Efua Asante" in stored.attribution
    assert stored.summary.is_locally_edited and stored.summary.version == 2
    shown = catalogue.detail.text()
    assert "Cable clip" in shown and stored.licence_info.label in shown and "Efua Asante" in shown
    qtbot.waitUntil(lambda: "Cable clip" in [row.title for row in catalogue.model.rows], timeout=STEP_MS)


def test_bundled_designs_say_their_details_are_read_only(qtbot: Any, window: MainWindow,
                                                         services: Services) -> None:
    catalogue = _catalogue(qtbot, window)
    _choose_tile(qtbot, catalogue, "aviator")
    assert not catalogue.edit_button.isEnabled()
    assert catalogue.read_only_label.isVisible() and "read-only" in catalogue.read_only_label.text()
    assert catalogue.edit_details() is None and catalogue.details_dialog is None
    before = services.catalog.get("aviator")
    dialog = DesignDetailsDialog(catalogue.ctx, before, parent=catalogue)
    dialog.author_edit.setText("Someone else")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.problem_label.text() != "", timeout=STEP_MS)
    assert "comes with Heliofab" in dialog.problem_label.text()
    after = services.catalog.get("aviator")
    assert (after.summary.author, after.summary.version) == (before.summary.author, before.summary.version)
    dialog.deleteLater()


@pytest.mark.skipif(not (CORPUS / "benchy_cargo_box.stl").is_file(), reason="the shared corpus is not here")
def test_a_real_stl_is_imported_sliced_queued_and_saved_from_the_catalogue(
    qtbot: Any, window: MainWindow, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue = _catalogue(qtbot, window)
    before = catalogue.model.total
    catalogue.import_path(CORPUS / "benchy_cargo_box.stl")
    qtbot.waitUntil(lambda: catalogue.model.total == before + 1, timeout=STEP_MS)
    (design,) = services.catalog.search(SearchQuery(trust=TrustLevel.LOCAL))
    design_id = design.id
    _choose_tile(qtbot, catalogue, design_id)
    _in_window(window, catalogue.slice_button)
    qtbot.mouseClick(catalogue.slice_button, Qt.MouseButton.LeftButton)
    dialog = catalogue.slicing_dialog
    assert isinstance(dialog, DesignSlicingDialog)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 2 and panel.slice_button.isEnabled(), timeout=STEP_MS)
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData("creality-ender3"))
    panel.slice_button.click()
    qtbot.waitUntil(lambda: panel.outcome is not None, timeout=SLICE_MS)
    assert panel.save_button.isEnabled() and panel.queue_button.isEnabled()

    card = tmp_path / "sd-card"
    card.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(card / "CARGO.gcode"), "G-code (*.gcode)"))
    panel.save_button.click()
    qtbot.waitUntil(lambda: (card / "CARGO.gcode").is_file() and panel.save_button.isEnabled(), timeout=STEP_MS)
    info = inspect_gcode(services.profiles, card / "CARGO.gcode", printer_id="creality-ender3")
    assert info.safety.is_safe and info.analysis.filament_g > 0.1

    with qtbot.waitSignal(dialog.queued, timeout=STEP_MS) as queued:
        panel.queue_button.click()
    job_id = queued.args[0].job_id
    queue = window.screens["queue"]
    assert isinstance(queue, QueueScreen)
    qtbot.waitUntil(lambda: window.current_area_key() == "queue" and queue.selected_job_id() == job_id,
                    timeout=STEP_MS)
    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None and job.design_id == design_id and job.printer_profile_id == "creality-ender3"


def test_design_details_dialog_buttons_fit(qtbot: Any, window: MainWindow, services: Services,
                                           tmp_path: Path) -> None:
    part = tmp_path / "hinge.stl"
    part.write_bytes(box_stl(12.0, 12.0, 4.0))
    catalogue = _catalogue(qtbot, window)
    catalogue._show_detail(services.catalog.get(_import(services, part)))
    dialog = catalogue.edit_details()
    assert isinstance(dialog, DesignDetailsDialog)
    qtbot.waitExposed(dialog)
    for button in dialog.findChildren(QPushButton):
        assert button.width() >= button.sizeHint().width()
    dialog.reject()
