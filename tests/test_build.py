"""The optional compiled build (setup.py): which modules it compiles, and how the package tells
whether it runs compiled. That the compiled build codes exactly as the Python is checked by
`make compiled-check` (in .ci/run), which builds it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import peristiwa

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "peristiwa"


def test_every_compiled_name_is_a_module_of_the_package():
    for name in peristiwa.COMPILED:
        path = SRC.joinpath(*name.split("."))
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), name


def test_the_coding_path_is_compiled_whole():
    """Every peristiwa module that the pipeline imports, directly or not, is in the list: a
    module left out would run as Python in the middle of the compiled path."""
    seen, todo = set(), ["pipeline"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = SRC.joinpath(*name.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("peristiwa."):
                todo.append(node.module.removeprefix("peristiwa."))
    light = {"errors"}  # (exception classes only: nothing runs there)
    assert seen - light <= set(peristiwa.COMPILED)


def test_setup_reads_the_list_from_the_package(monkeypatch):
    """setup.py cannot import the package it builds: it reads the list from the source."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    reader = next(n for n in tree.body
                  if isinstance(n, ast.FunctionDef) and n.name == "_compiled_list")
    namespace: dict = {"os": importlib.import_module("os")}
    exec(compile(ast.Module([reader], []), "setup.py", "exec"), namespace)
    monkeypatch.chdir(ROOT)
    assert namespace["_compiled_list"]() == peristiwa.COMPILED


def test_build_info_tells_compiled_from_python():
    info = peristiwa.build_info()
    assert info["compiled"] + len(info["python"]) == len(peristiwa.COMPILED)
    for name in info["python"]:
        assert importlib.import_module(f"peristiwa.{name}").__file__.endswith(".py")
