"""What a design's licence allows: attribution duties and whether selling prints needs a second thought."""

from __future__ import annotations

import re
from dataclasses import dataclass

from i18n import N_, _

UNKNOWN_LICENCE = "LicenseRef-Unknown"
ALL_RIGHTS_RESERVED = "LicenseRef-All-Rights-Reserved"

# English names (stored and exported as is); `LicenceInfo.label` shows them in the operator's language.
_NAMES: dict[str, str] = {
    "CC0-1.0": N_("Public domain (CC0 1.0)"),
    "CC-BY-3.0": N_("Creative Commons Attribution 3.0"),
    "CC-BY-4.0": N_("Creative Commons Attribution 4.0"),
    "CC-BY-SA-3.0": N_("Creative Commons Attribution-ShareAlike 3.0"),
    "CC-BY-SA-4.0": N_("Creative Commons Attribution-ShareAlike 4.0"),
    "CC-BY-NC-3.0": N_("Creative Commons Attribution-NonCommercial 3.0"),
    "CC-BY-NC-4.0": N_("Creative Commons Attribution-NonCommercial 4.0"),
    "CC-BY-NC-SA-3.0": N_("Creative Commons Attribution-NonCommercial-ShareAlike 3.0"),
    "CC-BY-NC-SA-4.0": N_("Creative Commons Attribution-NonCommercial-ShareAlike 4.0"),
    "CC-BY-ND-4.0": N_("Creative Commons Attribution-NoDerivatives 4.0"),
    "CC-BY-NC-ND-4.0": N_("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0"),
    "GPL-2.0-or-later": N_("GNU GPL 2.0 or later"),
    "GPL-3.0-or-later": N_("GNU GPL 3.0 or later"),
    "LGPL-3.0-or-later": N_("GNU LGPL 3.0 or later"),
    "MIT": "MIT",
    "BSD-3-Clause": "BSD 3-Clause",
    "Apache-2.0": "Apache 2.0",
    "CERN-OHL-S-2.0": N_("CERN Open Hardware Licence (strongly reciprocal) 2.0"),
    "CERN-OHL-P-2.0": N_("CERN Open Hardware Licence (permissive) 2.0"),
    UNKNOWN_LICENCE: N_("Licence unknown"),
    ALL_RIGHTS_RESERVED: N_("All rights reserved"),
}
_PUBLIC_DOMAIN = {"CC0-1.0"}
# Licences whose changed versions must be shared under the same terms (copyleft).
_SHARE_ALIKE = {"GPL-2.0-or-later", "GPL-3.0-or-later", "LGPL-3.0-or-later", "CERN-OHL-S-2.0"}
_SPDX_RE = re.compile(r"^[A-Za-z0-9.+-]{1,60}$")
_CC_SPDX_RE = re.compile(r"^CC-BY(-NC)?(-SA|-ND)?-[1-4]\.0$")


class LicenceError(Exception):
    """A design's licence or attribution is missing or malformed."""


@dataclass(frozen=True)
class LicenceInfo:
    spdx: str
    name: str
    is_known: bool
    is_open: bool
    is_non_commercial: bool
    requires_attribution: bool

    @property
    def needs_sale_confirmation(self) -> bool:
        """Selling a print of this design must be confirmed by the operator first."""
        return self.is_non_commercial or not self.is_open

    @property
    def is_public_domain(self) -> bool:
        return self.spdx in _PUBLIC_DOMAIN

    @property
    def is_share_alike(self) -> bool:
        """Changed versions must be passed on under the same licence."""
        return "-SA-" in self.spdx or self.spdx in _SHARE_ALIKE

    @property
    def is_no_derivatives(self) -> bool:
        """Changed versions may not be passed on at all."""
        return "-ND-" in self.spdx

    @property
    def is_all_rights_reserved(self) -> bool:
        return self.spdx == ALL_RIGHTS_RESERVED

    @property
    def label(self) -> str:
        """The licence's name in the operator's language (`name` stays English for files and --json)."""
        return _(self.name)


def licence_info(spdx: str) -> LicenceInfo:
    is_known = (spdx in _NAMES and spdx != UNKNOWN_LICENCE) or bool(_CC_SPDX_RE.match(spdx))
    is_open = is_known and not spdx.startswith("LicenseRef-")
    return LicenceInfo(
        spdx=spdx,
        name=_NAMES.get(spdx, spdx),
        is_known=is_known,
        is_open=is_open,
        is_non_commercial="-NC" in spdx,
        requires_attribution=is_open and spdx not in _PUBLIC_DOMAIN,
    )


def known_licences() -> list[LicenceInfo]:
    """The licences an operator may choose for a design, in the order a chooser lists them."""
    return [licence_info(spdx) for spdx in _NAMES]


def plain_summary(info: LicenceInfo) -> str:
    """What the licence allows, in plain words, in the operator's language."""
    if not info.is_known:
        return _("Nobody has said what is allowed: ask the author before printing copies for others.")
    if info.is_all_rights_reserved:
        return _("Only the author may allow copies: ask before printing for others.")
    if info.is_public_domain:
        return _("Anyone may print, change and sell it, with no conditions.")
    parts = [
        _("Prints may be made and given away, crediting the author, but not sold without the author's permission.")
        if info.is_non_commercial
        else _("Prints may be made, given away and sold, crediting the author.")
    ]
    if info.is_share_alike:
        parts.append(_("Changed versions must be shared under the same licence."))
    if info.is_no_derivatives:
        parts.append(_("Changed versions may not be shared."))
    return " ".join(parts)


def check_licence(spdx: str, attribution: str) -> None:
    """Open designs must say whom to credit; raises LicenceError with what to fix."""
    if not _SPDX_RE.match(spdx):
        raise LicenceError(_("The licence {value!r} is not an SPDX identifier: use one like CC-BY-4.0.").format(
                value=spdx[:60]))
    if licence_info(spdx).requires_attribution and not attribution.strip():
        raise LicenceError(_("The licence {spdx} requires an attribution: give the author's name and the "
                             "source.").format(
                spdx=spdx))


def default_attribution(title: str, author: str, spdx: str, source: str = "") -> str:
    if not author:
        return ""
    where = f" ({source})" if source else ""
    # Stored with the design and passed on to other labs, so in English; a LicenseRef id is no licence to name.
    terms = _NAMES[spdx].lower() if spdx.startswith("LicenseRef-") and spdx in _NAMES else f"licensed {spdx}"
    return f"“{title}” by {author}{where}, {terms}"


def readable_attribution(attribution: str) -> str:
    """A stored credit line with a LicenseRef id (written before credit lines named it), worded as new ones."""
    for spdx in (UNKNOWN_LICENCE, ALL_RIGHTS_RESERVED):
        attribution = attribution.replace(f"licensed {spdx}", _NAMES[spdx].lower())
    return attribution


_CC_URL_RE = re.compile(r"creativecommons\.org/(?:licenses|licences)/([a-z-]+)/(\d\.\d)", re.IGNORECASE)
_CC0_RE = re.compile(r"creativecommons\.org/publicdomain/zero|\bCC0\b|public domain dedication", re.IGNORECASE)
_PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"GNU\s+(?:General Public License|GPL)", re.IGNORECASE), "GPL-3.0-or-later"),
    (re.compile(r"GNU\s+Lesser", re.IGNORECASE), "LGPL-3.0-or-later"),
    (re.compile(r"\bMIT License\b", re.IGNORECASE), "MIT"),
    (re.compile(r"BSD", re.IGNORECASE), "BSD-3-Clause"),
    (re.compile(r"Apache License", re.IGNORECASE), "Apache-2.0"),
]


def detect_licence(text: str) -> str:
    """The SPDX id named by a LICENSE.txt as Thingiverse and Printables write them, or the unknown marker."""
    match = _CC_URL_RE.search(text)
    if match:
        kind, version = match.group(1).lower(), match.group(2)
        if version not in ("3.0", "4.0"):
            version = "4.0" if version > "3.0" else "3.0"
        return f"CC-{kind.upper()}-{version}"
    if _CC0_RE.search(text):
        return "CC0-1.0"
    if "creative commons" in text.lower():
        parts = text.lower()
        code = "BY"
        if "non-commercial" in parts or "noncommercial" in parts:
            code += "-NC"
        if "share alike" in parts or "share-alike" in parts or "sharealike" in parts:
            code += "-SA"
        if "no derivatives" in parts or "noderivatives" in parts or "no-derivatives" in parts:
            code += "-ND"
        return f"CC-{code}-4.0" if "4.0" in parts else f"CC-{code}-3.0"
    for pattern, spdx in _PHRASES:
        if pattern.search(text):
            return spdx
    if "all rights reserved" in text.lower():
        return ALL_RIGHTS_RESERVED
    return UNKNOWN_LICENCE
