"""A template grammar of school posts: functional cases with many fillers, thousands of examples.

Each template is a family (what it tests: a direct threat, a threat as a normative statement,
a veiled threat with a place or time, negation, quoting and counter-speech, news reporting,
violent idioms in praise, sweary complaints, drills...) and a pattern with slots; `generate`
fills the slots from invented schools, staff, pupils, places and times, then varies the
spelling (dropped letters, leet, spaces, emoji, lower case, misspelt names) so that the model
meets the same case written many ways. Every school, town and person here is invented; the
evaluation school is never used.

Validation splits by template, never by line: `template_split(tid)` holds out about one
template in five of each family, so validation measures posts whose wording was never seen.

    python -m training.grammar --n 4000 > /tmp/grammar.jsonl   # to read what it writes
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from dataclasses import dataclass

SCHOOLS = ["Kingsfold Academy", "St Brannock's Primary", "Larkhill High", "Oakmere School",
           "Wrenfield Juniors", "Castleton Park Academy", "Fernside Primary", "St Edith's CE School",
           "Moorgate College", "Ribbleton Vale Academy", "Thistledown Infants", "Coldharbour High",
           "Brackwater Academy", "Elmstead Primary", "Quarry Lane School", "Penhallow Community School"]
TOWNS = ["Marsby", "Tollbridge", "Ashcombe", "Redhithe", "Wexcote", "Dunmere", "Halstow", "Pellingham"]
TITLES = ["Mr", "Mrs", "Miss", "Ms", "Dr"]
SURNAMES = ["Fairbairn", "Okonjo", "Pemberton", "Haslam", "Kowalczyk", "Nwosu", "Threlfall", "Dunmore",
            "Achterberg", "Malik", "Quigley", "Sandhu", "Vickers", "Lindqvist", "Oduya", "Carrick",
            "Ferreira", "Hughes-Bell", "Mbeki", "Prentice", "Rafferty", "Tiwari", "Wozniak", "Yeoman"]
FIRST = ["Gemma", "Darren", "Nadia", "Craig", "Siobhan", "Tariq", "Becky", "Lewis", "Ayesha", "Stuart",
         "Chloe", "Kieran", "Fatima", "Wayne", "Leanne", "Ravi"]
ROLES = ["head", "headteacher", "deputy head", "PE teacher", "maths teacher", "TA", "SENCo",
         "head of year 9", "receptionist", "caretaker", "form tutor", "science teacher", "dinner lady"]
PUPILS = ["Kayden Marsh", "Lily-Mae Turner", "Oskar Brandt", "Amira Hussain", "Tyler Boyce",
          "Freya Quinn", "Jaylen Okoro", "Ruby Stainton", "Mason Pryce", "Zara Kaur"]
YEARS = ["year 7", "year 8", "year 9", "Y10", "year 11", "year 5", "year 6", "the reception class"]
PLACES = ["the car park", "the back gates", "the bus stop on Mill Road", "the leisure centre",
          "Tesco car park", "the field behind the sports hall", "the staff entrance", "the chippy on the high st",
          "the rec", "outside the church hall", "the Spar by the roundabout"]
TIMES = ["tomorrow at pickup", "friday 3:15", "after parents evening", "monday morning", "at 8:30",
         "after his 6pm five a side", "when she leaves at 5", "next week", "on sports day", "tonight"]
EMOJI_BAD = ["🔪", "😡", "💀", "🤬", "👊", "🔥", "🙂", "😈"]
EMOJI_GOOD = ["😍", "👏", "🎉", "❤️", "🥰", "🙌", "⭐", "😂"]
FILLER = ["Anyway.", "Just saying.", "Rant over.", "Sorry for the long post.", "Thoughts?",
          "Parents group pls share.", "Not the first time either.", "Make of that what you will.",
          "Honestly can't believe it.", "#parentlife", "Had to get that off my chest.", ""]
LONG = ["We moved here two years ago and the first term was fine, the uniform shop was helpful and the "
        "after school club was good value.", "My eldest did well in her GCSEs and we were grateful for the "
        "revision sessions.", "The parking on the estate is a nightmare at drop off and the council does nothing.",
        "Lunches have improved since the new caterer came in, though portions are small.",
        "The PTA summer fair raised a decent amount and the tombola was a laugh."]


@dataclass(frozen=True)
class Template:
    id: str
    family: str
    pattern: str
    categories: tuple[str, ...]
    abusive: bool
    sentiment: str  # negative, neutral, positive


T = Template
_NEG, _NEU, _POS = "negative", "neutral", "positive"
TEMPLATES: tuple[Template, ...] = (
    # direct threats
    T("dt1", "direct_threat", "im going to stab {staff} {time}", ("threat",), True, _NEG),
    T("dt2", "direct_threat", "{staff} is getting his head kicked in {time} {ebad}", ("threat",), True, _NEG),
    T("dt3", "direct_threat", "I will find {staff} and I will hurt them. {school} cant protect you", ("threat",), True, _NEG),
    T("dt4", "direct_threat", "gonna batter that {role} at {school} when i see her", ("threat",), True, _NEG),
    T("dt5", "direct_threat", "{staff} touch my kid again and you're dead. I mean it", ("threat",), True, _NEG),
    T("dt6", "direct_threat", "Bringing a knife to {school} {time}, they'll all see", ("threat",), True, _NEG),
    T("dt7", "direct_threat", "I'm going to burn {school} to the ground with {staff} inside", ("threat",), True, _NEG),
    T("dt8", "direct_threat", "lol jk 😂 ... unless 🙂 {staff} better sleep with one eye open", ("threat",), True, _NEG),
    # normative threats
    T("nt1", "normative_threat", "someone should teach {staff} a lesson they wont forget", ("threat",), True, _NEG),
    T("nt2", "normative_threat", "{staff} needs a good kicking, someone sort it", ("threat",), True, _NEG),
    T("nt3", "normative_threat", "the staff at {school} should be lined up and shot", ("threat",), True, _NEG),
    T("nt4", "normative_threat", "somebody needs to wait for {staff} at {place} {time}", ("threat",), True, _NEG),
    T("nt5", "normative_threat", "if someone put a brick through {staff}'s window nobody would blame them", ("threat",), True, _NEG),
    T("nt6", "normative_threat", "people like {staff} deserve to get hurt tbh", ("threat",), True, _NEG),
    # veiled, with a place or time
    T("vt1", "veiled_threat", "i know which house is {staff}'s now. walk the dog past it every night", ("threat", "privacy"), True, _NEG),
    T("vt2", "veiled_threat", "{staff} parks the blue corsa at {place}. just saying {ebad}", ("threat", "privacy"), True, _NEG),
    T("vt3", "veiled_threat", "see you {time} {staff} x", ("threat",), True, _NEG),
    T("vt4", "veiled_threat", "{staff} finishes at 5. {place}. we'll be waiting", ("threat",), True, _NEG),
    T("vt5", "veiled_threat", "would be a shame if something happened to {staff}'s car {time}", ("threat",), True, _NEG),
    T("vt6", "veiled_threat", "{staff} ive got your address now. See you soon", ("threat", "privacy"), True, _NEG),
    # negation: violent words, no threat
    T("ng1", "negation", "I would never hurt {staff}, I just want the school to listen", ("complaint",), False, _NEG),
    T("ng2", "negation", "Nobody is threatening {staff}. We are asking for a meeting about the bullying.", ("complaint",), False, _NEG),
    T("ng3", "negation", "to be clear I dont want anyone to touch {staff}, but {school} must answer for this", ("complaint",), False, _NEG),
    T("ng4", "negation", "not going to kick off at {school}, not worth it. will email the governors", ("complaint",), False, _NEG),
    # quoting and counter-speech
    T("qc1", "counter_speech", "whoever wrote 'someone should stab {staff}' needs to grow up. reported it", ("neutral",), False, _NEG),
    T("qc2", "counter_speech", "Disgusting comments on here about {staff}. Saying she should be 'sorted out' is not ok", ("neutral",), False, _NEG),
    T("qc3", "counter_speech", "Screenshotted the 'going to batter {staff}' post and sent it to the police. Do better {town}", ("neutral",), False, _NEG),
    T("qc4", "counter_speech", "the racist stuff posted about {staff} this week is vile. She is a brilliant teacher", ("praise",), False, _POS),
    # news reporting
    T("nw1", "news", "Police are investigating threats made online against a {town} teacher, a spokesperson said", ("neutral",), False, _NEU),
    T("nw2", "news", "{school} was placed in lockdown on {day} after reports of a man with a knife; nobody was hurt", ("neutral",), False, _NEU),
    T("nw3", "news", "A {town} man has been charged with making threats to kill a member of staff at {school}", ("neutral",), False, _NEU),
    T("nw4", "news", "Ofsted rated {school} 'requires improvement', citing behaviour in corridors", ("neutral",), False, _NEU),
    # violent idioms in praise
    T("id1", "idiom_praise", "{year} absolutely killed it at the concert tonight {egood}", ("praise",), False, _POS),
    T("id2", "idiom_praise", "the under 12s smashed {rival} 6-0, they were lethal up front {egood}", ("praise",), False, _POS),
    T("id3", "idiom_praise", "{staff} knocked 'em dead at the talent show, crying with laughter", ("praise",), False, _POS),
    T("id4", "idiom_praise", "our netball team destroyed everyone at the county finals!! so proud of {school}", ("praise",), False, _POS),
    T("id5", "idiom_praise", "{staff} is a beast at teaching fractions, my lad finally gets it", ("praise",), False, _POS),
    # praise
    T("pr1", "praise", "Massive thank you to {staff} at {school} for everything this year {egood}", ("praise",), False, _POS),
    T("pr2", "praise", "{school} have been brilliant with my son's SEN support, {staff} especially", ("praise",), False, _POS),
    T("pr3", "praise", "Lovely nativity at {school} today, well done {year}!", ("praise",), False, _POS),
    # sweary complaints
    T("sc1", "sweary_complaint", "{school} are fucking useless, third time the bus hasnt turned up", ("complaint",), True, _NEG),
    T("sc2", "sweary_complaint", "absolute shitshow at pickup again, {school} sort your bloody gates out", ("complaint",), True, _NEG),
    T("sc3", "sweary_complaint", "why the hell is my kid in isolation for a coat. {staff} you are having a laugh", ("complaint",), True, _NEG),
    T("sc4", "sweary_complaint", "Homework policy at {school} is crap and nobody reads the emails. Pissed off.", ("complaint",), True, _NEG),
    # complaints, plain
    T("cp1", "complaint", "Really disappointed with how {school} handled the bullying of my daughter in {year}", ("complaint",), False, _NEG),
    T("cp2", "complaint", "The car park at {school} is a free for all, someone will get hurt", ("complaint",), False, _NEG),
    T("cp3", "complaint", "Third email to {staff} with no reply. Is anyone actually reading them?", ("complaint",), False, _NEG),
    # drills and announcements
    T("dr1", "drill", "Reminder: lockdown drill at {school} {day} morning. Pupils will hear a bell; it is practice only", ("neutral",), False, _NEU),
    T("dr2", "drill", "Fire drill went well today, everyone out in under 3 minutes. Thank you {year}", ("neutral",), False, _POS),
    T("dr3", "drill", "{school} will be closed {day} for staff training. Clubs run as normal next week", ("neutral",), False, _NEU),
    # neutral
    T("nu1", "neutral", "does anyone know what time {school} finishes on {day}?", ("neutral",), False, _NEU),
    T("nu2", "neutral", "selling {school} blazer age 11-12, good condition, collection from {town}", ("neutral",), False, _NEU),
    T("nu3", "neutral", "Is {staff} still doing the chess club at {school}?", ("neutral",), False, _NEU),
    # hate
    T("ht1", "hate", "{staff} at {school} should go back to where she came from", ("hate", "harassment"), True, _NEG),
    T("ht2", "hate", "the muslim teachers at {school} are brainwashing our kids, time we ran them out of {town}", ("hate",), True, _NEG),
    T("ht3", "hate", "{school} hired another one of them. {staff} doesnt even speak proper english", ("hate", "harassment"), True, _NEG),
    T("ht4", "hate", "keep the gays away from our kids, {staff} shouldnt be allowed near a classroom", ("hate", "harassment"), True, _NEG),
    # harassment
    T("hr1", "harassment", "{staff} is a fat ugly cow and everyone at {school} laughs at her", ("harassment",), True, _NEG),
    T("hr2", "harassment", "lmao look at {staff}'s face in this pic, absolute state of it {ebad}", ("harassment",), True, _NEG),
    T("hr3", "harassment", "{staff} you useless prick, nobody wants you at {school}", ("harassment",), True, _NEG),
    # defamation and allegations against staff
    T("df1", "allegation", "Everyone knows {staff} at {school} has been fiddling with kids", ("defamation", "safeguarding"), True, _NEG),
    T("df2", "allegation", "{staff} of {school} in {town} hit a pupil and they covered it up", ("defamation", "safeguarding"), False, _NEG),
    T("df3", "allegation", "{staff} is nicking money from the school fund, ask where the trip money went", ("defamation",), False, _NEG),
    T("df4", "allegation", "heard {staff} turns up to {school} drunk most mornings", ("defamation",), False, _NEG),
    # safeguarding
    T("sg1", "safeguarding", "Fight at {school} today!! video below, the {year} girl got absolutely battered", ("safeguarding",), False, _NEG),
    T("sg2", "safeguarding", "here's the {year} lads from {school} who bullied my daughter - {pupil}, {pupil2}", ("safeguarding", "privacy"), True, _NEG),
    T("sg3", "safeguarding", "dont think i'll be around much longer. nobody at {school} would notice anyway", ("safeguarding",), False, _NEG),
    T("sg4", "safeguarding", "any {year} girls from {school} want free vapes dm me, keep it between us x", ("safeguarding",), False, _NEU),
    T("sg5", "safeguarding", "{pupil} in {year} at {school} keeps coming in with bruises, someone needs to check on him", ("safeguarding",), False, _NEG),
    # privacy
    T("pv1", "privacy", "{staff} from {school} lives at 14 Orchard Close {town}, her number is 07700 900{n3}", ("privacy",), False, _NEG),
    T("pv2", "privacy", "here's {staff}'s facebook and home address for anyone who wants a word", ("privacy", "threat"), True, _NEG),
    T("pv3", "privacy", "{staff}'s reg is KX19 {reg}, she parks round the back of {school}", ("privacy",), False, _NEU),
    # data requests
    T("rq1", "data_request", "I am making a subject access request to {school} for all records about my son {pupil}", ("data_request",), False, _NEU),
    T("rq2", "data_request", "Please send me copies of every email about my daughter since September, under GDPR", ("data_request",), False, _NEU),
    T("rq3", "data_request", "Under the data protection act I want the CCTV from {school} of the incident on {day}", ("data_request", "complaint"), False, _NEG),
    # dialect and slang
    T("sl1", "slang", "that {role} at {school} is proper gettin it if she chats to my bro like that again innit", ("threat",), True, _NEG),
    T("sl2", "slang", "{staff} is peak bruv, gave the whole class detention for nuthin", ("complaint",), False, _NEG),
    T("sl3", "slang", "wee {staff} at {school} is pure brilliant wi the bairns, cannae thank her enough", ("praise",), False, _POS),
    T("sl4", "slang", "am gonna lamp {staff} next time a see him, swear down", ("threat",), True, _NEG),
)
_HELD_OUT: frozenset[str] = frozenset()
DAYS = ["monday", "tuesday", "Wednesday", "thursday", "Friday"]


def _hash(tid: str) -> str:
    return hashlib.sha256(tid.encode()).hexdigest()


def _held_out() -> frozenset[str]:
    """One template of each family of three or more (the lowest hash of its id)."""
    families: dict[str, list[str]] = {}
    for t in TEMPLATES:
        families.setdefault(t.family, []).append(t.id)
    return frozenset(min(ids, key=_hash) for ids in families.values() if len(ids) >= 3)


def template_split(tid: str) -> str:
    """'val' for the held-out templates (one a family), else 'train'."""
    return "val" if tid in _HELD_OUT else "train"


_HELD_OUT = _held_out()
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def misspell(name: str, rng: random.Random) -> str:
    """A name as people misspell it: a dropped, doubled or swapped letter."""
    if len(name) < 4:
        return name
    i = rng.randrange(1, len(name) - 1)
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    return name[:i] + name[i + 1] + name[i] + name[i + 2:]


def vary(text: str, rng: random.Random) -> str:
    """Spelling variation: dropped letters, leet, spaced letters, lower case, emoji, no punctuation."""
    r = rng.random()
    if r < 0.15:
        text = "".join(_LEET.get(c, c) if rng.random() < 0.5 else c for c in text)
    elif r < 0.3:
        words = text.split()
        text = " ".join(w[:-1] if len(w) > 4 and rng.random() < 0.3 else w for w in words)
    elif r < 0.38:
        words = text.split()
        k = rng.randrange(len(words))
        if len(words[k]) > 3:
            words[k] = " ".join(words[k])
        text = " ".join(words)
    if rng.random() < 0.4:
        text = text.lower()
    if rng.random() < 0.2:
        text = re.sub(r"[.,']", "", text)
    return text


def _fill(t: Template, rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.15:
        surname = misspell(surname, rng)
    staff = rng.choice((f"{rng.choice(TITLES)} {surname}", f"{rng.choice(FIRST)} {surname}", surname,
                        f"{rng.choice(TITLES)} {surname} ({rng.choice(ROLES)})"))
    school = rng.choice(SCHOOLS)
    if rng.random() < 0.2:
        school = school.split()[0] if not school.startswith("St ") else " ".join(school.split()[:2])
    pupils = rng.sample(PUPILS, 2)
    slots = {"staff": staff, "school": school, "town": rng.choice(TOWNS), "role": rng.choice(ROLES),
             "place": rng.choice(PLACES), "time": rng.choice(TIMES), "year": rng.choice(YEARS),
             "pupil": pupils[0], "pupil2": pupils[1], "day": rng.choice(DAYS),
             "rival": rng.choice(SCHOOLS), "ebad": rng.choice(EMOJI_BAD) if rng.random() < 0.6 else "",
             "egood": rng.choice(EMOJI_GOOD) if rng.random() < 0.7 else "",
             "n3": f"{rng.randrange(1000):03d}", "reg": "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))}
    return t.pattern.format(**slots)


def render(t: Template, rng: random.Random) -> str:
    text = _fill(t, rng)
    if rng.random() < 0.15:  # the harm buried in the middle of a long post
        text = f"{rng.choice(LONG)} {text}. {rng.choice(LONG)}"
    elif rng.random() < 0.3:
        text = f"{text} {rng.choice(FILLER)}"
    return vary(text, rng).strip()


def generate(n: int, seed: int, templates: tuple[Template, ...] = TEMPLATES) -> list[dict]:
    """n posts, round-robin over the templates, each with its template id, family and split."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        t = templates[k % len(templates)]
        out.append({"id": f"g{k:05d}", "text": render(t, rng), "categories": list(t.categories),
                    "abusive": t.abusive, "sentiment": t.sentiment, "hard": t.family,
                    "template": t.id, "split": template_split(t.id)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=20261202)
    args = ap.parse_args()
    for row in generate(args.n, args.seed):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
