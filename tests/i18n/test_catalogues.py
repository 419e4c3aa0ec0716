"""The core's catalogues: every marked message is translated, placeholders agree, the .mo files are
the compiled .po files, and the tools round-trip without any gettext program."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

import pytest

from i18n import _, current_language, ngettext, set_language, tools
from i18n.catalogues import Entry, compile_mo, parse_po, placeholders, write_po


@pytest.fixture(scope="module")
def marked() -> list[tools.Message]:
    return tools.extract()


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_every_marked_message_is_translated_with_the_same_placeholders(
    language: str, marked: list[tools.Message]
) -> None:
    assert len(marked) > 50
    assert tools.problems(language, marked) == []


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_the_shipped_mo_is_the_compiled_po(language: str) -> None:
    header, entries = tools.read_catalogue(language)
    shipped = tools.po_path(language).with_suffix(".mo").read_bytes()
    assert shipped == compile_mo(header, entries), "run `python -m i18n.tools compile`"


@pytest.mark.parametrize("language", tools.LANGUAGES)
def test_the_po_lists_exactly_the_marked_messages(language: str, marked: list[tools.Message]) -> None:
    _header, entries = tools.read_catalogue(language)
    assert {(e.msgid, e.msgid_plural) for e in entries} == {(m.msgid, m.msgid_plural) for m in marked}, (
        "run `python -m i18n.tools extract`")


def _write_source(root: Path, text: str) -> None:
    for package in tools.SOURCE_PACKAGES:
        (root / package).mkdir(parents=True, exist_ok=True)
    (root / "app" / "m.py").write_text(text, encoding="utf-8")


def test_extract_merge_compile_round_trip(tmp_path: Path) -> None:
    _write_source(tmp_path, 'from i18n import N_, _, ngettext\n'
                            'LABEL = N_("Lens width")\n'
                            'def f(n: int) -> str:\n'
                            '    return _("{count} jobs wait").format(count=n) + ngettext("{n} job", "{n} jobs", n)\n'
                            'def g(label: str) -> str:\n'
                            '    return _(label)\n')
    messages = tools.extract(tmp_path)
    assert [(m.msgid, m.msgid_plural, m.location) for m in messages] == [
        ("Lens width", "", "app/m.py:2"),
        ("{count} jobs wait", "", "app/m.py:4"),
        ("{n} job", "{n} jobs", "app/m.py:4"),
    ]
    old = [Entry("Lens width", msgstr=["Largeur du verre"]), Entry("Gone", msgstr=["Parti"])]
    entries = tools.merge(messages, "fr", old)
    assert [e.msgid for e in entries] == ["Lens width", "{count} jobs wait", "{n} job"]
    assert entries[0].msgstr == ["Largeur du verre"]
    assert entries[2].msgstr == ["", ""]
    entries[1].msgstr = ["{count} travaux attendent"]
    entries[2].msgstr = ["{n} travail", "{n} travaux"]
    header = "Language: fr\nContent-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n"
    text = write_po(header, entries)
    header_back, back = parse_po(text)
    assert header_back == header
    assert [(e.msgid, e.msgid_plural, e.msgstr, e.locations) for e in back] == [
        (e.msgid, e.msgid_plural, e.msgstr, e.locations) for e in entries]
    catalogue = gettext.GNUTranslations(io.BytesIO(compile_mo(header_back, back)))
    assert catalogue.gettext("Lens width") == "Largeur du verre"
    assert catalogue.gettext("{count} jobs wait").format(count=3) == "3 travaux attendent"
    assert catalogue.ngettext("{n} job", "{n} jobs", 1).format(n=1) == "1 travail"
    assert catalogue.ngettext("{n} job", "{n} jobs", 2).format(n=2) == "2 travaux"
    assert catalogue.gettext("Not in the catalogue") == "Not in the catalogue"


def test_escapes_and_continued_lines_are_read(tmp_path: Path) -> None:
    text = ('msgid ""\nmsgstr "Language: fr\\n"\n\n'
            '#, fuzzy\nmsgid "Old"\nmsgstr "Ancien"\n\n'
            'msgid ""\n"Say \\"hi\\"\\n"\n"twice"\nmsgstr "Dites \\"salut\\"\\n" "deux fois"\n')
    header, entries = parse_po(text)
    assert header == "Language: fr\n"
    assert entries[0].is_fuzzy and not entries[0].is_translated
    assert entries[1].msgid == 'Say "hi"\ntwice'
    assert entries[1].msgstr == ['Dites "salut"\ndeux fois']
    # A fuzzy translation is not trusted: the operator reads the English until someone checks it.
    catalogue = gettext.GNUTranslations(io.BytesIO(compile_mo(header, entries)))
    assert catalogue.gettext("Old") == "Old"


def test_a_missing_translation_and_a_wrong_placeholder_are_reported(tmp_path: Path) -> None:
    messages = [tools.Message("Printing {count} commands", "", "printers/x.py:1"),
                tools.Message("Job done", "", "printers/x.py:2"),
                tools.Message("Resumed", "", "printers/x.py:3")]
    entries = [Entry("Printing {count} commands", msgstr=["Impression de {nombre} commandes"]),
               Entry("Job done", msgstr=[""])]
    tools.po_path("fr", tmp_path).write_text(write_po("Language: fr\n", entries), encoding="utf-8")
    found = tools.problems("fr", messages, tmp_path)
    assert len(found) == 3
    assert "printers/x.py:1" in found[0] and "['nombre']" in found[0] and "['count']" in found[0]
    assert found[1].startswith("printers/x.py:2: no fr translation")
    assert found[2].startswith("printers/x.py:3: no fr translation")


@pytest.mark.parametrize("call", ['_(f"Printing {n}")', '_("Printing " + str(n))', 'ngettext("a", plural, n)'])
def test_a_message_that_is_not_a_literal_is_refused(tmp_path: Path, call: str) -> None:
    _write_source(tmp_path, f"def f(n, plural):\n    return {call}\n")
    with pytest.raises(tools.ExtractionError, match=r"app/m\.py:2"):
        tools.extract(tmp_path)


def test_placeholders_ignore_formats_and_doubled_braces() -> None:
    assert placeholders("{low:.0f} % by {time} {{literal}}") == {"low", "time"}


def test_set_language_falls_back_to_the_language_then_to_english() -> None:
    set_language("es_MX")
    assert current_language() == "es"
    assert _("Job done") == "Trabajo terminado"
    set_language("fr-FR")
    assert current_language() == "fr"
    assert _("Job done") == "Travail terminé"
    assert ngettext("Job done", "Jobs done", 2) == "Jobs done"  # unmarked: the English form agrees
    set_language("xx")
    assert current_language() == "en"
    assert _("Job done") == "Job done"


def test_the_tools_command_checks_the_shipped_catalogues(capsys: pytest.CaptureFixture[str]) -> None:
    assert tools.main(["check"]) == 0
    assert "all translated" in capsys.readouterr().out
