"""The queue's start times name the day in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from app.i18n import use_language
from ui.screens.queue import weekday_time


@pytest.fixture
def french() -> Iterator[None]:
    use_language("fr")
    yield
    use_language("en")


def test_the_day_is_english_in_english() -> None:
    assert weekday_time(datetime(2026, 12, 7, 11, 15)) == "Mon 11:15"


def test_the_day_follows_the_window_language(french: None) -> None:
    assert weekday_time(datetime(2026, 12, 7, 11, 15)) == "lun. 11:15"
    assert weekday_time(datetime(2026, 12, 6, 1, 45)) == "dim. 01:45"
