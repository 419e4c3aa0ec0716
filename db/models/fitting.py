from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, Enum, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import JsonText, UtcDateTime, utcnow


class AgeGroup(enum.Enum):
    CHILD = "child"
    TEEN = "teen"
    ADULT = "adult"
    SENIOR = "senior"


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="", index=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    age_group: Mapped[AgeGroup] = mapped_column(
        Enum(AgeGroup, name="age_group", native_enum=False, length=10), default=AgeGroup.ADULT
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    has_photo_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Measurement.taken_at"
    )
    fits: Mapped[list[Fit]] = relationship(back_populates="customer", cascade="all, delete-orphan")
    photos: Mapped[list[CustomerPhoto]] = relationship(back_populates="customer", cascade="all, delete-orphan")


class Measurement(Base):
    __tablename__ = "measurements"
    __table_args__ = (
        CheckConstraint("far_pd_mm IS NULL OR (far_pd_mm BETWEEN 30 AND 90)", name="far_pd_range"),
        CheckConstraint("near_pd_mm IS NULL OR (near_pd_mm BETWEEN 25 AND 90)", name="near_pd_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    method: Mapped[str] = mapped_column(String(20), default="ruler")  # ruler, photo, pupillometer
    far_pd_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    near_pd_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    mono_far_right_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    mono_far_left_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    mono_near_right_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    mono_near_left_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    head_width_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    front_to_bend_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    nose_crest_width_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    nose_bridge_width_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    lens_power_right_d: Mapped[float | None] = mapped_column(Float, nullable=True)
    lens_power_left_d: Mapped[float | None] = mapped_column(Float, nullable=True)
    photo_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="measurements")


class CustomerPhoto(Base):
    __tablename__ = "customer_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="photos")


class Fit(Base):
    __tablename__ = "fits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    measurement_id: Mapped[int | None] = mapped_column(
        ForeignKey("measurements.id", ondelete="SET NULL"), nullable=True
    )
    design_id: Mapped[str] = mapped_column(ForeignKey("designs.id", ondelete="RESTRICT"))
    design_version: Mapped[int] = mapped_column(Integer)
    parameters: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    derived: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    lenses: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    paper_check_changes: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Self-adjustable glasses: the customer tuned the fluid lenses themselves, so no prescription was needed.
    is_self_tuned: Mapped[bool] = mapped_column(Boolean, default=False)
    # The lens module used: its stock line while that exists, and its description kept for after.
    lens_module_id: Mapped[int | None] = mapped_column(
        ForeignKey("lens_stock.id", ondelete="SET NULL"), nullable=True
    )
    lens_module: Mapped[str] = mapped_column(Text, default="")

    customer: Mapped[Customer] = relationship(back_populates="fits")


class LensStock(Base):
    __tablename__ = "lens_stock"
    __table_args__ = (
        CheckConstraint("count >= 0", name="count_non_negative"),
        CheckConstraint("diameter_mm > 0", name="diameter_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shape: Mapped[str] = mapped_column(String(30), default="round")
    diameter_mm: Mapped[float] = mapped_column(Float)
    height_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Fluid-filled lens modules only: thickness at the edge (the rim depth) and filling-port diameter.
    thickness_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    port_diameter_mm: Mapped[float | None] = mapped_column(Float, nullable=True)
    power_d: Mapped[float] = mapped_column(Float, default=0.0)
    count: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
