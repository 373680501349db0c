"""spaCy ``Doc`` objects to the spaCy-free `Parse` record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from communique.parsed import Grammar, NamedSpan, Parse, Sentence, Token


def to_parse(text: str, language: str, pipeline: str, chunks: Sequence[tuple[int, Any]],
             grammar: Grammar | None = None) -> Parse:
    """Merge the docs of a text's chunks, each given with its start offset, into one `Parse`."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    ents: list[NamedSpan] = []
    feats: dict[str, tuple[tuple[str, str], ...]] = {}
    for offset, doc in chunks:
        base = len(tokens)
        sent_of = [0] * len(doc)
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if words:
                sentences.append(
                    Sentence(
                        start=offset + words[0].idx,
                        end=offset + words[-1].idx + len(words[-1].text),
                        token_start=base + words[0].i,
                        token_end=base + words[-1].i + 1,
                    )
                )
            for t in sent:
                sent_of[t.i] = max(len(sentences) - 1, 0)
        for t in doc:
            word = t.text
            morph = str(t.morph)
            if morph not in feats:
                feats[morph] = _feats(morph)
            tokens.append(
                Token(
                    i=base + t.i,
                    start=offset + t.idx,
                    end=offset + t.idx + len(word),
                    text=word,
                    lemma=t.lemma_,
                    pos=t.pos_,
                    tag=t.tag_,
                    dep=t.dep_,
                    head=base + t.head.i,
                    morph=feats[morph],
                    sent=sent_of[t.i],
                )
            )
        ents.extend(
            NamedSpan(
                start=offset + e.start_char,
                end=offset + e.end_char,
                text=e.text,
                label=e.label_,
                token_start=base + e.start,
                token_end=base + e.end,
            )
            for e in doc.ents
        )
    return Parse(
        text=text,
        language=language,
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        ents=tuple(ents),
        pipeline=pipeline,
        grammar=grammar or Grammar(),
    )


def _feats(morph: str) -> tuple[tuple[str, str], ...]:
    """``"Mood=Ind|Tense=Pres"`` as pairs."""
    return tuple((k, v) for k, _, v in (p.partition("=") for p in morph.split("|")) if v)
