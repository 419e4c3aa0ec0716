from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from app.isotime import _as_written_by_isoformat, parse_iso_datetime

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-01T06:00:00Z", datetime(2025, 3, 1, 6, 0, tzinfo=UTC)),
        ("2025-03-01T06:00:00,25Z", datetime(2025, 3, 1, 6, 0, 0, 250000, tzinfo=UTC)),
        ("2025-03-01 06:00Z", datetime(2025, 3, 1, 6, 0, tzinfo=UTC)),
        ("2025-03-01T06Z", datetime(2025, 3, 1, 6, 0, tzinfo=UTC)),
        ("2025-03-01T06:00:00.5Z", datetime(2025, 3, 1, 6, 0, 0, 500000, tzinfo=UTC)),
        ("2025-03-01T06:00:00.123456789Z", datetime(2025, 3, 1, 6, 0, 0, 123456, tzinfo=UTC)),
        ("2025-03-01T06:00:00+0100", datetime(2025, 3, 1, 6, 0, tzinfo=timezone(timedelta(hours=1)))),
        ("2025-03-01T06:00:00-03", datetime(2025, 3, 1, 6, 0, tzinfo=timezone(timedelta(hours=-3)))),
        ("20250301T060000Z", datetime(2025, 3, 1, 6, 0, tzinfo=UTC)),
        ("2025-03-01T06:00:00", datetime(2025, 3, 1, 6, 0)),
        ("2025-03-01", datetime(2025, 3, 1)),
    ],
)
def test_times_python_3_11_reads_are_read_on_every_python(text: str, expected: datetime) -> None:
    assert parse_iso_datetime(text) == expected
    assert parse_iso_datetime(text).utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    ["2025-03-01T06:00:00.5Z", "2025-03-01T06:00:00+0100", "20250301T060000Z", "2025-03-01 06Z"],
)
def test_the_3_10_spelling_is_the_same_instant(text: str) -> None:
    # The rewrite is what Python 3.10 reads; on newer Pythons it must mean the same as the original.
    assert datetime.fromisoformat(_as_written_by_isoformat(text)) == parse_iso_datetime(text)


@pytest.mark.parametrize(
    "text",
    ["", "yesterday", "2025-03-01T", "2025-03-01T06:", "2025-03-01T06:0000Z", "2025-03-01T06:00:00z",
     "2025-13-01T06:00Z", "2025-03-01T06:00:00+25:00"],
)
def test_nonsense_is_refused_with_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_datetime(text)
