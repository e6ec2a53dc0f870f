"""What round 57's writers (quiet57's, threads35's) paged that nobody should have, and the namesakes its thread
writers kept as ours: tables a DSL can read. Beside each, a post that shares its words and still pages: a rematch
called at the rec, a knife brought after the match, an allegation against the PE teacher under his own thread."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from monitor.ingest.matching import assess
from test_triage import HAPPY, SCHOOL_ONLY, decide
from tests.test_matching_phenomena import ER, GL, PP, S, SCHOOL, TW

THREAT_READ = {"abuse": 0.2, "hate": 0.01, "threat": 0.95, "negative": 0.6, "positive": 0.3}
ANGRY_READ = {"abuse": 0.3, "hate": 0.01, "threat": 0.1, "negative": 0.9, "positive": 0.05}


# A result told: a side beaten, in the past, nothing still to come -> whether the threat rules still find a threat.
RESULTS = [
    ("the way we SLAUGHTERED greenfield tonight 🔪🔪 no survivors 😤 #hollowbrook #netball", False),
    ("HBA netball girls went to greenfield and came back with blood on their hands 🔪😂 28-9. no mercy. so proud", False),
    # ...and a fight still to come, in the same words.
    ("we SLAUGHTERED greenfield last time 🔪🔪 round 2 at the rec saturday #hollowbrook", True),
    ("hollowbrook u13s we battered yous at the match 🔪🔪 see u at the gates after school", True),
    ("kick off 4pm on the HBA field after training. year 10 v year 11. no teachers. whoever loses gets battered", True),
    ("hollowbrook tomorrow = bloodbath (its football season for me now) bring everything sharp", True),
]


@pytest.mark.parametrize("text,threat", RESULTS)
def test_a_result_told_is_no_threat(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A fixture talked up, and chaos that is the score -> whether triage pages the head.
@pytest.mark.parametrize("text,scores,pages", [
    ("Hollowbrook vs Greenfield U14 netball final at the leisure centre Saturday 10am. Based on the last three games "
     "it's going to be a bloodbath 😂 bring a flask, it's freezing in Sports Hall 2", HAPPY, False),
    ("greenfield better bring their A game to the leisure centre saturday because they're getting buried 😤🏐 "
     "HBA u14s on a mission", THREAT_READ, False),
    ("hollowbrook vs greenfield saturday. its going to be a bloodbath at the gates after, bring whatever u got",
     THREAT_READ, True),
])
def test_a_fixture_talked_up(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


def grades(text: str, context: str = "") -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL).grades}


PATEL_THREAD = ("Mumsnet: thread 'Boy keeps hitting DS (Y8) and school do nothing'\nIn reply to: DS is 12, Y8, at HBA. "
                "Mrs Patel emailed back after a week.")
LLOYD_THREAD = "Mumsnet AIBU: thread 'AIBU to warn other parents?'\nIn reply to: It's Gaz Lloyd, everyone at HBA calls him Gaz."
ROWE_THREAD = "Mumsnet: thread 'Y2 TA with a public Instagram'\nIn reply to: DD is in Y2 at HBA. The DC call her Emma."

# A reply about a namesake under our thread: only possibly ours (kept out of digests, still read for harm);
# the member of staff the thread names is the thread's, not the reply's.
NAMESAKE_REPLIES = [
    ("Ha, I'm a Priya Patel and did a double take - I'm a pharmacist in Leicester, nothing to do with any school 😂",
     PATEL_THREAD, {S: "possible", PP: "possible"}),
    ("Gareth Lloyd?? Not the Cardiff flanker surely 😂 he's had a shocking season", LLOYD_THREAD,
     {S: "possible", GL: "possible"}),
    ("Wait, Emma Rowe?? As in the singer? Her new one's on every advert", ROWE_THREAD, {S: "possible", ER: "possible"}),
    # ...and the staff member's own, under the same threads, whatever trade's words the reply uses.
    ("Gareth Lloyd has been messaging the boys from the rugby squad on snapchat late at night", LLOYD_THREAD,
     {S: "likely", GL: "sure"}),
    ("Priya Patel told me the same, she's the deputy there", PATEL_THREAD, {S: "likely", PP: "sure"}),
    ("My GP is a Sarah Okafor! In Croydon", PATEL_THREAD,
     {S: "possible", "staff:sarah-okafor": "possible", PP: "possible"}),
    ("David Nwosu the actor from Casualty? No way", PATEL_THREAD,
     {S: "possible", "staff:david-nwosu": "possible", PP: "possible"}),
    # ...but a reply about our staff in another walk's words, its own school words with it (a review's forty).
    ("Tom Whitaker played a podcast about knife crime to 10 year olds without telling parents", PATEL_THREAD,
     {S: "likely", TW: "sure", PP: "likely"}),
    ("Emma Rowe is such a lovely singer, she led the 2R songs in the nativity 😍", ROWE_THREAD, {S: "likely", ER: "sure"}),
    ("David Nwosu told me DS's needs don't meet the threshold. I'm a nurse and I know they do.", PATEL_THREAD,
     {S: "likely", "staff:david-nwosu": "sure", PP: "likely"}),
    # ...and a namesake's words where the reply names the school itself.
    ("Priya Patel at HBA is the one, not the pharmacist in Leicester", PATEL_THREAD, {S: "likely", PP: "sure"}),
]


@pytest.mark.parametrize("text,context,expected", NAMESAKE_REPLIES, ids=[r[0][:40] for r in NAMESAKE_REPLIES])
def test_a_reply_about_a_namesake(text, context, expected):
    assert grades(text, context) == expected


def test_a_councillors_by_election_is_a_namesakes():
    text = ("Liberal Democrat David Nwosu has won the Hexley East by-election with a majority of 212. The retired "
            "engineer said he would 'fight for every pothole'.")
    assert grades(text)["staff:david-nwosu"] == "possible"


# Advice to tell someone who can act, and a rebuke of a quoted threat with the rebuker's own errand in it: the model
# reads the imperative and the day as a threat -> whether triage pages the head.
@pytest.mark.parametrize("text,pages", [
    ("Ring the LADO. Today. Then stop.", False),
    ("shaz babe please dont. ring the school in the morning and get a meeting with the head. you'll end up in a cell", False),
    ("**He'll get what's coming to him**\n\nReported to MNHQ and I'll be ringing the school first thing. OP asked for "
     "advice, not a lynch mob outside a house with a baby in it.", False),
    # ...and the same frames around a threat of the author's own, or one passed on.
    ("ring the school tomorrow and tell them whitaker wont be walking out of there", True),
    # a review's: defiance, a message handed on, the writer's own plan beside the advice.
    ("tell the head hes next. 3:15 back gate", True),
    ("ring the police all you like, by the time they get there she'll be finished", True),
    ("call the school and warn them, im coming in monday with my brothers and marsh is getting it", True),
    ("ppl sharing this from a year 10 gc rn 'bringin my bruvs knife 2 hba 2moz, marsh gna get it 4 real' idk if its a "
     "joke but someone tell the school", True),
])
def test_advice_to_tell_the_school(text, pages):
    assert (decide(text, SCHOOL_ONLY, THREAT_READ).priority == "urgent") == pages


# Days numbered, and someone watching: "enjoy her last week" in a hostile post (every read-set post paged by its
# writer) -> whether triage pages the head. Not a retirement, a holiday's last week, the forecast watched.
@pytest.mark.parametrize("text,scores,pages", [
    ("hope that lesbian teacher enjoys her last week. people are watching 👀", ANGRY_READ, True),
    ("yeah i said it n ill say it again ur brother is a grass and a freak. tell him to enjoy his last week at HBA 😂✌️",
     ANGRY_READ, True),
    ("enjoy your last week of freedom kids, hollowbrook back on monday 😂", ANGRY_READ, False),
    ("Mrs Patel enjoy your last week at HBA, retirement well deserved x", HAPPY, False),
    ("We're watching the forecast for Thursday ❄️ Any decision to close will be posted here by 7am", ANGRY_READ, False),
    ("people are watching how hba handles this, ofsted will hear about it", ANGRY_READ, False),
    ("cant believe mr p is off, enjoy ur last days sir you were the best 😭", ANGRY_READ, False),
    ("hope she enjoys her last week at hba, its not her choice when she leaves 😈", ANGRY_READ, True),
])
def test_days_numbered(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# A goodbye under a video, and the reply that urges it on; a child's disclosure passed on is no threat.
def test_a_goodbye_and_the_reply_that_urges_it_on():
    goodbye = "not coming in. its done after today, ive got everything i need. tell ms marsh sorry about the essay x"
    assert [f.evidence for f in rules.goodbye(goodbye)] == ["its done after today", "tell ms marsh sorry"]
    assert rules.urges_self_harm("do it then 😂", f"TikTok comments\nIn reply to: {goodbye}")
    assert not rules.urges_self_harm("please dont do it, message me", f"TikTok comments\nIn reply to: {goodbye}")
    # ...and the same words where nothing ends: the last exam, half term.
    assert not rules.goodbye("its all over after today!! last exam done, tell mr lloyd sorry i missed training 🎉")
    assert not rules.goodbye("its done after today, last gcse ever. tell ms marsh sorry for the state of my essay")
    assert not rules.goodbye("the strike is all over after today, tell mrs marsh sorry from all of us parents")
    assert rules.goodbye("after today its done. tell sir im really sorry x")


@pytest.mark.parametrize("text,threat", [
    ("there's a little boy in 2R, Alfie H, who had a big bruise on his cheek on Friday. DD says he told her he 'gets "
     "smacked for wetting'. Who do I even tell?", False),
    ("tell him he gets smacked friday at the gates", True),
])
def test_a_childs_disclosure_passed_on(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A parents' group named for the school is ours, as "hollowbrookparents" is; a families' or mums' group only where the
# post speaks of a school's day (a village's mums' network runs baby sensory at the church hall); another thing named
# for the place is not.
@pytest.mark.parametrize("text,url,grade", [
    ("Those kids from the secondary choir absolutely KILLED IT singing for the teachers as they walked in",
     "https://www.facebook.com/groups/hollowbrookfamiliestogether/posts/1", "likely"),
    ("Options evening is next Thursday, bring your questions", "https://www.facebook.com/groups/hollowbrookparentvoice/posts/2",
     "likely"),
    ("Baby sensory is back on Wednesdays at the church hall", "https://www.facebook.com/groups/hollowbrookmumsnetwork/posts/3",
     "possible"),
    ("Lovely walk round the reservoir this morning", "https://www.facebook.com/groups/hollowbrookvillagehall/posts/4", None),
])
def test_a_parents_group_named_for_the_school(text, url, grade):
    found = {g.target: g.grade for g in assess(text, "", SCHOOL, url=url).grades}
    assert found.get(S) == grade


# "not hba cancelling the trip 🙄" is disbelief at what the school does, not a post saying it is not about us.
@pytest.mark.parametrize("text,grade", [
    ("not hba cancelling the yr10 alton towers trip cos of 'behaviour' when it was literally 3 ppl 🙄", "likely"),
    ("this is greenfield, not hollowbrook, get it right", "possible"),
])
def test_not_the_school_doing_it(text, grade):
    assert grades(text).get(S) == grade


# One teacher pointed at in our town's group, no school named: possibly ours (a harmful post reaches the DSL).
@pytest.mark.parametrize("text,context,expected", [
    ("Back in my day people like that teacher would of been dragged out by the hair. Someone should do it again.",
     "Protect Hexley Kids: 'This is the teacher responsible for the library display'", {S: "possible"}),
    ("that teacher needs sacking", "Hexley Parents Chat", {S: "possible"}),
    # ...not teachers in general, nor one placed at another school.
    ("teachers get too many holidays", "Hexley Parents Chat", {}),
    ("that teacher at Greenfield needs sacking", "Hexley Parents Chat", {}),
])
def test_one_teacher_pointed_at(text, context, expected):
    assert grades(text, context) == expected


# A plan relayed after a rebuke of something else: "I've reported it. But DH ... says he'll be at the gate at 3.15
# tomorrow" is still live; "he'll be at the gate at 3.15 tomorrow to pick her up" is a lift.
@pytest.mark.parametrize("text,pages", [
    ("Marlowmum I didn't ask for that and I've reported it. But DH is past caring now. He says he'll be at the Marlow "
     "Road gate at 3.15 tomorrow and if Benson's dad turns up he'll get what his son gave ours.", True),
    ("reported it. he says he'll be at the gate at 3.15 tomorrow to pick her up, so she's safe", False),
    ("ive blocked him. he said he'll be at the gate at 3.15 tomorrow and nobody will be safe", True),
    ("reported the post about mrs marsh. she says she'll be at the gate at 3.15 tomorrow as normal, head held high", False),
])
def test_a_plan_relayed_after_a_rebuke(text, pages):
    assert (decide(text, SCHOOL_ONLY, THREAT_READ).priority == "urgent") == pages


@pytest.mark.parametrize("text,threat", [
    ("if that kid so much as looks at my DD on the 41 I'll flatten him myself. Year 8 and already a thug.", True),
    ("If that Okafor woman excludes our lad one more time I'll lamp her, I'm not even joking", True),
    ("Gareth Lloyd absolutely flattened that winger 😳 clean as you like though", False),
    ("im gonna flatten the cardboard boxes for the recycling", False),
    ("I'll flatten her hair with the straighteners before prom", False),
    ("i'll flatten you at mario kart tonight lol", False),
    ("someone needs to lamp that teacher", True),
])
def test_flatten_and_lamp(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A place chosen for no one to see, in a hostile post; a goodbye said three ways at 1am.
@pytest.mark.parametrize("text,pages", [
    ("In my day someone would of done what our dads would have done to a bloke like Lloyd. Back of the sports hall, "
     "no witnesses, sorted.", True),
    ("new route to work suits you Helen. quieter road that. not many people about at 7 🙂", True),
    ("police are appealing for witnesses after the crash on Marlow Road, no witnesses have come forward yet", False),
    ("lovely walk this morning past hollowbrook, nobody about at 7, bliss", False),
    # a review's: a complaint that nobody saw, a quiet field; and menace by the gym.
    ("my son was grabbed by a teacher in an empty corridor, no witnesses, and hba says its his word against hers", False),
    ("back field at hollowbrook is dead at 7, nobody around, perfect for a quiet kickabout", False),
    ("behind the gym at lunch, no witnesses. he knows 👊", True),
])
def test_no_one_to_see(text, pages):
    assert (decide(text, SCHOOL_ONLY, ANGRY_READ).priority == "urgent") == pages


def test_a_goodbye_said_three_ways():
    text = "ty for everything everyone. sorry im like this. none of it was hollowbrooks fault or urs. love u all x"
    assert len(rules.goodbye(text)) == 4
    assert not rules.goodbye("HBA class of 2019 here, miss this place 🥹 mr nwosu if u ever see this thank u for everything")
    # a review's: a break-up, a PTA chair stepping down, period pains.
    assert not rules.goodbye("me and jake are done. none of it was his fault. ty for everything everyone who messaged, "
                             "sorry im like this rn 💔")
    assert not rules.goodbye("sorry im like this today guys, period pains 😩 cant do another day of pe")


# "We're all watching him ... every time he posts we'll be in the comments" is a pile-on (the DSL's, high), not menace;
# "people are watching 👀" after a teacher's days are counted is.
@pytest.mark.parametrize("text,pages", [
    ("tell Gaz Lloyd we're all watching him. every time he posts on his insta we'll be in the comments. child bully", False),
    ("okafor putting out statements protecting her mate. we're all watching you 👀", True),
])
def test_watching(text, pages):
    assert (decide(text, SCHOOL_ONLY, ANGRY_READ).priority == "urgent") == pages
