from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services import Services
from catalog.importers import ImportDefaults
from catalog.records import BundledDesign
from tests.catalog.catalog_helpers import (
    box_stl,
    bundled,
    services,  # noqa: F401 - the unseeded fixture
    thing_zip,
)
from tests.ui.window_helpers import open_area
from ui.screens.catalogue import PAGE_SIZE, CatalogueScreen, decode_thumbnail

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40">'
    b'<circle cx="25" cy="20" r="15" fill="none" stroke="#333" stroke-width="4"/>'
    b'<circle cx="75" cy="20" r="15" fill="none" stroke="#333" stroke-width="4"/></svg>'
)


def _seed(services: Services, count: int) -> None:
    def records() -> list[BundledDesign]:
        base = bundled()
        return [
            BundledDesign(**{**base.__dict__, "id": f"style-{i:04}", "title": f"Style {i:04}", "thumbnail_bytes": SVG})
            for i in range(count)
        ]

    services.catalog.seed_bundled(records, stamp=f"test-{count}")


def _catalogue(qtbot, services: Services) -> tuple[object, CatalogueScreen]:  # type: ignore[no-untyped-def]
    return open_area(qtbot, services, "catalogue", CatalogueScreen)


def test_grid_pages_and_shows_both_thumbnail_kinds(qtbot, services: Services,
                                                   tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _seed(services, PAGE_SIZE + 30)
    services.catalog.import_path(thing_zip(tmp_path / "ring.zip"))
    window, screen = _catalogue(qtbot, services)
    qtbot.waitUntil(lambda: screen.model.total == PAGE_SIZE + 31, timeout=20000)
    assert len(screen.model.rows) == PAGE_SIZE
    screen.grid.scrollToBottom()
    screen.model.fetchMore()
    qtbot.waitUntil(lambda: len(screen.model.rows) == PAGE_SIZE + 31, timeout=20000)
    # Thumbnails are asked for when a tile is painted: bring the imported ring's tile (the other kind
    # of thumbnail) into view, wherever the order put it and whatever was painted before the scroll.
    ring = next(row for row, design in enumerate(screen.model.rows) if "ring" in design.title.lower())
    screen.grid.scrollTo(screen.model.index(ring))
    qtbot.waitUntil(lambda: len(screen.model._icons) >= 2, timeout=20000)

    screen.search_edit.setText("ring")
    qtbot.waitUntil(lambda: screen.model.total == 1, timeout=20000)
    index = screen.model.index(0)
    screen.grid.setCurrentIndex(index)
    qtbot.waitUntil(lambda: "Ring" in screen.detail.text(), timeout=20000)
    assert "NonCommercial" in screen.detail.text() and "Not for sale" in screen.detail.text()
    qtbot.waitUntil(lambda: screen.model._icons.get(screen.model.rows[0].thumbnail_sha256 or "") is not None,
                    timeout=20000)
    assert window.grab().save(str(tmp_path / "catalogue.png"))
    screen.search_edit.setText("")
    qtbot.waitUntil(lambda: screen.model.total == PAGE_SIZE + 31, timeout=20000)
    qtbot.wait(300)
    assert window.grab().save("/tmp/catalog-grid.png")

    screen.search_edit.setText("no such design anywhere")
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.no_match, timeout=20000)


def test_empty_catalogue_says_what_to_do(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    _window, screen = _catalogue(qtbot, services)
    qtbot.waitUntil(lambda: screen._has_loaded_once, timeout=20000)
    assert screen.stack.currentWidget() is screen.empty_state


def test_bed_filter_hides_designs_too_big(qtbot, services: Services,
                                          tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, size in (("small", (20, 20, 20)), ("huge", (400, 400, 50))):
        path = tmp_path / f"{name}.stl"
        path.write_bytes(box_stl(*size))
        services.catalog.import_path(path, defaults=ImportDefaults(licence="CC0-1.0"))
    from db.engine import unit_of_work
    from db.models import PrinterProfile

    with unit_of_work(services.session_factory) as session:
        session.add(PrinterProfile(id="tiny", kind="printer", name="Tiny",
                                   data={"bed_x_mm": 10, "bed_y_mm": 10, "bed_z_mm": 10}))
    _window, screen = _catalogue(qtbot, services)
    qtbot.waitUntil(lambda: screen.model.total == 2, timeout=20000)
    screen.fits_check.setChecked(True)
    qtbot.waitUntil(lambda: screen.model.total == 1, timeout=20000)
    assert screen.model.rows[0].title == "small"
    assert screen.model.data(screen.model.index(0), Qt.ItemDataRole.DisplayRole) == "small"
    qtbot.waitUntil(lambda: screen.printer_combo.findText("Tiny", Qt.MatchFlag.MatchContains) >= 0, timeout=20000)
    screen.printer_combo.setCurrentIndex(screen.printer_combo.findText("Tiny", Qt.MatchFlag.MatchContains))
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.no_match, timeout=20000)
    assert [s.value() for s in screen.bed_spins] == [10, 10, 10]


def test_svg_and_png_thumbnails_decode(qtbot) -> None:  # type: ignore[no-untyped-def]
    svg = decode_thumbnail(SVG, "image/svg+xml")
    # The left lens ring: stroke at its left edge, transparent in its middle.
    assert svg.pixelColor(13, 64).alpha() > 0
    assert svg.pixelColor(32, 64).alpha() == 0
    from catalog.meshes import read_mesh
    from catalog.thumbnails import render_png

    png = decode_thumbnail(render_png(read_mesh(box_stl(), "b.stl"), 64), "image/png")
    assert png.pixelColor(64, 64).alpha() == 255
    blank = decode_thumbnail(b"not an image", "image/png")
    assert blank.pixelColor(64, 64).alpha() == 0
