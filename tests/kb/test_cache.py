"""The on-disk cache of parsed KB files: used when a file is unchanged, never hiding errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from communique.errors import InvalidKnowledgeBase
from communique.kb import KnowledgeBase
from communique.kb.cache import cache_dir, read_kb_file_cached

DATA = Path(__file__).resolve().parents[1] / "data" / "kb"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "cache"))
    return cache_dir()


def test_cache_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMMUNIQUE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "communique" / "kb"


def test_a_parsed_file_is_cached_and_reused(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    shutil.copy(DATA / "mini.yaml", path)
    first = KnowledgeBase.from_files([path], cache=True)
    assert len(list(cache.glob("*.pickle"))) == 1
    again = KnowledgeBase.from_files([path], cache=True)
    assert [e for e in again] == [e for e in first]
    assert again.get("state/FRA").line == 6  # type: ignore[union-attr]


def test_a_changed_file_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    shutil.copy(DATA / "mini.yaml", path)
    KnowledgeBase.from_files([path], cache=True)
    path.write_text(path.read_text(encoding="utf-8").replace("name: Russia", "name: Russian Federation"),
                    encoding="utf-8")
    kb = KnowledgeBase.from_files([path], cache=True)
    assert kb.state("RUS").name == "Russian Federation"  # type: ignore[union-attr]
    assert len(list(cache.glob("*.pickle"))) == 2


def test_the_same_content_elsewhere_keeps_its_own_path(cache: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.yaml"
    shutil.copy(DATA / "mini.yaml", copy)
    read_kb_file_cached(DATA / "mini.yaml")
    assert read_kb_file_cached(copy).path == str(copy)


def test_a_broken_cache_file_is_ignored(cache: Path) -> None:
    read_kb_file_cached(DATA / "mini.yaml")
    for cached in cache.glob("*.pickle"):
        cached.write_bytes(b"not a pickle")
    assert len(read_kb_file_cached(DATA / "mini.yaml").entries) == 9


def test_errors_are_reported_from_cached_files_too(cache: Path) -> None:
    bad = DATA / "bad" / "unknown_of.yaml"
    for _ in range(2):  # the second time the raw entries come from the cache
        with pytest.raises(InvalidKnowledgeBase, match=r"unknown_of\.yaml:10: .*state/ATL"):
            KnowledgeBase.from_files([bad], cache=True)
    assert len(list(cache.glob("*.pickle"))) == 1
