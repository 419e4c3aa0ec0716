"""Streaming speed against the simulated printer, as a fraction of what the baud rate allows.

A pty has no baud rate, so the simulator models the wire: every byte costs 10 bits at the given
baud, host→printer and printer→host each on their own (full duplex), and the printer executes
instantly (speed 0). The ceiling is then `baud / 10 / bytes per framed line` lines per second
(the job's own bytes, with `N… *cs` framing). Measured: lines per second from the first line
sent to the printer's `ok` for the last one, with the firmware's command buffer advertised
(ADVANCED_OK: several lines in flight) and with one line in flight (how OctoPrint and Printrun
send), same simulated printer.

Run: .venv/bin/python bench/serial_bench.py [--lines N]
"""

from __future__ import annotations

import argparse
import time

from printers.protocol import frame
from printers.sender import LinkPolicy
from printers.session import JobOutcome, PrintSession, SessionOptions
from printers.sim.firmware import SimConfig
from printers.sim.printer import SimulatedPrinter


def job(lines: int) -> list[str]:
    """Moves shaped like a slicer's perimeter lines (`G1 X… Y… E…`)."""
    return [f"G1 X{50 + (i % 97) * 0.731:.3f} Y{50 + (i % 89) * 0.577:.3f} E{i * 0.03127:.5f}" for i in range(lines)]


def run(lines: list[str], *, baud: int | None, is_advanced_ok: bool) -> tuple[float, float, dict[str, int]]:
    config = SimConfig(speed=0.0, baud=baud, is_advanced_ok=is_advanced_ok, wait_after_s=1.0)
    with SimulatedPrinter(config) as sim:
        session = PrintSession(sim.port, options=SessionOptions(policy=LinkPolicy()))
        try:
            session.connect()
            start = time.perf_counter()
            session.start_job(lines)
            result = session.wait_until_finished(600)
            elapsed = time.perf_counter() - start
            assert result is not None and result.outcome is JobOutcome.DONE, result
            stats = session.stats
        finally:
            session.close()
        executed = [c.command for c in sim.executed()][-len(lines):]
        assert executed == lines, "the printer's log differs from the job"
    return len(lines) / elapsed, elapsed, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=3000)
    args = parser.parse_args()
    lines = job(args.lines)
    # Framed as the session numbers them (the handshake uses lines 0-2).
    framed_bytes = sum(len(frame(n + 3, c)) for n, c in enumerate(lines)) / len(lines)
    print(f"job: {len(lines)} lines, {framed_bytes:.1f} bytes per framed line on the wire")
    print(f"{'link':<26}{'mode':<34}{'lines/s':>10}{'ceiling':>10}{'of ceiling':>12}")
    for baud in (115200, 250000):
        ceiling = baud / 10 / framed_bytes
        for is_advanced, label in ((True, "command buffer (ADVANCED_OK, 4 lines)"), (False, "one line in flight")):
            rate, _, _stats = run(lines, baud=baud, is_advanced_ok=is_advanced)
            wire = f"sim wire {baud} baud"
            print(f"{wire:<26}{label:<34}{rate:>10.0f}{ceiling:>10.0f}{rate / ceiling:>11.1%}")
    for is_advanced, label in ((True, "command buffer (ADVANCED_OK, 4 lines)"), (False, "one line in flight")):
        rate, _, _ = run(lines, baud=None, is_advanced_ok=is_advanced)
        print(f"{'pty, no wire model':<26}{label:<34}{rate:>10.0f}{'-':>10}{'-':>12}")


if __name__ == "__main__":
    main()
