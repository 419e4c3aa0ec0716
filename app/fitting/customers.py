"""Customers, their measurements over time and their photos: local to this laptop only."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.fitting.blob_refs import delete_unreferenced_blobs
from app.fitting.errors import CustomerInputError, CustomerNotFoundError, MeasurementError, PhotoConsentError
from app.fitting.pd import check_far_pd, check_mono_pd, check_near_pd
from app.fitting.photo_check import check_photo
from app.fitting.values import (
    AGE_GROUPS,
    CustomerDetail,
    CustomerInput,
    CustomerSummary,
    FitSummary,
    MeasurementInput,
    MeasurementView,
    OrderView,
    PhotoView,
)
from catalog.blobstore import register_blob
from catalog.text_clean import clean_block, clean_line
from db.engine import unit_of_work
from db.models import AgeGroup, Customer, CustomerPhoto, Fit, Measurement, PrintJob
from i18n import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from catalog.blobstore import BlobStore

MAX_NAME_CHARS = 200
MAX_CODE_CHARS = 40
MAX_CONTACT_CHARS = 200

# Plausible ranges for the optional face measures; outside them the number was mistyped.
_RANGES_MM: dict[str, tuple[float, float, str]] = {
    "head_width_mm": (100.0, 200.0, N_("head width")),
    "front_to_bend_mm": (60.0, 130.0, N_("front-to-bend length")),
    # Nose widths 10 and 15 mm below the crest (DBR10, DBR15), as the frame styles take them.
    "nose_crest_width_mm": (8.0, 28.0, N_("nose width 10 mm below the crest")),
    "nose_bridge_width_mm": (10.0, 32.0, N_("nose width 15 mm below the crest")),
}
MAX_LENS_POWER_D = 20.0


def _clean_input(data: CustomerInput) -> CustomerInput:
    name, code, contact = clean_line(data.name), clean_line(data.code), clean_line(data.contact)
    if not name and not code:
        raise CustomerInputError(_("Give the customer a name or a code."))
    if len(name) > MAX_NAME_CHARS:
        raise CustomerInputError(_("The name is longer than {MAX_NAME_CHARS} characters: shorten it.").format(
                MAX_NAME_CHARS=MAX_NAME_CHARS))
    if len(code) > MAX_CODE_CHARS:
        raise CustomerInputError(_("The code is longer than {MAX_CODE_CHARS} characters: shorten it.").format(
                MAX_CODE_CHARS=MAX_CODE_CHARS))
    if len(contact) > MAX_CONTACT_CHARS:
        raise CustomerInputError(_("The contact is longer than {MAX_CONTACT_CHARS} characters: shorten it.").format(
                MAX_CONTACT_CHARS=MAX_CONTACT_CHARS))
    if data.age_group not in AGE_GROUPS:
        raise CustomerInputError(_("Age group must be one of: {value}.").format(value=', '.join(AGE_GROUPS)))
    return CustomerInput(name, code, contact, data.age_group, clean_block(data.notes), data.has_photo_consent)


def _next_code(session: Session) -> str:
    highest = session.scalar(select(func.max(Customer.id))) or 0
    number = highest + 1
    while session.scalar(select(Customer.id).where(Customer.code == f"C{number:04d}")) is not None:
        number += 1
    return f"C{number:04d}"


def add_customer(
    session_factory: sessionmaker[Session], data: CustomerInput, measurement: MeasurementInput | None = None
) -> CustomerSummary:
    """Add a customer, with a first measurement if given; both are checked before either is saved."""
    clean = _clean_input(data)
    if measurement is not None:
        _validate_measurement(measurement)
    try:
        # Immediate: the next free code is read and taken under one write lock, so processes adding
        # customers at the same moment never pick the same code.
        with unit_of_work(session_factory, is_immediate=True) as session:
            code = clean.code or _next_code(session)
            if session.scalar(select(Customer.id).where(Customer.code == code)) is not None:
                raise CustomerInputError(_("Code {code} is already used by another customer: choose another"
                                           " code.").format(
                        code=code))
            row = Customer(
                code=code,
                name=clean.name,
                contact=clean.contact,
                age_group=AgeGroup(clean.age_group),
                notes=clean.notes,
                has_photo_consent=clean.has_photo_consent,
            )
            session.add(row)
            session.flush()
            if measurement is not None:
                session.add(_measurement_row(row.id, measurement))
                session.flush()
            return _summary(session, row)
    except IntegrityError as exc:  # another laptop process took the code between the check and the insert
        raise CustomerInputError(
            _("Code {code} was just given to another customer: choose another code.").format(code=clean.code)
        ) from exc


def update_customer(
    session_factory: sessionmaker[Session], blobs: BlobStore, customer_id: int, data: CustomerInput
) -> CustomerSummary:
    """Replace the intake fields; withdrawing photo consent deletes the customer's photos."""
    clean = _clean_input(data)
    orphan_candidates: set[str] = set()
    with unit_of_work(session_factory) as session:
        row = _get(session, customer_id)
        code = clean.code or row.code
        clash = session.scalar(select(Customer.id).where(Customer.code == code, Customer.id != customer_id))
        if clash is not None:
            raise CustomerInputError(_("Code {code} is already used by another customer: choose another "
                                       "code.").format(
                    code=code))
        row.code, row.name, row.contact = code, clean.name, clean.contact
        row.age_group, row.notes = AgeGroup(clean.age_group), clean.notes
        if row.has_photo_consent and not clean.has_photo_consent:
            orphan_candidates = _drop_photos(row)
        row.has_photo_consent = clean.has_photo_consent
        summary = _summary(session, row)
        removed = delete_unreferenced_blobs(session, orphan_candidates)
    for sha in removed:
        blobs.delete(sha)
    return summary


def list_customers(
    session_factory: sessionmaker[Session], query: str = "", *, limit: int = 500
) -> list[CustomerSummary]:
    """Customers whose name or code contains `query` (any case, any script), newest first."""
    needle = query.strip().casefold()
    with session_factory() as session:
        stmt = select(Customer).order_by(Customer.created_at.desc(), Customer.id.desc())
        found: list[Customer] = []
        # SQLite's LIKE folds ASCII only ("Émile" vs "émile"), so match in Python: a lab's
        # customer list is small enough for that.
        for row in session.scalars(stmt):
            if needle and needle not in row.name.casefold() and needle not in row.code.casefold():
                continue
            found.append(row)
            if len(found) >= limit:
                break
        ids = [row.id for row in found]
        last_pd: dict[int, float] = {}
        fit_counts: dict[int, int] = {}
        for chunk_start in range(0, len(ids), 400):  # stay under SQLite's bound-parameter limit
            chunk = ids[chunk_start : chunk_start + 400]
            pds = session.execute(
                select(Measurement.customer_id, Measurement.far_pd_mm)
                .where(Measurement.customer_id.in_(chunk), Measurement.far_pd_mm.is_not(None))
                .order_by(Measurement.taken_at, Measurement.id)
            )
            last_pd.update({customer_id: pd for customer_id, pd in pds if pd is not None})  # the newest wins
            counts = session.execute(
                select(Fit.customer_id, func.count(Fit.id)).where(Fit.customer_id.in_(chunk)).group_by(Fit.customer_id)
            )
            fit_counts.update({customer_id: count for customer_id, count in counts})
        return [_summary_from(row, last_pd.get(row.id), fit_counts.get(row.id, 0)) for row in found]


def find_customer(session_factory: sessionmaker[Session], key: str) -> CustomerSummary:
    """A customer by id number or exact code (what an operator types on the command line)."""
    with session_factory() as session:
        row = session.scalar(select(Customer).where(Customer.code == key.strip()))
        if row is None and key.strip().isdigit():
            row = session.get(Customer, int(key.strip()))
        if row is None:
            raise CustomerNotFoundError(_("No customer with code or id {key!r}: see `heliofab customers "
                                          "list`.").format(
                    key=key))
        return _summary(session, row)


def get_customer(session_factory: sessionmaker[Session], customer_id: int) -> CustomerDetail:
    with session_factory() as session:
        row = _get(session, customer_id)
        return CustomerDetail(
            summary=_summary(session, row),
            contact=clean_line(row.contact),
            notes=clean_block(row.notes),
            measurements=tuple(measurement_view(m) for m in row.measurements),
            fits=tuple(fit_summary(f) for f in sorted(row.fits, key=lambda f: (f.created_at, f.id))),
            photos=tuple(PhotoView(p.id, p.blob_sha256, p.taken_at) for p in sorted(row.photos, key=lambda p: p.id)),
            orders=tuple(
                OrderView(
                    j.id, j.name, j.state.value, j.fit_id, j.created_at, j.finished_at, j.used_filament_g,
                    j.printed_minutes, j.used_energy_wh, j.energy_from_sun_wh, j.energy_from_battery_wh,
                    j.energy_source,
                )
                for j in session.scalars(
                    select(PrintJob).where(PrintJob.customer_id == customer_id)
                    .order_by(PrintJob.created_at, PrintJob.id)
                )
            ),
        )


def delete_customer(session_factory: sessionmaker[Session], blobs: BlobStore, customer_id: int) -> None:
    """Delete the customer, their measurements, fits and photos; photo files no other row uses go too."""
    with unit_of_work(session_factory) as session:
        row = _get(session, customer_id)
        candidates = _drop_photos(row)
        session.delete(row)
        session.flush()
        removed = delete_unreferenced_blobs(session, candidates)
    # Files go only after the rows are committed: a crash leaves a stray file, never a dangling row.
    for sha in removed:
        blobs.delete(sha)


def add_measurement(
    session_factory: sessionmaker[Session], customer_id: int, data: MeasurementInput
) -> MeasurementView:
    _validate_measurement(data)
    with unit_of_work(session_factory) as session:
        _get(session, customer_id)
        row = _measurement_row(customer_id, data)
        session.add(row)
        session.flush()
        return measurement_view(row)


def _measurement_row(customer_id: int, data: MeasurementInput) -> Measurement:
    return Measurement(
        customer_id=customer_id,
        method=data.method,
        far_pd_mm=data.far_pd_mm,
        near_pd_mm=data.near_pd_mm,
        mono_far_right_mm=data.mono_far_right_mm,
        mono_far_left_mm=data.mono_far_left_mm,
        mono_near_right_mm=data.mono_near_right_mm,
        mono_near_left_mm=data.mono_near_left_mm,
        head_width_mm=data.head_width_mm,
        front_to_bend_mm=data.front_to_bend_mm,
        nose_crest_width_mm=data.nose_crest_width_mm,
        nose_bridge_width_mm=data.nose_bridge_width_mm,
        lens_power_right_d=data.lens_power_right_d,
        lens_power_left_d=data.lens_power_left_d,
        photo_sha256=data.photo_sha256,
        details=dict(data.details),
        notes=clean_block(data.notes),
    )


def add_customer_photo(
    session_factory: sessionmaker[Session], blobs: BlobStore, customer_id: int, image_path: Path
) -> PhotoView:
    """Keep a photo in the blob store, only with the customer's consent; non-images are refused."""
    info = check_photo(image_path)
    with session_factory() as session:
        if not _get(session, customer_id).has_photo_consent:
            raise PhotoConsentError(
                _("This customer has not agreed to photos being kept: ask them, tick consent, then add the "
                  "photo.")
            )
    ref = blobs.put_file(image_path)
    with unit_of_work(session_factory) as session:
        register_blob(session, ref, info.media_type)
        photo = CustomerPhoto(customer_id=customer_id, blob_sha256=ref.sha256)
        session.add(photo)
        session.flush()
        return PhotoView(photo.id, photo.blob_sha256, photo.taken_at)


def delete_customer_photo(session_factory: sessionmaker[Session], blobs: BlobStore, photo_id: int) -> None:
    with unit_of_work(session_factory) as session:
        photo = session.get(CustomerPhoto, photo_id)
        if photo is None:
            return
        sha = photo.blob_sha256
        session.delete(photo)
        session.flush()
        removed = delete_unreferenced_blobs(session, {sha})
    for item in removed:
        blobs.delete(item)


def read_photo_bytes(blobs: BlobStore, sha256: str) -> bytes:
    return blobs.read_bytes(sha256)


def _validate_measurement(data: MeasurementInput) -> None:
    values = [
        data.far_pd_mm, data.near_pd_mm, data.mono_far_right_mm, data.mono_far_left_mm,
        data.mono_near_right_mm, data.mono_near_left_mm, data.head_width_mm, data.front_to_bend_mm,
        data.nose_crest_width_mm, data.nose_bridge_width_mm, data.lens_power_right_d, data.lens_power_left_d,
    ]  # fmt: skip
    if all(v is None for v in values):
        raise MeasurementError(_("Enter at least one measurement (for example the far PD)."))
    if any(v is not None and not math.isfinite(v) for v in values):
        raise MeasurementError(_("A measurement is not a number: check what was typed."))
    if data.far_pd_mm is not None:
        check_far_pd(data.far_pd_mm)
        if data.near_pd_mm is not None:
            check_near_pd(data.near_pd_mm, data.far_pd_mm)
    elif data.near_pd_mm is not None:
        check_far_pd(data.near_pd_mm + 3.0, label=N_("near PD (+3 mm)"))
    for side, value in (("right", data.mono_far_right_mm), ("left", data.mono_far_left_mm)):
        if value is not None:
            check_mono_pd(value, side)
    for side, value in (("near right", data.mono_near_right_mm), ("near left", data.mono_near_left_mm)):
        if value is not None:
            check_mono_pd(value, side)
    if data.far_pd_mm is not None and data.mono_far_right_mm is not None and data.mono_far_left_mm is not None:
        total = data.mono_far_right_mm + data.mono_far_left_mm
        if abs(total - data.far_pd_mm) > 1.0:
            raise MeasurementError(
                _("The monocular PDs add up to {total:g} mm but the far PD is {far_pd_mm:g} mm: check them.").format(
                        total=total, far_pd_mm=data.far_pd_mm)
            )
    for name, (low, high, label) in _RANGES_MM.items():
        value = getattr(data, name)
        if value is not None and not low <= value <= high:
            raise MeasurementError(_("A {label} of {value:g} mm is not plausible ({low:g}–{high:g} mm): "
                                     "measure again.").format(
                    label=_(label), value=value, low=low, high=high))
    if (
        data.nose_crest_width_mm is not None
        and data.nose_bridge_width_mm is not None
        and data.nose_bridge_width_mm < data.nose_crest_width_mm
    ):
        raise MeasurementError(_("The nose is wider 15 mm below the crest than 10 mm below it: check the "
                                 "two widths."))
    for side, power in (("right", data.lens_power_right_d), ("left", data.lens_power_left_d)):
        if power is not None and abs(power) > MAX_LENS_POWER_D:
            raise MeasurementError(_("A {side} lens power of {power:+g} D is not plausible: check the "
                                     "prescription.").format(
                    side=_(side), power=power))


def _get(session: Session, customer_id: int) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None:
        raise CustomerNotFoundError(_("Customer {customer_id} does not exist (deleted?): pick another "
                                      "customer.").format(
                customer_id=customer_id))
    return row


def _drop_photos(row: Customer) -> set[str]:
    shas = {p.blob_sha256 for p in row.photos}
    shas |= {m.photo_sha256 for m in row.measurements if m.photo_sha256}
    row.photos.clear()  # delete-orphan removes the rows at the next flush
    for measurement in row.measurements:
        measurement.photo_sha256 = None
        records = (measurement.details or {}).get("photos")
        if isinstance(records, list):
            shas |= {r["blob_sha256"] for r in records if isinstance(r, dict) and r.get("blob_sha256")}
            # The clicks stay (they are numbers, not the face); the reference to the photo goes.
            stripped = [{**r, "blob_sha256": None} if isinstance(r, dict) else r for r in records]
            measurement.details = {**measurement.details, "photos": stripped}
    return shas


def _summary(session: Session, row: Customer) -> CustomerSummary:
    last_pd = session.scalar(
        select(Measurement.far_pd_mm)
        .where(Measurement.customer_id == row.id, Measurement.far_pd_mm.is_not(None))
        .order_by(Measurement.taken_at.desc(), Measurement.id.desc())
        .limit(1)
    )
    fit_count = session.scalar(select(func.count(Fit.id)).where(Fit.customer_id == row.id)) or 0
    return _summary_from(row, last_pd, fit_count)


def _summary_from(row: Customer, last_pd: float | None, fit_count: int) -> CustomerSummary:
    return CustomerSummary(
        id=row.id,
        # Cleaned again when shown: rows saved before names were cleaned may still hold controls.
        code=clean_line(row.code),
        name=clean_line(row.name),
        age_group=row.age_group.value,
        has_photo_consent=row.has_photo_consent,
        created_at=row.created_at,
        last_far_pd_mm=last_pd,
        fit_count=fit_count,
    )


def measurement_view(row: Measurement) -> MeasurementView:
    return MeasurementView(
        id=row.id,
        customer_id=row.customer_id,
        taken_at=row.taken_at,
        method=row.method,
        far_pd_mm=row.far_pd_mm,
        near_pd_mm=row.near_pd_mm,
        mono_far_right_mm=row.mono_far_right_mm,
        mono_far_left_mm=row.mono_far_left_mm,
        mono_near_right_mm=row.mono_near_right_mm,
        mono_near_left_mm=row.mono_near_left_mm,
        head_width_mm=row.head_width_mm,
        front_to_bend_mm=row.front_to_bend_mm,
        nose_crest_width_mm=row.nose_crest_width_mm,
        nose_bridge_width_mm=row.nose_bridge_width_mm,
        lens_power_right_d=row.lens_power_right_d,
        lens_power_left_d=row.lens_power_left_d,
        photo_sha256=row.photo_sha256,
        details=dict(row.details or {}),
        notes=clean_block(row.notes),
    )


def fit_summary(row: Fit) -> FitSummary:
    params = row.parameters or {}
    derived = row.derived or {}
    frame_pd = derived.get("frame_pd_mm")
    return FitSummary(
        id=row.id,
        customer_id=row.customer_id,
        design_id=row.design_id,
        design_version=row.design_version,
        created_at=row.created_at,
        frame_pd_mm=float(frame_pd) if isinstance(frame_pd, int | float) else None,
        lens_width_mm=_num(params.get("lens_width_mm", params.get("module_diameter_mm"))),
        bridge_mm=_num(params.get("bridge_mm")),
        has_paper_check_changes=bool(row.paper_check_changes),
        notes=row.notes,
        is_self_tuned=bool(row.is_self_tuned),
        lens_module=row.lens_module or "",
    )


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
