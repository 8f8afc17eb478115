"""The events list's pages: what a frozen store (DuckDB read-only) answered once is kept and
served again, page for page the same as asking the store, and a store that can change is asked
every time."""

import json

import pytest

from tidings import queries
from tidings.serve import pages
from tidings.serve.pages import LRU, EventPages
from tidings.store import Store


@pytest.fixture
def store(seeds_db):
    with Store(seeds_db, read_only=True) as s:
        calls = []
        query = s.query
        s.query = lambda sql, params=None: calls.append(sql) or query(sql, params)
        s.calls = calls
        yield s


def ids_of(store, rows):
    return [json.dumps(r["id"]).encode() for r in rows]


def page_ids(pager, store, merged, sort, limit, offset, filters):
    items, total = pager.page(store, merged, sort, limit, offset, filters, ids_of)
    return [json.loads(i) for i in items], total


CASES = [(False, "date", {}), (False, "-goldstein", {"source": "USA"}), (False, "cameo_code", {"text": "diplomat"}),
         (True, "-n_sources", {}), (True, "date", {"target": "RUS"})]


@pytest.mark.parametrize(("merged", "sort", "filters"), CASES)
def test_a_frozen_stores_pages_are_the_pages_the_store_answers(store, monkeypatch, merged, sort, filters):
    monkeypatch.setattr(pages, "ORDER_STEP", 5)  # the seeds hold some 40 events: read the order in steps of 5,
    monkeypatch.setattr(pages, "ORDER_DEPTH", 20)  # and past the 20th as asked
    kept, asked = EventPages(frozen=True), EventPages(frozen=False)
    total = queries.count_events(store, merged, **filters)
    assert total > 7
    for offset in [*range(0, total + 7, 3), 0, 4, 30, 2]:  # forwards, then back to pages kept
        rows, n = queries.find_events(store, merged, sort, 4, offset, **filters)
        assert page_ids(kept, store, merged, sort, 4, offset, filters) == ([r["id"] for r in rows], n)
        assert page_ids(asked, store, merged, sort, 4, offset, filters) == ([r["id"] for r in rows], n)


def test_what_a_frozen_store_answered_once_is_not_asked_again(store):
    kept = EventPages(frozen=True)
    first = page_ids(kept, store, False, "-goldstein", 10, 0, {"source": "USA"})
    asked = len(store.calls)
    assert asked == 2  # the order (under 500 ids: every match, so their count too) and the rows
    assert page_ids(kept, store, False, "-goldstein", 10, 0, {"source": "USA"}) == first
    second = page_ids(kept, store, False, "-goldstein", 10, 10, {"source": "USA"})
    assert len(store.calls) == asked + 1  # the next page: its rows alone; its ids were read with the first
    assert not set(first[0]) & set(second[0])


def test_a_filter_with_more_events_than_one_reading_of_the_order_is_counted(store, monkeypatch):
    monkeypatch.setattr(pages, "ORDER_STEP", 5)
    n = queries.count_events(store)
    store.calls.clear()
    assert page_ids(EventPages(frozen=True), store, False, "date", 3, 0, {})[1] == n > 5
    assert len(store.calls) == 3  # the first 5 ids, their count, the rows


def test_a_store_that_can_change_is_asked_every_time(store):
    asked = EventPages(frozen=False)
    first = page_ids(asked, store, False, "date", 10, 0, {})
    n = len(store.calls)
    assert page_ids(asked, store, False, "date", 10, 0, {}) == first
    assert len(store.calls) == 2 * n
    assert len(asked.totals) == len(asked.orders) == len(asked.records) == 0


def test_a_sort_there_is_not_is_refused_on_any_page(store):
    for offset in (0, 10**6):
        with pytest.raises(ValueError, match="cannot sort by 'nope'"):
            EventPages(frozen=True).page(store, False, "nope", 10, offset, {}, ids_of)


def test_the_cache_drops_what_was_used_least_recently():
    kept = LRU(5, len)
    kept.put("a", [1, 2])
    kept.put("b", [3, 4])
    assert kept.get("a") == [1, 2]  # a is now the more recent
    kept.put("c", [5, 6])  # 6 > 5: b goes
    assert kept.get("b") is None and kept.get("a") == [1, 2] and kept.get("c") == [5, 6]
    kept.put("huge", list(range(6)))  # more than the whole cache holds: not kept, nothing dropped
    assert kept.get("huge") is None and len(kept) == 2


# --- the period a date counts in: one reading for the dyad and the timeline --------------

@pytest.mark.parametrize(("value", "by", "period"), [
    ("2018-03-26", "day", "2018-03-26"), ("2018-03-26", "week", "2018-W13"), ("2018-03-26", "month", "2018-03"),
    ("2018-03-26T09:30:00", "year", "2018"),
    ("2013-W01", "week", "2013-W01"), ("2013-W01", "month", "2013-01"),  # 31 Dec 2012 - 6 Jan 2013: Thursday the 3rd
    ("2013-W01", "year", "2013"), ("2013-W01", "day", "2013-01-03"),
    ("2018-03-30/2018-04-02", "month", "2018-03"),  # a range at its first day
    ("2018-03", "month", "2018-03"), ("2018-03", "week", None), ("2018", "month", None), ("2010s", "year", None),
    ("not a date", "day", None),
])
def test_a_date_counts_in_the_period_that_holds_it_or_none_if_it_is_less_precise(value, by, period):
    assert queries.period_of(value, by) == period
