"""The one place where callbacks from worker, serial and service threads reach the GUI thread."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec

from PySide6.QtCore import QObject, Qt, Signal, Slot

P = ParamSpec("P")


class GuiBridge(QObject):
    """Lives on the GUI thread; `post` may be called from any thread."""

    _call_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: the slot always runs in this object's (the GUI) thread, whoever emits.
        self._call_requested.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], Any]) -> None:
        self._call_requested.emit(fn)

    def wrap(self, fn: Callable[P, Any]) -> Callable[P, None]:
        """A callback that, called from any thread, runs `fn` on the GUI thread."""

        @functools.wraps(fn)
        def posted(*args: P.args, **kwargs: P.kwargs) -> None:
            self.post(lambda: fn(*args, **kwargs))

        return posted

    @Slot(object)
    def _run(self, fn: Callable[[], Any]) -> None:
        fn()
