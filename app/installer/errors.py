"""What can go wrong while making an installer stick, in words for the operator."""

from __future__ import annotations


class InstallerError(Exception):
    """The stick cannot be made; the message says what to do next."""


class IncompleteWheelsError(InstallerError):
    """A wheel folder cannot install Heliofab on its machine: a package (or a build of it) is missing."""

    def __init__(self, message: str, *, package: str, target_label: str) -> None:
        super().__init__(message)
        self.package = package
        self.target_label = target_label


class InstallerCancelledError(InstallerError):
    """The operator cancelled; the stick keeps what it held before."""
