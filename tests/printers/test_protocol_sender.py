"""The sender state machine, clock-free: scripted reply sequences and what goes out."""

from __future__ import annotations

import pytest

from printers.protocol import parse_reply
from printers.sender import LinkFatalError, LinkPolicy, Sender

POLICY = LinkPolicy(ok_timeout_s=3.0, resend_grace_s=0.5, max_window=4)


def sent_numbers(sender: Sender, now: float) -> list[int]:
    return [line.line_no for line in sender.frames_to_send(now)]


def feed(sender: Sender, raw: str, now: float) -> list[int]:
    return [line.line_no for line in sender.on_reply(parse_reply(raw), now).confirmed]


def job_sender(lines: int = 10) -> Sender:
    sender = Sender(POLICY, now_s=0.0, first_line_no=1)
    sender.enqueue_job([(f"G1 X{i}", i) for i in range(lines)])
    return sender


def test_stop_and_wait_sends_one_line_per_ok() -> None:
    sender = job_sender()
    assert sent_numbers(sender, 0.0) == [1]
    assert sent_numbers(sender, 0.0) == []
    assert feed(sender, "ok", 0.1) == [1]
    assert sent_numbers(sender, 0.1) == [2]


def test_ok_after_resend_releases_the_requested_line_not_a_second_one() -> None:
    # Printrun's bug: the `Resend:` line and the `ok` after it each released a line.
    sender = job_sender()
    sent_numbers(sender, 0.0)
    feed(sender, "ok", 0.0)
    assert sent_numbers(sender, 0.0) == [2]
    feed(sender, "Error:checksum mismatch, Last Line: 1", 0.1)
    feed(sender, "Resend: 2", 0.1)
    assert sent_numbers(sender, 0.1) == [2]
    assert feed(sender, "ok", 0.1) == []  # Marlin's `ok` right after `Resend:` confirms nothing
    assert sent_numbers(sender, 0.1) == []
    assert feed(sender, "ok", 0.2) == [2]
    assert sent_numbers(sender, 0.2) == [3]


def test_lost_ok_times_out_and_resends_the_same_number() -> None:
    sender = job_sender()
    sent_numbers(sender, 0.0)
    sender.on_tick(2.9)
    assert sent_numbers(sender, 2.9) == []
    sender.on_tick(3.01)
    assert sent_numbers(sender, 3.01) == [1]  # same number: the firmware refuses it if it ran it
    # The firmware had run line 1; it answers the copy with a resend of 2: line 1 is confirmed.
    assert feed(sender, "Error:Line Number is not Last Line Number+1, Last Line: 1", 3.02) == []
    assert feed(sender, "Resend: 2", 3.02) == [1]
    assert sent_numbers(sender, 3.02) == [2]
    assert sender.stats.timeouts == 1


def test_wait_means_the_line_in_flight_was_lost() -> None:
    sender = job_sender()
    sent_numbers(sender, 0.0)
    feed(sender, "wait", 1.0)
    assert sent_numbers(sender, 1.0) == [1]


def test_busy_keeps_the_link_alive() -> None:
    sender = job_sender()
    sent_numbers(sender, 0.0)
    for t in (2.0, 4.0, 6.0):
        feed(sender, "echo:busy: processing", t)
        sender.on_tick(t + 0.5)
        assert sent_numbers(sender, t + 0.5) == []
    assert sender.stats.timeouts == 0


def test_advanced_ok_opens_the_window_and_confirms_by_number() -> None:
    sender = job_sender(20)
    assert sent_numbers(sender, 0.0) == [1]
    assert feed(sender, "ok N1 P15 B3", 0.0) == [1]
    assert sent_numbers(sender, 0.0) == [2, 3, 4, 5]
    assert feed(sender, "ok N3 P15 B3", 0.1) == [2, 3]  # the `ok` for line 2 was lost: no matter
    assert sent_numbers(sender, 0.1) == [6, 7]


def test_garbled_ok_number_beyond_what_was_sent_is_ignored() -> None:
    sender = job_sender(20)
    sent_numbers(sender, 0.0)
    feed(sender, "ok N1 P15 B3", 0.0)
    sent_numbers(sender, 0.0)
    assert feed(sender, "ok N91 P15 B3", 0.1) == []
    assert sender.confirmed_line_no == 1


def test_stale_resends_from_lines_in_flight_are_ignored() -> None:
    sender = job_sender(20)
    sent_numbers(sender, 0.0)
    feed(sender, "ok N1 P15 B3", 0.0)
    assert sent_numbers(sender, 0.0) == [2, 3, 4, 5]
    # Line 2 was garbled; lines 3 and 4 arrive after the flush and draw their own requests for 2.
    for raw in ("Error:checksum mismatch, Last Line: 1", "Resend: 2", "ok"):
        feed(sender, raw, 0.01)
    assert sent_numbers(sender, 0.01) == [2]
    for _ in range(2):
        for raw in ("Error:Line Number is not Last Line Number+1, Last Line: 1", "Resend: 2", "ok"):
            feed(sender, raw, 0.02)
        assert sent_numbers(sender, 0.02) == []
    assert sender.stats.stale_resends_ignored == 2
    assert feed(sender, "ok N2 P15 B3", 0.03) == [2]
    assert sent_numbers(sender, 0.03) == [3, 4, 5, 6]


def test_a_copy_lost_again_is_sent_again_after_the_grace() -> None:
    sender = job_sender(5)
    sent_numbers(sender, 0.0)
    feed(sender, "Resend: 1", 0.0)
    assert sent_numbers(sender, 0.0) == [1]
    sender.on_tick(0.6)
    assert sent_numbers(sender, 0.6) == [1]


def test_resend_loop_gives_up_after_ten_requests() -> None:
    sender = job_sender()
    sent_numbers(sender, 0.0)
    now = 0.0
    with pytest.raises(LinkFatalError, match="asked for line 1"):
        for _ in range(12):
            now += 1.0
            feed(sender, "Resend: 1", now)
            sent_numbers(sender, now)


def test_silence_escalates_to_a_dead_link() -> None:
    sender = job_sender()
    sent_numbers(sender, 0.0)
    now = 0.0
    with pytest.raises(LinkFatalError, match="stopped answering"):
        for _ in range(20):
            now += 3.1
            sender.on_tick(now)
            sent_numbers(sender, now)


def test_long_running_commands_get_the_long_timeout() -> None:
    sender = Sender(POLICY, now_s=0.0, first_line_no=1)
    sender.enqueue_host("G28")
    sent_numbers(sender, 0.0)
    sender.on_tick(10.0)
    assert sent_numbers(sender, 10.0) == []
    sender.on_tick(30.5)
    assert sent_numbers(sender, 30.5) == [1]


def test_request_for_a_line_not_yet_sent_changes_nothing() -> None:
    sender = job_sender()
    sent_numbers(sender, 0.0)
    feed(sender, "ok", 0.0)
    sent_numbers(sender, 0.0)
    assert feed(sender, "Resend: 3", 0.1) == [2]
    assert sent_numbers(sender, 0.1) == [3]


def test_pause_takes_back_unsent_lines_in_order() -> None:
    sender = job_sender(6)
    sent_numbers(sender, 0.0)
    assert [index for _, index in sender.clear_job_queue()] == [1, 2, 3, 4, 5]


def test_waiting_for_the_operator_never_times_out() -> None:
    sender = Sender(POLICY, now_s=0.0, first_line_no=1)
    sender.enqueue_host("M600")
    sent_numbers(sender, 0.0)
    assert sender.next_deadline_s() is None
    sender.on_tick(3600.0)
    assert sent_numbers(sender, 3600.0) == [] and sender.stats.timeouts == 0


def test_a_line_held_back_by_the_byte_limit_keeps_the_sender_busy() -> None:
    sender = Sender(LinkPolicy(rx_buffer_bytes=40), now_s=0.0, first_line_no=1)
    sender.enqueue_job([("G1 X1 Y1 E0.1 F1500", 0), ("G1 X2 Y2 E0.2 F1500", 1)])
    assert sent_numbers(sender, 0.0) == [1]
    feed(sender, "ok N1 P15 B3", 0.0)
    assert sent_numbers(sender, 0.0) == [2]
    # The window opened, but the first line of the next batch did not fit: not idle until it is out.
    sender.enqueue_job([("G1 X3 Y3 E0.3 F1500", 2), ("G1 X4 Y4 E0.4 F1500", 3)])
    sent_numbers(sender, 0.0)
    assert not sender.is_idle
