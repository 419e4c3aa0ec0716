from __future__ import annotations

import pickle

import pytest

from catalog.frames import FrameGenerator, ParameterError, ParameterSet, resolve_params
from catalog.frames.parameter_set import resolve_parameters
from catalog.frames.params import Parameter, ParamType

STYLE = "oval-everyday"


@pytest.fixture(scope="module")
def generator() -> FrameGenerator:
    return FrameGenerator()


@pytest.fixture
def counted_parse(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every Parameter.parse call, by parameter name: what checking operator input costs."""
    calls: list[str] = []
    original = Parameter.parse

    def parse(self: Parameter, raw: object) -> object:
        calls.append(self.name)
        return original(self, raw)

    monkeypatch.setattr(Parameter, "parse", parse)
    return calls


def test_resolved_values_are_typed_and_complete(generator: FrameGenerator) -> None:
    params = generator.resolve(STYLE, {"bridge_mm": "18", "hinge_type": "screw_m2"})
    assert isinstance(params, ParameterSet)
    assert params.owner == STYLE and params.declaration == generator.style(STYLE).parameters
    assert list(params) == [p.name for p in generator.style(STYLE).parameters]
    assert params["bridge_mm"] == 18.0 and isinstance(params["bridge_mm"], float)
    assert params.number("bridge_mm") == 18.0
    assert params.text("hinge_type") == "screw_m2"
    with pytest.raises(TypeError):
        params.number("hinge_type")
    with pytest.raises(TypeError):
        params.text("bridge_mm")


def test_a_parameter_set_is_frozen(generator: FrameGenerator) -> None:
    params = generator.resolve(STYLE, {})
    with pytest.raises(TypeError):
        params["bridge_mm"] = 20.0  # type: ignore[index]
    with pytest.raises(AttributeError):
        params._values = {}
    with pytest.raises(AttributeError):
        del params._owner
    with pytest.raises(TypeError):
        ParameterSet()  # only resolving makes one
    changed = params.with_changes({"bridge_mm": "20"})
    assert changed["bridge_mm"] == 20.0 and params["bridge_mm"] != 20.0
    assert hash(params) == hash(generator.resolve(STYLE, {})) and params == generator.resolve(STYLE, {})
    assert pickle.loads(pickle.dumps(params)) == params


def test_changes_are_checked_like_input(generator: FrameGenerator) -> None:
    params = generator.resolve(STYLE, {})
    with pytest.raises(ParameterError, match="out of range"):
        params.with_changes({"bridge_mm": 99})
    with pytest.raises(ParameterError, match=r"Unknown parameter brige_mm .did you mean bridge_mm"):
        params.with_changes({"brige_mm": 18})


def test_operator_input_is_checked_once_along_the_main_path(generator: FrameGenerator,
                                                            counted_parse: list[str]) -> None:
    params = generator.resolve(STYLE, {"bridge_mm": "18", "pd_right_mm": "32", "pd_left_mm": "31",
                                       "crest_above_datum_mm": "5"})
    assert sorted(counted_parse) == ["bridge_mm", "crest_above_datum_mm", "pd_left_mm", "pd_right_mm"]
    counted_parse.clear()
    preview = generator.preview(STYLE, params)
    result = generator.generate(STYLE, params, preview=preview)
    assert resolve_params(STYLE, params) is params  # the fit store keeps the checked set as it is
    assert generator.check(STYLE, params) == []
    assert counted_parse == []  # preview, checks and generator trust the set
    assert preview.params is params and result.params is params


def test_raw_input_to_the_generator_is_checked_there(generator: FrameGenerator) -> None:
    with pytest.raises(ParameterError, match="bridge_mm = 99 is out of range"):
        generator.preview(STYLE, {"bridge_mm": "99"})
    preview = generator.preview(STYLE, {"bridge_mm": "18"})
    assert isinstance(preview.params, ParameterSet) and preview.params["bridge_mm"] == 18.0


def test_a_set_made_for_another_style_is_refused(generator: FrameGenerator) -> None:
    aviator = generator.resolve("aviator", {})
    with pytest.raises(ParameterError, match="made for aviator, not oval-everyday"):
        generator.preview(STYLE, aviator)


def test_unknown_names_are_refused_and_retired_ones_dropped(generator: FrameGenerator) -> None:
    with pytest.raises(ParameterError, match=r"Unknown parameter lens_widht_mm .did you mean lens_width_mm"):
        generator.resolve(STYLE, {"lens_widht_mm": 44})
    # A saved fit or parameter-set file of an older version named the filament price: it loads without it.
    old = generator.resolve(STYLE, {"bridge_mm": "18", "filament_price_per_kg": "35"})
    assert "filament_price_per_kg" not in old and old["bridge_mm"] == 18.0
    assert old == generator.resolve(STYLE, {"bridge_mm": 18})


def test_declarations_name_no_price() -> None:
    # Prices and densities belong to the material profile alone.
    for style in FrameGenerator().catalogue.list():
        assert all("price" not in p.name and "density" not in p.name for p in style.parameters), style.id


def test_resolving_any_declaration() -> None:
    declaration = (Parameter("count", "Count", "", ParamType.INT, 3, "Main", "How many.", 1, 9, 1),
                   Parameter("size", "Size", "mm", ParamType.VECTOR, (1.0, 2.0), "Main", "Box.", 0, 50, 1))
    params = resolve_parameters("box", declaration, {"count": "4", "size": "[3, 4]"})
    assert params.as_dict() == {"count": 4, "size": (3.0, 4.0)}
    assert params.owner == "box"
    with pytest.raises(ParameterError, match="whole number"):
        resolve_parameters("box", declaration, {"count": "4.5"})
