"""The progress line `heliofab print` keeps on stderr."""

from __future__ import annotations

import pytest

from app.cli.print_cmd import _ProgressLine
from printers.machine_state import MachineState
from printers.session import JobProgress

_STATE = MachineState(z_mm=0.3, feed_mm_min=3000.0, hotend_target_c=210.0, bed_target_c=60.0, is_homed=True)


@pytest.mark.parametrize(
    ("remaining_s", "shown"),
    [(-0.4, ", 0 min left"), (-25.0, ", 0 min left"), (0.0, ", 0 min left"), (90.0, ", 2 min left"), (None, "")],
)
def test_time_left_is_never_negative(
    capsys: pytest.CaptureFixture[str], remaining_s: float | None, shown: str
) -> None:
    line = _ProgressLine(is_enabled=True)  # stderr is captured, not a terminal: one plain line
    line.update(JobProgress(99, 100, 1.0, 600.0, remaining_s, 20, _STATE))
    err = capsys.readouterr().err
    assert err.rstrip("\n").endswith(f"600 s{shown}")
    assert "-0" not in err
