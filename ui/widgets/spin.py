"""Number fields: one way to make a spin box, and one way to fill a form with them from a table of
(name, label, low, high, decimals, suffix) rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout

# The label is typed `object`: it is written as QT_TRANSLATE_NOOP(context, text) so lupdate finds it, and
# PySide6's stubs type that as object although it returns `text` unchanged.
NumberField = tuple[str, object, float, float, int, str]


def number_spin(
    low: float,
    high: float,
    *,
    decimals: int = 0,
    suffix: str = "",
    value: float | None = None,
    step: float | None = None,
) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)  # before the value, which it would otherwise round
    if step is not None:
        spin.setSingleStep(step)
    if value is not None:
        spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def add_number_rows(
    form: QFormLayout,
    fields: Sequence[NumberField],
    spins: dict[str, QDoubleSpinBox],
    translate: Callable[[str], str],
    source: object | None = None,
    prefix: str = "",
) -> None:
    """A row per field, its spin box kept in `spins` under prefix + name and, given a `source`,
    showing that object's attribute of the same name."""
    for name, label, low, high, decimals, suffix in fields:
        value = float(getattr(source, name)) if source is not None else None
        spin = number_spin(low, high, decimals=decimals, suffix=suffix, value=value)
        spins[prefix + name] = spin
        form.addRow(translate(str(label)), spin)
