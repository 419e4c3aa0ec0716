"""The hotend and bed temperature chart: 0 °C at the bottom, a top that fits the hottest reading or target.

pyqtgraph's automatic range spreads a flat idle line (21.6 °C) over the whole height and pads it, so
its axis ran from about −50 °C: a temperature chart starts at 0 and grows in 50 °C steps.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget

AXIS_STEP_C = 50.0
MIN_TOP_C = 50.0  # an idle printer at room temperature still gets a readable scale
HEADROOM = 1.1
History = tuple[tuple[float, float, float | None], ...]  # (seconds ago ≤ 0, hotend, bed)


def temperature_axis_top(values: Iterable[float | None]) -> float:
    """The top of the °C axis: 10 % above the hottest value, rounded up to a 50 °C step, at least 50 °C."""
    hottest = max((v for v in values if v is not None and math.isfinite(v)), default=0.0)
    return max(MIN_TOP_C, math.ceil(hottest * HEADROOM / AXIS_STEP_C) * AXIS_STEP_C)


def setup_temperature_plot(plot: PlotWidget, *, degrees: str, seconds: str, hotend: str, bed: str) -> None:
    import pyqtgraph as pg  # already loaded by LazyPlot, which builds the chart on first show

    plot.setLabel("left", degrees)
    plot.setLabel("bottom", seconds)
    plot.addLegend(offset=(5, 5))
    plot.plot([], [], pen=pg.mkPen("#d9480f", width=2), name=hotend)
    plot.plot([], [], pen=pg.mkPen("#1971c2", width=2), name=bed)
    plot.setMouseEnabled(x=False, y=False)  # a drag would leave the chart off-scale until the next reading
    plot.hideButtons()
    plot.setLimits(yMin=0)
    plot.setYRange(0, MIN_TOP_C, padding=0)
    plot.setXRange(-60.0, 0, padding=0)


def draw_temperatures(plot: PlotWidget, history: History, targets: tuple[float | None, float | None]) -> None:
    hotend_curve, bed_curve = plot.listDataItems()  # in the order setup_temperature_plot added them
    hotend_curve.setData([t for t, _, _ in history], [h for _, h, _ in history])
    bed = [(t, b) for t, _, b in history if b is not None]
    bed_curve.setData([t for t, _ in bed], [b for _, b in bed])
    values = [h for _, h, _ in history] + [b for _, b in bed] + list(targets)
    plot.setYRange(0, temperature_axis_top(values), padding=0)
    oldest = min((t for t, _, _ in history), default=0.0)
    # The last minute at least, the whole kept history at most: a fresh connection is not one dot.
    plot.setXRange(min(-60.0, oldest), 0, padding=0)
