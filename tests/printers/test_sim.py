"""The simulated Marlin printer: what a host sees through real pyserial on its pty."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import serial

from printers.protocol import ReplyKind, frame, parse_reply
from printers.sim.faults import FaultKind, FaultSpec, FaultSpecError
from printers.sim.firmware import SimConfig, SimFirmware
from printers.sim.printer import SimulatedPrinter
from tests.printers.simulated import nothing_left_open  # noqa: F401 - fixture used by name

pytestmark = pytest.mark.usefixtures("nothing_left_open")


def exchange(port: str, frames: list[bytes], *, until: str, timeout_s: float = 5.0) -> list[str]:
    """Write frames, read reply lines until one starts with `until`."""
    lines: list[str] = []
    with serial.Serial(port, 115200, timeout=0.1) as link:
        link.write(b"".join(frames))
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            raw = link.readline()
            if raw:
                text = raw.decode("ascii", errors="replace").strip()
                lines.append(text)
                if text.startswith(until):
                    break
    return lines


def test_checksummed_lines_run_and_advanced_ok_names_them() -> None:
    with SimulatedPrinter() as sim:
        replies = exchange(sim.port, [frame(0, "M110 N0"), frame(1, "G28"), frame(2, "G1 X5 F600")], until="ok N2")
        assert replies[0] == "ok N0 P16 B3"
        assert replies[-1].startswith("ok N2 ")
        assert [c.command for c in sim.executed()] == ["M110 N0", "G28", "G1 X5 F600"]


def test_bad_checksum_and_wrong_number_ask_for_a_resend() -> None:
    with SimulatedPrinter() as sim:
        bad = frame(1, "G1 X1")[:-3] + b"0\n"
        replies = exchange(sim.port, [frame(0, "M110 N0"), bad], until="Resend")
        assert "Error:checksum mismatch, Last Line: 0" in replies and "Resend: 1" in replies
        replies = exchange(sim.port, [frame(5, "G1 X1")], until="ok")
        assert replies[:2] == ["Error:Line Number is not Last Line Number+1, Last Line: 0", "Resend: 1"]
        assert [c.command for c in sim.executed()] == ["M110 N0"]


def test_m115_reports_firmware_and_capabilities() -> None:
    with SimulatedPrinter() as sim:
        replies = exchange(sim.port, [frame(0, "M110 N0"), frame(1, "M115")], until="ok N1")
        kinds = [parse_reply(r).kind for r in replies]
        assert ReplyKind.FIRMWARE in kinds
        assert "Cap:AUTOREPORT_TEMP:1" in replies and "Cap:EMERGENCY_PARSER:1" in replies


def test_temperatures_rise_toward_the_target_at_real_speed() -> None:
    firmware = SimFirmware(SimConfig(speed=1.0), now_s=0.0)
    firmware.on_line(b"M104 S200\n", 0.0)
    firmware.poll(0.0)
    for t in (1.0, 2.0, 3.0):
        firmware.poll(t)
    hotend, _ = firmware.temperatures
    assert 22.0 + 3 * 3.0 - 0.01 <= hotend <= 22.0 + 3 * 3.0 + 0.01
    firmware.on_line(b"M104 S0\n", 3.0)
    firmware.poll(3.0)
    firmware.poll(5.0)
    assert firmware.temperatures[0] < hotend


def test_m109_blocks_and_reports_temperatures_until_hot() -> None:
    firmware = SimFirmware(SimConfig(speed=1.0), now_s=0.0)
    firmware.on_line(frame(1, "M109 S40"), 0.0)
    t = 0.0
    while not firmware.executed and t < 20:
        t += 0.25
        firmware.poll(t)
    replies = b"".join(firmware.outbox).decode().splitlines()
    assert any(r.startswith("T:") for r in replies)
    assert 5.0 <= t <= 8.0  # (40 − 22) / 3 °C/s
    assert replies[-1].startswith("ok N1")


def test_planner_fills_then_moves_take_their_time() -> None:
    firmware = SimFirmware(SimConfig(speed=1.0, planner_size=2, buffer_size=4), now_s=0.0)
    for n in range(1, 5):
        firmware.on_line(frame(n, f"G1 X{n * 60} F3600"), 0.0)  # one second each
    firmware.poll(0.0)
    assert len(firmware.executed) == 2
    firmware.poll(1.01)
    assert len(firmware.executed) == 3


@pytest.mark.parametrize("speed", [1.0, 10.0])
def test_speed_is_how_many_times_faster_than_real_time(speed: float) -> None:
    firmware = SimFirmware(SimConfig(speed=speed, planner_size=1, buffer_size=4), now_s=0.0)
    firmware.on_line(frame(1, "G1 X60 F3600"), 0.0)  # one simulated second
    firmware.on_line(frame(2, "G1 X120 F3600"), 0.0)
    firmware.poll(0.0)
    assert len(firmware.executed) == 1
    firmware.poll(1.01 / speed)  # the first move's second, at `speed` times real time
    assert len(firmware.executed) == 2
    # Heating too: ten times faster heats ten times as much in one real second.
    firmware.on_line(b"M104 S200\n", 2.0)
    firmware.poll(2.0)
    firmware.poll(2.5)
    assert firmware.temperatures[0] == pytest.approx(min(200.0, 22.0 + 0.5 * 3.0 * speed), abs=0.01)


def test_halts_on_m112_and_answers_nothing_after() -> None:
    firmware = SimFirmware(SimConfig(), now_s=0.0)
    firmware.on_bytes_arrived(b"M112\n")  # the emergency parser, before any buffer
    assert firmware.is_halted
    firmware.outbox.clear()
    firmware.on_line(frame(1, "M105"), 0.1)
    firmware.poll(0.2)
    assert firmware.outbox == []


def test_reset_fault_prints_start_and_forgets_the_line_number() -> None:
    firmware = SimFirmware(SimConfig(), now_s=0.0)
    firmware.on_line(frame(1, "G1 X1"), 0.0)
    firmware.poll(0.0)
    firmware.reset()
    assert firmware.last_n == 0 and b"start\n" in firmware.outbox


def test_unplug_and_replug_keep_the_firmware_state(tmp_path: Path) -> None:
    link = tmp_path / "ttyPRINTER"
    with SimulatedPrinter(link_path=link) as sim:
        assert link.is_symlink()
        exchange(sim.port, [frame(0, "M110 N0"), frame(1, "G1 X1")], until="ok N1")
        with serial.Serial(sim.port, 115200, timeout=0.1) as link_port:
            sim.unplug()
            with pytest.raises(serial.SerialException):
                for _ in range(20):
                    link_port.read(1)
        sim.replug()
        replies = exchange(sim.port, [frame(5, "M105")], until="Resend")
        assert "Resend: 2" in replies  # it still knows line 1 ran
    assert not link.exists()


def test_log_file_lists_every_executed_command(tmp_path: Path) -> None:
    log = tmp_path / "sim.log"
    with SimulatedPrinter(log_path=log) as sim:
        exchange(sim.port, [frame(0, "M110 N0"), frame(1, "G28")], until="ok N1")
    assert log.read_text().splitlines() == ["0\tM110 N0", "1\tG28"]


def test_wire_model_paces_lines_like_a_serial_cable() -> None:
    # 10 bits a byte at 9600 baud: 20 frames of ~20 bytes take about 0.4 s to arrive.
    with SimulatedPrinter(SimConfig(baud=9600)) as sim:
        frames = [frame(0, "M110 N0"), *(frame(n, f"G1 X{n}") for n in range(1, 20))]
        start = time.monotonic()
        with serial.Serial(sim.port, 115200, timeout=0.1) as link:
            for data in frames:
                link.write(data)
                while not link.readline().startswith(b"ok"):
                    pass
        elapsed = time.monotonic() - start
        wire_bytes = sum(len(f) for f in frames) + 20 * len("ok N10 P16 B3\n")
        assert elapsed >= wire_bytes * 10 / 9600 * 0.9


@pytest.mark.parametrize(
    ("text", "rates", "at"),
    [
        ("corrupt=0.01,reset@100", {FaultKind.CORRUPT: 0.01}, {100: FaultKind.RESET}),
        ("", {}, {}),
        (" lost_ok = 0.5 , disconnect@7", {FaultKind.LOST_OK: 0.5}, {7: FaultKind.DISCONNECT}),
    ],
)
def test_fault_spec_parses(text: str, rates: dict[FaultKind, float], at: dict[int, FaultKind]) -> None:
    spec = FaultSpec.parse(text)
    assert spec.rates == rates and spec.at_line == at


@pytest.mark.parametrize("text", ["corrupt", "gremlins=0.1", "corrupt=2", "reset@soon"])
def test_fault_spec_errors_say_what_to_write(text: str) -> None:
    with pytest.raises(FaultSpecError, match="KIND=RATE"):
        FaultSpec.parse(text)
