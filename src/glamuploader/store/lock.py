"""One writer per batch file: a lock file (``NAME.glam.yaml.lock``) beside it.

Two copies of the app (or the app and ``glamuploader upload``) saving one batch overwrote each
other's upload records. The app and the command line hold this lock while they may write; a
second opener is told who holds it (``BatchLocked``) and may open the batch read-only instead.

The lock file is created with ``O_CREAT | O_EXCL`` and holds a small JSON record: program,
user, host, process id, since when, and the process's start time where the OS tells it (Linux:
field 22 of ``/proc/PID/stat``), so that a process id reused by another process is not taken
for the holder. Nothing is registered at exit: the caller releases (``with`` or ``release``).
A process that is killed leaves its lock behind; the next opener on the same host sees that
its process is gone (or a zombie, or another process with the same id) and takes it over.
A lock file that is empty or not JSON (its writer was killed while writing it) is taken over
once it is older than ``GARBAGE_AGE`` seconds. A lock of another host is never taken over
silently: its process ids mean nothing here; ``acquire(take_over=True)`` is the user's choice.

Taking over is safe when several openers see the same stale lock at once: each renames the
lock file to a name of its own (only one rename of it succeeds), checks that what it renamed is
the stale file it judged (else puts it back), deletes it and creates its own with ``O_EXCL``.
The loser meets the winner's live lock and gets ``BatchLocked`` naming it. A lock holder
re-reads its file after writing it, so one whose file was moved away meanwhile backs off.
"""
from __future__ import annotations

import getpass
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import dataclass

__all__ = ["GARBAGE_AGE", "BatchLock", "BatchLocked", "LockError", "LockHolder", "lock_batch",
           "process_status"]

SUFFIX = ".lock"
#: seconds after which a lock file that is empty or not JSON is stale (writing it takes microseconds)
GARBAGE_AGE = 5.0
#: a lock file is a few hundred bytes; anything far larger is not ours
_MAX_BYTES = 64 * 1024
#: how long a reader waits for a lock file that is being written, and a writer for its own
#: file that another opener has moved away for a moment to check it
_SETTLE = 0.5
_ATTEMPTS = 50
_BINARY = getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a batch: what a second opener is told. ``pid == 0`` when the lock file could
    not be read (being written, or damaged less than ``GARBAGE_AGE`` seconds ago)."""

    pid: int
    host: str
    user: str
    program: str
    started: float
    #: the process's start time as the OS counts it (None where the OS does not tell it)
    process_start: int | None = None

    def describe(self) -> dict:
        """Parameters for a message: program, user, host, pid and since (local time)."""
        return {"program": self.program, "user": self.user, "host": self.host, "pid": self.pid,
                "since": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.started))}

    def to_json(self) -> bytes:
        return (json.dumps({"pid": self.pid, "host": self.host, "user": self.user,
                            "program": self.program, "started": self.started,
                            "process_start": self.process_start}, sort_keys=True) + "\n").encode("ascii")


class BatchLocked(Exception):
    """The batch is held by another process (``holder``); it can be opened read-only."""

    def __init__(self, path: str, holder: LockHolder) -> None:
        self.path, self.holder = path, holder
        d = holder.describe()
        super().__init__(f"{path} is open in {d['program'] or '?'} of {d['user'] or '?'} on "
                         f"{d['host'] or '?'} (process {d['pid']}) since {d['since']}")


class LockError(OSError):
    """The lock file cannot be made, read or removed (a read-only folder, a full disk …)."""

    def __init__(self, path: str, reason: str, *, errno: int | None = None) -> None:
        super().__init__(f"cannot lock {path}: {reason}")
        self.path, self.reason, self.errno = path, reason, errno


def _error(path: str, exc: OSError) -> LockError:
    return LockError(path, exc.strerror or str(exc) or type(exc).__name__, errno=exc.errno)


# --- processes --------------------------------------------------------------------------------

def process_status(pid: int) -> tuple[bool, int | None]:
    """(alive, start time) of a process on this host; a zombie is not alive."""
    if pid <= 0:
        return False, None
    if sys.platform == "win32":
        return _windows_status(pid)
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        if os.path.isdir("/proc/self"):
            return False, None
    except OSError:
        pass
    else:   # "pid (name) state ... ": the name may hold spaces and ')', so split after the last ')'
        fields = data[data.rfind(b")") + 2:].split()
        if len(fields) > 19 and fields[19].isdigit():
            return fields[0] not in (b"Z", b"X"), int(fields[19])   # fields 3 and 22 of proc(5)
    try:    # no /proc (macOS): alive or not, but no start time to tell a reused pid
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False, None
    except PermissionError:
        pass
    return True, None


def _windows_status(pid: int) -> tuple[bool, int | None]:
    """OpenProcess and its creation time (os.kill(pid, 0) would end the process on Windows)."""
    import ctypes
    from ctypes import wintypes
    kernel = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel.OpenProcess.restype = wintypes.HANDLE
    handle = kernel.OpenProcess(0x1000, False, pid)     # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5, None       # ERROR_ACCESS_DENIED: it exists
    try:
        code = wintypes.DWORD()
        if kernel.GetExitCodeProcess(handle, ctypes.byref(code)) and code.value != 259:   # STILL_ACTIVE
            return False, None
        times = [wintypes.FILETIME() for _ in range(4)]
        if not kernel.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return True, None
        return True, (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
    finally:
        kernel.CloseHandle(handle)


def _this_host() -> str:
    return socket.gethostname()


def _this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:   # no login name in some containers and services
        return ""


def _same_host(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


# --- the lock file ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Seen:
    """One reading of the lock file: its bytes, which file it was, what it says."""

    raw: bytes
    key: tuple[int, int, int, int]    # dev, inode, size, mtime_ns: the same bytes may be another file
    mtime: float
    holder: LockHolder | None


def _parse(raw: bytes) -> LockHolder | None:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    pid, started, process_start = data.get("pid"), data.get("started"), data.get("process_start")
    texts = [data.get(k) for k in ("host", "user", "program")]
    if (type(pid) is not int or not 0 < pid < 2 ** 31 or not all(isinstance(t, str) for t in texts)
            or type(started) not in (int, float)
            or not (process_start is None or type(process_start) is int)):
        return None
    return LockHolder(pid, *texts, float(started), process_start)


def _read(path: str) -> _Seen | None:
    """The lock file as it is now; None when there is none. Raises OSError when unreadable."""
    try:
        fd = os.open(path, os.O_RDONLY | _BINARY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    try:
        st = os.fstat(fd)
        chunks, size = [], 0
        while size <= _MAX_BYTES:
            chunk = os.read(fd, 8192)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    holder = _parse(raw) if len(raw) <= _MAX_BYTES else None
    return _Seen(raw, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns), st.st_mtime, holder)


class BatchLock:
    """The lock of one batch file for one program (``"app"`` or ``"cli"``) of this process.

    ``acquire`` raises ``BatchLocked`` (held by another live process, or by another host) or
    ``LockError`` (the lock file cannot be made: a read-only folder …). A process that already
    holds the batch through another ``BatchLock`` may acquire it again; the lock then lasts
    until the ``BatchLock`` that made the file releases it.
    """

    def __init__(self, batch_path: str, *, program: str) -> None:
        if not program:
            raise ValueError("program must name the app or the command line")
        self.batch_path = os.path.abspath(batch_path)
        self.program = program
        self._raw: bytes | None = None     # our record while we hold the lock
        self._made = False                  # whether we made the file (only then we remove it)
        self._pid = 0

    @property
    def lock_path(self) -> str:
        return self.batch_path + SUFFIX

    @property
    def held(self) -> bool:
        return self._raw is not None and self._pid == os.getpid()

    def holder(self) -> LockHolder | None:
        """Who holds the batch now; None when it is free or its lock file cannot be read."""
        try:
            seen = _read(self.lock_path)
        except OSError:
            return None
        return seen.holder if seen else None

    def still_ours(self) -> bool:
        """Whether the lock file is still our record (another host may have taken it over)."""
        if not self.held:
            return False
        try:
            seen = _read(self.lock_path)
        except OSError:
            return False
        return seen is not None and seen.raw == self._raw

    def acquire(self, *, take_over: bool = False) -> None:
        """Hold the batch, taking over a stale lock; ``take_over`` also breaks another host's lock.

        A live lock of a process on this host is never broken: it is really writing.
        """
        if self.held:
            return
        pid = os.getpid()
        me = LockHolder(pid, _this_host(), _this_user(), self.program, time.time(), process_status(pid)[1])
        wait_until = time.monotonic() + _SETTLE
        for _ in range(_ATTEMPTS):
            mine = self._create(me)
            if mine:
                self._raw, self._made, self._pid = mine, True, pid
                return
            try:
                seen = _read(self.lock_path)
            except OSError as exc:
                raise _error(self.lock_path, exc) from None
            if seen is None:
                continue
            holder = seen.holder
            if holder is not None and _same_host(holder.host, me.host) and holder.pid == pid \
                    and holder.process_start == me.process_start:
                self._raw, self._made, self._pid = seen.raw, False, pid   # this process holds it already
                return
            if holder is None:
                if time.time() - seen.mtime > GARBAGE_AGE:
                    self._remove(seen)
                    continue
                if time.monotonic() < wait_until:    # being written this very moment
                    time.sleep(0.02)
                    continue
                raise BatchLocked(self.batch_path, LockHolder(0, "", "", "", seen.mtime))
            if not _same_host(holder.host, me.host):
                if not take_over:
                    raise BatchLocked(self.batch_path, holder)
            elif holder.pid != pid:
                alive, start = process_status(holder.pid)
                if alive and (holder.process_start is None or start is None or start == holder.process_start):
                    raise BatchLocked(self.batch_path, holder)
            self._remove(seen)
        raise LockError(self.lock_path, "the lock file kept changing; try again")

    def release(self) -> None:
        """Let the batch go: remove the lock file if it is still ours (idempotent, never raises)."""
        if not self.held:
            self._raw = None
            return
        raw, made = self._raw, self._made
        self._raw = None
        if not made:
            return
        try:
            seen = _read(self.lock_path)
            if seen is not None and seen.raw == raw:
                self._remove(seen)
        except OSError:
            pass   # left behind, it is stale once this process ends

    def __enter__(self) -> BatchLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def _create(self, me: LockHolder) -> bytes | None:
        """Make the lock file with our record; its bytes when we hold it, None when one exists."""
        raw = me.to_json()
        try:
            fd = os.open(self.lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
        except FileExistsError:
            return None
        except OSError as exc:
            raise _error(self.lock_path, exc) from None
        try:
            try:
                view = memoryview(raw)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
        except OSError as exc:
            try:
                os.unlink(self.lock_path)
            except OSError:
                pass
            raise _error(self.lock_path, exc) from None
        return raw if self._confirm(raw) else None

    def _confirm(self, raw: bytes) -> bool:
        """Whether the file we made is still there: another opener may have moved it away to
        check it (it puts it back at once) while a third made its own in the gap."""
        deadline = time.monotonic() + _SETTLE
        while True:
            try:
                seen = _read(self.lock_path)
            except OSError:
                seen = None
            if seen is not None:
                return seen.raw == raw
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)

    def _remove(self, seen: _Seen) -> None:
        """Remove the lock file if it still is the one ``seen``: rename it to a name of our own
        (of several openers only one renames it), check it, delete it; else put it back."""
        try:
            now = _read(self.lock_path)
        except OSError as exc:
            raise _error(self.lock_path, exc) from None
        if now is None or now.raw != seen.raw or now.key != seen.key:
            return
        folder, name = os.path.split(self.lock_path)
        aside = os.path.join(folder, f".{name}.{os.getpid()}-{secrets.token_hex(4)}.old")
        try:
            os.rename(self.lock_path, aside)
        except FileNotFoundError:
            return
        except PermissionError as exc:
            if os.name == "nt":    # another process has it open for a moment
                time.sleep(0.02)
                return
            raise _error(self.lock_path, exc) from None
        except OSError as exc:
            raise _error(self.lock_path, exc) from None
        try:
            moved = _read(aside)
            if moved is not None and (moved.raw != seen.raw or moved.key != seen.key):
                self._put_back(aside)
        except OSError:
            pass
        finally:
            try:
                os.unlink(aside)
            except OSError:
                pass

    def _put_back(self, aside: str) -> None:
        """Return a lock file renamed by mistake (a new one made since we looked), never
        replacing one made in the meantime; the same file, so its writer's bytes still land."""
        if os.name == "nt":
            os.rename(aside, self.lock_path)     # refuses to replace an existing file
            return
        try:
            os.link(aside, self.lock_path)       # refuses to replace an existing file
        except FileExistsError:
            pass
        except OSError:                          # no hard links (FAT): the gap is tiny
            if not os.path.lexists(self.lock_path):
                os.rename(aside, self.lock_path)


def lock_batch(batch_path: str, *, program: str) -> BatchLock:
    """Acquire the lock of ``batch_path`` for ``program`` and return it (raises ``BatchLocked``)."""
    lock = BatchLock(batch_path, program=program)
    lock.acquire()
    return lock
