"""Digest of everything alignment produces on bench/align_scale.py's synthetic corpus (a script, never a test).

Prints one sha256 per analyst table and one for the kpi_ids written on the rows, for each corpus size, so a
speed change can be shown to leave the output byte-identical: run it before and after and compare.

    .venv/bin/python bench/align_digest.py [--sizes 10,100,1000] [--municipalities 50] [--jobs 1]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_scale import synthetic_rows  # noqa: E402


def digests(size: int, municipalities: int, jobs: int = 1) -> dict[str, str]:
    """Table name → sha256 of its Arrow IPC stream (schema and values); `row_ids` → sha256 of the kpi_ids."""
    import pyarrow as pa

    from align.stage import align_rows

    indicators, observations, documents = synthetic_rows(size, municipalities)
    tables = align_rows(indicators, observations, documents, None, jobs)
    result = {}
    for name, table in sorted(tables.items()):
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
        result[name] = hashlib.sha256(sink.getvalue().to_pybytes()).hexdigest()[:16]
    ids = "\n".join(r["kpi_id"] for r in (*indicators, *observations))
    result["row_ids"] = hashlib.sha256(ids.encode()).hexdigest()[:16]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--municipalities", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=1, help="processes that judge pairs (the output must not change)")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        for name, digest in digests(size, args.municipalities, args.jobs).items():
            print(f"{size:>5} {name:<14} {digest}", flush=True)


if __name__ == "__main__":
    main()
