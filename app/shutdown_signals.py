"""The signals that mean "this process is being ended": a logout, a shutdown, a closed console.

SIGTERM everywhere; SIGHUP on POSIX (a closed terminal or an ended login session); SIGBREAK on
Windows, where closing the console window reaches Python as it. A handler only runs when the
interpreter gets control: a Qt event loop must wake it (see ui/app.py).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

SHUTDOWN_SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGBREAK")


def shutdown_signals() -> tuple[int, ...]:
    """The shutdown signals this OS has (`signal.SIGHUP` does not exist on Windows, SIGBREAK only there)."""
    return tuple(int(getattr(signal, name)) for name in SHUTDOWN_SIGNAL_NAMES if hasattr(signal, name))


def signal_name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


@contextmanager
def handling_signals(handler: Callable[[int], None], signums: tuple[int, ...] | None = None) -> Iterator[bool]:
    """Call `handler(signum)` for each of `signums` (the shutdown signals by default) while inside.

    Python installs handlers only from the main thread: elsewhere (a test's worker) nothing is
    installed and the context yields False. The previous handlers come back on the way out.
    """
    if threading.current_thread() is not threading.main_thread():
        yield False
        return

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        handler(signum)

    previous: dict[int, object] = {}
    for signum in shutdown_signals() if signums is None else signums:
        try:
            previous[signum] = signal.signal(signum, on_signal)
        except (OSError, ValueError):
            continue  # not catchable here (an embedding host owns it): leave it as it was
    try:
        yield True
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)  # type: ignore[arg-type]
