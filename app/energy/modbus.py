"""Modbus RTU readers for Renogy/SRNE (holding registers 0x0100+) and EPEver Tracer (input registers 0x3100+)."""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Protocol

from app.energy.readings import ChargeState, ControllerSilentError, Reading
from i18n import _

RENOGY_BAUD = 9600
EPEVER_BAUD = 115200
READ_HOLDING = 0x03
READ_INPUT = 0x04
RENOGY_COUNT = 0x23


class ModbusError(ValueError):
    """A reply that is corrupt or an exception from the controller."""


def crc16(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _bit in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def read_request(unit: int, function: int, start: int, count: int) -> bytes:
    body = struct.pack(">BBHH", unit, function, start, count)
    return body + struct.pack("<H", crc16(body))


def parse_registers(reply: bytes, unit: int, function: int, count: int) -> list[int]:
    if len(reply) >= 5 and reply[1] == function | 0x80:
        raise ModbusError(_("The controller refused the request (Modbus exception {code}): check the "
                            "model.").format(
                code=reply[2]))
    expected = 5 + 2 * count
    if len(reply) < expected:
        raise ModbusError(_("The controller's reply was cut short ({received} of {expected} bytes).").format(
                received=len(reply), expected=expected))
    reply = reply[:expected]
    if struct.unpack("<H", reply[-2:])[0] != crc16(reply[:-2]):
        raise ModbusError(_("The controller's reply failed its CRC (noise on the line?)."))
    if reply[0] != unit or reply[1] != function or reply[2] != 2 * count:
        raise ModbusError(_("The reply does not answer the request (another device on the bus?)."))
    return list(struct.unpack(f">{count}H", reply[3:-2]))


def reply_frame(unit: int, function: int, registers: list[int]) -> bytes:
    """A device's reply, for simulators and tests."""
    body = struct.pack(f">BBB{len(registers)}H", unit, function, 2 * len(registers), *registers)
    return body + struct.pack("<H", crc16(body))


class SerialPort(Protocol):
    def write(self, data: bytes) -> int | None: ...
    def read(self, size: int = 1) -> bytes: ...
    def reset_input_buffer(self) -> None: ...


def transact(port: SerialPort, unit: int, function: int, start: int, count: int) -> list[int]:
    port.reset_input_buffer()
    port.write(read_request(unit, function, start, count))
    reply = port.read(5 + 2 * count)
    if not reply:
        raise ControllerSilentError(
            _("The charge controller did not answer: check the cable (Renogy needs RS-232, EPEver RS-485), "
              "the port, the baud rate and the device address.")
        )
    return parse_registers(reply, unit, function, count)


RENOGY_STATES = {
    0: ChargeState.OFF,
    1: ChargeState.OTHER,
    2: ChargeState.BULK,  # MPPT
    3: ChargeState.EQUALIZE,
    4: ChargeState.ABSORPTION,  # boost
    5: ChargeState.FLOAT,
    6: ChargeState.BULK,  # current limited
}


def renogy_reading(regs: list[int], at_utc: datetime) -> Reading:
    """Registers 0x0100…0x0122 (35 values)."""
    if len(regs) < RENOGY_COUNT:
        raise ModbusError(_("Renogy reply too short: read 35 registers from 0x0100."))
    status = regs[0x20] & 0xFF
    faults = (regs[0x21] << 16) | regs[0x22]
    return Reading(
        at_utc=at_utc,
        source="modbus-renogy",
        soc_pct=float(regs[0x00]),
        battery_v=regs[0x01] * 0.1,
        battery_a=regs[0x02] * 0.01,
        load_w=float(regs[0x06]),
        pv_v=regs[0x07] * 0.1,
        pv_w=float(regs[0x09]),
        charge_state=RENOGY_STATES.get(status, ChargeState.OTHER),
        is_current_limited=status == 6,
        error_code=1 if faults else 0,
    )


def epever_reading(live: list[int], soc: int, status: list[int], at_utc: datetime) -> Reading:
    """Input registers 0x3100…0x3111, 0x311A and 0x3200…0x3201."""
    if len(live) < 0x12 or len(status) < 2:
        raise ModbusError(_("EPEver reply too short: read 0x3100 (18 registers), 0x311A and 0x3200 (2)."))
    charging = (status[1] >> 2) & 0x3
    state = {0: ChargeState.OFF, 1: ChargeState.FLOAT, 2: ChargeState.BULK, 3: ChargeState.EQUALIZE}[charging]
    is_fault = bool(status[1] & 0x10) or bool(status[0] & 0x0F)
    return Reading(
        at_utc=at_utc,
        source="modbus-epever",
        pv_v=live[0x00] / 100.0,
        pv_w=(live[0x02] | live[0x03] << 16) / 100.0,
        battery_v=live[0x04] / 100.0,
        battery_a=live[0x05] / 100.0,
        load_w=(live[0x0E] | live[0x0F] << 16) / 100.0,
        soc_pct=float(soc),
        charge_state=state,
        error_code=1 if is_fault else 0,
    )


def read_renogy(port: SerialPort, unit: int = 1, now_utc: Callable[[], datetime] | None = None) -> Reading:
    regs = transact(port, unit, READ_HOLDING, 0x0100, RENOGY_COUNT)
    return renogy_reading(regs, (now_utc or (lambda: datetime.now(timezone.utc)))())


def read_epever(port: SerialPort, unit: int = 1, now_utc: Callable[[], datetime] | None = None) -> Reading:
    live = transact(port, unit, READ_INPUT, 0x3100, 0x12)
    soc = transact(port, unit, READ_INPUT, 0x311A, 1)[0]
    status = transact(port, unit, READ_INPUT, 0x3200, 2)
    return epever_reading(live, soc, status, (now_utc or (lambda: datetime.now(timezone.utc)))())


def poll(
    read_once: Callable[[], Reading], *, count: int, interval_s: float, sleep: Callable[[float], None] = time.sleep
) -> list[Reading]:
    readings = []
    for i in range(count):
        readings.append(read_once())
        if i + 1 < count:
            sleep(interval_s)
    return readings
