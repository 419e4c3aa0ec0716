"""Which commands take the data folder's lock: every one that writes to it; readers go alongside the owner.

A command that only reads the lab (lists, shows, reports, checks, copies it out, or writes files
elsewhere from it) runs while the window or `lab run` holds the folder. Anything else takes the
lock, so one process at a time changes the lab; a new command takes it unless it is listed here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.lab_lock import COMMAND_HOLDER_PREFIX, PRINT_HOLDER_PREFIX

Rule = Callable[[argparse.Namespace], bool]


def _always(_args: argparse.Namespace) -> bool:
    return True


def _flag_unset(name: str) -> Rule:
    return lambda args: not getattr(args, name, None)


def _energy_site_is_shown(args: argparse.Namespace) -> bool:
    # `energy site` with no value to change only shows the site.
    from app.cli.site_cmd import SITE_FLAGS

    return all(getattr(args, dest, None) is None for dest in SITE_FLAGS)


def _controller_is_shown(args: argparse.Namespace) -> bool:
    return not getattr(args, "port", None) and not getattr(args, "none", False)


# (command, action) → when it only reads. `None` stands for a command without actions.
READ_ONLY: dict[tuple[str, str | None], Rule] = {
    ("doctor", None): _flag_unset("repair"),  # --bundle writes the bundle where it is told, not into the lab
    ("backup", None): _always,  # a consistent copy of the lab, written elsewhere
    ("catalog", "list"): _always,
    ("catalog", "show"): _always,
    ("catalog", "licences"): _always,
    ("catalog", "keys"): lambda args: getattr(args, "keys_command", None) == "list",
    ("customize", None): _flag_unset("save_fit"),
    ("energy", "solar-table"): _always,
    ("energy", "read"): lambda args: bool(getattr(args, "no_store", False)),
    ("energy", "site"): _energy_site_is_shown,
    ("energy", "controller"): _controller_is_shown,
    ("sim-charger", None): _always,
    ("sim-printer", None): _always,
    ("customers", "list"): _always,
    ("customers", "show"): _always,
    ("fit", "pd-from-photo"): _flag_unset("customer"),
    ("fit", "suggest"): _always,
    ("fit", "export"): _always,
    ("fit", "reprint"): _always,
    ("installer", None): _always,
    ("print", None): lambda args: bool(getattr(args, "list", False)),
    ("printers", "ports"): _always,
    ("printers", "profiles"): _always,
    ("printers", "materials"): _always,
    ("printers", "list"): _always,
    ("queue", "list"): _always,
    ("report", None): _always,
    ("slice", None): _always,
    ("gcode", "info"): _always,
    ("lab", "status"): _always,
    ("settings", "show"): _always,
    ("screenshots", None): _always,  # renders a throw-away demo lab of its own
}


def action_of(args: argparse.Namespace) -> str | None:
    action = getattr(args, f"{args.command}_command", None)
    return action if isinstance(action, str) else None


def needs_lock(args: argparse.Namespace) -> bool:
    """Whether the parsed command must hold the data folder (the window always does)."""
    if args.command is None:
        return True
    action = action_of(args)
    if action is None and getattr(args, f"{args.command}_command", "absent") is None:
        return False  # a group named without an action only prints its usage
    rule = READ_ONLY.get((args.command, action))
    return rule is None or not rule(args)


def holder_name(args: argparse.Namespace) -> str:
    """How the lock file names this process in another's message. `lab run` and `print` run for
    hours, so they are not named as one-shot commands: others refuse at once instead of waiting."""
    if args.command is None:
        return "the window"
    if args.command == "print":
        return _print_holder_name(args)
    action = action_of(args)
    words = " ".join(w for w in ("heliofab", args.command, action) if w)
    return words if args.command == "lab" else f"{COMMAND_HOLDER_PREFIX}{words}"


def _print_holder_name(args: argparse.Namespace) -> str:
    """`heliofab print --job 7`: which print holds the folder, for the operator deciding to wait."""
    if getattr(args, "resume", None) is not None:
        return f"{PRINT_HOLDER_PREFIX} --resume {args.resume}"
    if getattr(args, "job", None) is not None:
        return f"{PRINT_HOLDER_PREFIX} --job {args.job}"
    file = getattr(args, "file", None)
    return f"{PRINT_HOLDER_PREFIX} {file.name}" if file is not None else PRINT_HOLDER_PREFIX
