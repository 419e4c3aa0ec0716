"""The simulated printer as a pyserial URL (`sim://`): no pseudo-terminal, the same on every OS."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
import serial

from printers.ports import is_port_present
from printers.protocol import frame
from printers.session import JobOutcome
from printers.sim.device import SimPrinterDevice, printer_for_url, stop_printer
from printers.transport import PortError, open_serial
from tests.printers.simulated import FAST_OPTIONS, job_commands, nothing_left_open  # noqa: F401 - fixture used by name

pytestmark = pytest.mark.usefixtures("nothing_left_open")


@pytest.fixture
def named() -> Iterator[Callable[[str], SimPrinterDevice]]:
    """Named simulated printers, switched off after the test."""
    urls: list[str] = []

    def make(url: str) -> SimPrinterDevice:
        urls.append(url)
        return printer_for_url(url)

    yield make
    for url in urls:
        stop_printer(url)


def read_until(port: serial.SerialBase, prefix: str, timeout_s: float = 5.0) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        raw = port.readline()
        if raw:
            lines.append(raw.decode("ascii", errors="replace").strip())
            if lines[-1].startswith(prefix):
                return lines
    raise AssertionError(f"no line starting {prefix!r} in {lines}")


def test_opens_through_serial_for_url_and_answers_like_marlin() -> None:
    port = open_serial("sim://?speed=0", 115200, timeout_s=0.1)
    try:
        assert type(port).__module__ == "printers.sim.urlhandler.protocol_sim"
        port.write(frame(0, "M110 N0") + frame(1, "G28") + frame(2, "M115"))
        replies = read_until(port, "ok N2")
        assert replies[0] == "ok N0 P16 B3"
        assert any(line.startswith("FIRMWARE_NAME:Marlin") for line in replies)
    finally:
        port.close()
    assert not port.is_open


def test_a_named_printer_keeps_its_state_across_close_and_open(named: Callable[[str], SimPrinterDevice]) -> None:
    device = named("sim://keeper?speed=0")
    with open_serial("sim://keeper", 115200, timeout_s=0.1) as port:
        port.write(frame(0, "M110 N0") + frame(1, "M104 S200") + frame(2, "G1 X5 F600"))
        read_until(port, "ok N2")
    with open_serial("sim://keeper", 115200, timeout_s=0.1) as port:
        port.write(frame(9, "M105"))
        assert "Resend: 3" in read_until(port, "Resend")  # it still knows line 2 ran
    assert device.executed_commands() == ["M110 N0", "M104 S200", "G1 X5 F600"]
    assert device.targets() == (200.0, 0.0)
    assert printer_for_url("sim://keeper") is device


def test_one_host_at_a_time(named: Callable[[str], SimPrinterDevice]) -> None:
    named("sim://single?speed=0")
    with open_serial("sim://single", 115200, timeout_s=0.1), pytest.raises(PortError, match="sim://single is busy"):
        open_serial("sim://single", 115200, timeout_s=0.1)


def test_unplug_fails_the_host_and_replug_brings_the_same_printer_back(
    named: Callable[[str], SimPrinterDevice]
) -> None:
    device = named("sim://cable?speed=0")
    port = open_serial("sim://cable", 115200, timeout_s=0.1)
    try:
        port.write(frame(0, "M110 N0") + frame(1, "G1 X1"))
        read_until(port, "ok N1")
        device.unplug()
        assert not device.is_plugged and not is_port_present("sim://cable")
        with pytest.raises(serial.SerialException):
            for _ in range(50):
                port.read(1)
        with pytest.raises(serial.SerialException):
            port.write(frame(2, "G1 X2"))
        with pytest.raises(PortError, match="There is no port sim://cable"):
            open_serial("sim://cable", 115200, timeout_s=0.1)
    finally:
        port.close()
    assert device.replug() == "sim://cable"
    assert is_port_present("sim://cable")
    with open_serial("sim://cable", 115200, timeout_s=0.1) as again:
        again.write(frame(7, "M105"))
        assert "Resend: 2" in read_until(again, "Resend")


def test_replug_with_reset_forgets_the_line_number(named: Callable[[str], SimPrinterDevice]) -> None:
    device = named("sim://resetting?speed=0")
    with open_serial("sim://resetting", 115200, timeout_s=0.1) as port:
        port.write(frame(0, "M110 N0") + frame(1, "G1 X1"))
        read_until(port, "ok N1")
    device.unplug()
    device.replug(is_reset=True)
    with open_serial("sim://resetting", 115200, timeout_s=0.1) as port:
        port.write(frame(5, "M105"))
        assert "Resend: 1" in read_until(port, "Resend")


def test_faults_from_the_url_are_injected_and_a_session_still_prints_every_line_once(
    named: Callable[[str], SimPrinterDevice],
) -> None:
    from printers.session import PrintSession

    device = named("sim://noisy?speed=0&seed=3&faults=corrupt=0.01,lost_ok=0.005,drop_line=0.005")
    job = job_commands(1500)
    session = PrintSession("sim://noisy", options=FAST_OPTIONS)
    try:
        session.connect()
        session.start_job(job)
        result = session.wait_until_finished(60)
    finally:
        session.close()
    assert result is not None and result.outcome is JobOutcome.DONE
    counts = device.fault_counts()
    assert counts.get("corrupt", 0) > 0 and counts.get("lost_ok", 0) + counts.get("drop_line", 0) > 0
    executed = [c for c in device.executed_commands() if c.startswith("G1")]
    assert executed == job


def test_disconnect_fault_unplugs_the_named_printer(named: Callable[[str], SimPrinterDevice]) -> None:
    device = named("sim://pulled?speed=0&faults=disconnect@3")
    with open_serial("sim://pulled", 115200, timeout_s=0.1) as port:
        port.write(frame(0, "M110 N0") + frame(1, "G1 X1") + frame(2, "G1 X2"))
        with pytest.raises(serial.SerialException):
            for _ in range(50):
                port.readline()
    assert not device.is_plugged
    assert device.executed_commands() == ["M110 N0", "G1 X1", "G1 X2"]


def test_wrong_baud_reads_as_noise(named: Callable[[str], SimPrinterDevice]) -> None:
    named("sim://picky?speed=0&baud=250000")
    with open_serial("sim://picky", 115200, timeout_s=0.2) as port:
        port.write(frame(0, "M110 N0"))
        noise = port.read(16)
    assert noise and not noise.startswith(b"ok")
    with open_serial("sim://picky", 250000, timeout_s=0.2) as port:
        port.write(frame(0, "M110 N0"))
        assert read_until(port, "ok")[-1].startswith("ok N0")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("sim://?faults=bogus", "Can't read the fault 'bogus'"),
        ("sim://?colour=red", "sim:// has no option 'colour'"),
        ("sim://?speed=fast", "speed=fast is not a number"),
        ("sim://?seed=1.5", "seed=1.5 is not a whole number"),
        ("sim://?advanced_ok=maybe", "advanced_ok=maybe is not 0 or 1"),
        ("sim://a/b", "Can't read the name in sim://a/b"),
    ],
)
def test_bad_urls_are_refused_with_one_sentence(url: str, words: str) -> None:
    with pytest.raises(PortError) as caught:
        open_serial(url, 115200, timeout_s=0.1)
    assert words in str(caught.value)
    assert "\n" not in str(caught.value)


def test_log_option_writes_every_executed_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "sim.log"
    with open_serial(f"sim://?speed=0&log={log}", 115200, timeout_s=0.1) as port:
        port.write(frame(0, "M110 N0") + frame(1, "G28"))
        read_until(port, "ok N1")
    assert log.read_text().splitlines() == ["0\tM110 N0", "1\tG28"]
