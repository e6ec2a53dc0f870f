"""Violence inside a story, a play, a history lesson or a performance (quiet63's set texts): "I WILL KILL MACBETH"
on a post-it before the mock, Mrs Okafor "cast as King Duncan ... murdered offstage 🗡️👑", a Boudica project that
wants to "fight like the Iceni 🗡️". Blanked before the threat rules read a post, only where the post speaks of the
story and names no meeting, no home and no real weapon. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.moments import WEAPON

# People of set texts, plays and history lessons: a violent verb aimed at them is the story's.
_NAMED = (r"(?:lady\s+)?macbeth|(?:king\s+)?duncan|banquo|macduff|tybalt|mercutio|hamlet|claudius|polonius|othello|iago"
          r"|julius\s+caesar|scrooge|jekyll|(?:mr\s+|mrs\s+|sheila\s+|eric\s+)?birling|eva\s+smith|inspector\s+goole"
          r"|frankenstein|dracula|voldemort|boudica|boudicca|the\s+(?:iceni|romans|vikings|normans|spartans|saxons)"
          r"|henry\s+viii|anne\s+boleyn|guy\s+fawkes|the\s+witches|the\s+jabberwock")
# ...and those a pupil may be called too ("gonna kill piggy tomorrow at break", "kill marley tomorrow"): the story
# only where another word names it.
_CHARACTERS = _NAMED + r"|romeo|juliet|caesar|brutus|marley|hyde|piggy|lennie|curley"
_STORY = re.compile(r"\b(?:" + _NAMED + r"|shakespeare|priestley|an\s+inspector\s+calls|lord\s+of\s+the\s+flies|of\s+mice\s+and\s+men|blood\s+brothers"
                    r"|a\s+christmas\s+carol|set\s+texts?|(?:the|a|our|school|staff|year\s+\d+)\s+play(?!\s*(?:time|ground|station|ing\s+field))|novel|act\s+\d|scene\s+\d|on\s*stage|off\s*stage"
                    # Not "the plot" of a threat nor "a right character".
                    r"|cast\s+as|rehears\w+|panto\w*|drama|theatre|script|character\s+(?:study|analysis|profile)|costume|lines\s+to\s+learn|english\s+lit\w*"
                    r"|(?:horror|ghost|short|crime)\s+stor(?:y|ies)|creative\s+writing|murder\s+mystery|whodunn?it|cluedo|history\s+(?:project|lesson|homework|topic)"
                    r"|project\s+on|topic\s+on)\b", re.I)
# A verb of the story's violence aimed at one of its people, or a death played out on a stage.
_STORY_HARM = re.compile(r"\b(?:kill|murder|stab|behead|execute|poison|slay|fight|defeat|destroy|end)(?:ed|s|ing)?\s+(?:like\s+)?(?:" + _CHARACTERS + r")\b"
                         r"|\b(?:murdered|killed|stabbed|beheaded|executed|poisoned|slain|died)\s+(?:off\s*stage|on\s*stage|in\s+(?:act|scene)\s+\d"
                         r"|in\s+the\s+(?:play|story|book|novel|film|panto))\b", re.I)
_DRAWN = re.compile(r"🗡\ufe0f?|⚔\ufe0f?|👑|🩸|☠\ufe0f?|💀")
# What a story is never beside: a meeting, a home, a real weapon, a threat said to be meant.
_REAL = re.compile(r"\b(?:gates?|after\s+school|car\s*park|outside|house|home|address|lives?|wait\w*\s+for|find\s+(?:him|her|you|u)|irl|in\s+real\s+life"
                   r"|for\s+real|not\s+(?:joking|kidding)|watch\s+(?:out|ur|your)|next"
                   # The story's end promised to a real one: "Whitaker gets the same treatment tomorrow 🗡️", "a real death this year".
                   r"|same\s+(?:treatment|fate|way|thing|ending)|real\s+(?:death|blood|knife|one)|won'?t\s+survive|curtains\s+for)\b|🔪|🔫", re.I)

# A game whose violence is the evening's ("PTA MURDER MYSTERY NIGHT this Friday ... 🔍🗡️ ... Who will be the murderer??",
# probe87's, read afterwards): its drawn dagger is the game's, whatever words of death it uses.
_PLAYED = re.compile(r"\b(?:murder\s+mystery|whodunn?it|cluedo|escape\s+room)\b", re.I)
_LEFT = re.compile(r"\b(?:kill|murder|stab|behead|execute|poison|slay|shoot|hurt|batter|die|dies|dead|end\s+(?:him|her|them))\w*", re.I)


def blank(text: str) -> str:
    """`text` with a story's violence blanked, where the post speaks of a story and aims nothing real."""
    if not _STORY.search(text) or _REAL.search(text) or WEAPON.search(_DRAWN.sub(" ", text)):
        return text
    blanked = _STORY_HARM.sub(lambda m: " " * len(m.group(0)), text)
    # The drawn dagger is the story's only beside the story's own violence: "Doing a Julius Caesar on Mrs Okafor in
    # assembly tomorrow, et tu 🗡️🩸" and "me stabbing Tom Whitaker in the neck in drama 🗡️" keep theirs.
    # ...and with no violence left for it to draw: "Like Macbeth killed Duncan, I'm killing Whitaker in period 5 tomorrow 🗡️".
    drawn = _PLAYED.search(text) or blanked != text and not _LEFT.search(blanked)
    return _DRAWN.sub(lambda m: " " * len(m.group(0)), blanked) if drawn else blanked
