from __future__ import annotations

from pathlib import Path

import pytest

from peristiwa.resources import load_resources
from peristiwa.settings import Settings

HERE = Path(__file__).parent
FIXTURE_DICT = HERE / "fixtures" / "dict"
EXAMPLES = HERE.parent / "examples"


@pytest.fixture(scope="session")
def fres():
    """Fictional test dictionary + the packaged CAMEO table and word lists."""
    return load_resources([str(FIXTURE_DICT)], packaged=("cameo", "lexicon"))


@pytest.fixture(scope="session")
def res():
    """The packaged resources (real dictionaries)."""
    return load_resources()


@pytest.fixture
def settings():
    return Settings()
