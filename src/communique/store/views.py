"""The store's views: events as actor–recipient dyads, dyads counted per month, and document timelines.

Codes come from ``event_participants`` (the entities' actor codes); an entity without a code
gives no dyad side. An event without any coded actor (or recipient) keeps one row with a
null actor (or recipient) code, so that no event drops out of the counts.
"""

from __future__ import annotations

EVENT_DYADS = """
CREATE OR REPLACE VIEW event_dyads AS
WITH actors AS (
    SELECT DISTINCT doc_id, event_id, code AS actor_code
    FROM event_participants WHERE role = 'actor' AND code IS NOT NULL
), recipients AS (
    SELECT DISTINCT doc_id, event_id, code AS recipient_code
    FROM event_participants WHERE role = 'recipient' AND code IS NOT NULL
)
SELECT e.doc_id, e.event_id, a.actor_code, r.recipient_code, e.type, e.mode, e.status,
       e.date_value, e.date_day, e.month, e.confidence
FROM events AS e
LEFT JOIN actors AS a ON a.doc_id = e.doc_id AND a.event_id = e.event_id
LEFT JOIN recipients AS r ON r.doc_id = e.doc_id AND r.event_id = e.event_id
"""

EVENTS_BY_DYAD_MONTH = """
CREATE OR REPLACE VIEW events_by_dyad_month AS
SELECT actor_code, recipient_code, type, month,
       count(*) AS events,
       count(*) FILTER (WHERE status = 'realized') AS realized,
       count(DISTINCT doc_id) AS documents
FROM event_dyads
GROUP BY actor_code, recipient_code, type, month
"""

DOCUMENT_TIMELINE = """
CREATE OR REPLACE VIEW document_timeline AS
WITH codes AS (
    SELECT doc_id, event_id,
           list_sort(list_distinct(list(code) FILTER (WHERE role = 'actor' AND code IS NOT NULL))) AS actor_codes,
           list_sort(list_distinct(list(code) FILTER (WHERE role = 'recipient' AND code IS NOT NULL)))
               AS recipient_codes
    FROM event_participants
    GROUP BY doc_id, event_id
)
SELECT e.doc_id,
       row_number() OVER (PARTITION BY e.doc_id ORDER BY e.date_day NULLS LAST, e.evidence_start, e.event_id) AS seq,
       e.event_id, e.date_value, e.date_day, e.type, e.mode, e.status,
       coalesce(c.actor_codes, []::VARCHAR[]) AS actor_codes,
       coalesce(c.recipient_codes, []::VARCHAR[]) AS recipient_codes,
       e.evidence_start, e.evidence_text
FROM events AS e
LEFT JOIN codes AS c ON c.doc_id = e.doc_id AND c.event_id = e.event_id
ORDER BY e.doc_id, seq
"""

# In creation order: a view comes after the views it reads.
VIEWS: tuple[tuple[str, str], ...] = (
    ("event_dyads", EVENT_DYADS),
    ("events_by_dyad_month", EVENTS_BY_DYAD_MONTH),
    ("document_timeline", DOCUMENT_TIMELINE),
)

VIEW_NAMES: tuple[str, ...] = tuple(name for name, _ in VIEWS)
