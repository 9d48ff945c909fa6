"""Human alignment decisions, read on every run from a TOML file (default: `kpi_overrides.toml` at the repo top).

    [[merge]]        # these two names are one indicator
    a = "…"
    b = "…"
    reason = "…"

    [[keep_apart]]   # these two names are different indicators, whatever the evidence says
    a = "…"
    b = "…"
    reason = "…"

    [[pin]]          # this indicator keeps this kpi_id (e.g. after a rename that would change its anchor)
    name = "…"
    kpi_id = "K-…"
    reason = "…"

Names are compared by their alignment key (`align.names.name_form`), so spelling variants need no entry.
Every entry must give a reason; a file that breaks these rules stops the run with a message naming the entry.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from align.names import name_form

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "kpi_overrides.toml"


class OverridesError(ValueError):
    """The overrides file is malformed."""


@dataclass(frozen=True)
class PairDecision:
    a: str  #: alignment key of the first name
    b: str
    reason: str


@dataclass
class Overrides:
    merge: list[PairDecision] = field(default_factory=list)
    keep_apart: list[PairDecision] = field(default_factory=list)
    pins: dict[str, str] = field(default_factory=dict)  #: alignment key → kpi_id


def _key(entry: dict, field_name: str, where: str) -> str:
    value = entry.get(field_name)
    if not isinstance(value, str) or name_form(value).empty:
        raise OverridesError(f"{where}: `{field_name}` must be an indicator name")
    return name_form(value).key


def _reason(entry: dict, where: str) -> str:
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise OverridesError(f"{where}: every decision needs a `reason`")
    return reason.strip()


def parse_overrides(data: dict) -> Overrides:
    """Overrides from parsed TOML data."""
    unknown = set(data) - {"merge", "keep_apart", "pin"}
    if unknown:
        raise OverridesError(f"unknown sections {sorted(unknown)}")
    result = Overrides()
    for section in ("merge", "keep_apart"):
        for i, entry in enumerate(data.get(section, [])):
            where = f"[[{section}]] #{i + 1}"
            decision = PairDecision(_key(entry, "a", where), _key(entry, "b", where), _reason(entry, where))
            getattr(result, section).append(decision)
    for i, entry in enumerate(data.get("pin", [])):
        where = f"[[pin]] #{i + 1}"
        kpi_id = entry.get("kpi_id")
        if not isinstance(kpi_id, str) or not kpi_id.strip():
            raise OverridesError(f"{where}: `kpi_id` is required")
        _reason(entry, where)
        result.pins[_key(entry, "name", where)] = kpi_id.strip()
    return result


def load_overrides(path: Path | None) -> Overrides:
    """Read the overrides file; a missing file means no human decisions yet."""
    if path is None or not Path(path).exists():
        return Overrides()
    with open(path, "rb") as handle:
        try:
            data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise OverridesError(f"{path}: {error}") from error
    return parse_overrides(data)
