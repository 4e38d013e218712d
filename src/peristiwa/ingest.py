"""Reading inputs into Article records: .txt files, .jsonl files, folders, standard input.

Every problem becomes a `Failure` naming the file (and line or article) and the reason; reading
goes on with the next input. Encodings: UTF-8 with or without BOM, UTF-16 (with BOM, or without
one when the zero bytes show it), cp1252 / latin-1 as the last resort; binary and empty inputs
are failures.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO
from collections.abc import Iterator

from peristiwa.records import Article, Failure

SUPPORTED = (".txt", ".jsonl")
_KNOWN_FIELDS = {"article_id", "id", "text", "published", "title", "url", "source", "outlet"}


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file in a folder that is not an input type (reported in the run summary)."""

    path: str
    reason: str


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, or InputError-style ValueError with a clear reason."""
    if not data.strip():
        raise ValueError("empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    zeros = data.count(0)
    if zeros:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if zeros > len(data) // 4 and (odd > 0.9 * zeros or even > 0.9 * zeros):
            return data.decode("utf-16-le" if odd > even else "utf-16-be")
        raise ValueError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise ValueError("binary data (control characters), not text")
    if "\ufffd" in text:
        return data.decode("latin-1")
    return text


def parse_published(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            return date.fromisoformat(text[:10])
    raise ValueError(f"published must be an ISO date string, got {value!r}")


def _article_from_json(obj: object, origin: str, default_published: date | None) -> Article:
    if not isinstance(obj, dict):
        raise ValueError("each line must be a JSON object")
    aid = obj.get("article_id", obj.get("id"))
    if aid in (None, ""):
        raise ValueError("missing article_id")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"article {aid}: missing or empty text")
    try:
        published = parse_published(obj.get("published")) or default_published
    except ValueError as exc:
        raise ValueError(f"article {aid}: bad published date: {exc}") from exc
    meta = tuple((k, json.dumps(v, ensure_ascii=False)) for k, v in obj.items()
                 if k not in _KNOWN_FIELDS)
    return Article(
        article_id=str(aid),
        text=text,
        published=published,
        title=obj.get("title"),
        url=obj.get("url"),
        outlet=obj.get("outlet") or obj.get("source"),
        origin=origin,
        metadata=meta,
    )


def read_jsonl(text: str, name: str, default_published: date | None
               ) -> Iterator[Article | Failure]:
    # split on newlines only: str.splitlines() would also cut at U+2028 inside JSON strings
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{name}:{n}"
        try:
            yield _article_from_json(json.loads(line), origin, default_published)
        except json.JSONDecodeError as exc:
            yield Failure(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
        except ValueError as exc:
            yield Failure(origin, str(exc))


def read_txt(text: str, name: str, article_id: str, default_published: date | None) -> Article:
    return Article(article_id=article_id, text=text, published=default_published, origin=name)


def _read_file(path: Path, default_published: date | None) -> Iterator[Article | Failure]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    try:
        text = decode(data, str(path))
    except (ValueError, UnicodeDecodeError) as exc:
        yield Failure(str(path), str(exc), article_id=path.stem)
        return
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(text, str(path), default_published)
    else:
        yield read_txt(text, str(path), path.stem, default_published)


def _read_stdin(stream: BinaryIO, default_published: date | None
                ) -> Iterator[Article | Failure]:
    data = stream.read()
    try:
        text = decode(data, "<stdin>")
    except (ValueError, UnicodeDecodeError) as exc:
        yield Failure("<stdin>", str(exc))
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl(text, "<stdin>", default_published)
    else:
        yield read_txt(text, "<stdin>", "stdin", default_published)


def read_inputs(paths: list[str], default_published: date | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Article | Failure | Skipped]:
    """Articles from the given paths, in order; folders are walked recursively and sorted."""
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, default_published)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUPPORTED:
                    yield from _read_file(child, default_published)
                elif not child.name.startswith("."):
                    yield Skipped(str(child), f"not an input type ({', '.join(SUPPORTED)})")
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED:
                yield Failure(str(path), f"unsupported file type {path.suffix or '(none)'}; "
                              f"give {' or '.join(SUPPORTED)} files, a folder, or -")
            else:
                yield from _read_file(path, default_published)
        else:
            yield Failure(str(path), "no such file or folder")
