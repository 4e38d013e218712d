"""The validating loader: every data file checks out; broken files fail loudly with file and
entry; user folders add and override entries by id; the bundle pickles."""

import pickle
import textwrap

import pytest

from peristiwa.errors import DataError
from peristiwa.resources import load_resources
from peristiwa.resources.frozen import PhraseIndex

from .conftest import FIXTURE_DICT

HEAD = "# source: test\n# reviewed: 2026-11-22\n"


def write(folder, rel, text):
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + textwrap.dedent(text), encoding="utf-8")
    return path


def test_packaged_data_is_valid_and_complete(res):
    assert {p.root for p in res.patterns} == {f"{r:02d}" for r in range(1, 21)}
    assert len(res.cameo) > 280 and res.furniture
    kinds = {a.kind for a in res.actors.values()}
    assert kinds == {"country", "organization", "institution", "agent", "person"}
    states = [a for a in res.actors.values() if a.kind == "country" and not a.place]
    assert len(states) >= 197
    assert res.places


def test_bundle_pickles(fres):
    again = pickle.loads(pickle.dumps(fres))
    assert again.version == fres.version and len(again.actors) == len(fres.actors)
    with pytest.raises(TypeError):
        again.actors["x"] = None


def test_phrase_index_finds_the_longest_phrase():
    index = PhraseIndex.build([("Kota", "k"), ("Kota Bogor", "b"), ("Kota Bogor Barat", "bb"),
                               ("Kota Baru", "kb"), ("Bogor", "g"), ("Kota", "k2")])
    words = ["di", "Kota", "Bogor", "Barat", "dan", "Kota", "Bogor", "Kota", "Baru", "Kota"]
    assert index.longest(words, 1) == (3, ("bb",))
    assert index.longest(words, 5) == (2, ("b",))
    assert index.longest(words, 7) == (2, ("kb",))
    assert index.longest(words, 9) == (1, ("k", "k2"))  # the last word: no second word
    assert index.longest(words, 2) == (1, ("g",))
    assert index.longest(words, 0) == (0, ())
    assert index.longest(["Kota", "Bandung"], 0) == (1, ("k", "k2"))
    assert index.longest(["Bogor", "Barat"], 0) == (1, ("g",))
    again = pickle.loads(pickle.dumps(index))
    assert again.longest(words, 1) == (3, ("bb",)) and len(again) == len(index) == 5


@pytest.mark.parametrize("rel,text,message", [
    ("actors/bad.yaml",
     "kind: country\nactors:\n  - {id: X1, name: X, country: XXXX, aliases: [X]}\n",
     "actors/bad.yaml: X1: country 'XXXX' is not a 3-letter code"),
    ("actors/bad.yaml", "kind: person\nactors:\n  - id: p1\n    aliases: [P Satu]\n    roles:\n"
     "      - {code: IDNGOV, sector: GOV, start: 2024-01-01, end: 2023-01-01}\n",
     "p1: role (untitled) ends (2023-01-01) before it starts (2024-01-01)"),
    ("actors/bad.yaml", "kind: planet\nactors: []\n", "kind 'planet' must be one of"),
    ("patterns/11.yaml", 'root: "11"\npatterns:\n  - {id: p1, code: "999", trigger: kecam, '
     'examples: [{text: x, events: []}]}\n', "p1: code '999' is not a CAMEO code under root 11"),
    ("patterns/11.yaml", 'root: "11"\npatterns:\n  - {id: p2, code: "111", trigger: kecam}\n',
     "p2: pattern has no examples"),
    ("patterns/11.yaml", 'root: "11"\npatterns:\n  - {id: p3, code: "111", trigger: kecam, '
     'target: [sideways], examples: [{text: x, events: []}]}\n', "unknown target slot"),
    ("patterns/11.yaml", 'root: "11"\npatterns:\n  - {id: p4, code: "111", trigger: kecam, '
     'not_after: [sangat], not_after_within: 0, examples: [{text: x, events: []}]}\n',
     "not_after_within must be a whole number from 1 to 16"),
    ("patterns/11.yaml", 'root: "11"\npatterns:\n  - {id: p6, code: "111", trigger: kecam, '
     'needs_before: [izin], needs_before_within: 17, examples: [{text: x, events: []}]}\n',
     "needs_before_within must be a whole number from 1 to 16"),
    ("patterns/11.yaml", 'root: "11"\npatterns:\n  - {id: p5, code: "111", trigger: kecam, '
     'voice: active, examples: [{text: x, events: []}]}\n',
     "voice must be 'passive' or 'speaker'"),
    ("actors/broken.yaml", "kind: country\nactors: [ {id: A\n", "not valid YAML"),
])
def test_broken_files_fail_with_file_entry_and_reason(tmp_path, rel, text, message):
    write(tmp_path, rel, text)
    with pytest.raises(DataError) as exc:
        load_resources([str(tmp_path)], packaged=("cameo", "lexicon"))
    assert message in str(exc.value)


def test_missing_header_is_reported(tmp_path):
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "x.yaml").write_text("kind: agent\nactors: []\n", encoding="utf-8")
    with pytest.raises(DataError, match="header must say its source"):
        load_resources([str(tmp_path)], packaged=("cameo", "lexicon"))


def test_duplicate_ids_in_packaged_style_files(tmp_path):
    write(tmp_path, "actors/a.yaml", "kind: country\nactors:\n  - {id: X1, aliases: [Xa]}\n"
          "  - {id: X1, aliases: [Xb]}\n")
    with pytest.raises(DataError, match="duplicate id"):
        load_resources([str(tmp_path)], packaged=("cameo", "lexicon"))


def test_user_folder_adds_and_overrides_by_id(tmp_path):
    write(tmp_path, "actors/mine.yaml", """\
        kind: person
        actors:
          - id: budi-santoso
            name: Budi Santoso
            country: IDN
            sector: PTY
            aliases: [Budi Santoso]
          - {id: new-person, name: Sari Dewi, country: IDN, sector: HRI, aliases: [Sari Dewi]}
        """)
    base = load_resources([str(FIXTURE_DICT)], packaged=("cameo", "lexicon"))
    both = load_resources([str(FIXTURE_DICT), str(tmp_path)], packaged=("cameo", "lexicon"))
    assert base.actors["budi-santoso"].roles and not both.actors["budi-santoso"].roles
    assert both.actors["new-person"].sector == "HRI"
    assert both.version != base.version


def test_missing_user_folder_is_an_error(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        load_resources([str(tmp_path / "nope")])
