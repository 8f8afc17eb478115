"""Temporal expressions in real news sentences, read against the publication date."""

import pytest

from tidings import timex
from tidings.records import TimeValue

APRIL_2 = TimeValue("2018-04-02", "day")  # a Monday: the Independent's article in the seeds
NOV_14 = TimeValue("2016-11-14", "day")  # a Monday: the Telegraph's


def values(text, published=APRIL_2):
    return [(t.text, t.value, t.precision) for t in timex.find(text, published)]


@pytest.mark.parametrize("sentence, expected", [
    # absolute dates, with and without a year
    ("shake hands after their summit on July 16, 2018 in Helsinki, Finland.", ("July 16, 2018", "2018-07-16", "day")),
    ("Monday 02 April 2018 15:16", ("Monday 02 April 2018", "2018-04-02", "day")),
    ("referencing a 20 March call in which Mr Trump congratulated the Russian leader", ("20 March", "2018-03-20", "day")),
    ("As the President himself confirmed on March 20, hours after his last call", ("March 20", "2018-03-20", "day")),
    ("the largest U.S. purge took place in 1986 when former President Ronald Reagan", ("1986", "1986", "year")),
    ("In 2001, former President George W. Bush's administration kicked 50 officials out", ("2001", "2001", "year")),
    ("Mr Ushakov said in March that", ("March", "2018-03", "month")),
    ("a policy that dates from the 1990s", ("the 1990s", "1990s", "decade")),
    # relative to the publication date
    ("Mr Trump expelled dozens of diplomats ... last Monday, in his strongest", ("last Monday", "2018-03-26", "day")),
    ("Mr Trump said last week that he hoped to meet", ("last week", "2018-W13", "week")),
    ("Mr Ushakov, the policy aide, echoed this sentiment on Monday, saying", ("on Monday", "2018-04-02", "day")),
    ("four Americans were killed yesterday in a suicide bombing", ("yesterday", "2018-04-01", "day")),
    ("talks three days ago collapsed", ("three days ago", "2018-03-30", "day")),
    ("sanctions imposed last year", ("last year", "2017", "year")),
])
def test_expressions_are_found_and_normalized(sentence, expected):
    assert expected in values(sentence)


def test_on_monday_in_a_future_clause_is_the_coming_monday():
    # The Telegraph, Sunday 13 November 2016 edition: "Mrs May will on Monday highlight ..."
    sunday = TimeValue("2016-11-13", "day")
    assert values("Mrs May will on Monday highlight the importance of globalisation", sunday) == \
        [("on Monday", "2016-11-14", "day")]
    assert values("Mrs May on Monday highlighted the importance of globalisation", sunday) == \
        [("on Monday", "2016-11-07", "day")]


def test_spans_ahead_are_ranges_from_the_publication_date():
    text = ("Britain will use the next three months before Mr Trump enters the White House. "
            "Mr Johnson is expected to fly to the US within weeks.")
    found = values(text, NOV_14)
    assert ("the next three months", "2016-11-14/2017-02-14", "range") in found
    assert found[1][1].startswith("2016-11-14/")


def test_names_and_counts_are_not_dates():
    assert values("Theresa May's calls to expel Russian diplomats") == []
    assert values("The Sunday Telegraph understands that Britain will spend") == []
    assert values("by 2020 troops had left; 1,986 people") == []


def test_relative_expressions_need_an_anchor():
    # an undated text: 'last Monday' cannot be read, 'in 1986' can
    assert values("expelled last Monday; in 1986 Reagan", None) == [("1986", "1986", "year")]


def test_spans_point_into_the_text():
    text = "Mr Trump expelled dozens of diplomats last Monday."
    (t,) = timex.find(text, APRIL_2)
    assert text[t.start:t.end] == t.text == "last Monday"


def test_publication_date_inferred_from_anchors_and_latest_date():
    # seed 000 has no dateline: a June 2019 photo caption, 'former British Prime Minister Theresa May',
    # 'Democratic presidential nominee Joe Biden' and 'the upcoming November presidential election'
    text = ("Britain's Prime Minister, Theresa May, meets Russia's President, Vladimir Putin, on June 28, 2019 "
            "in Osaka, Japan. Trump pushed back on former British Prime Minister Theresa May's calls. Russian "
            "attacks on Democratic presidential nominee Joe Biden's mental health ... the leader's prospects in "
            "the upcoming November presidential election.")
    found = timex.infer_published(text)
    assert (found.value, found.precision, found.source) == ("2020", "year", "inferred")


def test_publication_date_stays_unknown_without_evidence():
    assert timex.infer_published("Police said the suspects fled.") is None


def test_intervals_cover_the_days_of_a_value():
    from datetime import date

    assert timex.interval("2018-W13", "week") == (date(2018, 3, 26), date(2018, 4, 1))
    assert timex.interval("2018-03", "month") == (date(2018, 3, 1), date(2018, 3, 31))
    assert timex.interval("2018-04-02", "on_or_before")[1] == date(2018, 4, 2)


# --- TIMEX3: durations, sets, times of day and reference words -----------------------

FEB_20_2009 = TimeValue("2009-02-20", "day")  # a Friday


def timex3(text, published=FEB_20_2009):
    return [(t.text, t.type, t.timex3 or t.value) for t in timex.find(text, published)]


@pytest.mark.parametrize("sentence, expected", [
    ("the Dow fell for six straight days", ("six straight days", "DURATION", "P6D")),
    ("GM has posted its first annual loss since 1992", ("annual", "SET", "P1Y")),
    ("the number of people claiming weekly unemployment benefits rose", ("weekly", "SET", "P1W")),
    ("the index lost a thousand points in thirty minutes", ("thirty minutes", "DURATION", "PT30M")),
    ("Northrop Grumman will supply tankers under a fifty-year contract", ("fifty-year", "DURATION", "P50Y")),
    ("Apple has sold over 2,400 units over its 41-year history", ("41-year", "DURATION", "P41Y")),
    ("the company will cut 1,200 jobs within the next six months", ("within the next six months", "DURATION", "P6M")),
    ("the airline has struggled for several years", ("several years", "DURATION", "PXY")),
    ("indexes closed at their lowest levels in over a decade", ("over a decade", "DURATION", "P10Y")),
    ("The iPod nano is now smaller and squarer", ("now", "DATE", "PRESENT_REF")),
    ("Pre-orders of the recently announced iPhone 4 began", ("recently", "DATE", "PAST_REF")),
    ("Ford said it expects to return to profit in the near term", ("in the near term", "DATE", "FUTURE_REF")),
    ("The plane landed at 14:48 UTC", ("14:48 UTC", "TIME", "2009-02-20T14:48Z")),
    ("Toyota posted the results on Thursday night", ("on Thursday night", "TIME", "2009-02-19TNI")),
    ("GM expects a loss in the third quarter of this year", ("the third quarter of this year", "DATE", "2009-Q3")),
    ("sales rose in the fourth quarter", ("the fourth quarter", "DATE", "2008-Q4")),
    ("Shares tumbled last September", ("September", "DATE", "2008-09")),
    ("a recession in the 80s", ("the 80s", "DATE", "198")),
    ("Apple unveiled the 2011 version of its iLife software", ("2011", "DATE", "2011")),
    ("the plant will reopen this spring", ("this spring", "DATE", "2009-SP")),
])
def test_timex3_types_and_values(sentence, expected):
    assert expected in timex3(sentence)


def test_a_date_announced_before_a_future_clause_is_in_the_past():
    # 'announced Friday that it will give': the will belongs to the clause after 'that'
    sat = TimeValue("2010-07-17", "day")
    found = timex3("Apple Inc. announced Friday that it will give owners a free case", sat)
    assert ("Friday", "DATE", "2010-07-16") in found


def test_decimals_and_ages_are_not_times():
    found = timex3("The FTSE 100 fell 2.36 percent as the 62-year-old chief executive resigned")
    assert found == []


def test_a_duration_dates_no_event(code):
    events = code("Russia expelled 23 British diplomats for six years.")
    assert events and all(e.date is None or e.date.precision != "duration" for e in events)


def test_an_ner_date_no_rule_reads_is_kept_with_an_unknown_value(pipeline):
    doc = pipeline.code_text("Retail sales\n\nRetailers cut prices during the Christmas and New Year sales period.")
    christmas = [t for t in doc.timexes if "Christmas" in (t.text or "")]
    assert christmas and christmas[0].value.startswith("XXXX") and christmas[0].precision == "unknown"
