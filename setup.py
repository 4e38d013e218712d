"""The optional compiled build of the coding path.

`pip install .` (or a wheel built from this tree) turns the modules that code an article
into C extensions with Cython, in its plain-Python mode: the same source files, the same
semantics (annotations are not read as C types), about a sixth faster. The package stays
pure Python where that cannot be done, and says so instead of failing:

- an editable install (`pip install -e .`, the `make test` venv) is never compiled, so that
  an edited module is the module that runs;
- `PERISTIWA_PURE=1` skips the compilation;
- with no C compiler, each module that does not build is left as Python, with a warning.

`peristiwa.build_info()` tells which modules run compiled. All metadata is in pyproject.toml.
"""

from __future__ import annotations

import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


def _compiled_list() -> tuple[str, ...]:
    """The modules every article goes through (measured with cProfile; the CLI, the store,
    the evaluation and the readers stay Python: the time is not spent there), as named in
    peristiwa/__init__.py, read without importing the package."""
    import ast

    with open(os.path.join("src", "peristiwa", "__init__.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    return next(ast.literal_eval(node.value) for node in tree.body
                if isinstance(node, ast.Assign) and
                getattr(node.targets[0], "id", None) == "COMPILED")


COMPILED = [f"peristiwa.{m}" for m in _compiled_list()]
DIRECTIVES = {
    "language_level": 3,
    "binding": True,  # functions keep their signatures and docstrings
    "annotation_typing": False,  # `list[str]` is a hint, as in Python: a tuple may come
}


def _extension(module: str) -> Extension:
    """A module's extension; a package's is its __init__ (built as <package>/__init__.so)."""
    path = os.path.join("src", *module.split("."))
    if os.path.isdir(path):
        return Extension(module + ".__init__", [os.path.join(path, "__init__.py")])
    return Extension(module, [path + ".py"])


class OptionalBuildExt(build_ext):
    """Compile what can be compiled; leave the rest as Python, and say so."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        if self.inplace or getattr(self, "editable_mode", False):
            print("peristiwa: editable install, modules left as Python", file=sys.stderr)
            return
        if os.environ.get("PERISTIWA_PURE") == "1":
            print("peristiwa: PERISTIWA_PURE=1, modules left as Python", file=sys.stderr)
            return
        try:
            from Cython.Build import cythonize
        except ImportError:
            print("peristiwa: Cython not found, modules left as Python", file=sys.stderr)
            return
        self.extensions = cythonize(self.extensions, compiler_directives=DIRECTIVES,
                                    build_dir=os.path.join(self.build_temp, "cython"),
                                    nthreads=self.parallel, quiet=True)
        super().run()

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:  # (no compiler, no Python headers): that module stays Python
            print(f"peristiwa: {ext.name} left as Python ({type(exc).__name__}: {exc})",
                  file=sys.stderr)


setup(
    ext_modules=[_extension(m) for m in COMPILED],
    cmdclass={"build_ext": OptionalBuildExt},
)
