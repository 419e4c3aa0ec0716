"""Costs as the lab reads them: one formatter for the window, the CLI and the reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.settings import SettingsStore

# The symbols of currencies fab labs are likely to price filament in; any other ISO code is shown as is.
CURRENCY_SYMBOLS: dict[str, str] = {
    "USD": "$", "EUR": "€", "GBP": "£", "GHS": "GH₵", "NGN": "₦", "XOF": "CFA", "XAF": "FCFA",
    "KES": "KSh", "UGX": "USh", "TZS": "TSh", "RWF": "FRw", "ZAR": "R", "MAD": "DH", "INR": "₹",
    "PKR": "Rs", "BDT": "৳", "NPR": "रु", "PHP": "₱", "IDR": "Rp", "BRL": "R$", "MXN": "MX$",
    "COP": "COL$", "PEN": "S/", "BOB": "Bs", "GTQ": "Q", "HTG": "G", "CAD": "CA$", "AUD": "A$", "JPY": "¥",
    "CNY": "CN¥", "CHF": "CHF",
}


def default_symbol(currency: str) -> str:
    return CURRENCY_SYMBOLS.get(currency.upper(), "")


@dataclass(frozen=True)
class CostFormat:
    """The lab's currency: an ISO 4217 code, and the symbol printed before amounts ("" for the usual one)."""

    currency: str = "USD"
    symbol: str = ""

    @property
    def shown_symbol(self) -> str:
        return self.symbol or default_symbol(self.currency)

    def format(self, amount: float) -> str:
        """"$0.23 USD": the symbol reads at a glance, the code leaves no doubt which dollar it is."""
        number = f"{amount:.2f}"
        symbol = self.shown_symbol
        if not symbol or symbol == self.currency:
            return f"{number} {self.currency}"
        return f"{symbol}{number} {self.currency}"


def lab_cost_format(settings: SettingsStore) -> CostFormat:
    from app.settings import LabSettings

    lab = settings.load(LabSettings)
    return CostFormat(lab.currency, lab.currency_symbol)


__all__ = ["CURRENCY_SYMBOLS", "CostFormat", "default_symbol", "lab_cost_format"]
