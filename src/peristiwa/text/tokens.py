"""Tokenizer for Indonesian news text: words (with inner hyphens and apostrophes), numbers with
inner separators ("16.288", "2,5", "20/9", "21/10/2025", "14.30"), and single punctuation marks.
Offsets are kept so every token points into the text it came from."""

from __future__ import annotations

import re

from peristiwa.records import Token

QUOTE_MARKS = frozenset('"“”')  # the quote marks that open and close reported speech

_TOKEN = re.compile(
    r"(?=\S)(?:"  # (a cheap look at the next character skips spaces fast)
    r"\d++(?:[.,/:]\d++)+"  # numbers and dates with inner separators
    r"|[^\W_]++(?:['’\-][^\W_]++)*+"  # words, incl. Ma'ruf, Prabowo-Gibran, al-Sharaa
    r"|[^\w\s]"  # any other single mark
    r")"
)
# (the runs are possessive: a run of digits or letters is never given back, which is what a
# match would do anyway, and a number that fails is dropped at once instead of digit by digit)


# The same tokens in an ASCII text, with ASCII classes instead of Unicode ones (much faster in
# re: \d, [^\W_] and \w look up each character's Unicode category); nearly every sentence is
# ASCII. (\s stays: in Unicode mode it also takes the separators \x1c-\x1f.) A word that starts
# with a letter, most tokens, is tried first: it cannot be a number.
_ASCII_TOKEN = re.compile(
    r"(?=\S)(?:"
    r"[A-Za-z][A-Za-z0-9]*+(?:['\-][A-Za-z0-9]++)*+"
    r"|[0-9]++(?:[.,/:][0-9]++)+"
    r"|[A-Za-z0-9]++(?:['\-][A-Za-z0-9]++)*+"
    r"|[^A-Za-z0-9_\s]"
    r")"
)


def _token_re(text: str) -> re.Pattern[str]:
    return _ASCII_TOKEN if text.isascii() else _TOKEN


_new = tuple.__new__  # Token's fields in order, without the NamedTuple constructor's overhead


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    return tuple([_new(Token, (m.group(), m.start() + offset, m.end() + offset))
                  for m in _token_re(text).finditer(text)])


_span = re.Match.span


def token_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in `text` of the tokens of `tokenize(text)`, without making
    the tokens (cheaper when the words are at hand)."""
    return list(map(_span, _token_re(text).finditer(text)))


def spans_of(tokens: list[str], text: str) -> list[tuple[int, int]]:
    """`token_spans(text)` from the texts of its tokens (`word_list(text)`): each token is the
    first occurrence of its text from the end of the one before, since only spaces and
    underscores, which no token begins with, lie between them."""
    out, end = [], 0
    find = text.find
    for token in tokens:
        start = find(token, end)
        end = start + len(token)
        out.append((start, end))
    return out


def words(text: str) -> tuple[str, ...]:
    return tuple(_token_re(text).findall(text))


def word_list(text: str) -> list[str]:
    """The texts of `tokenize(text)`, without making the tokens (much cheaper). In an ASCII
    text the words between spaces that are all letters and digits, most of them, are tokens
    as they stand, and so are those words with a closing mark ("Jakarta,", "ujarnya."): only
    the others ("(21/10/2025)", "Prabowo-Gibran") are matched (no token spans a space, no rule
    looks beyond one, and str.split takes the same spaces as the rules' whitespace class). A
    match costs re far more than the split and the tests."""
    if not text.isascii():
        return _TOKEN.findall(text)
    out: list[str] = []
    for chunk in text.split():
        if _isalnum(chunk):
            out.append(chunk)
        elif chunk[-1] in _CLOSING_MARKS and _isalnum(chunk[:-1]):
            out += (chunk[:-1], chunk[-1])  # "Jakarta,", "ujarnya.": a word, then its mark
        else:
            out += _ASCII_TOKEN.findall(chunk)
    return out


# (str.isalnum itself, called on each chunk: the compiled build would look the method up on
# every word otherwise)
_isalnum = str.isalnum
# marks that end a word between spaces ("Jakarta,"): none is part of a token before it (not
# "'" nor "-", which join word parts), so the word and the mark are the chunk's two tokens
_CLOSING_MARKS = frozenset(',.:;)?!"')
