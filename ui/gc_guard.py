"""The desktop app's collection policy: Python's cycle collector runs only on the GUI thread.

The collector runs in whatever thread happens to allocate when a threshold is crossed. If that is a
worker (slicing, a serial reader) and the garbage holds Qt widgets, their C++ destructors run off the
GUI thread and deadlock against it (seen: a QMenu freed from a slicing thread). So automatic
collection is switched off and this timer does the same work on the GUI thread, with the thresholds
of the process's policy (app/gc_policy.py). `start_up_done` then freezes what start-up made, so a
collection during a slice walks only the slice's own objects and stays short on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from app.gc_policy import freeze_startup_objects, thresholds

CHECK_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = thresholds()
        gc.disable()
        gc.set_threshold(*self._thresholds)  # the same numbers, should anything switch it back on
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def start_up_done(self) -> None:
        """Called once the window is built: on the GUI thread, like every collection here."""
        freeze_startup_objects()

    def check(self) -> None:
        # The generational rule of the automatic collector: a generation is collected once its
        # count passes its threshold, the oldest such first.
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
