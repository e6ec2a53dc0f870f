"""Children in it, as tables a DSL can read: pupils threatened, pupils fighting, grooming and
self-harm written as pupils write it, allegations against staff however phrased, and the
parent route; beside each, a post sharing its words that must not be raised."""
from __future__ import annotations

import pytest

from test_triage import ABUSIVE, ANGRY, CALM, HAPPY, SCHOOL_ONLY, TOM, decide

# The model reading a child at risk, and nothing else.
AT_RISK = {**CALM, "negative": 0.7, "safeguarding": 0.8}

# post, about, scores -> priority, categories that must be there, actions that must be there, actions that must not
TABLE = [
    # A threat to pupils, or a weapon coming into school: the police and the DSL.
    ("whoever grassed on my cousin is getting battered after school tomorrow", SCHOOL_ONLY, ABUSIVE, "urgent",
     {"threat", "safeguarding"}, {"report_police", "dsl_review"}, set()),
    # A threat to a member of staff alone is the police's, not the DSL's.
    ("I'm going to batter Whitaker tomorrow at pickup", TOM, ABUSIVE, "urgent", {"threat"}, {"report_police"}, {"dsl_review"}),
    # The school threatened, with no member of staff named: the children are in it.
    ("hollowbrook getting shot up on friday, don't send your kids", SCHOOL_ONLY, ABUSIVE, "urgent", {"threat"},
     {"report_police", "dsl_review", "call_999"}, set()),
    # A pupil's farewell scores as a threat; it is self-harm: the DSL and 999, not the police.
    ("can't face Hollowbrook again. got it all sorted for tonight. sorry mum", SCHOOL_ONLY, {**ABUSIVE, "threat": 0.97},
     "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, {"report_police"}),
    # A weapon coming in, said to other pupils: a threat, the DSL, and with a day named, 999.
    ("it's on friday at the rec, they're bringing blades so bring yours", SCHOOL_ONLY, ANGRY, "urgent",
     {"threat"}, {"report_police", "dsl_review", "call_999"}, set()),
    ("taking my uncle's knife in on monday, year 9 will learn", SCHOOL_ONLY, ANGRY, "urgent",
     {"threat", "safeguarding"}, {"report_police", "dsl_review", "call_999"}, set()),
    ("bring a knife and fork for the Hollowbrook picnic on friday", SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"report_police"}),
    # A farewell with words that say the writer will not be back: urgent whatever the model reads.
    ("biscuit was the only one who listened. going down the pond tonight and not coming back up. tell miss rowe im sorry",
     SCHOOL_ONLY, {**CALM, "negative": 0.8, "safeguarding": 0.2}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("im sorry. tonight's the last one. tell ms marsh it wasnt her fault. love u mum", SCHOOL_ONLY,
     {**HAPPY, "praise": 0.6, "safeguarding": 0.3}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # ...not the last night of a show or a party.
    ("tonight's the last one of the Hollowbrook panto!! love u mum for the costume 🎭", SCHOOL_ONLY,
     {**HAPPY, "praise": 0.9}, "digest", set(), set(), {"call_999"}),
    # A review's: a first date, a sulk at Nan's, a teacher's last day, fireworks by the river; said
    # in excitement or a huff, "tonight's the night" and "dont come looking" are no farewell.
    ("tonight's the night!!! first date with jake, bye mum dont wait up 😍 #hollowbrook", SCHOOL_ONLY,
     {**HAPPY, "safeguarding": 0.7}, "high", set(), set(), {"call_999"}),
    ("dont come looking for me im at nans. bye mum. not coming home tonight 😤 hollowbrook is rubbish", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.6}, "high", set(), set(), {"call_999"}),
    ("Bye everyone! My last day at Hollowbrook after 22 years. You won't have to deal with me any more, love you all",
     SCHOOL_ONLY, {**HAPPY, "praise": 0.9}, "digest", set(), set(), {"call_999"}),
    ("going down the river tonight for the fireworks! love u mum back by 9 🎆 hollowbrook", SCHOOL_ONLY,
     {**HAPPY, "praise": 0.6}, "digest", set(), set(), {"call_999"}),
    # A parent passing on a child's farewell word for word: the child's words decide...
    ("My daughter just showed me this from a girl in her class at Hollowbrook: \"sorry mum, going down the bridge tonight, "
     "dont come looking\" - has anyone got her mums number?? ring police?", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.7}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # ...unless the child is found.
    ("Update: the Hollowbrook girl who posted \"sorry mum, going down the bridge tonight, dont come looking\" has been "
     "found safe. Thank you all", SCHOOL_ONLY, {**CALM, "negative": 0.5, "safeguarding": 0.7}, "high", {"safeguarding"},
     {"dsl_review"}, {"call_999"}),
    # A laugh is no excitement: young people write their darkest posts with "lol" in them.
    ("tonights the night lol. sorry mum. hollowbrook never noticed", SCHOOL_ONLY, {**CALM, "safeguarding": 0.3},
     "urgent", {"safeguarding"}, {"call_999"}, set()),
    # ...but sorrow beside a match is still a farewell.
    ("After the match tonight im going down the bridge and not coming back. sorry mum. tell everyone at hollowbrook bye",
     SCHOOL_ONLY, {**CALM, "negative": 0.9, "safeguarding": 0.3}, "urgent", {"safeguarding"}, {"call_999"}, set()),
    # Round 43's: a pupil already on the bridge, or with the tablets in hand, saying goodbye: no "tonight" to wait for.
    ("sorry everyone. cant do the mocks cant do any of it. im on the footbridge by station lane now. hollowbrook will be better without me",
     SCHOOL_ONLY, {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("not going back to hollowbrook tomorrow or ever. sat on the footbridge over station lane writing this. sorry mum. it's not your fault",
     SCHOOL_ONLY, {**CALM, "negative": 0.9, "complaint": 0.6}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("im in the top floor toilets at hollowbrook rn and ive got the tablets. im done. tell ms marsh im sorry",
     SCHOOL_ONLY, {**CALM, "negative": 0.8, "safeguarding": 0.7}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # ...not the view from the bridge, a parent running late, or a day that is done.
    ("sat on the footbridge by hollowbrook watching the sunset 🌅 sorry mum I'll be late for tea", SCHOOL_ONLY,
     {**HAPPY, "praise": 0.6}, "digest", set(), set(), {"call_999"}),
    ("im on the bridge by hollowbrook, sorry mum ill be back by 6", SCHOOL_ONLY, {**CALM, "negative": 0.5}, "digest", set(), set(), {"call_999"}),
    ("im at hollowbrook sports hall and im done for today, got the tablets for the quiz sorted", SCHOOL_ONLY,
     CALM, "digest", set(), set(), {"call_999"}),
    ("im on the way home from the river with hollowbrook lot, sorry mum 🙈 lost track of time", SCHOOL_ONLY,
     CALM, "digest", set(), set(), {"call_999"}),
    ("sorry everyone for the late reply on the hollowbrook group, im at the river with the scouts", SCHOOL_ONLY,
     CALM, "digest", set(), set(), {"call_999"}),
    ("im on the bridge by hollowbrook, sorry mum im gonna be late for tea", SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    ("Sat at the river after hollowbrook with the kids, dont bother ringing", SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    ("ive taken all my meds today hollowbrook, not your fault you forgot mum", SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    # The probe written after the rule (crisis44/): a place and words of an ending in any person, or an overdose taken.
    ("on the roof of the leisure centre. hexley looks nice from up here actually. last thing ill see. tell 10P sorry i missed reg",
     SCHOOL_ONLY, {**CALM, "threat": 0.8}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("SOMEONE CALL HER. she just posted her goodbye and tagged the canal. its tia from 11B at hollowbrook", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("swallowed the whole box of mums sertraline in the hba toilets. feel weird and sick. dont tell anyone", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # Round 48's: an overdose passed on with the child's words quoted; not photos taken, nor a nap.
    ("URGENT. One of my tutoring students (Hollowbrook, Y10) just messaged me saying she's 'done' and has taken "
     "'enough to sleep for good'. Her school needs to know NOW", SCHOOL_ONLY, {**CALM, "negative": 0.8, "safeguarding": 0.7},
     "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("took enough photos at the hollowbrook nativity to last forever 😍", SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"call_999"}),
    # A review's: a fever, a tiring day, a lesson, a question, a headline, a story: no overdose now.
    ("PSHE at Hollowbrook today: what to do if a friend says they've taken enough to end it. Great lesson", SCHOOL_ONLY, HAPPY,
     "high", set(), {"dsl_review"}, {"call_999"}),
    ("took enough calpol for the fever to die down, back at hollowbrook tomorrow", SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"call_999"}),
    ("how do you tell if someone's taken enough to die? asking for hollowbrook gcse biology", SCHOOL_ONLY, CALM, "digest", set(),
     set(), {"call_999"}),
    ("Hexley mum says son took enough pills to never wake up, Hollowbrook ignored warnings", SCHOOL_ONLY, ANGRY, "high",
     {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("a hollowbrook pupil once said she'd 'taken enough to sleep for good' and the DSL saved her life", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"call_999"}),
    ("my mate says she's taken enough tablets to never wake up, she's in year 9 at hollowbrook, what do i do", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.8}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("my daughter just texted me she's taken enough of mums tablets to never wake up, hollowbrook year 9, help", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.8}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("year 6 residential done, hollowbrook kids have taken enough energy out of me to sleep for a week", SCHOOL_ONLY,
     HAPPY, "digest", set(), set(), {"call_999"}),
    # Round 44's: the medicine cupboard emptied, with words of an ending; not a cupboard cleared out.
    ("im done. took everything in the cupboard. sorry ms marsh at hollowbrook u were the only one who tried", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("took everything out of the cupboard to clean it, im done for the day. hollowbrook non uniform tomorrow", SCHOOL_ONLY,
     CALM, "digest", set(), set(), {"call_999"}),
    ("took everything in my mum’s medicine cupboard. goodbye everyone. hollowbrook sorry", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # ...not a leaking roof, a closed bridge, a leaver's day, a week's tablets in a pill box, or a word asked about.
    ("Sorry to moan but the roof in the hollowbrook sports hall is leaking again, can someone tell the caretaker", SCHOOL_ONLY,
     ANGRY, "digest", set(), set(), {"call_999"}),
    ("Road closed at the railway bridge by hollowbrook today, buses diverted, sorry for the late notice", SCHOOL_ONLY,
     CALM, "digest", set(), set(), {"call_999"}),
    ("bye everyone, last day at hollowbrook, off over the bridge to the pub", SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"call_999"}),
    ("What does 'unalive arc' mean?? My son's at hollowbrook and his insta note says 'entering my unalive arc 🌉'", SCHOOL_ONLY,
     {**CALM, "safeguarding": 0.8}, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    # ...but a phone's curly apostrophe, or yesterday named beside today's bridge, changes nothing.
    ("I’m on the footbridge by hollowbrook now. sorry mum. hollowbrook will be better without me", SCHOOL_ONLY,
     {**CALM, "negative": 0.8}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("after what happened yesterday at hollowbrook im on the bridge. sorry mum. better without me", SCHOOL_ONLY,
     {**CALM, "negative": 0.8}, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # A second review's: excitement beside "finally decided", a sleepover refused, "staying at home" no sleepover.
    ("!!! finally decided. goodbye everyone. tonight im going down the quarry. dont come looking for me !! hollowbrook",
     SCHOOL_ONLY, {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999"}, set()),
    ("not staying at home any more. bye mum, tonights the night. please dont come looking. hollowbrook", SCHOOL_ONLY,
     {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent", {"safeguarding"}, {"call_999"}, set()),
    # ...a parent told "she's fine" is not told the child is found.
    ("My daughter keeps saying she's fine but she just texted me \"sorry mum, going down the bridge tonight, dont come looking\" "
     "and her phone is off, she's at Hollowbrook", SCHOOL_ONLY, {**CALM, "negative": 0.8, "safeguarding": 0.9}, "urgent",
     {"safeguarding"}, {"call_999"}, set()),
    # ...an inquest's quote, a canoe club, a teacher's leaving joke: no one to ring 999 for.
    ("Inquest hears Hollowbrook pupil, 15, posted \"sorry mum, going down the tracks tonight\" before her death in March",
     SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    ("bye mum! going down the canal tonight, canoe club starts x hollowbrook", SCHOOL_ONLY, {**HAPPY, "praise": 0.8},
     "digest", set(), set(), {"call_999"}),
    ("Mr W leaving Hollowbrook after 20 yrs: \"Goodbye everyone, I'm not coming back ever again... until the reunion!\"",
     SCHOOL_ONLY, {**CALM, "negative": 0.8}, "digest", set(), set(), {"call_999"}),
    # A farewell: "sorted all my stuff out ... bye".
    ("nobody at Hollowbrook would notice if i wasn't in tomorrow. sorted all my stuff out. love you mum. bye",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    # In a post about a named member of staff, "he grabbed my son" is an allegation against them.
    ("Whitaker better watch his back. He grabbed my son by the collar on Friday", TOM, ANGRY, "urgent",
     {"threat", "safeguarding"}, {"report_police", "dsl_review"}, set()),
    # Pupils fighting, by year group: the DSL, and the post taken down.
    ("yr8 scrap on the field at Hollowbrook, the lad in the red coat got rocked", SCHOOL_ONLY, HAPPY, "high",
     {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    ("Year 8 girls had a fight back in the second half to win 3-1, well done Hollowbrook", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "request_removal"}),
    # Grooming is a crime against a child: the police as well as the DSL.
    ("a man outside Hollowbrook keeps offering the year 7 girls lifts into town", SCHOOL_ONLY, ANGRY, "high",
     {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    ("some bloke keeps asking the year 8 girls for pics on snap", SCHOOL_ONLY, ANGRY, "high",
     {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    ("someone online says he'll share my son's picture unless we pay, demanding £300 or he'll send it to his whole school",
     SCHOOL_ONLY, ANGRY, "high", {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    # An adult soliciting pupils in the post itself: the post is the danger, taken down and reported.
    ("DM me if ur a yr 9 girl at Hollowbrook, modelling job, £200 cash, dont tell ur parents", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review", "report_police", "request_removal"}, set()),
    # However it is worded, money, a lift, flattery or an adult's age offered with "dm me", in a
    # post the model reads as a child at risk, is the approach itself: taken down and reported.
    ("need 2 young bros for easy work 💷 HBA yr 9/10 perfect lol hmu on snap", SCHOOL_ONLY, AT_RISK, "high",
     {"safeguarding"}, {"dsl_review", "report_police", "request_removal"}, set()),
    ("the girl in the middle is stunning 😍 what year u in babe? dm me", SCHOOL_ONLY, AT_RISK, "high",
     {"safeguarding"}, {"dsl_review", "report_police", "request_removal"}, set()),
    ("any yr 7 & 8 girls from hollowbrook wanna earn £££ easy, just pics 😉 dm me, parents dont need to know",
     SCHOOL_ONLY, AT_RISK, "high", {"safeguarding"}, {"dsl_review", "report_police", "request_removal"}, set()),
    ("lads from hollowbrook, u want easy money? £50 to drop a parcel, no questions, snap me", SCHOOL_ONLY, AT_RISK,
     "high", {"safeguarding"}, {"dsl_review", "report_police", "request_removal"}, set()),
    # ...a pupil reaching out to a friend, a club's trials, a lift share: the DSL's at most, not the police's.
    ("ellie ur in my form at hollowbrook pls msg me babe, ur not alone 🫶", SCHOOL_ONLY, AT_RISK, "high",
     {"safeguarding"}, {"dsl_review"}, {"report_police"}),
    ("Hollowbrook U14s girls football trials thursday after school, £2 subs, any yr 8 girls dm me ⚽", SCHOOL_ONLY,
     AT_RISK, "high", set(), set(), {"report_police"}),
    ("any yr 9 parents need a lift to the match saturday? dm me, i can pick you up from hollowbrook", SCHOOL_ONLY,
     AT_RISK, "high", set(), set(), {"report_police"}),
    # An adult's age beside a child's, as a worried pupil or friend tells it: grooming, the police.
    ("y7 at hollowbrook, this guy on here keeps saying im really mature for my age and wants to meet saturday", SCHOOL_ONLY,
     CALM, "high", {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    ("chloe b in 10M at hollowbrook keeps posting pics with a 22 yr old lad who picks her up from the back gate",
     SCHOOL_ONLY, CALM, "high", {"safeguarding"}, {"dsl_review", "report_police", "request_removal"}, set()),
    # ...and the news of a man's sentencing, or a school's own account beside a year group, is neither.
    ("Hollowbrook: a 41-year-old man from Hexley was arrested after shouting at the gate", SCHOOL_ONLY, CALM, "digest",
     set(), set(), {"dsl_review", "report_police"}),
    ("@HollowbrookAcad year 6 absolutely smashed the mock SATs, well done all", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "request_removal"}),
    # Pupils named as pupils write one another: by handle beside a year group.
    ("🥊 yr 8 round 2 behind the hollowbrook sports hall 😂 @ethan.c08 vs @mxlik_11 who won??", SCHOOL_ONLY, HAPPY, "high",
     {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    # Self-harm, obliquely and with a time: a 999 call.
    ("can't do Hollowbrook anymore. after school tomorrow I won't be anyone's problem", SCHOOL_ONLY, CALM, "urgent",
     {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    # The warning signs a friend or grandparent reports: a place to jump from, "to end it", a
    # goodbye, a pet given away, nothing after tonight. With a time, or sent just now: 999.
    ("my grandson in year 10 at Hollowbrook just messaged me 'goodbye nan love you', says he's going to the bridge to end it",
     SCHOOL_ONLY, ANGRY, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("cant do this anymore. after school today im going off the bridge by the station. sorry mum. hollowbrook never listened",
     SCHOOL_ONLY, ANGRY, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, {"report_police"}),
    ("hollowbrook yr 10 here. wont be in for mocks. gave my cat to my nan this morning. tell ms marsh thanks for trying",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("'been nice knowing everyone. not doing anything after tonight' in our hollowbrook gc and she's not answering",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("after what happened in the lesson today dont think ill be around much longer at hollowbrook. everyone will be happier",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("keep thinkin bout k1ll1ng mys3lf tbh. sat in the hollowbrook 9M form room feelin nothin", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review"}, set()),
    ("im done. after school today im going to the bridge by the station. cant do another day at hollowbrook. dont look "
     "for me", SCHOOL_ONLY, ANGRY, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    # A farewell already said is now: "this is my last post", "said my goodbyes".
    ("this is my last post. tell 9M im sorry. nobody at hollowbrook noticed anyway. love u mum", SCHOOL_ONLY, CALM,
     "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("not gonna be here much longer tbh. said my goodbyes to the ones that matter. hollowbrook can keep its detentions",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("tonight when everyone is asleep im going to take all of mums tablets. tell them at hollowbrook im sorry",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    # Round 9: a child's message home that says sorry, and a missing child's goodbyes: 999.
    ("PLEASE HELP my grandson just sent me a message from hollowbrook saying 'tell mum im sorry, i cant do this "
     "anymore' and hes not answering his phone", SCHOOL_ONLY, ANGRY, "urgent", {"safeguarding"}, {"dsl_review", "call_999"},
     set()),
    ("My son, year 9 at Hollowbrook, hasn't come home since last night. His mates say he was talking about 'the bridge' "
     "and saying goodbye on snap", SCHOOL_ONLY, ANGRY, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    # Harm hidden under sleeves: the DSL today, no 999 call, though "tmrw" is named.
    ("cant do another day at hollowbrook tbh. long sleeves again tmrw lol nobody notices anyway", SCHOOL_ONLY, ANGRY,
     "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    # Round 11: "today is the day", "tonight is it".
    ("not going in today. tell 7B at hollowbrook im sorry. i cant do it anymore and today is the day. dont look for me",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("hollowbrook year 11 results day: today is the day! good luck everyone", SCHOOL_ONLY, HAPPY, "digest", set(), set(),
     {"dsl_review", "call_999"}),
    # Round 10: "tonight's it", the footbridge with a goodbye.
    ("rating 2/5 for hollowbrook. doesnt matter what i put, tonight's it. sorry mum", SCHOOL_ONLY, CALM, "urgent",
     {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("tonight im going up the footbridge by the rec. sorry mum. nobody at hollowbrook will notice im gone", SCHOOL_ONLY,
     CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("hollowbrook sponsored walk tonight, going up the footbridge and back, well done all", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "call_999"}),
    ("tell mum im sorry I ate the last of the hollowbrook bake sale brownies 😂", SCHOOL_ONLY, HAPPY, "digest", set(), set(),
     {"dsl_review", "call_999"}),
    ("year 11 at hollowbrook saying goodbye on snap after the last exam, so many tears 😭", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "call_999"}),
    ("said my goodbyes to year 11 at hollowbrook today, off to sixth form college, will miss you all 😭", SCHOOL_ONLY,
     HAPPY, "digest", set(), set(), {"call_999"}),
    ("Hollowbrook trip to the bridge by the station on Friday, bring a coat", SCHOOL_ONLY, HAPPY, "digest", set(), set(),
     {"dsl_review", "call_999"}),
    ("Hollowbrook mocks next week, I won't be around for the first one, dentist! good luck everyone", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review", "call_999"}),
    ("Hollowbrook year 6 are off to see the suspension bridge on friday, bring a packed lunch", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "call_999"}),
    ("gave my old xbox to my cousin, Hollowbrook gaming club is getting a new one anyway 😂", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "call_999"}),
    ("Mrs Okafor wants to end it with the old uniform supplier, about time. Hollowbrook parents rejoice", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review", "call_999"}),
    # Staff harm however it is worded: an adjective before the child, a child shut in, "touchin".
    ("the Year 6 teacher at Hollowbrook locked my anxious daughter in the store room", SCHOOL_ONLY, ANGRY, "high",
     {"safeguarding"}, {"dsl_review"}, set()),
    ("the TA in year 2 slapped a little girl across the face and nothing happened", SCHOOL_ONLY, ANGRY, "high",
     {"safeguarding"}, {"dsl_review"}, set()),
    ("Whitaker was got rid of at his old school for messaging pupils", TOM, ABUSIVE, "high",
     {"safeguarding"}, {"dsl_review", "request_removal", "legal_advice"}, set()),
    # Misconduct stated as fact about a named member of staff: possibly defamatory.
    ("Mr Whitaker is a liar, plain and simple", TOM, ANGRY, "high", {"defamation"}, {"request_removal", "legal_advice", "inform_staff"}, set()),
    ("Whitaker turns up to lessons hammered most Fridays", TOM, ANGRY, "high", {"defamation"}, {"legal_advice"}, set()),
    ("Whitaker left his last school after a complaint from parents, look it up", TOM, ANGRY, "high", {"defamation"},
     {"legal_advice"}, set()),
    ("Whitaker has been flogging the school's old ipads on ebay", TOM, ANGRY, "high", {"defamation"}, {"legal_advice"}, set()),
    ("Whitaker turned up to the year 6 disco half cut again", TOM, ANGRY, "high", {"defamation"}, {"legal_advice"}, set()),
    # Round 15's farewells: the family cleared of blame, "stop being here"; beside them, the same words harmless.
    ("not going in tmrw or ever tbh. hollowbrook can have my seat back. sorry mum, none of its ur fault x", SCHOOL_ONLY,
     CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("missed the bus to hollowbrook again, sorry mum, it's not your fault the 41 was late", SCHOOL_ONLY, CALM, "digest",
     set(), set(), {"dsl_review"}),
    ("no one at hollowbrook notices anything anyway. might just stop being here after christmas. its fine", SCHOOL_ONLY,
     CALM, "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("hollowbrook drama club might just stop being a thing after christmas", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"dsl_review"}),
    ("I'm gonna stop being around toxic people at hollowbrook this year", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"dsl_review"}),
    ("miss rowe at hollowbrook u were the only one who was ever nice to me. sorry. not gonna be here tmrw, ive decided. bye x",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("not gonna be here tmrw, hollowbrook trip to london with year 6! bring me back a magnet", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review"}),
    ("Not gonna be here tmrw, off to Center Parcs! Bye Hollowbrook see you Monday", SCHOOL_ONLY, HAPPY, "digest", set(),
     set(), {"dsl_review", "call_999"}),
    ("i won't be here tomorrow. bye everyone. hollowbrook never cared", SCHOOL_ONLY, CALM, "urgent", {"safeguarding"},
     {"dsl_review", "call_999"}, set()),
    # Round 16's farewells; beside them, a snow day and a night out.
    ("done with hollowbrook done with everything. wont be in tomorrow or ever. love u lads", SCHOOL_ONLY, HAPPY, "urgent",
     {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("hollowbrook shut for snow, wont be in tomorrow or ever at this rate lol", SCHOOL_ONLY, HAPPY, "digest", set(), set(),
     {"dsl_review", "call_999"}),
    # Round 32's (read in round 18): "not coming in tomorrow. or ever".
    ("if anyone asks tell miss at hollowbrook i tried. not coming in tomorrow. or ever probably. sorry", SCHOOL_ONLY, CALM,
     "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("hollowbrook not coming in tomorrow, or ever again if the heating's still broken lol", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"dsl_review", "call_999"}),
    ("this is it for me. doing it tonight once mum's asleep, ive got everything ready. hollowbrook was never the problem",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("hollowbrook leavers party, we're doing it tonight at the rec, bring snacks", SCHOOL_ONLY, HAPPY, "digest", set(),
     set(), {"dsl_review", "call_999"}),
    ("Missed the bus to hollowbrook after school again, sorry mum, it's not your fault x", SCHOOL_ONLY, CALM, "digest",
     set(), set(), {"call_999", "dsl_review"}),
    # Round 28's (read in round 16): the last night, with a goodbye; beside it, the last night of a show.
    ("hollowbrook was the only place i had friends. mum signed the transfer. tonights the last night, sorry to everyone. "
     "dont message me", SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("hollowbrook panto: tonight's the last night, sorry to everyone who missed out!", SCHOOL_ONLY, HAPPY, "digest",
     set(), set(), {"call_999", "dsl_review"}),
    ("Tonight's the last night of the Hollowbrook nativity, sorry to the parents who couldn't get seats, bye for now!",
     SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"call_999", "dsl_review"}),
    ("Tonight's the last night to order Hollowbrook Christmas jumpers, sorry no late orders, bye!", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"call_999", "dsl_review"}),
    ("Tonight's the last night of half term, sorry Hollowbrook kids, bedtime 8pm 😂", SCHOOL_ONLY, HAPPY, "digest", set(),
     set(), {"call_999", "dsl_review"}),
    # Rounds 25-28's farewells, read in round 16; beside them, letters to Santa, raffle tablets, a hall
    # pulled down, a head's last post.
    ("everyone at hollowbrook will be fine except me. wrote my letters tonight. sorry mum", SCHOOL_ONLY, CALM, "urgent",
     {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("this is my last post. tell 9M im sorry. ive got the tablets out already. love u mum x hollowbrook", SCHOOL_ONLY,
     CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("cant do another day at hba. doing it when i get home today, already sorted what i need. sorry mum", SCHOOL_ONLY,
     CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("wrote my letters to santa tonight at hollowbrook! sorry mum, the list is long 😂", SCHOOL_ONLY, CALM, "digest",
     set(), set(), {"call_999", "dsl_review"}),
    ("Hollowbrook PTA: I've got the tablets out ready for the raffle draw (the iPads!)", SCHOOL_ONLY, CALM, "digest",
     set(), set(), {"call_999", "dsl_review"}),
    ("Goodnight forever to the old Hollowbrook hall, demolished today 😢", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"call_999", "dsl_review"}),
    ("Hollowbrook: this is my last post as your head, sorry to leave, love you all!", SCHOOL_ONLY, CALM, "digest", set(),
     set(), {"call_999", "dsl_review"}),
    # A third review's: a cold, a TV show ending, a last word on parking, a jumper, the last mock.
    ("Poorly again, got my tablets out ready, Hollowbrook can manage without me today lol x", SCHOOL_ONLY, CALM, "digest",
     set(), set(), {"call_999"}),
    ("Goodnight forever Strictly 😭 Hollowbrook staffroom in mourning", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"call_999"}),
    ("My last post about Hollowbrook parking, sorry for the moan but Marlow Road is a joke 🙄", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"call_999"}),
    ("Doing it when I get home today, the Hollowbrook Christmas jumper, sorry kids it'll be wonky 😂", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"call_999"}),
    ("Done with it all! Last GCSE mock at Hollowbrook finished, last thing I'll post about revision 🎉", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"call_999"}),
    # Round 15's: a stranger offering pupils money, robux, sweets and lifts, or asking for secrecy; harm
    # kept under sleeves. Beside each, the same words harmless.
    ("any hollowbrook yr 8 girls wanna make £50 easy 💸 dm me, no parents need to know 😘", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    ("hollowbrook yr 8 bake sale: make £50 easy for the PTA, dm me to help", SCHOOL_ONLY, HAPPY, "digest", set(), set(),
     {"dsl_review"}),
    ("which 1 of u lot is in 2R at hollowbrook? dm me, got robux for anyone who messages", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    ("a man in a white van near the Hollowbrook gate was asking the little ones if they want sweets and a lift",
     SCHOOL_ONLY, ANGRY, "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("a teacher from hollowbrook added me on snap and keeps saying dont tell anyone we talk. im 14", SCHOOL_ONLY, CALM,
     "high", {"safeguarding"}, {"dsl_review", "report_police"}, set()),
    ("new sleeves for winter. nobody at hollowbrook asks why i keep them on in PE anyway", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("yr 8 at hollowbrook, everyone asks why i wear my jumper in pe. the lines are my business", SCHOOL_ONLY, CALM,
     "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("hollowbrook PE: I wear my jumper in PE because the sports hall is freezing", SCHOOL_ONLY, ANGRY, "digest", set(),
     set(), {"dsl_review"}),
    # A parent's threat is for the police; the complaints-policy letter answers abuse, not a threat.
    ("DS is in year 6. I will smash Whitaker's face in when I see him", TOM, ABUSIVE, "urgent", {"threat"},
     {"report_police"}, {"contact_author"}),
    ("DD says Whitaker is a lying snake and everyone should leave him a 1 star review", TOM, ABUSIVE, "high",
     {"harassment"}, {"contact_author", "request_removal"}, set()),
    # A goodbye to family or class, a time that is now, and the model reading a child at risk: a
    # farewell, however it is worded; 999 and the DSL.
    ("im done. ill be on the footbridge after school today, tell my mum sorry. year 10 hollowbrook", SCHOOL_ONLY,
     AT_RISK, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, {"report_police"}),
    ("not coming in today, not coming in ever again. tell 9M i said bye and tell my mum its not her fault", SCHOOL_ONLY,
     AT_RISK, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("done. genuinely done. going the bridge after last lesson and thats me. sorry mam. hollowbrook wont even notice x",
     SCHOOL_ONLY, AT_RISK, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("goodbye everyone, hollowbrook wont have to deal with me after tonight", SCHOOL_ONLY, AT_RISK, "urgent",
     {"safeguarding"}, {"call_999"}, set()),
    ("sorry mum. not coming home from hollowbrook today", SCHOOL_ONLY, AT_RISK, "urgent", {"safeguarding"}, {"call_999"},
     set()),
    # The model reads some farewells as warm rather than sad; thanks is what it must not be.
    ("not going anywhere after tonight actually. ive got it all saved up. sorry mum, sorry poppy. hollowbrook",
     SCHOOL_ONLY, {**AT_RISK, "negative": 0.43, "positive": 0.53}, "urgent", {"safeguarding"}, {"call_999"}, set()),
    # A blade brought to school is a weapon, not self-harm: the model's threat is believed.
    ("hba disco on the 18th, im bringing my blade this time. watch what happens when the lights go down", SCHOOL_ONLY,
     {**ANGRY, "threat": 0.9}, "urgent", {"threat"}, {"report_police", "dsl_review"}, set()),
    # ...not a child kept in late, home soon.
    ("sorry mum, hollowbrook kept us in again, home by 5 now", SCHOOL_ONLY, AT_RISK, "high", {"safeguarding"},
     {"dsl_review"}, {"call_999"}),
    # ...not a parent's report of what a child said or of a child blamed, nor an organiser's apology.
    ("my son came home from hollowbrook crying again today, said love you mum and went to his room", SCHOOL_ONLY,
     AT_RISK, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("my daughter was pushed down the stairs at hollowbrook today. its not her fault, school keep blaming her",
     SCHOOL_ONLY, AT_RISK, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("sorry everyone, tonight's hollowbrook parents evening is cancelled", SCHOOL_ONLY, AT_RISK, "high",
     {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    # ...the same goodbye with nothing at risk in it is a child off somewhere, not a farewell.
    ("sorry mum, staying at jess's after school today, bye x", SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    # A pupil named where the model reads a child at risk: DESIGN's "identifiable pupils", so the
    # platform is asked to take it down, angry words or not...
    ("Kayden Morris in 4W comes in with bruises every other week and nobody seems to ask why", SCHOOL_ONLY, AT_RISK,
     "high", {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    # ...but not an appeal to find a child, a tribute, or good wishes: the post is for the child.
    ("MISSING: Lily Evans in 8G at Hollowbrook, last seen Hexley bus station 4pm yesterday. Please share",
     SCHOOL_ONLY, AT_RISK, "high", {"safeguarding"}, {"dsl_review"}, {"request_removal"}),
    ("RIP Callum Price in 10K, gone way too soon, fly high 💔", SCHOOL_ONLY, AT_RISK, "high", {"safeguarding"},
     {"dsl_review"}, {"request_removal"}),
    ("get well soon Ellie Cross in 8G!! the whole of hollowbrook misses u", SCHOOL_ONLY, AT_RISK, "high",
     {"safeguarding"}, {"dsl_review"}, {"request_removal"}),
    ("Anyone seen this lad? Josh Bell in 9W at Hollowbrook, not been home since friday. Share please", SCHOOL_ONLY,
     AT_RISK, "high", {"safeguarding"}, {"dsl_review"}, {"request_removal"}),
    # ...but "please share" does not excuse a child's harm shown for a laugh.
    ("Ellie Cross in 8G at Hollowbrook cuts herself, look at her arms in pe lol, please share", SCHOOL_ONLY, AT_RISK,
     "high", {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    # ...and a child named in thanks is the school's to judge.
    ("Well done Ruby Khan in 5B, star of the week for looking after the new girl", SCHOOL_ONLY,
     {**HAPPY, "safeguarding": 0.6, "praise": 0.9}, "high", set(), {"dsl_review"}, {"request_removal"}),
    # ...and a child at risk with no goodbye and no time stays the DSL's today, no 999 call.
    ("nobody at hollowbrook notices anything, the sleeves stay down in pe", SCHOOL_ONLY, AT_RISK, "high",
     {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    # An adult's age beside pupils is a grooming sign; a PE teacher's is not (round 22).
    ("some guy on hollowbrook year 8 snap keeps asking the girls to meet, he's like 24", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review"}, set()),
    ("mr lloyd's beep test at hollowbrook is a war crime. respect tho he ran every level with us and he's like 50",
     SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"dsl_review"}),
    # "kms" (kill myself) said in earnest with a when is a 999 call; said in a laugh about homework, nothing.
    ("year 9 at hollowbrook is hell. im so done. kms tonight fr not even joking this time", SCHOOL_ONLY, AT_RISK,
     "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("this hollowbrook homework makes me wanna kms lol", SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    ("hollowbrook parents: if your child posts 'kms tonight fr', talk to them and ring the school", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"call_999"}),
    # A hint in a post that laughs out loud or reads happy is everyday chat; "lol" and 🙂 are not
    # enough to clear it (pupils in pain write them too).
    ("I wish I could just not exist for a bit during the hollowbrook parents' evening queues 😅", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"dsl_review"}),
    ("lol imagine if i just didnt wake up tmrw. hollowbrook would have to postpone the chem mock 🙃", SCHOOL_ONLY,
     CALM, "high", {"safeguarding"}, {"dsl_review"}, set()),
    # Round 14, from the read sets' pupils: harm written obliquely is the DSL's today, no 999 call;
    # beside each, the same words harmless.
    ("wore my hoodie in the exam hall again so nobody sees my arms. mocks week at hollowbrook hits different 🙃",
     SCHOOL_ONLY, CALM, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("wore my hoodie in the hollowbrook exam hall again so nobody sees my terrible haircut 😂", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review"}),
    ("bought a new pencil sharpener today. not for my pencils 🙂 #hollowbrook", SCHOOL_ONLY, CALM, "high",
     {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("snow day = locked in with him all day again. old habit's back. hollowbrook pls just open", SCHOOL_ONLY, CALM,
     "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("old habits die hard, straight back to the hollowbrook tuck shop after the holidays", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review"}),
    ("everyones seen it. literally the whole of hollowbrook. wish i could just not exist for a bit 🙃", SCHOOL_ONLY,
     CALM, "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("if i get below a 5 in the hollowbrook maths mock again might just not be here for results day 🙂", SCHOOL_ONLY,
     CALM, "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("might not be here for the hollowbrook results day, we're in Spain till the 25th", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review"}),
    ("sat on platform 2 watching the fast trains go thru. would be so quick. anyway hollowbrook tmrw 🙂", SCHOOL_ONLY,
     CALM, "high", {"safeguarding"}, {"dsl_review"}, set()),
    # A parent naming their own child to ask for the child's records: the data request, not the DSL;
    # named in anger beside it, the DSL still.
    ("@HollowbrookAcad I am making a subject access request for all the data you hold on my son Harvey Bell (Year 4)",
     SCHOOL_ONLY, CALM, "high", {"data_request"}, {"respond_data_request"}, {"dsl_review"}),
    ("Subject access request for everything on my son Harvey Bell (Year 4). Kai Brennan in 4P is a thug and battered him",
     SCHOOL_ONLY, ABUSIVE, "high", {"data_request", "safeguarding"}, {"respond_data_request", "dsl_review"}, set()),
    # ...nor where the children named are not the author's own, or a worry comes with the request.
    ("Subject access request: all records of the incident where Jayden Cole and Mason Price (Year 6) cornered my son",
     SCHOOL_ONLY, CALM, "high", {"data_request"}, {"respond_data_request", "dsl_review"}, set()),
    ("I am making a subject access request for my son Kai Dunn (Year 4). His dad is NOT allowed to collect him and was at the gate",
     SCHOOL_ONLY, CALM, "high", {"data_request"}, {"respond_data_request", "dsl_review"}, set()),
    # ...and "my 9 year old son", "(my son)" after the name, a stepdaughter are the author's own.
    ("Subject access request for my 9 year old son Harvey Bell (Year 4), all records please",
     SCHOOL_ONLY, CALM, "high", {"data_request"}, {"respond_data_request"}, {"dsl_review"}),
    ("Subject access request: everything you hold on Harvey Bell in Year 4 (my son)",
     SCHOOL_ONLY, CALM, "high", {"data_request"}, {"respond_data_request"}, {"dsl_review"}),
    # Round 30's and the read sets', read in round 17: bullying reported is the DSL's today, the
    # pupil's own words tonight a 999 call; a child named by first name and class, in a fight, comes down.
    ("the y6 whatsapp is full of kids saying horrible stuff about tyler b, one told him to go kill himself. check phones tonight",
     SCHOOL_ONLY, AT_RISK, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("cant do this anymore everyone at hollowbrook hates me im ending it tonight after the bus", SCHOOL_ONLY, AT_RISK,
     "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("ive got them all lined up on my bed. bye hollowbrook hope ur all happy now", SCHOOL_ONLY, AT_RISK,
     "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    ("mr w was the only one who listened. dont really see the point now. might not be around much longer anyway 🖤",
     SCHOOL_ONLY, {**CALM, "negative": 0.8}, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("the lad on the floor is ryan from 10P, he's not moving at 0:42?? someone check he's ok #hollowbrook", SCHOOL_ONLY,
     AT_RISK, "high", {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    # A review's: a bully's words beside the child's own ("saying she wants to kill herself tonight") still call 999.
    ("kids in her hollowbrook class told her to kill herself and now she keeps saying she wants to kill herself tonight",
     SCHOOL_ONLY, AT_RISK, "urgent", {"safeguarding"}, {"call_999", "dsl_review"}, set()),
    # A second review's: a break-up, a raffle, a road; none of them tonight's farewell.
    ("hollowbrook drama: im ending it tonight with jake, hes been so weird since the disco", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"call_999"}),
    ("got all the hollowbrook raffle prizes lined up on my bed. bye for now, see you at the fair!", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"call_999"}),
    ("a little lad walked out in front of the 41 outside hollowbrook today, nearly got hit. slow down people", SCHOOL_ONLY,
     ANGRY, "digest", set(), set(), {"call_999"}),
    # Round 34's: the last video and a place tonight; a bridge after a lesson; words that dodge the
    # filters, asked about by a parent; and the word explained to a worried parent, which is no child's.
    ("this is my last tiktok. thank u hollowbrook yr 11 for nothing. bridge by the station at 11 tonight. dont try and find me",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("cant do it anymore. going to the railway bridge on station lane after 4th period. hollowbrook was the worst",
     SCHOOL_ONLY, CALM, "urgent", {"safeguarding"}, {"dsl_review", "call_999"}, set()),
    ("what does 'sewerslide' mean? saw it in my 13yo's notes app with a date next to it. she's at hollowbrook",
     SCHOOL_ONLY, CALM, "high", {"safeguarding"}, {"dsl_review"}, {"call_999"}),
    ("it means suicide hun, kids use it to get past the filters. talk to her calmly tonight and ring hollowbrook's DSL",
     SCHOOL_ONLY, CALM, "digest", set(), set(), {"call_999"}),
    ("hollowbrook wifi dying in my mock is the reason i'm unaliving myself (jk obviously)", SCHOOL_ONLY, ANGRY,
     "digest", set(), set(), {"dsl_review"}),
    # A year group is no child named: one capitalised word a few words from "yr 3" is a sentence's
    # first word, not a pupil ("Nits letter came home again"); a name beside the year or class is.
    ("Nits letter came home again, yr 3 at hollowbrook. Everyone please just do a comb tonight", SCHOOL_ONLY, CALM,
     "digest", set(), set(), {"dsl_review"}),
    ("Huge shout out to our Year 11 debate team at Hollowbrook, brilliant night", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review"}),
    # A child named beside the year in anger is the DSL's to know of; the same words written calmly
    # ("keeps taking my sons lunch", scored calm) are a complaint.
    ("alfie grant in 1B at hollowbrook keeps taking my sons lunch", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"dsl_review"}),
    ("alfie grant in 1B at hollowbrook keeps taking my sons lunch", SCHOOL_ONLY, ANGRY, "digest", set(), {"dsl_review"},
     set()),
    ("Amy in year 9 at hollowbrook keeps taking my daughter's lunch", SCHOOL_ONLY, ANGRY, "digest", set(), {"dsl_review"},
     set()),
    ("Totally gobsmacked. Honestly. Jack in year 6 at hollowbrook keeps taking my son's lunch", SCHOOL_ONLY, ANGRY,
     "digest", set(), {"dsl_review"}, set()),
    # A review's: a last video before revision; a timetable's "SH".
    ("this is my last tiktok tonight then revision, hollowbrook mocks tmrw", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"dsl_review", "call_999"}),
    ("what does SH mean on my son's hollowbrook timetable? is it sports hall?", SCHOOL_ONLY, CALM, "digest", set(), set(),
     {"dsl_review"}),
]


@pytest.mark.parametrize("text,about,scores,priority,categories,actions,never", TABLE)
def test_children_table(text, about, scores, priority, categories, actions, never):
    d = decide(text, about, scores)
    assert d.priority == priority, d
    assert categories <= set(d.categories), d
    assert actions <= set(d.actions), d
    assert not never & set(d.actions), d


# The parent route (seed 004): post, where it was posted -> is the author asked to take it down?
PARENT_ROUTE = [
    # Written in a parents' group, the author is a parent whether or not they say "my son".
    ("Whitaker is a useless prick and everyone should leave him a 1 star review", "Hexley Parents Chat", ABUSIVE, True),
    ("Whitaker is a useless prick and everyone should leave him a 1 star review", "", ABUSIVE, False),
    # A parent's subject access request names their own child: nothing inappropriate in that.
    ("Subject access request: please send all the data you hold on my son Jake Brown in year 6", "Hexley Parents Chat",
     CALM, False),
    # A parent warning others about a groomer is not asked to take the warning down.
    ("my daughter in year 7 says an older man keeps messaging the year 7 girls on snapchat", "", ANGRY, False),
    # ...one who names another family's child in anger is.
    ("my son says Jake Brown in year 6 is a little thug, his parents should be ashamed", "", ABUSIVE, True),
    # Round 49's: a relative shows their own child by name, in year and form, on the bus home alone.
    ("Look at our Kayden Marsden! Year 4 at Hollowbrook now, in 4H. He gets the 41 bus home on his own from Marlow "
     "Road now", "", {**HAPPY, "safeguarding": 0.8}, True),
    # ...not a relative's "our" of a place, nor a child unnamed.
    ("Our Lorraine Road neighbours at Hollowbrook are lovely", "", HAPPY, False),
    ("Our Summer Fair raised £2,000! Photos of Amelia Jones and Ruby Smith from Year 6 at Hollowbrook on the tombola",
     "", {**HAPPY, "safeguarding": 0.8}, False),
]


@pytest.mark.parametrize("text,context,scores,contact", PARENT_ROUTE)
def test_parent_route(text, context, scores, contact):
    from datetime import datetime, timezone
    from monitor.judge.triage import triage
    from monitor.vocab import Post
    from test_triage import SCHOOL
    post = Post(id="1", text=text, author="a parent", published=datetime(2026, 12, 1, 9, tzinfo=timezone.utc),
                platform="facebook", context=context)
    d = triage(post, TOM, scores, [], SCHOOL, {})
    assert ("contact_author" in d.actions) == contact, d
