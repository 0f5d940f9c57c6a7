"""The bundle's entry point: spawn-safe first, then the same start as the `glamuploader` command.

Importing a batch reads files in spawned processes (multiprocessing "spawn"); in a frozen app each
of them starts this same executable, and freeze_support() turns those starts into workers.
"""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from glamuploader.__main__ import main
    sys.exit(main())
