"""Readable at 1366×768 in a bright room: large type, strong contrast."""

from __future__ import annotations

STYLE_SHEET = """
QWidget { font-size: 11pt; }
QLabel#screenHeading { font-size: 18pt; font-weight: 600; padding: 8px 4px; }
QLabel#emptyHeading { font-size: 16pt; font-weight: 600; color: #334; }
QLabel#emptyNextStep { color: #1b5e20; font-weight: 600; }
QListWidget#navigation { font-size: 12pt; background: #263238; color: #eceff1; border: none; }
QListWidget#navigation::item { padding: 10px 12px; }
QWidget#sidebar { background: #263238; }
QPushButton#helpButton { margin: 4px 12px; padding: 6px; }
QListWidget#navigation::item:selected { background: #f9a825; color: #1a1a1a; }
"""
