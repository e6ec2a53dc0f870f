"""A reply is read with the post it answers: in the same fetch, or stored from an earlier one."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from connectors.base import FetchResult, Mention
from monitor.config.types import School, Staff
from monitor.ingest.poll import ingest
from monitor.ingest.thread import PARENT_CHARS, parents, with_parent

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)
SCHOOL = School(id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook",), locality=("Hexley",),
                staff=(Staff("helen-marsh", "Helen Marsh", "Head of Year 9", ("Ms Marsh",)),))
PARENT = "Everyone should know what Helen Marsh at Hollowbrook Academy is really like"


def post(ext: str, text: str, reply_to: str = "", context: str = "") -> Mention:
    return Mention(source="r", external_id=ext, url=f"https://reddit.example/{ext}", text=text, published=NOW,
                   platform="reddit", author=f"u{ext}", reply_to=reply_to, context=context)


@pytest.mark.parametrize("context,parent,expected", [
    ("", "Helen Marsh is a disgrace", "In reply to: Helen Marsh is a disgrace"),
    ("Hexley parents thread", "Helen  Marsh\nis a disgrace", "Hexley parents thread\nIn reply to: Helen Marsh is a disgrace"),
    # Said already (a platform that gives the parent as context): not twice.
    ("Helen Marsh is a disgrace", "Helen Marsh is a disgrace", "Helen Marsh is a disgrace"),
    ("title", "", "title"),
    # A YouTube reply's context is its parent already, line breaks and all.
    ("Helen Marsh\nis a disgrace", "Helen Marsh is a disgrace", "Helen Marsh\nis a disgrace"),
    (None, "Helen Marsh is a disgrace", "In reply to: Helen Marsh is a disgrace"),
])
def test_the_context_is_the_threads_title_then_the_words_answered(context, parent, expected):
    assert with_parent(context, parent) == expected


def test_a_long_parent_is_cut_at_a_word():
    cut = with_parent("", "word " * 400)
    # A parent and the words it answers in turn: each post's first PARENT_CHARS, three posts' worth in all.
    assert cut.endswith(" …") and len(cut) <= len("In reply to: ") + 3 * PARENT_CHARS + 2


def test_parents_come_from_the_fetch_first_and_the_store_for_the_rest():
    asked = []

    def stored(ids):
        asked.append(list(ids))
        return {"t1_old": "stored text"}

    def ours(m):
        return m.text != "not ours"

    found = parents([post("t1_a", "x", reply_to="t1_old"), post("t1_b", "y", reply_to="t1_c"),
                     post("t1_c", "here"), post("t1_d", "no parent"), post("t1_e", "z", reply_to="t1_f"),
                     post("t1_f", "not ours")], stored, ours)
    assert found == {"t1_old": "stored text", "t1_c": "here"}
    assert asked == [["t1_old"]]
    assert parents([post("t1_d", "no parent")], stored, ours) == {} and len(asked) == 1


def _about(store):
    return {i.external_id: (i.about, i.context) for i in store.items()}


def test_a_reply_naming_no_one_is_about_whoever_its_parent_was_about(store):
    fetch = (post("t1_reply", "always been a snake 🐍🐍", reply_to="t3_top"), post("t3_top", PARENT))
    ingest(store, "r", FetchResult(fetch, "c1"), [SCHOOL], NOW)
    got = _about(store)
    assert got["t1_reply"] == (("school", "staff:helen-marsh"), f"In reply to: {PARENT}")


def test_a_reply_in_a_later_fetch_finds_its_parent_in_the_store(store):
    ingest(store, "r", FetchResult((post("t3_top", PARENT),), "c1"), [SCHOOL], NOW)
    ingest(store, "r", FetchResult((post("t1_late", "she'll get hers", reply_to="t3_top"),), "c2"), [SCHOOL], NOW)
    assert _about(store)["t1_late"][0] == ("school", "staff:helen-marsh")


def test_a_post_about_nobody_in_the_same_fetch_lends_the_reply_nothing(store):
    fetch = (post("t1_r", "Hollowbrook Academy has a great drama club", reply_to="t3_p"),
             post("t3_p", "My ex Dave Price lives at 22 Oak Road HX4 9ZZ, he owes me money"))
    ingest(store, "r", FetchResult(fetch, "c1"), [SCHOOL], NOW)
    assert _about(store) == {"t1_r": (("school",), "")}


def test_a_reply_to_a_post_about_nobody_is_about_nobody(store):
    ingest(store, "r", FetchResult((post("t3_cat", "lost cat on Mill Lane"),), "c1"), [SCHOOL], NOW)
    ingest(store, "r", FetchResult((post("t1_x", "always been a snake", reply_to="t3_cat"),), "c2"), [SCHOOL], NOW)
    assert _about(store) == {}
    # ...and another source's post of the same id lends nothing.
    ingest(store, "other", FetchResult((Mention(source="other", external_id="t3_o", url="u", text=PARENT, published=NOW,
                                                platform="reddit"),), "c"), [SCHOOL], NOW)
    ingest(store, "r", FetchResult((post("t1_y", "always been a snake", reply_to="t3_o"),), "c3"), [SCHOOL], NOW)
    assert set(_about(store)) == {"t3_o"}


def test_the_thread_bench_reads_a_reply_with_its_parent_only_where_the_parent_is_ours():
    from bench.threads import threaded_contexts

    rows = [{"id": "a1", "text": PARENT, "context": "Hexley Parents Chat", "reply_to": ""},
            {"id": "a2", "text": "always been a snake", "context": "Hexley Parents Chat", "reply_to": "a1"},
            {"id": "b1", "text": "lost dog on mill lane", "context": "", "reply_to": ""},
            {"id": "b2", "text": "saw him by the gates", "context": "", "reply_to": "b1"}]
    assert threaded_contexts(rows, [SCHOOL]) == [
        "Hexley Parents Chat", f"Hexley Parents Chat\nIn reply to: {PARENT}", "", ""]


def test_a_reply_under_a_reply_about_nobody_lends_nothing():
    def ours(m):
        return "Hollowbrook" in m.text + m.context

    fetch = [post("c", "so true", reply_to="b"), post("b", "lost cat on Mill Lane", reply_to="a"),
             post("a", "lost dog too")]
    assert parents(fetch, lambda ids: {}, ours) == {}
    # ...and a loop of replies ends.
    assert parents([post("x", "so true", reply_to="y"), post("y", "yes", reply_to="x")], lambda ids: {}, ours) == {}


def test_a_parent_that_is_itself_a_reply_lends_the_words_it_answers():
    # threads34: the car answers the address, which answers the post naming him.
    def ours(m):
        return "Hollowbrook" in m.text or "Hexley" in m.text

    fetch = [post("c", "would be a shame if that nice audi got a few scratches", reply_to="b"),
             post("b", "I know where he lives, Ashby Close, white audi on the drive, Hexley", reply_to="a"),
             post("a", "Gaz Lloyd the PE teacher at Hollowbrook subbed my lad again")]
    found = parents(fetch, lambda ids: {}, ours)
    assert found["b"] == ("I know where he lives, Ashby Close, white audi on the drive, Hexley "
                          "Gaz Lloyd the PE teacher at Hollowbrook subbed my lad again")
    # ...but not the words of an ancestor about nobody, nor round a loop.
    fetch[2] = post("a", "lost dog on Mill Lane")
    assert parents(fetch, lambda ids: {}, ours)["b"] == "I know where he lives, Ashby Close, white audi on the drive, Hexley"
    loop = [post("x", "Hollowbrook yes", reply_to="y"), post("y", "Hollowbrook no", reply_to="x")]
    # (round a loop, each post is read once: the one reached second lends its own words only)
    assert parents(loop, lambda ids: {}, ours) == {"x": "Hollowbrook yes Hollowbrook no", "y": "Hollowbrook no"}


def test_a_parent_ours_only_through_its_thread_lends_too():
    # threads35: advice with no name in it answers the post naming HBA; the OP's reply to the advice names a pupil.
    def ours(m):
        return "HBA" in m.text + m.context

    fetch = [post("c", "The boy is Kai Benson, 8M, lives on the Marlow estate", reply_to="b"),
             post("b", "Put everything in writing, then a formal complaint to the head", reply_to="a"),
             post("a", "DS is 12, Y8, at HBA. A boy in his form keeps hitting him")]
    assert parents(fetch, lambda ids: {}, ours)["b"] == ("Put everything in writing, then a formal complaint to the head "
                                                         "DS is 12, Y8, at HBA. A boy in his form keeps hitting him")
    # ...and nothing where no post up the thread is ours.
    fetch[2] = post("a", "DS is 12, Y8. A boy in his form keeps hitting him")
    assert parents(fetch, lambda ids: {}, ours) == {}
