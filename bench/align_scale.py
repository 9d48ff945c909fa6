"""Benchmark of alignment alone: seconds vs documents, and a no-change rerun vs cold (a script, never a test).

Builds synthetic rows (the `indicators`, `observations` and `documents` rows the readers deliver, with every
field of theirs) for N documents spread over M municipalities, as real corpora are: each municipality has its
own catalogue of
indicators (names taken from raw_docs/, qualified by districts), and its documents (a strategy, its
revision, yearly evaluations) each state most of that catalogue:

- the baseline and target every edition repeats (a revision sometimes changes the target);
- evaluations add the actual of each year up to their own, so editions differ in their values;
- now and then a typo in a name, a unit printed another way (万人 for 人, values in base units), a
  qualifier such as （累計）, a dropped or a new indicator.

Then reports, for growing corpora: alignment seconds (`align.stage.align_rows`, in-process), mentions,
candidate pairs; and for the largest corpus a cold run through the alignment cache vs a rerun with nothing
changed (`align.cache`). Timings on a shared machine are noisy: the load average is printed with them.

    .venv/bin/python bench/align_scale.py [--sizes 10,40,160,320,1000] [--municipalities 50] [--jobs 1]
                                          [--profile]
"""

from __future__ import annotations

import argparse
import copy
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run_bench import indicator_names  # noqa: E402  (the same names as the main benchmark)

DISTRICTS = ["", "（東地区）", "（西地区）", "（南地区）", "（北地区）"]
UNITS = [("人", 1), ("件", 1), ("%", 1), ("円", 1), ("カ所", 1), ("事業所", 1), ("ha", 1)]
KINDS = ["KPI", "数値目標"]
GOALS = ["1 しごとの創生 / 1-1 安定した雇用の創出", "1 しごとの創生 / 1-2 ひとの流れの創出",
         "2 ひとの創生 / 2-1 結婚・出産・子育ての希望の実現", "2 ひとの創生 / 2-2 地域を担う人材の育成",
         "3 まちの創生 / 3-1 時代にあった地域づくり", "3 まちの創生 / 3-2 安心安全な暮らしの実現"]
#: Characters a typo puts in place of another (a look-alike or a neighbour in the input method).
TYPOS = "ー一二工力カロ口夕タ"
INDICATORS_PER_MUNICIPALITY = 60



def _typo(name: str, rng: random.Random) -> str:
    at = rng.randrange(len(name))
    return name[:at] + rng.choice(TYPOS) + name[at + 1:]


def synthetic_rows(documents: int, municipalities: int, seed: int = 1) -> tuple[list[dict], list[dict], list[dict]]:
    """(indicators, observations, documents) rows of `documents` documents over `municipalities` governments."""
    rng = random.Random(seed)
    pool = [n + d for n in indicator_names() for d in DISTRICTS]
    indicators: list[dict] = []
    observations: list[dict] = []
    docs: list[dict] = []
    governments = min(municipalities, documents)
    for g in range(governments):
        code = f"{100000 + g * 17:06d}"
        count = documents // governments + (1 if g < documents % governments else 0)
        catalogue = []
        for name in rng.sample(pool, min(len(pool), INDICATORS_PER_MUNICIPALITY)):
            unit, _ = rng.choice(UNITS)
            base = rng.randrange(10, 99999)
            catalogue.append({"name": name, "unit": unit, "base": base, "target": int(base * rng.uniform(1.05, 1.4)),
                              "goal": rng.choice(GOALS), "kind": rng.choice(KINDS),
                              "actual": {y: int(base * rng.uniform(0.8, 1.3)) for y in range(2019, 2031)}})
        for d in range(count):
            year = 2019 + d % 10
            strategy = d % 4 == 0  # a strategy (or its revision) states baseline and target only
            source = f"g{g:02d}_{d:03d}_{'strategy' if strategy else 'evaluation'}.txt"
            docs.append({"source_file": source, "sha256": f"{g:04d}{d:060d}", "doc_type":
                         "strategy" if strategy else "evaluation", "fiscal_year": f"FY{year}", "title": None,
                         "shape": None, "pages": None, "n_indicators": 0, "n_observations": 0, "n_rejects": 0,
                         "warnings": [], "government": f"市{g}", "government_code": code,
                         "government_prefecture": "県"})
            line = 10
            for item in catalogue:
                if rng.random() < 0.1:  # not in this edition
                    continue
                name = item["name"]
                if rng.random() < 0.03:
                    name = _typo(name, rng)
                elif rng.random() < 0.05:
                    name += "（累計）"
                unit = "万人" if item["unit"] == "人" and rng.random() < 0.1 else item["unit"]
                target = item["target"] if rng.random() < 0.9 else int(item["target"] * 1.1)
                values = [("baseline", "FY2019", item["base"]), ("target", "FY2027", target)]
                if not strategy:
                    values += [("actual", f"FY{y}", item["actual"][y]) for y in range(2020, year + 1)]
                line += 3
                identity = {"source_file": source, "page": None, "line": line, "kpi_id": "K-provisional",
                            "kpi_name": name, "kind": item["kind"], "goal": item["goal"]}
                indicators.append({**identity, "raw_name": name, "department": None, "progress": None, "reason": None,
                                   "note": None, "commentary": None, "uncertain": False, "goal_uncertain": False,
                                   "note_uncertain": False})
                for role, period, value in values:
                    observations.append({**identity, "segment": None, "role": role, "column_period": period,
                                         "period": period, "value": float(value), "unit": unit, "qualifier": None,
                                         "span": None, "note": None, "raw": f"{value}{unit}", "uncertain": False,
                                         "uncertain_reason": None})
    return indicators, observations, docs


def _cpu() -> float:
    """CPU seconds of this process and of its children that ended (the workers that judged pairs)."""
    own, children = os.times(), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.user + own.system + children.ru_utime + children.ru_stime


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def time_alignment(rows: tuple[list[dict], list[dict], list[dict]], repeat: int, jobs: int = 1
                   ) -> tuple[float, float, int]:
    """Median of `repeat` alignments with `jobs` processes (fresh copies of the rows each time): wall and CPU
    seconds (the process's own and its finished workers': on a shared machine the wall time also counts other
    processes' turns, and a loaded machine slows the CPU seconds too: the median is steadier than the best
    run, which rewards a lucky one), and the mentions."""
    from align.cluster import build_mentions, government_groups
    from align.stage import align_rows

    walls, cpus = [], []
    for _ in range(repeat):
        indicators, observations, documents = copy.deepcopy(rows)
        start, start_cpu = time.perf_counter(), _cpu()
        align_rows(indicators, observations, documents, None, jobs)
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - start_cpu)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    mentions = build_mentions(rows[0], rows[1], government_groups(rows[2]))
    return wall, cpu, len(mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,40,160,320,1000")
    parser.add_argument("--municipalities", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="processes that judge pairs (as `kpi-ingest --jobs`)")
    parser.add_argument("--profile", action="store_true", help="profile the largest size instead")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    from align.names import tokenizer

    tokenizer()  # the dictionary loads once per process: not alignment's time
    if args.profile:
        import cProfile
        import pstats

        from align.stage import align_rows

        indicators, observations, documents = synthetic_rows(sizes[-1], args.municipalities)
        profiler = cProfile.Profile()
        profiler.enable()
        align_rows(indicators, observations, documents, None)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)
        return

    print(f"alignment vs documents ({args.municipalities} municipalities, {args.jobs} job(s), median of "
          f"{args.repeat}; load average {_load()} on {os.cpu_count()} cores)")
    print(f"{'documents':>10} {'rows':>9} {'mentions':>9} {'wall s':>8} {'CPU s':>8}  load average after")
    for size in sizes:
        rows = synthetic_rows(size, args.municipalities)
        wall, cpu, mentions = time_alignment(rows, args.repeat, args.jobs)
        print(f"{size:>10} {len(rows[0]) + len(rows[1]):>9} {mentions:>9} {wall:>8.2f} {cpu:>8.2f}  {_load()}",
              flush=True)
    print(f"load average after: {_load()}")
    _phases(synthetic_rows(sizes[-1], args.municipalities))
    _cache_figures(synthetic_rows(sizes[-1], args.municipalities))


#: The steps of `align.stage.align_rows` timed by `_phases`: (module, name it is called by there, label); a name
#: called inside another timed step is shown indented under it.
STEPS = (
    ("align.stage", "mentions_of_rows", "mentions from rows"),
    ("align.stage", "link", "candidate pairs found and judged"),
    ("align.judge", "identical_classes", "  identical-mention classes"),
    ("align.judge", "CandidateIndex", "  candidate index"),
    ("align.judge", "MentionTable", "  mention table"),
    ("align.judge", "_judge_rows", "  pairs found and scored"),
    ("align.cluster", "_same_document_lookalikes", "  one document's look-alikes"),
    ("align.stage", "cluster", "clusters"),
    ("align.stage", "assign_ids", "kpi_ids"),
    ("align.stage", "analyst_tables", "analyst tables"),
    ("align.stage", "value_rows", "  value rows gathered"),
    ("align.stage", "scorecard_table", "  kpi_scorecard"),
    ("align.stage", "catalog_rows", "  kpi_catalog rows"),
    ("align.stage", "_review_table", "  kpi_review"),
    ("align.stage", "series_rows", "  kpi_series rows"),
    ("align.stage", "revision_rows", "  kpi_revisions rows"),
    ("align.stage", "_table", "  Arrow tables of catalog, review, series, revisions"),
)


def _phases(rows: tuple[list[dict], list[dict], list[dict]]) -> None:
    """CPU seconds of each step of `align.stage.align_rows` on the largest corpus: where the time goes. The steps
    are timed in place (each function wrapped by a timer while one alignment runs), so what is timed is the
    alignment itself, with nothing re-assembled here; cProfile's per-call cost distorts the many small Python
    calls of alignment too much to compare steps."""
    import functools
    import importlib

    from align.stage import align_rows

    spent: dict[str, float] = dict.fromkeys([label for _, _, label in STEPS], 0.0)
    originals = []

    def timed(function, label: str):
        @functools.wraps(function)
        def step(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start
        return step

    for module_name, name, label in STEPS:
        module = importlib.import_module(module_name)
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, timed(getattr(module, name), label))
    try:
        indicators, observations, documents = copy.deepcopy(rows)
        start = time.process_time()
        align_rows(indicators, observations, documents, None)
        total = time.process_time() - start
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    top = sum(seconds for label, seconds in spent.items() if not label.startswith(" "))
    print(f"where the time goes, {len(documents)} documents (CPU s of align_rows, {total:.2f} in all; load average "
          f"{_load()}):")
    for label, seconds in spent.items():
        print(f"  {seconds:7.2f}  {label}")
    print(f"  {total - top:7.2f}  the rest (rows' kpi_ids written, overrides, groups)")


def _cache_figures(rows: tuple[list[dict], list[dict], list[dict]]) -> None:
    """Alignment through the cache as a batch run does it (`pipeline.run._align`): cold (aligned, stored)
    vs a rerun with nothing changed (the stored result read back)."""
    from align.cache import AlignmentCache, alignment_key
    from align.stage import align_rows

    with tempfile.TemporaryDirectory() as folder:
        store = AlignmentCache(Path(folder))
        timings = []
        for attempt in ("cold", "no change"):
            indicators, observations, documents = copy.deepcopy(rows)
            start = time.process_time()
            key = alignment_key([(d["source_file"], d["sha256"], "text") for d in documents], None, "bench")
            stored = store.get(key)
            if stored is None:
                tables = align_rows(indicators, observations, documents, None)
                ids = {(r["source_file"], r["kpi_name"], r["goal"]): r["kpi_id"] for r in (*indicators, *observations)}
                store.put(key, ids, tables)
            timings.append((attempt, time.process_time() - start, stored is not None))
        size = (Path(folder) / store.entry_name(key)).stat().st_size
    print(f"alignment cache, {len(rows[2])} documents (entry {size / 2**20:.1f} MiB):")
    for attempt, seconds, hit in timings:
        print(f"  {attempt:>9}: {seconds:6.2f} CPU s ({'stored result read back' if hit else 'aligned and stored'})")
    print(f"  no-change rerun / cold: {timings[1][1] / timings[0][1]:.1%}")


if __name__ == "__main__":
    main()
