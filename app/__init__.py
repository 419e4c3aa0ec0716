"""Heliofab application core: Qt-free services, settings, the command line."""

from __future__ import annotations

__version__ = "0.2.0"
