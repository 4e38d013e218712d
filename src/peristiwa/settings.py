"""Settings, declared once (name, type, default, help) and used by the CLI, the config file
(`peristiwa.toml`, section `[peristiwa]`) and the docs alike."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from peristiwa.errors import PeristiwaError


def _help(text: str, **kw: Any) -> Any:
    return field(metadata={"help": text}, **kw)


@dataclass(frozen=True, slots=True)
class Settings:
    home_country: str = _help(
        "Country given to agents with no country in the text (news of this country).",
        default="IDN",
    )
    today: date | None = _help(
        "The day of coding, used only to infer the year of dates in articles without a "
        "publication date. The pipeline never reads the clock; the CLI passes the date.",
        default=None,
    )
    published: date | None = _help(
        "Publication date for inputs that have none.", default=None
    )
    dict_dirs: tuple[str, ...] = _help(
        "Extra dictionary folders (same layout as the package's data/ folder); their entries "
        "are added to, or override by id, the packaged ones.",
        default=(),
    )
    reciprocal_both: bool = _help(
        "Emit reciprocal events (meet, agree, ...) once per direction; otherwise once, flagged.",
        default=True,
    )
    domestic_targets: bool = _help(
        "A transitive act of a home-country actor whose target names no actor gets the home "
        "country as an unspecified target (the unnamed object of domestic acts is domestic).",
        default=True,
    )
    min_confidence: float = _help("Drop events below this confidence.", default=0.0)


def _coerce(name: str, value: Any) -> Any:
    if name in ("today", "published") and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if name == "dict_dirs" and isinstance(value, (list, tuple)):
        return tuple(str(v) for v in value)
    return value


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Read `peristiwa.toml` (if given or present in the working folder), then apply overrides
    (None values are ignored so that unset CLI options keep the file's value)."""
    values: dict[str, Any] = {}
    cfg = Path(path) if path else Path("peristiwa.toml")
    if path and not cfg.exists():
        raise PeristiwaError(f"config file {cfg} does not exist")
    if cfg.exists():
        try:
            doc = tomllib.loads(cfg.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PeristiwaError(f"config file {cfg}: {exc}") from exc
        section = doc.get("peristiwa", doc)
        known = {f.name for f in fields(Settings)}
        unknown = set(section) - known
        if unknown:
            raise PeristiwaError(
                f"config file {cfg}: unknown setting(s) {sorted(unknown)}; known: {sorted(known)}"
            )
        values.update(section)
    values.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})
    except (TypeError, ValueError) as exc:
        raise PeristiwaError(f"bad setting: {exc}") from exc


def settings_help() -> list[tuple[str, str, str]]:
    """(name, default, help) for every setting, for the docs and `peristiwa settings`."""
    out = []
    for f in fields(Settings):
        default = f.default if f.default is not None else "(none)"
        out.append((f.name, str(default), f.metadata["help"]))
    return out
