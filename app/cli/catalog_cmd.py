"""`heliofab catalog …`: list, show, import, export and the lab's signing keys."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group, format_table
from i18n import N_, _, ngettext

if TYPE_CHECKING:
    from app.catalog_service import HeldBack, ImportOutcome
    from catalog.bundle import ExportReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from catalog.licences import UNKNOWN_LICENCE
    from catalog.records import TrustLevel

    group = command_group(subparsers, "catalog", "the design catalogue: list, show, import, export, keys")

    p = group.add_parser("list", help="list or search designs")
    p.add_argument("--query", "-q", default="", help="words to search for (title, description, tags, author)")
    p.add_argument("--category", help="only this category, e.g. eyeglasses")
    p.add_argument("--licence", help="only this licence (SPDX id), e.g. CC-BY-4.0")
    p.add_argument("--trust", choices=[t.value for t in TrustLevel], help="only designs of this origin")
    p.add_argument("--bed", nargs=3, type=float, metavar=("X_MM", "Y_MM", "Z_MM"),
                   help="only designs that fit this printer bed")
    p.add_argument("--printer", metavar="PROFILE", help="only designs that fit this printer profile's bed (id or name)")
    p.add_argument("--limit", type=int, default=200, help="at most this many rows (default 200)")
    add_json_flag(p)
    p.set_defaults(func=list_designs)

    p = group.add_parser("show", help="one design with its licence, attribution, files and versions")
    p.add_argument("design_id", metavar="ID")
    add_json_flag(p)
    p.set_defaults(func=show_design)

    p = group.add_parser("edit", help="change an imported design's name, author, licence, source or notes")
    p.add_argument("design_id", metavar="ID")
    p.add_argument("--name", help="the design's name as the catalogue shows it")
    p.add_argument("--author", help="whom to credit (required by most open licences)")
    p.add_argument("--licence", metavar="SPDX", help="the licence's SPDX id, e.g. CC-BY-4.0 (see `catalog licences`)")
    p.add_argument("--source", metavar="URL", help="where the design came from (http:// or https://; \"\" to clear)")
    p.add_argument("--notes", help="notes shown with the design (\"\" to clear)")
    add_json_flag(p)
    p.set_defaults(func=edit_design)

    p = group.add_parser("licences", help="the licences a design may carry, and what each allows")
    add_json_flag(p)
    p.set_defaults(func=list_licences)

    p = group.add_parser("import", help="import a catalogue folder from a stick, STL/3MF files, folders or design zips")
    p.add_argument("path", metavar="PATH", type=Path)
    p.add_argument("--dry-run", action="store_true", help="only report what would change")
    p.add_argument("--licence", default=UNKNOWN_LICENCE, help="licence (SPDX id) for files that don't state one")
    p.add_argument("--author", default="", help="author for files that don't name one")
    p.add_argument("--category", default="other", help="category for imported files")
    p.add_argument("--tag", action="append", default=[], help="tag imported files (repeatable)")
    p.add_argument(
        "--replace", action="append", default=[], metavar="ID",
        help="let the incoming copy of this conflicting design replace the one here (repeatable)",
    )
    add_json_flag(p)
    p.set_defaults(func=import_designs)

    p = group.add_parser("export",
                         help="write or refresh a signed catalogue folder on a stick (only new files are copied)")
    p.add_argument("dest", metavar="DEST", type=Path)
    p.add_argument("--design", action="append", default=[], metavar="ID", help="export only this design (repeatable)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace another lab's catalogue on the stick even if not imported here")
    add_json_flag(p)
    p.set_defaults(func=export_designs)

    keys = group.add_parser("keys", help="this lab's signing key and the publishers it trusts")
    keys.set_defaults(func=key_show)
    add_json_flag(keys)
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION")
    p = actions.add_parser("show", help="this lab's public key and fingerprint (read it to other labs)")
    add_json_flag(p)
    p.set_defaults(func=key_show)
    p = actions.add_parser("list", help="publishers this lab trusts")
    add_json_flag(p)
    p.set_defaults(func=key_list)
    p = actions.add_parser("trust", help="trust a publisher, from its public key or a catalogue it signed")
    p.add_argument("source", metavar="KEY_OR_CATALOGUE", help="the base64 public key, or a catalogue folder it signed")
    p.add_argument("--name", required=True, help="the publishing lab's name")
    p.add_argument("--fingerprint", required=True, help="the fingerprint the other lab read to you, to confirm")
    add_json_flag(p)
    p.set_defaults(func=key_trust)
    p = actions.add_parser("forget", help="stop trusting a publisher")
    p.add_argument("fingerprint")
    add_json_flag(p)
    p.set_defaults(func=key_forget)


def list_designs(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.records import SearchQuery, TrustLevel
    from catalog.store import CatalogError

    catalog = ctx.services().catalog
    bed = tuple(args.bed) if args.bed else None
    if args.printer:
        try:
            bed = catalog.printer_bed(args.printer).bed_mm
        except CatalogError as exc:
            raise CliError(str(exc)) from exc
    query = SearchQuery(
        text=args.query,
        category=args.category,
        licence=args.licence,
        trust=TrustLevel(args.trust) if args.trust else None,
        bed_mm=bed,
        limit=max(1, args.limit),
    )
    designs = catalog.search(query)
    total = catalog.count(query)
    data = {"total": total, "designs": [d.to_json() for d in designs]}
    if not designs:
        text = _("No designs match.") if args.query or args.category or args.licence or bed else _(
            "The catalogue is empty: import designs with `heliofab catalog import PATH`."
        )
        return CommandResult(data, text)
    rows = [[d.id, d.title[:40], d.category, d.licence, d.trust.value, d.version] for d in designs]
    text = format_table([_("ID"), _("TITLE"), _("CATEGORY"), _("LICENCE"), _("ORIGIN"), "V"], rows)
    if total > len(designs):
        text += "\n… " + _("{count} more (use --limit or --query)").format(count=total - len(designs))
    return CommandResult(data, text)


def show_design(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.licences import readable_attribution
    from catalog.signing import format_fingerprint
    from catalog.store import CatalogError

    try:
        detail = ctx.services().catalog.get(args.design_id)
    except CatalogError as exc:
        raise CliError(str(exc)) from exc
    s = detail.summary
    origin = _(_TRUST_WORDS.get(s.trust.value, s.trust.value))
    if s.publisher_fingerprint:
        origin += ", " + _("publisher {fingerprint}").format(fingerprint=format_fingerprint(s.publisher_fingerprint))
    lines = [
        _("{title}  ({id}, version {version})").format(title=s.title, id=s.id, version=s.version),
        _field(_("Category:"), s.category),
        _field(_("Tags:"), ", ".join(s.tags) or "-"),
        _field(_("Author:"), s.author or "-"),
        _field(_("Licence:"), f"{detail.licence_info.label} ({s.licence})"),
        _field(_("Attribution:"), readable_attribution(detail.attribution) or "-"),
        _field(_("Source:"), detail.source or "-"),
        _field(_("Origin:"), origin),
    ]
    if s.is_locally_edited:
        lines.append(_("Edited in this lab: imports never replace it."))
    if detail.licence_info.needs_sale_confirmation:
        lines.append(_("Selling prints of this design needs the operator's confirmation (licence)."))
    if s.bbox_mm:
        lines.append(_field(_("Size:"), "{:.1f} × {:.1f} × {:.1f} mm".format(*s.bbox_mm)))
    if detail.description:
        lines += ["", detail.description]
    if detail.files:
        lines += ["", _("Files:")] + [
            f"  {f.role:8} {f.filename}  (" + ngettext("{size:,} byte", "{size:,} bytes", f.size_bytes).format(
                size=f.size_bytes) + ")"
            for f in detail.files
        ]
    lines.append(_field(_("Versions:"), ", ".join(str(v) for v in detail.versions)))
    return CommandResult(detail.to_json(), "\n".join(lines))


# A design's origin as the operator reads it; the stored values stay English for --json and the database.
_TRUST_WORDS = {
    "bundled": N_("bundled"),
    "local": N_("local"),
    "trusted": N_("trusted"),
    "unknown_publisher": N_("unknown publisher"),
    "unsigned": N_("unsigned"),
}
_CHANGE_WORDS = {
    "new": N_("new"),
    "updated": N_("updated"),
    "unchanged": N_("unchanged"),
    "older": N_("older"),
    "conflict": N_("conflict"),
}


def _field(label: str, value: str) -> str:
    """A labelled line, the values aligned whatever the label's length in the operator's language."""
    return f"{label:<13}{value}" if len(label) < 13 else f"{label} {value}"


def edit_design(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.design_edit import DesignDetailsEdit, DesignEditError
    from catalog.store import CatalogError

    edit = DesignDetailsEdit(name=args.name, author=args.author, licence=args.licence, source=args.source,
                             notes=args.notes)
    if edit == DesignDetailsEdit():
        raise CliError(_("Say what to change: --name, --author, --licence, --source or --notes."), exit_code=2)
    try:
        detail = ctx.services().catalog.edit_details(args.design_id, edit)
    except (DesignEditError, CatalogError) as exc:
        raise CliError(str(exc)) from exc
    s = detail.summary
    text = _("{title} ({id}) is now version {version}: {licence}, credit: {credit}.").format(
        title=s.title, id=s.id, version=s.version, licence=detail.licence_info.name,
        credit=detail.attribution or s.author or "-")
    return CommandResult(detail.to_json(), text)


def list_licences(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.licences import known_licences, plain_summary

    licences = known_licences()
    data = [{"spdx": info.spdx, "name": info.name, "summary": plain_summary(info)} for info in licences]
    text = "\n".join(f"{info.spdx}\n  " + _("{name}: {summary}").format(name=info.label, summary=plain_summary(info))
                     for info in licences)
    return CommandResult(data, text)


def _outcome_text(outcome: ImportOutcome) -> str:
    from catalog.changes import ChangeKind

    plan = outcome.plan
    head = (_("Would import from {source} ({kind}): {counts}") if outcome.is_dry_run
            else _("Imported from {source} ({kind}): {counts}"))
    summary = plan.summary()
    counts = ", ".join(f"{summary[k.value]} {_(_CHANGE_WORDS[k.value])}" for k in ChangeKind)
    lines = [head.format(source=outcome.source, kind=outcome.kind, counts=counts)]
    if outcome.kind == "bundle":
        origin = {
            "trusted": _("signed by a publisher this lab trusts"),
            "unknown_publisher": _("signed by a publisher this lab does not trust yet: designs are marked as such"),
            "unsigned": _("NOT signed: designs are marked unsigned"),
        }.get(plan.trust.value, plan.trust.value)
        fingerprint = outcome.fingerprint_readable or _("none")
        if outcome.publisher_name:
            lines.append(_("Publisher '{name}': {fingerprint} ({origin})").format(
                name=outcome.publisher_name, fingerprint=fingerprint, origin=origin))
        else:
            lines.append(_("Publisher: {fingerprint} ({origin})").format(fingerprint=fingerprint, origin=origin))
    for change in plan.changes:
        if change.kind is not ChangeKind.UNCHANGED:
            lines.append(f"  {_(_CHANGE_WORDS[change.kind.value]):9} {change.design_id}: {change.reason}")
    if plan.count(ChangeKind.CONFLICT):
        lines.append(_("Conflicting designs were kept as they are here; to take the incoming copy, import again "
                       "with --replace ID."))
    lines += ["  " + _("warning: {warning}").format(warning=w) for w in outcome.warnings]
    return "\n".join(lines)


def import_designs(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.catalog_service import CatalogImportError
    from catalog.records import ImportDefaults
    from catalog.signing import SigningError
    from catalog.store import CatalogError

    defaults = ImportDefaults(licence=args.licence, author=args.author, category=args.category, tags=tuple(args.tag))
    try:
        outcome = ctx.services().catalog.import_path(
            args.path, defaults=defaults, is_dry_run=args.dry_run, replace_ids=frozenset(args.replace)
        )
    except (CatalogImportError, CatalogError, SigningError) as exc:
        raise CliError(_("{error} The catalogue is unchanged.").format(error=exc)) from exc
    return CommandResult(outcome.to_json(), _outcome_text(outcome))


def _export_summary(report: ExportReport) -> str:
    """One line saying what the export did on the stick; "nothing changed" only when it wrote and removed nothing."""
    parts = [ngettext("{count:,} design", "{count:,} designs", report.design_count).format(count=report.design_count)]
    if report.is_unchanged:
        return parts[0] + "; " + ngettext(
            "all {count:,} file already there, nothing changed", "all {count:,} files already there, nothing changed",
            report.objects_skipped).format(count=report.objects_skipped)
    new_files = report.objects_copied - report.objects_repaired
    copied = (ngettext("copied {count:,} new file", "copied {count:,} new files", new_files).format(count=new_files)
              if new_files else _("no new files"))
    if report.objects_repaired:
        copied += ", " + ngettext("rewrote {count:,} damaged file", "rewrote {count:,} damaged files",
                                  report.objects_repaired).format(count=report.objects_repaired)
    size = ngettext("{count:,} byte", "{count:,} bytes", report.bytes_copied).format(count=report.bytes_copied)
    parts.append(_("{copied} ({size}), {skipped:,} already there").format(
        copied=copied, size=size, skipped=report.objects_skipped))
    if report.objects_removed:
        parts.append(ngettext("removed {count:,} file no longer needed", "removed {count:,} files no longer needed",
                              report.objects_removed).format(count=report.objects_removed))
    if not report.is_manifest_rewritten:
        parts.append(_("the list of designs is unchanged"))
    return "; ".join(parts)


def export_designs(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.bundle import BundleError
    from catalog.signing import SigningError
    from catalog.store import CatalogError

    try:
        report = ctx.services().catalog.export(args.dest, args.design or None, is_overwrite=args.overwrite)
    except (BundleError, CatalogError, SigningError) as exc:
        raise CliError(str(exc)) from exc
    text = _("Catalogue at {root}: {summary}.").format(root=report.root, summary=_export_summary(report))
    if report.design_count == 0 and not args.design:
        text += " " + _nothing_exported(ctx.services().catalog.export_held_back())
    return CommandResult(report.to_json(), text)


def _nothing_exported(held: HeldBack) -> str:
    """Why a lab's export carried no design: the operator expected its catalogue on the stick."""
    text = _("Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported "
             "or made go on the stick.")
    if held.untrusted:
        text += " " + ngettext(
            "{count} imported design from an unknown publisher or an unsigned catalogue stays off it too: exporting "
            "it would vouch for it with this lab's signature.",
            "{count} imported designs from an unknown publisher or an unsigned catalogue stay off it too: exporting "
            "them would vouch for them with this lab's signature.",
            held.untrusted).format(count=held.untrusted)
    return text


def key_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.signing import SigningError

    try:
        info = ctx.services().catalog.key_info()
    except SigningError as exc:
        raise CliError(str(exc)) from exc
    text = "\n".join(
        [
            _field(_("Lab:"), info.lab_name),
            _field(_("Fingerprint:"), info.fingerprint_readable),
            _field(_("Public key:"), info.public_key_b64),
            _("Read the fingerprint to the other lab over the phone; they run"),
            f"  heliofab catalog keys trust {info.public_key_b64} --name \"{info.lab_name}\" --fingerprint "
            f"\"{info.fingerprint_readable}\"",
        ]
    )
    return CommandResult(info.to_json(), text)


def key_list(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.signing import format_fingerprint

    publishers = ctx.services().catalog.trusted_publishers()
    data = [p.to_json() for p in publishers]
    if not publishers:
        return CommandResult(data, _("No trusted publishers yet: add one with `heliofab catalog keys trust`."))
    return CommandResult(data,
                         format_table([_("NAME"), _("FINGERPRINT")],
                                      [[p.name, format_fingerprint(p.fingerprint)] for p in publishers]))


def key_trust(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.bundle import BundleError, read_bundle
    from catalog.signing import SigningError, format_fingerprint

    source = args.source
    public_key = source
    candidate = Path(source)
    if candidate.exists():
        try:
            contents = read_bundle(candidate)
        except BundleError as exc:
            raise CliError(str(exc)) from exc
        if contents.public_key_b64 is None:
            raise CliError(_("That catalogue is not signed: ask the other lab for its public key instead."))
        public_key = contents.public_key_b64
    try:
        publisher = ctx.services().catalog.trust_publisher(public_key, args.name, args.fingerprint)
    except SigningError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult(publisher.to_json(),
                         _("Trusted {name} ({fingerprint}).").format(
                             name=publisher.name, fingerprint=format_fingerprint(publisher.fingerprint)))


def key_forget(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.signing import SigningError

    try:
        ctx.services().catalog.forget_publisher(args.fingerprint)
    except SigningError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult({"forgotten": args.fingerprint}, _("Done: designs already imported keep their origin marks."))
