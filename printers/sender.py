"""Line numbering, the send window, resends and timeouts: the host side of the Marlin protocol.

Pure and clock-free: the session feeds replies and the time in, and writes the frames it is
handed. Exactly-once rests on the firmware's own rule: it runs line N only right after line N-1
and answers anything else with `Resend: <last+1>`. So the host never renumbers a line, may
always send a line again under its old number, and every recovery here is "send line N again".

What "confirmed" means: with ADVANCED_OK (`ok N12 P15 B3`) the `N` names the line the firmware
just took from its buffer; without it, one line is in flight and a plain `ok` confirms it. A
`Resend: N` confirms N-1: the firmware holds everything before N and will run it.
"""

from __future__ import annotations

import enum
from collections import deque
from dataclasses import dataclass, field

from i18n import _
from printers.protocol import LONG_RUNNING_CODES, USER_WAIT_CODES, Reply, ReplyKind, command_code, frame


class LinkFatalError(Exception):
    """The link can't go on: a resend loop, a line no longer in history, a printer that went silent."""


@dataclass(frozen=True)
class LinkPolicy:
    max_window: int = 4  # lines in flight when the firmware reports a command buffer
    rx_buffer_bytes: int = 127  # Marlin's default RX_BUFFER_SIZE is 128; keep one byte spare
    ok_timeout_s: float = 3.0  # OctoPrint's busy-protocol timeout; a lost `ok` costs at most this
    long_timeout_s: float = 30.0  # silence allowed while homing, heating, dwelling without keepalive
    resend_grace_s: float = 0.5  # OctoPrint's `resendOk`: how long stale resend requests are ignored
    max_same_resends: int = 10
    max_timeouts: int = 5
    history_lines: int = 200


class Origin(enum.Enum):
    JOB = "job"
    HOST = "host"


@dataclass(frozen=True)
class Outgoing:
    line_no: int
    command: str
    frame: bytes
    origin: Origin
    job_index: int | None = None  # position in the job's command list


@dataclass
class LinkStats:
    lines_sent: int = 0
    bytes_sent: int = 0
    retransmissions: int = 0
    resend_requests: int = 0
    stale_resends_ignored: int = 0
    timeouts: int = 0
    waits: int = 0


@dataclass
class SenderEvents:
    """What a batch of replies changed, for the session to act on."""

    confirmed: list[Outgoing] = field(default_factory=list)


class Sender:
    def __init__(self, policy: LinkPolicy, *, now_s: float, first_line_no: int = 0) -> None:
        self.policy = policy
        self.stats = LinkStats()
        self.is_advanced_ok = False
        self._window = 1
        self._max_buffer_free = 0
        self._lines: dict[int, Outgoing] = {}
        self._host_queue: deque[tuple[str, int | None]] = deque()
        self._job_queue: deque[tuple[str, int]] = deque()
        self._next_line_no = first_line_no
        self._cursor = first_line_no
        self.confirmed_line_no = first_line_no - 1
        self._recovering: int | None = None
        self._recover_due = False
        self._recover_sent_s = 0.0
        self._same_resend_line: int | None = None
        self._same_resend_count = 0
        self._swallow_ok = False
        self._last_progress_s = now_s
        self._last_rx_s = now_s
        self._timeouts_in_a_row = 0
        self._inflight_bytes = 0
        self._is_job_paused = False
        self._highest_transmitted = first_line_no - 1
        self._stale_budget = 0

    # -- what goes out -------------------------------------------------------------------

    def enqueue_host(self, command: str) -> None:
        """A host command (poll, script, jog): sent before further job lines."""
        self._host_queue.append((command, None))

    def enqueue_job(self, commands: list[tuple[str, int]]) -> None:
        self._job_queue.extend(commands)

    def clear_job_queue(self) -> list[tuple[str, int]]:
        """Take back the job lines not sent yet (a pause or cancel); returns them in order."""
        removed = list(self._job_queue)
        self._job_queue.clear()
        return removed

    @property
    def unsent_job_lines(self) -> int:
        return len(self._job_queue)

    @property
    def in_flight(self) -> int:
        return self._cursor - 1 - self.confirmed_line_no

    @property
    def is_idle(self) -> bool:
        """Everything handed over has been confirmed."""
        return (
            self.in_flight == 0
            and self._cursor >= self._next_line_no  # no numbered line held back by the byte limit
            and not self._host_queue
            and not self._job_queue
            and self._recovering is None
        )

    def set_job_paused(self, is_paused: bool) -> None:
        self._is_job_paused = is_paused

    def frames_to_send(self, now_s: float) -> list[Outgoing]:
        out: list[Outgoing] = []
        if self._recovering is not None:
            if self._recover_due:
                line = self._line(self._recovering)
                self._recover_due = False
                self._recover_sent_s = now_s
                self._cursor = self._recovering + 1
                self._recount_inflight_bytes()
                self.stats.retransmissions += 1
                self.stats.lines_sent += 1
                self.stats.bytes_sent += len(line.frame)
                out.append(line)
            return out
        while self._can_send_more():
            if self._cursor < self._next_line_no:
                line = self._line(self._cursor)  # replaying lines after a resend, or one held back
            else:
                assigned = self._assign_next()
                if assigned is None:
                    break
                line = assigned
            is_buffer_full = self._inflight_bytes + len(line.frame) > self.policy.rx_buffer_bytes
            if self._window > 1 and self.in_flight > 0 and is_buffer_full:
                break
            if self.in_flight == 0:
                self._last_progress_s = now_s  # the timeout runs from the first line in flight
            self._cursor = line.line_no + 1
            self._inflight_bytes += len(line.frame)
            out.append(line)
        for line in out:
            self.stats.lines_sent += 1
            self.stats.bytes_sent += len(line.frame)
            if line.line_no <= self._highest_transmitted:
                self.stats.retransmissions += 1
            self._highest_transmitted = max(self._highest_transmitted, line.line_no)
        return out

    def _can_send_more(self) -> bool:
        if self.in_flight >= self._window:
            return False
        if self._cursor < self._next_line_no:
            return True
        return bool(self._host_queue) or (bool(self._job_queue) and not self._is_job_paused)

    def _assign_next(self) -> Outgoing | None:
        if self._host_queue:
            command, index = self._host_queue.popleft()
            origin = Origin.HOST
        elif self._job_queue and not self._is_job_paused:
            command, index = self._job_queue.popleft()
            origin = Origin.JOB
        else:
            return None
        line_no = self._next_line_no
        self._next_line_no += 1
        line = Outgoing(line_no, command, frame(line_no, command), origin, index)
        self._lines[line_no] = line
        return line

    def _line(self, line_no: int) -> Outgoing:
        line = self._lines.get(line_no)
        if line is None:
            raise LinkFatalError(_("The printer asked again for line {line_no}, which is no longer kept: "
                                   "reconnect and resume the job.").format(
                    line_no=line_no))
        return line

    def _recount_inflight_bytes(self) -> None:
        unconfirmed = range(self.confirmed_line_no + 1, self._cursor)
        self._inflight_bytes = sum(len(self._lines[n].frame) for n in unconfirmed if n in self._lines)

    # -- what comes in -------------------------------------------------------------------

    def on_reply(self, reply: Reply, now_s: float) -> SenderEvents:
        events = SenderEvents()
        self._last_rx_s = now_s
        swallow = self._swallow_ok
        self._swallow_ok = False
        if reply.kind is ReplyKind.OK:
            if swallow and reply.line_no is None:
                return events  # the `ok` Marlin prints right after `Resend:`: it confirms nothing
            self._on_ok(reply, now_s, events)
        elif reply.kind is ReplyKind.RESEND and reply.line_no is not None:
            self._swallow_ok = True
            self._on_resend(reply.line_no, now_s, events)
        elif reply.kind is ReplyKind.BUSY:
            self._last_progress_s = now_s  # `echo:busy: processing`: alive, just slow
        elif reply.kind is ReplyKind.WAIT:
            self.stats.waits += 1
            # Marlin's NO_TIMEOUTS `wait`: its buffer is empty and nothing arrived for a while, so
            # whatever we think is in flight was lost (or its `ok` was): send it again now.
            if self.in_flight > 0 and not self._long_running_in_flight():
                self._start_recovery(self.confirmed_line_no + 1, now_s)
        return events

    def _on_ok(self, reply: Reply, now_s: float, events: SenderEvents) -> None:
        if reply.line_no is not None and reply.buffer_free is not None:
            if not self.is_advanced_ok:
                self.is_advanced_ok = True
            self._max_buffer_free = max(self._max_buffer_free, reply.buffer_free)
            self._window = max(1, min(self.policy.max_window, self._max_buffer_free + 1))
        if self.is_advanced_ok:
            if reply.line_no is None:
                return  # `ok T:…` answers an un-numbered poll; nothing to confirm
            self._confirm_through(reply.line_no, now_s, events)
            return
        # One line in flight: a plain `ok` confirms the line we sent last.
        if self._recovering is not None:
            if not self._recover_due:
                self._confirm_through(self._recovering, now_s, events)
            return
        self._confirm_through(self._cursor - 1, now_s, events)

    def _on_resend(self, line_no: int, now_s: float, events: SenderEvents) -> None:
        self.stats.resend_requests += 1
        highest_sent = self._highest_transmitted
        if line_no - 1 > highest_sent:
            return  # garbled number, or a request for a line we never sent
        if line_no - 1 > self.confirmed_line_no:
            self._confirm_through(line_no - 1, now_s, events)
        if line_no > highest_sent:
            return  # the firmware holds all we sent; the next new line is the one it wants
        if (
            self._recovering == line_no
            and not self._recover_due
            and self._stale_budget > 0
            and now_s - self._recover_sent_s < self.policy.resend_grace_s
        ):
            # Lines sent after N before we went back to it each may draw their own `Resend: N`;
            # they arrive before the firmware reads our new copy of N, so they say nothing about
            # that copy. At most one per such line: past that, the copy itself was refused.
            self._stale_budget -= 1
            self.stats.stale_resends_ignored += 1
            return
        if self._same_resend_line == line_no:
            self._same_resend_count += 1
            if self._same_resend_count >= self.policy.max_same_resends:
                raise LinkFatalError(
                    _("The printer asked for line {line_no} {same_resend_count} times: the cable or the "
                      "port is faulty; check it, then resume the job.").format(
                            line_no=line_no, same_resend_count=self._same_resend_count)
                )
        else:
            self._same_resend_line = line_no
            self._same_resend_count = 1
        self._start_recovery(line_no, now_s)

    def _start_recovery(self, line_no: int, now_s: float) -> None:
        self._line(line_no)
        self._stale_budget = max(0, self._highest_transmitted - line_no)
        self._recovering = line_no
        self._recover_due = True
        self._cursor = line_no
        self._last_progress_s = now_s

    def _confirm_through(self, line_no: int, now_s: float, events: SenderEvents) -> None:
        if line_no > self._highest_transmitted:
            return  # a garbled `ok N…` naming a line we never sent
        if line_no > self.confirmed_line_no:
            for number in range(self.confirmed_line_no + 1, line_no + 1):
                line = self._lines.get(number)
                if line is not None:
                    events.confirmed.append(line)
            self.confirmed_line_no = line_no
            self._last_progress_s = now_s
            self._timeouts_in_a_row = 0
            if self._same_resend_line is not None and line_no >= self._same_resend_line:
                self._same_resend_line = None
                self._same_resend_count = 0
            self._evict()
        if self._recovering is not None and line_no >= self._recovering:
            self._recovering = None
            self._recover_due = False
            self._cursor = max(self._cursor, line_no + 1)
        if self._cursor <= self.confirmed_line_no:
            self._cursor = self.confirmed_line_no + 1
        self._recount_inflight_bytes()

    def _evict(self) -> None:
        oldest_kept = self.confirmed_line_no - self.policy.history_lines
        for number in [n for n in self._lines if n < oldest_kept]:
            del self._lines[number]

    # -- time ----------------------------------------------------------------------------

    def is_in_flight(self, codes: frozenset[str]) -> bool:
        """Whether a sent, unconfirmed line is one of `codes` (e.g. a heat-up the firmware waits on)."""
        return self._in_flight_code_in(codes)

    def _long_running_in_flight(self) -> bool:
        return self._in_flight_code_in(LONG_RUNNING_CODES)

    def _in_flight_code_in(self, codes: frozenset[str]) -> bool:
        return any(
            command_code(self._lines[n].command) in codes
            for n in range(self.confirmed_line_no + 1, self._cursor)
            if n in self._lines
        )

    def next_deadline_s(self) -> float | None:
        """When `on_tick` next has something to do, or None while nothing is in flight."""
        deadlines: list[float] = []
        if self._recovering is not None and not self._recover_due:
            deadlines.append(self._recover_sent_s + self.policy.resend_grace_s)
        if self.in_flight > 0 and not self._in_flight_code_in(USER_WAIT_CODES):
            if self._long_running_in_flight():
                deadlines.append(max(self._last_rx_s, self._last_progress_s) + self.policy.long_timeout_s)
            else:
                deadlines.append(self._last_progress_s + self.policy.ok_timeout_s)
        return min(deadlines) if deadlines else None

    def on_tick(self, now_s: float) -> None:
        if self._recovering is not None and not self._recover_due:
            if now_s - self._recover_sent_s >= self.policy.resend_grace_s:
                self._count_timeout()
                self._recover_due = True
                self._stale_budget = 0  # anything stale has long arrived
            return
        deadline = self.next_deadline_s()
        if deadline is None or now_s < deadline:
            return
        # No `ok` in time: the line or its `ok` was lost. Sending the oldest unconfirmed line
        # again is always safe: if the firmware has it, it answers `Resend: <next>`.
        self._count_timeout()
        self._start_recovery(self.confirmed_line_no + 1, now_s)

    def _count_timeout(self) -> None:
        self.stats.timeouts += 1
        self._timeouts_in_a_row += 1
        if self._timeouts_in_a_row > self.policy.max_timeouts:
            raise LinkFatalError(_("The printer stopped answering: check the cable and the power, then "
                                   "resume the job."))
