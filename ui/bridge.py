"""The one place where callbacks from worker, serial and service threads reach the GUI thread.

Other threads only append to a queue; a timer on the GUI thread runs what they posted. So no Qt
call is ever made from a worker, serial or service thread: nothing there takes a Qt lock while it
holds the GIL, and the GUI thread is the only one that touches Qt objects.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Callable
from typing import Any, ParamSpec

from PySide6.QtCore import QObject, QTimer

P = ParamSpec("P")

# Short enough to feel instant, long enough to cost nothing on an idle laptop.
POLL_MS = 20


class GuiBridge(QObject):
    """Lives on the GUI thread; `post` may be called from any thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: deque[Callable[[], Any]] = deque()  # append and popleft are atomic
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._run_pending)
        self._timer.start()

    def post(self, fn: Callable[[], Any]) -> None:
        self._pending.append(fn)

    def wrap(self, fn: Callable[P, Any]) -> Callable[P, None]:
        """A callback that, called from any thread, runs `fn` on the GUI thread."""

        @functools.wraps(fn)
        def posted(*args: P.args, **kwargs: P.kwargs) -> None:
            self.post(lambda: fn(*args, **kwargs))

        return posted

    def _run_pending(self) -> None:
        # Only what is queued now: work posted by these callbacks waits for the next tick.
        for _ in range(len(self._pending)):
            self._pending.popleft()()
