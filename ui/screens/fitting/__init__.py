"""The Customers & Fitting area, one module per tab; `FittingScreen` assembles them."""

from __future__ import annotations

from ui.screens.fitting.screen import FitDraft, FittingScreen

__all__ = ["FitDraft", "FittingScreen"]
