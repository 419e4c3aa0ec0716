"""Victron VE.Direct text protocol: blocks of `\\r\\n<Label>\\t<Value>` ending in `Checksum\\t<byte>`.

19200 8N1. The sum of every byte of a block, from its first `\\r\\n` through the checksum byte, is
0 mod 256. The checksum byte may be `\\r`, `\\t` or `:` and is taken raw. Older firmware slips async
HEX frames (`:A…\\n`) between or into blocks; they are dropped and left out of the sum. BMVs send two
blocks in turn (runtime, then history H1–H18), each with its own checksum.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

from app.energy.readings import ChargeState, ControllerSilentError, Reading
from i18n import _, ngettext

BAUD = 19200
MAX_LABEL = 8
MAX_VALUE = 32

# Charger states (CS) from the protocol document.
CHARGE_STATES: dict[int, ChargeState] = {
    0: ChargeState.OFF,
    2: ChargeState.FAULT,
    3: ChargeState.BULK,
    4: ChargeState.ABSORPTION,
    5: ChargeState.FLOAT,
    6: ChargeState.STORAGE,
    7: ChargeState.EQUALIZE,
    245: ChargeState.OTHER,  # starting up
    246: ChargeState.ABSORPTION,  # repeated absorption
    247: ChargeState.EQUALIZE,  # auto equalize
    248: ChargeState.OTHER,  # BatterySafe
    252: ChargeState.OTHER,  # external control
}

KNOWN_LABELS = frozenset(
    ["V", "V2", "V3", "VS", "VM", "DM", "VPV", "PPV", "I", "I2", "I3", "IL", "LOAD", "T", "P", "CE", "SOC", "TTG",
     "Alarm", "Relay", "AR", "OR", "H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11", "H12", "H13",
     "H14", "H15", "H16", "H17", "H18", "H19", "H20", "H21", "H22", "H23", "ERR", "CS", "BMV", "FW", "FWE", "PID",
     "SER#", "HSDS", "MODE", "AC_OUT_V", "AC_OUT_I", "AC_OUT_S", "WARN", "MPPT", "MON", "DC_IN_V", "DC_IN_I", "DC_IN_P"]
)


class VeDirectError(ValueError):
    """A block that can't be used (bad checksum, malformed line); counted and dropped, never stored."""


@dataclass(frozen=True)
class VeDirectBlock:
    fields: dict[str, str]
    unknown_labels: tuple[str, ...] = ()


class VeDirectParser:
    """Feed raw bytes in any chunking; complete, checksum-verified blocks come out."""

    _CHECKSUM_LABEL = b"\r\nChecksum\t"

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._hex = False
        self._is_synced = False  # the first block is usually cut: joining mid-stream is not an error
        self.bad_checksums = 0
        self.malformed = 0
        self.messages: list[str] = []

    def feed(self, data: bytes) -> list[VeDirectBlock]:
        out: list[VeDirectBlock] = []
        label = self._CHECKSUM_LABEL
        for byte in data:
            if self._hex:
                if byte == 0x0A:
                    self._hex = False
                continue
            if byte == 0x3A and not self._buffer.endswith(b"Checksum\t"):
                # ':' opens an async HEX frame, unless it is the checksum byte itself.
                self._hex = True
                continue
            self._buffer.append(byte)
            if len(self._buffer) > 2048:
                # Bytes without block boundaries (wrong baud rate?): start over.
                self.malformed += 1
                self._buffer.clear()
            elif len(self._buffer) > len(label) and self._buffer[-len(label) - 1 : -1] == label:
                block = self._finish(bytes(self._buffer))
                self._buffer.clear()
                if block is not None:
                    out.append(block)
        return out

    def _finish(self, raw: bytes) -> VeDirectBlock | None:
        start = raw.find(b"\r\n")
        if start < 0:
            self.malformed += 1
            return None
        raw = raw[start:]
        if sum(raw) % 256 != 0:
            if not self._is_synced:
                self._is_synced = True
                return None
            self.bad_checksums += 1
            self.messages.append("A VE.Direct block failed its checksum and was dropped (noise on the line?).")
            return None
        self._is_synced = True
        fields: dict[str, str] = {}
        unknown: list[str] = []
        for line in raw[2:-len(b"\r\nChecksum\t") - 1].split(b"\r\n"):
            label, sep, value = line.partition(b"\t")
            if not sep or not label or len(label) > MAX_LABEL or len(value) > MAX_VALUE:
                self.malformed += 1
                self.messages.append(_("A VE.Direct line {line} is malformed: the block was dropped.").format(
                    line=repr(line[:20])))
                return None
            name = label.decode("ascii", errors="replace")
            fields[name] = value.decode("ascii", errors="replace")
            if name not in KNOWN_LABELS:
                unknown.append(name)
        if unknown:
            self.messages.append(_("VE.Direct fields not understood and ignored: {fields}.").format(
                fields=", ".join(unknown)))
        return VeDirectBlock(fields, tuple(unknown))


def _int(fields: dict[str, str], key: str) -> int | None:
    value = fields.get(key)
    if value is None or value in ("---", ""):
        return None
    try:
        return int(value, 0) if value.lower().startswith("0x") else int(value)
    except ValueError as exc:
        raise VeDirectError(_("VE.Direct field {key} = {value} is not a number.").format(
            key=key, value=repr(value))) from exc


def block_to_reading(fields: dict[str, str], at_utc: datetime, source: str = "vedirect") -> Reading | None:
    """A runtime block (with V) becomes a Reading; history-only blocks (H1…H18) give None."""
    volts_mv = _int(fields, "V")
    if volts_mv is None:
        return None
    battery_v = volts_mv / 1000.0
    amps_ma = _int(fields, "I")
    ppv = _int(fields, "PPV")
    vpv = _int(fields, "VPV")
    soc_permille = _int(fields, "SOC")  # BMV: per mille (838 = 83.8 %)
    cs = _int(fields, "CS")
    load_ma = _int(fields, "IL")
    power = _int(fields, "P")  # BMV: battery power, W
    h20 = _int(fields, "H20")  # yield today, 0.01 kWh
    mppt = _int(fields, "MPPT")
    err = _int(fields, "ERR") or 0
    state = CHARGE_STATES.get(cs, ChargeState.OTHER) if cs is not None else ChargeState.UNKNOWN
    return Reading(
        at_utc=at_utc,
        source=source,
        pv_w=float(ppv) if ppv is not None else None,
        pv_v=vpv / 1000.0 if vpv is not None else None,
        battery_v=battery_v,
        battery_a=amps_ma / 1000.0 if amps_ma is not None else (power / battery_v if power is not None else None),
        load_w=load_ma / 1000.0 * battery_v if load_ma is not None else None,
        soc_pct=soc_permille / 10.0 if soc_permille is not None else None,
        charge_state=state,
        yield_today_wh=h20 * 10.0 if h20 is not None else None,
        is_current_limited=mppt == 1,
        error_code=err,
    )


class SerialLike(Protocol):
    def read(self, size: int = 1) -> bytes: ...


def read_vedirect(
    port: SerialLike,
    *,
    count: int,
    timeout_s: float = 5.0,
    clock: Callable[[], float] | None = None,
    now_utc: Callable[[], datetime] | None = None,
    parser: VeDirectParser | None = None,
) -> Iterator[Reading]:
    """Yield `count` readings from an open port (read timeout set on the port); silent for `timeout_s` raises."""
    import time

    clock = clock or time.monotonic
    now_utc = now_utc or (lambda: datetime.now(timezone.utc))
    parser = parser or VeDirectParser()
    produced = 0
    last_good = clock()
    while produced < count:
        chunk = port.read(256)
        for block in parser.feed(chunk):
            reading = block_to_reading(block.fields, now_utc())
            if reading is not None:
                last_good = clock()
                produced += 1
                yield reading
                if produced >= count:
                    return
        if clock() - last_good > timeout_s:
            bad = parser.bad_checksums
            detail = ngettext(" ({count} block failed its checksum)", " ({count} blocks failed their checksum)",
                              bad).format(count=bad) if bad else ""
            raise ControllerSilentError(_(
                "No VE.Direct data for {seconds} s{detail}: check the cable, the port and that the "
                "controller is on (19200 baud)."
            ).format(seconds=f"{timeout_s:.0f}", detail=detail))
