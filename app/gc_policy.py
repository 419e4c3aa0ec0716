"""The process's one policy for Python's cycle collector, chosen by whoever composes the process.

Slicing, parsing and estimating build about 10⁵ small acyclic objects per pass. With Python's default
thresholds a pass triggers hundreds of young collections and a few full ones, each full one walking
every object alive, the imported libraries included: a tenth of the pass, and on the GUI thread a
pause of a tenth of a second. Two settings remove that cost for every pass at once, so the passes
themselves need to know nothing about collection:

- the objects made at start-up (modules, classes, the window) are frozen out of the collector's reach
  once start-up is done, so a collection walks only what was made since;
- a young collection runs every `YOUNG_THRESHOLD` allocations instead of every 700.

The command line lets Python collect automatically with these settings (`collect_automatically`). The desktop app
collects on its GUI thread instead (ui/gc_guard.py, same thresholds), because a collection that a
worker triggers would run the destructors of Qt objects on that worker.
"""

from __future__ import annotations

import atexit
import gc

YOUNG_THRESHOLD = 10_000  # allocations between young collections (Python's default: 700)
OLDER_THRESHOLD = 10  # young collections per middle one, and middle ones per full one (the defaults)


def thresholds() -> tuple[int, int, int]:
    return (YOUNG_THRESHOLD, OLDER_THRESHOLD, OLDER_THRESHOLD)


def collect_automatically() -> None:
    """The command line's policy, once its start-up (imports, options, log) is done: Python's automatic
    collector with the process's thresholds, and the start-up objects frozen. A full collection first
    would cost more than the start-up leaves to free (measured: 60 ms to free nothing), so there is none.
    Collection stays off if the host process switched it off to run it where it chooses (the tests).

    At exit, the interpreter's last collections would walk everything the command made (a frame set's
    geometry and parsed G-code: 30 to 60 ms after slicing one, for nothing but the end of the process):
    that is frozen too, as the start-up objects are. Registered once, however often one process runs
    the command line (the tests)."""
    gc.set_threshold(*thresholds())
    gc.freeze()
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def freeze_startup_objects() -> None:
    """Once the window is built: what exists now lives until exit, so no collection need walk it again."""
    gc.collect()
    gc.freeze()
