"""Editing an imported design's details through the catalogue service and `heliofab catalog edit`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.design_edit import DesignDetailsEdit, DesignEditError, DetailProblem
from app.services import Services
from catalog.licences import known_licences, licence_info, plain_summary
from catalog.records import ImportDefaults
from catalog.store import DesignNotFoundError
from tests.catalog.catalog_helpers import box_stl


def _import(services: Services, tmp_path: Path, licence: str = "LicenseRef-Unknown") -> str:
    part = tmp_path / "bracket.stl"
    part.write_bytes(box_stl(20.0, 10.0, 5.0))
    (draft,) = services.catalog.import_path(part, defaults=ImportDefaults(licence=licence)).plan.to_write
    return draft.id


def test_an_edit_becomes_a_new_version_with_its_credit_line(services: Services, tmp_path: Path) -> None:
    design_id = _import(services, tmp_path)
    edited = services.catalog.edit_details(design_id, DesignDetailsEdit(
        name="  Shelf bracket ", author="Yaw Darko", licence="CC-BY-SA-4.0", source="https://example.org/bracket",
        notes="Print with 3 walls."))
    s = edited.summary
    assert (s.title, s.author, s.licence, s.version, s.is_locally_edited) == (
        "Shelf bracket", "Yaw Darko", "CC-BY-SA-4.0", 2, True)
    assert edited.source == "https://example.org/bracket" and edited.description == "Print with 3 walls."
    assert "Yaw Darko" in edited.attribution and "CC-BY-SA-4.0" in edited.attribution
    assert "Yaw Darko" in edited.licence_notice
    # What was not named stays; an edit that changes nothing makes no version.
    again = services.catalog.edit_details(design_id, DesignDetailsEdit(author="Yaw Darko"))
    assert again.summary.version == 2 and again.summary.title == "Shelf bracket"


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (DesignDetailsEdit(name="   "), DetailProblem.NO_NAME),
        (DesignDetailsEdit(name="x" * 201), DetailProblem.NAME_TOO_LONG),
        (DesignDetailsEdit(licence="WTFPL"), DetailProblem.UNKNOWN_LICENCE),
        (DesignDetailsEdit(licence="CC-BY-4.0", author=""), DetailProblem.NEEDS_AUTHOR),
        (DesignDetailsEdit(author="a" * 201), DetailProblem.AUTHOR_TOO_LONG),
        (DesignDetailsEdit(source="https://"), DetailProblem.BAD_SOURCE),
        (DesignDetailsEdit(source="line one\nline two"), DetailProblem.BAD_SOURCE),
        (DesignDetailsEdit(notes="n" * 4001), DetailProblem.NOTES_TOO_LONG),
    ],
)
def test_bad_details_are_refused_in_one_sentence_and_nothing_changes(
    services: Services, tmp_path: Path, edit: DesignDetailsEdit, problem: DetailProblem
) -> None:
    design_id = _import(services, tmp_path)
    with pytest.raises(DesignEditError) as refused:
        services.catalog.edit_details(design_id, edit)
    assert refused.value.problem is problem
    message = str(refused.value)
    assert message.endswith(".") and "\n" not in message
    assert services.catalog.get(design_id).summary.version == 1


def test_a_source_in_words_and_a_public_domain_licence_need_no_address_or_author(
    services: Services, tmp_path: Path
) -> None:
    design_id = _import(services, tmp_path)
    edited = services.catalog.edit_details(design_id, DesignDetailsEdit(licence="CC0-1.0", author="",
                                                                        source="stick from the Tamale lab"))
    assert edited.summary.licence == "CC0-1.0" and edited.source == "stick from the Tamale lab"


def test_bundled_designs_stay_as_shipped(services: Services) -> None:
    before = services.catalog.get("round-classic")
    with pytest.raises(DesignEditError) as refused:
        services.catalog.edit_details("round-classic", DesignDetailsEdit(author="Somebody"))
    assert refused.value.problem is DetailProblem.BUNDLED and "comes with Heliofab" in str(refused.value)
    after = services.catalog.get("round-classic")
    assert (after.summary.author, after.summary.version) == (before.summary.author, before.summary.version)
    with pytest.raises(DesignNotFoundError):
        services.catalog.edit_details("no-such-design", DesignDetailsEdit(author="x"))


def test_every_known_licence_has_a_plain_summary() -> None:
    summaries = {info.spdx: plain_summary(info) for info in known_licences()}
    assert "sold" in summaries["CC-BY-4.0"] and "not sold" in summaries["CC-BY-NC-4.0"]
    assert "same licence" in summaries["CC-BY-SA-4.0"] and "same licence" in summaries["GPL-3.0-or-later"]
    assert "may not be shared" in summaries["CC-BY-NC-ND-4.0"]
    assert "no conditions" in summaries["CC0-1.0"]
    assert "ask" in summaries["LicenseRef-Unknown"] and "ask" in summaries["LicenseRef-All-Rights-Reserved"]
    assert not licence_info("MIT").is_share_alike


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_catalog_edit_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lab = str(tmp_path / "lab")
    part = tmp_path / "hook.stl"
    part.write_bytes(box_stl(8, 8, 3))
    code, out = _run(capsys, "--data-dir", lab, "catalog", "import", str(part), "--json")
    assert code == 0
    design_id = json.loads(out)["changes"][0]["id"]

    code, out = _run(capsys, "--data-dir", lab, "catalog", "edit", design_id, "--licence", "CC-BY-4.0")
    assert code == 1 and "type the author's name" in out and out.count("\n") == 1
    code, out = _run(capsys, "--data-dir", lab, "catalog", "edit", design_id)
    assert code == 2 and "--name, --author, --licence" in out
    code, out = _run(capsys, "--data-dir", lab, "catalog", "edit", design_id, "--licence", "CC-BY-4.0",
                     "--author", "Abena Owusu", "--name", "Coat hook", "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["title"], shown["author"], shown["licence"], shown["version"]) == (
        "Coat hook", "Abena Owusu", "CC-BY-4.0", 2)
    code, out = _run(capsys, "--data-dir", lab, "catalog", "edit", "round-classic", "--author", "x")
    assert code == 1 and "comes with Heliofab" in out
    code, out = _run(capsys, "--data-dir", lab, "catalog", "licences", "--json")
    assert code == 0 and {"spdx": "CC0-1.0", "name": "Public domain (CC0 1.0)",
                          "summary": plain_summary(licence_info("CC0-1.0"))} in json.loads(out)
