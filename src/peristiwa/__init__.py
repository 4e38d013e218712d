"""peristiwa: political event data (CAMEO, PLOVER) from Indonesian news.

    >>> from peristiwa import load_resources, code_text
    >>> res = load_resources()
    >>> events = code_text("Iran mengecam Israel.", res, published="2025-10-20")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Resources", "code_article", "code_text", "load_resources", "__version__"]


def __getattr__(name: str) -> Any:  # lazy, so that light modules import without the pipeline
    if name in ("code_article", "code_text"):
        from peristiwa import pipeline

        return getattr(pipeline, name)
    if name in ("Resources", "load_resources"):
        from peristiwa import resources

        return getattr(resources, name)
    raise AttributeError(name)
