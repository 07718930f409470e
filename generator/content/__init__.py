"""From files to facts: read content/ strictly, check it against the schema and its sources, and
resolve it into one model. Nothing here knows about pages, MkDocs or the command line."""
