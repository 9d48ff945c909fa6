"""The ground floor stays the ground floor: `normalize/` imports nothing else of the project.

Read by an AST scan of the sources (no import is executed), so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

GROUND_FLOOR = "normalize"


def project_packages(root: Path = ROOT) -> set[str]:
    """Top-level packages of the project: folders of the repository root that hold an `__init__.py`."""
    return {p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").exists()}


def imported_top_levels(source: str) -> set[str]:
    """Top-level module names an absolute import in the source names (relative imports stay in the package)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def forbidden_imports(source: str, package: str, packages: set[str]) -> set[str]:
    """The other project packages a module of `package` imports."""
    return imported_top_levels(source) & (packages - {package})


def test_the_scan_sees_every_import_form() -> None:
    # the check below is only as good as the scan: each import form must be seen, including lazy ones
    source = (
        "import json\nimport ingest.model\nfrom align.ids import provisional_kpi_id\n"
        "from . import text\nfrom normalize.cell import parse_cell\n"
        "def f():\n    from records import extraction_records\n"
    )
    packages = {"ingest", "align", "records", "normalize", "schema"}
    assert forbidden_imports(source, "normalize", packages) == {"ingest", "align", "records"}


def test_project_packages_are_found() -> None:
    assert {"ingest", "normalize", "records", "align", "schema", "pipeline"} <= project_packages()


def test_normalize_imports_no_other_project_package() -> None:
    packages = project_packages()
    offenders = {}
    for path in sorted((ROOT / GROUND_FLOOR).rglob("*.py")):
        found = forbidden_imports(path.read_text(encoding="utf-8"), GROUND_FLOOR, packages)
        if found:
            offenders[path.relative_to(ROOT).as_posix()] = sorted(found)
    assert not offenders, f"normalize/ must import nothing else of the project: {offenders}"
