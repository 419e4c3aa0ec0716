"""Customizer annotations as OpenSCAD's manual writes them, read into parameter declarations."""

from __future__ import annotations

import pytest

from catalog.frames.params import ParameterError, ParamType
from catalog.scad.annotations import DEFAULT_TAB, GLOBAL_TAB, parse_customizer
from catalog.scad.literals import LiteralKind, format_literal, read_literal

# (source line(s), name, type, default, min, max, step, choices, labels)
WIDGETS = [
    ("width = 20; // [10:1:50]", "width", ParamType.INT, 20, 10, 50, 1, (), ()),
    ("width = 20; //[10:50]", "width", ParamType.INT, 20, 10, 50, 1, (), ()),
    ("depth = 34; // [50]", "depth", ParamType.INT, 34, 0, 50, 1, (), ()),
    ("wall = 1.6; // [0.8:0.4:4]", "wall", ParamType.FLOAT, 1.6, 0.8, 4, 0.4, (), ()),
    ("centre = 0; // [-10:0.1:10]", "centre", ParamType.FLOAT, 0.0, -10, 10, 0.1, (), ()),
    ("spin = 5.25;", "spin", ParamType.FLOAT, 5.25, None, None, 0.01, (), ()),
    ("count = 5;", "count", ParamType.FLOAT, 5.0, None, None, 1, (), ()),
    ("holes = 2; // [0, 1, 2, 3]", "holes", ParamType.CHOICE, "2", None, None, None, ("0", "1", "2", "3"), ()),
    ("size = 20; // [10:Small, 20:Medium, 30:Large]", "size", ParamType.CHOICE, "20", None, None, None,
     ("10", "20", "30"), ("Small", "Medium", "Large")),
    ('shape = "round"; // [round, square, hex]', "shape", ParamType.CHOICE, "round", None, None, None,
     ("round", "square", "hex"), ()),
    ('fit = "S"; // [S:Snug, L:Loose]', "fit", ParamType.CHOICE, "S", None, None, None, ("S", "L"), ("Snug", "Loose")),
    ('part = "lid"; // [base, top]', "part", ParamType.CHOICE, "lid", None, None, None, ("lid", "base", "top"), ()),
    ("lid = true;", "lid", ParamType.BOOL, True, None, None, None, (), ()),
    ("lid = false; // [true, false]", "lid", ParamType.BOOL, False, None, None, None, (), ()),
    ('label = "LAB";', "label", ParamType.STRING, "LAB", None, None, None, (), ()),
    ('label = "a;b \\"q\\""; // 12', "label", ParamType.STRING, 'a;b "q"', None, None, None, (), ()),
    ("offset = [1, 2.5, 3]; // [0:0.5:10]", "offset", ParamType.VECTOR, (1.0, 2.5, 3.0), 0, 10, 0.5, (), ()),
    ("corner = [2, 4];", "corner", ParamType.VECTOR, (2.0, 4.0), None, None, 1, (), ()),
]


@pytest.mark.parametrize(("source", "name", "kind", "default", "lo", "hi", "step", "choices", "labels"), WIDGETS)
def test_each_widget_becomes_a_declaration(source: str, name: str, kind: ParamType, default: object, lo: float | None,
                                           hi: float | None, step: float | None, choices: tuple[str, ...],
                                           labels: tuple[str, ...]) -> None:
    declaration = parse_customizer(source + "\n")
    (param,) = declaration.parameters
    assert (param.name, param.type, param.default) == (name, kind, default)
    assert (param.min, param.max) == (lo, hi)
    assert param.step == pytest.approx(step) if step is not None else param.step is None
    assert (param.choices, param.choice_labels) == (choices, labels)
    assert param.group == DEFAULT_TAB


def test_tabs_descriptions_hidden_and_global() -> None:
    source = """// Storage box, by a lab
/* [Box] */
// Outer width in mm
width = 40; // [20:100]

// not a description: a blank line stands between

depth = 30;
/* [Global] */
// Smoothness of round edges
quality = 32; // [16:64]
/* [Hidden] */
secret = 2;
"""
    declaration = parse_customizer(source)
    by_name = {p.name: p for p in declaration.parameters}
    assert [p.name for p in declaration.parameters] == ["quality", "width", "depth"]  # Global first, as in every tab
    assert by_name["width"].help == "Outer width in mm" and by_name["width"].group == "Box"
    assert by_name["depth"].help == ""
    assert by_name["quality"].group == GLOBAL_TAB
    assert declaration.hidden == ("secret",)
    assert declaration.groups() == [GLOBAL_TAB, "Box"]


def test_parameters_end_at_the_first_brace_not_at_a_braceless_module() -> None:
    source = """a = 1;
function twice(x) = x * 2;  // no brace: the Customizer goes on
b = 2;
module box() {
    inner = 3;
}
c = 4;
"""
    declaration = parse_customizer(source)
    assert [p.name for p in declaration.parameters] == ["a", "b"]
    assert declaration.stop_line == 4


def test_comments_strings_and_expressions_are_not_parameters() -> None:
    source = """/*
old = 5;
{ not code
*/
text = "has { and // inside"; // [has { and // inside, other]
sum = 12 + 0.5;
joined = str("a", "b");
long_vector = [1, 2, 3, 4, 5];
words = ["a", "b"];
after = 1;
"""
    declaration = parse_customizer(source)
    assert [p.name for p in declaration.parameters] == ["text", "after"]
    assert declaration.parameter("text").default == "has { and // inside"


def test_a_variable_assigned_twice_keeps_its_last_value() -> None:
    declaration = parse_customizer("w = 1; // [0:10]\nw = 7; // [0:20]\n")
    (param,) = declaration.parameters
    assert (param.default, param.max) == (7, 20)


def test_declared_ranges_and_lengths_are_enforced() -> None:
    declaration = parse_customizer('w = 20; // [10:2:50]\nlabel = "LAB"; // 4\nv = [1, 2]; // [0:5]\n'
                                   's = 10; // [10:Small, 20:Large]\n')
    w, label, v, s = declaration.parameters
    with pytest.raises(ParameterError, match="w = 60 is out of range: choose 10–50"):
        w.parse("60")
    with pytest.raises(ParameterError, match="at most 4 characters"):
        label.parse("LABEL")
    assert v.parse("[3, 4]") == (3.0, 4.0)
    with pytest.raises(ParameterError, match="needs 2 numbers"):
        v.parse("1, 2, 3")
    with pytest.raises(ParameterError, match="out of range"):
        v.parse([1, 9])
    assert s.parse("Large") == "20" and s.parse(20.0) == "20"
    with pytest.raises(ParameterError, match=r"one of 10 \(Small\), 20 \(Large\)"):
        s.parse("30")


LITERALS = [
    (LiteralKind.NUMBER, 3, "3"),
    (LiteralKind.NUMBER, 0.1, "0.1"),
    (LiteralKind.NUMBER, -2.5, "-2.5"),
    (LiteralKind.NUMBER, "20", "20"),
    (LiteralKind.BOOL, True, "true"),
    (LiteralKind.STRING, 'say "hi" \\ bye', '"say \\"hi\\" \\\\ bye"'),
    (LiteralKind.VECTOR, (1.0, 2.5), "[1, 2.5]"),
]


@pytest.mark.parametrize(("kind", "value", "text"), LITERALS)
def test_values_become_openscad_literals_that_read_back(kind: LiteralKind, value: object, text: str) -> None:
    assert format_literal(kind, value) == text  # type: ignore[arg-type]
    read = read_literal(text)
    assert read is not None and read[0] is kind


def test_a_literal_cannot_smuggle_code() -> None:
    from catalog.scad.literals import LiteralError

    with pytest.raises(LiteralError):
        format_literal(LiteralKind.NUMBER, "1; import(\"/etc/passwd\")")
    with pytest.raises(LiteralError):
        format_literal(LiteralKind.STRING, "line\nbreak")
    assert format_literal(LiteralKind.STRING, '"); cube(99); ("') == '"\\"); cube(99); (\\""'
