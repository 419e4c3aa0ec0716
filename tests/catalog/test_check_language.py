"""The frame checks speak the operator's language: messages, the form's labels, fixes and advice."""

from __future__ import annotations

import pytest

from catalog.frames import FrameGenerator
from catalog.frames.wording import FormWords, FrameFix
from i18n import set_language

GENERATOR = FrameGenerator()


@pytest.fixture
def french() -> None:
    set_language("fr")  # the conftest puts English back after each test


@pytest.mark.usefixtures("french")
def test_a_centration_problem_reads_in_french_with_the_form_labels() -> None:
    preview = GENERATOR.preview("round-classic", {"bridge_mm": 12})
    (centration,) = [p for p in preview.problems if p.check == "centration"]
    assert centration.message.startswith("Avec un EP de ")
    assert "ne tombent sur les pupilles qu'avec un pont de" in centration.message
    assert centration.suggestion.startswith("Réglez Pont (DBL) à ")
    assert ", ou Largeur du verre (A) à " in centration.suggestion
    assert "Set" not in centration.suggestion and "Bridge" not in centration.suggestion


@pytest.mark.usefixtures("french")
def test_fixes_and_standing_advice_read_in_french() -> None:
    words = FormWords(GENERATOR.style("round-classic").parameters)
    fix = FrameFix((("bridge_mm", 16.0), ("lens_width_mm", 47.5)))
    assert words.suggestion((fix,), "Ou baissez Hauteur de la crête du nez.") == (
        "Réglez Pont (DBL) à 16 mm et Largeur du verre (A) à 47.5 mm. Ou baissez Hauteur de la crête du nez.")
    # "Or …" after a fix, the advice itself when it stands alone: the same rule in every language.
    assert words.suggestion((), "Ou baissez Hauteur de la crête du nez.") == "Baissez Hauteur de la crête du nez."


def test_spanish_warnings_and_the_english_json_keys() -> None:
    set_language("es")
    preview = GENERATOR.preview("round-classic", {"temple_drop_mm": 25})
    (drop,) = [w for w in preview.warnings if w.check == "temple_drop"]
    assert drop.message == "Una curva de 25 mm está fuera de los 30-45 mm habituales."
    assert drop.suggestion == "Revise la oreja con un calibre de patillas."
    assert drop.to_json()["check"] == "temple_drop"  # the check's name is an identifier, never translated
