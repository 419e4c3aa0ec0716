"""A job's stored resume record decodes through MachineState, whatever an older or damaged record holds."""

from __future__ import annotations

from printers.machine_state import MachineState, advance


def test_a_committed_state_comes_back_from_the_stored_record() -> None:
    state = advance(advance(MachineState(), "G91"), "G1 Z0.6 F600")
    record = {"machine": state.to_json(), "line_offset": 40, "layer": 3, "port": "/dev/ttyUSB0"}
    decoded = MachineState.from_stored(record)
    assert decoded is not None
    assert decoded.z_mm == 0.6 and decoded.is_relative_xyz
    assert decoded.layer == 3  # the record's layer count, committed with the progress


def test_a_job_that_never_reported_has_no_state() -> None:
    assert MachineState.from_stored({}) is None
    assert MachineState.from_stored({"port": "COM3", "machine": {}}) is None
    assert MachineState.from_stored({"machine": "garbled"}) is None


def test_damaged_fields_keep_their_defaults() -> None:
    decoded = MachineState.from_stored({"machine": {"z_mm": "12", "x_mm": 4, "fan_pwm": 127.0,
                                                    "is_homed": "yes", "unknown": 1}, "layer": "7"})
    assert decoded is not None
    assert decoded.z_mm == 0.0 and decoded.x_mm == 4.0 and isinstance(decoded.x_mm, float)
    assert decoded.fan_pwm == 127 and isinstance(decoded.fan_pwm, int)
    assert decoded.is_homed is False and decoded.layer == 0
