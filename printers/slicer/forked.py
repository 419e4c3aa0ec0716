"""A map shared between this process and one forked copy of it: Python's own work on two cores.

Threads share the slicer's GEOS calls (they release the GIL) but not the Python between them, which
is most of a layer's work: on two cores two threads sliced a frame set no faster than one. A forked
child starts with everything this process has made (meshes, sections, shells), so it needs no
inputs sent to it: the two take items in turn and the child hands its results back pickled through
a pipe. The parts of a plate are shared this way, and the layers of a lone part.

Forking copies only the calling thread, so it is done only where that is safe and cheap: on Linux
(macOS's system libraries are not fork-safe, Windows has no fork), in a process whose only thread is
the main one (the command line, whose numpy runs BLAS on the calling thread: app/native_threads.py;
the window and the lab service slice on worker threads and keep using threads), and never inside an
item already shared.
"""

from __future__ import annotations

import enum
import gc
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
Item = TypeVar("Item")

# Fewer items than this are not worth a fork (about 5 ms with a large part's memory mapped).
MIN_ITEMS = 8
_TICKET = struct.Struct("<I")
# The tickets are written before the child starts taking them, so they must fit in the pipe: every
# pipe holds at least one page (4 KiB; Linux gives a user past its pipe quota no more).
_MAX_ITEMS = 4096 // _TICKET.size
# Set in a forked child, and in this process while a child shares its work: the maps nested in an
# item run in turn, as the other core is already busy.
_in_share = False


class Sharing(enum.Enum):
    FORK = "fork"  # share with a forked child
    IN_TURN = "in turn"  # inside an item already shared: one after another
    THREADS = "threads"  # a process with other threads, or no fork: share with helper threads


class StopAllError(Exception):
    """Raised by an item's work to stop at once (a cancel): the child is killed and `reason` raised,
    where an item's own error waits for the child to say whether an earlier item failed too."""

    def __init__(self, reason: BaseException) -> None:
        super().__init__(str(reason))
        self.reason = reason


def sharing() -> Sharing:
    if _in_share:
        return Sharing.IN_TURN
    if (
        sys.platform.startswith("linux")
        and hasattr(os, "fork")
        and threading.active_count() == 1
        and threading.current_thread() is threading.main_thread()
        and _native_threads() <= 1
    ):
        return Sharing.FORK
    return Sharing.THREADS


def _native_threads() -> int:
    """Threads of this process the OS knows, Python's or not (a BLAS pool started by numpy): a fork
    copies none of them, so with any of them there is no fork (Python 3.12 warns about it too)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("Threads:")), 1)
    except (OSError, ValueError, IndexError):
        return threading.active_count()


def map_with_child(
    work: Callable[[Item], T],
    items: Sequence[Item],
    progress: Callable[[float], None] | None,
    *,
    is_first_here: bool = False,
) -> list[T]:
    """[work(item) for item in items], this process and the child each taking the next item not yet
    taken (a pipe holds the items' numbers: a read of a few bytes from a pipe is atomic, so no item is
    taken twice), so one costly layer does not leave a core idle. `progress` sees the items this
    process has done and taken and may raise to stop: the child is killed. When items raise, the
    first of them by order is raised, as it would be one after another. A child that dies (killed,
    out of memory) costs time, not the result: its items are done here. With `is_first_here`, the
    first item is this process's whatever the child takes: its result needs no pickling."""
    global _in_share
    if len(items) > _MAX_ITEMS:
        return _in_halves(work, items, progress)
    started = _start_child(work, items, 1 if is_first_here else 0)
    if started is None:  # no pipe or no fork to be had (memory, process limit): one after another
        return _all_here(work, items, progress)
    pid, tickets_out, results_out = started
    results: dict[int, T] = {}
    errors: dict[int, BaseException] = {}
    _in_share = True
    try:
        reported = 0.0
        own_first = [0] if is_first_here else []
        while (index := own_first.pop() if own_first else _take(tickets_out)) is not None:
            try:
                results[index] = work(items[index])
            except StopAllError as stop:
                raise stop.reason from None
            except Exception as exc:  # the first by order may still be the child's
                errors[index] = exc
                while _take(tickets_out) is not None:  # the child takes no other item
                    pass
                break
            fraction = index / len(items)
            if progress is not None and fraction - reported >= 0.02:
                reported = fraction
                progress(fraction)
        with os.fdopen(results_out, "rb") as pipe:
            results_out = -1
            payload = pipe.read()
        os.waitpid(pid, 0)
        pid = 0
    finally:
        _in_share = False
        os.close(tickets_out)
        if results_out >= 0:
            os.close(results_out)
        if pid:  # stopped early (a cancel, or an interrupt): the child's work is not wanted
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    try:
        theirs, their_error = pickle.loads(payload)
    except Exception:  # the child ended without its results (killed, out of memory, a crash in C)
        theirs, their_error = {}, None
    del payload
    results.update(theirs)
    if their_error is not None:
        errors[their_error[0]] = their_error[1]
    _finish_here(work, items, results, errors)
    if errors:
        # Every item before the first error by order is done (each process took its items in order),
        # as it would be one after another.
        raise errors[min(errors)]
    if progress is not None:
        progress(1.0)
    return [results[index] for index in range(len(items))]


def _start_child(work: Callable[[Item], T], items: Sequence[Item], first_ticket: int) -> tuple[int, int, int] | None:
    """(child's pid, tickets' read end, results' read end) once the child runs, or None when the
    system gives no pipe or no process (nothing is left open then)."""
    opened: list[int] = []
    try:
        tickets_out, tickets_in = os.pipe()
        opened += [tickets_out, tickets_in]
        os.write(tickets_in, b"".join(_TICKET.pack(index) for index in range(first_ticket, len(items))))
        os.close(tickets_in)  # once every ticket is taken, a read says so (end of file)
        opened.remove(tickets_in)
        results_out, results_in = os.pipe()
        opened += [results_out, results_in]
        parent = os.getpid()
        pid = os.fork()
    except BaseException as exc:
        for fd in opened:
            os.close(fd)
        if isinstance(exc, OSError):
            return None
        raise
    if pid == 0:  # pragma: no cover - runs in the child, whose results the tests check
        _serve_child(work, items, tickets_out, results_out, results_in, parent)
    os.close(results_in)
    return pid, tickets_out, results_out


def _all_here(work: Callable[[Item], T], items: Sequence[Item], progress: Callable[[float], None] | None) -> list[T]:
    global _in_share
    _in_share = True  # the maps inside the items need not try to fork again
    try:
        done = []
        for index, item in enumerate(items):
            try:
                done.append(work(item))
            except StopAllError as stop:
                raise stop.reason from None
            if progress is not None:
                progress((index + 1) / len(items))
        return done
    finally:
        _in_share = False


def _finish_here(work: Callable[[Item], T], items: Sequence[Item], results: dict[int, T],
                 errors: dict[int, BaseException]) -> None:
    """Items before the first error that neither process handed back (the child died): done here,
    in turn, so a lost child costs time but never the result."""
    global _in_share
    _in_share = True
    try:
        for index in range(min(errors, default=len(items))):
            if index in results:
                continue
            try:
                results[index] = work(items[index])
            except StopAllError as stop:
                raise stop.reason from None
            except Exception as exc:
                errors[index] = exc
                break
    finally:
        _in_share = False


def _take(tickets: int) -> int | None:
    data = os.read(tickets, _TICKET.size)
    return _TICKET.unpack(data)[0] if data else None


def _in_halves(
    work: Callable[[Item], T], items: Sequence[Item], progress: Callable[[float], None] | None
) -> list[T]:
    """More items than the pipe holds tickets: one share after another."""
    middle = len(items) // 2
    first = map_with_child(work, items[:middle], None if progress is None else lambda f: progress(f / 2))
    return first + map_with_child(work, items[middle:], None if progress is None else lambda f: progress(0.5 + f / 2))


def _serve_child(
    work: Callable[[Item], T], items: Sequence[Item], tickets: int, read_end: int, write_end: int, parent: int
) -> None:  # pragma: no cover - runs in the forked child
    global _in_share
    _in_share = True
    # Everything here was the parent's: a collection would walk it (copying its pages) and could run
    # the finalizers of what the parent owns (a database connection). The child lives for one map.
    gc.disable()
    status = 1
    try:
        os.close(read_end)
        done: dict[int, T] = {}
        error: tuple[int, BaseException] | None = None
        while (index := _take(tickets)) is not None:
            if os.getppid() != parent:
                return  # the parent is gone (killed): nobody wants the rest
            try:
                done[index] = work(items[index])
            except Exception as exc:
                error = (index, exc.reason if isinstance(exc, StopAllError) else exc)
                while _take(tickets) is not None:  # the parent takes no other item either
                    pass
                break
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(_child_payload(done, error))
        status = 0
    finally:
        # Straight out: no atexit handlers, no flushing of the parent's buffered output.
        os._exit(status)


def _child_payload(done: dict[int, T], error: tuple[int, BaseException] | None) -> bytes:
    """The results and the error as the parent reads them. Results that will not pickle are left for
    the parent to make again; an error that will not pickle goes as its text, at its own item."""
    try:
        return pickle.dumps((done, error), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        pass
    try:
        return pickle.dumps(({}, error), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        assert error is not None  # ({}, None) always pickles
        return pickle.dumps(({}, (error[0], RuntimeError(str(error[1])))), protocol=pickle.HIGHEST_PROTOCOL)
