"""`heliofab backup DEST` and `heliofab restore SRC`: the whole lab, customers included, verified.

The lab's private signing key never leaves in clear: the backup holds it encrypted with a passphrase
(read from a file, or typed at a terminal), or leaves it out when asked to.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag
from app.paths import prepare_data_dir
from i18n import _, ngettext

if TYPE_CHECKING:
    from catalog.backup import DamagedFile

PASSPHRASE_ATTEMPTS = 3


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("backup",
                              help="back up the whole lab (database, files, signing key) to a stick or folder")
    p.add_argument("dest", metavar="DEST", type=Path)
    _add_key_options(p, "encrypt the lab's signing key with the passphrase in FILE (its first line)",
                     "leave the lab's signing key out of the backup")
    add_json_flag(p)
    p.set_defaults(func=backup)
    p = subparsers.add_parser("restore", help="restore a backup into this data directory (a new laptop)")
    p.add_argument("source", metavar="SRC", type=Path, help="a heliofab-backup-… folder, or the folder holding them")
    p.add_argument("--replace", action="store_true", help="replace existing data (it is kept under backups/ first)")
    _add_key_options(
        p,
        "the passphrase that protects the backup's signing key, in FILE (its first line)",
        "restore without the backup's signing key (this data directory keeps its own, or makes a new one)",
    )
    add_json_flag(p)
    p.set_defaults(func=restore)


def _add_key_options(parser: argparse.ArgumentParser, file_help: str, without_help: str) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--key-passphrase-file", metavar="FILE", type=Path, help=file_help)
    group.add_argument("--without-key", action="store_true", help=without_help)


def _is_interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _passphrase_from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(_("Cannot read the passphrase file {path}: check the name (a text file whose first "
                         "line is the passphrase).").format(
                path=path)) from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise CliError(_("The passphrase file {path} is empty: write the passphrase on its first line.").format(
                path=path))
    return lines[0]


def _ask_new_passphrase() -> str | None:
    """Typed twice at the terminal; an empty answer leaves the key out."""
    from catalog.signing import SigningError, check_passphrase_strength

    for _attempt in range(PASSPHRASE_ATTEMPTS):
        first = getpass.getpass("Passphrase to protect the lab's signing key in the backup (Enter alone leaves the key "
                                "out): ")
        if not first:
            return None
        try:
            check_passphrase_strength(first)
        except SigningError as exc:
            print(exc, file=sys.stderr)
            continue
        if getpass.getpass("The same passphrase again: ") == first:
            return first
        print("The two passphrases differ: type them again.", file=sys.stderr)
    raise CliError(_("No passphrase was agreed on: run the backup again, or use --without-key."))


def backup(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.backup import BackupError, KeyInBackup
    from catalog.signing import PRIVATE_KEY_FILE

    services = ctx.services()
    key_file = services.paths.keys_dir / PRIVATE_KEY_FILE
    passphrase: str | None = None
    if args.key_passphrase_file is not None:
        passphrase = _passphrase_from_file(args.key_passphrase_file)
    elif not args.without_key and key_file.is_file():
        if not _is_interactive():
            raise CliError(
                _("The backup would carry the lab's signing key: give --key-passphrase-file FILE to encrypt"
                  " it with a passphrase, or --without-key to leave it out.")
            )
        passphrase = _ask_new_passphrase()
    try:
        report = services.catalog.backup(args.dest, key_passphrase=passphrase)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    key_note = {
        KeyInBackup.ENCRYPTED: " " + _("The lab's signing key is in it, encrypted: restoring it asks for your "
                                       "passphrase."),
        KeyInBackup.LEFT_OUT: " " + _(
            "The lab's signing key was left out: to move it, copy {key_file} into the new laptop's keys folder by "
            "hand, or back up again with a passphrase.").format(key_file=key_file),
        KeyInBackup.NONE: " " + _("The lab has no signing key yet, so the backup holds none: one is made at the "
                                  "first catalogue export."),
        KeyInBackup.CLEAR: "",
    }[report.key]
    text = ngettext(
        "Backed up {count} file ({size:,} bytes) to {folder}, verified. It holds customers' data: keep the "
        "stick safe.",
        "Backed up {count} files ({size:,} bytes) to {folder}, verified. It holds customers' data: keep the "
        "stick safe.",
        report.file_count,
    ).format(count=report.file_count, size=report.total_bytes, folder=report.folder) + key_note
    if report.damaged:
        text += "\n" + damaged_files_text(report.damaged)
    return CommandResult(report.to_json(), text)


def damaged_files_text(damaged: tuple[DamagedFile, ...]) -> str:
    """The damaged stored files a backup left out, each with what needs it and how to get it back."""
    count = len(damaged)
    is_one = count == 1
    lines = [
        ngettext(
            "{count} stored file of this lab is damaged (its contents no longer match its name) and was left out "
            "of the backup:",
            "{count} stored files of this lab are damaged (their contents no longer match their name) and were "
            "left out of the backup:",
            count,
        ).format(count=count)
    ]
    for item in damaged:
        used = "; ".join(str(ref) for ref in item.references) or _("nothing refers to it any more")
        lines.append(f"  {item.sha256[:12]}…  {used}")
    lines.append(_("Run `heliofab doctor --repair` to move it aside, then do what the line says.") if is_one
                 else _("Run `heliofab doctor --repair` to move them aside, then do what each line says."))
    return "\n".join(lines)


def _restore_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase for the backup's key: from the file, typed (and checked) at a terminal, or none needed."""
    from catalog.backup import BackupError, BackupPassphraseError, KeyInBackup, backup_key_state, open_backup_key

    if args.without_key:
        return None
    if args.key_passphrase_file is not None:
        return _passphrase_from_file(args.key_passphrase_file)
    try:
        if backup_key_state(args.source) is not KeyInBackup.ENCRYPTED:
            return None
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    if not _is_interactive():
        raise CliError(
            _("This backup's signing key is protected by a passphrase: give --key-passphrase-file FILE, or "
              "--without-key to restore without it (this data directory then keeps its own key or makes a "
              "new one).")
        )
    for _attempt in range(PASSPHRASE_ATTEMPTS):
        typed = getpass.getpass(_("Passphrase of the lab's signing key in this backup: "))
        try:
            open_backup_key(args.source, typed)
        except BackupPassphraseError as exc:
            print(exc, file=sys.stderr)
            continue
        except BackupError as exc:
            raise CliError(str(exc)) from exc
        return typed
    raise CliError(_("The passphrase was wrong three times: nothing was restored; find it, or restore with "
                     "--without-key."))


def restore(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    # The database must not be open while it is replaced: restore first, then open (and migrate) it.
    from catalog.backup import BackupError, KeyAfterRestore, restore_backup

    paths = prepare_data_dir(ctx.data_dir)
    passphrase = _restore_passphrase(args)
    try:
        report = restore_backup(args.source, paths.root, is_replace=args.replace, key_passphrase=passphrase,
                                is_key_skipped=args.without_key)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    ctx.services()
    kept = (" " + _("The previous database is kept at {path}.").format(path=report.previous_db_kept_at)
            if report.previous_db_kept_at else "")
    key_note = " " + {
        KeyAfterRestore.RESTORED: _("The lab's signing key was restored."),
        KeyAfterRestore.KEPT_CURRENT: _("The lab's signing key was not restored: this data directory keeps its own "
                                        "key."),
        KeyAfterRestore.NEW_KEY: _(
            "The backup held no signing key, so a new one was made: other labs must trust this lab again "
            "(read them the fingerprint from `heliofab catalog keys show`)."
        ),
    }[report.key]
    restored = ngettext("Restored {count} file ({size:,} bytes) from {source} into {root}.",
                        "Restored {count} files ({size:,} bytes) from {source} into {root}.",
                        report.file_count).format(count=report.file_count, size=report.total_bytes,
                                                  source=report.source, root=paths.root)
    return CommandResult(report.to_json(), restored + kept + key_note)
