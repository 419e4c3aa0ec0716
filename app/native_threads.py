"""The process's native thread pools, chosen once before numpy loads.

numpy's OpenBLAS starts a thread for every core when numpy is imported, and after each matrix
product keeps them spinning for a while before they sleep. Heliofab's arrays are small (a mesh's
placement, a layer's points): those threads never speed anything up, but they take CPU from the
work that counts, the slicer's own second process included. One thread is enough. A value the
operator (or a test harness) set in the environment is kept.
"""

from __future__ import annotations

import os
import sys

BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"


def limit_blas_threads() -> bool:
    """True when the limit is in place for this process (numpy not loaded yet, or already limited)."""
    os.environ.setdefault(BLAS_THREADS_VARIABLE, "1")
    return "numpy" not in sys.modules or os.environ[BLAS_THREADS_VARIABLE] == "1"
