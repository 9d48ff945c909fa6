"""Read one text layer end to end, as a test sees it: the text written to a file of the given name (its suffix
names the layer for readers that care: `.raw.txt`, `.plumber.txt`) and passed through the whole pipeline up to
the table records. One helper for the test files that used to write the same five lines each."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.document import load
from ingest.registry import extract
from records import extraction_records


def read_records(text: str, name: str = "layer.txt") -> tuple[list[dict], list[dict], list[dict]]:
    """(observations, indicators, rejects) the pipeline reads from `text` saved as a file called `name`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, encoding="utf-8")
        return extraction_records(extract(load(path)))


#: (name, role, period, value, unit, segment) of one value read.
SegmentValue = tuple[str, str, str, float, str | None, str | None]


def segment_values(observations: list[dict]) -> list[SegmentValue]:
    """Every observation that holds a value, as (name, role, period, value, unit, segment), in order."""
    return [(o["kpi_name"], o["role"], o["period"], o["value"], o["unit"], o.get("segment"))
            for o in observations if o.get("value") is not None]
