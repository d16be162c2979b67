"""Shared fixtures: the ../shared folder (tests that need it skip with a reason), the seed article."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (the shared data folder is needed for this test)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article exactly as stored: first line headline, the rest body."""
    return shared_path("examples", "seed", "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    """The seed article analysed by the default pipeline, published 2023-09-18."""
    import marsad

    title, _, body = seed_text.partition("\n")
    return marsad.analyze(body.strip(), title=title.strip(), published="2023-09-18", id="seed-kim-russia-visit")
