"""`heliofab settings show | set KEY VALUE`: the lab's language, name, currency and default material."""

from __future__ import annotations

import argparse

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group, format_table


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.lab_preferences import KEYS

    settings = command_group(subparsers, "settings", "the lab's language, name, currency and default material")
    show = settings.add_parser("show", help="the lab's settings")
    add_json_flag(show)
    show.set_defaults(func=show_settings)
    change = settings.add_parser("set", help="change one setting, e.g. `settings set lab-name \"Tamale lab\"`")
    change.add_argument("key", choices=KEYS, help="which setting")
    change.add_argument("value", help="its new value (language: en, fr, es… or system; currency: an ISO code)")
    add_json_flag(change)
    change.set_defaults(func=set_setting)


def show_settings(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_preferences import load_preferences

    prefs = load_preferences(ctx.services().settings)
    return CommandResult(prefs.to_json(), _table(prefs.to_json()))


def set_setting(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.lab_preferences import PreferenceError, set_preference

    services = ctx.services()
    try:
        prefs = set_preference(services.settings, services.profiles, args.key, args.value)
    except PreferenceError as exc:
        raise CliError(str(exc)) from exc
    shown = prefs.to_json()
    return CommandResult(shown, f"Set {args.key} to {_value(args.key, shown[args.key])}.")


def _value(key: str, value: str) -> str:
    from app.lab_preferences import language_name

    if key == "language":
        return f"{value} ({language_name(value)})" if value else "the computer's language"
    return value


def _table(shown: dict[str, str]) -> str:
    return format_table(["setting", "value"], [[key, _value(key, value)] for key, value in shown.items()])
