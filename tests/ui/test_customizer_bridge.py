"""The customizer's bridge follows the customer's PD and the lens width, unless the operator pins it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from tests.ui.window_helpers import open_area
from ui.screens.customizer import CustomizerScreen

TIMEOUT_MS = 10000


@pytest.fixture
def screen(qtbot: Any, services: Any) -> CustomizerScreen:
    _window, shown = open_area(qtbot, services, "customizer", CustomizerScreen)
    qtbot.waitUntil(lambda: shown.is_preview_current, timeout=TIMEOUT_MS)
    return shown


def _spin(screen: CustomizerScreen, name: str) -> QDoubleSpinBox:
    editor = screen.editors[name]
    assert isinstance(editor, QDoubleSpinBox)
    return editor


def _settled(qtbot: Any, screen: CustomizerScreen, style_id: str) -> None:
    qtbot.waitUntil(lambda: screen.is_preview_current and screen.preview is not None
                    and screen.preview.style_id == style_id, timeout=TIMEOUT_MS)


def test_the_bridge_follows_lens_width_and_style(qtbot: Any, screen: CustomizerScreen) -> None:
    # A suggestion from the fitting: the customer's PD with a centred bridge.
    screen.load_parameters("round-classic", {"pd_right_mm": 31, "pd_left_mm": 31, "lens_width_mm": 44,
                                             "bridge_mm": 18})
    _settled(qtbot, screen, "round-classic")
    assert screen.bridge_pin is not None and not screen.bridge_pin.isChecked()

    lens = _spin(screen, "lens_width_mm")
    lens.selectAll()
    qtbot.keyClicks(lens, "45")  # typed, as the operator would
    _settled(qtbot, screen, "round-classic")
    assert _spin(screen, "bridge_mm").value() == pytest.approx(17.0)
    assert screen.preview is not None and screen.preview.is_valid
    assert "All checks pass" in screen.problems_label.text()

    # Another style keeps the customer's PD, and its lens width gets a bridge that centres it.
    screen.style_combo.setCurrentIndex(screen.style_combo.findData("wayfarer"))
    _settled(qtbot, screen, "wayfarer")
    values = screen.current_values()
    assert values["pd_right_mm"] == 31.0 and values["pd_left_mm"] == 31.0
    assert values["bridge_mm"] == pytest.approx(62.0 - float(values["lens_width_mm"]))  # type: ignore[arg-type]
    assert screen.preview is not None and "centration" not in {p.check for p in screen.preview.problems}


def test_a_pinned_bridge_keeps_its_value(qtbot: Any, screen: CustomizerScreen) -> None:
    screen.load_parameters("round-classic", {"pd_right_mm": 31, "pd_left_mm": 31, "lens_width_mm": 44,
                                             "bridge_mm": 18})
    _settled(qtbot, screen, "round-classic")
    pin = screen.bridge_pin
    assert pin is not None and pin.objectName() == "bridgePin"
    assert pin.text() == "Pin"
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton)
    assert pin.isChecked() and pin.text() == "Pinned"  # the state reads on the button, not only in its shade
    _spin(screen, "lens_width_mm").setValue(45.0)
    _settled(qtbot, screen, "round-classic")
    assert _spin(screen, "bridge_mm").value() == pytest.approx(18.0)
    assert screen.preview is not None and [p.check for p in screen.preview.problems] == ["centration"]
    assert "Set Bridge (DBL) to 17 mm" in screen.problems_label.text()
    assert "bridge_mm" not in screen.problems_label.text()

    # Unpinned, it follows again at once.
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton)
    assert not pin.isChecked() and pin.text() == "Pin"
    assert _spin(screen, "bridge_mm").value() == pytest.approx(17.0)
    _settled(qtbot, screen, "round-classic")
    assert screen.preview is not None and screen.preview.is_valid


def test_typing_a_bridge_pins_it(qtbot: Any, screen: CustomizerScreen) -> None:
    screen.load_parameters("round-classic", {"pd_right_mm": 31, "pd_left_mm": 31, "lens_width_mm": 44,
                                             "bridge_mm": 18})
    _settled(qtbot, screen, "round-classic")
    bridge = _spin(screen, "bridge_mm")
    bridge.selectAll()
    qtbot.keyClicks(bridge, "19")
    assert screen.bridge_pin is not None and screen.bridge_pin.isChecked()
    _spin(screen, "pd_left_mm").setValue(32.0)
    assert bridge.value() == pytest.approx(19.0)
    # A saved fit whose bridge is off the PD rule was pinned by hand: it opens pinned.
    screen.load_parameters("round-classic", {"pd_right_mm": 31, "pd_left_mm": 31, "lens_width_mm": 44,
                                             "bridge_mm": 18.5})
    assert screen.bridge_pin.isChecked() and bridge.value() == pytest.approx(18.5)


def test_a_suggested_bridge_off_the_step_still_follows(qtbot: Any, screen: CustomizerScreen) -> None:
    # A suggestion's bridge (PD 63.5 - lens 42.5 ≈ 21.1 mm) is off the form's 0.5 mm step; shown rounded,
    # it is still the suggestion's own bridge, not one the operator chose, so a new lens width moves it.
    screen.load_parameters("round-classic", {"pd_right_mm": 31.75, "pd_left_mm": 31.75, "lens_width_mm": 42.5,
                                             "bridge_mm": 21.1})
    _settled(qtbot, screen, "round-classic")
    assert screen.bridge_pin is not None and not screen.bridge_pin.isChecked()
    lens = _spin(screen, "lens_width_mm")
    lens.selectAll()
    qtbot.keyClicks(lens, "46")
    _settled(qtbot, screen, "round-classic")
    assert _spin(screen, "bridge_mm").value() == pytest.approx(17.5, abs=0.11)
    assert screen.preview is not None and "centration" not in {p.check for p in screen.preview.problems}


def test_the_summary_shows_the_forms_bridge_and_the_pds_only_as_a_hint(qtbot: Any, screen: CustomizerScreen) -> None:
    screen.load_parameters("round-classic", {"pd_right_mm": 31, "pd_left_mm": 31, "lens_width_mm": 44,
                                             "bridge_mm": 18})
    _settled(qtbot, screen, "round-classic")
    assert "bridge 18 mm ·" in screen.derived_label.text()  # the PD's own bridge: no hint
    assert screen.bridge_pin is not None
    screen.bridge_pin.setChecked(True)
    _spin(screen, "lens_width_mm").setValue(45.0)
    _settled(qtbot, screen, "round-classic")
    text = screen.derived_label.text()
    assert _spin(screen, "bridge_mm").value() == pytest.approx(18.0)
    assert "bridge 18 mm (the PD calls for 17 mm)" in text, text
    assert "frame PD 62 mm" in text, text
