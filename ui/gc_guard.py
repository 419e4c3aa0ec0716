"""Python's cycle collector runs only on the GUI thread.

The collector runs in whatever thread happens to allocate when a threshold is crossed. If that is a
worker (slicing, a serial reader) and the garbage holds Qt widgets, their C++ destructors run off the
GUI thread and deadlock against it (seen: a QMenu freed from a slicing thread). So automatic
collection is switched off and this timer does the same work on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        # The same generational thresholds the automatic collector uses.
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
