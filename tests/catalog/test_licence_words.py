"""Licence names and summaries in the operator's language; credit lines never show a LicenseRef id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from catalog.licences import (
    ALL_RIGHTS_RESERVED,
    UNKNOWN_LICENCE,
    default_attribution,
    licence_info,
    plain_summary,
    readable_attribution,
)
from i18n import set_language


@pytest.fixture
def french() -> Iterator[None]:
    set_language("fr")
    yield
    set_language("en")


def test_names_and_summaries_are_french_while_the_stored_name_stays_english(french: None) -> None:
    info = licence_info(UNKNOWN_LICENCE)
    assert info.label == "Licence inconnue"
    assert info.name == "Licence unknown"
    assert licence_info("CC0-1.0").label == "Domaine public (CC0 1.0)"
    assert plain_summary(licence_info("CC-BY-SA-4.0")) == (
        "Les impressions peuvent être faites, données et vendues en citant l'auteur. "
        "Les versions modifiées doivent être partagées sous la même licence.")


def test_english_is_unchanged_by_default() -> None:
    assert licence_info("CC-BY-4.0").label == "Creative Commons Attribution 4.0"
    assert plain_summary(licence_info(ALL_RIGHTS_RESERVED)) == (
        "Only the author may allow copies: ask before printing for others.")


def test_credit_lines_name_the_licence_not_its_licenseref_id() -> None:
    assert default_attribution("Box", "Ann", UNKNOWN_LICENCE, "https://example.org/box") == (
        "“Box” by Ann (https://example.org/box), licence unknown")
    assert default_attribution("Box", "Ann", "CC-BY-4.0") == "“Box” by Ann, licensed CC-BY-4.0"
    stored = f"“Ring” by Ama, licensed {ALL_RIGHTS_RESERVED}"
    assert readable_attribution(stored) == "“Ring” by Ama, all rights reserved"
