"""Run the command-line interface as `python -m generator`."""
from generator.adapters.cli import main

main()
