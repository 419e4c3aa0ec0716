"""A pyqtgraph chart that is built the first time its screen is shown.

pyqtgraph costs about 35 MB of memory and half a second to import, and many sessions never open the
screens that draw charts (Printers, Energy, Lab report): until then they only hold this placeholder,
which keeps the latest drawing asked of it and applies it once the chart exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget

Draw = Callable[["PlotWidget"], None]


class LazyPlot(QWidget):
    """Where a chart goes. `setup` labels the new chart (axes, legend, curves); `draw` puts data on it."""

    def __init__(self, setup: Draw, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._plot: PlotWidget | None = None
        self._pending: Draw | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._plot is not None

    def plot_widget(self) -> PlotWidget:
        """The chart, built now if it was not yet."""
        if self._plot is None:
            # Imported here, not at module level: this import is the saving the placeholder exists for.
            import pyqtgraph as pg

            plot = pg.PlotWidget(background="w")
            self._setup(plot)
            self._layout.addWidget(plot)
            self._plot = plot
            if self._pending is not None:
                pending, self._pending = self._pending, None
                pending(plot)
        return self._plot

    def draw(self, draw: Draw) -> None:
        """Draw now when the chart exists; otherwise when it is first shown (only the latest drawing is
        kept: each one replaces the chart's whole data)."""
        if self._plot is not None:
            draw(self._plot)
        else:
            self._pending = draw

    def showEvent(self, event: QShowEvent) -> None:
        self.plot_widget()
        super().showEvent(event)
