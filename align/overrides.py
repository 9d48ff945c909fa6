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
Every entry must give a reason; a file that breaks these rules stops the run, before any document is read,
with one line naming the entry: a missing file (other than the project's default), malformed TOML, a
section or key that is not one of the above (a typo such as `resaon` would otherwise drop the decision),
a `kpi_id` that is not of the form `K-` + lower-case letters, digits or hyphens, and contradictions: one
pair both merged and kept apart, one name pinned twice, one id pinned to two names. A pin whose id turns out
to be another indicator's is only visible after alignment: `pin_conflicts` names it (a warning of the run).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "kpi_overrides.toml"


#: The shape of a kpi_id: "K-" and lower-case letters, digits or hyphens (generated ids are "K-" and 10 hex
#: digits of a SHA-1, align/cluster.py; a curated pin may choose a readable one).
KPI_ID = re.compile(r"K-[0-9a-z][0-9a-z-]*")
_FIELDS = {"merge": {"a", "b", "reason"}, "keep_apart": {"a", "b", "reason"}, "pin": {"name", "kpi_id", "reason"}}


class OverridesError(ValueError):
    """The overrides file is missing, malformed or contradicts itself."""


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
    from align.names import name_form  # here, not above: the dictionary is loaded only when a file is parsed

    value = entry.get(field_name)
    if not isinstance(value, str) or name_form(value).empty:
        raise OverridesError(f"{where}: `{field_name}` must be an indicator name")
    return name_form(value).key


def _reason(entry: dict, where: str) -> str:
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise OverridesError(f"{where}: every decision needs a `reason`")
    return reason.strip()


def _entries(data: dict, section: str) -> list[dict]:
    entries = data.get(section, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise OverridesError(f"`{section}` must be a list of tables, written [[{section}]]")
    for i, entry in enumerate(entries):
        unknown = sorted(set(entry) - _FIELDS[section])
        if unknown:
            raise OverridesError(f"[[{section}]] #{i + 1}: unknown keys {unknown}; expected "
                                 f"{sorted(_FIELDS[section])}")
    return entries


def parse_overrides(data: dict) -> Overrides:
    """Overrides from parsed TOML data; raises OverridesError naming the first broken or contradicting entry."""
    unknown = set(data) - set(_FIELDS)
    if unknown:
        raise OverridesError(f"unknown sections {sorted(unknown)}; expected [[merge]], [[keep_apart]], [[pin]]")
    result = Overrides()
    seen: dict[frozenset, str] = {}
    for section in ("merge", "keep_apart"):
        for i, entry in enumerate(_entries(data, section)):
            where = f"[[{section}]] #{i + 1}"
            decision = PairDecision(_key(entry, "a", where), _key(entry, "b", where), _reason(entry, where))
            pair = frozenset((decision.a, decision.b))
            if section == "keep_apart" and pair in seen and seen[pair].startswith("[[merge]]"):
                raise OverridesError(f"{where} contradicts {seen[pair]}: the same pair ({entry['a']!r}, "
                                     f"{entry['b']!r}) is both merged and kept apart")
            seen.setdefault(pair, where)
            getattr(result, section).append(decision)
    pinned_by: dict[str, str] = {}
    for i, entry in enumerate(_entries(data, "pin")):
        where = f"[[pin]] #{i + 1}"
        kpi_id = entry.get("kpi_id")
        if not isinstance(kpi_id, str) or not kpi_id.strip():
            raise OverridesError(f"{where}: `kpi_id` is required")
        kpi_id = kpi_id.strip()
        if not KPI_ID.fullmatch(kpi_id):
            raise OverridesError(f"{where}: `kpi_id` {kpi_id!r} is not an id (K- and lower-case letters, "
                                 "digits or hyphens, as in kpi_catalog.parquet)")
        _reason(entry, where)
        key = _key(entry, "name", where)
        if key in result.pins:
            raise OverridesError(f"{where}: {entry['name']!r} is pinned twice (also by {pinned_by[key]})")
        if kpi_id in result.pins.values():
            other = next(k for k, v in result.pins.items() if v == kpi_id)
            raise OverridesError(f"{where}: {kpi_id} is already pinned to another name by {pinned_by[other]}; "
                                 "to make two names one indicator, use [[merge]]")
        result.pins[key] = kpi_id
        pinned_by[key] = where
    return result


def load_overrides(path: Path | None, required: bool | None = None) -> Overrides:
    """Read the overrides file. A missing file is an error when `required` (default: any file but the
    project's own `kpi_overrides.toml`, whose absence means no human decisions yet)."""
    if path is None:
        return Overrides()
    path = Path(path)
    if required is None:
        required = path.resolve() != DEFAULT_PATH
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        if required:
            raise OverridesError(f"overrides file not found: {path}") from None
        return Overrides()
    except IsADirectoryError:
        raise OverridesError(f"overrides file {path} is a folder") from None
    except OSError as error:
        raise OverridesError(f"overrides file {path} cannot be read: {error.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise OverridesError(f"overrides file {path} is not valid TOML: {error}") from None
    try:
        return parse_overrides(data)
    except OverridesError as error:
        raise OverridesError(f"overrides file {path}: {error}") from None


def pin_conflicts(overrides: Overrides, indicators: list[dict]) -> list[str]:
    """Pins that took, or could not take, another indicator's id: found after alignment (indicator rows with
    their `kpi_id`), one line each. A pinned id that is the natural id of an indicator outside the pinned
    one's cluster would silently renumber that indicator, or be dropped itself."""
    from align.cluster import _hash_id  # the natural-id rule of align/cluster.kpi_id_for
    from align.names import name_form

    ids_of: dict[str, set[str]] = {}
    for row in indicators:
        form = name_form(row["kpi_name"])
        if not form.empty:
            ids_of.setdefault(form.key, set()).add(row["kpi_id"])
    problems = []
    for key, pinned in overrides.pins.items():
        if key in ids_of and pinned not in ids_of[key]:
            problems.append(f"[[pin]] {key!r} → {pinned} was not applied: the id is taken by another indicator")
        for other, ids in sorted(ids_of.items()):
            if other != key and _hash_id(other) == pinned and pinned not in ids:
                problems.append(f"[[pin]] {key!r} → {pinned}: that is the id of another indicator ({other!r}), "
                                "which was given another id")
    return problems
