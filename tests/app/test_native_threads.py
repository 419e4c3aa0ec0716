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
print(os.environ.get("OPENBLAS_NUM_THREADS"), "numpy" in sys.modules)
"""


@pytest.mark.parametrize(("preset", "expected"), [(None, "1"), ("3", "3")])
def test_a_command_limits_blas_threads_before_numpy_loads(tmp_path: Path, preset: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env.pop("HELIOFAB_HOME", None)
    if preset is not None:
        env["OPENBLAS_NUM_THREADS"] = preset
    done = subprocess.run([sys.executable, "-c", _RUN, str(tmp_path / "lab")], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)

    assert done.stdout.split()[-2:] == [expected, "True"]


def test_the_limit_reports_whether_it_took_effect(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.native_threads import BLAS_THREADS_VARIABLE, limit_blas_threads

    monkeypatch.delenv(BLAS_THREADS_VARIABLE, raising=False)
    import numpy  # noqa: F401  (loaded already in this process: too late for a limit set now)

    monkeypatch.setenv(BLAS_THREADS_VARIABLE, "2")
    assert limit_blas_threads() is False
    monkeypatch.setenv(BLAS_THREADS_VARIABLE, "1")
    assert limit_blas_threads() is True
