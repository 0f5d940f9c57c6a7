"""``python -m glamuploader.sandbox start|stop|status [STATE_DIR]``: the sandbox by hand."""
from __future__ import annotations

import argparse
import sys

from . import Sandbox, SandboxError, SandboxUnavailable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m glamuploader.sandbox")
    parser.add_argument("command", choices=("start", "stop", "status"))
    parser.add_argument("state_dir", nargs="?", default=None)
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    sandbox = Sandbox(args.state_dir)
    try:
        if args.command == "start":
            info = sandbox.start(args.port)
            print(f"api: {info.api_url}\nbot login: {info.bot_user}\n"
                  f"state: {info.state_dir}/sandbox.json (passwords are there)\npid: {info.pid}")
        elif args.command == "stop":
            sandbox.stop()
        else:
            status = sandbox.status()
            where = status.info.api_url if status.info and status.running else "-"
            print(f"installed: {status.installed}\nrunning: {status.running}\napi: {where}")
    except (SandboxUnavailable, SandboxError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
