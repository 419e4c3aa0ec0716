"""Checking an operator's edit of an imported design's details (name, author, licence, source, notes).

Each refusal carries a `DetailProblem`, so the window can say it in the operator's language while the
CLI prints the English sentence.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from catalog.licences import known_licences, licence_info
from catalog.records import DesignDetail, TrustLevel
from catalog.store import MAX_TITLE_CHARS

MAX_AUTHOR_CHARS = 200
MAX_SOURCE_CHARS = 500
MAX_NOTES_CHARS = 4_000
_URL_RE = re.compile(r"^https?://[^\s/]+\.[^\s/]+\S*$", re.IGNORECASE)


class DetailProblem(enum.Enum):
    BUNDLED = "bundled"
    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"
    UNKNOWN_LICENCE = "unknown_licence"
    NEEDS_AUTHOR = "needs_author"
    AUTHOR_TOO_LONG = "author_too_long"
    BAD_SOURCE = "bad_source"
    NOTES_TOO_LONG = "notes_too_long"


class DesignEditError(Exception):
    """An edit that was refused as a whole; the design is unchanged."""

    def __init__(self, problem: DetailProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class DesignDetailsEdit:
    """The details an operator may change; None leaves a detail as it is."""

    name: str | None = None
    author: str | None = None
    licence: str | None = None
    source: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class CheckedDetails:
    title: str
    author: str
    licence: str
    source: str
    description: str


def is_editable(detail: DesignDetail) -> bool:
    """Bundled designs are the same in every copy of Heliofab: their details are not the lab's to change."""
    return detail.summary.trust is not TrustLevel.BUNDLED


def check_edit(detail: DesignDetail, edit: DesignDetailsEdit) -> CheckedDetails:
    """The design's details after `edit`, or DesignEditError with one sentence saying what to change."""
    s = detail.summary
    if not is_editable(detail):
        raise DesignEditError(DetailProblem.BUNDLED,
                              f"{s.title} comes with Heliofab and its details cannot be changed: import your own "
                              "copy of the files to give it other details.")
    title = (s.title if edit.name is None else edit.name).strip()
    author = (s.author if edit.author is None else edit.author).strip()
    licence = (s.licence if edit.licence is None else edit.licence).strip()
    source = (detail.source if edit.source is None else edit.source).strip()
    notes = (detail.description if edit.notes is None else edit.notes).strip()
    if not title:
        raise DesignEditError(DetailProblem.NO_NAME, "Give the design a name.")
    if len(title) > MAX_TITLE_CHARS:
        raise DesignEditError(DetailProblem.NAME_TOO_LONG,
                              f"The name is {len(title)} characters long: shorten it to {MAX_TITLE_CHARS} at most.")
    if licence != s.licence and licence not in {info.spdx for info in known_licences()}:
        choices = ", ".join(info.spdx for info in known_licences())
        raise DesignEditError(DetailProblem.UNKNOWN_LICENCE,
                              f"Heliofab does not know the licence {licence[:60]!r}: choose one of {choices}.")
    info = licence_info(licence)
    if info.requires_attribution and not author:
        raise DesignEditError(DetailProblem.NEEDS_AUTHOR,
                              f"The licence {info.name} asks that the author be credited: type the author's name.")
    if len(author) > MAX_AUTHOR_CHARS:
        raise DesignEditError(DetailProblem.AUTHOR_TOO_LONG,
                              f"The author's name is too long: shorten it to {MAX_AUTHOR_CHARS} characters at most.")
    # The source is a web address or, for files that came on a stick or by hand, a few words saying where from
    # (imports start with the file's name); only something typed as an address must be a whole one.
    looks_like_url = source.lower().startswith(("http:", "https:", "www."))
    if len(source) > MAX_SOURCE_CHARS or "\n" in source or (looks_like_url and not _URL_RE.match(source)):
        raise DesignEditError(DetailProblem.BAD_SOURCE,
                              "The source is not a whole web address: type it as https://… or say in a few words "
                              "where the files came from.")
    if len(notes) > MAX_NOTES_CHARS:
        raise DesignEditError(DetailProblem.NOTES_TOO_LONG,
                              f"The notes are too long: shorten them to {MAX_NOTES_CHARS} characters at most.")
    return CheckedDetails(title=title, author=author, licence=licence, source=source, description=notes)


__all__ = ["CheckedDetails", "DesignDetailsEdit", "DesignEditError", "DetailProblem", "check_edit", "is_editable"]
