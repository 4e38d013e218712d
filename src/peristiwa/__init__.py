"""peristiwa: political event data (CAMEO, PLOVER) from Indonesian news.

    >>> from peristiwa import load_resources, code_text
    >>> res = load_resources()
    >>> events = code_text("Iran mengecam Israel.", res, published="2025-10-20")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Resources", "build_info", "code_article", "code_text", "load_resources",
           "__version__"]


# The modules setup.py compiles when it can (it reads this list from here).
COMPILED = (
    "actors.article", "actors.memory", "actors.recognize", "actors.resolve", "actors.spans",
    "actors.tools", "dates", "events.coder", "events.roles", "events.triggers", "pipeline",
    "places", "records", "resources", "resources.entries", "resources.frozen", "runner",
    "settings", "text.clean", "text.morph", "text.sentences", "text.tokens", "util",
)


def build_info() -> dict[str, Any]:
    """Which of the coding modules run compiled (setup.py's optional Cython build) and which
    as Python: {"compiled": n, "python": [names]} ("python" is empty in a full build)."""
    import importlib
    from importlib.machinery import EXTENSION_SUFFIXES

    plain = [m for m in COMPILED if not (importlib.import_module(f"peristiwa.{m}").__file__ or
                                         "").endswith(tuple(EXTENSION_SUFFIXES))]
    return {"compiled": len(COMPILED) - len(plain), "python": plain}


def __getattr__(name: str) -> Any:  # lazy, so that light modules import without the pipeline
    if name in ("code_article", "code_text"):
        from peristiwa import pipeline

        return getattr(pipeline, name)
    if name in ("Resources", "load_resources"):
        from peristiwa import resources

        return getattr(resources, name)
    raise AttributeError(name)
