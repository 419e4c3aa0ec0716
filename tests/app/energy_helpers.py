"""What the energy tests share: a listener that keeps the readings a monitor reports."""

from __future__ import annotations

import threading

from app.energy.monitor import MonitorCallbacks
from app.energy.readings import Reading


class ReadingCollector:
    """Keeps every reading a monitor reports, and says when `count` of them have arrived."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.readings: list[Reading] = []
        self._enough = threading.Event()

    def callbacks(self) -> MonitorCallbacks:
        return MonitorCallbacks(on_reading=self._on_reading)

    def wait(self, timeout_s: float) -> bool:
        """True once `count` readings arrived, False when `timeout_s` passed first."""
        return self._enough.wait(timeout_s)

    def _on_reading(self, reading: Reading) -> None:
        self.readings.append(reading)
        if len(self.readings) >= self.count:
            self._enough.set()
