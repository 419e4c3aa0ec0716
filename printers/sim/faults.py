"""Which faults the simulated printer injects, and how often: `--faults corrupt=0.003,reset@1200`."""

from __future__ import annotations

import enum
import random
from collections import Counter
from dataclasses import dataclass, field

from i18n import _


class FaultKind(enum.Enum):
    CORRUPT = "corrupt"  # a byte of a host line garbled on the wire: checksum error, resend
    DROP_LINE = "drop_line"  # a host line lost entirely: line-number error on the next one
    GARBLE_REPLY = "garble_reply"  # a byte of a reply garbled on the way to the host
    LOST_OK = "lost_ok"  # an `ok` never reaches the host
    SPURIOUS_RESEND = "spurious_resend"  # line noise reads as a bad line: `Resend:` for a line not yet sent
    BUSY_STORM = "busy_storm"  # a burst of `echo:busy: processing`
    RESET = "reset"  # the board restarts: `start`, state lost
    DISCONNECT = "disconnect"  # the cable is pulled
    THERMAL = "thermal"  # thermal runaway: the firmware halts


class FaultSpecError(ValueError):
    """A --faults value that can't be read."""


@dataclass(frozen=True)
class FaultSpec:
    """Per-line probabilities and one-off faults at a given executed-line count."""

    rates: dict[FaultKind, float] = field(default_factory=dict)
    at_line: dict[int, FaultKind] = field(default_factory=dict)

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        rates: dict[FaultKind, float] = {}
        at_line: dict[int, FaultKind] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            try:
                if "@" in part:
                    name, line = part.split("@", 1)
                    at_line[int(line)] = FaultKind(name.strip())
                elif "=" in part:
                    name, rate = part.split("=", 1)
                    value = float(rate)
                    if not 0.0 <= value <= 1.0:
                        raise ValueError(part)
                    rates[FaultKind(name.strip())] = value
                else:
                    raise ValueError(part)
            except ValueError as exc:
                kinds = ", ".join(k.value for k in FaultKind)
                raise FaultSpecError(_(
                    "Can't read the fault '{fault}': write KIND=RATE (0..1) or KIND@LINE, KIND one of {kinds}."
                ).format(fault=part, kinds=kinds)) from exc
        return cls(rates, at_line)

    def to_text(self) -> str:
        parts = [f"{k.value}={v:g}" for k, v in self.rates.items()]
        parts += [f"{k.value}@{n}" for n, k in sorted(self.at_line.items())]
        return ",".join(parts)


class FaultInjector:
    """Draws faults from a seeded generator and counts what it injected."""

    def __init__(self, spec: FaultSpec, seed: int = 0) -> None:
        self.spec = spec
        self.counts: Counter[FaultKind] = Counter()
        self._rng = random.Random(seed)
        self._is_enabled = True

    def set_enabled(self, is_enabled: bool) -> None:
        self._is_enabled = is_enabled

    def roll(self, kind: FaultKind) -> bool:
        rate = self.spec.rates.get(kind, 0.0)
        if not self._is_enabled or rate <= 0.0:
            return False
        if self._rng.random() < rate:
            self.counts[kind] += 1
            return True
        return False

    def scheduled(self, executed_count: int) -> FaultKind | None:
        kind = self.spec.at_line.get(executed_count)
        if kind is not None and self._is_enabled:
            self.counts[kind] += 1
        return kind

    def garble(self, data: bytes) -> bytes:
        """Replace one byte (never the newline) with line noise."""
        body = data.rstrip(b"\n")
        if not body:
            return data
        index = self._rng.randrange(len(body))
        noise = self._rng.choice([b"\xff", b"\x00", b"?", b"~", b"\xfe", b"#"])
        return body[:index] + noise + body[index + 1 :] + data[len(body) :]

    def burst_length(self) -> int:
        return self._rng.randint(5, 20)

    @property
    def total(self) -> int:
        return sum(self.counts.values())
