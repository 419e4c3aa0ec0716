"""Serial port discovery."""

from __future__ import annotations

from dataclasses import dataclass

from serial.tools import list_ports


@dataclass(frozen=True)
class PortInfo:
    device: str
    description: str
    vid_pid: str  # "1A86:7523", or "" for ports without USB ids


def list_serial_ports() -> list[PortInfo]:
    ports = []
    for port in list_ports.comports():
        vid_pid = f"{port.vid:04X}:{port.pid:04X}" if port.vid is not None and port.pid is not None else ""
        ports.append(PortInfo(port.device, port.description or "", vid_pid))
    return sorted(ports, key=lambda p: p.device)
