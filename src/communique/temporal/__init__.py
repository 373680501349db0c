"""The temporal stage: time expressions found by per-language rules and normalized to TIMEX3 values.

``TimeTagger.for_language("fr").tag(text, published=date)`` gives ``Timex`` records. The
engine holds no language knowledge: every word and rule lives in
``data/lang/<code>/temporal.yaml`` (see ``README.md`` beside this file).
"""

from communique.temporal.tagger import TenseAt, TimeTagger
from communique.temporal.values import is_timex3_value

__all__ = ["TenseAt", "TimeTagger", "is_timex3_value"]
