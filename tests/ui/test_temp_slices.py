"""Slices made in the window are working files: they go when queued, replaced, discarded or when the window closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import Services
from app.slice_files import slices_folder
from tests.printers.shapes import frame_set
from tests.ui.test_design_slicing import _import_box, _open_from_catalogue, _slice
from tests.ui.window_helpers import ctx  # noqa: F401 - the screen context fixture
from ui.app import create_main_window
from ui.context import ScreenContext
from ui.slicing import SlicingDialog, SlicingPanel

SLICE_MS = 90_000


def _slices(services: Services) -> list[Path]:
    folder = slices_folder(services.paths.tmp_dir)
    return sorted(folder.glob("*.gcode")) if folder.is_dir() else []


def _sliced(qtbot: Any, panel: SlicingPanel) -> Path:
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4 and panel.slice_button.isEnabled(), timeout=20_000)
    with qtbot.waitSignal(panel.sliced, timeout=SLICE_MS) as signal:
        panel.slice_button.click()
    path = signal.args[0].output
    assert path.is_file()
    return Path(path)


def test_a_new_slice_replaces_the_last_one_and_discarding_removes_it(
    qtbot: Any, ctx: ScreenContext, services: Services
) -> None:
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    panel.set_parts(frame_set()[1:2], "a temple")
    first = _sliced(qtbot, panel)
    panel.infill_spin.setValue(panel.infill_spin.value() + 5)  # the estimate no longer matches: put away
    assert not first.exists() and panel.outcome is None
    second = _sliced(qtbot, panel)
    third = _sliced(qtbot, panel)  # slicing again without a change: the previous result goes too
    assert not second.exists() and _slices(services) == [third]
    panel.discard()
    assert _slices(services) == [] and ctx.slices.held() == []


def test_closing_the_slicing_window_removes_its_slice(qtbot: Any, ctx: ScreenContext,
                                                      services: Services) -> None:
    dialog = SlicingDialog(ctx, frame_set()[1:2], "a temple")
    qtbot.addWidget(dialog)
    path = _sliced(qtbot, dialog.panel)
    dialog.reject()
    assert not path.exists() and _slices(services) == []


def test_the_handed_over_slice_stays_for_the_queue(qtbot: Any, ctx: ScreenContext,
                                                   services: Services) -> None:
    dialog = SlicingDialog(ctx, frame_set()[1:2], "a temple")
    qtbot.addWidget(dialog)
    path = _sliced(qtbot, dialog.panel)
    with qtbot.waitSignal(dialog.outcome_accepted) as signal:
        dialog.panel.queue_button.click()
    assert signal.args[0].output == path and path.is_file()  # the customizer queues it after the dialog closed
    assert dialog.panel.outcome is None and path in ctx.slices.held()


def test_a_slice_queued_from_the_window_leaves_no_file(qtbot: Any, services: Services, tmp_path: Path) -> None:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    design_id = _import_box(services, tmp_path / "bracket.stl", (30.0, 12.0, 8.0))
    dialog = _open_from_catalogue(qtbot, window, services, design_id)
    _slice(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.panel.outcome is not None, timeout=SLICE_MS)
    assert len(_slices(services)) == 1
    with qtbot.waitSignal(dialog.queued, timeout=20_000):
        dialog.panel.queue_button.click()
    assert _slices(services) == []
    assert window.current_area_key() == "queue"  # the catalogue's "job queued" reached the queue through the window


def test_closing_the_main_window_removes_slices_not_queued(qtbot: Any, services: Services, tmp_path: Path) -> None:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    design_id = _import_box(services, tmp_path / "bracket.stl", (30.0, 12.0, 8.0))
    dialog = _open_from_catalogue(qtbot, window, services, design_id)
    _slice(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.panel.outcome is not None, timeout=SLICE_MS)
    path = dialog.panel.outcome.output
    assert path.is_file()
    window.close()
    assert not path.exists() and _slices(services) == []
