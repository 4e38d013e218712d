"""One exception hierarchy. Messages say what went wrong, where, and how to fix it."""

from __future__ import annotations


class PeristiwaError(Exception):
    """Base of every error peristiwa raises on purpose."""


class DataError(PeristiwaError):
    """A language-resource file is broken (file, entry and reason)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        head = f"{len(self.problems)} problem(s) in the language data"
        super().__init__(head + ":\n  " + "\n  ".join(self.problems))


class InputError(PeristiwaError):
    """An input file or article cannot be read or coded."""

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class StoreError(PeristiwaError):
    """The event store cannot be opened or written."""


class GoldError(PeristiwaError):
    """A gold file does not follow the annotation guide's format."""
