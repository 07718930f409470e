"""The performance benchmark: synthetic briefings built end-to-end and by plain MkDocs, in one run.

`make bench` runs `python -m tests.bench`. It is not part of `make test`: timings belong to the
benchmark's ratio, taken in one run on one machine, never to a timed unit test.
"""
