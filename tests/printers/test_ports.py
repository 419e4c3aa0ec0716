"""Port discovery names what is plugged in from its USB id."""

from __future__ import annotations

import pytest

from printers.ports import describe_port


@pytest.mark.parametrize(
    ("vid_pid", "description", "name_part", "is_printer"),
    [
        ("1A86:7523", "USB Serial", "CH340", True),
        ("0403:6001", "FT232R USB UART", "FTDI", True),
        ("2C99:0002", "Original Prusa i3 MK3", "Prusa", True),
        ("0483:5740", "STM32 Virtual ComPort", "STM32", True),
        ("046D:C52B", "USB Receiver", "USB Receiver", False),
        ("", "n/a", "n/a", False),
    ],
)
def test_friendly_names(vid_pid: str, description: str, name_part: str, is_printer: bool) -> None:
    port = describe_port("/dev/ttyUSB0", description, vid_pid)
    assert name_part in port.friendly_name
    assert port.is_likely_printer is is_printer
    assert port.to_json()["device"] == "/dev/ttyUSB0"
