"""The tokenizer: offsets point into the text, and the offset-free word lists agree with it."""

from peristiwa.text.tokens import spans_of, token_spans, tokenize, word_list, words

TEXT = ("Prabowo-Gibran dan Ma'ruf Amin bertemu di Jakarta, Selasa (21/10/2025) pukul 14.30; "
        "inflasi 2,5 persen__ “kata” al-Sharaa…")


def test_tokens_point_into_the_text():
    for t in tokenize(TEXT, 7):
        assert TEXT[t.start - 7:t.end - 7] == t.text
    assert [t.text for t in tokenize("Senin (21/10/2025)")] == ["Senin", "(", "21/10/2025", ")"]


def test_token_spans_are_the_token_offsets():
    assert token_spans(TEXT) == [(t.start, t.end) for t in tokenize(TEXT)]
    for text in (TEXT, " a_b  __c  “kata” - jum’at 1.5hari\t(x)_", "", "   "):
        assert spans_of(word_list(text), text) == token_spans(text)


def test_word_lists_are_the_token_texts():
    texts = [t.text for t in tokenize(TEXT)]
    assert word_list(TEXT) == texts and words(TEXT) == tuple(texts)
    assert "Prabowo-Gibran" in texts and "Ma'ruf" in texts and "_" not in "".join(texts)


def test_ascii_texts_tokenize_as_any_text():
    """An ASCII text goes through ASCII classes: the same tokens as the Unicode ones give."""
    from peristiwa.text.tokens import _ASCII_TOKEN, _TOKEN

    text = "".join(chr(c) for c in range(128)) + " " + TEXT.encode("ascii", "ignore").decode()
    for t in (text, text[::-1], "Rp 16.288,5 (21/10) x_y a-b- -c d'e' 'f \x1cg\x1fh"):
        assert [(m.span(), m.group()) for m in _ASCII_TOKEN.finditer(t)] == \
            [(m.span(), m.group()) for m in _TOKEN.finditer(t)]


def test_word_lists_split_on_spaces_as_the_tokenizer():
    """An ASCII text's word list is made chunk by chunk between spaces (the all-alphanumeric
    chunks taken whole): the same tokens as matching the whole text, whatever the spaces
    (the separators \\x1c-\\x1f included), underscores and marks."""
    import random

    rng = random.Random(5)
    alphabet = "aZ09 \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f_'-.,/:;\"()!?"
    samples = ["".join(chr(c) for c in range(128)), "x_y a-b- -c d'e' 'f 16.288,5 (21/10)",
               *("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                 for _ in range(3000))]
    for text in samples:
        assert word_list(text) == [t.text for t in tokenize(text)]
