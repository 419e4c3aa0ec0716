"""The one place where callbacks from worker, serial and service threads reach the GUI thread.

Other threads append to a queue and wake the bridge with a queued Qt signal: Qt posts that signal as
an event to the GUI thread (Qt.QueuedConnection), which runs what was queued, first posted first run.
Emitting is the only Qt call made off the GUI thread, and Qt documents it as thread-safe; every other
Qt object is touched by the GUI thread alone.

Waking on demand, not polling, is what keeps callbacks flowing while a dialog runs its own event loop:
a timer is never re-entered while its own slot runs, so a dialog opened from a polled callback used to
hold back every later callback until it closed. Posted events are delivered by any event loop,
nested ones included. Dialogs opened from callbacks still use `open()` (window-modal, answered
through a signal) rather than `exec()`, so a callback always returns at once.
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable
from typing import Any, ParamSpec

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

P = ParamSpec("P")


class _Waker(QObject):
    """Carries the wake-up signal. It belongs to the application, not to the bridge, because a worker
    may still post after the window (and its bridge) is gone; it is deleted on the GUI thread only once
    no worker can emit it any more."""

    woken = Signal()


class _Mailbox:
    """What other threads touch: the queue, and whether a wake-up is already on its way."""

    def __init__(self, waker: _Waker) -> None:
        self.pending: deque[Callable[[], Any]] = deque()
        self.waker = waker
        self.lock = threading.Lock()
        self.is_wake_pending = False  # coalesces a burst of posts into one event
        self.is_closed = False

    def post(self, fn: Callable[[], Any]) -> None:
        with self.lock:
            if self.is_closed:
                return  # the window is gone: nothing is left to run it on
            self.pending.append(fn)
            self._wake_locked()

    def wake_if_pending(self) -> None:
        with self.lock:
            if self.pending and not self.is_closed:
                self._wake_locked()

    def take_wake(self) -> None:
        # Cleared before the queue is read: a post after this point sends a new wake-up, so nothing
        # queued can be left waiting for one.
        with self.lock:
            self.is_wake_pending = False

    def close(self) -> None:
        """On the GUI thread, as the bridge is destroyed. Under the lock, so no worker is emitting."""
        with self.lock:
            self.is_closed = True
            self.pending.clear()
        self.waker.deleteLater()

    def _wake_locked(self) -> None:
        if not self.is_wake_pending:
            self.is_wake_pending = True
            self.waker.woken.emit()


class GuiBridge(QObject):
    """Lives on the GUI thread; `post` and the callbacks `wrap` returns may be called from any thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mailbox = _Mailbox(_Waker(QCoreApplication.instance()))
        # The bridge is the receiver, so the slot runs on the bridge's (GUI) thread, and a queued
        # wake-up still waiting when the bridge is destroyed is dropped with it.
        self._mailbox.waker.woken.connect(self._run_pending, Qt.ConnectionType.QueuedConnection)
        self.destroyed.connect(self._mailbox.close)

    def post(self, fn: Callable[[], Any]) -> None:
        """Runs `fn` on the GUI thread, after everything posted before it."""
        self._mailbox.post(fn)

    def wrap(self, fn: Callable[P, Any]) -> Callable[P, None]:
        """A callback that, called from any thread, runs `fn` on the GUI thread."""

        @functools.wraps(fn)
        def posted(*args: P.args, **kwargs: P.kwargs) -> None:
            self.post(lambda: fn(*args, **kwargs))

        return posted

    def _run_pending(self) -> None:
        mailbox = self._mailbox
        mailbox.take_wake()
        # Only what is queued now: what these callbacks post comes with the next wake-up, so a
        # callback that posts again cannot hold the GUI thread here.
        for _ in range(len(mailbox.pending)):
            try:
                fn = mailbox.pending.popleft()
            except IndexError:
                return  # a nested event loop inside a callback already ran the rest, in order
            try:
                fn()
            except BaseException:
                mailbox.wake_if_pending()  # the callbacks behind a failed one must not wait for a new post
                raise
