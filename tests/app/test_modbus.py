from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.energy.modbus import (
    READ_HOLDING,
    READ_INPUT,
    RENOGY_COUNT,
    ModbusError,
    crc16,
    parse_registers,
    read_epever,
    read_renogy,
    read_request,
    reply_frame,
)
from app.energy.readings import ChargeState, ControllerSilentError

AT = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


def test_crc_of_a_known_request() -> None:
    # Read 1 holding register at 0x0000 from unit 1: the classic "01 03 00 00 00 01 84 0A".
    assert read_request(1, 3, 0, 1) == bytes.fromhex("010300000001840A")
    assert crc16(b"123456789") == 0x4B37  # CRC-16/MODBUS check value


class FakeController:
    """Answers Modbus requests from a register map, like a controller on the other end of the cable."""

    def __init__(self, holding: dict[int, int], inputs: dict[int, int], *, is_silent: bool = False) -> None:
        self.holding, self.inputs, self.is_silent = holding, inputs, is_silent
        self._reply = b""

    def reset_input_buffer(self) -> None:
        self._reply = b""

    def write(self, data: bytes) -> int:
        unit, function = data[0], data[1]
        start, count = int.from_bytes(data[2:4], "big"), int.from_bytes(data[4:6], "big")
        table = self.holding if function == READ_HOLDING else self.inputs
        self._reply = b"" if self.is_silent else reply_frame(unit, function,
                                                             [table.get(start + i, 0) for i in range(count)])
        return len(data)

    def read(self, size: int = 1) -> bytes:
        out, self._reply = self._reply[:size], self._reply[size:]
        return out


def test_renogy_registers() -> None:
    regs = {0x100: 76, 0x101: 131, 0x102: 523, 0x106: 12, 0x107: 352, 0x108: 190, 0x109: 68, 0x120: 0x8002}
    reading = read_renogy(FakeController(regs, {}), now_utc=lambda: AT)
    assert reading.soc_pct == 76 and reading.battery_v == pytest.approx(13.1)
    assert reading.battery_a == pytest.approx(5.23) and reading.pv_w == 68 and reading.pv_v == pytest.approx(35.2)
    assert reading.charge_state is ChargeState.BULK and reading.error_code == 0


def test_renogy_float_is_censored() -> None:
    reading = read_renogy(FakeController({0x101: 136, 0x120: 5}, {}), now_utc=lambda: AT)
    assert reading.charge_state is ChargeState.FLOAT and reading.is_censored


def test_epever_registers() -> None:
    inputs = {0x3100: 3580, 0x3101: 210, 0x3102: 7518, 0x3103: 0, 0x3104: 1312, 0x3105: 540,
              0x310E: 1200, 0x311A: 81, 0x3200: 0, 0x3201: 0b1000}
    reading = read_epever(FakeController({}, inputs), now_utc=lambda: AT)
    assert reading.pv_v == pytest.approx(35.8) and reading.pv_w == pytest.approx(75.18)
    assert reading.battery_v == pytest.approx(13.12) and reading.soc_pct == 81
    assert reading.charge_state is ChargeState.BULK  # D3-D2 = 10: boost


def test_corrupt_reply_is_refused() -> None:
    good = reply_frame(1, READ_INPUT, [1, 2, 3])
    with pytest.raises(ModbusError, match="CRC"):
        parse_registers(good[:-1] + bytes([good[-1] ^ 0xFF]), 1, READ_INPUT, 3)
    with pytest.raises(ModbusError, match="cut short"):
        parse_registers(good[:5], 1, READ_INPUT, 3)
    with pytest.raises(ModbusError, match="refused"):
        parse_registers(bytes([1, READ_INPUT | 0x80, 2, 0, 0]), 1, READ_INPUT, 3)


def test_silent_controller() -> None:
    with pytest.raises(ControllerSilentError, match="did not answer"):
        read_renogy(FakeController({}, {}, is_silent=True))
    assert RENOGY_COUNT == 35
