"""Migration 7: match.

Who a post is about, graded (issue 10): sure or likely targets stay in `about`; the grade, the
words that decided it, and targets only possibly ours travel beside it. Rows stored before
were matched by the older, stricter rule: their grade is unknown ('').
"""

SQL = """
        ALTER TABLE mentions ADD COLUMN match_grade TEXT NOT NULL DEFAULT '';
        ALTER TABLE mentions ADD COLUMN match_why TEXT NOT NULL DEFAULT '';
        ALTER TABLE mentions ADD COLUMN possible TEXT NOT NULL DEFAULT '[]';
"""
