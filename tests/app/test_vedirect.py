"""VE.Direct parsing from real captured frames.

The frames below were captured from a BMV-702 battery monitor, a SmartSolar MPPT (firmware 1.39) and
a BlueSolar MPPT (firmware 1.23, which interleaves async HEX frames); published with the karioja/vedirect
project's test dumps. Each block's checksum byte is the one the device sent.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from app.energy.readings import ChargeState, ControllerSilentError, ReadingError, validate_reading
from app.energy.sim_charger import SimChargerConfig, SimulatedCharger, encode_block, open_port
from app.energy.vedirect import VeDirectParser, block_to_reading, read_vedirect

AT = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


def _frame(lines: list[str], checksum: int) -> bytes:
    return "".join(f"\r\n{line}" for line in lines).encode("latin-1") + b"\r\nChecksum\t" + bytes([checksum])


BMV_RUNTIME = _frame(
    ["PID\t0x203", "V\t12065", "I\t-7625", "P\t-92", "CE\t-65473", "SOC\t839", "TTG\t942", "Alarm\tOFF",
     "Relay\tOFF", "AR\t0", "BMV\t700", "FW\t0308"], ord("q"))
BMV_HISTORY = _frame(
    ["H1\t-149322", "H2\t-82854", "H3\t0", "H4\t0", "H5\t0", "H6\t-5526294", "H7\t11733", "H8\t16161",
     "H9\t368003", "H10\t26", "H11\t0", "H12\t0", "H17\t6843", "H18\t8527"], 0xBC)
SMARTSOLAR = _frame(
    ["PID\t0xA05F", "FW\t139", "SER#\tHQ18486U2B4", "V\t12810", "I\t-10", "VPV\t10", "PPV\t0", "CS\t0", "MPPT\t0",
     "ERR\t0", "LOAD\tON", "IL\t0", "H19\t0", "H20\t0", "H21\t0", "H22\t0", "H23\t0", "HSDS\t0"], 0xE4)
BLUESOLAR_BULK = _frame(
    ["PID\t0xA042", "FW\t123", "SER#\tHQ1411MYIKN", "V\t12530", "I\t620", "VPV\t33580", "PPV\t8", "CS\t3", "ERR\t0",
     "LOAD\tON", "IL\t0", "H19\t8272", "H20\t0", "H21\t11", "H22\t25", "H23\t119", "HSDS\t274"], 0xB0)
BLUESOLAR_BEFORE_HEX = _frame(
    ["PID\t0xA042", "FW\t123", "SER#\tHQ1411MYIKN", "V\t12540", "I\t650", "VPV\t32790", "PPV\t8", "CS\t3", "ERR\t0",
     "LOAD\tON", "IL\t0", "H19\t8272", "H20\t0", "H21\t11", "H22\t25", "H23\t119", "HSDS\t274"], 0xAA)
HEX_FRAME = b":A501000000000000000000000ED04C6040000000000C200000000000B0000000900C80D120172\n"


@pytest.mark.parametrize("frame", [BMV_RUNTIME, BMV_HISTORY, SMARTSOLAR, BLUESOLAR_BULK, BLUESOLAR_BEFORE_HEX])
def test_captured_frames_pass_the_checksum_rule(frame: bytes) -> None:
    assert sum(frame) % 256 == 0


def test_bmv_runtime_and_history_blocks() -> None:
    parser = VeDirectParser()
    blocks = parser.feed(BMV_RUNTIME + BMV_HISTORY + BMV_RUNTIME)
    assert len(blocks) == 3 and parser.bad_checksums == 0
    reading = block_to_reading(blocks[0].fields, AT)
    assert reading is not None
    assert reading.soc_pct == pytest.approx(83.9)  # SOC is per mille
    assert reading.battery_v == pytest.approx(12.065)
    assert reading.battery_a == pytest.approx(-7.625)
    assert block_to_reading(blocks[1].fields, AT) is None  # history only


def test_mppt_frames_map_to_readings() -> None:
    blocks = VeDirectParser().feed(BLUESOLAR_BULK + SMARTSOLAR)
    bulk = block_to_reading(blocks[0].fields, AT)
    night = block_to_reading(blocks[1].fields, AT)
    assert bulk is not None and night is not None
    assert bulk.pv_w == 8 and bulk.pv_v == pytest.approx(33.58) and bulk.charge_state is ChargeState.BULK
    assert bulk.battery_a == pytest.approx(0.62)
    assert night.charge_state is ChargeState.OFF and night.pv_w == 0 and night.soc_pct is None
    validate_reading(bulk)


def test_async_hex_frame_after_the_checksum_byte_is_dropped() -> None:
    parser = VeDirectParser()
    stream = BLUESOLAR_BULK + BLUESOLAR_BEFORE_HEX + HEX_FRAME + BLUESOLAR_BULK
    blocks = []
    for i in range(0, len(stream), 7):  # arbitrary chunking, as a serial port delivers it
        blocks += parser.feed(stream[i : i + 7])
    assert len(blocks) == 3 and parser.bad_checksums == 0


def test_bad_checksum_is_dropped_and_counted() -> None:
    parser = VeDirectParser()
    corrupt = BLUESOLAR_BULK.replace(b"PPV\t8", b"PPV\t9")
    blocks = parser.feed(SMARTSOLAR + corrupt + SMARTSOLAR)
    assert len(blocks) == 2 and parser.bad_checksums == 1
    assert any("checksum" in m for m in parser.messages)


def test_joining_mid_block_is_not_an_error() -> None:
    parser = VeDirectParser()
    blocks = parser.feed(SMARTSOLAR[25:] + SMARTSOLAR)
    assert len(blocks) == 1 and parser.bad_checksums == 0


def test_unknown_fields_are_reported_not_fatal() -> None:
    frame = encode_block([("PID", "0xA053"), ("V", "12800"), ("I", "1000"), ("PPV", "20"), ("ZZTOP", "1")])
    parser = VeDirectParser()
    blocks = parser.feed(SMARTSOLAR + frame)
    assert blocks[-1].unknown_labels == ("ZZTOP",)
    assert any("ZZTOP" in m for m in parser.messages)


def test_absurd_values_are_never_stored() -> None:
    frame = encode_block([("V", "99000"), ("I", "0"), ("PPV", "5")])
    reading = block_to_reading(VeDirectParser().feed(SMARTSOLAR + frame)[-1].fields, AT)
    assert reading is not None
    with pytest.raises(ReadingError, match="battery v"):
        validate_reading(reading)


def test_simulated_charger_over_a_real_pty() -> None:
    config = SimChargerConfig(interval_s=0.02, time_scale=600.0, corrupt_every=4)
    with SimulatedCharger(config, now_utc=lambda: datetime(2025, 3, 3, 12, 0, tzinfo=timezone.utc)) as sim:
        port = open_port(sim.port_path, timeout_s=0.2)
        try:
            readings = list(read_vedirect(port, count=6, timeout_s=5.0))
        finally:
            port.close()
    assert len(readings) == 6
    assert all(r.pv_w is not None and r.pv_w > 50 for r in readings)  # noon
    assert all(r.charge_state in (ChargeState.BULK, ChargeState.FLOAT) for r in readings)


class _SilentPort:
    def read(self, size: int = 1) -> bytes:
        return b""


def test_silent_controller_raises_a_clear_error() -> None:
    ticks = iter(range(100))
    with pytest.raises(ControllerSilentError, match=r"No VE\.Direct data"):
        list(read_vedirect(_SilentPort(), count=1, timeout_s=3, clock=lambda: float(next(ticks))))
