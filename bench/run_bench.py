"""Benchmark of the whole pipeline on real-producer PDFs (`make bench`): printed figures, never a timed test.

One run reports, side by side and next to the targets of issue 13:

1. reading: the whole pipeline (`kpi-ingest run`, 1 job, cold, no cache) once per PDF reader the command offers
   (`--pdf-reader` choices read from `kpi-ingest run --help`; none offered: the one it has) vs bare pdfplumber
   `extract_text()` vs pypdfium2 page text (`PdfTextPage.get_text_range`, the floor), on the same pages: the
   committed real-producer PDFs (tests/fixtures/producers: LibreOffice and reportlab exports of the five
   documents' tables, ruled, horizontal-only and unruled; tests/fixtures/pdf_producers: LibreOffice sheets and a
   strategy); seconds, CPU seconds, pages/s, ratios; whether every reader and job count wrote the same bytes;
2. the same corpus with 2 workers (the 1→2 speed-up), and a no-change rerun through the cache vs that cold run;
3. peak memory of a worker and of the main process vs pages per document (one PDF of 10 … 300 pages, the
   fixtures' pages over and over) and vs documents (synthetic evaluation PDFs and text copies of raw_docs/);
4. alignment seconds vs documents, 10 → 1,000 synthetic documents across 50 municipalities
   (bench/align_scale.py's corpus and timing; `bench/align_scale.py` itself profiles and shows the alignment
   cache);
5. fixed costs: a run over one small text document, cold and cached (wall, CPU, max RSS), and `--help`.

Every process is a fresh interpreter: the pipeline as the command runs it, each floor as a small script that
imports its library and reads every page (both therefore include interpreter start and imports). CPU seconds
(the process and its workers) are printed next to wall seconds, and the targets are judged on CPU seconds: the
machine is shared, and wall seconds count other processes' turns (with 1 job, CPU ≈ wall on an idle machine).

    .venv/bin/python bench/run_bench.py [--quick] [--repeat N] [--stages | --memory]

`--stages` only prints where a worker's CPU seconds go on the reading corpus: inclusive CPU seconds of the PDF front
end's stages (`STAGES`), each timed by a thin wrapper in one fresh process (cProfile's cost per call inflates the
many small calls of the character and word loops two to five times, and misplaces where the time goes).

`--memory` only measures section 3's peak memory vs pages of one PDF (10, 100, 300 pages; `--quick`: 10, 50),
with the default reader: a few minutes instead of the whole benchmark's hour on a loaded machine.

`--quick` reads a third of the corpus and smaller sizes (about a minute). Figures also go to
bench/out/figures.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = Path(__import__("os").environ.get("BENCH_OUT", str(ROOT / "bench" / "out")))
#: Committed PDFs of real producers (LibreOffice, reportlab): the reading corpus.
PRODUCER_FOLDERS = [ROOT / "tests" / "fixtures" / "producers", ROOT / "tests" / "fixtures" / "pdf_producers"]
#: A small text document for the fixed costs (≈1 KB, one table).
SMALL_TEXT = ROOT / "tests" / "fixtures" / "tabbed" / "evaluation_r6.txt"
#: Modules a text-only run must not import (issue 13 item 4; tests/test_fixed_costs.py checks it too).
NOT_FOR_TEXT = ("pdfplumber", "pdfminer", "camelot", "cv2", "pypdfium2", "reportlab", "pandas")

# --- synthetic documents (memory vs documents; bench/align_scale.py takes `indicator_names` from here) ---------

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
    """A multi-page evaluation table (reportlab, CID fonts): a title, a ruled header and 14 indicator rows a page.

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
    """`pdfs` synthetic evaluation PDFs and `texts` perturbed copies of raw_docs/ text documents."""
    rng = random.Random(seed)
    catalogue = indicator_catalogue(rng, indicator_names())
    folder.mkdir(parents=True, exist_ok=True)
    sources = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw_docs").glob("0*.txt"))]
    for index in range(pdfs):
        make_pdf(folder / f"pdf_{index:03d}.pdf", pages_per_pdf, rng, catalogue)
    for index in range(texts):
        (folder / f"txt_{index:03d}.txt").write_text(perturbed_text(sources[index % len(sources)], rng),
                                                      encoding="utf-8")


# --- the real-producer corpus -------------------------------------------------------------------------------


def producer_pdfs(quick: bool) -> list[Path]:
    """The committed real-producer PDFs (quick: the shorter documents 000 and 001, and the LibreOffice sheets)."""
    paths = sorted(p for folder in PRODUCER_FOLDERS for p in folder.glob("*.pdf"))
    if quick:
        paths = [p for p in paths if not re.match(r"00[2-4]-", p.name) and "strategy" not in p.name]
    return paths


def long_pdf(path: Path, pages: int, sources: list[Path]) -> None:
    """One PDF of `pages` pages: the sources' pages in turn, over and over (a long plan of real-producer pages)."""
    import pypdfium2 as pdfium

    opened = [pdfium.PdfDocument(p) for p in sources]
    merged = pdfium.PdfDocument.new()
    while len(merged) < pages:
        for source in opened:
            take = min(len(source), pages - len(merged))
            if take <= 0:
                break
            merged.import_pages(source, list(range(take)))
    merged.save(path)
    merged.close()
    for source in opened:
        source.close()


# --- measuring a fresh process ------------------------------------------------------------------------------


@dataclass
class Measured:
    """One fresh process: wall and CPU seconds (it and its workers), max RSS of it and of its largest worker."""

    wall: float
    cpu: float
    parent_mib: float
    worker_mib: float
    data: dict = field(default_factory=dict)


#: (module, function or Class.method) timed by `--stages`: the reading of one PDF and its main steps, nested.
STAGES = [
    ("pipeline.extract", "read_document"), ("ingest.document", "open_checked_pdf"),
    ("ingest.pdf.pdfium", "PdfiumReader.page"), ("ingest.pdf.pdfium", "PdfiumReader._read_text_page"),
    ("ingest.pdf.pdfium", "PdfiumReader._drawings"), ("ingest.pdf.pdfium", "FontReader.of_page"),
    ("ingest.pdf.overprint", "without_overprint"), ("ingest.pdf.source", "PageSource.extract_text"),
    ("ingest.pdf.frontend", "cover_lines"), ("ingest.pdf.furniture", "edge_lines"),
    ("ingest.pdf.frontend", "read_page"), ("ingest.pdf.tables", "find_grids"),
    ("ingest.pdf.engines", "pdfplumber_lattice"), ("ingest.pdf.source", "PageSource.find_tables"),
    ("ingest.pdf.aligned", "aligned_grids"), ("ingest.pdf.aligned", "words_outside"),
    ("ingest.pdf.words", "word_tuples"), ("ingest.pdf.words", "word_chars"),
    ("ingest.pdf.frontend", "_read_column"), ("ingest.pdf.frontend", "typed_tables"),
    ("ingest.table.interpret", "Interpreter.finish"), ("ingest.cover", "attach"), ("ingest.title", "read_title"),
    ("records.build", "extraction_records"),
]


def _timed_stages() -> dict[str, list[float]]:
    """Wrap every function of `STAGES` (and the names other modules imported it under) → name: [CPU s, calls]."""
    import functools
    import importlib

    spent: dict[str, list[float]] = {}
    for module_name, name in STAGES:
        owner: object = importlib.import_module(module_name)
        attribute = name
        if "." in name:
            cls, attribute = name.split(".")
            owner = getattr(owner, cls, None)
        original = getattr(owner, attribute, None)
        if original is None:  # renamed or gone: the other stages are still timed
            continue
        slot = spent[name] = [0.0, 0]

        def timed(*args: object, __original=original, __slot=slot, **kwargs: object) -> object:
            started = time.process_time()
            try:
                return __original(*args, **kwargs)
            finally:
                __slot[0] += time.process_time() - started
                __slot[1] += 1

        timed = functools.wraps(original)(timed)
        setattr(owner, attribute, timed)
        if owner is importlib.import_module(module_name):  # a function: also where it was imported by name
            for module in list(sys.modules.values()):
                if getattr(module, attribute, None) is original:
                    setattr(module, attribute, timed)
    return spent


def _probe_main(kind: str, result: str, args: list[str]) -> None:
    """Inside the measured process: run `kind` (cli: `kpi-ingest` with `args`; pdfplumber / pdfium: read every
    page of the files `args`; stages: read the files `args` as a worker does, `STAGES` timed), then write what was
    done and the max RSS figures to `result` (JSON)."""
    import resource

    data: dict = {}
    if kind == "cli":
        from pipeline.cli import main

        data["exit"] = main(args)
    elif kind == "stages":  # a worker's reading, in this process: what the main process imports first, then timed
        import pdfplumber
        import pypdfium2  # noqa: F401

        import ingest.registry  # noqa: F401
        import pipeline.extract
        from ingest.government import code_list

        code_list()
        spent = _timed_stages()
        started = time.process_time()
        for path in args:
            pipeline.extract.read_document(Path(path), 10 ** 10, Path(path).name)
        data.update(total=time.process_time() - started, stages=spent)
    else:
        started = time.perf_counter()
        if kind == "pdfplumber":
            import pdfplumber
        else:
            import pypdfium2 as pdfium
        data["import_s"] = time.perf_counter() - started
        started, pages = time.perf_counter(), 0
        for path in args:
            if kind == "pdfplumber":
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        page.extract_text()
                        pages += 1
            else:
                pdf = pdfium.PdfDocument(path)
                for page in pdf:
                    text_page = page.get_textpage()
                    text_page.get_text_range()
                    text_page.close()
                    page.close()
                    pages += 1
                pdf.close()
        data.update(read_s=time.perf_counter() - started, pages=pages)
    data["not_for_text_imported"] = sorted(m for m in NOT_FOR_TEXT if m in sys.modules)
    data["parent_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    data["worker_mib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    Path(result).write_text(json.dumps(data), encoding="utf-8")


def measure(kind: str, args: list[str]) -> Measured:
    """Run a probe in a fresh interpreter and measure it from outside (wall, and CPU of the whole process tree)."""
    result = OUT / "probe.json"
    result.unlink(missing_ok=True)
    log = OUT / "probe.log"
    with log.open("w") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, str(Path(__file__)), "_probe", kind, str(result), *args],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr,
                                   env={"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "")})
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if not result.exists():
        raise RuntimeError(f"{kind} {' '.join(args)} failed ({process.returncode}): {log.read_text()[-2000:]}")
    data = json.loads(result.read_text(encoding="utf-8"))
    if data.get("exit"):  # 1: some documents failed; 3: the dataset was not written (the timing still counts)
        data["error"] = log.read_text(encoding="utf-8").strip().splitlines()[-1:]
    return Measured(wall, usage.ru_utime + usage.ru_stime, data.pop("parent_mib"), data.pop("worker_mib"), data)


def best(runs: list[Measured]) -> Measured:
    """The least disturbed of repeated runs (lowest wall time; CPU seconds taken from the same run)."""
    return min(runs, key=lambda m: m.wall)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _spread(runs: list[Measured]) -> None:
    """The CPU seconds of every repeated run: on a shared machine one run can be ±10 % off, so a difference
    between two commits means something only beyond this spread."""
    if len(runs) > 1:
        print(f"  {'':<44} CPU s of the {len(runs)} runs: {', '.join(f'{m.cpu:.2f}' for m in runs)}")


def kpi_run(input_dir: Path, output: Path, jobs: int, reader: str | None, cache: Path | None = None) -> Measured:
    """`kpi-ingest run` over a folder: no cache unless `cache` is given; the output folder is replaced."""
    args = ["run", "--input", str(input_dir), "--output", str(output), "--jobs", str(jobs)]
    args += ["--cache", str(cache)] if cache else ["--no-cache"]
    args += ["--pdf-reader", reader] if reader else []
    return measure("cli", args)


def pdf_readers() -> tuple[list[str | None], str | None]:
    """The PDF readers `kpi-ingest run` offers (`--pdf-reader` choices in its help) and its default; ([None], None)
    when it offers no choice."""
    text = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", "--help"], capture_output=True, text=True,
                          cwd=ROOT, check=True, env={"PYTHONPATH": str(ROOT), "COLUMNS": "200"}).stdout
    block = re.search(r"^\s+--pdf-reader\b.*?(?=\n\s+-|\Z)", text, re.S | re.M)  # its entry, not the usage line
    if not block:
        return [None], None
    choices = re.search(r"\{([\w,-]+)\}", block.group(0)) or re.search(r"\b(\w+(?:\|\w+)+)\b", block.group(0))
    if not choices:
        return [None], None
    names = re.split(r"[,|]", choices.group(1))
    default = re.search(r"default:?\s*(\w+)", block.group(0))
    return list(names), default.group(1) if default and default.group(1) in names else None


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.parquet"))}


def _outcome(m: Measured, output: Path) -> str:
    """What a pipeline run wrote: its indicators, or why it wrote nothing."""
    import pyarrow.parquet as pq

    if m.data["exit"] in (0, 1) and (output / "indicators.parquet").exists():
        failed = f", some documents failed: {m.data['error'][0]}" if m.data["exit"] else ""
        return f"{pq.read_metadata(output / 'indicators.parquet').num_rows} indicators written{failed}"
    return f"exit code {m.data['exit']}: {' '.join(m.data.get('error', []))[:400]}"


# --- the report -------------------------------------------------------------------------------------------


class Report:
    """Printed lines, and the same figures as JSON."""

    def __init__(self) -> None:
        self.figures: dict[str, object] = {}

    def section(self, title: str) -> None:
        print(f"\n== {title}", flush=True)

    def line(self, label: str, text: str, **figures: object) -> None:
        print(f"  {label:<44} {text}", flush=True)
        self.figures.update(figures)


def _per_s(count: float, seconds: float) -> str:
    return f"{count / seconds:7.1f}" if seconds > 0 else "    n/a"


def _target(ok: bool) -> str:
    return "met" if ok else "NOT met"


def reading(report: Report, quick: bool, repeat: int) -> dict:
    """Section 1 and 2: floors vs the pipeline per reader; 2 workers; the no-change rerun."""
    pdfs = producer_pdfs(quick)
    corpus = OUT / "producers"
    corpus.mkdir(parents=True)
    for path in pdfs:
        shutil.copy(path, corpus / path.name)
    files = [str(p) for p in sorted(corpus.glob("*.pdf"))]
    readers, default = pdf_readers()
    floor_runs = {kind: [measure(kind, files) for _ in range(repeat)] for kind in ("pdfplumber", "pdfium")}
    floors = {kind: best(runs) for kind, runs in floor_runs.items()}
    pages = floors["pdfium"].data["pages"]
    report.section(f"1. reading {len(files)} real-producer PDFs, {pages} pages (1 process, cold, no cache; "
                   f"best of {repeat})")
    offered = ", ".join(r for r in readers if r) or "none (one reader)"
    print(f"  --pdf-reader choices: {offered}; default: {default or 'not stated'}")
    print(f"  {'':<44} {'wall s':>7} {'CPU s':>7} {'pages/s':>7} {'/CPU s':>7} {'× extract_text: wall':>21} "
          f"{'CPU':>5}")
    plumber = floors["pdfplumber"]

    def row(label: str, m: Measured, key: str) -> None:
        ratio = (m.wall / plumber.wall, m.cpu / plumber.cpu)
        report.line(label, f"{m.wall:7.2f} {m.cpu:7.2f} {_per_s(pages, m.wall)} {_per_s(pages, m.cpu)} "
                           f"{ratio[0]:21.2f} {ratio[1]:5.2f}",
                    **{f"{key}_wall_s": round(m.wall, 2), f"{key}_cpu_s": round(m.cpu, 2),
                       f"{key}_over_extract_text_wall": round(ratio[0], 3),
                       f"{key}_over_extract_text_cpu": round(ratio[1], 3)})

    row("pdfplumber extract_text() (bare)", plumber, "extract_text")
    _spread(floor_runs["pdfplumber"])
    row("pypdfium2 get_text_range() (the floor)", floors["pdfium"], "pdfium_text")
    _spread(floor_runs["pdfium"])
    print(f"  {'':<44} (of which import: pdfplumber {plumber.data['import_s']:.2f} s, "
          f"pypdfium2 {floors['pdfium'].data['import_s']:.2f} s)")
    outputs: dict[str, dict[str, str]] = {}
    pipeline: dict[str | None, Measured] = {}
    for reader in readers:
        label = reader or "default"
        runs = [kpi_run(corpus, OUT / f"ds_{label}_1", 1, reader) for _ in range(repeat)]
        pipeline[reader] = best(runs)
        outputs[f"{label}, 1 job"] = digests(OUT / f"ds_{label}_1")
        row(f"pipeline, --pdf-reader {label}, 1 job", pipeline[reader], f"pipeline_{label}")
        _spread(runs)
        if repeat > 1:
            cpu = (min(m.cpu for m in runs) / min(m.cpu for m in floor_runs["pdfplumber"]),
                   _median([m.cpu for m in runs]) / _median([m.cpu for m in floor_runs["pdfplumber"]]))
            report.line("", f"CPU × extract_text, least CPU of each: {cpu[0]:.2f}; median of each: {cpu[1]:.2f}",
                        **{f"pipeline_{label}_over_extract_text_cpu_min": round(cpu[0], 3),
                           f"pipeline_{label}_over_extract_text_cpu_median": round(cpu[1], 3)})
        print(f"  {'':<44} {_outcome(pipeline[reader], OUT / f'ds_{label}_1')}")
    fastest = min(pipeline, key=lambda r: pipeline[r].cpu)
    ratio = pipeline[fastest].cpu / plumber.cpu
    report.line("target: pipeline ≤ 0.5× extract_text (stretch 0.3×)",
                f"{ratio:.2f}× in CPU seconds (--pdf-reader {fastest or 'default'}): {_target(ratio <= 0.5)}"
                f"{', stretch met' if ratio <= 0.3 else ''}", pipeline_over_extract_text_best=round(ratio, 3))

    run_reader = default if default in readers else readers[0]
    label = run_reader or "default"
    report.section(f"2. workers and the no-change rerun (--pdf-reader {label}, {pages} pages)")
    cache = OUT / "cache"
    two = kpi_run(corpus, OUT / "ds_cached", 2, run_reader, cache=cache)
    outputs[f"{label}, 2 jobs"] = digests(OUT / "ds_cached")
    again = kpi_run(corpus, OUT / "ds_cached", 2, run_reader, cache=cache)
    one = pipeline[run_reader]
    report.line("1 worker (section 1)", f"{one.wall:7.2f} s, {_per_s(pages, one.wall).strip()} pages/s")
    report.line("2 workers, cold (empty cache)", f"{two.wall:7.2f} s, {_per_s(pages, two.wall).strip()} pages/s, "
                                                 f"CPU {two.cpu:.2f} s", two_workers_wall_s=round(two.wall, 2))
    report.line("speed-up 1 → 2 workers (wall)", f"{one.wall / two.wall:.2f}× on {os.cpu_count()} cores "
                f"(load average {os.getloadavg()[0]:.1f}: other processes share them)",
                speedup_1_to_2=round(one.wall / two.wall, 2))
    report.line("no-change rerun", f"{again.wall:7.2f} s, CPU {again.cpu:.2f} s", rerun_wall_s=round(again.wall, 2))
    rerun = again.cpu / two.cpu
    report.line("target: rerun ≤ 10 % of cold", f"{rerun:.1%} of the cold run's CPU seconds "
                f"(wall {again.wall / two.wall:.1%}): "
                f"{_target(rerun <= 0.10)}", rerun_over_cold=round(rerun, 3))
    print(f"  {'':<44} {_outcome(two, OUT / 'ds_cached')}")
    first = next(iter(outputs.values()))
    differ = {name: sorted(n for n in first if digests_of.get(n) != first[n])
              for name, digests_of in outputs.items()}
    same = all(not d for d in differ.values()) and all(len(d) == len(first) for d in outputs.values())
    if not all(outputs.values()):
        verdict = "not compared: " + ", ".join(k for k, v in outputs.items() if not v) + " wrote no dataset"
    else:
        verdict = "yes" if same else "NO: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in differ.items() if v)
    report.line("the same bytes from every reader and job count", verdict, outputs_identical=verdict == "yes")
    return {"readers": readers, "run_reader": run_reader, "sources": pdfs}


def memory(report: Report, quick: bool, readers: list[str | None], run_reader: str | None,
           sources: list[Path], pages_only: bool = False) -> None:
    """Section 3: max RSS vs pages of one document (per reader) and vs documents (not with `pages_only`)."""
    sizes = [10, 50] if quick else [10, 100, 300]
    report.section("3. peak memory (max RSS, MiB; the worker holds one document at a time)")
    print(f"  {'one PDF of N pages':<44} {'pages':>6} {'worker':>7} {'main':>7} {'wall s':>7} {'pages/s':>7}")
    for reader in readers:
        label = reader or "default"
        worker = {}
        for pages in sizes:
            folder = OUT / f"pages_{pages}"
            if not folder.exists():
                folder.mkdir()
                long_pdf(folder / f"plan_{pages}.pdf", pages, sources)
            m = kpi_run(folder, OUT / "ds_pages", 1, reader)
            worker[pages] = m.worker_mib
            report.line(f"--pdf-reader {label}", f"{pages:>6} {m.worker_mib:7.0f} {m.parent_mib:7.0f} "
                        f"{m.wall:7.2f} {_per_s(pages, m.wall)}",
                        **{f"memory_{label}_{pages}_pages_worker_mib": round(m.worker_mib, 1)})
        growth = worker[sizes[-1]] - worker[sizes[0]]
        report.line(f"target: flat in pages ({label})", f"{sizes[-1]} pages − {sizes[0]} pages = {growth:+.0f} MiB "
                    f"(≤ +50 MiB): {_target(growth <= 50)}", **{f"memory_{label}_growth_mib": round(growth, 1)})
    if pages_only:
        return
    factors = [1, 2] if quick else [1, 2, 4]
    print(f"  {'documents (synthetic PDFs × 5 pages + texts)':<44} {'docs':>6} {'worker':>7} {'main':>7} "
          f"{'wall s':>7}")
    for factor in factors:
        folder = OUT / f"docs_{factor}"
        build_corpus(folder, 2 * factor, 5, 20 * factor, seed=factor)
        m = kpi_run(folder, OUT / "ds_docs", 2, run_reader)
        documents = 22 * factor
        report.line(f"--pdf-reader {run_reader or 'default'}, 2 jobs", f"{documents:>6} {m.worker_mib:7.0f} "
                    f"{m.parent_mib:7.0f} {m.wall:7.2f}",
                    **{f"memory_{documents}_docs_worker_mib": round(m.worker_mib, 1),
                       f"memory_{documents}_docs_main_mib": round(m.parent_mib, 1)})
        shutil.rmtree(folder)


#: Run in a fresh interpreter: bench/align_scale.py's own corpus and timing, one alignment per size (its main also
#: profiles and re-aligns the largest size three more times, minutes at 1,000 documents). Prints JSON lines.
ALIGN_PROBE = """
import json, sys
sys.path.insert(0, "bench")
import align_scale
from align.names import tokenizer
tokenizer()  # the dictionary loads once per process: not alignment's time (as align_scale.py does)
for size in map(int, sys.argv[1].split(",")):
    rows = align_scale.synthetic_rows(size, int(sys.argv[2]))
    wall, cpu, mentions = align_scale.time_alignment(rows, 1)
    print(json.dumps({"documents": size, "rows": len(rows[0]) + len(rows[1]), "mentions": mentions,
                      "wall": wall, "cpu": cpu}), flush=True)
"""


def alignment(report: Report, quick: bool) -> None:
    """Section 4: alignment seconds vs documents on bench/align_scale.py's synthetic corpus (its functions, or
    the script as a whole if they changed), and the 1,000-document target."""
    sizes, municipalities = ("10,100" if quick else "10,100,1000"), "50"
    report.section(f"4. alignment vs documents ({municipalities} municipalities; bench/align_scale.py's corpus)")
    env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "")}
    done = subprocess.run([sys.executable, "-c", ALIGN_PROBE, sizes, municipalities], capture_output=True,
                          text=True, cwd=ROOT, env=env)
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not rows:
        print("  align_scale.py's functions did not answer as expected; its own report instead:")
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "align_scale.py"), "--sizes", sizes,
                               "--municipalities", municipalities, "--repeat", "1"], capture_output=True,
                              text=True, cwd=ROOT, env=env)
        for line in (done.stdout + done.stderr[-1000:]).splitlines():
            print(f"  | {line}")
        return
    print(f"  {'':<44} {'docs':>8} {'rows':>8} {'mentions':>8} {'wall s':>7} {'CPU s':>7}")
    for row in rows:
        report.line("", f"{row['documents']:>8} {row['rows']:>8} {row['mentions']:>8} {row['wall']:7.2f} "
                    f"{row['cpu']:7.2f}", **{f"alignment_{row['documents']}_docs_cpu_s": round(row["cpu"], 2)})
    largest = rows[-1]
    report.line(f"target: {largest['documents']} documents ≤ 5 s", f"{largest['cpu']:.2f} CPU s: "
                f"{_target(largest['cpu'] <= 5)}")


def fixed_costs(report: Report, repeat: int) -> None:
    """Section 5: one small text document, cold and cached; `--help`."""
    report.section(f"5. fixed costs: kpi-ingest run over one {SMALL_TEXT.stat().st_size:,}-byte text document "
                   f"(best of {max(3, repeat)})")
    folder = OUT / "one_text"
    folder.mkdir()
    shutil.copy(SMALL_TEXT, folder / SMALL_TEXT.name)
    cold, cached = [], []
    for attempt in range(max(3, repeat)):
        cache = OUT / f"one_text_cache_{attempt}"
        cold.append(kpi_run(folder, OUT / "ds_one_text", 1, None, cache=cache))
        cached.append(kpi_run(folder, OUT / "ds_one_text", 1, None, cache=cache))
    for label, m in (("cold (empty cache)", best(cold)), ("cached (nothing to read)", best(cached))):
        report.line(label, f"{m.wall:5.2f} s wall, {m.cpu:5.2f} s CPU, max RSS main {m.parent_mib:4.0f} MiB, "
                    f"worker {m.worker_mib:4.0f} MiB",
                    **{f"fixed_{label.split()[0]}_wall_s": round(m.wall, 2),
                       f"fixed_{label.split()[0]}_cpu_s": round(m.cpu, 2),
                       f"fixed_{label.split()[0]}_main_mib": round(m.parent_mib, 1)})
    imported = best(cold).data["not_for_text_imported"]
    report.line("imported although not needed", ", ".join(imported) or f"none of {', '.join(NOT_FOR_TEXT)}")
    helps = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "--help"], check=True, capture_output=True, cwd=ROOT,
                       env={"PYTHONPATH": str(ROOT)})
        helps.append(time.perf_counter() - started)
    report.line("kpi-ingest --help", f"{min(helps):.2f} s (target < 0.5 s)", help_s=round(min(helps), 3))


def stages(quick: bool) -> None:
    """`--stages`: inclusive CPU seconds of the reading's stages on the reading corpus (1 process, the default
    reader), and the share of the whole reading."""
    files = [str(p) for p in producer_pdfs(quick)]
    m = measure("stages", files)
    total = m.data["total"]
    print(f"\n== where a worker's CPU seconds go: {len(files)} PDFs, default reader, inclusive CPU s of each stage "
          f"(nested: a stage's time includes those below it)")
    print(f"  {'':<44} {'CPU s':>7} {'share':>6} {'calls':>6}")
    for module, name in STAGES:
        label = f"{module.split('.')[-1]}.{name}"
        if name not in m.data["stages"]:
            print(f"  {label:<44} (not found: STAGES names a function the code no longer has)")
            continue
        cpu, calls = m.data["stages"][name]
        print(f"  {label:<44} {cpu:7.2f} {cpu / total:6.1%} {calls:6d}")
    print(f"  {'(the process as a whole: imports and all)':<44} {m.cpu:7.2f}")


def main() -> None:
    if len(sys.argv) > 3 and sys.argv[1] == "_probe":
        _probe_main(sys.argv[2], sys.argv[3], sys.argv[4:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a third of the corpus, smaller sizes")
    parser.add_argument("--repeat", type=int, default=None,
                        help="runs per reading figure, the best kept (default 2; 1 with --quick)")
    parser.add_argument("--stages", action="store_true",
                        help="only where a worker's CPU seconds go, stage by stage (see the module docstring)")
    parser.add_argument("--memory", action="store_true",
                        help="only peak memory vs pages of one PDF, default reader (section 3's first part)")
    args = parser.parse_args()
    repeat = args.repeat or (1 if args.quick else 2)
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    if args.stages:
        stages(args.quick)
        return
    if args.memory:
        _, default = pdf_readers()
        report = Report()
        memory(report, args.quick, [default], default, producer_pdfs(False), pages_only=True)
        (OUT / "figures.json").write_text(json.dumps(report.figures, indent=2, ensure_ascii=False), encoding="utf-8")
        return
    started = time.perf_counter()
    print(f"kpi-ingest benchmark{' (quick)' if args.quick else ''}: {os.cpu_count()} cores, load average "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} (shared machine: wall seconds are noisy, CPU seconds "
          "less so)")
    report = Report()
    corpus = reading(report, args.quick, repeat)
    memory(report, args.quick, corpus["readers"], corpus["run_reader"], corpus["sources"])
    alignment(report, args.quick)
    fixed_costs(report, repeat)
    print(f"\nbench took {time.perf_counter() - started:.0f} s; load average now "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}; figures in {OUT.relative_to(ROOT)}/figures.json")
    (OUT / "figures.json").write_text(json.dumps(report.figures, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
