"""Scores results against gold annotations (communique.gold/1), as the project's scorer does."""

from communique.evaluation.load import load_gold, load_results
from communique.evaluation.score import Report, Scores, score

__all__ = ["Report", "Scores", "load_gold", "load_results", "score"]
