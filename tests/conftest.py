from pathlib import Path

import pytest

from analysis import load_corpus

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seeds():
    """The embedded seed corpus, loaded once for the whole test run."""
    return load_corpus(ROOT / "seeds")


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a test input file (text as UTF-8, bytes as they are)."""
    path = folder / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path
