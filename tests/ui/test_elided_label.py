from __future__ import annotations

from typing import Any

from ui.widgets.elided_label import ElidedLabel

LONG_PATH = "Database: /home/operator/.local/share/heliofab/" + "deep/" * 30 + "heliofab.sqlite"


def test_a_long_path_loses_its_middle_and_keeps_both_ends(qtbot: Any) -> None:
    label = ElidedLabel(LONG_PATH)
    qtbot.addWidget(label)
    label.resize(300, 20)
    label.show()

    shown = label.text()
    assert "…" in shown
    assert shown.startswith("Database:") and shown.endswith("sqlite")
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.toolTip() == LONG_PATH == label.full_text()


def test_a_short_text_is_shown_whole_and_a_wider_label_shows_more(qtbot: Any) -> None:
    label = ElidedLabel("Database: lab.sqlite")
    qtbot.addWidget(label)
    label.resize(400, 20)
    label.show()
    assert label.text() == "Database: lab.sqlite"

    label.set_full_text(LONG_PATH)
    narrow = label.text()
    label.resize(900, 20)
    assert len(label.text()) > len(narrow)
