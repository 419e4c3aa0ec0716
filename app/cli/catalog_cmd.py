"""`heliofab catalog …`: list, show, import, export and the lab's signing keys."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group, format_table
from i18n import _

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
    from catalog.signing import format_fingerprint
    from catalog.store import CatalogError

    try:
        detail = ctx.services().catalog.get(args.design_id)
    except CatalogError as exc:
        raise CliError(str(exc)) from exc
    s = detail.summary
    lines = [
        f"{s.title}  ({s.id}, version {s.version})",
        f"Category:    {s.category}",
        f"Tags:        {', '.join(s.tags) or '-'}",
        f"Author:      {s.author or '-'}",
        f"Licence:     {detail.licence_info.name} ({s.licence})",
        f"Attribution: {detail.attribution or '-'}",
        f"Source:      {detail.source or '-'}",
        f"Origin:      {s.trust.value}"
        + (f", publisher {format_fingerprint(s.publisher_fingerprint)}" if s.publisher_fingerprint else ""),
    ]
    if s.is_locally_edited:
        lines.append("Edited in this lab: imports never replace it.")
    if detail.licence_info.needs_sale_confirmation:
        lines.append("Selling prints of this design needs the operator's confirmation (licence).")
    if s.bbox_mm:
        lines.append("Size:        {:.1f} × {:.1f} × {:.1f} mm".format(*s.bbox_mm))
    if detail.description:
        lines += ["", detail.description]
    if detail.files:
        lines += ["", "Files:"] + [f"  {f.role:8} {f.filename}  ({f.size_bytes:,} bytes)" for f in detail.files]
    lines.append(f"Versions:    {', '.join(str(v) for v in detail.versions)}")
    return CommandResult(detail.to_json(), "\n".join(lines))


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
    text = (f"{s.title} ({s.id}) is now version {s.version}: {detail.licence_info.name}, "
            f"credit: {detail.attribution or s.author or '-'}.")
    return CommandResult(detail.to_json(), text)


def list_licences(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.licences import known_licences, plain_summary

    licences = known_licences()
    data = [{"spdx": info.spdx, "name": info.name, "summary": plain_summary(info)} for info in licences]
    text = "\n".join(f"{info.spdx}\n  {info.name}: {plain_summary(info)}" for info in licences)
    return CommandResult(data, text)


def _outcome_text(outcome: ImportOutcome) -> str:
    from catalog.changes import ChangeKind

    plan = outcome.plan
    head = "Would import" if outcome.is_dry_run else "Imported"
    summary = plan.summary()
    lines = [
        f"{head} from {outcome.source} ({outcome.kind}): "
        + ", ".join(f"{summary[k.value]} {k.value}" for k in ChangeKind)
    ]
    if outcome.kind == "bundle":
        origin = {
            "trusted": "signed by a publisher this lab trusts",
            "unknown_publisher": "signed by a publisher this lab does not trust yet: designs are marked as such",
            "unsigned": "NOT signed: designs are marked unsigned",
        }.get(plan.trust.value, plan.trust.value)
        name = f" '{outcome.publisher_name}'" if outcome.publisher_name else ""
        lines.append(f"Publisher{name}: {outcome.fingerprint_readable or 'none'} ({origin})")
    for change in plan.changes:
        if change.kind is not ChangeKind.UNCHANGED:
            lines.append(f"  {change.kind.value:9} {change.design_id}: {change.reason}")
    if plan.count(ChangeKind.CONFLICT):
        lines.append("Conflicting designs were kept as they are here; to take the incoming copy, import again with "
                     "--replace ID.")
    lines += [f"  warning: {w}" for w in outcome.warnings]
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


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _export_summary(report: ExportReport) -> str:
    """One line saying what the export did on the stick; "nothing changed" only when it wrote and removed nothing."""
    parts = [_count(report.design_count, "design")]
    if report.is_unchanged:
        return f"{parts[0]}; all {_count(report.objects_skipped, 'file')} already there, nothing changed"
    new_files = report.objects_copied - report.objects_repaired
    copied = f"copied {_count(new_files, 'new file')}" if new_files else "no new files"
    if report.objects_repaired:
        copied += f", rewrote {_count(report.objects_repaired, 'damaged file')}"
    parts.append(f"{copied} ({_count(report.bytes_copied, 'byte')}), {report.objects_skipped:,} already there")
    if report.objects_removed:
        parts.append(f"removed {_count(report.objects_removed, 'file')} no longer needed")
    if not report.is_manifest_rewritten:
        parts.append("the list of designs is unchanged")
    return "; ".join(parts)


def export_designs(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.bundle import BundleError
    from catalog.signing import SigningError
    from catalog.store import CatalogError

    try:
        report = ctx.services().catalog.export(args.dest, args.design or None, is_overwrite=args.overwrite)
    except (BundleError, CatalogError, SigningError) as exc:
        raise CliError(str(exc)) from exc
    text = f"Catalogue at {report.root}: {_export_summary(report)}."
    if report.design_count == 0 and not args.design:
        text += " " + _nothing_exported(ctx.services().catalog.export_held_back())
    return CommandResult(report.to_json(), text)


def _nothing_exported(held: HeldBack) -> str:
    """Why a lab's export carried no design: the operator expected its catalogue on the stick."""
    text = ("Bundled designs travel with Heliofab itself (every copy has them): only designs this lab imported "
            "or made go on the stick.")
    if held.untrusted:
        text += (f" {held.untrusted} imported designs from an unknown publisher or an unsigned catalogue stay off it "
                 "too: exporting them would vouch for them with this lab's signature.")
    return text


def key_show(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.signing import SigningError

    try:
        info = ctx.services().catalog.key_info()
    except SigningError as exc:
        raise CliError(str(exc)) from exc
    text = "\n".join(
        [
            f"Lab:         {info.lab_name}",
            f"Fingerprint: {info.fingerprint_readable}",
            f"Public key:  {info.public_key_b64}",
            "Read the fingerprint to the other lab over the phone; they run",
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
        return CommandResult(data, "No trusted publishers yet: add one with `heliofab catalog keys trust`.")
    return CommandResult(data,
                         format_table(["NAME", "FINGERPRINT"],
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
                         f"Trusted {publisher.name} ({format_fingerprint(publisher.fingerprint)}).")


def key_forget(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from catalog.signing import SigningError

    try:
        ctx.services().catalog.forget_publisher(args.fingerprint)
    except SigningError as exc:
        raise CliError(str(exc)) from exc
    return CommandResult({"forgotten": args.fingerprint}, "Done: designs already imported keep their origin marks.")
