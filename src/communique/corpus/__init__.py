"""Corpora: resumable batch runs over many documents, on local processes or on Ray.

>>> summary = run_batch((Path("corpus.jsonl"),), Path("out.jsonl"), LocalEngine(workers=2))
"""

from communique.corpus.inputs import CorpusItem, count_items, iter_items
from communique.corpus.local import LocalEngine
from communique.corpus.manifest import ManifestEntry, load_manifest, manifest_path
from communique.corpus.outputs import output_kind
from communique.corpus.run import BatchProgress, BatchSummary, Engine, run_batch
from communique.corpus.work import Outcome

__all__ = [
    "BatchProgress",
    "BatchSummary",
    "CorpusItem",
    "Engine",
    "LocalEngine",
    "ManifestEntry",
    "Outcome",
    "count_items",
    "iter_items",
    "load_manifest",
    "manifest_path",
    "output_kind",
    "run_batch",
]
