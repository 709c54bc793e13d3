"""Dates and sequence: the dates an article mentions, resolved against its publication date.

Each weekday ("on Monday"), relative day ("yesterday", "tomorrow", "tonight"), month-day ("December 2",
"2 December"), month-year ("February 2022") and bare year ("2014") becomes a calendar date with a precision
(``day``, ``month``, ``year``). A weekday is read as the most recent such day on or before publication, or
as the next one on or after it when the :data:`FUTURE_WINDOW` characters of its sentence before it hold a future cue (``will``,
``set to``, ``due to``, ``expected to``, ``plans to``, ``is to``, ``next``; not after ``was``/``were``); a month-day without a year takes the year that puts it nearest to the
publication date. This is the usual reading rule of news time expressions (cf. TimeML / HeidelTime's
"news" document type, Strötgen & Gertz 2013), kept to a few explicit rules here. Documents without a usable
``published`` date get resolved dates only for explicit ones (month-day with year, month-year, year).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pandas as pd

from analysis.corpus import Corpus

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_M = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
_PATTERNS = [
    ("month_day_year", re.compile(_M + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")),
    ("day_month_year", re.compile(r"\b(\d{1,2})\s+" + _M + r"\s+((?:19|20)\d\d)\b")),
    ("month_day", re.compile(_M + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)")),
    ("day_month", re.compile(r"\b(\d{1,2})\s+" + _M + r"\b(?!\s+(?:19|20)\d\d)")),
    ("month_year", re.compile(r"(?:\b(?:early|mid|late)-?\s*)?" + _M + r"\s+((?:19|20)\d\d)\b")),
    ("weekday", re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")),
    ("relative", re.compile(r"\b(yesterday|today|tonight|tomorrow|overnight)\b", re.I)),
    ("year", re.compile(r"(?<![\d,.$])\b((?:19|20)\d\d)\b(?![\d,%-])")),
]
_FUTURE = re.compile(r"\b(?:will|(?<!was )(?<!were )(?:set|due|expected|scheduled|planning|plans?) to|(?:is|are) to|next)\b", re.I)
FUTURE_WINDOW = 60
"""Characters before a weekday searched for a future-tense cue."""
EVENT_COLUMNS = ["doc_id", "source", "start", "end", "text", "kind", "date", "precision", "basis", "published",
                 "days_from_published", "sent_start", "sent_end", "sentence"]


def published_date(value) -> date | None:
    """The calendar day of a ``published`` value ("2025-12-08", "2025-12-09T05:05:31"), or ``None``."""
    if not isinstance(value, str) or not value.strip():
        return None
    ts = pd.to_datetime(value.strip()[:10], errors="coerce")
    return None if pd.isna(ts) else ts.date()


def _nearest_year(month: int, day: int, pub: date) -> date | None:
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best


def resolve(kind: str, groups: tuple, pub: date | None, before: str) -> tuple[date | None, str, str]:
    """``(date, precision, basis)`` of one match (see the module docstring); date ``None`` when unresolvable.
    ``before`` is the text just before the mention, searched for future-tense cues."""
    g = [x for x in groups if x is not None]
    try:
        if kind == "month_day_year":
            return date(int(g[2]), MONTHS.index(g[0].lower()) + 1, int(g[1])), "day", "explicit"
        if kind == "day_month_year":
            return date(int(g[2]), MONTHS.index(g[1].lower()) + 1, int(g[0])), "day", "explicit"
        if kind == "month_year":
            return date(int(g[-1]), MONTHS.index(g[-2].lower()) + 1, 1), "month", "explicit"
        if kind == "year":
            return date(int(g[0]), 1, 1), "year", "explicit"
    except ValueError:
        return None, "", "invalid date"
    if pub is None:
        return None, "", "no publication date"
    if kind in ("month_day", "day_month"):
        m, d = (g[0], g[1]) if kind == "month_day" else (g[1], g[0])
        return _nearest_year(MONTHS.index(m.lower()) + 1, int(d), pub), "day", "year from publication date"
    if kind == "weekday":
        target = WEEKDAYS.index(g[0].lower())
        if _FUTURE.search(before):
            delta = (target - pub.weekday()) % 7
            return pub + timedelta(days=delta), "day", "weekday, future tense: next on or after publication"
        return pub - timedelta(days=(pub.weekday() - target) % 7), "day", "weekday: latest on or before publication"
    word = g[0].lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "overnight": 0, "tomorrow": 1}[word]
    return pub + timedelta(days=offset), "day", f"'{word}' relative to publication"


def event_table(corpus: Corpus) -> pd.DataFrame:
    """Every date mention with its resolved date: :data:`EVENT_COLUMNS`.

    ``start, end`` span the mention, ``sent_start, sent_end`` its sentence (the event it dates);
    ``days_from_published`` is ``date - published`` in days (empty without either). Sorted by ``date``,
    then ``doc_id, start``; unresolved mentions last.
    """
    # each document's sentences (they do not overlap), sorted by start, to find a mention's sentence by bisection
    spans = {d: g[["start", "end"]].sort_values("start").to_numpy()
             for d, g in corpus.sentences.groupby("doc_id", sort=False)}
    no_spans = np.empty((0, 2), dtype=np.int64)
    rows = []
    for doc in corpus:
        doc_id, text, raw = doc["doc_id"], doc["text"], doc["raw"]
        pub = published_date(doc.get("published"))
        taken: list[tuple[int, int]] = []
        ds = spans.get(doc_id, no_spans)
        for kind, pat in _PATTERNS:
            for m in pat.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                k = int(np.searchsorted(ds[:, 0], m.start(), side="right")) - 1
                ss, se = (int(ds[k, 0]), int(ds[k, 1])) if k >= 0 and ds[k, 1] >= m.end() else (m.start(), m.end())
                before = text[max(ss, m.start() - FUTURE_WINDOW):m.start()]
                when, precision, basis = resolve(kind, m.groups(), pub, before)
                rows.append((doc_id, doc["source"], m.start(), m.end(), raw[m.start():m.end()], kind,
                             when.isoformat() if when else "", precision, basis, pub.isoformat() if pub else "",
                             (when - pub).days if when and pub else pd.NA, ss, se, raw[ss:se]))
    out = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    out["days_from_published"] = out["days_from_published"].astype("Int64")
    out["_u"] = out["date"] == ""
    return out.sort_values(["_u", "date", "doc_id", "start"]).drop(columns="_u").reset_index(drop=True)


def could_not_know(events: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """What each article could not know: day-precision events that other articles report, dated after its
    publication day: ``doc_id, source, published, event_date, other_doc, other_source, start, end, sentence``
    (offsets into ``other_doc``). Sorted by ``doc_id``, ``event_date``, ``other_doc``, ``start``."""
    pubs = {d: published_date(p) for d, p in zip(corpus.documents["doc_id"], corpus.documents["published"])}
    sources = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    ev = events[(events["precision"] == "day") & (events["date"] != "")]
    rows = []
    for doc_id, pub in pubs.items():
        if pub is None:
            continue
        later = ev[(ev["doc_id"] != doc_id) & (ev["date"] > pub.isoformat())]
        for r in later.itertuples(index=False):
            rows.append((doc_id, sources[doc_id], pub.isoformat(), r.date, r.doc_id, r.source, r.sent_start,
                         r.sent_end, r.sentence))
    cols = ["doc_id", "source", "published", "event_date", "other_doc", "other_source", "start", "end", "sentence"]
    out = pd.DataFrame(rows, columns=cols).drop_duplicates(["doc_id", "event_date", "other_doc", "start"])
    return out.sort_values(["doc_id", "event_date", "other_doc", "start"]).reset_index(drop=True)
