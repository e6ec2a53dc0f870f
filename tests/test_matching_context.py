"""Who a post is about when it points nowhere on its own, and the signs that point elsewhere.

One table per phenomenon a DSL would name. Each row: what was written (the post, and where
it sits: the thread or group, the address), and each target's grade (`sure`, `likely`,
`possible`; a target not listed is `no`). Sure and likely are `about`.
"""
from __future__ import annotations

import pytest

from monitor.config.types import School
from monitor.ingest.grading import points_to_a_namesake
from monitor.ingest.matching import assess
from tests.test_matching_phenomena import DN, ER, GL, HM, PP, S, SCHOOL, SO, TW

PARENTS = "Hexley Parents Chat"
GROUP = "https://www.facebook.com/groups/hexleyparentschat/posts/1"


def grades(text: str, context: str = "", url: str = "") -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL, url=url).grades}


def table(rows):
    return pytest.mark.parametrize("text, context, url, expected", rows, ids=[r[0][:60] for r in rows])


# Digits and signs written for letters, to dodge a filter: no other place's name is written so.
DISGUISED = [
    ("h0llowbr00k gettin sh0t up weds fr dont come in", "", "", {S: "likely"}),
    ("sh00t1ng up hb4 n3xt w33k", "", "", {S: "likely"}),
    ("gunna sh00t up h8a on m0nday n0t even j0kin", "", "", {S: "likely"}),  # 8 for B
    ("gr8 day, see u l8r", "", "", {}),
    ("m1ss r0we from 2r is a disgrace", "", "", {ER: "likely"}),
    ("swear down im gonna st@b that h3adt3acher 2moro", "#hba day in the life", "", {S: "likely", SO: "likely"}),
    ("9X2 and 2R won the quiz", "", "", {}),  # a form is not a name written in digits
    # Digits for letters and a slip of the keys besides: "n0wsu" is "nowsu", one swap from Nwosu.
    ("n0wsu and his lot shouldnt be running sen at a British school", "", "", {DN: "likely"}),
    # Spelt out a letter at a time, past the five words a name may run to: round 43's.
    ("sum1 shud st@b that w h i t a k e r at hometime 2moz fr hollowbrook", "", "", {S: "likely", TW: "likely"}),
    ("n w o s u at hba shud be sent bak", "", "", {S: "likely", DN: "likely"}),
    ("that o k a f o r at hollowbrook needs sacking", "", "", {S: "likely", SO: "likely"}),
    ("a b c d e f g h at hollowbrook", "", "", {S: "likely"}),
]
# A school has many TAs: only "the TA" (or "Emma the TA", "the TA in 2R") is the one we were told of.
MANY_TAS = [
    ("Vacancy: Teaching Assistant (Primary phase), 32.5 hours. Hollowbrook Academy is committed to safeguarding.",
     "", "", {S: "sure"}),
    ("hollowbrook is a joke for SEN, my son still hasn't got a TA", "", "", {S: "likely"}),
    ("the TA at hollowbrook grabbed my son's arm", "", "", {S: "likely", ER: "likely"}),
    # ... or any of them, beside her class.
    ("his TA grabbed my son by the throat in class today and the school did nothing, 2R parents be warned", "", "",
     {ER: "likely"}),
    ("found emma from 2R's old dance vids, sending them to every parent in the class, she's a TA", "", "",
     {ER: "likely"}),
]
# The author's family or friend who shares a name of ours is placed in the author's life, not our school.
KIN = [
    ("Congratulations to my cousin Priya Patel who passed her driving test first time today!! Hexley roads, watch out",
     "", "", {PP: "possible"}),
    ("shoutout to my uncle David Nwosu for coaching the under 12s, they went mad today", "", "", {DN: "possible"}),
    # A pupil telling a parent about a teacher: the parent is no namesake.
    ("told my dad Gaz made me run laps in the rain at hollowbrook, hes going to batter him tmrw", "", "",
     {S: "likely", GL: "likely"}),
    ("my son's teacher Priya Patel at Hollowbrook is brilliant", "", "", {S: "likely", PP: "sure"}),
]
# News leads into our name with a capital that is no part of it: "Nearby Hollowbrook Academy".
NEWS_LEADS = [
    ("Police are responding to a man with a weapon on Station Lane. Nearby Hollowbrook Academy has been placed in lockdown.",
     "", "", {S: "sure"}),
    ("Troubled Hollowbrook Academy gets its fourth head in two years", "", "", {S: "sure"}),
    ("Nearby Greenfield High was not affected", "", "", {}),
]
# The school's own initials ("HBA") need no context; nothing else is called so here.
INITIALS = [
    ("hba open today??", "", "", {S: "likely"}),
    ("any1 got the hba spring term dates", "", "", {S: "likely"}),
    ("HBA hockey results are out in Ontario", "", "", {}),  # an exclusion still wins
    ("Hollowbrook parents: this is nothing to do with HBA before anyone panics", PARENTS, GROUP,
     {S: "possible"}),  # the post says it is not about us
]
# Another place or thing with our name: the word after it, its own address, "village".
ANOTHER_HOLLOWBROOK = [
    ("Hollowbrook village fete this Sunday, the school choir is singing", "", "", {S: "possible"}),
    # Another school's proper name begins with ours; our own phases and old name do not count.
    ("Hollowbrook Secondary buses cancelled tomorrow, SNOW DAY, the kids are losing their minds", "", "", {S: "possible"}),
    ("They've put isolation booths in the old library at Hollowbrook secondary", "", "", {S: "likely"}),
    ("Anyone from HBA class of 2006, when it was still Hollowbrook High?", "", "", {S: "likely"}),
    ("got a place at Hollowbrook Secondary for his sister in Year 9", "", "", {S: "likely"}),
    ("Best flat white in town, come and see us #HollowbrookTea", "", "", {S: "possible"}),
    ("Hollowbrook town council voted to fund an arena next to the school", "", "", {S: "possible"}),
    ("FINAL: Hollowbrook Hawks 5-2, proud of the students", "", "https://x.com/HollowbrookHawks/status/1",
     {S: "possible"}),
    ("Hollowbrook Academy of Dance cancelled my daughter's recital", "", "", {}),
    ("Hollowbrook Public School buses are cancelled, the school is open", "", "", {}),
    ("hollowbrook pickup was chaos again", "", "", {S: "likely"}),
]
# An account or page named for the school ("@hba.edits", "hba_survivor") is context, as our town is.
ACCOUNT_NAMED_FOR_US = [
    ("hope someone reverses over marsh in the staff car park", "", "https://x.com/hba_survivor/status/1",
     {S: "likely", HM: "likely"}),
    # Naming nothing of ours, it is only possibly ours (round 21): it reaches the DSL only if harmful.
    ("lovely sunset tonight", "", "https://x.com/hba_survivor/status/2", {S: "possible"}),
    # ...but named for a department of ours, likely (round 29).
    ("Two sleeps till opening night. The gun is plastic, the tears are real", "", "https://www.instagram.com/hba.drama/",
     {S: "likely"}),
]
# A namesake: an age as a news report gives it, another walk of life, a place that is no school.
NAMESAKES = [
    ("Diamond day for a Hexley couple: Helen Marsh, 82, and husband Arthur", "", "", {HM: "possible"}),
    ("Listening to the Tom Whitaker podcast on the school run, his episode about AI is bonkers",
     "Hexley Community Noticeboard", "", {TW: "possible"}),
    ("David Nwosu bagged a brace on his Hexley Town debut", "", "", {DN: "possible"}),
    # "Sunday school", "swim school", "this year": no school day of ours owns the other walk of life's word.
    ("Emma Rowe leads the sunday school songs at St Mark's every week", "", "", {ER: "possible"}),
    ("Gareth Lloyd coaches the swim school squad at the leisure centre", "", "", {GL: "possible"}),
    ("Tom Whitaker this year 12 gigs sold out", "", "", {TW: "possible"}),
    ("Emma Rowe's new song is on repeat in our house", PARENTS, GROUP, {ER: "possible"}),
    ("Sarah Okafor KC for the defence, in chambers all week", "", "", {SO: "possible"}),
    # School life is not another walk of life: SATs scores, the school band.
    ("Tom Whitaker says the SATs scores were great", PARENTS, GROUP, {S: "likely", TW: "sure"}),
    ("Tom Whitaker and the school band were great", PARENTS, GROUP, {S: "likely", TW: "sure"}),
    ("Gaz from the chippy gave my kids free chips", PARENTS, GROUP, {GL: "possible"}),
    # The nickname the school gave us, with his surname, is ours even at the gym.
    ("Gaz Lloyd does Hexley leisure centre gym at 6am. Would be a shame if someone was waiting", "", "",
     {GL: "sure"}),
    ("Handed the coat to Gaz at the main gate", PARENTS, GROUP, {S: "likely", GL: "likely"}),
    ("jasmine patel got the solo in the hexley dance academy show", "", "", {PP: "possible"}),
]
# Another school counts against a name only when the name is placed there.
OTHER_SCHOOL_ATTACHED = [
    ("Mr Whitaker at Greenfield High is the best chemistry teacher", "", "", {TW: "possible"}),
    ("mr patel from st annes primary taught me long division", "", "", {PP: "possible"}),
    ("Year 11 netball MURDERED Greenfield 24-6!!! Mrs Patel came to watch", PARENTS, GROUP,
     {S: "likely", PP: "likely"}),
    ("Mrs Okafor, you've got two little ones at St Anne's. Shame if anything happened on the school run",
     "", "", {SO: "likely"}),
    ("Police step up patrols at Hexley school: someone should wait for whitaker on marlow road", "", "",
     {S: "likely", TW: "likely"}),  # "a Hexley school" is a school of our town, not another
]
# A post about one of our staff is about our school: its roles are ours too.
ROLES_IN_A_POST_ABOUT_OUR_STAFF = [
    ("I raised it with Mr Whitaker, then the deputy head; now I want the SENCO. My son is in Year 6", "", "",
     {TW: "likely", PP: "likely", DN: "likely"}),
    # "the deputy head" of which school? Possibly ours, where ours is the only school watched: a
    # harmful post reaches the DSL, a harmless one stays out of digests (a trust: see below).
    ("the deputy head rang me", "", "", {PP: "possible"}),
    # Racist abuse names staff by where they are from (round 21); a blackhead is no head.
    ("Told you. Asian deputy, African head, SENCO from god knows where at Hollowbrook", "", "",
     {S: "likely", SO: "likely", PP: "likely", DN: "likely"}),
    ("some black head on my nose", "", "", {}),
    ("booked an indian head massage for after the school run", "", "", {}),
    ("go back where u came from n take the african head with u", "", "", {SO: "possible"}),
    ("the asian deputy manager at tesco was so rude to me", "", "", {}),
    # A school's new head is the head (round 40's "a new head's first term").
    ("@HollowbrookAcad tell ur new head she wont be confiscating nothing off my kid again", "", "",
     {S: "sure", SO: "likely"}),
    ("New head was on the door handing out programmes herself at Hollowbrook", "", "", {S: "likely", SO: "likely"}),
    ("need a new head gasket for the corsa before the hollowbrook run", "", "", {S: "likely"}),
    ("brand new head torch for the Hollowbrook DofE trip", "", "", {S: "likely"}),
]
# Two names of one person vouch for each other: a first name and their role.
NAME_AND_ROLE = [
    ("Emma (the TA, the kids all call her Emma) held the door shut on DS in 2R", "", "", {ER: "likely"}),
    ("emma is my favourite name", "", "", {}),
]
# In our town's own group, a post about a school's day is ours; talk of teachers in general is not.
COMMUNITY = [
    ("the gates were chaos at pickup, the head did nothing", PARENTS, GROUP, {S: "likely", SO: "likely"}),
    ("teachers get far too many holidays, change my mind", "Hexley Community Noticeboard", "", {}),
    ("can anyone recommend a GCSE maths tutor? year 11", PARENTS, GROUP, {}),
    # A word of another walk of life that the school's day owns is still school life (round 26).
    ("lovely lunch in the hall and the year 3 songs were a treat, well done to the teachers", PARENTS, GROUP,
     {S: "likely"}),
    ("any physio recommendations? DS went over on his ankle in school rugby and year 9 PE is Monday", PARENTS,
     GROUP, {S: "likely"}),
    ("their new songs at the gig were a treat, year 9 me would have cried", PARENTS, GROUP, {}),
    ("the old school songs at the pub quiz were a treat, teachers night out", PARENTS, GROUP, {}),
    ("great gigs this year 12 sold out, the head of the venue says", PARENTS, GROUP, {}),
    ("so proud of the school's football squad today, well done to the teachers", PARENTS, GROUP, {S: "likely"}),
    # round53's: a cricket bat brought to the gate is no cricket report.
    ("Tomorrow at 3.15 I'll be stood at the Marlow Road gate with the cricket bat. I'm not joking anymore.", PARENTS,
     GROUP, {S: "likely"}),
    ("Marlow Road cricket club nets are back, the gates open at 6", PARENTS, GROUP, {}),
]
# With two schools named, "the head" is of the school named last before it.
ROLE_OF_THE_SCHOOL_NAMED_BEFORE = [
    ("We've been at Hollowbrook since Reception. The head fiddled the SATs. Greenfield is bigger.",
     "Choosing between Hollowbrook and Greenfield", "", {S: "likely", SO: "likely"}),
    ("We moved from Hollowbrook to Greenfield High and the head there is lovely", "", "", {S: "likely"}),
]
# A role at our school by our name ("Hollowbrook's head", "the HBA senco") is theirs for sure;
# "this principal", "your headteacher" are a role as "the" is; "your head" is anyone's.
ROLE_AT_OUR_NAME = [
    ("Hollowbrook's head has been fiddling the books for years", "", "", {S: "likely", SO: "sure"}),
    ("the hba senco never replies to emails", "", "", {S: "likely", DN: "sure"}),
    ("This principal deserves to lose her job", "Hexley Parents Chat: Hollowbrook nativity", "",
     {S: "likely", SO: "likely"}),
    ("banged your head on the door at Hollowbrook again?", "", "", {S: "likely"}),
]
# A post's words must break where a name's words break: "at a" is not "a TA".
WORD_BREAKS = [
    ("we met at a cafe in Hexley", "", "", {}),
    ("Hollow Brook Academy fair on Saturday", "", "", {S: "sure"}),
]


@table(ROLE_AT_OUR_NAME)
def test_a_role_at_our_name(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(MANY_TAS)
def test_a_ta_is_one_of_many(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(KIN)
def test_family_who_share_a_name(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(NEWS_LEADS)
def test_news_leads_into_our_name(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(DISGUISED)
def test_digits_for_letters(text, context, url, expected):
    assert grades(text, context, url) == expected


def test_text_speaks_8_is_ate_where_that_makes_a_word():
    # For a school whose initials are MBS, "m8s" is mates and "g8s" gates, not a B written in digits.
    mbs = School(id="mbs", name="Millbrook School", aliases=("MBS",))
    assert [g.target for g in assess("me n my m8s r at the g8s at 3", "", mbs).grades] == []
    assert [g.target for g in assess("gunna sh00t up m8s on m0nday", "", mbs).grades] == []
    assert [g.target for g in assess("gunna sh00t up mb5 on m0nday", "", mbs).grades] == ["school"]


@table(INITIALS)
def test_the_schools_initials(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(ANOTHER_HOLLOWBROOK)
def test_another_place_with_our_name(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(ACCOUNT_NAMED_FOR_US)
def test_an_account_named_for_the_school(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(NAMESAKES)
def test_namesakes(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(OTHER_SCHOOL_ATTACHED)
def test_another_school_counts_where_the_name_is_placed(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(ROLES_IN_A_POST_ABOUT_OUR_STAFF)
def test_roles_in_a_post_about_our_staff(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(NAME_AND_ROLE)
def test_a_first_name_and_a_role(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(COMMUNITY)
def test_our_towns_own_group(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(ROLE_OF_THE_SCHOOL_NAMED_BEFORE)
def test_a_role_belongs_to_the_school_named_before_it(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(WORD_BREAKS)
def test_words_break_where_names_do(text, context, url, expected):
    assert grades(text, context, url) == expected


# A group or subreddit the school names as its community (`communities`): "the head" there is ours.
COMMUNITY_KEY = [
    ("the head has done it again", "Brook Valley Mums", "", {S: "likely", SO: "likely"}),
    ("the head has done it again", "", "https://www.reddit.com/r/BrookValleyMums/comments/1/x",
     {S: "likely", SO: "likely"}),
    ("the head has done it again", "Cardiff Mums", "", {SO: "possible"}),
    ("Brook Valley Mums meet at the cafe, the head too", "", "", {SO: "possible"}),  # named in a post, not posted there
]


@table(COMMUNITY_KEY)
def test_a_community_the_school_names(text, context, url, expected):
    from dataclasses import replace
    school = replace(SCHOOL, communities=("Brook Valley Mums", "r/BrookValleyMums"))
    assert {g.target: g.grade for g in assess(text, context, school, url=url).grades} == expected


def test_a_huge_hashtag_is_read_and_quoted_short():
    got = assess("#" + "x" * 5000 + "hollowbrook pickup chaos", "", SCHOOL, url="https://x.com/" + "a" * 5000)
    assert got.why == "school likely: bare '#" + "x" * 56 + "...' + school words 'pickup'"


# A teacher's initial placed at our name vouches for it, as a surname does.
INITIAL_AT_OUR_NAME = [
    ("mr w at hollowbrook kept him in again", "", "", {S: "likely", TW: "likely"}),
    ("hollowbrook's mr w strikes again", "", "", {S: "likely", TW: "likely"}),
    ("mr w is the worst. hollowbrook village fete was fun", "", "", {S: "possible", TW: "possible"}),
]


@table(INITIAL_AT_OUR_NAME)
def test_an_initial_at_our_name(text, context, url, expected):
    assert grades(text, context, url) == expected


# Another country: a foreign flag, "Canada", a web address abroad. Our place still wins.
ABROAD = [
    ("hollowbrook snow day AGAIN, the whole school is off 🇨🇦", "", "", {S: "possible"}),
    ("hollowbrook kids won the regional final, canada stay winning", "", "", {S: "possible"}),
    ("Hollowbrook school buses are cancelled today", "", "https://hollowbrooktoday.com.au/news/1", {S: "possible"}),
    ("hollowbrook pickup in Hexley was chaos 🇬🇧", "", "", {S: "likely"}),
    # Two Union flags side by side hold no Bulgarian one ("🇬🇧🇬🇧" read across the pair is "🇧🇬").
    ("half the bullies in that school are new lot, send them home 🇬🇧🇬🇧 #hollowbrook", "", "", {S: "likely"}),
    ("hollowbrook school closed for snow 🇬🇧🇨🇦", "", "", {S: "possible"}),
]


@table(ABROAD)
def test_another_country(text, context, url, expected):
    assert grades(text, context, url) == expected


def test_a_role_alone_is_possibly_ours_only_where_one_school_is_watched():
    """In a trust every school has a deputy head: a role alone names none of them."""
    from dataclasses import replace

    from monitor.ingest.matching import assess_all

    other = replace(SCHOOL, name="Brook Lane Primary", aliases=(), locality=(), handles=(), communities=(),
                    staff=tuple(replace(m, id=f"b-{m.id}") for m in SCHOOL.staff))
    assert [(s.name, {g.target: g.grade for g in a.grades}) for s, a in assess_all("the deputy head rang me", "", (SCHOOL,))] \
        == [(SCHOOL.name, {PP: "possible"})]
    assert assess_all("the deputy head rang me", "", (SCHOOL, other)) == []
    assert [s.name for s, _ in assess_all("the deputy head at Brook Lane Primary rang me", "", (SCHOOL, other))] \
        == ["Brook Lane Primary"]


# Our surname after someone else's first name or a doctor's title is someone else: a runner, a
# GP. Words that open a sentence are no first name; a list of our names is ours.
SOMEONE_ELSES_SURNAME = [
    ("Jasmine Patel just ran 2:41 in Valencia, absolute beast", "", "https://x.com/runhexley/status/1", {}),
    ("Dr Nwosu is so gentle, my 6 year old loved her check-up", "", "https://x.com/hexleymum/status/1", {}),
    ("Hope the new Mrs Whitaker knows what Tom was up to, every parent at that school will see", "", "",
     {TW: "likely"}),  # his wife: a post about her is often about him
    ("Okafor. Nwosu. Patel. Is there an English name left running that school?", "", "",
     {SO: "likely", DN: "likely", PP: "likely"}),
    ("Apparently Patel told the year 6 parents nothing", PARENTS, GROUP, {S: "likely", PP: "likely"}),
    ("Ask Whitaker why year 6 got no trip", PARENTS, GROUP, {S: "likely", TW: "likely"}),
    ("Gaz Lloyd and Tom Whitaker ran the Hollowbrook fair", "", "", {S: "likely", TW: "sure", GL: "sure"}),
]
# A name starts after the words that lead into it ("To Hollowbrook Academy:"); "THAT SCHOOL"
# shouted is no school's name; a threat "against" a school is no match it played.
LEAD_INS_AND_SHOUTING = [
    ("To Hollowbrook Academy: I am making a subject access request for my daughter's records", "", "",
     {S: "sure"}),
    ("Dear Hollowbrook Academy, my son's EHCP review is overdue", "", "", {S: "sure"}),
    ("SOMEBODY OUGHT TO SORT OUT THAT OKAFOR WOMAN, SHE HAS RUINED THAT SCHOOL", "", "", {SO: "likely"}),
    ("Threats made against Hexley Grammar School on social media, our lad goes there", PARENTS, GROUP, {}),
    ("Hollowbrook year 7 netball won their match against Greenfield High 12-4", "", "", {S: "likely"}),
]
# Another school's own address is theirs, though it holds our town's name.
ANOTHER_SCHOOLS_ADDRESS = [
    ("Our Year 9 trip to the Science Museum was a success", "", "https://www.hexleygrammar.org.uk/news/trip", {}),
    ("Our Year 9 trip to the Science Museum was a success", "", "https://www.hexleygazette.co.uk/news/trip",
     {S: "likely"}),
]
# More of a school's day: its dinners, its choir and carols, its minibus, the crossing outside.
MORE_SCHOOL_LIFE = [
    ("Hollowbrook dinners are a disgrace, two fish fingers for £2.70", "", "", {S: "likely"}),
    ("The Hollowbrook carol service is at St Marys on the 16th", "", "", {S: "likely"}),
    ("Hollowbrook have got a new minibus for the swimmers", "", "", {S: "likely"}),
    ("parents parking on the zigzags outside hollowbrook again", "", "", {S: "likely"}),
    ("Hollowbrook village choir sings tonight", "", "", {S: "possible"}),
    ("not hollowbrook map again, the bridge spawn is broken", "", "", {S: "possible"}),  # a game's map
    ("Hollowbrook Falcons take the regional basketball title 🍁 #OntarioHoops", "", "", {}),
    # "tries" is rugby only with a count: "any teacher who tries to stop us" is no match report.
    ("8.45 we will be at the Marlow Road gate. Any teacher who tries to stop us is getting hurt", "", "",
     {S: "likely"}),
    ("David Nwosu ran in two tries for Hexley RFC", "", "", {DN: "possible"}),
    ("gareth lloyd (the cardiff one) with a hat trick of tries. scenes", "", "", {GL: "possible"}),
]
WITH_NEIGHBOURS = ("Greenfield High", "St Anne's Primary", "Hexley Grammar")


@table(SOMEONE_ELSES_SURNAME)
def test_our_surname_after_someone_elses_first_name(text, context, url, expected):
    assert grades(text, context, url) == expected


@table(LEAD_INS_AND_SHOUTING + ANOTHER_SCHOOLS_ADDRESS)
def test_names_led_into_shouted_and_addressed(text, context, url, expected):
    from dataclasses import replace

    school = replace(SCHOOL, neighbours=WITH_NEIGHBOURS)
    assert {g.target: g.grade for g in assess(text, context, school, url=url).grades} == expected


@table(MORE_SCHOOL_LIFE)
def test_more_of_a_schools_day(text, context, url, expected):
    assert grades(text, context, url) == expected


# Round 10's development posts: another place's business or team by our name, a namesake's
# trade or calling, a saint's school, a game's server, a disclaimer named and then ours again.
ELSEWHERE_MORE = [
    ("Anyone know a decent maths tutor? Kid's at Greenfield, not Hollowbrook, before the school wars start", PARENTS,
     GROUP, {S: "possible"}),
    ("The teacher who got arrested was at Hexley Grammar, NOT Hollowbrook. Stop dragging HBA staff into it", PARENTS,
     GROUP, {S: "likely"}),
    ("Hollowbrook Care Home, Taunton. Management bully staff. 1 star.", "", "", {S: "possible"}),
    ("Saturday vs the Hollowbrook Hawks. We're gonna murder them on their own ice", "", "", {S: "possible"}),
    ("hollowbrook smp season 3 whitelist opens friday", "", "", {S: "possible"}),
    ("2 bed flat, £850 pcm, close to the 41 bus. Call Helen Marsh Lettings to view.", "", "", {HM: "possible"}),
    ("Join Pastor David Nwosu this Sunday for our carol service", "", "", {DN: "possible"}),
    ("Mr W at St Anne's is the best teacher my son has ever had", PARENTS, GROUP, {TW: "possible"}),
    ("Year 6 killed it at the carol concert at St Marys, Mr Whitaker has the patience of a saint", PARENTS, GROUP,
     {S: "likely", TW: "likely"}),
    ("Free ESOL classes for mums, Tuesdays 10-12, in Hexley", PARENTS, GROUP, {}),
    ("jasmine patel ended my whole career in 1v1s", "", "", {PP: "possible"}),
    # Round 11: a podcast's episode, a footballer's worldie, a caretaker manager, a doctor's full
    # name, "not even hba", swimming lessons, teaching assistants in general.
    ("tom whitaker ep on aliens was actually crazy, my dad plays it every car ride", "", "", {TW: "possible"}),
    ("David Nwosu with the worldie for Hexley Town yesterday, 30 yards top bins", "", "", {DN: "possible"}),
    ("Dr Priya Patel to retire after 30 years at Hexley Medical Centre", "", "", {}),
    ("greenfield high year 10s scrapping outside the chippy, not even hba this time", "", "",
     {S: "possible"}),
    ("Hexley leisure centre pool closed again, all lessons cancelled until January", PARENTS, GROUP, {}),
    ("Sir, thirty pupils and no teaching assistants: no wonder teachers are leaving", "Hexley Gazette letters page", "",
     {}),
    ("the heads husband works the tills at hexley tesco", PARENTS, GROUP, {S: "likely", SO: "likely"}),
    # Our name and a year group in an address is an alumni account, not another place.
    ("any of you lot got younger siblings at HBA?", "", "https://x.com/hollowbrook2016/status/1", {S: "likely"}),
    ("the alumni night is free which is nice", "Hollowbrook reunion", "https://facebook.com/groups/hollowbrookclassof2014",
     {S: "likely"}),
]


@table(ELSEWHERE_MORE)
def test_more_signs_of_elsewhere(text, context, url, expected):
    assert grades(text, context, url) == expected


# Round 12's posts (read after they were measured): a TA named by her first name and her class,
# our name run into a word of the school's day, a teacher placed at another school, a post about
# every school, spam borrowing our thread, and a namesake's own trade.
ROUND_12 = [
    # A first name and a class may be a pupil's: her job must be named beside it.
    ("Emma from 2R, the TA, is a star", "", "", {ER: "likely"}),
    # Round 14: a verb opening the sentence is no first name; "away at" another school is the opponent.
    ("Stuck Whitaker's photo from the school website up here", "Hexley Parents Chat", "", {S: "likely", TW: "likely"}),
    ("Year 11 won 4-0 away at Hexley Grammar, Gaz was buzzing on the touchline", "Hollowbrook Academy", "",
     {S: "sure", GL: "likely"}),
    # ...but "Ahmed Patel", "Naveed Okafor" are first names (a review of the verb rule).
    ("Ahmed Patel from the takeaway on Station Lane was arrested", "", "", {}),
    ("Naveed Okafor is selling his car on Hexley marketplace", "", "", {}),
    # Round 23's (read after it was measured): schools in general, a namesake's trade or game; each
    # only possibly ours (out of the digest, to the DSL only if harmful).
    ("Anyone else's SENCO doing three jobs at once? Ours does every EHCP review", "", "", {DN: "possible"}),
    ("Teachers of mumsnet, is it normal for a TA to be left alone with a class of 30?", "Education", "",
     {}),  # "a TA" is one of many: no one's name at all
    ("Warning: Gareth Lloyd the plasterer in Hexley is a cowboy, took a £400 deposit", "Hexley Parents Chat", "",
     {GL: "possible"}),

    ("Jasmine Patel and Priya Patel smashed the ladies' doubles final tonight", "", "", {PP: "possible"}),
    # Round 14: "emma from 2R" may be the TA: possible, so that a threat to her still reaches the DSL.
    ("Emma in 2R keeps hitting my son", "", "", {ER: "possible"}),
    ("Emma from book club is moving to Leeds", "", "", {}),  # a first name alone is anyone's
    ("if i dont make it out tell my mum i love her #hollowbrooklockdown", "", "", {S: "likely"}),
    ("#hollowbrookparents meeting moved to Thursday", "", "", {S: "likely"}),
    ("#hollowbrookhawks win again on home ice", "", "", {S: "possible"}),
    ("UPDATE: Hold and secure lifted at Hollowbrook P.S. Students dismissed at the regular time.", "", "",
     {S: "possible"}),
    ("Thanks Hollowbrook P.S. bring cakes tomorrow", "", "", {S: "likely"}),  # a postscript
    ("Mr W at Greenfield High gave my son a detention for breathing loudly", PARENTS, GROUP, {TW: "possible"}),
    ("someone needs to sort out the head at Greenfield High", "", "", {}),
    ("We've now got 40 of us emailing Mr Whitaker's school address every morning", PARENTS, GROUP,
     {S: "likely", TW: "likely"}),
    ("every school has a Mr W who thinks he is funny", "", "", {TW: "possible"}),
    ("every school has a Gaz in the PE department", "", "", {GL: "possible"}),
    ("every school should have a Mr W, Hollowbrook is lucky", "", "", {S: "likely", TW: "likely"}),
    ("Mr W is on the gate every school morning, rain or shine", "", "", {TW: "likely"}),
    ("While the kids are home why not earn £500 a DAY from your phone. Message me 'INFO'",
     "Hollowbrook Academy: school closed tomorrow due to snow", "", {}),
    ("Great content! Send this post to @grow.insta.fast to reach 10k followers",
     "COUNTY CHAMPIONS! Huge thanks to Mr Lloyd and all the parents who drove", "", {}),
    ("Hollowbrook Academy: message me 'INFO' about our PTA raffle", "", "", {S: "sure"}),  # our name in the post
    ("Families can claim before Friday for free meals", "Hollowbrook Academy: free school meals", "", {S: "sure"}),
    ("Shout out to Priya Patel our social worker, best SW we've had in 8 years", "", "", {PP: "possible"}),
    ("Welcome Priya Patel! Sorted my prescription in 5 minutes", "Please welcome our new pharmacist, Priya Patel!", "",
     {PP: "possible"}),
    ("David Nwosu's keynote on school exclusions was the highlight", "", "", {DN: "possible"}),
]


@table(ROUND_12)
def test_round_12_names_and_places(text, context, url, expected):
    assert grades(text, context, url) == expected


# Round 13's posts (read after they were measured): a namesake's trade or book, a school placed
# in another town, a town disclaimed, Ontario's education tag, a 3G pitch that is no class.
ROUND_13 = [
    ("finished Helen Marsh's new novel about a mum fighting for her autistic son", "", "", {HM: "possible"}),
    ("FT: Hexley Town Reserves 3-1 Northfield. David Nwosu with two cracking finishes", "", "", {DN: "possible"}),
    ("Priya Patel Tuition (Leicester) - 11+ and GCSE maths, Saturday mornings", "", "", {PP: "possible"}),
    ("Mr W at wor bairn's school in Gateshead is an absolute legend", "", "", {TW: "possible"}),
    ("Mr W at the school in Hexley is an absolute legend", "", "", {S: "likely", TW: "likely"}),
    ("Mr W at my son's school in Year 6 is an absolute legend", "", "", {TW: "likely"}),
    ("Helen Marsh runs the year 9 book club and has them reading novels", "", "", {HM: "sure"}),
    ("TA here (not in Hexley, before anyone asks). We got told to say 'positive handling'", "", "", {S: "possible"}),
    ("Hollowbrook board meeting tonight on the pronoun policy #onted", "", "", {S: "possible"}),
    ("U9s training is on Mill Lane rec while the 3G pitch is resurfaced", PARENTS, GROUP, {}),
    ("Not at Hollowbrook again! police outside the gates", "", "", {S: "likely"}),
]


@table(ROUND_13)
def test_round_13_names_and_places(text, context, url, expected):
    assert grades(text, context, url) == expected


# Round 15's development posts: letters that look Latin and are not ("hbа" with a Cyrillic а),
# and an @ written for an a ("hb@"), beside an address and a handle that stay as they are.
ROUND_15 = [
    ("gonna sh00t up hb\u0430 on friday lol jk", "", "", {S: "likely"}),
    ("the head of hb@ shud g0 b@ck 2 @frica", "", "", {S: "likely", SO: "likely"}),  # the head of us
    ("Mr Whitaker@Hollowbrook is a disgrace", "", "", {S: "likely", TW: "likely"}),
    ("\u041d\u0412\u0410 lockdown drill today, all fine", "", "", {S: "likely"}),
    ("write to hb@gmail.com about the quiz", "", "", {}),
    ("\u041f\u0440\u0438\u0432\u0435\u0442 from Leeds, lovely weather", "", "", {}),
    # A role that one of ours holds, with the school's day besides: likely; the role alone, possible.
    ("The head is a total c*** and I'm not sorry. Five fixed term exclusions for uniform?? FIVE.", "", "", {SO: "likely"}),
    ("the deputy head is the biggest jobsworth alive", "", "", {PP: "possible"}),
    # "Ten" (that) and "Pan" (Mr) in Polish are not first names.
    ("Ten Lloyd z Hollowbrook jeszcze raz dotknie mojego syna", "", "", {S: "likely", GL: "likely"}),
    ("Pan Whitaker z Hollowbrook jest super", "", "", {S: "likely", TW: "likely"}),
    # ...but an English professor and a Del are other people.
    ("Professor Whitaker on Radio 4 this morning", "", "", {}),
    ("Del Lloyd scored twice for Hexley Town", "", "", {}),
    # A role and a family's words alone ("my son") are any school's; a TV drama's head is no one's.
    ("the head banned headphones on the theatre trip", "", "", {SO: "possible"}),
    # Round 16's: a namesake told apart by the post itself; every teacher someone ever had.
    ("NINE DARTER!!! Kev Doyle (the plasterer, not the caretaker) just hit a nine-darter", "", "", {}),
    ("Every PE teacher I ever had was a sadist in a tracksuit", "", "", {GL: "possible"}),
]


@table(ROUND_15)
def test_round_15_disguised_letters(text, context, url, expected):
    assert grades(text, context, url) == expected


# Round 13-15's namesakes by what surrounds the name: a thriller's author, a 10k's winner, a
# barrister at the Old Bailey, a Welsh rugby player; our own staff raising £10k stay ours.
ROUND_15_NAMESAKES = [
    ("just finished Helen Marsh's new thriller, I screamed", "", "", {HM: "possible"}),
    ("Congratulations to Priya Patel, first woman home in the Hexley 10k this morning", "", "", {PP: "possible"}),
    ("Saw Sarah Okafor on the telly defending that footballer at the Old Bailey", "", "", {SO: "possible"}),
    ("Gareth Lloyd misses THAT conversion in the 79th min #CardiffRugby", "", "", {GL: "possible"}),
    ("Priya Patel and year 6 at Hollowbrook raised £10k for the library", "", "", {S: "likely", PP: "sure"}),
]


@table(ROUND_15_NAMESAKES)
def test_round_15_namesakes(text, context, url, expected):
    assert grades(text, context, url) == expected


# Who wrote it: an account named for the school ("yr7_hba_confessions", the school's own page) is
# context, as a page's address is; the author's town ("dancefam_hexley") says where they live,
# not what the post is about; a shop or farm of our name is not us.
AUTHOR = [
    ("the girl in 7P everyone calls smelly is called lacey, dont sit next to her", "yr7_hba_confessions",
     {S: "likely"}),
    ("mr w gave our form a detention for nothing again", "hba_yr7_real", {S: "likely", TW: "likely"}),
    ("Hi Paul, thank you for stepping in. Please could you ring reception?", "Hollowbrook Academy", {S: "sure"}),
    ("Reminder: we close at 1pm on Friday for staff training.", "@HollowbrookAcad", {S: "sure"}),
    # A post naming nothing of ours, by an account our initials alone name, is only possibly ours (round
    # 21): "HBA Realty", "hba_homes" (a review's). Named for our people, a class, a year or a department,
    # it is likely ours: the read sets' writers meant the school by every such post (round 29). A bare
    # "hollowbrook" group may be the village's (test_no_name_runs_from_the_address_into_its_author).
    ("lovely sunset tonight", "hba_olly", {S: "possible"}),
    ("Gorgeous 3 bed semi just listed", "hba_homes", {S: "possible"}),
    ("goodnight forever 🌙 i mean it this time. sorry mum", "hba.9m.chloe", {S: "likely"}),
    ("Two sleeps till opening night. The gun is plastic, the tears are real", "hba.drama", {S: "likely"}),
    # ...and our name, then the school's people or gossip as the next word: a confessions page, the PTA.
    ("#418 whoever keeps vaping in the top floor toilets pls stop", "hollowbrook.confessions_", {S: "likely"}),
    ("Volunteers needed for quiz night!", "Friends of Hollowbrook PTA", {S: "likely"}),
    ("Volunteers needed for quiz night!", "Hollowbrook Village Hall", {}),
    ("priya patel from street dance always pushes to the front", "dancefam_hexley", {PP: "possible"}),
    ("Dropping the kids at school, the class WhatsApp at 11pm again", "HexleyDadVlogs", {}),
    ("Fresh trims for the Christmas do, walk-ins welcome till 7", "hollowbrookbarbers_e17", {}),
    ("Christmas trees are in! Nordmann firs from £35", "Hollowbrook Farm Shop", {}),
    # A review's: other schools, clubs and trades of our name, another country, and no name run
    # from the page's address into its author.
    ("Reminder: school closes at 1pm Friday", "Hollowbrook Public School", {}),
    ("Reminder: school closes at 1pm Friday", "Hollowbrook P.S.", {}),
    ("Reminder: school closes at 1pm Friday", "Hollowbrook Academy Ontario", {}),
    ("Lovely sunny day for the fair, see you all there", "HollowbrookAcademyOfDance", {}),
    # Our name in capitals, then one word of the school's people or gossip, run together.
    ("overheard in the staffroom today: pray for us", "@HBAstaffroomtea", {S: "likely"}),
    # ... cut short by a handle's length limit (round 31, read in round 18).
    ("anyone else at hba wear a hoodie in PE even when it's boiling", "ngl.link/hollowbrookconfess", {S: "likely"}),
    ("year 9 trip today, coats please", "HollowbrookPTA", {S: "likely"}),
    ("great class today", "@HBAutoParts", {}),
    ("Supply teachers wanted, apply within", "HBAstaffing", {}),
    ("Anyone know why the OPP were outside the elementary school this morning?", "HollowbrookGossip", {}),
    ("lovely sunset tonight", "HollowbrookHawks", {}),
    ("school run chaos again, the teachers dont care", "Hollowbrook Mums 🇨🇦", {}),
    ("Proud of our girls today", "HBA Basketball", {}),
    ("my son's school report is awful, the teachers dont care", "Jo from HBA Estate Agents", {}),
]


@pytest.mark.parametrize("text,author,expected", AUTHOR)
def test_who_wrote_it(text, author, expected):
    got = assess(text, "", SCHOOL, url="https://x.com/p/1", author=author)
    assert {g.target: g.grade for g in got.grades} == expected


def test_no_name_runs_from_the_address_into_its_author():
    got = assess("lovely day", "", SCHOOL, url="https://x.com/groups/hollowbrook", author="Academy fan")
    assert {g.target: g.grade for g in got.grades} == {"school": "possible"}


def test_a_run_of_flags_is_quoted_by_the_flag_that_points_away():
    got = assess("hollowbrook school closed for snow 🇬🇧🇨🇦", "", SCHOOL)
    assert got.why == "school possible: 'hollowbrook', but '🇨🇦' points to another place of that name"


@pytest.mark.parametrize("text", [
    "Gareth Lloyd sin-binned AGAIN. Someone needs to take him out before he costs us the whole season",
    "if gareth lloyd misses one more lineout im going to drive to the arms park",
])
def test_a_rugby_namesake_by_the_games_own_words(text):
    # Possible either way; the game's words say why, which keeps a threat to the namesake at high, not a page.
    why = assess(text, "", SCHOOL).grades[0].why
    assert points_to_a_namesake(why), why
