"""Installer sticks: everything needed to install Heliofab on another laptop with no network.

A stick holds Heliofab's wheel and every dependency as wheels, one folder per machine
(`heliofab-installer/wheels/linux-x86_64-py3.12`, …), with install.sh, install.bat and a README at its
top. Each installation keeps the folder it came from, so any copy can make the next lab's stick.
"""

from __future__ import annotations

from app.installer.errors import IncompleteWheelsError, InstallerCancelledError, InstallerError
from app.installer.readme import readme_language
from app.installer.stick import StickOptions, StickReport, make_installer_stick
from app.installer.targets import Target, current_python_version, current_system

__all__ = [
    "IncompleteWheelsError",
    "InstallerCancelledError",
    "InstallerError",
    "StickOptions",
    "StickReport",
    "Target",
    "current_python_version",
    "current_system",
    "make_installer_stick",
    "readme_language",
]
