"""The package's layout: each stage imports only from itself and the stages before it, with no cycles."""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "qa"
# The pipeline, first to last. A module may import from its own stage or an earlier one.
STAGES = (
    ("qa.settings", "qa.hashing"),
    ("qa.ingest",),
    ("qa.model",),
    ("qa.store",),
    ("qa.retrieval",),
    ("qa.service",),
    ("qa.eval",),
    ("qa.api",),
    ("qa.bench",),
    ("qa.render",),
    ("qa.cli", "qa.__main__"),
)


def module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The qa modules a file imports, at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    return {name for name in found if name in modules and name != "qa"}


def stage_of(module: str) -> int:
    for number, prefixes in enumerate(STAGES):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return number
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES")


GRAPH = {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}


def test_every_module_belongs_to_a_stage():
    for module in GRAPH:
        if module != "qa":
            stage_of(module)


def test_no_module_imports_from_a_later_stage():
    wrong = [f"{module} -> {imported}" for module, imported_names in GRAPH.items() if module != "qa"
             for imported in imported_names if stage_of(imported) > stage_of(module)]
    assert wrong == []


def test_no_import_cycles():
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = "open"
        for imported in sorted(GRAPH.get(module, ())):
            if state.get(imported) == "open":
                raise AssertionError("import cycle: " + " -> ".join(path + [module, imported]))
            if imported not in state:
                visit(imported, path + [module])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [])


def test_importing_one_stage_does_not_load_the_model_stack():
    import subprocess
    import sys

    code = ("import sys, qa, qa.ingest.chunking; "
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'faiss', 'gradio') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
