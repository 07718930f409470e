"""`make draft-eval`: how well `factsheet draft` proposes the facts of the corpus in tests/draft_corpus/."""
