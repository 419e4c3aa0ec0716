"""A command line imports only the modules that add its command; the table saying which does is true."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMAND_MODULES, build_parser, command_word

ROOT = Path(__file__).resolve().parents[2]


def _commands_added_by(name: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    importlib.import_module(f"app.cli.{name}").register(subparsers)
    return set(subparsers.choices)


@pytest.mark.parametrize("name", sorted(COMMAND_MODULES))
def test_the_table_names_the_commands_each_module_adds(name: str) -> None:
    assert _commands_added_by(name) == set(COMMAND_MODULES[name])


def test_every_command_module_is_in_the_table() -> None:
    modules = {path.stem for path in (ROOT / "app" / "cli").glob("*_cmd.py")}
    assert modules == set(COMMAND_MODULES)


@pytest.mark.parametrize(("argv", "word"), [
    (["slice", "a.stl"], "slice"),
    (["--data-dir", "slice", "printers", "list"], "printers"),  # a folder named like a command
    (["--data-dir=lab", "--language", "fr", "--demo", "queue", "list"], "queue"),
    (["--language", "fr"], None),
    (["--data", "slice", "printers", "list"], "printers"),  # an option's beginning, as argparse takes it
    (["--lang", "fr", "slice"], "slice"),
    (["--help", "slice"], None),
    (["--version"], None),
    ([], None),
])
def test_the_command_word_skips_global_options_and_their_values(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


@pytest.mark.parametrize("argv", [
    ["printers", "profiles"], ["printers", "list"], ["printers", "add", "--help"], ["energy", "site", "--help"],
])
def test_a_command_shared_by_modules_parses_as_with_every_module(argv: list[str]) -> None:
    """`printers` and `energy` are each added to by several modules: all of them are loaded."""
    lazy, full = build_parser(argv=argv), build_parser()
    lazy_group = lazy._subparsers._group_actions[0].choices[argv[0]]  # type: ignore[union-attr]
    full_group = full._subparsers._group_actions[0].choices[argv[0]]  # type: ignore[union-attr]
    assert lazy_group.format_help() == full_group.format_help()


def test_slicing_imports_no_other_commands_module(tmp_path: Path) -> None:
    code = (
        "import sys; from app.cli import build_parser; build_parser(argv=['slice', 'x.stl']); "
        "print(','.join(sorted(m for m in sys.modules if m.startswith('app.cli.') and m.endswith('_cmd'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == "app.cli.slice_cmd"


def test_a_parser_built_without_arguments_knows_every_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["heliofab", "slice", "x.stl"])
    choices = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"slice", "queue", "customers", "lab"} <= set(choices)


def test_help_and_a_mistyped_command_still_know_every_command() -> None:
    for argv in (["--help"], ["slcie"]):
        parser = build_parser(argv=argv)
        choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        assert {"slice", "queue", "customers", "lab"} <= set(choices)
