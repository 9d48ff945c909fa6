"""Benchmark of a batch run (`make bench`): a script with printed figures, never a timed test.

Builds a synthetic corpus in bench/out/corpus: PDFs drawn with reportlab's Japanese CID fonts in the
evaluation-table layout (数値目標一覧: name, baseline, actual, target columns, ruled), and text documents
copied from raw_docs/ with their numbers perturbed. The PDFs are evaluations of one synthetic catalogue of
indicators (names seen in raw_docs/ × districts): each lists a sample of it once, with the catalogue's
baseline and target and its own actual, as real revisions do, so alignment has real matches to find.
Then reports:

- pdfplumber's bare `extract_text()` over every page of the PDFs (one process), and the whole pipeline over
  the same PDFs (no cache) with one worker and with the default jobs (all cores): the ratios (target ≤ 1.5);
- the whole corpus with 1 and with 2 workers: documents/s, pages/s, speed-up (target ≥ 1.7 on 2 cores);
- a second run with nothing new (all from the cache);
- peak memory (max RSS of the parent and of the largest worker) for growing corpora (target: flat);
- `kpi-ingest --help` wall time (target < 0.5 s).

The pipeline runs whatever front ends are registered; a PDF that no front end reads gives zero indicators
and a warning, and the script says so next to the figures. Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"

FONTS = ["HeiseiKakuGo-W5", "HeiseiMin-W3"]
HEADERS = ["指標名", "基準値（令和元年度）", "実績値（令和5年度）", "目標値（令和9年度）", "進捗状況"]
PROGRESS = ["順調に進捗", "概ね順調に進捗", "進捗の遅れ"]
UNITS = ["人", "件", "%", "億円", "万人", "カ所"]
ROWS_PER_PAGE = 14


def indicator_names() -> list[str]:
    """Indicator-like names taken from the source documents (lines ending in 数/率/額/者数 …)."""
    names = set()
    for path in sorted((ROOT / "raw_docs").glob("0*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for cell in line.split("\t"):
                cell = cell.strip()
                if 4 <= len(cell) <= 24 and re.search(r"(数|率|額|者|量|件数)$", cell) and not re.search(r"\d", cell):
                    names.add(cell)
    return sorted(names) or ["新規求人数", "観光入込客数", "製造品出荷額等"]


#: Districts that qualify an indicator name, so the synthetic catalogue has several hundred distinct indicators.
DISTRICTS = ["", "（伊勢崎地区）", "（赤堀地区）", "（東地区）", "（境地区）"]


@dataclass(frozen=True)
class Indicator:
    """One synthetic indicator: a name, a unit and a baseline every document states alike."""

    name: str
    unit: str
    baseline: int


def indicator_catalogue(rng: random.Random, names: list[str]) -> list[Indicator]:
    """Distinct indicators (pool names × districts), each with its own unit and baseline."""
    return [Indicator(name + district, rng.choice(UNITS), rng.randrange(10, 99999))
            for name in names for district in DISTRICTS]


def make_pdf(path: Path, pages: int, rng: random.Random, catalogue: list[Indicator]) -> None:
    """A multi-page evaluation table: a title, a ruled header and 14 indicator rows per page.

    Like a real evaluation, a document lists each indicator once (a sample of the catalogue without
    replacement) with the catalogue's baseline and target and its own actual value, so documents agree on
    the values they share and alignment has real work to do.
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    for font in FONTS:
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    font = rng.choice(FONTS)
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    columns = [40, 300, 420, 540, 660, 790]
    listed = iter(rng.sample(catalogue, min(len(catalogue), pages * ROWS_PER_PAGE)))
    for page in range(pages):
        pdf.setFont(font, 14)
        # one municipality's documents (as the text copies of raw_docs/): alignment compares within a government
        pdf.drawString(40, height - 40, f"令和5年度 第2期伊勢崎市総合戦略 効果検証 数値目標一覧（{page + 1}）")
        pdf.setFont(font, 9)
        top = height - 70
        rows: list[list[str]] = [HEADERS]
        for item in [i for _, i in zip(range(ROWS_PER_PAGE), listed, strict=False)]:
            unit, base = item.unit, item.baseline
            rows.append([item.name, f"{base:,}{unit}", f"{int(base * rng.uniform(0.8, 1.3)):,}{unit}",
                         f"{int(base * 1.2):,}{unit}", rng.choice(PROGRESS)])
        for row, cells in enumerate(rows):
            y = top - row * 30
            pdf.line(columns[0], y, columns[-1], y)
            for x, text in zip(columns, cells, strict=False):
                pdf.drawString(x + 4, y - 18, text)
        bottom = top - len(rows) * 30
        pdf.line(columns[0], bottom, columns[-1], bottom)
        for x in columns:
            pdf.line(x, top, x, bottom)
        pdf.showPage()
    pdf.save()


def perturbed_text(source: str, rng: random.Random) -> str:
    """The same layout with different numbers (digits replaced), so every copy has its own hash."""
    return re.sub(r"\d", lambda m: str(rng.randrange(10)), source)


def build_corpus(folder: Path, pdfs: int, pages_per_pdf: int, texts: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    catalogue = indicator_catalogue(rng, indicator_names())
    folder.mkdir(parents=True, exist_ok=True)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw_docs").glob("0*.txt"))]
    for index in range(pdfs):
        make_pdf(folder / f"pdf_{index:03d}.pdf", pages_per_pdf, rng, catalogue)
    for index in range(texts):
        (folder / f"txt_{index:03d}.txt").write_text(perturbed_text(sources[index % len(sources)], rng),
                                                      encoding="utf-8")


def bare_pdfplumber(pdfs: list[Path]) -> tuple[float, int]:
    """Seconds and pages of pdfplumber's plain extract_text() over every page, one process."""
    import pdfplumber

    best, pages = float("inf"), 0
    for _ in range(REPEAT):
        started, pages = time.perf_counter(), 0
        for path in pdfs:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    pages += 1
        best = min(best, time.perf_counter() - started)
    return best, pages


class StandInPdfFrontEnd:
    """Bench only: does the bare pdfplumber work (extract_text of every page) and reads no rows.

    Used when no registered front end reads PDFs, so that the pipeline-over-bare ratio and the parallel
    speed-up are measured with real per-page work rather than with the open checks alone.
    """

    name = "stand-in-pdf"

    def score(self, document) -> float:
        return 1.0 if document.kind == "pdf" else 0.0

    def extract(self, document, info):
        import pdfplumber

        from ingest.model import Extraction

        with pdfplumber.open(document.path) as pdf:
            for page in pdf.pages:
                page.extract_text()
            pages = len(pdf.pages)
        return Extraction(document.source_file, "unknown", pages=pages, shape=self.name,
                          warnings=["stand-in PDF front end: text read, no rows"])


REPEAT = 2  # each timing is the best of this many runs (the machine is shared; the best is the least disturbed)


def timed_run(folder: Path, out: Path, jobs: int, use_cache: bool = False, cache: Path | None = None,
              repeat: int = 1):
    """Best wall time of `repeat` pipeline runs, and the last run's result."""
    from pipeline.run import run

    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = run(folder, out, jobs=jobs, use_cache=use_cache, cache_dir=cache)
        best = min(best, time.perf_counter() - started)
    return best, result


MEMORY_PROBE = """
import json, resource, sys
from pathlib import Path
from pipeline.run import run
if sys.argv[4] == "stand_in":
    sys.path.insert(0, "bench")
    from ingest.registry import FRONT_ENDS
    from run_bench import StandInPdfFrontEnd
    FRONT_ENDS[:] = [StandInPdfFrontEnd()]
run(Path(sys.argv[1]), Path(sys.argv[2]), jobs=int(sys.argv[3]), use_cache=False)
print(json.dumps({"parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def peak_memory(folder: Path, out: Path, jobs: int, front_ends: str) -> dict[str, float]:
    """Max RSS of a fresh process running the pipeline, and of its largest worker."""
    command = [sys.executable, "-c", MEMORY_PROBE, str(folder), str(out), str(jobs), front_ends]
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    return json.loads(done.stdout.strip().splitlines()[-1])


def help_seconds(repeat: int = 5) -> tuple[float, float]:
    """Best wall time of `kpi-ingest --help`, and of a bare interpreter start for comparison."""
    def best(args: list[str]) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""})
            times.append(time.perf_counter() - started)
        return min(times)

    return best([sys.executable, "-m", "pipeline.cli", "--help"]), best([sys.executable, "-c", "pass"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pdfs", type=int, default=24, help="PDF documents (default 24)")
    parser.add_argument("--pages", type=int, default=10, help="pages per PDF (default 10 → 240 pages)")
    parser.add_argument("--texts", type=int, default=40, help="text documents (default 40)")
    args = parser.parse_args()

    from ingest.registry import FRONT_ENDS
    from pipeline.run import default_jobs

    shutil.rmtree(OUT, ignore_errors=True)
    corpus, pdf_only = OUT / "corpus", OUT / "pdf_only"
    started = time.perf_counter()
    build_corpus(corpus, args.pdfs, args.pages, args.texts)
    pdf_only.mkdir(parents=True)
    for path in sorted(corpus.glob("*.pdf")):
        shutil.copy(path, pdf_only / path.name)
    print(f"corpus: {args.pdfs} PDFs x {args.pages} pages, {args.texts} text documents "
          f"(built in {time.perf_counter() - started:.1f} s); front ends registered: "
          f"{[fe.name for fe in FRONT_ENDS] or 'none'}")

    figures: dict[str, object] = {}
    timed_run(pdf_only, OUT / "warm_up", jobs=1)  # imports (pdfplumber, pyarrow) paid once, outside the timings
    bare, pages = bare_pdfplumber(sorted(pdf_only.glob("*.pdf")))
    figures.update(pdf_pages=pages, bare_pdfplumber_s=round(bare, 2))
    pdf_indicators = 0
    for label, front_ends in [("registered", list(FRONT_ENDS)), ("stand_in", [StandInPdfFrontEnd()])]:
        if label == "stand_in" and pdf_indicators:
            break  # a real PDF front end is registered: the stand-in is not needed
        FRONT_ENDS[:] = front_ends  # set before the worker pool forks, so workers see it
        pipeline_pdf, result = timed_run(pdf_only, OUT / f"ds_pdf_{label}", jobs=1, repeat=REPEAT)
        pipeline_pdf_all, _ = timed_run(pdf_only, OUT / f"ds_pdf_all_{label}", jobs=default_jobs(), repeat=REPEAT)
        pdf_indicators = pdf_indicators or sum(r.indicators for r in result.reports)
        one, result1 = timed_run(corpus, OUT / f"ds_1_{label}", jobs=1, repeat=REPEAT)
        two, _ = timed_run(corpus, OUT / f"ds_2_{label}", jobs=2, repeat=REPEAT)
        documents = len(result1.reports)
        all_pages = sum(r.pages or 0 for r in result1.reports)
        identical = all((OUT / f"ds_1_{label}" / n).read_bytes() == (OUT / f"ds_2_{label}" / n).read_bytes()
                        for n in ("observations.parquet", "indicators.parquet", "documents.parquet", "rejects.parquet"))
        figures[f"[{label} front ends]"] = [fe.name for fe in front_ends] or "none"
        figures.update({
            f"{label}: pdf_indicators_read": sum(r.indicators for r in result.reports),
            f"{label}: pipeline_pdf_1_worker_s": round(pipeline_pdf, 2),
            f"{label}: pipeline_over_bare": round(pipeline_pdf / bare, 2),
            f"{label}: pipeline_pdf_{default_jobs()}_workers_s (default jobs)": round(pipeline_pdf_all, 2),
            f"{label}: pipeline_over_bare_default_jobs": round(pipeline_pdf_all / bare, 2),
            f"{label}: documents": documents,
            f"{label}: failed": len(result1.failed),
            f"{label}: seconds_1_worker": round(one, 2),
            f"{label}: seconds_2_workers": round(two, 2),
            f"{label}: speedup_2_over_1": round(one / two, 2),
            f"{label}: documents_per_s_2_workers": round(documents / two, 1),
            f"{label}: pdf_pages_per_s_2_workers": round(all_pages / two, 1),
            f"{label}: 1_and_2_workers_byte_identical": identical,
        })

    cache = OUT / "cache"
    timed_run(corpus, OUT / "ds_cached", jobs=2, use_cache=True, cache=cache)
    again, result_again = timed_run(corpus, OUT / "ds_cached", jobs=2, use_cache=True, cache=cache)
    figures.update(rerun_nothing_new_s=round(again, 2), rerun_extracted=len(result_again.extracted))

    memory = {}
    for factor in (1, 2, 4):
        folder = OUT / f"memory_{factor}"
        build_corpus(folder, 2 * factor, 5, 20 * factor, seed=factor)
        memory[f"{22 * factor} docs"] = peak_memory(folder, OUT / f"ds_memory_{factor}", jobs=2,
                                                    front_ends="registered" if pdf_indicators else "stand_in")
        shutil.rmtree(folder)
    figures["peak_memory_mib"] = {k: {n: round(v, 1) for n, v in m.items()} for k, m in memory.items()}

    help_s, python_s = help_seconds()
    figures.update(help_s=round(help_s, 3), bare_python_start_s=round(python_s, 3))

    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    if not pdf_indicators:
        print("note: no registered front end read the PDFs (0 indicators): the 'registered' ratio measures only the "
              "open checks; the 'stand_in' rows run pdfplumber's extract_text on every page inside the pipeline "
              "(no rows). Re-run when the PDF front end is registered.")
    print(f"note: timings are the best of {REPEAT} runs on a shared machine "
          f"(load average {statistics.mean(_load()):.1f}); expect noise.")
    (OUT / "figures.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")


def _load() -> tuple[float, float, float]:
    import os

    return os.getloadavg()


if __name__ == "__main__":
    main()
