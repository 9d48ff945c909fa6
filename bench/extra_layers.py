"""Benchmark (a script, not a test): the producer matrix's PDFs through two more text extraction tools, pdfminer.six
`extract_text` and pypdfium2 `get_text_range` (tests/layouts_layers.py says how each is taken), scored against
the goldens like the matrix's own layers (tests/producer_matrix.py). These layers are not committed: the text is
extracted into a cache directory on each run (`--cache DIR`, default a temporary directory).

    .venv/bin/python bench/extra_layers.py                 # both layers, every fixture
    .venv/bin/python bench/extra_layers.py pdfminer 002    # only ids containing every word given
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.golden_io import _format  # noqa: E402
from tests.layouts_layers import EXTRACTORS  # noqa: E402
from tests.producer_matrix import COMPARED, FIXTURES, extract, golden_keys  # noqa: E402
from tests.producer_tables import golden_indicators  # noqa: E402

LAYERS = ("pdfminer", "pdfium")
THRESHOLD = 0.99


def main(argv: list[str]) -> None:
    words = [a for a in argv if not a.startswith("--")]
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else Path(tempfile.mkdtemp())
    words = [w for w in words if w != str(cache)]
    cache.mkdir(parents=True, exist_ok=True)
    passed = total = 0
    totals: Counter[str] = Counter()
    for pdf in sorted(FIXTURES.glob("*.pdf")):
        prefix = pdf.stem.split("-")[0]
        for layer in LAYERS:
            cell = f"{pdf.stem}-{layer}"
            if not all(w in cell for w in words):
                continue
            text = cache / f"{pdf.stem}.{layer}.txt"
            if not text.exists():
                text.write_text(EXTRACTORS[layer](pdf), encoding="utf-8")
            start = time.process_time()
            expected = golden_keys(prefix)
            observations, indicators = extract(text)
            actual = Counter(tuple(_format(o[c]) for c in COMPARED) for o in observations)
            matched = sum((expected & actual).values())
            names = Counter(row["kpi_name"] for row in golden_indicators(prefix))
            found = sum((names & Counter(i["kpi_name"] for i in indicators)).values())
            recall = matched / sum(expected.values())
            precision = matched / sum(actual.values()) if actual else 0.0
            ok = recall >= THRESHOLD and precision >= THRESHOLD
            uncertain = sum(1 for o in observations if o.get("uncertain"))
            passed += ok
            total += 1
            totals[f"{layer} ok"] += ok
            totals[f"{layer} cells"] += 1
            print(f"{cell:36} {recall:6.2f} {precision:6.2f} {found:>4}/{sum(names.values()):<4} "
                  f"uncertain {uncertain:>3}  {'ok' if ok else '-':3} {time.process_time() - start:6.2f}", flush=True)
    print(f"\n{passed} of {total} cells at recall and precision ≥ {THRESHOLD}")
    for layer in LAYERS:
        if totals[f"{layer} cells"]:
            print(f"    {layer}: {totals[f'{layer} ok']} of {totals[f'{layer} cells']}")


if __name__ == "__main__":
    main(sys.argv[1:])
