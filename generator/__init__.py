"""factsheet: a static fact-sheet site generator. YAML facts with evidence in, a briefing site out."""
