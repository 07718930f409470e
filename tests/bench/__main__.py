"""`python -m tests.bench`: run the benchmark and print its figures."""
import sys

from tests.bench.runner import main

sys.exit(main())
