"""Unsaved values opened for a customer: the slicing dialog names that customer, not the lab's stock."""

from __future__ import annotations

import pytest

from app.fitting.customers import add_customer
from app.fitting.values import CustomerInput
from app.services import Services
from tests.ui.window_helpers import shown_window
from ui.screens.customizer import CustomizerScreen
from ui.slicing import DesignSlicingDialog

STEP_MS = 20_000


@pytest.fixture
def window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    return shown_window(qtbot, services)


def _open_slicing(qtbot, customizer: CustomizerScreen) -> DesignSlicingDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.slice_button.isEnabled(), timeout=STEP_MS)
    assert customizer.fit_id is None  # not saved as a fit: the design dialog is used
    customizer.slice_button.click()
    dialog = customizer.slicing_dialog
    assert isinstance(dialog, DesignSlicingDialog)
    return dialog


def test_the_customer_the_customizer_names_is_preselected(qtbot, window, services: Services) -> None:  # type: ignore[no-untyped-def]
    add_customer(services.session_factory, CustomerInput(name="Ama Mensah", code="C-1"))
    customer = add_customer(services.session_factory, CustomerInput(name="Aicha Moussa", code="C-2"))
    window.open_fit(customer.id, "round-classic", {"pd_right_mm": 31.5, "pd_left_mm": 31.5})
    customizer = window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen)
    dialog = _open_slicing(qtbot, customizer)
    qtbot.waitUntil(lambda: dialog.customer_combo.count() == 3, timeout=STEP_MS)
    assert dialog.customer_combo.currentData() == customer.id
    dialog.reject()


def test_a_catalogue_design_still_defaults_to_the_lab_stock(qtbot, window, services: Services) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(services.session_factory, CustomerInput(name="Aicha Moussa", code="C-2"))
    window.open_fit(customer.id, "round-classic", {"pd_right_mm": 31.5, "pd_left_mm": 31.5})
    window.open_design("round-classic")
    customizer = window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen)
    dialog = _open_slicing(qtbot, customizer)
    qtbot.waitUntil(lambda: dialog.customer_combo.count() == 2, timeout=STEP_MS)
    assert dialog.customer_combo.currentData() is None
    dialog.reject()
