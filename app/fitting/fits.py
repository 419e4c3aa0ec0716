"""Saved fits: everything needed to print the same frame again, and JSON export/import of one fit.

A fit JSON file is an explicit export the operator makes: it carries the customer's code, never
their name or contact, and is never part of a catalogue bundle.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.fitting.customers import fit_summary, measurement_view
from app.fitting.errors import (
    CustomerNotFoundError,
    FitFormatError,
    FitInputError,
    FitNotFoundError,
)
from app.fitting.values import FLUID_MODULE_SHAPE, FitRecord, FitSummary
from catalog.blobstore import atomic_write_bytes
from catalog.frames import (
    FrameRejectedError,
    FrameResult,
    FrameStyle,
    ParameterError,
    ParameterSet,
    UnknownStyleError,
    generate_frame,
    get_style,
    resolve_params,
)
from catalog.frames.declarations import RETIRED_NAMES
from catalog.frames.styles import FAMILY_FLUID
from db.engine import unit_of_work
from db.models import Customer, Design, DesignTrust, Fit, LensStock, Measurement
from i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

FIT_FILE_KIND = "heliofab-fit"
FIT_SCHEMA_VERSION = 1
MAX_FIT_FILE_BYTES = 1 << 20


def _jsonable(mapping: Mapping[str, Any] | None, what: str) -> dict[str, Any]:
    data = dict(mapping or {})
    try:
        json.dumps(data, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise FitInputError(_("The fit's {what} cannot be saved ({error}): report this as a bug.").format(
                what=what, error=exc)) from exc
    return data


def _style_or_error(style_id: str) -> FrameStyle:
    try:
        return get_style(style_id)
    except UnknownStyleError as exc:
        raise FitInputError(str(exc)) from exc


def _ensure_design_row(session: Session, style: FrameStyle) -> None:
    """Fits point at a design row; bundled frame styles get theirs the first time one is fitted."""
    if session.get(Design, style.id) is not None:
        return
    session.add(
        Design(
            id=style.id,
            title=style.title,
            description=style.description,
            category=style.category,
            tags=list(style.tags),
            author=style.author,
            licence=style.licence,
            attribution=style.attribution,
            source="bundled frame style",
            is_parametric=True,
            trust=DesignTrust.BUNDLED,
        )
    )
    session.flush()


def save_fit(
    session_factory: sessionmaker[Session],
    customer_id: int,
    style_id: str,
    params: ParameterSet,
    derived: Mapping[str, Any] | None = None,
    lenses: Mapping[str, Any] | None = None,
    paper_check_changes: Mapping[str, Any] | None = None,
    *,
    measurement_id: int | None = None,
    design_version: int | None = None,
    notes: str = "",
    is_self_tuned: bool = False,
    lens_module_id: int | None = None,
    lens_module: str = "",
) -> FitRecord:
    """Record a fit of `params`, the style's ParameterSet; the database keeps its values as JSON.

    `paper_check_changes` says what was changed after holding the paper template to the face,
    e.g. {"bridge_mm": {"from": 18, "to": 19}, "note": "bridge pinched"}.
    """
    style = _style_or_error(style_id)
    try:
        resolved = resolve_params(style.id, params)
    except ParameterError as exc:
        raise FitInputError(str(exc)) from exc
    derived_data = _jsonable(derived, "derived numbers")
    lens_data = _jsonable(lenses, "lens choice")
    changes = _jsonable(paper_check_changes, "paper-check changes")
    with unit_of_work(session_factory) as session:
        if session.get(Customer, customer_id) is None:
            raise CustomerNotFoundError(_("Customer {customer_id} does not exist (deleted?): pick another "
                                          "customer.").format(
                    customer_id=customer_id))
        if measurement_id is not None:
            measurement = session.get(Measurement, measurement_id)
            if measurement is None or measurement.customer_id != customer_id:
                raise FitInputError(_("Measurement {measurement_id} is not one of this customer's: pick "
                                      "another.").format(
                        measurement_id=measurement_id))
        _ensure_design_row(session, style)
        row = Fit(
            customer_id=customer_id,
            measurement_id=measurement_id,
            design_id=style.id,
            design_version=style.version if design_version is None else design_version,
            parameters=_jsonable(resolved.as_dict(), "parameters"),
            derived=derived_data,
            lenses=lens_data,
            paper_check_changes=changes,
            notes=notes.strip(),
        )
        session.add(row)
        if is_self_tuned or lens_module_id is not None or lens_module:
            _set_self_tuning(session, row, style, is_self_tuned, lens_module_id, lens_module)
        session.flush()
        return _record(session, row)


def record_self_tuning(session_factory: sessionmaker[Session], fit_id: int, *, is_self_tuned: bool,
                       lens_module_id: int | None) -> FitRecord:
    """Record on a saved fit that the customer tuned the fluid lenses themselves, and which module was used."""
    with unit_of_work(session_factory) as session:
        row = _get(session, fit_id)
        style = _style_or_error(row.design_id)
        _set_self_tuning(session, row, style, is_self_tuned, lens_module_id, "")
        session.flush()
        return _record(session, row)


def _set_self_tuning(session: Session, row: Fit, style: FrameStyle, is_self_tuned: bool,
                     lens_module_id: int | None, lens_module: str) -> None:
    if style.family != FAMILY_FLUID:
        raise FitInputError(
            _("{title} takes edged lenses, which the customer cannot tune: only self-adjustable frames have"
              " lenses the customer tunes.").format(
                    title=style.title)
        )
    label = lens_module.strip()
    if lens_module_id is not None:
        stock = session.get(LensStock, lens_module_id)
        if stock is None or stock.shape != FLUID_MODULE_SHAPE:
            raise FitInputError(
                _("Lens stock line {lens_module_id} is not a fluid lens module: choose a module from the "
                  "lens stock.").format(
                        lens_module_id=lens_module_id)
            )
        thick = "" if stock.thickness_mm is None else f", {stock.thickness_mm:g} mm thick"
        label = f"fluid module Ø{stock.diameter_mm:g} mm{thick}"
    row.is_self_tuned = is_self_tuned
    row.lens_module_id = lens_module_id
    row.lens_module = label


def update_paper_check(session_factory: sessionmaker[Session], fit_id: int, params: ParameterSet,
                       changes: Mapping[str, Any]) -> FitRecord:
    """After the paper check: store the adjusted parameters (the fit's set with the adjustments applied,
    e.g. `get_fit(...).parameters.with_changes(...)`) and what changed, on the same fit."""
    with unit_of_work(session_factory) as session:
        row = _get(session, fit_id)
        try:
            # A set made for another style is refused here rather than stored under this fit's style.
            resolved = resolve_params(row.design_id, params)
        except (ParameterError, UnknownStyleError) as exc:
            raise FitInputError(str(exc)) from exc
        row.parameters = _jsonable(resolved.as_dict(), "parameters")
        row.paper_check_changes = {**(row.paper_check_changes or {}), **_jsonable(changes, "paper-check changes")}
        session.flush()
        return _record(session, row)


def get_fit(session_factory: sessionmaker[Session], fit_id: int) -> FitRecord:
    with session_factory() as session:
        return _record(session, _get(session, fit_id))


def list_fits(session_factory: sessionmaker[Session], customer_id: int | None = None) -> list[FitSummary]:
    with session_factory() as session:
        stmt = select(Fit).order_by(Fit.created_at.desc(), Fit.id.desc())
        if customer_id is not None:
            stmt = stmt.where(Fit.customer_id == customer_id)
        return [fit_summary(row) for row in session.scalars(stmt)]


def fit_to_json(session_factory: sessionmaker[Session], fit_id: int) -> dict[str, Any]:
    """The fit as a self-describing document (plus an OpenSCAD Customizer parameter set)."""
    with session_factory() as session:
        row = _get(session, fit_id)
        record = _record(session, row)
        measurement = None
        if row.measurement_id is not None:
            found = session.get(Measurement, row.measurement_id)
            if found is not None:
                view = measurement_view(found).to_json()
                view.pop("photo_sha256", None)  # photos stay on this laptop
                measurement = view
    set_name = f"{record.customer_code} {record.created_at:%Y-%m-%d}"
    return {
        "kind": FIT_FILE_KIND,
        "schema_version": FIT_SCHEMA_VERSION,
        "app_version": __version__,
        "exported_at": datetime.now(timezone.utc).isoformat(),
        "created_at": record.created_at.isoformat(),
        "customer_code": record.customer_code,
        "frame_model": f"{record.design_id}@{record.design_version}",
        "design_id": record.design_id,
        "design_version": record.design_version,
        "parameters": record.parameters.as_dict(),
        "derived": record.derived,
        "lenses": record.lenses,
        "paper_check_changes": record.paper_check_changes,
        "is_self_tuned": record.is_self_tuned,
        "lens_module": record.lens_module,
        "measurement": measurement,
        "notes": record.notes,
        "openscad_parameter_sets": {
            "fileFormatVersion": "1",
            "parameterSets": {set_name: {k: _openscad_value(v) for k, v in record.parameters.items()}},
        },
    }


def export_fit(session_factory: sessionmaker[Session], fit_id: int, target: Path) -> Path:
    """Write the fit's JSON atomically (temp file + rename)."""
    data = fit_to_json(session_factory, fit_id)
    atomic_write_bytes(target, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return target


def import_fit(session_factory: sessionmaker[Session], source: Path, *, customer_id: int | None = None) -> FitRecord:
    """Read a fit JSON file and save it as a new fit of `customer_id` (or of the customer with the
    file's code). The file is fully checked before anything is written."""
    try:
        if source.stat().st_size > MAX_FIT_FILE_BYTES:
            raise FitFormatError(_("{name} is too big to be a fit file: choose the .json a fit export "
                                   "wrote.").format(
                    name=source.name))
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FitFormatError(_("{source} does not exist: check the file name.").format(source=source)) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FitFormatError(_("{name} is not a fit file (not JSON): choose the .json a fit export wrote.").format(
                name=source.name)) from exc
    if not isinstance(data, dict) or data.get("kind") != FIT_FILE_KIND:
        raise FitFormatError(_("{name} is not a Heliofab fit file: choose the .json a fit export wrote.").format(
                name=source.name))
    if data.get("schema_version") != FIT_SCHEMA_VERSION:
        raise FitFormatError(
            _("{name} uses fit format {value!r}; this Heliofab reads format {FIT_SCHEMA_VERSION}: update "
              "Heliofab.").format(
                    name=source.name, value=data.get('schema_version'), FIT_SCHEMA_VERSION=FIT_SCHEMA_VERSION)
        )
    for key, kind in (("design_id", str), ("design_version", int), ("parameters", dict)):
        if not isinstance(data.get(key), kind):
            raise FitFormatError(_("{name} has no valid {key}: the file is damaged.").format(
                    name=source.name, key=key))
    for key in ("derived", "lenses", "paper_check_changes"):
        if not isinstance(data.get(key, {}), dict):
            raise FitFormatError(_("{name} has no valid {key}: the file is damaged.").format(
                    name=source.name, key=key))
    if customer_id is None:
        code = data.get("customer_code")
        with session_factory() as session:
            customer_id = session.scalar(select(Customer.id).where(Customer.code == code)) if code else None
        if customer_id is None:
            raise CustomerNotFoundError(
                _("No customer here has code {code!r}: add them first, or choose the customer to import the"
                  " fit for.").format(
                        code=code)
            )
    listed_notes, listed_module = data.get("notes"), data.get("lens_module")
    notes = listed_notes if isinstance(listed_notes, str) else ""
    # The module's stock line belongs to the lab that exported the fit: only its description travels.
    module = listed_module if isinstance(listed_module, str) else ""
    return save_fit(
        session_factory,
        customer_id,
        data["design_id"],
        fit_file_parameters(data["design_id"], data["parameters"]),
        data.get("derived", {}),
        data.get("lenses", {}),
        data.get("paper_check_changes", {}),
        design_version=data["design_version"],
        notes=f"{notes} (imported from {source.name})".strip(),
        is_self_tuned=data.get("is_self_tuned") is True,
        lens_module=module,
    )


@dataclass(frozen=True)
class Reprint:
    fit: FitRecord
    frame: FrameResult
    is_style_newer: bool  # the style changed since the fit was saved: check the paper template again


def reprint_fit(
    session_factory: sessionmaker[Session], fit_id: int, *, bed_x_mm: float = 220.0, bed_y_mm: float = 220.0
) -> Reprint:
    """Regenerate a saved fit's parts with its stored parameters (ready for the slicer and the queue)."""
    record = get_fit(session_factory, fit_id)
    style = _style_or_error(record.design_id)
    try:
        frame = generate_frame(style.id, record.parameters, bed_x_mm=bed_x_mm, bed_y_mm=bed_y_mm)
    except ParameterError as exc:
        raise FitInputError(_("Fit {fit_id} no longer suits this style version: {error}").format(
                fit_id=fit_id, error=exc)) from exc
    except FrameRejectedError as exc:
        raise FitInputError(_("Fit {fit_id} no longer passes the frame checks: {error}").format(
                fit_id=fit_id, error=exc)) from exc
    return Reprint(record, frame, style.version != record.design_version)


def write_reprint(reprint: Reprint, out_dir: Path) -> list[Path]:
    """One STL per part plus the fit's parameters, each written atomically."""
    written: list[Path] = []
    stem = f"fit{reprint.fit.id}-{reprint.fit.design_id}"
    for part in reprint.frame.parts:
        target = out_dir / f"{stem}-{part.name}.stl"
        stl = part.mesh.export(file_type="stl")
        assert isinstance(stl, bytes), "trimesh writes STL as bytes"
        atomic_write_bytes(target, stl)
        written.append(target)
    summary = {
        "fit_id": reprint.fit.id,
        "customer_code": reprint.fit.customer_code,
        "design_id": reprint.fit.design_id,
        "design_version": reprint.fit.design_version,
        "parameters": reprint.fit.parameters.as_dict(),
        "derived": _plain(reprint.frame.derived),
        "parts": [p.name for p in reprint.frame.parts],
    }
    target = out_dir / f"{stem}.json"
    atomic_write_bytes(target, (json.dumps(summary, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    written.append(target)
    return written


def _plain(mapping: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        if isinstance(value, bool | int | str) or value is None:
            out[key] = value
        elif isinstance(value, float):
            out[key] = value if math.isfinite(value) else None
        elif isinstance(value, list | tuple):
            out[key] = [v if isinstance(v, int | float | str | bool) else str(v) for v in value]
        else:
            try:
                out[key] = float(value)
            except (TypeError, ValueError):
                out[key] = str(value)
    return out


def plain_derived(mapping: Mapping[str, Any]) -> dict[str, Any]:
    """Derived numbers from the generator, made JSON-safe for storing in a fit."""
    return _plain(mapping)


def _openscad_value(value: Any) -> str:
    # OpenSCAD parameter sets hold every value as a string.
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _get(session: Session, fit_id: int) -> Fit:
    row = session.get(Fit, fit_id)
    if row is None:
        raise FitNotFoundError(_("Fit {fit_id} does not exist: see `heliofab customers show CODE` for saved"
                                 " fits.").format(
                fit_id=fit_id))
    return row


def _record(session: Session, row: Fit) -> FitRecord:
    customer = session.get(Customer, row.customer_id)
    return FitRecord(
        id=row.id,
        customer_id=row.customer_id,
        customer_code=customer.code if customer is not None else "",
        measurement_id=row.measurement_id,
        design_id=row.design_id,
        design_version=row.design_version,
        parameters=_stored_parameters(row),
        derived=dict(row.derived or {}),
        lenses=dict(row.lenses or {}),
        paper_check_changes=dict(row.paper_check_changes or {}),
        notes=row.notes,
        created_at=row.created_at,
        is_self_tuned=bool(row.is_self_tuned),
        lens_module_id=row.lens_module_id,
        lens_module=row.lens_module or "",
    )


def fit_file_parameters(style_id: str, values: Mapping[str, Any]) -> ParameterSet:
    """The parameters of a fit file (or any operator-given fit values) as the style's ParameterSet: the one
    check of them. Parameters an older Heliofab declared are dropped."""
    from app.customize import resolve_operator_input

    _style_or_error(style_id)
    try:
        return resolve_operator_input(style_id, values)
    except ParameterError as exc:
        raise FitInputError(str(exc)) from exc


def _stored_parameters(row: Fit) -> ParameterSet:
    """A stored fit's JSON values, resolved against its style's declaration as it is today."""
    from app.customize import resolve_operator_input

    try:
        return resolve_operator_input(row.design_id, dict(row.parameters or {}))
    except (ParameterError, UnknownStyleError) as exc:
        raise FitInputError(_("Fit {fit_id} no longer suits this style version: {error}").format(
                fit_id=row.id, error=exc)) from exc


def parameter_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """What changed between the parameters handed to the customizer and those saved, as
    {"name": {"from": old, "to": new}}: after the paper check, these are the adjustments made."""
    changes: dict[str, Any] = {}
    # A fit saved by an older version may name a parameter no style declares any more: not an adjustment.
    for name in sorted((set(before) | set(after)) - set(RETIRED_NAMES)):
        old, new = before.get(name), after.get(name)
        if isinstance(old, int | float) and isinstance(new, int | float) and not isinstance(old, bool):
            if abs(float(old) - float(new)) < 1e-9:
                continue
        elif old == new:
            continue
        changes[name] = {"from": old, "to": new}
    return changes


def lens_choice(
    stock: Any | None, *, lens_width_mm: float, lens_height_mm: float, power_d: float | None = None
) -> dict[str, Any]:
    """The `lenses` record of a fit: a stock line (LensStockItem) or lenses edged to the frame's shape."""
    if stock is not None:
        return {
            "source": "stock",
            "stock_id": stock.id,
            "label": stock.label,
            "shape": stock.shape,
            "diameter_mm": stock.diameter_mm,
            "height_mm": stock.height_mm,
            "power_d": stock.power_d,
        }
    return {"source": "edged", "lens_width_mm": lens_width_mm, "lens_height_mm": lens_height_mm, "power_d": power_d}
