"""Who a post is about, one table per way people write: post -> each target's grade.

A DSL can read each row: what was written, and whether the school and each member of staff
is `sure`, `likely` or `possible` (a target not listed is `no`). Sure and likely are `about`.
"""
from __future__ import annotations

import pytest

from monitor.config.types import School, Staff
from monitor.ingest.matching import assess

SCHOOL = School(
    id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook", "HBA"),
    locality=("Hexley", "Marlow Road"), handles=("@HollowbrookAcad",), exclude=("Ontario", "Hollowbrook Farm"),
    neighbours=("Greenfield High", "St Anne's Primary"),
    staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker", "Mr W")),
           Staff("sarah-okafor", "Sarah Okafor", "Headteacher", ("Mrs Okafor",)),
           Staff("priya-patel", "Priya Patel", "Deputy Headteacher", ("Mrs Patel",)),
           Staff("gareth-lloyd", "Gareth Lloyd", "PE teacher", ("Mr Lloyd",), nicknames=("Gaz",)),
           Staff("emma-rowe", "Emma Rowe", "Teaching assistant in 2R", ("Miss Rowe",), first_names=("Emma",)),
           Staff("david-nwosu", "David Nwosu", "SENCO", ("Mr Nwosu",)),
           Staff("helen-marsh", "Helen Marsh", "Head of Year 9", ("Ms Marsh",))),
)
S, TW, SO, PP, GL, ER, DN, HM = ("school", "staff:tom-whitaker", "staff:sarah-okafor", "staff:priya-patel",
                                 "staff:gareth-lloyd", "staff:emma-rowe", "staff:david-nwosu", "staff:helen-marsh")


def grades(text: str, context: str = "", url: str = "", local: bool = False) -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL, url=url, local=local).grades}


def check(table):
    return pytest.mark.parametrize("text, expected", table, ids=[t for t, _ in table])


CASE_AND_TAGS = [
    ("HOLLOWBROOK ACADEMY open evening", {S: "sure"}),
    ("hollowbrook academy's new head starts monday", {S: "sure"}),
    ("Well done #HollowbrookAcademy on the results!", {S: "sure"}),
    ("@HollowbrookAcad I am making a subject access request for my son", {S: "sure"}),
    ("#JusticeForHollowbrook kids, year 8 kept in again", {S: "likely"}),
    # Our name and a year group, a team or a campaign run together in a tag.
    ("zoo trip was brilliant #hollowbrookyear5", {S: "likely"}),
    ("havent eaten since friday #hollowbrooku14", {S: "likely"}),
    ("#HollowbrookOut before she ruins another year", {S: "likely"}),
    ("#HollowbrookHawks won the league", {S: "possible"}),
    # ...not a club's age group, nor a night out.
    ("great win for the lads today 3-1 v Kelby Colts #HollowbrookU14s #grassroots", {S: "possible"}),
    ("#HollowbrookOut pub crawl saturday, starts at the Red Lion", {S: "possible"}),
]
# A handle cut where its words meet (threads29: a teacher's own account): "@MrW_Year6" is Mr W of Year 6.
HANDLE_WORDS = [
    ("ratio. imagine mocking the people who pay your wages", "X: @MrW_Year6", {TW: "likely"}),
    ("ratio. imagine mocking the people who pay your wages", "X: @MrWhitakerYr6", {TW: "likely"}),
    ("this is what teaching is about", "X: @MsMarshReads", {HM: "likely"}),
    # ...and only into words: "Mr Wolfie" is nobody's Mr W.
    ("ratio. imagine mocking the people who pay your wages", "X: @MrWolfie_23", {}),
    # "Mr W" with our school beside it in the handle; not with drums, and no role from a hashtag (a review's).
    ("delete your account you absolute clown", "X: @MrW_HBA", {S: "likely", TW: "likely"}),
    ("Follow @MrWDrums for drum lessons, £20 an hour, DBS checked", "", {}),
    ("some days I wonder why I bother #SENCOLife", "X: @MissAdeyemi_SEN", {}),
    # A second review's: a pitch, a car, a millennium bug are no year or class; nor is a Mr W placed at another school.
    ("booked the pitch for the under 9s Sunday, bring shin pads", "X: @MrW_3G", {}),
    ("new alloys on the truck today", "X: @MrW_4x4", {}),
    ("Love @MrW_Y6 at St Anne's, my niece adores him", "", {}),
]
# How many: "One Hollowbrook Academy parent" is a parent of ours, not a school called "One Hollowbrook Academy".
HOW_MANY = [
    ("One Hollowbrook Academy parent told the Gazette the trip cost too much", {S: "sure"}),
    ("Two Hollowbrook Academy pupils were hurt on Marlow Road", {S: "sure"}),
    ("Oakfield Hollowbrook Academy has a new head", {}),
]
RUN_TOGETHER_AND_SPLIT = [
    ("hollow brook pickup was chaos", {S: "likely"}),
    ("HollowbrookAcademy needs a new head", {S: "sure"}),
    ("Hollow Brook Academy fair on Saturday", {S: "sure"}),
    ("Mr. Whitaker's class at Hollowbrook", {S: "likely", TW: "likely"}),
]
MISSPELT = [
    ("hollowbrok teachers are useless", {S: "likely"}),
    ("whittaker thinks he can put his hands on my lad... ill be at the marlow rd gate 3.15 tomoz",
     {S: "likely", TW: "likely"}),
    ("mrs patal at hollowbrook never replies", {S: "likely", PP: "likely"}),
    ("loyd at hollowbrook made them run in the rain", {S: "likely", GL: "likely"}),
    # A word spelled right is not a misspelt name: March is a month, not Ms Marsh.
    ("hollowbrook year 6 trip in march was great", {S: "likely"}),
    # A role in text-speak is the role: "tha head teachr".
    ("gna slap tha head teachr at hollowbrook furst chanse i get", {S: "likely", SO: "likely"}),
    ("the hed teachr at hollowbrook never answers", {S: "likely", SO: "likely"}),
    ("HOLLOWBROOK ACADAMY open evening tonight", {S: "sure"}),
    # A word spelled right is never read as a misspelt role: "teaches" is not "teacher".
    ("the deputy head teaches maths at hollowbrook", {S: "likely", PP: "likely"}),
    ("Headteachers from all the Hexley schools met the council about the buses", {S: "likely"}),
]
# Written by ear, or by a phone taking dictation: a name that sounds the same and is spelt near
# it; after a title, the words a name was split into. Not a phrase that merely sounds alike.
BY_EAR = [
    ("whitacre at hollowbrook shouted at my son", {S: "likely", TW: "likely"}),
    ("mrs oak a four at hollowbrook wont answer my emails", {S: "likely", SO: "likely"}),
    ("mr whit acre at hollowbrook is a legend", {S: "likely", TW: "likely"}),
    ("is it okay for my son to wear trainers at hollowbrook", {S: "likely"}),
    ("the white car outside the hollowbrook gates again", {S: "likely"}),
    # A title, then a stop or a comma, is no name split in two; nor "miss" the verb.
    ("thanks miss, okay for tomorrow at hollowbrook", {S: "likely"}),
    ("I will miss okay for some at hollowbrook", {S: "likely"}),
    ("i'll miss whit acre at hollowbrook", {S: "likely"}),
]
# With a trust's common surnames on the staff list, ordinary words and phrases stay words.
COMMON_SURNAMES = School(id="t", name="Hollowbrook Academy", aliases=("Hollowbrook",), staff=(
    Staff("ali-hassan", "Ali Hassan", "Teacher", ("Mr Hassan",)), Staff("jo-wilson", "Jo Wilson", "Teacher", ("Mr Wilson",)),
    Staff("mark-harris", "Mark Harris", "Teacher", ("Mr Harris",)), Staff("bob-butler", "Bob Butler", "Teacher", ("Mr Butler",)),
    Staff("sam-johnson", "Sam Johnson", "Teacher", ("Mr Johnson",))))
NOT_BY_EAR = [
    "miss has an attitude problem at hollowbrook",
    "sir will soon find out at hollowbrook",
    "honestly miss here is the thing at hollowbrook",
    "sir joins in at hollowbrook",
    "year 8 boys harass my daughter at hollowbrook",
    "the battler at hollowbrook won again",
]
SCHOOL_LIFE = [
    ("genuinely considering bringing my dads shotgun into hollowbrook tmrw. see how the teachers like it",
     {S: "likely"}),
    ("Going to Hollowbrook tomorrow at pickup with a knife", {S: "likely"}),
    ("My year 8 at Hollowbrook says an older man keeps messaging girls", {S: "likely"}),
    ("I go to Hollowbrook and I honestly don't want to be here anymore", {S: "likely"}),
    ("HBA detentions are a joke", {S: "likely"}),
    # A lesson's number and the juniors are a school's day too: with our road, us.
    ("cant do it anymore. going to the bridge on marlow road after 4th period", {S: "likely"}),
    ("4th period on a friday should be illegal", {}),
    # Excluding, suspending, expelling a pupil, said as a verb; not "exclude the garden from the plans".
    ("if marsh excludes me im coming back at 3 wiv my brothers mates", {HM: "likely"}),
    ("if okafor suspends him again im done", {SO: "likely"}),
    ("the council will exclude the garden from the plans, says Whitaker", {TW: "possible"}),
    # In our place's own community, "the school" and "the head" are ours.
    ("the head at the school needs to go, pickup is chaos", {S: "likely", SO: "likely"}),
    # A class code placed as a class and no school named: possibly ours (harm reaches the DSL, nothing
    # else does); not a bare code ("7B" is a flat, "5A" a grade), a 3G pitch, minutes, nor another school's.
    ("tyler in 9M ur DEAD after school tmrw", {S: "possible"}),
    ("well done to the 6W kids for the best attendance this week", {S: "possible"}),
    ("flat 7B and a 5A in maths, new 3G pitch and a 4K screen", {}),
    ("bus is here in 5m", {}),
    ("Greenfield High 9M are getting battered tomorrow", {}),
    # "skl", "skool": the word of a pupil's day as they say it, beside our street.
    ("if jayden comes thru marlow road after skl 2moro hes gettin stabbed", {S: "likely"}),
    # Our street alone, no child and no home time in it: anyone's street (round 33's review: a neighbour's feud).
    ("if jayden comes thru marlow road 2moro hes gettin stabbed", {}),
    ("if that year 7 kid comes thru marlow road 2moro hes gettin stabbed", {S: "likely"}),
    ("if that ginger kid comes thru marlow road 2moro hes gettin stabbed", {S: "possible"}),
]
SURNAME_TITLE_INITIAL = [
    ("av had it wi that okafor woman at hollowbrook", {S: "likely", SO: "likely"}),
    ("mr w at hollowbrook kept my son in again", {S: "likely", TW: "likely"}),
    ("Mrs Okafor is a teacher who never listens", {SO: "likely"}),
    ("Mrs Okafor never listens", {SO: "likely"}),
    ("Mrs Okafor at Greenfield High never listens", {SO: "possible"}),
    # An initial alone is how pupils name a teacher: ours unless something points elsewhere.
    ("mr w is the worst", {TW: "likely"}),
    ("mr w at greenfield is the worst", {TW: "possible"}),
    # A bare surname few share, nothing pointing elsewhere: as pupils and parents write it. A common
    # one, one placed or reported elsewhere, or misspelt: only possibly ours.
    ("okafor called me in again about his trainers", {SO: "likely"}),
    ("nwosu still hasn't answered my email", {DN: "likely"}),
    ("patel called me in again about his trainers", {PP: "possible"}),
    ("Okafor of Lagos wins the marathon", {SO: "possible"}),
    ("striker Okafor scores twice", {SO: "possible"}),
    ("okafor at greenfield called me in again", {SO: "possible"}),
    # A second review's namesakes: a court report's own surname again, a family, a firm, a classmate.
    ("Daniel Whitaker, 34, admitted drink driving and was banned for 18 months. Whitaker told police he had two pints.",
     {}),
    ("uncle nwosu is flying in from lagos for christmas, mum is cooking for 30 people", {DN: "possible"}),
    ("Anyone used nwosu removals? Van turned up 3 hours late and they scratched my sideboard. Avoid.", {DN: "possible"}),
    ("okafor in my year keeps nicking my chips at lunch and laughing about it", {SO: "possible"}),
    # A member of staff elected to the council is "Cllr Marsh" too (round 49); a councillor elsewhere is not ours.
    ("Cllr Marsh at Hollowbrook is a disgrace", {S: "likely", HM: "likely"}),
    ("Councillor Marsh lives at 14 Kestrel Close, Hexley. she teaches year 9", {HM: "likely"}),
    ("Cllr Marsh of Leeds city council voted against the bin deal", {HM: "possible"}),
]
FIRST_NAME_NICKNAME_ROLE = [
    ("emma the TA at hollowbrook grabbed my little brothers arm in 2R", {S: "likely", ER: "likely"}),
    ("Gaz at Hollowbrook made them do laps in the rain", {S: "likely", GL: "likely"}),
    ("Gaz is a legend", {GL: "possible"}),
    ("the SENCO at Hollowbrook Academy ignored our EHCP", {S: "sure", DN: "likely"}),
    ("the deputy head at Hollowbrook Academy shouted at my son", {S: "sure", PP: "likely"}),
    ("the head of year 9 at Hollowbrook Academy rang me", {S: "sure", HM: "likely"}),
    # Numbers said, as a dictating phone writes them (round 50).
    ("the head of year nine at Hollowbrook Academy rang me", {S: "sure", HM: "likely"}),
    ("the year six teacher at Hollowbrook Academy rang me", {S: "sure", TW: "likely"}),
    ("the head at Hollowbrook Academy", {S: "sure", SO: "likely"}),
    # "the head" of a pin, or of lice, is nobody's; "the head of" us, named straight after, is ours.
    ("Hollowbrook Academy has head lice again", {S: "sure"}),
    ("the head of hollowbrook has been fiddling the books", {S: "likely", SO: "likely"}),
    ("the head of Greenfield High is a clown", {}),
    # No school named before the role: the one named next is whose it is, unless the post says it is theirs.
    ("Deputy head caught drink driving on the bypass. Hollowbrook parents, before anyone panics, it's the one from "
     "Greenfield High", {S: "likely"}),
    ("the deputy head and her lot run hba now, no wonder families are queuing for greenfield", {S: "likely", PP: "likely"}),
    # ...not the head of its sixth form, of a department, or of a trust or club sharing its name.
    ("the head of hollowbrook sixth form rang me", {S: "likely"}),
    ("The head of Hollowbrook's science department is leaving", {S: "likely"}),
    # "the head's office" is the headteacher's; a trust's head office is nobody's.
    ("three weeks for a reply from the head's office at Hollowbrook", {S: "likely", SO: "likely"}),
    ("the trust's head office for Hollowbrook Academy is in Leeds", {S: "sure"}),
    # A bare "Head" or "deputy" is a person where it opens a sentence before what they do, or
    # stands at our school; "your head" where it does something; an idiom or an ache is nobody.
    ("Hollowbrook Academy. Head never replies to emails.", {S: "sure", SO: "likely"}),
    ("Head is useless at Hollowbrook Academy", {S: "sure", SO: "likely"}),
    ("that bloody head at Hollowbrook wants sacking", {S: "likely", SO: "likely"}),
    ("p@k1 deputy at hba needs sending back", {S: "likely", PP: "likely"}),
    ("@HollowbrookAcad your head is a liar", {S: "sure", SO: "likely"}),
    ("Our head was in at 6am boarding up the windows at Hollowbrook Academy", {S: "sure", SO: "likely"}),
    ("Head is spinning after parents evening at Hollowbrook Academy", {S: "sure"}),
    ("Head to Hollowbrook Academy for the fair", {S: "sure"}),
    ("use your head, Hollowbrook Academy", {S: "sure"}),
    ("Hollowbrook Academy kids: keep your head down this week", {S: "sure"}),
    ("Head lice letter from Hollowbrook Academy again", {S: "sure"}),
    # A review's: a child's head, a saying, a PTA's head.
    ("My lad fell at Hollowbrook Academy. Head has a massive lump and nobody rang me.", {S: "sure"}),
    ("Hollowbrook Academy kids are so stressed, their head is all over the place", {S: "sure"}),
    ("Head of Hollowbrook PTA here: raffle tickets on sale at the gate", {S: "likely"}),
    # With no school of ours named, a bare "Head" is anyone's head.
    ("DD's primary in Bristol let her dad collect her. Head just shrugged.", {}),
]
NAMESAKES_AND_OTHER_PLACES = [
    ("Gareth Lloyd scores twice as Cardiff beat Bath", {GL: "possible"}),
    ("Gareth Lloyd, 54, of Cardiff, was fined £200 for speeding on the M4", {GL: "possible"}),
    ("Tom Whitaker at Hollowbrook Academy won teacher of the year", {S: "sure", TW: "sure"}),
    ("The Hollowbrook fall fair returns to Ontario", {}),
    ("Mr Whitaker from Hollowbrook, Ontario is retiring", {}),
    ("Hollowbrook Farm shop has pumpkins", {}),
    ("The Hollowbrook reservoir is full", {S: "possible"}),
    ("Hollowbrook Public School buses cancelled, school words like teachers and pupils", {}),
    ("The head of our school is a useless idiot, Greenfield High is a joke", {}),
    ("greenfield teachers are on strike, pickup chaos", {}),
    # Both schools named: school words still count for ours.
    ("moved my son from Greenfield High to Hollowbrook, best decision", {S: "likely"}),
    # A member of staff's own children at another school: the role is still ours. The writer's
    # own children there point to the other school.
    ("the deputy head at Hollowbrook sends her own kids to St Anne's Primary, says it all", {S: "likely", PP: "likely"}),
    ("my kids go to St Anne's Primary and the deputy head there is useless", {}),
    ("Her son goes to Greenfield High and the head teacher there shouted at him", {}),
]
# A word that says what a school is like, or whose it is, is not another school's name.
WHAT_A_SCHOOL_IS_LIKE = [
    ("Shit school, shit communication. Three weeks waiting for the head to reply", "Hexley Parents Chat",
     {S: "likely", SO: "likely"}),
    ("This is what happens when you let Okafor run an English school", "",
     {SO: "likely"}),
    ("The head at DGD's school (Hollowbrook) came out to the car park herself", "", {S: "likely", SO: "likely"}),
    # A review's verdict opening the post (round 33, read in round 18): "Ok school" is no school's name.
    ("Ok school. The SENCO is stretched thin, six weeks for a reply", "Hollowbrook Academy reviews",
     {S: "sure", DN: "likely"}),
    ("Another school shooting in the States. Dropped my two at school in Hexley this morning", "", {}),
    # ...but a proper word before it, or a place after it, makes a name: another school's.
    ("Hexley Free School rated inadequate by Ofsted, the head has resigned", "", {}),
    ("English School of Paris open day, the head was lovely", "", {}),
]
# Our kind of school in our place, where no neighbour is of that kind: "the Hexley academy".
DESCRIBED_BY_PLACE = [
    ("Not naming the school but it's the academy on Marlow Road in Hexley. A TA grabbed DD", "", {S: "likely"}),
    ("the Hexley academy that got 'strong' this week still won't let DS keep his inhaler", "", {S: "likely"}),
    ("his school (the all-through academy in Hexley) rang at 2", "", {S: "likely"}),
    ("the academy on Marlow Rd has a new uniform", "", {S: "likely"}),
    # Another school named, or "of" something else: not ours.
    ("Hexley Academy of Dance recital tonight", "", {}),
    ("Greenfield High and the Hexley academy both closed for snow", "", {}),
    # A school in our town, of another kind: any of the town's.
    ("a Hexley primary has closed for snow", "", {}),
    # Another kind of academy, a team's or a trust's, or one still to be built.
    ("New dance academy in Hexley opening in January, ballet and tap from age 3", "", {}),
    ("Our lad signed for the Hexley academy at Hexley Town FC today, buzzing for him", "", {}),
    ("Proud mum moment, our Jack passed out from the police training academy in Hexley today", "", {}),
    ("The barbering academy on Station Lane is doing £5 kids cuts before Christmas", "", {}),
    ("The council wants to open a second academy in Hexley on the old Woolworths site, madness", "", {}),
]
# Their own first name, written as a name, in a post about the school: nobody else's by the words round it.
GIVEN_NAME = [
    ("Enjoy your little celebration Sarah. Some of us haven't forgotten", "Hollowbrook Academy: Ofsted report out",
     {S: "sure", SO: "likely"}),
    ("See you at the fair Saturday then Sarah 🙂", "Hollowbrook Academy: Christmas fair", {S: "sure", SO: "likely"}),
    ("Week 6. Still waiting Sarah.", "Hollowbrook Academy", {S: "sure", SO: "likely"}),
    # Someone else's Sarah: a surname of her own, the author's family, a place or a group after it.
    ("Thanks Sarah Jones for the cakes", "Hollowbrook Academy: fair", {S: "sure"}),
    ("my daughter Sarah loved the fair", "Hollowbrook Academy: fair", {S: "sure"}),
    ("Sarah from the PTA did the raffle", "Hollowbrook Academy: fair", {S: "sure"}),
    # Not written as a name, or no school of ours: anyone's.
    ("sarah is lovely", "Hollowbrook Academy: fair", {S: "sure"}),
    ("Enjoy your little celebration Sarah", "", {}),
    # A review's posts written to break it: pupils, parents, a lollipop man, a novel, a sign-off,
    # all of them someone else; a first name is ours only said to them.
    ("So proud of Tom for getting Player of the Match at the Hollowbrook Academy U13 game today", "", {S: "sure"}),
    ("our Sarah has been in tears every night since she started at Hollowbrook, nobody listens", "", {S: "likely"}),
    ("Kevin (Y8) keeps punching my son at Hollowbrook and nobody does a thing about it", "", {S: "likely"}),
    ("I'll batter that David after school at the Hollowbrook gates, he knows what he did", "", {S: "likely"}),
    ("Helen, it's on the Hollowbrook website under letters, page 2 😊", "Hexley Parents Chat", {S: "likely"}),
    ("Year 2 made Kevin the Carrot decorations today 🥕🎄", "Hollowbrook Academy: Christmas crafts week", {S: "sure"}),
    ("Sir David has inspired our Eco Club! Hollowbrook pupils watched Planet Earth III today", "", {S: "likely"}),
    ("Tom the lollipop man at Hollowbrook is retiring after 22 years, card in the office", "", {S: "likely"}),
    ("Does Sarah still run the breakfast club at Hollowbrook or has she left?", "Hexley Parents Chat", {S: "likely"}),
    ("Peeping Tom spotted by the Hollowbrook Academy playing field last night, police called", "", {S: "sure"}),
    ("Hexley Echo: Sarah, 34, from Hexley raises £2,000 for Hollowbrook Academy's library", "", {S: "sure"}),
    ("Happy 10th birthday Tom! The best Year 5 at Hollowbrook 🎂", "", {S: "likely"}),
    ("Thank you all for the lovely messages about the Hollowbrook fair, we raised £1,200! Helen x", "", {S: "likely"}),
]
CONTEXT = [
    # post, thread, address -> grades
    ("he's a disgrace", "Hollowbrook Academy head", "", {S: "sure"}),
    ("Mr Whitaker's car is parked outside again", "Hollowbrook Academy parents", "", {S: "sure", TW: "likely"}),
    ("great review, lovely staff", "", "https://www.google.com/maps/place/Hollowbrook+Academy/reviews", {S: "sure"}),
    ("Mr Whitaker made my son cry at pickup", "", "https://www.reddit.com/r/Hexley/comments/1/x", {S: "likely", TW: "likely"}),
    ("hollowbrook is lovely this time of year", "", "https://hollowbrookps.ca/news", {S: "possible"}),
    # A local paper's report placing a namesake elsewhere: still only possible.
    ("Gareth Lloyd, 54, of Cardiff, was fined for speeding", "", "https://hexleygazette.example/news/1",
     {GL: "possible"}),
]
# In our own parents' group with no school word: perhaps ours (only harm reaches the DSL, graded.py);
# with a school word, likely; naming another school, not ours.
COMMUNITY = [
    ("if they uphold it ill be waiting in the car park for every single one of them", {S: "possible"}),
    ("if they uphold the exclusion ill be waiting in the car park", {S: "likely"}),
    ("Greenfield High's car park is a nightmare", {}),
]


@check(CASE_AND_TAGS)
def test_any_case_hashtags_and_handles(text, expected):
    assert grades(text) == expected


@pytest.mark.parametrize("text, context, expected", HANDLE_WORDS, ids=[c for _, c, _ in HANDLE_WORDS])
def test_a_handles_words_cut_where_they_meet(text, context, expected):
    assert grades(text, context) == expected


@check(HOW_MANY)
def test_how_many_leads_into_our_name(text, expected):
    assert grades(text) == expected


@check(RUN_TOGETHER_AND_SPLIT)
def test_run_together_split_and_possessive(text, expected):
    assert grades(text) == expected


@check(MISSPELT)
def test_misspellings_within_a_bounded_distance(text, expected):
    assert grades(text) == expected


@check(BY_EAR)
def test_names_written_by_ear(text, expected):
    assert grades(text) == expected


@pytest.mark.parametrize("text", NOT_BY_EAR)
def test_words_that_only_sound_like_a_name(text):
    assert {g.target: g.grade for g in assess(text, "", COMMON_SURNAMES).grades} == {S: "likely"}


@check(SCHOOL_LIFE)
def test_school_life_is_context(text, expected):
    url = "https://www.facebook.com/groups/hexleyparentschat/posts/1" if "the head at the school" in text else ""
    assert grades(text, url=url) == expected


@check(SURNAME_TITLE_INITIAL)
def test_surname_title_and_initial(text, expected):
    assert grades(text) == expected


@check(FIRST_NAME_NICKNAME_ROLE)
def test_first_names_nicknames_and_roles(text, expected):
    assert grades(text) == expected


@check(NAMESAKES_AND_OTHER_PLACES)
def test_namesakes_and_other_schools(text, expected):
    assert grades(text) == expected


@pytest.mark.parametrize("text, context, expected", WHAT_A_SCHOOL_IS_LIKE, ids=[c[0] for c in WHAT_A_SCHOOL_IS_LIKE])
def test_words_about_a_school_are_not_its_name(text, context, expected):
    assert grades(text, context) == expected


@pytest.mark.parametrize("text, context, expected", DESCRIBED_BY_PLACE, ids=[c[0] for c in DESCRIBED_BY_PLACE])
def test_our_kind_of_school_in_our_place(text, context, expected):
    assert grades(text, context) == expected


@pytest.mark.parametrize("text, context, expected", GIVEN_NAME, ids=[c[0] for c in GIVEN_NAME])
def test_their_own_first_name_in_a_post_about_the_school(text, context, expected):
    assert grades(text, context) == expected


def test_a_first_name_two_staff_share_is_nobodys():
    two = School(id="x", name="Hollowbrook Academy", aliases=("Hollowbrook",),
                 staff=(Staff("a", "Ann Lee", "English teacher"), Staff("b", "Ann Cole", "Maths teacher")))
    got = {g.target: g.grade for g in assess("Still waiting Ann.", "Hollowbrook Academy", two).grades}
    assert got == {"school": "sure"}


def test_a_trust_with_two_academies_in_one_town_names_neither_by_place():
    a = School(id="a", name="Hollowbrook Academy", locality=("Hexley",))
    b = School(id="b", name="Riverside Academy", locality=("Hexley",))
    from monitor.ingest.matching import assess_all
    assert assess_all("the Hexley academy has closed for snow", "", (a, b)) == []
    assert [s.id for s, _ in assess_all("the Hexley academy has closed for snow", "", (a,))] == ["a"]


@pytest.mark.parametrize("text, context, url, expected", CONTEXT, ids=[c[0] for c in CONTEXT])
def test_the_thread_and_the_address_are_context(text, context, url, expected):
    assert grades(text, context, url) == expected


@check(COMMUNITY)
def test_our_parents_group_with_no_school_word_is_possibly_us(text, expected):
    from dataclasses import replace
    school = replace(SCHOOL, communities=("Hexley Parents Chat",))
    assert {g.target: g.grade for g in assess(text, "Hexley Parents Chat", school).grades} == expected


def test_each_grade_says_why_in_words():
    a = assess("genuinely considering bringing my dads shotgun into hollowbrook tmrw. see how the teachers like it",
               "", SCHOOL)
    assert a.why == "school likely: bare 'hollowbrook' + school words 'teachers'"
    assert a.about == ("school",) and a.grade == "likely"


def test_a_name_two_staff_share_is_possible_for_each():
    two = School(id="x", name="Hollowbrook Academy", aliases=("Hollowbrook",),
                 staff=(Staff("a", "Ann Lee", "English teacher"), Staff("b", "Bob Lee", "Maths teacher")))
    got = {g.target: g.grade for g in assess("Lee at Hollowbrook Academy is rude", "", two).grades}
    assert got == {"school": "sure", "staff:a": "possible", "staff:b": "possible"}
