"""Run the command-line interface as `python -m generator`."""
from generator.cli import main

main()
