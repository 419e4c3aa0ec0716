"""numpy's BLAS runs one thread in Heliofab's processes unless the operator chose otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_RUN = """
import os, sys
from app.cli import main
main(["--data-dir", sys.argv[1], "printers", "profiles"])
import numpy
numpy.ones((64, 64)) @ numpy.ones((64, 64))  # a product wakes a BLAS pool, if there is one
threads = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("Threads:"))
print(os.environ.get("OPENBLAS_NUM_THREADS"), threads)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
# With a value of the operator's, the process has as many threads as OpenBLAS takes on this machine.
@pytest.mark.parametrize(("preset", "expected"), [(None, ["1", "1"]), ("2", ["2", None])])
def test_a_command_limits_blas_threads_before_numpy_loads(
    tmp_path: Path, preset: str | None, expected: list[str | None]
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env.pop("HELIOFAB_HOME", None)
    if preset is not None:
        env["OPENBLAS_NUM_THREADS"] = preset
    done = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path / "lab")], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)

    variable, threads = done.stdout.split()[-2:]
    assert [variable, threads if expected[1] else None] == expected  # the variable; the process's threads


def test_the_limit_reports_whether_it_took_effect(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.native_threads import BLAS_THREADS_VARIABLE, limit_blas_threads

    monkeypatch.delenv(BLAS_THREADS_VARIABLE, raising=False)
    import numpy  # noqa: F401  (loaded already in this process: too late for a limit set now)

    monkeypatch.setenv(BLAS_THREADS_VARIABLE, "2")
    assert limit_blas_threads() is False
    monkeypatch.setenv(BLAS_THREADS_VARIABLE, "1")
    assert limit_blas_threads() is True
