"""Threats to a whole school put as a warning, a deadline or a promise: "theres a device in ur
sports hall. u have till 11", "Parents should keep their kids home. Mark my words", "I'll make
sure opening day is one they never forget. Not a joke", and a pupil's "ur getting it" at the gate.
No violent word in most of them; the read sets' writers paged every one (round 28's reading of
the urgent posts triage left at digest or high). Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import QUOTED, Finding, find_all

# A bomb said to be placed: no hostility needed. A "device" only with a deadline set for the reader
# (not "till Friday to collect it" from lost property, nor a noise meter that "goes off").
_BOMB = r"(?:bombs?|pipe\s+bombs?|explosives?|explosive\s+devices?|ied)"
_PLACED = (r"(?:there'?s|theres|there\s+is|there\s+are|(?:i|we|someone|somebody)\s*(?:'?ve|\s+have|\s+has|'s)?\s+(?:left|planted|placed|put|hidden)"
           r"|(?:has|have)\s+been\s+(?:left|planted|placed|put|hidden))")
_DEVICE = re.compile(
    r"(?<!bath\s)(?<!photo\s)(?<!smoke\s)(?<!stink\s)(?<!glitter\s)\b(?:" + _PLACED + r")\s+(?:a|an|\d+|two|three)?\s*" + _BOMB
    + r"\s+(?:\w+\s+){0,2}?(?:in|at|under|inside|behind)\b"
    r"|\b(?:a|an)\s+" + _BOMB + r"\s+(?:has|have)\s+been\s+(?:left|planted|placed|put|hidden)\s+(?:in|at|under|inside|behind)\b"
    r"|(?:\b" + _PLACED + r"\s+(?:a|an|\d+|two|three|four)?\s*devices?\s+(?:\w+\s+){0,2}?(?:in|at|under|inside|behind|around)\b"
    r"|\b(?:a|an|\d+|two|three|four)\s+devices?\s+(?:has|have)\s+been\s+(?:left|planted|placed|put|hidden)\b)"
    r"(?=[^\n]{0,160}\b(?:u|you|yous|ya)\s*(?:have|'ve\s+got|got|ve\s+got)\s+(?:(?:un)?['‘]?til+\s+(?:\d|lunch|noon|midday|home\s*time|break|the\s+(?:end|bell))"
    r"|\d+\s+(?:mins?|minutes|hours?|hrs?)\b)(?![^\n]{0,30}\bto\s+(?:collect|claim|pick\s+(?:it|them)\s+up)\b))"
    # probe49's: "gona blow up hollowbrok skool on munday lol".
    # Only the school itself, not a bouncy castle, a canteen's water balloons or a TikTok "blowing up".
    r"|\b(?:gonna|gunna|going\s+to|will|'ll|ill|i'?m|imma)\s+(?:blow\s+up|bomb|shoot\s+up|burn\s+down|set\s+fire\s+to|torch)\s+(?:the\s+|that\s+|this\s+)?"
    r"(?:school|skool|hollowbrook|hollowbrok|hba)\b(?!\s*(?:'s\s+)?(?:tiktok|insta\w*|photo|pic|picture|page|group|chat|account|feed|online|with\s+(?:water|balloons?|glitter|flour|love)))",
    re.I)
# Parents told to keep their children away, with a warning no errand needs ("you've been warned", "for their
# own safety"): not "trust me" and "mark my words", which roadworks, nits and cheap flights share.
_KEEP_HOME = re.compile(
    r"\b(?:keep|keeping)\s+(?:your|ur|yer|their|there|the|ya)\s+(?:kids|children|child|son|daughter|little\s+ones)\s+(?:at\s+home|home|off(?:\s+school)?"
    # ...away from the school, not "away from him" (a warning about a person, the DSL's: read set 50).
    r"|away\s+from\s+(?:the\s+school|school|there|that\s+place|hollowbrook|hba))\b"
    r"(?=[^\n]{0,120}\b(?:what'?s\s+coming|whats\s+coming|you(?:'?ve|\s+have)\s+been\s+warned|don'?t\s+say\s+(?:you|i)\s+(?:weren'?t|didn'?t)\s+warn\w*"
    r"|for\s+(?:their|there)\s+own\s+(?:good|safety)|while\s+you\s+(?:still\s+)?can|if\s+you\s+know\s+what'?s\s+good|if\s+you\s+value\s+them"
    r"|last\s+warning)\b)"
    r"|\b(?:what'?s|whats|what\s+is)\s+coming\s+(?:to|for)\s+(?:this|that|the)\s+(?:place|school|lot|dump|shithole)\b"
    r"(?![^\n]{0,80}\b(?:ofsted|inspection|inspectors|budget|cuts|academy\s+trust|merger|rebuild|extension|building\s+work|snow|storm|library|menu|christmas)\b)",
    re.I)
_NOT_DANGER = re.compile(r"\b(?:ill|sick|poorly|temperature|fever|vomit\w*|bug|virus|covid|chicken\s*pox|snow\w*|closed|closure|strike\w*|flood\w*"
                         r"|heating|inset|weather|storm|ice|icy|boiler|power\s+cut|nits|measles|norovirus|d\s*&\s*v)\b", re.I)
# No hostility needed, and past the negation guard the threat rules use (its "not" is the threat).
_NOT_WITH_WORDS = re.compile(
    # threads28's: "someone needs to put her in her place properly, and not with words".
    # One person, not "sort them out and not with words, detentions" (pupils, sanctions).
    r"\b(?:put\s+(?:him|her)\s+in\s+(?:his|her)\s+place|sort\s+(?:him|her)\s+out|deal\s+with\s+(?:him|her)"
    r"|teach\s+(?:him|her)\s+a\s+lesson)\b[^.!?\n]{0,30}?\b(?:and\s+)?not\s+with\s+words\b(?![^.!?\n]{0,40}\b(?:sanction|detention|exclu|phone\s+call|letter)\w*)", re.I)
# Said in anger only: a day "they'll never forget" is also a leavers' prom's; "ur getting it" a joke understood.
_PROMISE = re.compile(
    # threads28's: "they're lucky it's only messages. tomorrow at drop off it'll be more than messages". With a
    # moment or "lucky", and not a complaint's ("it'll be more than emails, it'll be a formal complaint").
    r"(?:\b(?:lucky\s+it'?s\s+only|(?:tomorrow|tmrw|next\s+time|at\s+(?:drop|pick)\s*-?\s*(?:off|up)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?\n]{0,12}?)"
    r"\b(?:it'?ll|it\s+will|itll)\s+be\s+more\s+than\s+(?:just\s+)?(?:an?\s+)?(?:messages?|words|e-?mails?|letters?|posts?|comments?|talk)\b"
    r"|\b(?:it'?ll|it\s+will|itll)\s+be\s+more\s+than\s+(?:just\s+)?(?:an?\s+)?(?:messages?|words|e-?mails?|letters?|posts?|comments?|talk)\s+next\s+time\b)"
    r"(?![^.!?\n]{0,60}\b(?:complaint|governors|ofsted|solicitor|lawyer|councillor|mp|petition|video|photo)\w*)|"
    # Round 49's, a teacher's child pointed out: "Let's see how the precious councillor likes it when it's
    # HER kid getting it in the neck at school". Not "see how he'd like it if it was his kid" (a complaint).
    r"\blet'?s\s+see\s+how\s+(?:\w+\s+){0,3}?(?:likes?|enjoys?)\s+it\s+when\s+(?:it'?s|its|it\s+is)\s+(?:her|his|their)\s+(?:own\s+)?"
    r"(?:kids?|child|children|son|daughter|lad|girl|boy|family)\b|"
    r"\b(?:i'?ll|ill|i\s+will|we'?ll|we\s+will|gonna|going\s+to)\s+make\s+sure\s+(?:\w+\s+){0,4}?(?:is|will\s+be|'s)\s+(?:one|a\s+day)\s+"
    r"(?:they|you|she|he|yous|everyone)\s*(?:'ll|will)?\s+never\s+forget\b"
    # ...said as a warning, not a leavers' day's or a birthday's: "Not a joke", "mark my words", a devil.
    r"(?=[^\n]{0,80}(?:\bnot\s+(?:a\s+)?jok\w*|\bmark\s+my\s+words|\byou'?ve\s+been\s+warned|\U0001f608|\U0001f440|\U0001f52a|\U0001f525))"
    # probe49's: "hes getting a visit tonight, im not asking" (not from the police, the nurse or Santa).
    r"|\b(?:he'?s|hes|she'?s|shes|they'?re|you'?re|ur|your)\s+(?:getting|gettin|gonna\s+get|going\s+to\s+get)\s+a\s+(?:little\s+|proper\s+)?visit\b"
    r"(?!\s+from\s+(?:the\s+|a\s+)?(?:police|pc|cops?|coppers?|health|nurse|social|school|head|teacher|council|ofsted|inspector|santa"
    r"|father\s+christmas|tooth\s+fairy|nan|grandma|grandad|vet|doctor))"
    r"|\b(?:ur|your|you'?re|youre|u\s+r|u\s+are|you\s+are|he'?s|hes|she'?s|shes)\s+(?:getting|gettin|gonna\s+get|going\s+to\s+get)\s+it\b"
    r"(?!\s*,?\s*(?:now|right|wrong|done|sorted|fixed|back|delivered|for\s+\w+|in\s+the\s+post|next\s+week|too|as\s+well|lol|haha|finally|at\s+last|well\s+done)\b)"
    # ...nor a complaint delivered: "you're getting it Monday: my formal complaint, in writing".
    r"(?![^.!?\n]{0,60}\b(?:complaint|letter|e-?mail|in\s+writing|report|parcel|present|results?|invoice|bill)\b)",
    re.I)

# Round 50: damage foretold: "okafor's office window is getting a brick through it tonight", "shame if the
# ski coach got its tyres done on station lane before saturday. just saying 🤷". Not a brick reported, nor
# bricks laid, a stage's foam brick, a weekend's vandalism, nor bald tyres changed (a review's).
_DAMAGE = re.compile(
    r"\b(?:is|'s|are|'re|will\s+be|'ll\s+be)\s+(?:getting|gonna\s+get|going\s+to\s+get|gettin)\s+a\s+brick\s+(?:through|thru)\s+"
    r"(?:it|(?:the|his|her|their|your|ur)\s+(?:\w+\s+)?(?:windows?|windscreen|door))\b"
    r"|\bshame\s+if\s+(?:the|his|her|their|that|your|ur)\s+(?:[\w-]+\s+){0,2}?(?:got|had|were\s+to\s+(?:get|have))\s+(?:its|his|her|their|the)\s+"
    r"(?:tyres|tires|windows?|windscreen|brakes)\s+(?:slashed|smashed|let\s+down|put\s+in|cut|tampered\s+with"
    r"|done\b(?=[^\n]{0,80}(?:\bjust\s+say\w*|🤷|👀|😉|😈)))"
    # threads34's "would be a shame if that nice audi got a few scratches before saturday. just saying x".
    r"|\bshame\s+if\s+(?:his|her|their|that|(?:mr|mrs|ms|miss)\.?\s+\w+'?s|(?-i:[A-Z][a-z]+)'s)\s+(?:[\w-]+\s+){0,2}?(?:got|had|were\s+to\s+get|ended\s+up\s+with)\s+(?:a\s+few\s+|some\s+)?"
    r"(?:scratch(?:es|ed)|keyed|dents?|dented)\b(?=[^\n]{0,80}(?:\bjust\s+say\w*|🤷|👀|😉|😈|\bbefore\s+(?:\w+day|sat|sun|the\s+match|kick\s*-?\s*off)\b))"
    r"(?![^\n]*\b(?:please|potholes?|minibus|coach|floor|hall|pitch|park\s+carefully|trainers)\b)",
    # Not "windows are going in" (fitted, a second review's) nor "won't have any tyres left by" (potholes).
    re.I)
_NOT_DAMAGE = re.compile(r"\b(?:foam|props?|stage|scene|act\s+\d|drama|(?:the|school|nativity|year\s+\d+)\s+play|production|rehearsal|panto|builders?|building\s+work"
                         r"|doorway|extension|demoli\w+|every\s+(?:weekend|week|night|month)|nearly\s+every|most\s+(?:weeks|weekends|nights)|bald|fitted|garage|mot"
                         r"|double\s+glazing|glazier|(?:has|have|had)\s+had\s+(?:his|her|their|its)\s+(?:tyres|tires|windows?))\b", re.I)
# A vehicle driven into people, wished or promised in anger: "Should drive the 41 straight through the lot
# of them on Marlow Road" (round 50's strike). Not through a picket line (crossing it), a car wash or a puddle.
_RAMMING = re.compile(
    r"\b(?:should|shud|gonna|going\s+to|i'?ll|ill|i\s+will|tempted\s+to|might|could|wanna)\s+(?:just\s+)?drive\s+"
    r"(?:(?:the|my|a|his|her|our)\s+(?:\w+\s+)?)?(?:straight\s+|right\s+)?(?:through|into)\s+"
    r"(?:the\s+lot\s+of\s+(?:them|em|'em)|them\s+all|all\s+of\s+them|the\s+(?:crowd|protesters|strikers|pickets|picketers|lot|mob))\b", re.I)
# ...and called for, where the post is hostile: "someone should let his tyres down and see how funny he
# finds it then" (a parking moan's "someone should let his tyres down" reads calm).
# Not "someone should do her windows" (a window cleaner's).
_DAMAGE_CALLED = re.compile(
    r"\b(?:some(?:one|body|1)\s+(?:should|needs?\s+to|ought\s+to|oughta|wants?\s+to)|(?:any(?:one|body|1)|who)\s+wants?\s+to\s+help\s+me)\s+"
    r"(?:let\s+(?:his|her|their|the\s+(?:teacher|head)'?s|\w+'?s)\s+(?:tyres|tires)\s+down|(?:slash|key|smash(?:\s+in)?)\s+(?:his|her|their|the\s+(?:teacher|head)'?s|\w+'?s)\s+"
    r"(?:tyres|tires|car|motor|van|windows?|windscreen))\b", re.I)

# round63's "friday im ending it for them and then me. hollowbrook will remember my name": others first, then the self.
# Said by the writer ("im", "ill", or the sentence's own start), not of another ("the ref ending it for them and then me getting
# sent off", "my daughter is ending it for them"), nor "then me" doing something ("then me crying at the finale") (review A's).
_ENDING_THEM = re.compile(r"(?:^|[.!?\n]\s*|\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|i\s+wanna|i\s+want\s+to)\s+)"
                          r"((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|tmrw\s+|tomorrow\s+|tonight\s+)?(?:(?:gonna|going\s+to|just|finally)\s+)?"
                          r"end(?:ing)?\s+it\s+for\s+(?:them|em|all\s+of\s+(?:them|em|you|u)|every(?:one|1|body)|(?:u|you|yous)\s+all)"
                          r"(?:\s+(?:in|at)\s+(?:that|this|the)\s+(?:school|place)|\s+at\s+(?:hba|hollowbrook))?"
                          r"(?:\s*,?\s+(?:and|&|n)\s+(?:then\s+)?|\s*,?\s+then\s+)(?:me|myself)\b(?!\s*,?\s+(?:\w+ing|too|by|with|when|after|if)\b))", re.I)
# ...nor a break-up, a game or a race ("im ending it for them and then me, break up time") (review A's).
_ENDING_PLAY = re.compile(r"\b(?:break\s*-?\s*up|friendship|relationship|dump\w*|gg|boss|level|lap|relay|race|finale|episode|series|contract|final|debate|quiz|competition|tournament|wish\s+(?:me|us)\s+luck)\b", re.I)
# Hostile only: "hollowbrook will remember my name" ("they'll all remember my name", "that school will never forget my name"); not
# fame hoped for ("one day hollowbrook will remember my name when i'm famous 🎤", "everyone will know my name now that mum posted my
# baby photos 🙈"), nor a film's line ("that film where he says they'll all remember my name") (review A's).
_MY_NAME = re.compile(r"\b(?:hollowbrook|hba|(?:the|this|that)\s+(?:whole\s+)?school|every(?:one|1|body)|they|u\s+all|you\s+all|u\s+lot|you\s+lot)"
                      r"(?:\s*'?ll|\s+(?:will|is\s+gonna|are\s+gonna|gonna|is\s+going\s+to|are\s+going\s+to))\s+"
                      r"(?:(?:(?:always|all)\s+)?(?:remember|know)|never\s+forget)\s+my\s+name\b(?!\s+(?:when|once|now\s+that|cos|because|on\s+the))"
                      # ...and probe88's "tomorrow at lunch in the canteen theyll stop laughing. then im done too. hollowbrook wont forget me".
                      r"|\b(?:hollowbrook|hba|(?:the|this|that)\s+school|every(?:one|1|body)|they)\s+(?:won'?t|wont|will\s+never|'ll\s+never)\s+forget\s+me\b"
                      r"|\b(?:they|he|she|you|u)(?:'ll|ll|\s+will)\s+stop\s+laughing\b(?!\s+(?:when|once|if)\s+(?:they|he|she|you|u)\s+(?:see|hear|read|get))", re.I)
_FAME = re.compile(r"\b(?:famous|fame|celeb\w*|record|trophy|medal|grades?|talent\s+show|x\s*factor|bake\s*off|leaderboard|photos?|pics?|headteacher\s+one\s+day|film|movie|song|lyrics?|book|choir|drama)\b|🎤|⭐|🌟|🏆|🥇|🙈", re.I)
# A pupil's peers told to stay away on a day, and that it is meant: "if ur in 10K dont come in friday. im serious" (probe88's).
_STAY_AWAY = re.compile(r"\b(?:don'?t|dont|do\s+not)\s+(?:come\s+in(?:to\s+school)?|come\s+to\s+school|be\s+in\s+school|go\s+in)\s+(?:on\s+)?(?:tomorrow|tmrw|tmoz|(?:mon|tues|wednes|thurs|fri)day)\b"
                        r"(?=[^\n]{0,60}\b(?:i'?m\s+serious|im\s+serious|not\s+joking|i\s+mean\s+it|trust\s+me|been\s+warned|going\s+to\s+be\s+different|you'?ll\s+see|u'?ll\s+see)\b)"
                        r"(?![^\n]*\b(?:snow|strike|inset|closed|heating|flood|bug|sick|ill|covid)\b)", re.I)

_PARKING = re.compile(r"\b(?:park\w*|zig\s*-?\s*zags?|kerb|pavement|double\s+yellows?|blocking|blocked|drive\s*way|disabled\s+bay)\b", re.I)


def _own(rule: str, pattern: re.Pattern[str], text: str) -> tuple[Finding, ...]:
    """Its first group, or all of it, where not quoted to tell of it ('the panto villain yells "im ending it for them and then me!"')."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    return tuple(Finding(rule, " ".join(m.group(m.lastindex or 0).split())) for m in pattern.finditer(text)
                 if not any(a <= m.start(m.lastindex or 0) < b for a, b in quoted))


def forewarned(text: str) -> tuple[Finding, ...]:
    """A bomb with a deadline, parents warned to keep children home, "and not with words" (explicit and
    veiled threats)."""
    bomb = find_all("explicit_threat", _DEVICE, text)
    home = () if _NOT_DANGER.search(text) else find_all("veiled_threat", _KEEP_HOME, text)
    damage = () if _NOT_DAMAGE.search(text) else find_all("veiled_threat", _DAMAGE, text)
    return bomb + home + find_all("veiled_threat", _NOT_WITH_WORDS, text) + damage \
        + (() if _ENDING_PLAY.search(text) else _own("explicit_threat", _ENDING_THEM, text)) + find_all("veiled_threat", _STAY_AWAY, text)


def forewarned_if_hostile(text: str) -> tuple[Finding, ...]:
    """A day "they'll never forget", "ur getting it", "it'll be more than messages", a teacher's child
    pointed out: threats only where the post is hostile."""
    called = () if _PARKING.search(text) or _NOT_DAMAGE.search(text) else find_all("veiled_threat_if_hostile", _DAMAGE_CALLED, text)
    return find_all("veiled_threat_if_hostile", _PROMISE, text) + called + find_all("veiled_threat_if_hostile", _RAMMING, text) \
        + (() if _FAME.search(text) else _own("veiled_threat_if_hostile", _MY_NAME, text))
