"""``glamuploader``: the window with no arguments (or ``demo``), the command line otherwise."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args == ["demo"] or (args[0] == "open" and len(args) == 2):
        from .ui.app import main as app_main
        return app_main(demo=args == ["demo"], open_path=args[1] if args[:1] == ["open"] else None)
    from .cli import main as cli_main
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
