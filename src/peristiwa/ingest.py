"""Reading inputs into Article records: .txt files, .jsonl files, HTML pages and WARC archives
(with the optional `html` extra: trafilatura, warcio), folders, standard input.

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

SUPPORTED = (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")
_HTML_EXTRA = "HTML and WARC input need the optional extra: pip install 'peristiwa[html]'"
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


def published_hour(value: object) -> int | None:
    """The hour of a publication timestamp in its own time zone ("2025-10-22T01:46:00+07:00"
    -> 1); None for a bare date or anything unreadable."""
    if not isinstance(value, str) or "T" not in value and " " not in value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).hour
    except ValueError:
        return None


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
        published_hour=published_hour(obj.get("published")),
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


def _kind(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".warc.gz", ".warc", ".html", ".htm", ".jsonl", ".txt"):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def html_article(data: bytes | str, article_id: str, origin: str,
                 default_published: date | None, url: str | None = None) -> Article:
    """The main text and metadata of a news page (trafilatura), as an Article."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ValueError(_HTML_EXTRA) from exc
    found = trafilatura.bare_extraction(data, url=url, with_metadata=True,
                                        include_tables=False, include_comments=False)
    doc = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    if not doc or not (doc.get("text") or "").strip():
        raise ValueError("no article text found in the HTML")
    try:
        published = parse_published(doc.get("date")) or default_published
    except ValueError:
        published = default_published
    meta = tuple((k, json.dumps(doc[k], ensure_ascii=False)) for k in ("author", "hostname")
                 if doc.get(k))
    return Article(article_id=article_id, text=doc["text"], published=published,
                   title=doc.get("title"), url=doc.get("url") or url,
                   outlet=doc.get("sitename"), origin=origin, metadata=meta)


def read_warc(path: Path, default_published: date | None) -> Iterator[Article | Failure]:
    """Every HTML response of a WARC file (warcio), one article each."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Failure(str(path), _HTML_EXTRA)
        return
    found = 0
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type != "response":
                    continue
                ctype = record.http_headers.get_header("Content-Type") if \
                    record.http_headers else ""
                if "html" not in (ctype or ""):
                    continue
                found += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}#{n}"
                aid = f"{path.name.split('.')[0]}-{n}"
                try:
                    yield html_article(record.content_stream().read(), aid, origin,
                                       default_published, url)
                except ValueError as exc:
                    yield Failure(origin, f"{url}: {exc}", aid)
    except Exception as exc:  # a corrupt archive: report it, keep what was read
        yield Failure(str(path), f"cannot read WARC: {type(exc).__name__}: {exc}")
        return
    if not found:
        yield Failure(str(path), "no HTML responses in the WARC file")


def _read_file(path: Path, default_published: date | None) -> Iterator[Article | Failure]:
    kind = _kind(path)
    if kind in (".warc", ".warc.gz"):
        yield from read_warc(path, default_published)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if kind in (".html", ".htm"):
        if not data.strip():
            yield Failure(str(path), "empty input", article_id=path.stem)
            return
        try:
            yield html_article(data, path.stem, str(path), default_published)
        except ValueError as exc:
            yield Failure(str(path), str(exc), article_id=path.stem)
        return
    try:
        text = decode(data, str(path))
    except (ValueError, UnicodeDecodeError) as exc:
        yield Failure(str(path), str(exc), article_id=path.stem)
        return
    if kind == ".jsonl":
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
                if _kind(child) in SUPPORTED:
                    yield from _read_file(child, default_published)
                elif not child.name.startswith("."):
                    yield Skipped(str(child), f"not an input type ({', '.join(SUPPORTED)})")
        elif path.is_file():
            if _kind(path) not in SUPPORTED:
                yield Failure(str(path), f"unsupported file type {path.suffix or '(none)'}; "
                              f"give {' or '.join(SUPPORTED)} files, a folder, or -")
            else:
                yield from _read_file(path, default_published)
        else:
            yield Failure(str(path), "no such file or folder")
