"""Death said as someone's fate: "Whitaker is a dead man", "Mr Lloyd deserves to be run over" (round 21),
and the idioms of a menace: "I won't be responsible for what I do to her" (round 22).
Pattern text for the explicit threats of threats.py, with the ordinary speech a review found beside it.
"""
# "X is a dead man", "dead man walking"; not "it's a dead man's shoes job", "there is a dead man in the
# canal", "dad's a dead man when mum finds out", the film's or the game's.
DEAD_MAN = (r"\b(?:dead\s+(?:man|woman)\s+walking|(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bwhat)(?<!\bit\s)(?<!\bthat\s)"
            r"(?<!\bthere\s)(?<!\bwhat\s)(?:is|'s)\s+a\s+dead\s+(?:man|woman)\b(?!['\u2019]s)"
            r"(?!\s+(?:when|if|once)\s+(?:\w+\s+){1,3}?(?:finds?\s+out|sees?\s+(?:this|that|it)|hears?\s+(?:about|of)|gets?\s+(?:home|back)))"
            r"(?!\s+(?:walking\s+)?(?:in|on|at)\s+(?:the\s+)?(?:film|book|game|show|series)))")
# A person "deserves to be run over"; not lines "run over with fresh paint", a field "with the roller",
# a policy "run over with parents".
RUN_OVER = (r"\b(?:he|she|they|you|u|(?:mr|mrs|ms|miss|dr)\.?\s+\w+|sir|miss|(?:the|that)\s+(?:\w+\s+)?(?:teacher|head|headteacher|deputy"
            r"|caretaker|senco|ta|woman|man|bloke)|(?-i:[A-Z][a-z]+))\s+(?:deserves?|should|ought)\s+(?:to\s+)?(?:be|get)\s+run\s+over\b"
            r"(?!\s+(?:with|again|first|by\s+(?:a|the)\s+roller|by\s+(?:their|his|her)\s+own))")
# "I won't be responsible for what I do to her", "...for what happens to him" (round 40); not
# "for what I do if the wifi goes again", which names no one.
NOT_RESPONSIBLE = (r"\b(?:won'?t|wont|will\s+not|can'?t|cant|cannot)\s+be\s+(?:held\s+)?responsible\s+for\s+"
                   r"(?:what\s+(?:i\s+do|happens)|my\s+actions)\s+(?:to|if\s+i\s+see)\s+"
                   r"(?:him|her|them|you|u|that\s+\w+|the\s+\w+|(?:mr|mrs|ms|miss)\.?\s+\w+)\b")
# "he wont be getting back in his car in one piece", "she won't leave that office in one piece".
ONE_PIECE = (r"\b(?:he|she|they|you|u)\s+(?:won'?t|wont|will\s+not|ain'?t|aint|(?:is|'s|are|'re)\s+not)\s+"
             r"(?:be\s+)?(?:\w+\s+){1,6}?in\s+one\s+piece\b")
