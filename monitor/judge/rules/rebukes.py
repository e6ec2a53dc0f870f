"""How an author rebukes words they quote or answer, or takes them up: "'watch ur back whitaker' ...
seriously?? reported", a forum's "Please don't" under a bold quote, "I agree" after one. Read by
reporting.py with the quotations taken out. Pure."""
from __future__ import annotations

import re

# The author's own rebuke of words they quote or answer: "'watch ur back whitaker' under a post about
# 6 year olds reading. seriously?? reported", "Mark you can't write '...' about Mrs Patel. Edit it."
REBUKE = re.compile(
    r"\b(?:reported|blocked|grow\s+up|pack\s+it\s+in|(?:delete|edit)\s+(?:it|that|this)|(?:take|get)\s+(?:it|that|this)\s+down"
    r"|leave\s+(?:him|her|them|the\s+(?:man|woman|lad|poor))\b(?:\s+\w+)?\s+alone|do\s+better|not\s+(?:ok(?:ay)?|on|funny|banter|acceptable)"
    r"|what\s+the\s+(?:hell|fuck|heck)|seriously\s*\?|absolutely\s+not|braindead|please\s+stop|stop\s+sharing"
    r"|(?:is|it'?s|its)\s+a\s+crime|read\s+that\s+back|(?:is|was)\s+(?:a\s+)?fake|you\s+can'?t\s+(?:write|say|post|put)"
    # Round 50, threads29: "screenshotted and sent to the school".
    r"|screenshotted\s+(?:\w+\s+){0,2}?and\s+(?:sent|reported|passed|forwarded)"
    # Round 55's "that is disgusting and I've screenshotted it ... you do NOT threaten staff. Admins please remove it";
    # threads33's "'he's going in the canal' - Craig nobody is going in any canal. Police are dealing with it".
    r"|(?:that|this)(?:'s|s|\s+is|\s+was)\s+(?:absolutely\s+|utterly\s+|just\s+)?(?:disgusting|vile)|(?:you|u|we)\s+(?:do\s+not|don'?t|dont)\s+threaten"
    r"|(?:admins?|mods?)\s+(?:please\s+)?(?:remove|delete)|nobody\s+is\s+going\s+(?:in|into|to|near)\s+any\b"
    # probe94's "Nobody's telling Mrs Okafor to 'watch her back', calm down Hexley": the words quoted to deny them.
    # ...not where the writer goes on to say it themselves (review A's "Nobody's suggesting 'a visit' to Mr Nwosu's
    # house... we're just going to pop round 😈", "no1 is saying 'get him' lol I'll get him myself after school").
    r"|no\s*(?:one|body|1)(?:'s|’s|s|\s+is)\s+(?:telling|saying|asking|suggesting)(?:\s+\w+){0,4}?(?=\s*['‘\"“]|\s{3,})"
    r"(?![^\n]{0,160}?(?:\b(?:but|though|tho|myself|ourselves|i'?m\s+telling|i'?ll|i\s+will|im\s+gonna|i'?m\s+(?:gonna|going\s+to)|we'?ll|we\s+will"
    r"|we'?re\s+(?:just\s+)?(?:gonna|going\s+to)|she\s+should|he\s+should|s?he'?ll\s+regret)\b|😈|🔪))"
    # Round 52: "do not pile on and do not repeat it ... he doesn't deserve that. Nobody does."
    r"|(?:don'?t|do\s+not)\s+pile\s+on|(?:i'?ve|i\s+have)\s+deleted\s+(?:over\s+|about\s+|nearly\s+)?\d+\s+(?:comments|posts)|next\s+one\s+is\s+an?\s+(?:instant\s+)?ban|(?:s?he|they)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+deserve\s+(?:that|this)|nobody\s+deserves\s+(?:that|this))\b", re.I)
# threads30's plea under a forum's bold quote, "Please don't. If you lay a finger on him you'll be the one arrested": a
# rebuke only of words quoted, not the threatener's own "please don't make me come up there", "let the school deal with
# it? I'll let my brothers" (a review's).
PLEA = re.compile(
    r"\bplease\s+(?:don'?t|do\s+not)\b(?!\s+(?:make|think|say|pretend|let|tell|forget|test|push|come|ever|try|ignore|cross))"
    r"|\byou'?(?:ll|d)\s+be\s+the\s+one\s+(?:arrested|nicked|in\s+court|in\s+a\s+cell)\b"
    # threads40's "Wayne don't be daft mate, 'waiting for her at the gate'?? you'll get yourself arrested".
    r"|\b(?:you'?ll|youll|you\s+will|u'?ll|ull)\s+get\s+(?:yourself|urself|yourselves)\s+(?:arrested|nicked|locked\s+up|banned|a\s+record)\b"
    r"|\blet\s+the\s+(?:school|police|lado)\s+(?:deal\s+with|handle|do)\b(?![^.!\n]{0,40}\?)", re.I)
# The author taking the quoted words up: "I agree", "this", "count me in" (a review's "Whoever was screaming 'Okafor's
# dead' ..., I agree. And she will be, soon").
AGREES = re.compile(r"\b(?:i\s+agree|agreed|count\s+me\s+in|(?:s?he|they)'?s?\s+(?:right|not\s+wrong)|100\s*%|same\s+here|hear\s+hear|well\s+said)\b"
                     r"|(?:^|\n)\s*this\s*[.!👆]", re.I)
# ...said to the one who posted them, or reported: not "That's a threat. Fine. She'll be hearing from me" (a second review's).
CALLED_OUT = re.compile(r"\breally\s*\?|\byou'?ve\s+(?:posted|put|written|shared)\s+(?:it|that|this)\b|\bscreenshot\w*|\breported\b|\breport\s+(?:it|this)\b", re.I)
# ...and words quoted, then called a threat: "'I'll be waiting by his car'... really? ... that's a threat". Only
# beside a quotation: "this is a threat whitaker", "that's a threat not a promise" are the author's own (a review).
CALLED_A_THREAT = re.compile(r"\b(?:that'?s|thats|that\s+is)\s+(?:a\s+|an\s+actual\s+|a\s+real\s+)?threat\b"
                              r"(?!\s+(?:not|of|to\s+(?:us|me)|(?:mr|mrs|miss|ms|sir)\b|and\s+i\s+mean|i\s+mean|whitaker|\w+\s*[.!]\s*$))"
                              r"(?=\s+(?:and|whether|mate|to\s+(?:a|the)|against|,|\.|whatever|right\s+there))", re.I)


def around_quotes(text: str, own: str, spans: list[tuple[int, int]], strip) -> str:
    """A long post's own words near what it quotes (`strip` takes the quotations out), where a time beside a rebuke
    could make it a threat: round 62's headteacher quoted "watch their backs", said the words were reported to the
    police, and thanked families for their messages "this week" far below."""
    if len(text) < 350 or not spans:
        return own
    return " ".join(strip(text[max(0, a - 150):b + 150]) for a, b in spans)
