"""The lab's Ed25519 signing key, publisher fingerprints, and the list of publishers this lab trusts."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.atomic_files import atomic_write_bytes
from db.engine import unit_of_work
from db.models import TrustedPublisher
from i18n import _

PRIVATE_KEY_FILE = "lab-signing-key.pem"
MIN_PASSPHRASE_CHARS = 8
ENCRYPTED_PEM_HEADER = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"


class SigningError(Exception):
    """A key or signature problem, worded for the operator."""


class WrongPassphraseError(SigningError):
    """The passphrase does not open an encrypted private key."""


def _restrict_permissions(path: Path, mode: int) -> None:
    """Make the key private where the file system has permissions to set.

    FAT and exFAT sticks (a lab run from a stick) have none: chmod fails with EPERM or does
    nothing, and Windows keeps only a read-only flag. The key must still load and save there.
    """
    try:
        os.chmod(path, mode)
    except (OSError, NotImplementedError):
        return


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise SigningError(_("Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters to protect "
                             "the lab's signing key.").format(
                MIN_PASSPHRASE_CHARS=MIN_PASSPHRASE_CHARS))


def fingerprint_of(public_key_raw: bytes) -> str:
    """32 hex digits (128 bits of SHA-256), compact; `format_fingerprint` groups them for reading aloud."""
    return hashlib.sha256(public_key_raw).hexdigest()[:32]


def format_fingerprint(fingerprint: str) -> str:
    clean = normalise_fingerprint(fingerprint)
    return " ".join(clean[i : i + 4].upper() for i in range(0, len(clean), 4))


def normalise_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def public_key_from_b64(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SigningError(_("That public key is not valid base64: copy it again from `catalog keys show`.")) from exc
    if len(raw) != 32:
        raise SigningError(_("That public key is not an Ed25519 key (32 bytes): copy it again."))
    return raw


def verify(public_key_raw: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key_raw).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class LabKey:
    private_key: Ed25519PrivateKey

    @property
    def public_key_raw(self) -> bytes:
        return self.private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key_raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_key_raw)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)

    def to_pem(self) -> bytes:
        return self.private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption())

    def to_encrypted_pem(self, passphrase: str) -> bytes:
        """PKCS#8 PEM encrypted with the passphrase, for a backup that leaves the lab."""
        check_passphrase_strength(passphrase)
        return self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
        )

    @classmethod
    def from_pem(cls, data: bytes, where: str, passphrase: str | None = None) -> LabKey:
        """A key from PEM bytes, encrypted (with `passphrase`) or not; `where` names it in messages."""
        is_encrypted = ENCRYPTED_PEM_HEADER in data
        if is_encrypted and passphrase is None:
            raise WrongPassphraseError(_("The lab signing key in {where} is protected by a passphrase: give"
                                         " it to restore the key.").format(
                    where=where))
        try:
            password = passphrase.encode("utf-8") if is_encrypted and passphrase else None
            key = serialization.load_pem_private_key(data, password=password)
        except (ValueError, TypeError) as exc:
            if is_encrypted:
                raise WrongPassphraseError(
                    _("That passphrase does not open the lab signing key in {where}: type it again (the one"
                      " chosen when the backup was made).").format(
                            where=where)
                ) from exc
            raise SigningError(
                _("The lab signing key {where} is damaged: restore it from a backup (a new key means other "
                  "labs must trust you again).").format(
                        where=where)
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise SigningError(_("The lab signing key {where} is not an Ed25519 key: restore it from a "
                                 "backup.").format(
                    where=where))
        return cls(key)

    def save(self, keys_dir: Path) -> Path:
        """Write the key in clear into the data dir's `keys/`, private where the file system allows it."""
        keys_dir.mkdir(parents=True, exist_ok=True)
        _restrict_permissions(keys_dir, 0o700)
        path = keys_dir / PRIVATE_KEY_FILE
        # the temporary file is created 0600, so the key is never readable by others
        atomic_write_bytes(path, self.to_pem())
        _restrict_permissions(path, 0o600)
        return path

    @classmethod
    def load_or_create(cls, keys_dir: Path) -> LabKey:
        """The lab key under the data dir's `keys/`, made on first use (a private file where permissions exist)."""
        path = keys_dir / PRIVATE_KEY_FILE
        if path.exists():
            return cls.from_pem(path.read_bytes(), str(path))
        key = cls(Ed25519PrivateKey.generate())
        key.save(keys_dir)
        return key


@dataclass(frozen=True)
class Publisher:
    fingerprint: str
    name: str
    public_key_b64: str
    note: str

    def to_json(self) -> dict[str, str]:
        return {
            "fingerprint": self.fingerprint,
            "fingerprint_readable": format_fingerprint(self.fingerprint),
            "name": self.name,
            "public_key": self.public_key_b64,
            "note": self.note,
        }


class TrustList:
    """Publishers this lab vouched for, each added by hand after reading the fingerprint over the phone."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def list(self) -> list[Publisher]:
        with self._session_factory() as session:
            rows = session.execute(select(TrustedPublisher).order_by(TrustedPublisher.name)).scalars()
            return [Publisher(r.fingerprint, r.name, r.public_key_b64, r.note) for r in rows]

    def trusted_fingerprints(self, session: Session) -> set[str]:
        return set(session.execute(select(TrustedPublisher.fingerprint)).scalars())

    def trust(self, public_key_b64: str, name: str, confirm_fingerprint: str, note: str = "") -> Publisher:
        """Add a publisher; `confirm_fingerprint` must match what the other lab read out."""
        raw = public_key_from_b64(public_key_b64)
        fingerprint = fingerprint_of(raw)
        if normalise_fingerprint(confirm_fingerprint) != fingerprint:
            raise SigningError(
                _("The fingerprint you typed does not match this key: call the other lab and read it again "
                  "(or the key is not theirs); nothing was trusted.")
            )
        if not name.strip():
            raise SigningError(_("Give the publisher a name (the lab's name) so you can recognise it later."))
        with unit_of_work(self._session_factory) as session:
            row = session.get(TrustedPublisher, fingerprint)
            if row is None:
                row = TrustedPublisher(fingerprint=fingerprint, name=name.strip(),
                                       public_key_b64=base64.b64encode(raw).decode(), note=note)
                session.add(row)
            else:
                row.name, row.note = name.strip(), note
        return Publisher(fingerprint, name.strip(), base64.b64encode(raw).decode(), note)

    def forget(self, fingerprint: str) -> None:
        clean = normalise_fingerprint(fingerprint)
        with unit_of_work(self._session_factory) as session:
            row = session.get(TrustedPublisher, clean)
            if row is None:
                raise SigningError(_("No trusted publisher has the fingerprint {value}: see `catalog keys "
                                     "list`.").format(
                        value=format_fingerprint(clean)))
            session.delete(row)
