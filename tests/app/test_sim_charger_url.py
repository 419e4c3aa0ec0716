"""The simulated charge controller as a pyserial URL (`simcharger://`): no pseudo-terminal, every OS."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
import serial

from app.cli import main
from app.energy.serial_link import open_controller_port
from app.energy.sim_charger_device import charger_for_url, stop_charger
from app.energy.vedirect import BAUD, ChargeState, read_vedirect
from app.services import Services
from printers.ports import is_port_present
from printers.transport import PortError
from tests.app.energy_helpers import ReadingCollector


def noon_offset_h() -> float:
    """The UTC offset that puts the simulated sun at its highest right now."""
    now = datetime.now(timezone.utc)
    return 12.0 - (now.hour + now.minute / 60)


def test_blocks_arrive_through_serial_for_url_and_a_bad_checksum_is_skipped() -> None:
    url = f"simcharger://?interval_s=0.02&corrupt_every=4&panels_wp=400&utc_offset_h={noon_offset_h():.3f}"
    port = open_controller_port(url, BAUD, timeout_s=0.2)
    try:
        readings = list(read_vedirect(port, count=6, timeout_s=5.0))
    finally:
        port.close()
    assert len(readings) == 6
    assert all(r.pv_w is not None and r.pv_w > 100 for r in readings)
    assert all(r.charge_state in (ChargeState.BULK, ChargeState.FLOAT) for r in readings)


def test_a_named_controller_persists_and_its_cable_can_be_pulled() -> None:
    device = charger_for_url("simcharger://shed?interval_s=0.02")
    try:
        with open_controller_port("simcharger://shed", BAUD, timeout_s=0.2) as port:
            assert list(read_vedirect(port, count=2, timeout_s=5.0))
        sent = device.blocks_sent
        assert charger_for_url("simcharger://shed") is device
        with open_controller_port("simcharger://shed", BAUD, timeout_s=0.2) as port:
            with pytest.raises(PortError, match="simcharger://shed is busy"):
                open_controller_port("simcharger://shed", BAUD, timeout_s=0.2)
            device.unplug()
            assert not is_port_present("simcharger://shed")
            with pytest.raises(serial.SerialException):
                while port.read(4096):
                    pass
        with pytest.raises(PortError, match="There is no port simcharger://shed: plug the charge controller in"):
            open_controller_port("simcharger://shed", BAUD, timeout_s=0.2)
        device.replug()
        with open_controller_port("simcharger://shed", BAUD, timeout_s=0.2) as port:
            assert list(read_vedirect(port, count=1, timeout_s=5.0))
        assert device.blocks_sent > sent
    finally:
        stop_charger("simcharger://shed")
    assert not [t for t in threading.enumerate() if t.name.endswith("simcharger://shed")]  # switched off


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("simcharger://?panels_wp=lots", "panels_wp=lots is not a number"),
        ("simcharger://?interval_s=0", "interval_s must be more than 0"),
        ("simcharger://?volts=12", "simcharger:// has no option 'volts'"),
    ],
)
def test_bad_options_are_one_sentence(url: str, words: str) -> None:
    with pytest.raises(PortError, match=words):
        open_controller_port(url, BAUD, timeout_s=0.2)


def test_the_energy_monitor_reads_the_url(services: Services) -> None:
    collector = ReadingCollector(3)
    services.energy.store_every_s = 0.0
    services.energy.start("simcharger://?interval_s=0.05", "vedirect", collector.callbacks())
    try:
        assert collector.wait(10)
    finally:
        services.energy.stop()
    assert all(r.battery_v for r in collector.readings)


def test_energy_read_command_takes_the_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "d"), "energy", "read", "--port", "simcharger://?interval_s=0.05",
                 "--controller", "vedirect", "--count", "2", "--json"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["stored"] == 2


def test_energy_read_says_when_there_is_no_such_port(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "d"), "energy", "read", "--port", "/dev/heliofab-none",
                 "--controller", "vedirect"])
    assert code == 1
    assert "There is no port /dev/heliofab-none: plug the charge controller in" in capsys.readouterr().err
