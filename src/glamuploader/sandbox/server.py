"""Install, start and stop a local MediaWiki (Debian's 1.39 package, SQLite, loopback only)."""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

from platformdirs import user_data_dir

from . import settings
from .state import (
    ADMIN_USER, BOT_SUFFIX, SandboxError, SandboxInfo, SandboxStatus, SandboxUnavailable,
    read_info, write_info,
)

MEDIAWIKI_DIR = Path("/usr/share/mediawiki")
APT_COMMAND = (
    "sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y "
    "--no-install-recommends mediawiki php-sqlite3 php-cli php-intl php-mbstring php-xml "
    "php-gd php-curl"
)
#: grants of the sandbox bot password. "basic" (read, among others) must be named: the web form
#: adds this hidden grant by itself, createBotPassword.php does not (MediaWiki 1.39)
BOT_GRANTS = ("basic", "uploadfile", "uploadeditmovefile", "editpage", "createeditmovepage")
ROUTER = Path(__file__).with_name("router.php")
PID_FILE = "php-server.pid"
LOG_FILE = "logs/php-server.log"
START_TIMEOUT = 30.0


#: where the sandbox lives when no folder is given (the tests point it at a temporary folder)
ENV_STATE_DIR = "GLAMUPLOADER_SANDBOX_DIR"


def default_state_dir() -> Path:
    if os.environ.get(ENV_STATE_DIR):
        return Path(os.environ[ENV_STATE_DIR])
    return Path(user_data_dir("glamuploader")) / "sandbox"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Sandbox:
    """A local MediaWiki kept in ``state_dir`` (installed once, reused afterwards)."""

    def __init__(self, state_dir: Path | str | None = None, *,
                 mediawiki_dir: Path = MEDIAWIKI_DIR, php: str = "php") -> None:
        chosen = Path(state_dir) if state_dir is not None else default_state_dir()
        self.state_dir = chosen.expanduser().resolve()
        self.mediawiki_dir = mediawiki_dir
        self.php = php

    # ------------------------------------------------------------------ public
    def start(self, port: int | None = None) -> SandboxInfo:
        """Install if needed, start the server and wait until its API answers."""
        php = self._check_prerequisites()
        current = self.status()
        if current.running and current.info is not None:
            if port is None or port == current.info.port:
                return current.info
            self.stop()
        self.state_dir.mkdir(parents=True, exist_ok=True)
        port = port or free_port()
        info = read_info(self.state_dir) if current.installed else None
        if info is None:
            info = self._install(php=php, port=port)
        info = replace(info, port=port, api_url=f"http://127.0.0.1:{port}/api.php", pid=None)
        self._write_settings(port=port)
        pid = self._spawn(php=php, port=port)
        info = replace(info, pid=pid)
        write_info(info)
        try:
            self._wait_until_answering(info)
        except SandboxError:
            self.stop()
            raise
        return info

    def stop(self) -> None:
        """Stop the server if it runs (the installed wiki stays for the next start)."""
        pid = self._running_pid()
        pid_file = self.state_dir / PID_FILE
        if pid is not None:
            try:
                os.killpg(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            deadline = time.monotonic() + 5
            while self._alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if self._alive(pid):
                try:
                    os.killpg(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        pid_file.unlink(missing_ok=True)
        info = read_info(self.state_dir)
        if info is not None and info.pid is not None:
            write_info(replace(info, pid=None))

    def status(self) -> SandboxStatus:
        info = read_info(self.state_dir)
        installed = info is not None and (self.state_dir / "LocalSettings.php").is_file()
        pid = self._running_pid()
        if info is not None and pid is not None:
            info = replace(info, pid=pid)
        return SandboxStatus(installed=installed, running=pid is not None, info=info)

    # ----------------------------------------------------------------- install
    def _check_prerequisites(self) -> str:
        php = shutil.which(self.php)
        if php is None:
            raise SandboxUnavailable("PHP (php-cli)", apt_command=APT_COMMAND)
        if not (self.mediawiki_dir / "maintenance" / "install.php").is_file():
            raise SandboxUnavailable(f"MediaWiki ({self.mediawiki_dir})", apt_command=APT_COMMAND)
        if not (self.mediawiki_dir / "extensions" / "TitleBlacklist" / "extension.json").is_file():
            raise SandboxUnavailable("the TitleBlacklist extension of MediaWiki",
                                     apt_command=APT_COMMAND)
        modules = subprocess.run([php, "-m"], capture_output=True, text=True, check=False).stdout
        if "pdo_sqlite" not in modules.split():
            raise SandboxUnavailable("PHP's SQLite module (php-sqlite3)", apt_command=APT_COMMAND)
        return php

    def _install(self, *, php: str, port: int) -> SandboxInfo:
        local_settings = self.state_dir / "LocalSettings.php"
        data = self.state_dir / "data"
        for leftover in (local_settings, self.state_dir / settings.SETTINGS_FILE):
            leftover.unlink(missing_ok=True)
        if data.exists():
            shutil.rmtree(data)
        for sub in ("data", "images", "tmp", "logs"):
            (self.state_dir / sub).mkdir(parents=True, exist_ok=True)
        admin_password = secrets.token_urlsafe(18)
        bot_password = secrets.token_hex(16)  # createBotPassword.php wants exactly 32 characters
        try:
            self._run_php(php, [
                "maintenance/install.php", "--dbtype=sqlite", f"--dbpath={data}",
                "--dbname=sandboxwiki", f"--server=http://127.0.0.1:{port}", "--scriptpath=",
                "--lang=en", f"--pass={admin_password}", f"--confpath={self.state_dir}",
                "GLAM Uploader Sandbox", ADMIN_USER,
            ], what="install.php", config=False)
            with local_settings.open("a", encoding="utf-8") as fh:
                fh.write(settings.include_line(state_dir=self.state_dir))
            self._write_settings(port=port)
            self._run_php(php, [
                "maintenance/createBotPassword.php", f"--appid={BOT_SUFFIX}",
                f"--grants={','.join(BOT_GRANTS)}", ADMIN_USER, bot_password,
            ], what="createBotPassword.php")
            for title, text in settings.START_PAGES.items():
                self._run_php(php, ["maintenance/edit.php", "--user", ADMIN_USER, "--summary",
                                    "Sandbox start page", title], what="edit.php", stdin=text)
        except SandboxError:
            local_settings.unlink(missing_ok=True)
            raise
        info = SandboxInfo(
            state_dir=str(self.state_dir), port=port,
            api_url=f"http://127.0.0.1:{port}/api.php",
            admin_user=ADMIN_USER, admin_password=admin_password,
            bot_user=f"{ADMIN_USER}@{BOT_SUFFIX}", bot_password=bot_password,
        )
        write_info(info)
        return info

    def _write_settings(self, *, port: int) -> None:
        (self.state_dir / settings.BLACKLIST_FILE).write_text(
            settings.blacklist_text(), encoding="utf-8")
        (self.state_dir / settings.SETTINGS_FILE).write_text(
            settings.settings_text(state_dir=self.state_dir, port=port), encoding="utf-8")

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["MW_CONFIG_FILE"] = str(self.state_dir / "LocalSettings.php")
        env["GLAMUPLOADER_SANDBOX_IMAGES"] = str(self.state_dir / "images")
        env["GLAMUPLOADER_SANDBOX_MW"] = str(self.mediawiki_dir)
        env["TMPDIR"] = str(self.state_dir / "tmp")
        return env

    def _php_ini_args(self) -> list[str]:
        # php's own limits (2 MiB files, 8 MiB posts by default) would refuse big chunks
        tmp = str(self.state_dir / "tmp")
        return ["-d", "upload_max_filesize=1100M", "-d", "post_max_size=1100M",
                "-d", "memory_limit=512M", "-d", f"upload_tmp_dir={tmp}",
                "-d", f"sys_temp_dir={tmp}", "-d", "max_execution_time=300"]

    def _run_php(self, php: str, args: list[str], *, what: str, config: bool = True,
                 stdin: str = "") -> None:
        env = self._env()
        if not config:
            env.pop("MW_CONFIG_FILE")
        done = subprocess.run([php, *self._php_ini_args(), *args], cwd=self.mediawiki_dir,
                              env=env, capture_output=True, text=True, check=False,
                              timeout=300, input=stdin)
        log = self.state_dir / "logs" / f"{Path(args[0]).stem}.log"
        log.write_text(done.stdout + done.stderr, encoding="utf-8")
        if done.returncode != 0:
            tail = (done.stdout + done.stderr).strip().splitlines()[-5:]
            raise SandboxError(f"{what} failed (exit {done.returncode}), see {log}: "
                               + " | ".join(tail))

    # ------------------------------------------------------------------ server
    def _spawn(self, *, php: str, port: int) -> int:
        log_path = self.state_dir / LOG_FILE
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("ab") as log, open(os.devnull, "rb") as devnull:
            proc = subprocess.Popen(
                [php, *self._php_ini_args(), "-S", f"127.0.0.1:{port}",
                 "-t", str(self.mediawiki_dir), str(ROUTER)],
                cwd=self.mediawiki_dir, env=self._env(), stdin=devnull, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True,
            )
        (self.state_dir / PID_FILE).write_text(f"{proc.pid}\n", encoding="ascii")
        return proc.pid

    def _wait_until_answering(self, info: SandboxInfo) -> None:
        url = f"{info.api_url}?action=query&meta=siteinfo&format=json"
        deadline = time.monotonic() + START_TIMEOUT
        last_error = "no answer"
        while time.monotonic() < deadline:
            if info.pid is None or not self._alive(info.pid):
                raise SandboxError(f"the php server stopped; see {self.state_dir / LOG_FILE}")
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    body = json.loads(resp.read().decode("utf-8"))
                if "query" in body:
                    return
                last_error = f"unexpected answer {str(body)[:200]}"
            except (urllib.error.URLError, OSError, ValueError) as exc:
                last_error = str(exc)
            time.sleep(0.2)
        raise SandboxError(f"{url} did not answer within {START_TIMEOUT:.0f} s: {last_error}")

    def _running_pid(self) -> int | None:
        try:
            pid = int((self.state_dir / PID_FILE).read_text(encoding="ascii").strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if self._alive(pid) and self._is_our_server(pid) else None

    @staticmethod
    def _alive(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        try:  # a child of ours that exited but was not reaped yet counts as gone
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return True
        return done == 0

    def _is_our_server(self, pid: int) -> bool:
        """True unless /proc shows that ``pid`` was reused by another program."""
        cmdline = Path(f"/proc/{pid}/cmdline")
        try:
            args = cmdline.read_bytes().split(b"\0")
        except FileNotFoundError:
            return not Path("/proc/self").exists()
        except OSError:
            return True
        return any(arg.endswith(b"router.php") for arg in args)
