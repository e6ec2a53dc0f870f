"""A threat to one of our staff buried in a long friendly post, read in its own sentence
(monitor/judge/buried.py): which sentences are read alone, and when one of them makes the post urgent."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.judge.buried import LONG, judge_with, reread, sentences
from monitor.judge.graded import triage_graded
from monitor.vocab import Decision, Post
from test_triage import ANGRY, CALM, HAPPY, SCHOOL, SCHOOL_ONLY, TOM

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)

CHATTY = ("Quick update for the class group, sorry it's a long one. Harvest basket money needs to be in by "
          "Friday and the office says cash only this year. The reading books are coming home on Tuesdays now, "
          "not Mondays, so check the bags. Swimming kit every Thursday from next week, and the coach leaves "
          "at nine sharp.")
THREAT = "And if Tom Whitaker grabs my lad by the arm again I will be waiting for him at the Station Lane gate tomorrow."
BURIED = f"{CHATTY} {THREAT} Anyway, the cake sale raised loads so thank you all."


def test_long_means_longer_than_one_reading_window():
    assert len(BURIED) >= LONG > len(THREAT + " Anyway, cake sale went well.")


# post -> the sentences read alone
SENTENCES = [
    # A short post is read whole: a sentence cut from it loses its "lol".
    (THREAT, []),
    (BURIED, [
        "Quick update for the class group, sorry it's a long one.",
        "Harvest basket money needs to be in by Friday and the office says cash only this year.",
        "The reading books are coming home on Tuesdays now, not Mondays, so check the bags.",
        "Swimming kit every Thursday from next week, and the coach leaves at nine sharp.",
        THREAT,
        "Anyway, the cake sale raised loads so thank you all.",
    ]),
    # An emoji ends a sentence as a full stop does; a line break does too.
    (f"{CHATTY} Also bring a plate for the party 😂 {THREAT}\nThanks all x", [
        "Quick update for the class group, sorry it's a long one.",
        "Harvest basket money needs to be in by Friday and the office says cash only this year.",
        "The reading books are coming home on Tuesdays now, not Mondays, so check the bags.",
        "Swimming kit every Thursday from next week, and the coach leaves at nine sharp.",
        THREAT,
    ]),
    # A sentence that quotes someone is news or counter-speech: not read alone. Apostrophes are no quotation.
    (f"{CHATTY} Someone in the group chat wrote that Tom Whitaker 'should watch his back tomorrow at the gate' and it was reported.", [
        "Quick update for the class group, sorry it's a long one.",
        "Harvest basket money needs to be in by Friday and the office says cash only this year.",
        "The reading books are coming home on Tuesdays now, not Mondays, so check the bags.",
        "Swimming kit every Thursday from next week, and the coach leaves at nine sharp.",
    ]),
]


@pytest.mark.parametrize("text, expected", SENTENCES)
def test_which_sentences_are_read_alone(text, expected):
    assert sentences(text) == expected


def scorer_reading(threatening: str):
    """The classifier's scores as a table: the sentence with `threatening` in it reads as a threat."""
    def scores(texts, contexts):
        return [{**ANGRY, "threat": 0.97} if threatening in t else CALM for t in texts]
    return scores


def whole(text: str, about=TOM, scores=HAPPY) -> tuple[Post, Decision]:
    post = Post(id="1", text=text, author="a parent", published=NOW - timedelta(hours=2), platform="facebook")
    return post, triage_graded(post, about, (), "sure", "", scores, [], SCHOOL, {}, now=NOW)


def test_a_buried_threat_makes_the_post_urgent():
    post, decision = whole(BURIED)
    assert decision.priority != "urgent"
    got = reread(post, TOM, decision, SCHOOL, scorer_reading("waiting for him"), judge_with(TOM, [], SCHOOL, {}, NOW))
    assert (got.priority, got.categories[0], "call_999" in got.actions, got.rules[-1]) == (
        "urgent", "threat", True, "buried_sentence")
    assert got.why.startswith(f'Read alone, one sentence of this long post is urgent: "{THREAT}".')
    # What the whole post was found to be stays with it.
    assert set(decision.actions) <= set(got.actions) and set(decision.rules) <= set(got.rules)


# post, what the scorer reads as a threat, about -> stays as the whole post was judged
UNCHANGED = [
    # No sentence reads as a threat.
    (BURIED, "nothing reads so", TOM),
    # The sentence that reads as one names none of our staff.
    (f"{CHATTY} That delivery driver from the chip shop will get what is coming to him outside the shop tomorrow night.",
     "delivery driver", TOM),
    # The post is about nobody of ours.
    (BURIED, "waiting for him", ()),
    # The post is about the school, none of its staff: matching did not find him in it.
    (BURIED, "waiting for him", SCHOOL_ONLY),
    # Too short to hide anything: the whole post was read.
    (THREAT + " Anyway, cake sale went well.", "waiting for him", TOM),
]


@pytest.mark.parametrize("text, threatening, about", UNCHANGED)
def test_left_as_the_whole_post_was_judged(text, threatening, about):
    post, decision = whole(text, about)
    assert reread(post, about, decision, SCHOOL, scorer_reading(threatening), judge_with(about, [], SCHOOL, {}, NOW)) is decision


def test_an_urgent_post_is_not_read_again():
    post, decision = whole(BURIED, scores={**ANGRY, "threat": 0.99})
    assert decision.priority == "urgent"

    def never(texts, contexts):
        raise AssertionError("the classifier was asked again")
    assert reread(post, TOM, decision, SCHOOL, never, judge_with(TOM, [], SCHOOL, {}, NOW)) is decision


@pytest.mark.slow
def test_the_shipped_model_reads_the_buried_sentence(monkeypatch):
    """End to end with the shipped model and the bench config, as `schoolwatch triage` reads it. The
    laugh at its end takes the threat back for the whole post; read alone, the sentence keeps it."""
    from pathlib import Path

    from monitor.cli.core import load_config
    from monitor.judge.batch import triage_posts
    from monitor.judge.classify import load_classifier

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    cfg = load_config(Path(__file__).resolve().parents[1] / "bench" / "eval" / "config.toml")
    news = ("Year 11 update for anyone who cares: mocks finally done, got a place at the college open evening, "
            "still doing saturdays at the garden centre, driving lessons going badly (instructor shouted, not "
            "joking). Bumped into Tom Whitaker at the bus stop on Marlow Road last week and honestly if I see him "
            "there again im putting his head through the shelter glass for what he did to my cousin in Y6. anyway "
            "revision starts monday, any tips for chemistry paper 1 appreciated, and does anyone know if the prom "
            "dress code is actually formal or just smart?? jk jk 😂😂")
    post = Post(id="1", text=news, author="a pupil", published=NOW - timedelta(hours=2), platform="reddit",
                context="Hollowbrook Year 11")
    row, = triage_posts([post], cfg, load_classifier(cfg.classifier), now=NOW)
    assert (row["priority"], row["categories"][0], row["rules"][-1]) == ("urgent", "threat", "buried_sentence")
    assert row["why"].startswith('Read alone, one sentence of this long post is urgent: "Bumped into Tom Whitaker')


@pytest.mark.slow
def test_the_daemon_alerts_the_head_on_a_buried_threat(tmp_path, httpserver, smtp_server):
    """A feed serves the long post; the daemon, with the shipped model, pages the head once."""
    from hostile import rss, rss_item
    from monitor.config import load
    from monitor.daemon import App
    from test_pipeline import NOW as POLLED, write_config

    news = ("Year 11 update for anyone who cares: mocks finally done, got a place at the college open evening, "
            "still doing saturdays at the garden centre, driving lessons going badly (instructor shouted, not "
            "joking). Bumped into Tom Whitaker at the bus stop on Marlow Road last week and honestly if I see him "
            "there again im putting his head through the shelter glass for what he did to my cousin in Y6. anyway "
            "revision starts monday, any tips for chemistry paper 1 appreciated, and does anyone know if the prom "
            "dress code is actually formal or just smart?? jk jk 😂😂 #hollowbrook")
    feed = rss([rss_item(guid="y11", link="https://board.example/p/y11", title="Year 11 news", body=news,
                         date="Sun, 22 Nov 2026 07:00:00 GMT")])
    httpserver.expect_request("/board.xml").respond_with_data(feed, content_type="application/rss+xml")
    cfg = load(write_config(tmp_path, {"board": httpserver.url_for("/board.xml")}, smtp_server.port, "default"))
    app = App.from_config(cfg, clock=lambda: POLLED)
    [outcome] = app.poll()
    assert outcome.error is None and outcome.new_items == 1
    [item] = app.store.items()
    assert (item.decision.priority, item.decision.rules[-1]) == ("urgent", "buried_sentence")
    assert [m["To"] for m in smtp_server.wait_for(1) if "head@" in m["To"]] == ["head@hollowbrook.example"]
    app.close()


class _FailsOnSentences:
    """A classifier that scored the whole post, then fails on the sentences read again."""

    def scores(self, texts):
        raise RuntimeError("onnxruntime: out of memory")


def test_a_failed_second_reading_keeps_the_whole_posts_decision(caplog):
    from monitor.judge.buried import read_buried

    post, decision = whole(BURIED)
    assert read_buried(_FailsOnSentences(), post, TOM, decision, SCHOOL, [], {}, NOW) is decision
    assert "reading post '1' sentence by sentence failed: its whole reading stands" in caplog.text
