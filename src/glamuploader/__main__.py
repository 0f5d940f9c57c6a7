"""``glamuploader``: the window with no arguments, ``demo`` or a batch file; the command line otherwise."""
from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from .cli.window import command_list, window_request
    commands = command_list()
    request = window_request(args, {name for name, _ in commands})
    if request is not None:
        return _window(request, commands)
    from .cli import main as cli_main
    return cli_main(args)


def _window(request, commands: list[tuple[str, str]]) -> int:
    """Open the window; where none can open (no display), or for a batch file that is not
    there, say so and exit 2 before Qt is started: Qt would abort the process."""
    from .cli.window import display_missing, no_display_text
    if request.open_path and not os.path.isfile(request.open_path):
        print(f"glamuploader: {request.open_path}: there is no such batch file. Give the path of a "
              "NAME.glam.yaml file, or start glamuploader without arguments.", file=sys.stderr)
        return 2
    if display_missing():
        print(no_display_text(request, commands), file=sys.stderr)
        return 2
    from .ui.app import main as app_main   # Qt only now
    return app_main(demo=request.demo, open_path=request.open_path)


if __name__ == "__main__":
    sys.exit(main())
