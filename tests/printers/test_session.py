"""Print sessions against the simulated Marlin printer, through real pyserial on a pty."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from printers.machine_state import MachineState, cooldown_commands, park_commands, restore_after_pause
from printers.recovery import plan_resume
from printers.session import (
    ConnectError,
    JobOutcome,
    PrintSession,
    SessionCallbacks,
    SessionError,
    SessionState,
)
from printers.sim.firmware import SimConfig
from printers.sim.printer import SimulatedPrinter
from printers.transport import PortError
from tests.printers.simulated import (  # noqa: F401 - fixtures are used by name
    executed_job_lines,
    job_commands,
    make_session,
    make_sim,
    nothing_left_open,
)

pytestmark = pytest.mark.usefixtures("nothing_left_open")

MakeSim = Callable[..., SimulatedPrinter]
MakeSession = Callable[..., PrintSession]

PROTOCOL_FAULTS = (
    "corrupt=0.003,drop_line=0.002,garble_reply=0.002,lost_ok=0.002,spurious_resend=0.002,busy_storm=0.002")


def test_50k_lines_with_over_500_faults_run_exactly_once_in_order(make_sim: MakeSim, make_session: MakeSession) -> None:
    job = job_commands(50_000)
    sim = make_sim(faults=PROTOCOL_FAULTS, seed=11)
    session = make_session(sim.port)
    session.connect()
    assert session.is_advanced_ok
    session.start_job(job)
    result = session.wait_until_finished(300)
    assert result is not None and result.outcome is JobOutcome.DONE, result
    counts = sim.fault_counts()
    assert sum(counts.values()) >= 500, counts
    assert set(counts) == {"corrupt", "drop_line", "garble_reply", "lost_ok", "spurious_resend", "busy_storm"}
    assert executed_job_lines(sim) == job
    assert result.progress.confirmed_index == len(job) - 1


def test_one_line_in_flight_without_advanced_ok_survives_faults(make_sim: MakeSim, make_session: MakeSession) -> None:
    job = job_commands(3000)
    faults = "corrupt=0.006,drop_line=0.004,garble_reply=0.004,lost_ok=0.004,spurious_resend=0.004,busy_storm=0.004"
    sim = make_sim(SimConfig(wait_after_s=0.05, is_advanced_ok=False), faults=faults, seed=3)
    session = make_session(sim.port)
    session.connect()
    assert not session.is_advanced_ok
    session.start_job(job)
    result = session.wait_until_finished(120)
    assert result is not None and result.outcome is JobOutcome.DONE
    assert sum(sim.fault_counts().values()) >= 50
    assert executed_job_lines(sim) == job


def test_callbacks_report_progress_states_and_temperatures(make_sim: MakeSim, make_session: MakeSession) -> None:
    states: list[SessionState] = []
    fractions: list[float] = []
    temps: list[float] = []
    done = threading.Event()
    callbacks = SessionCallbacks(
        on_state=lambda state, _msg: states.append(state),
        on_progress=lambda p: fractions.append(p.fraction),
        on_temperature=lambda t: temps.append(t.hotend_c),
        on_job_finished=lambda _r: done.set(),
    )
    sim = make_sim()
    session = make_session(sim.port, callbacks=callbacks)
    caps = session.connect()
    assert caps.has_autoreport_temp and caps.firmware_name.startswith("Marlin")
    job = ["M104 S200", "M140 S60", "M190 S60", "M109 S200", *job_commands(2000)]
    session.start_job(job, estimate_s=100.0)
    assert done.wait(60)
    assert states[:3] == [SessionState.CONNECTING, SessionState.OPERATIONAL, SessionState.PRINTING]
    assert states[-1] is SessionState.OPERATIONAL
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert sim.targets() == (200.0, 60.0)
    assert session.progress().state.hotend_target_c == 200.0


def test_pause_parks_and_resume_restores_position_and_modes(make_sim: MakeSim, make_session: MakeSession) -> None:
    job = ["G90", "M83", *job_commands(4000)]
    sim = make_sim(SimConfig(wait_after_s=0.05, speed=0.0))
    session = make_session(sim.port)
    session.connect()
    session.start_job(job)
    session.pause()
    assert _wait_state(session, SessionState.PAUSED)
    paused = session.progress()
    executed_at_pause = executed_job_lines(sim)
    k = paused.confirmed_index + 1
    assert executed_at_pause[:k] == job[:k]
    options = session.options
    state = paused.state
    park = park_commands(
        state,
        park_x_mm=options.park_x_mm,
        park_y_mm=options.park_y_mm,
        lift_mm=options.park_lift_mm,
        retract_mm=options.retract_mm,
        is_heaters_off=False,
    )
    assert executed_at_pause == job[:k] + park
    session.resume()
    result = session.wait_until_finished(60)
    assert result is not None and result.outcome is JobOutcome.DONE
    restore = restore_after_pause(state, prime_mm=options.retract_mm)
    assert f"G1 X{state.x_mm:g} Y{state.y_mm:g} F3000" in restore and "M83" in restore  # modes put back explicitly
    assert executed_job_lines(sim) == job[:k] + park + restore + job[k:]


def test_pause_at_next_layer_stops_on_the_layer_change_with_heaters_off(make_sim: MakeSim,
                                                                        make_session: MakeSession) -> None:
    job = ["M104 S200", "M140 S60", *job_commands(3000, layer_every=500)]
    sim = make_sim()
    session = make_session(sim.port)
    session.connect()
    session.start_job(job)
    session.pause_at_next_layer(is_heaters_off=True)
    assert _wait_state(session, SessionState.PAUSED)
    progress = session.progress()
    next_line = job[progress.confirmed_index + 1]
    assert next_line.startswith(";LAYER:")
    assert sim.targets() == (0.0, 0.0)
    assert progress.state.hotend_target_c == 200.0  # kept, so resume heats back up
    session.resume()
    result = session.wait_until_finished(60)
    assert result is not None and result.outcome is JobOutcome.DONE
    assert sim.targets() == (200.0, 60.0)


def test_cancel_cools_down_and_stops_streaming(make_sim: MakeSim, make_session: MakeSession) -> None:
    job = ["M104 S200", "M140 S60", *job_commands(20_000)]
    sim = make_sim()
    session = make_session(sim.port)
    session.connect()
    session.start_job(job)
    session.cancel()
    result = session.wait_until_finished(30)
    assert result is not None and result.outcome is JobOutcome.CANCELLED
    log = [c for c in executed_job_lines(sim) if c != "M108"]  # M108 (bare) only ends a heat-up wait
    assert log[-len(cooldown_commands()) :] == cooldown_commands()
    assert len(log) < len(job)
    assert sim.targets() == (0.0, 0.0)
    assert session.state is SessionState.OPERATIONAL


def test_emergency_stop_halts_the_printer(make_sim: MakeSim, make_session: MakeSession) -> None:
    sim = make_sim()
    session = make_session(sim.port)
    session.connect()
    session.start_job(["M104 S200", *job_commands(20_000)])
    session.emergency_stop()
    assert session.state is SessionState.ERROR
    result = session.wait_until_finished(5)
    assert result is not None and result.outcome is JobOutcome.FAILED
    assert _wait_for(lambda: sim.firmware.is_halted)
    assert sim.targets() == (0.0, 0.0)


def test_thermal_runaway_stops_with_heaters_off_and_a_clear_message(make_sim: MakeSim,
                                                                    make_session: MakeSession) -> None:
    errors: list[str] = []
    sim = make_sim(faults="thermal@1500")
    session = make_session(sim.port, callbacks=SessionCallbacks(on_error=errors.append))
    session.connect()
    session.start_job(["M104 S200", "M140 S60", *job_commands(5000)])
    result = session.wait_until_finished(30)
    assert result is not None and result.outcome is JobOutcome.FAILED
    assert "Thermal Runaway" in result.message and "heaters are switched off" in result.message
    assert errors and "Thermal Runaway" in errors[0]
    assert sim.targets() == (0.0, 0.0)
    assert session.state is SessionState.ERROR


def test_printer_reset_mid_job_interrupts_and_resumes_with_the_preamble(make_sim: MakeSim,
                                                                        make_session: MakeSession) -> None:
    job = ["M104 S200", "M140 S60", "G28", "G90", "M82", *job_commands(6000)]
    sim = make_sim(faults="reset@2500")
    session = make_session(sim.port)
    session.connect()
    session.start_job(job)
    result = session.wait_until_finished(30)
    assert result is not None and result.outcome is JobOutcome.INTERRUPTED
    assert "restarted" in result.message
    session.close()
    heaters_off = ["M104 S0", "M140 S0", "M107"]  # sent bare by the host the moment it saw the restart
    assert _wait_for(lambda: executed_job_lines(sim)[-3:] == heaters_off)
    before = executed_job_lines(sim)
    confirmed = result.progress.confirmed_index
    assert before == job[: confirmed + 1] + heaters_off

    resumed = make_session(sim.port)
    resumed.connect(is_probing_last_line=True)
    plan = plan_resume(
        job,
        last_confirmed_index=confirmed,
        state=result.progress.state,
        line_offset=result.progress.line_offset,
        printer_last_line=resumed.printer_last_line,
        was_printer_reset=resumed.was_printer_reset,
    )
    assert not plan.is_exact and plan.start_index == confirmed + 1
    assert "G28 X Y" in plan.preamble
    resumed.start_job(job, start_index=plan.start_index, preamble=plan.preamble, initial_state=plan.state)
    final = resumed.wait_until_finished(60)
    assert final is not None and final.outcome is JobOutcome.DONE
    assert executed_job_lines(sim) == job[: confirmed + 1] + heaters_off + plan.preamble + job[confirmed + 1 :]


def test_cable_pull_then_resume_runs_every_line_once(make_sim: MakeSim, make_session: MakeSession) -> None:
    job = ["M104 S200", "M140 S60", *job_commands(8000)]
    sim = make_sim(faults="disconnect@3000")
    session = make_session(sim.port)
    session.connect()
    session.start_job(job)
    result = session.wait_until_finished(30)
    assert result is not None and result.outcome is JobOutcome.INTERRUPTED
    assert "Lost the connection" in result.message
    session.close()
    port = sim.replug()

    resumed = make_session(port)
    resumed.connect(is_probing_last_line=True)
    plan = plan_resume(
        job,
        last_confirmed_index=result.progress.confirmed_index,
        state=result.progress.state,
        line_offset=result.progress.line_offset,
        printer_last_line=resumed.printer_last_line,
        was_printer_reset=resumed.was_printer_reset,
    )
    assert plan.is_exact
    assert plan.preamble == ["M190 S60", "M109 S200"]  # re-assert the heaters, nothing else
    resumed.start_job(job, start_index=plan.start_index, preamble=plan.preamble, initial_state=plan.state)
    final = resumed.wait_until_finished(60)
    assert final is not None and final.outcome is JobOutcome.DONE
    log = executed_job_lines(sim)
    split = plan.start_index
    assert log == job[:split] + plan.preamble + job[split:]


def test_missing_port_is_a_clear_error(make_session: MakeSession) -> None:
    session = make_session("/dev/does-not-exist-heliofab")
    with pytest.raises(PortError, match="There is no port"):
        session.connect()


def test_busy_port_is_a_clear_error(make_sim: MakeSim, make_session: MakeSession) -> None:
    sim = make_sim()
    first = make_session(sim.port)
    first.connect()
    with pytest.raises(PortError, match="busy"):
        make_session(sim.port).connect()


def test_a_device_that_is_not_a_printer_is_refused(make_session: MakeSession) -> None:
    import os
    import tty

    master, slave = os.openpty()
    tty.setraw(master)
    try:
        session = make_session(os.ttyname(slave))
        os.write(master, b"\xff\xfe garbage \x00 and more noise\n")
        with pytest.raises(ConnectError, match="No printer answered"):
            session.connect()
        assert session.state is SessionState.ERROR
    finally:
        os.close(master)
        os.close(slave)


def test_commands_are_refused_while_streaming(make_sim: MakeSim, make_session: MakeSession) -> None:
    sim = make_sim(SimConfig(wait_after_s=0.05, speed=1000))
    session = make_session(sim.port)
    session.connect()
    session.start_job(job_commands(500))
    with pytest.raises(SessionError):
        session.send_command("G28")
    session.cancel()
    session.wait_until_finished(30)


def test_resume_plan_falls_back_without_a_probe() -> None:
    job = ["G28", "M83", "G1 X1 E1", "G1 X2 E1"]
    state = MachineState(x_mm=1.0, z_mm=0.3, hotend_target_c=200.0, is_relative_e=True)
    plan = plan_resume(job, last_confirmed_index=2, state=state, line_offset=None, printer_last_line=None,
                       was_printer_reset=False)
    assert plan.start_index == 3 and not plan.is_exact
    assert plan.preamble[0] == "M104 S200" and "M83" in plan.preamble


def _wait_state(session: PrintSession, state: SessionState, timeout_s: float = 30.0) -> bool:
    return _wait_for(lambda: session.state is state, timeout_s)


def _wait_for(predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    event = threading.Event()
    for _ in range(int(timeout_s / 0.02)):
        if predicate():
            return True
        event.wait(0.02)
    return predicate()



def test_cancel_during_heat_up_does_not_wait_for_the_temperature(make_sim: MakeSim, make_session: MakeSession) -> None:
    sim = make_sim(SimConfig(wait_after_s=0.05, speed=1.0))
    session = make_session(sim.port)
    session.connect()
    session.start_job(["M109 S250", *job_commands(100)])  # about 75 s of heating at real speed
    assert _wait_for(lambda: sim.temperatures()[0] > 23.0)
    session.cancel()
    result = session.wait_until_finished(10)
    assert result is not None and result.outcome is JobOutcome.CANCELLED
    assert sim.targets() == (0.0, 0.0)


def test_filament_change_prompt_waits_for_the_operator_without_timing_out(
    make_sim: MakeSim, make_session: MakeSession
) -> None:
    prompts: list[tuple[str, tuple[str, ...]]] = []
    asked = threading.Event()

    def on_prompt(text: str, buttons: tuple[str, ...]) -> None:
        prompts.append((text, buttons))
        if text:
            asked.set()

    sim = make_sim(SimConfig(wait_after_s=0.05, keepalive_s=0.2))
    session = make_session(sim.port, callbacks=SessionCallbacks(on_prompt=on_prompt))
    session.connect()
    job = [*job_commands(300), "M600", *job_commands(300)[::-1]]
    session.start_job(job)
    assert asked.wait(10)
    assert session.prompt == ("Nozzle Parked", ("Continue",))
    assert session.wait_until_finished(1.5) is None  # five times the ok timeout: still waiting, not failed
    assert session.state is SessionState.PRINTING
    session.answer_prompt(0)
    result = session.wait_until_finished(10)
    assert result is not None and result.outcome is JobOutcome.DONE
    assert session.stats["timeouts"] == 0
    assert prompts[-1] == ("", ())
    # The answer also reaches the command queue after the emergency parser acted on it, as in Marlin.
    assert [c for c in executed_job_lines(sim) if c != "M876 S0"] == job


def test_a_lower_bed_slips_into_a_running_job_without_disturbing_it(make_sim: MakeSim,
                                                                    make_session: MakeSession) -> None:
    # The energy ladder's first rung: the job's own lines still run exactly once, in order.
    job = ["M140 S60", *job_commands(2000)]
    sim = make_sim(SimConfig(speed=1000))
    session = make_session(sim.port)
    session.connect()
    session.start_job(job)
    assert _wait_for(lambda: session.progress().confirmed_index >= 100)  # well past the job's own M140
    with pytest.raises(SessionError, match="can't be sent during a print"):
        session.adjust_while_printing("G1 X10")
    session.adjust_while_printing("M140 S45")
    result = session.wait_until_finished(60)
    assert result is not None and result.outcome is JobOutcome.DONE
    executed = sim.executed_commands()
    assert "M140 S45" in executed
    assert [c for c in executed if c != "M140 S45"][-len(job):] == job
    assert sim.targets()[1] == 45.0
