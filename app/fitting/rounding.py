"""One rounding rule for measurements, so a PD reads the same on every screen and in every command.

A measurement is stored to 0.01 mm and shown to 0.1 mm, halves rounded up, from the stored value:
rounding the raw figure for display and the stored one again for later showings could say 64.4 mm
the first time and 64.3 mm ever after (64.3549 → 64.4, but stored 64.35 is 64.34999… in binary).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

STORED_DIGITS = 2
_SHOWN_STEP = Decimal("0.1")


def stored_mm(value: float) -> float:
    """The value as it is saved."""
    return round(value, STORED_DIGITS)


def shown_mm(value: float) -> float:
    """The value as it is shown (0.1 mm), decided from the saved value."""
    return float(Decimal(repr(stored_mm(value))).quantize(_SHOWN_STEP, rounding=ROUND_HALF_UP))


def format_mm(value: float | None, missing: str = "-") -> str:
    return missing if value is None else f"{shown_mm(value):.1f}"
